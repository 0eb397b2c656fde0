-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "tax";

-- CreateEnum
CREATE TYPE "Zone" AS ENUM ('SHAOGUAN', 'HEYUAN', 'SHANWEI', 'YANGJIANG', 'QINGYUAN', 'CHAOZHOU', 'JIEYANG', 'YUNFU');

-- CreateTable
CREATE TABLE "tax_bill" (
    "tax_no" VARCHAR(30) NOT NULL,
    "invt_no" VARCHAR(18) NOT NULL,
    "ebp_code" CHAR(18) NOT NULL,
    "order_no" VARCHAR(60) NOT NULL,
    "zone" "Zone" NOT NULL,
    "customs_tax" DECIMAL(18,2) NOT NULL,
    "value_added_tax" DECIMAL(18,2) NOT NULL,
    "consumption_tax" DECIMAL(18,2) NOT NULL,
    "total_tax" DECIMAL(18,2) NOT NULL,
    "vat_rate" DECIMAL(8,4) NOT NULL,
    "consumption_tax_rate" DECIMAL(8,4) NOT NULL,
    "currency" CHAR(3) NOT NULL DEFAULT 'CNY',
    "issued_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "tax_bill_pkey" PRIMARY KEY ("tax_no")
);

-- CreateIndex
CREATE INDEX "tax_bill_invt_no_idx" ON "tax_bill"("invt_no");

-- CreateIndex
CREATE INDEX "tax_bill_zone_issued_at_idx" ON "tax_bill"("zone", "issued_at");

-- CreateIndex
CREATE UNIQUE INDEX "tax_bill_ebp_code_order_no_key" ON "tax_bill"("ebp_code", "order_no");

