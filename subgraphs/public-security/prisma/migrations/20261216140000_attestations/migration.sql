-- Attestations public security signs (监管互认): one per MATCH made for an order, signed in the
-- transaction of the check, and revoked when a later check of the order supersedes it.

-- CreateTable
CREATE TABLE "attestation" (
    "serial" VARCHAR(120) NOT NULL,
    "check_serial_no" VARCHAR(32) NOT NULL,
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
CREATE UNIQUE INDEX "attestation_check_serial_no_key" ON "attestation"("check_serial_no");

-- CreateIndex
CREATE INDEX "attestation_subject_type_subject_key_idx" ON "attestation"("subject_type", "subject_key");

-- CreateIndex
CREATE INDEX "attestation_revoked_at_idx" ON "attestation"("revoked_at");

-- AddForeignKey
ALTER TABLE "attestation" ADD CONSTRAINT "attestation_check_serial_no_fkey" FOREIGN KEY ("check_serial_no") REFERENCES "identity_check"("serial_no") ON DELETE RESTRICT ON UPDATE CASCADE;
