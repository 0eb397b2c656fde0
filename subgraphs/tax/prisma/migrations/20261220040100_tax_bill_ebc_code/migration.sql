-- The e-commerce enterprise of the list of each tax bill, for the regulators search by enterprise
-- (TaxBillFilter.ebcCodes). Bills issued from now on take it from the list customs reports, and
-- the demo seed writes it. Tax holds no other record of the enterprise of a bill issued before:
-- those keep NULL and are not found by the filter.

-- AlterTable
ALTER TABLE "tax_bill" ADD COLUMN "ebc_code" CHAR(18);

-- CreateIndex
CREATE INDEX "tax_bill_ebc_code_issued_at_id_idx" ON "tax_bill"("ebc_code", "issued_at", "id");
