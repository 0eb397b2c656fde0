-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "post";

-- CreateEnum
CREATE TYPE "Zone" AS ENUM ('SHAOGUAN', 'HEYUAN', 'SHANWEI', 'YANGJIANG', 'QINGYUAN', 'CHAOZHOU', 'JIEYANG', 'YUNFU');

-- CreateTable
CREATE TABLE "waybill" (
    "id" BIGSERIAL NOT NULL,
    "logistics_code" CHAR(18) NOT NULL,
    "logistics_no" VARCHAR(60) NOT NULL,
    "ebp_code" CHAR(18) NOT NULL,
    "order_no" VARCHAR(60) NOT NULL,
    "zone" "Zone" NOT NULL,
    "freight" DECIMAL(18,2) NOT NULL,
    "insured_fee" DECIMAL(18,2) NOT NULL,
    "weight" DECIMAL(18,3) NOT NULL,
    "pack_no" INTEGER NOT NULL,
    "consignee" TEXT NOT NULL,
    "consignee_address" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "waybill_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tracking_event" (
    "waybill_id" BIGINT NOT NULL,
    "seq" INTEGER NOT NULL,
    "code" VARCHAR(20) NOT NULL,
    "description" TEXT NOT NULL,
    "location" TEXT NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "tracking_event_pkey" PRIMARY KEY ("waybill_id","seq")
);

-- CreateIndex
CREATE UNIQUE INDEX "waybill_logistics_code_logistics_no_key" ON "waybill"("logistics_code", "logistics_no");

-- CreateIndex
CREATE UNIQUE INDEX "waybill_ebp_code_order_no_key" ON "waybill"("ebp_code", "order_no");

-- AddForeignKey
ALTER TABLE "tracking_event" ADD CONSTRAINT "tracking_event_waybill_id_fkey" FOREIGN KEY ("waybill_id") REFERENCES "waybill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

