-- Attestations customs signs (监管互认) of a list's decisions: three documents matched, released
-- (800), cleared (899), each revoked when its decision is reversed.

-- CreateTable
CREATE TABLE "attestation" (
    "serial" VARCHAR(120) NOT NULL,
    "list_id" BIGINT NOT NULL,
    "claim" VARCHAR(100) NOT NULL,
    "subject_type" VARCHAR(60) NOT NULL,
    "subject_key" VARCHAR(200) NOT NULL,
    "token" TEXT NOT NULL,
    "issued_at" TIMESTAMPTZ(3) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),
    "revocation_reason" VARCHAR(500),
    "relied_on" TEXT[],

    CONSTRAINT "attestation_pkey" PRIMARY KEY ("serial")
);

-- CreateIndex
CREATE INDEX "attestation_list_id_idx" ON "attestation"("list_id");

-- CreateIndex
CREATE INDEX "attestation_revoked_at_idx" ON "attestation"("revoked_at");

-- AddForeignKey
ALTER TABLE "attestation" ADD CONSTRAINT "attestation_list_id_fkey" FOREIGN KEY ("list_id") REFERENCES "inventory_list"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
