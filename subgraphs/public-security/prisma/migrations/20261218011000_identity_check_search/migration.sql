-- Regulators' identity check search: a record number (check order, checks made before numbered
-- in check order) breaks ties in keyset pages by check time, narrowed by zone, zone and verdict,
-- or platform first.

-- AlterTable
ALTER TABLE "identity_check" ADD COLUMN "id" BIGINT;

-- Checks made before the number: numbered in check order.
CREATE SEQUENCE "identity_check_id_seq" OWNED BY "identity_check"."id";
UPDATE "identity_check" SET "id" = numbered.n FROM (SELECT serial_no, row_number() OVER (ORDER BY checked_at, serial_no) AS n FROM "identity_check") AS numbered WHERE numbered.serial_no = "identity_check"."serial_no";
SELECT setval('"identity_check_id_seq"', coalesce((SELECT max("id") FROM "identity_check"), 0) + 1, false);
ALTER TABLE "identity_check" ALTER COLUMN "id" SET DEFAULT nextval('"identity_check_id_seq"'), ALTER COLUMN "id" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "identity_check_id_key" ON "identity_check"("id");

-- CreateIndex
CREATE INDEX "identity_check_checked_at_id_idx" ON "identity_check"("checked_at", "id");

-- CreateIndex
CREATE INDEX "identity_check_zone_checked_at_id_idx" ON "identity_check"("zone", "checked_at", "id");

-- CreateIndex
CREATE INDEX "identity_check_zone_verdict_checked_at_id_idx" ON "identity_check"("zone", "verdict", "checked_at", "id");

-- CreateIndex
CREATE INDEX "identity_check_ebp_code_checked_at_id_idx" ON "identity_check"("ebp_code", "checked_at", "id");
