-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "customs";

-- CreateEnum
CREATE TYPE "Zone" AS ENUM ('SHAOGUAN', 'HEYUAN', 'SHANWEI', 'YANGJIANG', 'QINGYUAN', 'CHAOZHOU', 'JIEYANG', 'YUNFU');

-- CreateEnum
CREATE TYPE "Direction" AS ENUM ('IMPORT', 'EXPORT');

-- CreateTable
CREATE TABLE "inventory_list" (
    "id" BIGSERIAL NOT NULL,
    "invt_no" VARCHAR(18) NOT NULL,
    "cop_no" VARCHAR(20) NOT NULL,
    "pre_no" VARCHAR(18) NOT NULL,
    "customs_code" CHAR(4) NOT NULL,
    "ebp_code" CHAR(18) NOT NULL,
    "order_no" VARCHAR(60) NOT NULL,
    "ebc_code" CHAR(18) NOT NULL,
    "logistics_code" CHAR(18) NOT NULL,
    "logistics_no" VARCHAR(60) NOT NULL,
    "direction" "Direction" NOT NULL,
    "trade_mode" CHAR(4) NOT NULL,
    "zone" "Zone" NOT NULL,
    "status_code" INTEGER NOT NULL,
    "statistics_flag" CHAR(1),
    "buyer_id_hash" CHAR(64),
    "total_price" DECIMAL(18,2) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "declared_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "inventory_list_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "inventory_item" (
    "list_id" BIGINT NOT NULL,
    "gnum" INTEGER NOT NULL,
    "item_no" VARCHAR(30) NOT NULL,
    "item_name" TEXT NOT NULL,
    "hs_code" CHAR(10) NOT NULL,
    "qty" DECIMAL(18,4) NOT NULL,
    "unit" VARCHAR(3) NOT NULL,
    "price" DECIMAL(18,2) NOT NULL,
    "total_price" DECIMAL(18,2) NOT NULL,
    "country" CHAR(3) NOT NULL,

    CONSTRAINT "inventory_item_pkey" PRIMARY KEY ("list_id","gnum")
);

-- CreateIndex
CREATE UNIQUE INDEX "inventory_list_invt_no_key" ON "inventory_list"("invt_no");

-- CreateIndex
CREATE INDEX "inventory_list_zone_idx" ON "inventory_list"("zone");

-- CreateIndex
CREATE INDEX "inventory_list_buyer_id_hash_declared_at_idx" ON "inventory_list"("buyer_id_hash", "declared_at");

-- CreateIndex
CREATE INDEX "inventory_list_logistics_code_logistics_no_idx" ON "inventory_list"("logistics_code", "logistics_no");

-- CreateIndex
CREATE UNIQUE INDEX "inventory_list_ebp_code_order_no_key" ON "inventory_list"("ebp_code", "order_no");

-- AddForeignKey
ALTER TABLE "inventory_item" ADD CONSTRAINT "inventory_item_list_id_fkey" FOREIGN KEY ("list_id") REFERENCES "inventory_list"("id") ON DELETE CASCADE ON UPDATE CASCADE;

