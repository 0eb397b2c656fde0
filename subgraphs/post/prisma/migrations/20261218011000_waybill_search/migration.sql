-- Regulators' waybill search: the waybill carries its direction (511 import / 505 export) and,
-- kept from its tracking timeline by triggers, its status, shipping time (first event) and
-- delivery time (DELIVERED event), so that "not delivered ten days after shipping" is one indexed
-- statement on waybill. Keyset pages by issue time (ties by id), narrowed by zone, zone and
-- status, or carrier first.

-- CreateEnum
CREATE TYPE "Direction" AS ENUM ('IMPORT', 'EXPORT');

-- CreateEnum
CREATE TYPE "WaybillStatus" AS ENUM ('CREATED', 'PICKED_UP', 'IN_TRANSIT', 'ARRIVED', 'CUSTOMS_CLEARED', 'OUT_FOR_DELIVERY', 'DELIVERED', 'RETURNED');

-- AlterTable
ALTER TABLE "waybill" ADD COLUMN "direction" "Direction",
ADD COLUMN "status" "WaybillStatus" NOT NULL DEFAULT 'CREATED',
ADD COLUMN "shipped_at" TIMESTAMPTZ(3),
ADD COLUMN "delivered_at" TIMESTAMPTZ(3);

-- The timeline's facts of the given waybills, recomputed from all their events. The status is the
-- status of the last event (by seq, then time) with a known code, as rules/waybill-status.ts
-- derives it (EVENT_STATUS: carriers' two spellings of a step map to one status), CREATED without
-- one. test/record-search-departments.test.ts checks the two agree on every seeded waybill.
CREATE FUNCTION "waybill_refresh_timeline"(ids BIGINT[]) RETURNS void LANGUAGE plpgsql SET search_path FROM CURRENT AS E'
BEGIN
  UPDATE waybill w SET
    shipped_at = (SELECT min(e.occurred_at) FROM tracking_event e WHERE e.waybill_id = w.id),
    delivered_at = (SELECT min(e.occurred_at) FROM tracking_event e WHERE e.waybill_id = w.id AND e.code = ''DELIVERED''),
    status = coalesce((
      SELECT CASE e.code
        WHEN ''ACCEPTED'' THEN ''PICKED_UP'' WHEN ''PICKED_UP'' THEN ''PICKED_UP''
        WHEN ''DEPARTED'' THEN ''IN_TRANSIT'' WHEN ''ARRIVED'' THEN ''ARRIVED''
        WHEN ''CLEARED'' THEN ''CUSTOMS_CLEARED'' WHEN ''CUSTOMS_CLEARED'' THEN ''CUSTOMS_CLEARED''
        WHEN ''OUT_FOR_DELIVERY'' THEN ''OUT_FOR_DELIVERY'' WHEN ''DELIVERED'' THEN ''DELIVERED''
        WHEN ''RETURNED'' THEN ''RETURNED'' END
      FROM tracking_event e
      WHERE e.waybill_id = w.id AND e.code IN (''ACCEPTED'', ''PICKED_UP'', ''DEPARTED'', ''ARRIVED'', ''CLEARED'', ''CUSTOMS_CLEARED'', ''OUT_FOR_DELIVERY'', ''DELIVERED'', ''RETURNED'')
      ORDER BY e.seq DESC, e.occurred_at DESC LIMIT 1), ''CREATED'')::"WaybillStatus"
  WHERE w.id = ANY(ids)\073
END
';

-- Whatever writes tracking events (addTrackingEvents, the demo seed, a repair by hand), statement
-- by statement, so a bulk load refreshes each waybill once.
-- (Bodies in E'' strings with \073 for the semicolons: the migration runner splits statements on them.)
CREATE FUNCTION "tracking_event_refresh_waybill"() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS E'
BEGIN
  IF TG_OP <> ''INSERT'' THEN
    PERFORM waybill_refresh_timeline(ARRAY(SELECT DISTINCT waybill_id FROM old_rows))\073
  END IF\073
  IF TG_OP <> ''DELETE'' THEN
    PERFORM waybill_refresh_timeline(ARRAY(SELECT DISTINCT waybill_id FROM new_rows))\073
  END IF\073
  RETURN NULL\073
END
';
CREATE TRIGGER "tracking_event_waybill_insert" AFTER INSERT ON "tracking_event" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "tracking_event_refresh_waybill"();
CREATE TRIGGER "tracking_event_waybill_update" AFTER UPDATE ON "tracking_event" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "tracking_event_refresh_waybill"();
CREATE TRIGGER "tracking_event_waybill_delete" AFTER DELETE ON "tracking_event" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "tracking_event_refresh_waybill"();

-- Waybills recorded before: their timeline's facts once.
SELECT waybill_refresh_timeline(ARRAY(SELECT id FROM waybill WHERE EXISTS (SELECT 1 FROM tracking_event e WHERE e.waybill_id = waybill.id)));

-- CreateIndex
CREATE INDEX "waybill_created_at_id_idx" ON "waybill"("created_at", "id");

-- CreateIndex
CREATE INDEX "waybill_zone_created_at_id_idx" ON "waybill"("zone", "created_at", "id");

-- CreateIndex
CREATE INDEX "waybill_zone_status_created_at_id_idx" ON "waybill"("zone", "status", "created_at", "id");

-- CreateIndex
CREATE INDEX "waybill_logistics_code_created_at_id_idx" ON "waybill"("logistics_code", "created_at", "id");

-- CreateIndex
CREATE INDEX "waybill_zone_shipped_at_idx" ON "waybill"("zone", "shipped_at");

-- CreateIndex
CREATE INDEX "waybill_zone_delivered_at_idx" ON "waybill"("zone", "delivered_at");
