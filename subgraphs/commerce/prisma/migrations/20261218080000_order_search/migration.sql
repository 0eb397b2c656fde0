-- Regulators' order search: keyset pages by order time or amount (ties by id), narrowed by zone,
-- e-commerce enterprise or platform first (an amount range needs a currency). The indexes with id
-- replace those on the same leading columns without it (made for the old span query and for
-- Enterprise.orders, which the new ones serve as well).

-- DropIndex
DROP INDEX IF EXISTS "order_ordered_at_idx";
DROP INDEX IF EXISTS "order_zone_ordered_at_idx";
DROP INDEX IF EXISTS "order_ebc_code_ordered_at_idx";
DROP INDEX IF EXISTS "order_ebp_code_ordered_at_idx";

-- CreateIndex
CREATE INDEX "order_ordered_at_id_idx" ON "order"("ordered_at", "id");

-- CreateIndex
CREATE INDEX "order_zone_ordered_at_id_idx" ON "order"("zone", "ordered_at", "id");

-- CreateIndex
CREATE INDEX "order_ebc_code_ordered_at_id_idx" ON "order"("ebc_code", "ordered_at", "id");

-- CreateIndex
CREATE INDEX "order_ebp_code_ordered_at_id_idx" ON "order"("ebp_code", "ordered_at", "id");

-- CreateIndex
CREATE INDEX "order_currency_actual_paid_id_idx" ON "order"("currency", "actual_paid", "id");
