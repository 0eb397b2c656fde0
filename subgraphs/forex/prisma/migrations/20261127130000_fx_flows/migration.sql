-- AlterTable
ALTER TABLE "payment" ADD COLUMN     "ebc_code" CHAR(18);

-- CreateTable
CREATE TABLE "usd_reference_rate" (
    "currency" CHAR(3) NOT NULL,
    "month" CHAR(7) NOT NULL,
    "usd_per_unit" DECIMAL(18,8) NOT NULL,

    CONSTRAINT "usd_reference_rate_pkey" PRIMARY KEY ("currency","month")
);

-- CreateTable
CREATE TABLE "fx_directory_registration" (
    "uscc" CHAR(18) NOT NULL,
    "registered_at" TIMESTAMPTZ(3) NOT NULL,
    "registered_by" TEXT NOT NULL,
    "content_hash" CHAR(64) NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "fx_directory_registration_pkey" PRIMARY KEY ("uscc")
);

-- CreateTable
CREATE TABLE "settlement_check" (
    "id" BIGSERIAL NOT NULL,
    "ebp_code" VARCHAR(18) NOT NULL,
    "order_no" VARCHAR(60) NOT NULL,
    "zone" "Zone",
    "ebc_code" CHAR(18),
    "pay_code" CHAR(18),
    "may_proceed" BOOLEAN NOT NULL,
    "uses_individual_quota" BOOLEAN NOT NULL,
    "reasons" JSONB NOT NULL,
    "evidence" JSONB NOT NULL,
    "asked_by" TEXT NOT NULL,
    "asked_by_role" TEXT NOT NULL,
    "checked_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "settlement_check_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "overseas_warehouse_settlement" (
    "id" BIGSERIAL NOT NULL,
    "ebc_code" CHAR(18) NOT NULL,
    "period" CHAR(7) NOT NULL,
    "zone" "Zone" NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "declared_export_value" DECIMAL(18,2) NOT NULL,
    "gross_sales_revenue" DECIMAL(18,2) NOT NULL,
    "storage_costs" DECIMAL(18,2) NOT NULL,
    "logistics_costs" DECIMAL(18,2) NOT NULL,
    "tax_costs" DECIMAL(18,2) NOT NULL,
    "total_netted_costs" DECIMAL(18,2) NOT NULL,
    "net_repatriated" DECIMAL(18,2) NOT NULL,
    "difference_from_declared" DECIMAL(18,2) NOT NULL,
    "content_hash" CHAR(64) NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "overseas_warehouse_settlement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "record_revision" (
    "kind" TEXT NOT NULL,
    "record_key" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "app_type" INTEGER NOT NULL,
    "content_hash" CHAR(64) NOT NULL,
    "content" JSONB NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL,
    "recorded_by" TEXT NOT NULL,

    CONSTRAINT "record_revision_pkey" PRIMARY KEY ("kind","record_key","revision")
);

-- CreateIndex
CREATE INDEX "settlement_check_ebp_code_order_no_checked_at_idx" ON "settlement_check"("ebp_code", "order_no", "checked_at");

-- CreateIndex
CREATE UNIQUE INDEX "overseas_warehouse_settlement_ebc_code_period_key" ON "overseas_warehouse_settlement"("ebc_code", "period");

-- CreateIndex
CREATE INDEX "payment_ebc_code_pay_time_idx" ON "payment"("ebc_code", "pay_time");

-- CreateIndex
CREATE INDEX "payment_payer_id_hash_pay_time_idx" ON "payment"("payer_id_hash", "pay_time");


-- Rates are positive, currencies ISO 4217 codes, months YYYY-MM
ALTER TABLE "usd_reference_rate" ADD CONSTRAINT "usd_reference_rate_valid" CHECK ("usd_per_unit" > 0 AND "currency" ~ '^[A-Z]{3}$' AND "month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$');

ALTER TABLE "overseas_warehouse_settlement" ADD CONSTRAINT "overseas_warehouse_settlement_period_valid" CHECK ("period" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$');

-- Demonstration conversion rates to USD in the form SAFE publishes them monthly, in force until replaced
INSERT INTO "usd_reference_rate" ("currency", "month", "usd_per_unit") VALUES
  ('CNY', '2025-01', 0.13680000),
  ('EUR', '2025-01', 1.03500000),
  ('HKD', '2025-01', 0.12840000),
  ('JPY', '2025-01', 0.00636000),
  ('GBP', '2025-01', 1.24200000),
  ('CNY', '2026-01', 0.14000000),
  ('EUR', '2026-01', 1.08000000),
  ('HKD', '2026-01', 0.12800000),
  ('JPY', '2026-01', 0.00670000),
  ('GBP', '2026-01', 1.27000000),
  ('CNY', '2026-07', 0.13900000);
