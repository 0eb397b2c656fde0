-- Statistics drained as writes commit: the department listens on stat_dirty_<schema>
-- and recomputes the noted days chunk by chunk, so a read finds the buckets current and reads
-- them only. A chunk takes the first zone-days of the queue through this index.
CREATE INDEX "stat_dirty_zone_day_idx" ON "stat_dirty"("zone", "day");

-- Wakes the department's drain when a committed statement noted days (one notification per
-- transaction and channel: PostgreSQL folds identical ones).
CREATE FUNCTION "stat_dirty_wake"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM pg_notify(''stat_dirty_'' || TG_TABLE_SCHEMA, '''')\073
  RETURN NULL\073
END
';
CREATE TRIGGER "stat_dirty_wake" AFTER INSERT ON "stat_dirty" FOR EACH STATEMENT EXECUTE FUNCTION "stat_dirty_wake"();
