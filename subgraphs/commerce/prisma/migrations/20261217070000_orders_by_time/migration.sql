-- Query.orders lists a zone's (or the province's) orders of a span of dates, newest first.
CREATE INDEX "order_zone_ordered_at_idx" ON "order"("zone", "ordered_at");
CREATE INDEX "order_ordered_at_idx" ON "order"("ordered_at");
