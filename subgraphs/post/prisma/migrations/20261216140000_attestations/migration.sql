-- Attestations post signs (监管互认): a waybill delivered, signed when its DELIVERED event is recorded.

-- CreateTable
CREATE TABLE "attestation" (
    "serial" VARCHAR(120) NOT NULL,
    "waybill_id" BIGINT NOT NULL,
    "claim" VARCHAR(100) NOT NULL,
    "subject_type" VARCHAR(60) NOT NULL,
    "subject_key" VARCHAR(200) NOT NULL,
    "token" TEXT NOT NULL,
    "issued_at" TIMESTAMPTZ(3) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),
    "revocation_reason" VARCHAR(500),

    CONSTRAINT "attestation_pkey" PRIMARY KEY ("serial")
);

-- CreateIndex
CREATE UNIQUE INDEX "attestation_waybill_id_key" ON "attestation"("waybill_id");

-- CreateIndex
CREATE INDEX "attestation_revoked_at_idx" ON "attestation"("revoked_at");

-- AddForeignKey
ALTER TABLE "attestation" ADD CONSTRAINT "attestation_waybill_id_fkey" FOREIGN KEY ("waybill_id") REFERENCES "waybill"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
