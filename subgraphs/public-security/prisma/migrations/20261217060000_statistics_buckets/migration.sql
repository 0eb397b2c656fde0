-- Statistics buckets (issue 11): aggregates read by ZoneStatistics instead of rows. Statement
-- triggers note each zone and Beijing day a write touched in stat_dirty, in the writing transaction,
-- the department recomputes those days from their rows before it answers (refreshStatisticsBuckets).

CREATE INDEX "identity_check_zone_checked_at_idx" ON "identity_check"("zone", "checked_at");

-- Zones and Beijing calendar days whose records changed since the statistics were last refreshed.
CREATE TABLE "stat_dirty" (
    "id" BIGSERIAL NOT NULL,
    "zone" TEXT NOT NULL,
    "day" DATE NOT NULL,
    CONSTRAINT "stat_dirty_pkey" PRIMARY KEY ("id")
);

-- Identity checks per zone and day, and how many found a mismatch.
CREATE TABLE "stat_identity" (
    "grain" CHAR(1) NOT NULL,
    "zone" TEXT NOT NULL,
    "period" DATE NOT NULL,
    "checks" BIGINT NOT NULL,
    "mismatches" BIGINT NOT NULL,
    CONSTRAINT "stat_identity_pkey" PRIMARY KEY ("grain", "zone", "period")
);

CREATE FUNCTION "stat_mark_identity_check"() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS E'
BEGIN
  IF TG_OP <> ''INSERT'' THEN
    INSERT INTO stat_dirty (zone, day) SELECT DISTINCT r.zone::text, ((r.checked_at AT TIME ZONE ''UTC'') + interval ''8 hours'')::date FROM old_rows r WHERE r.zone IS NOT NULL\073
  END IF\073
  IF TG_OP <> ''DELETE'' THEN
    INSERT INTO stat_dirty (zone, day) SELECT DISTINCT r.zone::text, ((r.checked_at AT TIME ZONE ''UTC'') + interval ''8 hours'')::date FROM new_rows r WHERE r.zone IS NOT NULL\073
  END IF\073
  RETURN NULL\073
END
';
CREATE TRIGGER "identity_check_stat_insert" AFTER INSERT ON "identity_check" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "stat_mark_identity_check"();
CREATE TRIGGER "identity_check_stat_update" AFTER UPDATE ON "identity_check" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "stat_mark_identity_check"();
CREATE TRIGGER "identity_check_stat_delete" AFTER DELETE ON "identity_check" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "stat_mark_identity_check"();
