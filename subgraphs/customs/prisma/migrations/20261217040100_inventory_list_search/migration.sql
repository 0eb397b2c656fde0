-- Regulators' inventory list search: keyset pages by declaration time (ties by id), narrowed by
-- zone, zone and status, or e-commerce enterprise first.

-- CreateIndex
CREATE INDEX "inventory_list_declared_at_id_idx" ON "inventory_list"("declared_at", "id");

-- CreateIndex
CREATE INDEX "inventory_list_zone_declared_at_id_idx" ON "inventory_list"("zone", "declared_at", "id");

-- CreateIndex
CREATE INDEX "inventory_list_zone_status_code_declared_at_id_idx" ON "inventory_list"("zone", "status_code", "declared_at", "id");

-- CreateIndex
CREATE INDEX "inventory_list_ebc_code_declared_at_id_idx" ON "inventory_list"("ebc_code", "declared_at", "id");
