-- Attestations tax signs (监管互认): one per tax bill issued, in the transaction that issued it,
-- revoked when the bill is cancelled or refunded with its list.

-- CreateTable
CREATE TABLE "attestation" (
    "serial" VARCHAR(120) NOT NULL,
    "tax_no" VARCHAR(30) NOT NULL,
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
CREATE UNIQUE INDEX "attestation_tax_no_key" ON "attestation"("tax_no");

-- CreateIndex
CREATE INDEX "attestation_revoked_at_idx" ON "attestation"("revoked_at");

-- AddForeignKey
ALTER TABLE "attestation" ADD CONSTRAINT "attestation_tax_no_fkey" FOREIGN KEY ("tax_no") REFERENCES "tax_bill"("tax_no") ON DELETE RESTRICT ON UPDATE CASCADE;
