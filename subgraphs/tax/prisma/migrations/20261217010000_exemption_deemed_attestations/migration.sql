-- Tax attests its 无票免税 and 核定征收 decisions too: an attestation row belongs to exactly one
-- decision (a tax bill, an exemption revision or a deemed-tax revision).

-- AlterTable
ALTER TABLE "attestation" ADD COLUMN     "deemed_assessment_id" BIGINT,
ADD COLUMN     "exemption_id" BIGINT,
ALTER COLUMN "tax_no" DROP NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "attestation_exemption_id_key" ON "attestation"("exemption_id");

-- CreateIndex
CREATE UNIQUE INDEX "attestation_deemed_assessment_id_key" ON "attestation"("deemed_assessment_id");

-- AddForeignKey
ALTER TABLE "attestation" ADD CONSTRAINT "attestation_exemption_id_fkey" FOREIGN KEY ("exemption_id") REFERENCES "invoice_free_exemption"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attestation" ADD CONSTRAINT "attestation_deemed_assessment_id_fkey" FOREIGN KEY ("deemed_assessment_id") REFERENCES "deemed_income_tax_assessment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- One decision per attestation.
ALTER TABLE "attestation" ADD CONSTRAINT "attestation_one_decision" CHECK (num_nonnulls("tax_no", "exemption_id", "deemed_assessment_id") = 1);
