-- CreateEnum
CREATE TYPE "RetailTaxTreatment" AS ENUM ('PREFERENTIAL', 'FULL_TAX');

-- CreateEnum
CREATE TYPE "DeemedLevyStatus" AS ENUM ('ASSESSED', 'REVOKED');

-- DropIndex
DROP INDEX "tax_bill_invt_no_idx";

-- AlterTable
ALTER TABLE "tax_bill" ADD COLUMN     "dutiable_value" DECIMAL(18,2),
ADD COLUMN     "freight" DECIMAL(18,2),
ADD COLUMN     "insured_fee" DECIMAL(18,2),
ADD COLUMN     "issued_by" VARCHAR(60),
ADD COLUMN     "treatment" "RetailTaxTreatment" NOT NULL DEFAULT 'PREFERENTIAL',
ALTER COLUMN "vat_rate" DROP NOT NULL,
ALTER COLUMN "consumption_tax_rate" DROP NOT NULL;

-- CreateTable
CREATE TABLE "tax_bill_line" (
    "tax_no" VARCHAR(30) NOT NULL,
    "gnum" INTEGER NOT NULL,
    "hs_code" CHAR(10) NOT NULL,
    "item_value" DECIMAL(18,2) NOT NULL,
    "freight_share" DECIMAL(18,2) NOT NULL,
    "insured_fee_share" DECIMAL(18,2) NOT NULL,
    "dutiable_value" DECIMAL(18,2) NOT NULL,
    "tariff_rate" DECIMAL(10,6) NOT NULL,
    "customs_tax" DECIMAL(18,2) NOT NULL,
    "statutory_vat_rate" DECIMAL(10,6) NOT NULL,
    "vat_rate" DECIMAL(10,6) NOT NULL,
    "value_added_tax" DECIMAL(18,2) NOT NULL,
    "statutory_consumption_tax_rate" DECIMAL(10,6) NOT NULL,
    "consumption_tax_rate" DECIMAL(10,6) NOT NULL,
    "consumption_tax" DECIMAL(18,2) NOT NULL,
    "total_tax" DECIMAL(18,2) NOT NULL,
    "rate_basis" TEXT NOT NULL,

    CONSTRAINT "tax_bill_line_pkey" PRIMARY KEY ("tax_no","gnum")
);

-- CreateTable
CREATE TABLE "invoice_free_exemption" (
    "id" BIGSERIAL NOT NULL,
    "invt_no" VARCHAR(18) NOT NULL,
    "revision" INTEGER NOT NULL,
    "zone" "Zone" NOT NULL,
    "ebc_code" CHAR(18) NOT NULL,
    "ebp_code" CHAR(18) NOT NULL,
    "order_no" VARCHAR(60) NOT NULL,
    "customs_code" VARCHAR(10) NOT NULL,
    "list_status_code" INTEGER NOT NULL,
    "exempt" BOOLEAN NOT NULL,
    "reasons" JSONB NOT NULL,
    "lines" JSONB NOT NULL,
    "content_hash" CHAR(64) NOT NULL,
    "assessed_at" TIMESTAMPTZ(3) NOT NULL,
    "assessed_by" VARCHAR(60) NOT NULL,

    CONSTRAINT "invoice_free_exemption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "deemed_income_tax_assessment" (
    "id" BIGSERIAL NOT NULL,
    "uscc" CHAR(18) NOT NULL,
    "year" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL,
    "zone" "Zone" NOT NULL,
    "status" "DeemedLevyStatus" NOT NULL,
    "revenue" DECIMAL(18,2) NOT NULL,
    "deemed_profit_rate" DECIMAL(6,4) NOT NULL,
    "employees" DOUBLE PRECISION NOT NULL,
    "total_assets" DECIMAL(18,2) NOT NULL,
    "taxable_income" DECIMAL(18,2),
    "small_low_profit" BOOLEAN,
    "conditions" JSONB NOT NULL,
    "rate_applied" DECIMAL(6,4),
    "tax_due" DECIMAL(18,2),
    "revocation_reason" TEXT,
    "revocation_legal_basis" TEXT,
    "content_hash" CHAR(64) NOT NULL,
    "assessed_at" TIMESTAMPTZ(3) NOT NULL,
    "assessed_by" VARCHAR(60) NOT NULL,

    CONSTRAINT "deemed_income_tax_assessment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "invoice_free_exemption_ebc_code_assessed_at_idx" ON "invoice_free_exemption"("ebc_code", "assessed_at");

-- CreateIndex
CREATE UNIQUE INDEX "invoice_free_exemption_invt_no_revision_key" ON "invoice_free_exemption"("invt_no", "revision");

-- CreateIndex
CREATE INDEX "deemed_income_tax_assessment_zone_year_idx" ON "deemed_income_tax_assessment"("zone", "year");

-- CreateIndex
CREATE UNIQUE INDEX "deemed_income_tax_assessment_uscc_year_revision_key" ON "deemed_income_tax_assessment"("uscc", "year", "revision");

-- CreateIndex
CREATE UNIQUE INDEX "tax_bill_invt_no_key" ON "tax_bill"("invt_no");

-- AddForeignKey
ALTER TABLE "tax_bill_line" ADD CONSTRAINT "tax_bill_line_tax_no_fkey" FOREIGN KEY ("tax_no") REFERENCES "tax_bill"("tax_no") ON DELETE CASCADE ON UPDATE CASCADE;

