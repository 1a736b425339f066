-- CreateEnum
CREATE TYPE "WebhookDeliveryStatus" AS ENUM ('pending', 'delivered', 'exhausted');

-- CreateEnum
CREATE TYPE "LtiToolKeyStatus" AS ENUM ('next', 'active', 'retired');

-- CreateEnum
CREATE TYPE "LtiPassbackMode" AS ENUM ('automatic', 'manual', 'off');

-- CreateEnum
CREATE TYPE "LtiScoreAggregate" AS ENUM ('best', 'latest');

-- CreateEnum
CREATE TYPE "LtiGradeSyncStatus" AS ENUM ('waiting', 'ready', 'pending', 'synced', 'failed');

-- CreateTable
CREATE TABLE "webhook_endpoints" (
    "id" UUID NOT NULL,
    "owner_id" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "filter_types" TEXT[],
    "secret_sealed" TEXT NOT NULL,
    "previous_secret_sealed" TEXT,
    "previous_secret_until" TIMESTAMPTZ(3),
    "disabled_at" TIMESTAMPTZ(3),
    "disabled_reason" TEXT,
    "failing_since" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "webhook_endpoints_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_messages" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhook_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_deliveries" (
    "id" UUID NOT NULL,
    "message_id" TEXT NOT NULL,
    "endpoint_id" UUID NOT NULL,
    "status" "WebhookDeliveryStatus" NOT NULL DEFAULT 'pending',
    "attempt_count" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "webhook_deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_attempts" (
    "id" UUID NOT NULL,
    "delivery_id" UUID NOT NULL,
    "trigger" TEXT NOT NULL,
    "attempted_at" TIMESTAMPTZ(3) NOT NULL,
    "status_code" INTEGER,
    "latency_ms" INTEGER NOT NULL,
    "response_excerpt" TEXT NOT NULL DEFAULT '',
    "error" TEXT,

    CONSTRAINT "webhook_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lti_platforms" (
    "id" UUID NOT NULL,
    "issuer" TEXT NOT NULL,
    "client_id" TEXT NOT NULL,
    "auth_login_url" TEXT NOT NULL,
    "access_token_url" TEXT NOT NULL,
    "auth_server_audience" TEXT,
    "jwks_url" TEXT NOT NULL,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "lti_platforms_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lti_deployments" (
    "id" UUID NOT NULL,
    "platform_id" UUID NOT NULL,
    "deployment_id" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "lti_deployments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lti_tool_keys" (
    "kid" TEXT NOT NULL,
    "status" "LtiToolKeyStatus" NOT NULL,
    "public_jwk" JSONB NOT NULL,
    "private_key_sealed" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "retired_at" TIMESTAMPTZ(3),

    CONSTRAINT "lti_tool_keys_pkey" PRIMARY KEY ("kid")
);

-- CreateTable
CREATE TABLE "lti_login_states" (
    "state" TEXT NOT NULL,
    "nonce" TEXT NOT NULL,
    "platform_id" UUID NOT NULL,
    "deployment_id_hint" TEXT,
    "target_link_uri" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "consumed_at" TIMESTAMPTZ(3),

    CONSTRAINT "lti_login_states_pkey" PRIMARY KEY ("state")
);

-- CreateTable
CREATE TABLE "lti_used_nonces" (
    "nonce" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "lti_used_nonces_pkey" PRIMARY KEY ("nonce")
);

-- CreateTable
CREATE TABLE "lti_user_links" (
    "id" UUID NOT NULL,
    "platform_id" UUID NOT NULL,
    "subject" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "email" TEXT,
    "name" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "lti_user_links_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lti_resource_links" (
    "id" UUID NOT NULL,
    "platform_id" UUID NOT NULL,
    "deployment_id" TEXT NOT NULL,
    "resource_link_id" TEXT NOT NULL,
    "context_id" TEXT,
    "context_title" TEXT,
    "title" TEXT,
    "exercise_id" UUID,
    "ags_scopes" TEXT[],
    "ags_line_items" TEXT,
    "ags_line_item" TEXT,
    "line_item_url" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "lti_resource_links_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lti_grade_policies" (
    "exercise_id" UUID NOT NULL,
    "mode" "LtiPassbackMode" NOT NULL DEFAULT 'automatic',
    "aggregate" "LtiScoreAggregate" NOT NULL DEFAULT 'latest',
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "lti_grade_policies_pkey" PRIMARY KEY ("exercise_id")
);

-- CreateTable
CREATE TABLE "lti_grade_syncs" (
    "id" UUID NOT NULL,
    "resource_link_id" UUID NOT NULL,
    "user_link_id" UUID NOT NULL,
    "exercise_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "status" "LtiGradeSyncStatus" NOT NULL DEFAULT 'waiting',
    "submission_id" UUID,
    "score_given" DOUBLE PRECISION,
    "score_maximum" DOUBLE PRECISION,
    "last_timestamp" TIMESTAMPTZ(3),
    "sent_score" DOUBLE PRECISION,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3),
    "last_error" TEXT,
    "last_status_code" INTEGER,
    "synced_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "lti_grade_syncs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "webhook_endpoints_owner_id_idx" ON "webhook_endpoints"("owner_id");

-- CreateIndex
CREATE INDEX "webhook_messages_created_at_idx" ON "webhook_messages"("created_at");

-- CreateIndex
CREATE INDEX "webhook_deliveries_endpoint_id_created_at_idx" ON "webhook_deliveries"("endpoint_id", "created_at");

-- CreateIndex
CREATE INDEX "webhook_deliveries_status_next_attempt_at_idx" ON "webhook_deliveries"("status", "next_attempt_at");

-- CreateIndex
CREATE UNIQUE INDEX "webhook_deliveries_message_id_endpoint_id_key" ON "webhook_deliveries"("message_id", "endpoint_id");

-- CreateIndex
CREATE INDEX "webhook_attempts_delivery_id_attempted_at_idx" ON "webhook_attempts"("delivery_id", "attempted_at");

-- CreateIndex
CREATE UNIQUE INDEX "lti_platforms_issuer_client_id_key" ON "lti_platforms"("issuer", "client_id");

-- CreateIndex
CREATE UNIQUE INDEX "lti_deployments_platform_id_deployment_id_key" ON "lti_deployments"("platform_id", "deployment_id");

-- CreateIndex
CREATE INDEX "lti_login_states_expires_at_idx" ON "lti_login_states"("expires_at");

-- CreateIndex
CREATE INDEX "lti_used_nonces_expires_at_idx" ON "lti_used_nonces"("expires_at");

-- CreateIndex
CREATE INDEX "lti_user_links_user_id_idx" ON "lti_user_links"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "lti_user_links_platform_id_subject_key" ON "lti_user_links"("platform_id", "subject");

-- CreateIndex
CREATE INDEX "lti_resource_links_exercise_id_idx" ON "lti_resource_links"("exercise_id");

-- CreateIndex
CREATE UNIQUE INDEX "lti_resource_links_platform_deployment_link_key" ON "lti_resource_links"("platform_id", "deployment_id", "resource_link_id");

-- CreateIndex
CREATE INDEX "lti_grade_syncs_exercise_id_user_id_idx" ON "lti_grade_syncs"("exercise_id", "user_id");

-- CreateIndex
CREATE INDEX "lti_grade_syncs_status_next_attempt_at_idx" ON "lti_grade_syncs"("status", "next_attempt_at");

-- CreateIndex
CREATE UNIQUE INDEX "lti_grade_syncs_resource_link_id_user_link_id_key" ON "lti_grade_syncs"("resource_link_id", "user_link_id");

-- AddForeignKey
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_message_id_fkey" FOREIGN KEY ("message_id") REFERENCES "webhook_messages"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_endpoint_id_fkey" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoints"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_attempts" ADD CONSTRAINT "webhook_attempts_delivery_id_fkey" FOREIGN KEY ("delivery_id") REFERENCES "webhook_deliveries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lti_deployments" ADD CONSTRAINT "lti_deployments_platform_id_fkey" FOREIGN KEY ("platform_id") REFERENCES "lti_platforms"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lti_user_links" ADD CONSTRAINT "lti_user_links_platform_id_fkey" FOREIGN KEY ("platform_id") REFERENCES "lti_platforms"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lti_resource_links" ADD CONSTRAINT "lti_resource_links_platform_id_fkey" FOREIGN KEY ("platform_id") REFERENCES "lti_platforms"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lti_grade_syncs" ADD CONSTRAINT "lti_grade_syncs_resource_link_id_fkey" FOREIGN KEY ("resource_link_id") REFERENCES "lti_resource_links"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lti_grade_syncs" ADD CONSTRAINT "lti_grade_syncs_user_link_id_fkey" FOREIGN KEY ("user_link_id") REFERENCES "lti_user_links"("id") ON DELETE CASCADE ON UPDATE CASCADE;
