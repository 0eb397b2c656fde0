-- Statistics buckets (issue 11): aggregates read by ZoneStatistics instead of rows. Statement
-- triggers note each zone and Beijing day a write touched in stat_dirty, in the writing transaction,
-- the department recomputes those days from their rows before it answers (refreshStatisticsBuckets).

-- Zones and Beijing calendar days whose records changed since the statistics were last refreshed.
CREATE TABLE "stat_dirty" (
    "id" BIGSERIAL NOT NULL,
    "zone" TEXT NOT NULL,
    "day" DATE NOT NULL,
    CONSTRAINT "stat_dirty_pkey" PRIMARY KEY ("id")
);

-- Parcels delivered per zone and day of delivery (the DELIVERED tracking event).
CREATE TABLE "stat_delivery" (
    "grain" CHAR(1) NOT NULL,
    "zone" TEXT NOT NULL,
    "period" DATE NOT NULL,
    "delivered" BIGINT NOT NULL,
    CONSTRAINT "stat_delivery_pkey" PRIMARY KEY ("grain", "zone", "period")
);

-- Delivered parcels by whole hours from the first tracking event to delivery: a histogram, for exact medians at hour resolution.
CREATE TABLE "stat_delivery_hours" (
    "grain" CHAR(1) NOT NULL,
    "zone" TEXT NOT NULL,
    "period" DATE NOT NULL,
    "hours" INTEGER NOT NULL,
    "parcels" BIGINT NOT NULL,
    CONSTRAINT "stat_delivery_hours_pkey" PRIMARY KEY ("grain", "zone", "period", "hours")
);

CREATE FUNCTION "stat_mark_tracking_event"() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS E'
BEGIN
  IF TG_OP <> ''INSERT'' THEN
    INSERT INTO stat_dirty (zone, day) SELECT DISTINCT w.zone::text, ((r.occurred_at AT TIME ZONE ''UTC'') + interval ''8 hours'')::date FROM old_rows r JOIN waybill w ON w.id = r.waybill_id WHERE r.code = ''DELIVERED''\073
  END IF\073
  IF TG_OP <> ''DELETE'' THEN
    INSERT INTO stat_dirty (zone, day) SELECT DISTINCT w.zone::text, ((r.occurred_at AT TIME ZONE ''UTC'') + interval ''8 hours'')::date FROM new_rows r JOIN waybill w ON w.id = r.waybill_id WHERE r.code = ''DELIVERED''\073
  END IF\073
  RETURN NULL\073
END
';
CREATE TRIGGER "tracking_event_stat_insert" AFTER INSERT ON "tracking_event" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "stat_mark_tracking_event"();
CREATE TRIGGER "tracking_event_stat_update" AFTER UPDATE ON "tracking_event" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "stat_mark_tracking_event"();
CREATE TRIGGER "tracking_event_stat_delete" AFTER DELETE ON "tracking_event" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "stat_mark_tracking_event"();

CREATE FUNCTION "stat_mark_waybill"() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS E'
BEGIN
  IF TG_OP <> ''INSERT'' THEN
    INSERT INTO stat_dirty (zone, day) SELECT DISTINCT r.zone::text, ((e.occurred_at AT TIME ZONE ''UTC'') + interval ''8 hours'')::date FROM old_rows r JOIN tracking_event e ON e.waybill_id = r.id WHERE e.code = ''DELIVERED''\073
  END IF\073
  IF TG_OP <> ''DELETE'' THEN
    INSERT INTO stat_dirty (zone, day) SELECT DISTINCT r.zone::text, ((e.occurred_at AT TIME ZONE ''UTC'') + interval ''8 hours'')::date FROM new_rows r JOIN tracking_event e ON e.waybill_id = r.id WHERE e.code = ''DELIVERED''\073
  END IF\073
  RETURN NULL\073
END
';
CREATE TRIGGER "waybill_stat_insert" AFTER INSERT ON "waybill" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "stat_mark_waybill"();
CREATE TRIGGER "waybill_stat_update" AFTER UPDATE ON "waybill" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "stat_mark_waybill"();
CREATE TRIGGER "waybill_stat_delete" AFTER DELETE ON "waybill" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "stat_mark_waybill"();
