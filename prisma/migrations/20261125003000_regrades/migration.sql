-- CreateEnum
CREATE TYPE "RegradeStatus" AS ENUM ('running', 'finished', 'failed');

-- CreateTable
CREATE TABLE "regrades" (
    "id" UUID NOT NULL,
    "exercise_id" UUID NOT NULL,
    "exercise_version_id" UUID NOT NULL,
    "requested_by_id" UUID NOT NULL,
    "status" "RegradeStatus" NOT NULL DEFAULT 'running',
    "total" INTEGER NOT NULL,
    "done" INTEGER NOT NULL DEFAULT 0,
    "deltas" JSONB NOT NULL DEFAULT '[]',
    "error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "regrades_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "regrades_exercise_id_created_at_idx" ON "regrades"("exercise_id", "created_at");
