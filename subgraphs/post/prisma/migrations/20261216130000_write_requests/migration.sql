-- Which gateway request each committed write belongs to, inserted in the write's own transaction.

-- CreateTable
CREATE TABLE "write_request" (
    "request_id" TEXT NOT NULL,
    "record_type" TEXT NOT NULL,
    "record_key" TEXT NOT NULL,
    "committed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "write_request_pkey" PRIMARY KEY ("request_id","record_type","record_key")
);

-- CreateIndex
CREATE INDEX "write_request_record_type_record_key_idx" ON "write_request"("record_type", "record_key");
