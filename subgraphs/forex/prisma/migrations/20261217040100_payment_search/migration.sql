-- Regulators' payment search: keyset pages by payment time or amount (ties by id), narrowed by
-- zone or payment enterprise first.

-- CreateIndex
CREATE INDEX "payment_pay_time_id_idx" ON "payment"("pay_time", "id");

-- CreateIndex
CREATE INDEX "payment_zone_pay_time_id_idx" ON "payment"("zone", "pay_time", "id");

-- CreateIndex
CREATE INDEX "payment_pay_code_pay_time_id_idx" ON "payment"("pay_code", "pay_time", "id");

-- CreateIndex
CREATE INDEX "payment_amount_paid_id_idx" ON "payment"("amount_paid", "id");
