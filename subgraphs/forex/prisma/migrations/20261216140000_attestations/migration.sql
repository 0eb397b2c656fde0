-- Attestations forex signs (监管互认): an enterprise's registration in the trade FX directory, one
-- per revision, revoked when a later revision supersedes it.

-- CreateTable
CREATE TABLE "attestation" (
    "serial" VARCHAR(120) NOT NULL,
    "uscc" CHAR(18) NOT NULL,
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
CREATE INDEX "attestation_uscc_idx" ON "attestation"("uscc");

-- CreateIndex
CREATE INDEX "attestation_revoked_at_idx" ON "attestation"("revoked_at");

-- AddForeignKey
ALTER TABLE "attestation" ADD CONSTRAINT "attestation_uscc_fkey" FOREIGN KEY ("uscc") REFERENCES "fx_directory_registration"("uscc") ON DELETE RESTRICT ON UPDATE CASCADE;
