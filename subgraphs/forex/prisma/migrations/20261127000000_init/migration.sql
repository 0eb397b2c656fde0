-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "forex";

-- CreateEnum
CREATE TYPE "Zone" AS ENUM ('SHAOGUAN', 'HEYUAN', 'SHANWEI', 'YANGJIANG', 'QINGYUAN', 'CHAOZHOU', 'JIEYANG', 'YUNFU');

-- CreateEnum
CREATE TYPE "Direction" AS ENUM ('IMPORT', 'EXPORT');

-- CreateTable
CREATE TABLE "payment" (
    "id" BIGSERIAL NOT NULL,
    "pay_code" CHAR(18) NOT NULL,
    "pay_transaction_id" VARCHAR(60) NOT NULL,
    "ebp_code" CHAR(18) NOT NULL,
    "order_no" VARCHAR(60) NOT NULL,
    "direction" "Direction" NOT NULL,
    "zone" "Zone" NOT NULL,
    "amount_paid" DECIMAL(18,2) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "pay_time" TIMESTAMPTZ(3) NOT NULL,
    "payer_name" TEXT NOT NULL,
    "payer_id_type" VARCHAR(2) NOT NULL DEFAULT '1',
    "payer_id_hash" CHAR(64),
    "payer_id_masked" VARCHAR(18),

    CONSTRAINT "payment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "payment_pay_code_pay_transaction_id_key" ON "payment"("pay_code", "pay_transaction_id");

-- CreateIndex
CREATE UNIQUE INDEX "payment_ebp_code_order_no_key" ON "payment"("ebp_code", "order_no");

