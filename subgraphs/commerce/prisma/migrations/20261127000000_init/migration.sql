-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "commerce";

-- CreateEnum
CREATE TYPE "Zone" AS ENUM ('SHAOGUAN', 'HEYUAN', 'SHANWEI', 'YANGJIANG', 'QINGYUAN', 'CHAOZHOU', 'JIEYANG', 'YUNFU');

-- CreateEnum
CREATE TYPE "EnterpriseRole" AS ENUM ('ECOMMERCE', 'PLATFORM', 'LOGISTICS', 'PAYMENT', 'TRADE_SERVICE');

-- CreateEnum
CREATE TYPE "Direction" AS ENUM ('IMPORT', 'EXPORT');

-- CreateTable
CREATE TABLE "enterprise" (
    "uscc" CHAR(18) NOT NULL,
    "name" TEXT NOT NULL,
    "zone" "Zone" NOT NULL,
    "roles" "EnterpriseRole"[],
    "registered_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "enterprise_pkey" PRIMARY KEY ("uscc")
);

-- CreateTable
CREATE TABLE "order" (
    "id" BIGSERIAL NOT NULL,
    "ebp_code" CHAR(18) NOT NULL,
    "order_no" VARCHAR(60) NOT NULL,
    "direction" "Direction" NOT NULL,
    "trade_mode" CHAR(4) NOT NULL,
    "zone" "Zone" NOT NULL,
    "ebc_code" CHAR(18) NOT NULL,
    "goods_value" DECIMAL(18,2) NOT NULL,
    "freight" DECIMAL(18,2) NOT NULL,
    "discount" DECIMAL(18,2) NOT NULL,
    "tax_total" DECIMAL(18,2) NOT NULL,
    "actual_paid" DECIMAL(18,2) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "buyer_name" TEXT NOT NULL,
    "buyer_id_type" VARCHAR(2) NOT NULL DEFAULT '1',
    "buyer_id_hash" CHAR(64),
    "buyer_id_masked" VARCHAR(18),
    "buyer_phone" VARCHAR(20) NOT NULL,
    "consignee" TEXT NOT NULL,
    "consignee_address" TEXT NOT NULL,
    "pay_code" CHAR(18) NOT NULL,
    "pay_transaction_id" VARCHAR(60) NOT NULL,
    "ordered_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_item" (
    "order_id" BIGINT NOT NULL,
    "gnum" INTEGER NOT NULL,
    "item_no" VARCHAR(30) NOT NULL,
    "item_name" TEXT NOT NULL,
    "hs_code" CHAR(10) NOT NULL,
    "qty" DECIMAL(18,4) NOT NULL,
    "unit" VARCHAR(3) NOT NULL,
    "price" DECIMAL(18,2) NOT NULL,
    "total_price" DECIMAL(18,2) NOT NULL,
    "country" CHAR(3) NOT NULL,

    CONSTRAINT "order_item_pkey" PRIMARY KEY ("order_id","gnum")
);

-- CreateIndex
CREATE INDEX "enterprise_zone_uscc_idx" ON "enterprise"("zone", "uscc");

-- CreateIndex
CREATE INDEX "order_ebc_code_ordered_at_idx" ON "order"("ebc_code", "ordered_at");

-- CreateIndex
CREATE INDEX "order_ebp_code_ordered_at_idx" ON "order"("ebp_code", "ordered_at");

-- CreateIndex
CREATE INDEX "order_zone_idx" ON "order"("zone");

-- CreateIndex
CREATE UNIQUE INDEX "order_ebp_code_order_no_key" ON "order"("ebp_code", "order_no");

-- AddForeignKey
ALTER TABLE "order_item" ADD CONSTRAINT "order_item_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

