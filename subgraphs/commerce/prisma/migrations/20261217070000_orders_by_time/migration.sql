-- Query.orders lists the province's orders of a span of dates, newest first (a zone's use
-- order_zone_ordered_at_idx, created with the statistics buckets).
CREATE INDEX "order_ordered_at_idx" ON "order"("ordered_at");
