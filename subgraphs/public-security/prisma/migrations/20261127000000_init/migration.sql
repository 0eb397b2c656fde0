-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public_security";

-- CreateEnum
CREATE TYPE "Zone" AS ENUM ('SHAOGUAN', 'HEYUAN', 'SHANWEI', 'YANGJIANG', 'QINGYUAN', 'CHAOZHOU', 'JIEYANG', 'YUNFU');

-- CreateEnum
CREATE TYPE "IdentityVerdict" AS ENUM ('MATCH', 'MISMATCH', 'NO_RECORD');

-- CreateTable
CREATE TABLE "resident" (
    "id_hash" CHAR(64) NOT NULL,
    "name_hash" CHAR(64) NOT NULL,

    CONSTRAINT "resident_pkey" PRIMARY KEY ("id_hash")
);

-- CreateTable
CREATE TABLE "identity_check" (
    "serial_no" VARCHAR(32) NOT NULL,
    "id_hash" CHAR(64) NOT NULL,
    "ebp_code" CHAR(18),
    "order_no" VARCHAR(60),
    "zone" "Zone",
    "verdict" "IdentityVerdict" NOT NULL,
    "checked_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "identity_check_pkey" PRIMARY KEY ("serial_no")
);

-- CreateIndex
CREATE INDEX "identity_check_ebp_code_order_no_checked_at_idx" ON "identity_check"("ebp_code", "order_no", "checked_at");

-- CreateIndex
CREATE INDEX "identity_check_id_hash_idx" ON "identity_check"("id_hash");

