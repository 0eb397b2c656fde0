-- Regulators' tax bill search: a record number (issue order, bills issued before numbered in
-- issue order) breaks ties in keyset pages by issue time or tax, narrowed by zone, zone and
-- status, or platform first.

-- AlterTable
ALTER TABLE "tax_bill" ADD COLUMN "id" BIGINT;

-- Bills issued before the number: numbered in issue order.
CREATE SEQUENCE "tax_bill_id_seq" OWNED BY "tax_bill"."id";
UPDATE "tax_bill" SET "id" = numbered.n FROM (SELECT tax_no, row_number() OVER (ORDER BY issued_at, tax_no) AS n FROM "tax_bill") AS numbered WHERE numbered.tax_no = "tax_bill"."tax_no";
SELECT setval('"tax_bill_id_seq"', coalesce((SELECT max("id") FROM "tax_bill"), 0) + 1, false);
ALTER TABLE "tax_bill" ALTER COLUMN "id" SET DEFAULT nextval('"tax_bill_id_seq"'), ALTER COLUMN "id" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "tax_bill_id_key" ON "tax_bill"("id");

-- CreateIndex
CREATE INDEX "tax_bill_issued_at_id_idx" ON "tax_bill"("issued_at", "id");

-- CreateIndex
CREATE INDEX "tax_bill_zone_issued_at_id_idx" ON "tax_bill"("zone", "issued_at", "id");

-- CreateIndex
CREATE INDEX "tax_bill_zone_status_issued_at_id_idx" ON "tax_bill"("zone", "status", "issued_at", "id");

-- CreateIndex
CREATE INDEX "tax_bill_ebp_code_issued_at_id_idx" ON "tax_bill"("ebp_code", "issued_at", "id");

-- CreateIndex
CREATE INDEX "tax_bill_total_tax_id_idx" ON "tax_bill"("total_tax", "id");
