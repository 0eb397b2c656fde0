-- Statistics buckets (issue 11): aggregates read by ZoneStatistics instead of rows. Statement
-- triggers note each zone and Beijing day a write touched in stat_dirty, in the writing transaction,
-- the department recomputes those days from their rows before it answers (refreshStatisticsBuckets).

CREATE INDEX "inventory_list_zone_declared_at_idx" ON "inventory_list"("zone", "declared_at");

-- Zones and Beijing calendar days whose records changed since the statistics were last refreshed.
CREATE TABLE "stat_dirty" (
    "id" BIGSERIAL NOT NULL,
    "zone" TEXT NOT NULL,
    "day" DATE NOT NULL,
    CONSTRAINT "stat_dirty_pkey" PRIMARY KEY ("id")
);

-- Lists per zone, day (D) or month (M) of declaration and dimensions (of the first goods line).
CREATE TABLE "stat_list" (
    "grain" CHAR(1) NOT NULL,
    "zone" TEXT NOT NULL,
    "period" DATE NOT NULL,
    "direction" TEXT NOT NULL,
    "trade_mode" TEXT NOT NULL,
    "hs_chapter" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "declared" BIGINT NOT NULL,
    "released" BIGINT NOT NULL,
    "rejected" BIGINT NOT NULL,
    "matching_failures" BIGINT NOT NULL,
    "export_returns" BIGINT NOT NULL,
    CONSTRAINT "stat_list_pkey" PRIMARY KEY ("grain", "zone", "period", "direction", "trade_mode", "hs_chapter", "country", "currency")
);

-- Rejected lists by reason (a list rejected for two matching reasons counts under each).
CREATE TABLE "stat_list_rejection" (
    "grain" CHAR(1) NOT NULL,
    "zone" TEXT NOT NULL,
    "period" DATE NOT NULL,
    "direction" TEXT NOT NULL,
    "trade_mode" TEXT NOT NULL,
    "hs_chapter" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "lists" BIGINT NOT NULL,
    CONSTRAINT "stat_list_rejection_pkey" PRIMARY KEY ("grain", "zone", "period", "direction", "trade_mode", "hs_chapter", "country", "currency", "reason")
);

-- Released lists by whole hours from declaration to release: a histogram, for exact medians at hour resolution.
CREATE TABLE "stat_list_release_hours" (
    "grain" CHAR(1) NOT NULL,
    "zone" TEXT NOT NULL,
    "period" DATE NOT NULL,
    "direction" TEXT NOT NULL,
    "trade_mode" TEXT NOT NULL,
    "hs_chapter" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "hours" INTEGER NOT NULL,
    "lists" BIGINT NOT NULL,
    CONSTRAINT "stat_list_release_hours_pkey" PRIMARY KEY ("grain", "zone", "period", "direction", "trade_mode", "hs_chapter", "country", "currency", "hours")
);

CREATE FUNCTION "stat_mark_inventory_list"() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS E'
BEGIN
  IF TG_OP <> ''INSERT'' THEN
    INSERT INTO stat_dirty (zone, day) SELECT DISTINCT r.zone::text, ((r.declared_at AT TIME ZONE ''UTC'') + interval ''8 hours'')::date FROM old_rows r WHERE r.zone IS NOT NULL\073
  END IF\073
  IF TG_OP <> ''DELETE'' THEN
    INSERT INTO stat_dirty (zone, day) SELECT DISTINCT r.zone::text, ((r.declared_at AT TIME ZONE ''UTC'') + interval ''8 hours'')::date FROM new_rows r WHERE r.zone IS NOT NULL\073
  END IF\073
  RETURN NULL\073
END
';
CREATE TRIGGER "inventory_list_stat_insert" AFTER INSERT ON "inventory_list" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "stat_mark_inventory_list"();
CREATE TRIGGER "inventory_list_stat_update" AFTER UPDATE ON "inventory_list" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "stat_mark_inventory_list"();
CREATE TRIGGER "inventory_list_stat_delete" AFTER DELETE ON "inventory_list" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "stat_mark_inventory_list"();

CREATE FUNCTION "stat_mark_list_child"() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS E'
BEGIN
  IF TG_OP <> ''INSERT'' THEN
    INSERT INTO stat_dirty (zone, day) SELECT DISTINCT l.zone::text, ((l.declared_at AT TIME ZONE ''UTC'') + interval ''8 hours'')::date FROM old_rows r JOIN inventory_list l ON l.id = r.list_id\073
  END IF\073
  IF TG_OP <> ''DELETE'' THEN
    INSERT INTO stat_dirty (zone, day) SELECT DISTINCT l.zone::text, ((l.declared_at AT TIME ZONE ''UTC'') + interval ''8 hours'')::date FROM new_rows r JOIN inventory_list l ON l.id = r.list_id\073
  END IF\073
  RETURN NULL\073
END
';
CREATE TRIGGER "export_return_stat_insert" AFTER INSERT ON "export_return" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "stat_mark_list_child"();
CREATE TRIGGER "export_return_stat_update" AFTER UPDATE ON "export_return" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "stat_mark_list_child"();
CREATE TRIGGER "export_return_stat_delete" AFTER DELETE ON "export_return" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "stat_mark_list_child"();

CREATE FUNCTION "stat_mark_list_request"() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS E'
BEGIN
  IF TG_OP <> ''INSERT'' THEN
    INSERT INTO stat_dirty (zone, day) SELECT DISTINCT l.zone::text, ((l.declared_at AT TIME ZONE ''UTC'') + interval ''8 hours'')::date FROM old_rows r JOIN inventory_list l ON l.id = r.list_id\073
  END IF\073
  IF TG_OP <> ''DELETE'' THEN
    INSERT INTO stat_dirty (zone, day) SELECT DISTINCT l.zone::text, ((l.declared_at AT TIME ZONE ''UTC'') + interval ''8 hours'')::date FROM new_rows r JOIN inventory_list l ON l.id = r.list_id\073
  END IF\073
  RETURN NULL\073
END
';
CREATE TRIGGER "list_request_stat_insert" AFTER INSERT ON "list_request" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "stat_mark_list_request"();
CREATE TRIGGER "list_request_stat_update" AFTER UPDATE ON "list_request" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "stat_mark_list_request"();
CREATE TRIGGER "list_request_stat_delete" AFTER DELETE ON "list_request" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "stat_mark_list_request"();
