-- Statistics buckets (issue 11): aggregates read by ZoneStatistics instead of rows. Statement
-- triggers note each zone and Beijing day a write touched in stat_dirty, in the writing transaction,
-- the department recomputes those days from their rows before it answers (refreshStatisticsBuckets).

-- Range reads of a zone's orders by time (statistics refresh, anomaly detectors).
CREATE INDEX "order_zone_ordered_at_idx" ON "order"("zone", "ordered_at");

-- Zones and Beijing calendar days whose records changed since the statistics were last refreshed.
CREATE TABLE "stat_dirty" (
    "id" BIGSERIAL NOT NULL,
    "zone" TEXT NOT NULL,
    "day" DATE NOT NULL,
    CONSTRAINT "stat_dirty_pkey" PRIMARY KEY ("id")
);

-- Orders per zone, day (D) or month (M) and dimensions (of the first goods line: HS chapter, country).
CREATE TABLE "stat_order" (
    "grain" CHAR(1) NOT NULL,
    "zone" TEXT NOT NULL,
    "period" DATE NOT NULL,
    "direction" TEXT NOT NULL,
    "trade_mode" TEXT NOT NULL,
    "hs_chapter" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "order_count" BIGINT NOT NULL,
    "order_value" DECIMAL(20,2) NOT NULL,
    CONSTRAINT "stat_order_pkey" PRIMARY KEY ("grain", "zone", "period", "direction", "trade_mode", "hs_chapter", "country", "currency")
);

CREATE FUNCTION "stat_mark_order"() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS E'
BEGIN
  IF TG_OP <> ''INSERT'' THEN
    INSERT INTO stat_dirty (zone, day) SELECT DISTINCT r.zone::text, ((r.ordered_at AT TIME ZONE ''UTC'') + interval ''8 hours'')::date FROM old_rows r WHERE r.zone IS NOT NULL\073
  END IF\073
  IF TG_OP <> ''DELETE'' THEN
    INSERT INTO stat_dirty (zone, day) SELECT DISTINCT r.zone::text, ((r.ordered_at AT TIME ZONE ''UTC'') + interval ''8 hours'')::date FROM new_rows r WHERE r.zone IS NOT NULL\073
  END IF\073
  RETURN NULL\073
END
';
CREATE TRIGGER "order_stat_insert" AFTER INSERT ON "order" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "stat_mark_order"();
CREATE TRIGGER "order_stat_update" AFTER UPDATE ON "order" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "stat_mark_order"();
CREATE TRIGGER "order_stat_delete" AFTER DELETE ON "order" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "stat_mark_order"();
