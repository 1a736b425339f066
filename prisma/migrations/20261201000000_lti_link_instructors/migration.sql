-- CreateTable
CREATE TABLE "lti_link_instructors" (
    "resource_link_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "launched_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "lti_link_instructors_pkey" PRIMARY KEY ("resource_link_id","user_id")
);

-- AddForeignKey
ALTER TABLE "lti_link_instructors" ADD CONSTRAINT "lti_link_instructors_resource_link_id_fkey" FOREIGN KEY ("resource_link_id") REFERENCES "lti_resource_links"("id") ON DELETE CASCADE ON UPDATE CASCADE;
