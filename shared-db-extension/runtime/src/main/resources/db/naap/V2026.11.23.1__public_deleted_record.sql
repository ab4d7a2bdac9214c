-- public: the platform's record of soft-deleted records (io.naap.db.data.extensions.SoftDelete). Idempotent.

CREATE TABLE IF NOT EXISTS "public"."DeletedRecord" (
    "id" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DeletedRecord_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX IF NOT EXISTS "DeletedRecord_model_recordId_key" ON "public"."DeletedRecord"("model", "recordId");
