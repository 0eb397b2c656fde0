-- Forex attests the settlement basis it accepts too: an attestation row is either a directory
-- registration's (uscc) or an accepted settlement check's (settlement_check_id), with the serials
-- of the attestations it relied on.

-- AlterTable
ALTER TABLE "attestation" ADD COLUMN     "relied_on" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "settlement_check_id" BIGINT,
ALTER COLUMN "uscc" DROP NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "attestation_settlement_check_id_key" ON "attestation"("settlement_check_id");

-- AddForeignKey
ALTER TABLE "attestation" ADD CONSTRAINT "attestation_settlement_check_id_fkey" FOREIGN KEY ("settlement_check_id") REFERENCES "settlement_check"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- One decision per attestation.
ALTER TABLE "attestation" ADD CONSTRAINT "attestation_one_decision" CHECK (num_nonnulls("uscc", "settlement_check_id") = 1);
