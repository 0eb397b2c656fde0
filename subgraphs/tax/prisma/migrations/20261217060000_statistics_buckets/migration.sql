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

-- Tax assessed (active retail import bills, by issue day) and exempted (无票免税, latest decision per list, by assessment day).
CREATE TABLE "stat_tax" (
    "grain" CHAR(1) NOT NULL,
    "zone" TEXT NOT NULL,
    "period" DATE NOT NULL,
    "direction" TEXT NOT NULL,
    "hs_chapter" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "bills" BIGINT NOT NULL,
    "assessed" DECIMAL(20,2) NOT NULL,
    "exemptions" BIGINT NOT NULL,
    "exempted" DECIMAL(20,2) NOT NULL,
    CONSTRAINT "stat_tax_pkey" PRIMARY KEY ("grain", "zone", "period", "direction", "hs_chapter", "currency")
);

CREATE FUNCTION "stat_mark_tax_bill"() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS E'
BEGIN
  IF TG_OP <> ''INSERT'' THEN
    INSERT INTO stat_dirty (zone, day) SELECT DISTINCT r.zone::text, ((r.issued_at AT TIME ZONE ''UTC'') + interval ''8 hours'')::date FROM old_rows r WHERE r.zone IS NOT NULL\073
  END IF\073
  IF TG_OP <> ''DELETE'' THEN
    INSERT INTO stat_dirty (zone, day) SELECT DISTINCT r.zone::text, ((r.issued_at AT TIME ZONE ''UTC'') + interval ''8 hours'')::date FROM new_rows r WHERE r.zone IS NOT NULL\073
  END IF\073
  RETURN NULL\073
END
';
CREATE TRIGGER "tax_bill_stat_insert" AFTER INSERT ON "tax_bill" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "stat_mark_tax_bill"();
CREATE TRIGGER "tax_bill_stat_update" AFTER UPDATE ON "tax_bill" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "stat_mark_tax_bill"();
CREATE TRIGGER "tax_bill_stat_delete" AFTER DELETE ON "tax_bill" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "stat_mark_tax_bill"();

CREATE FUNCTION "stat_mark_invoice_free_exemption"() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS E'
BEGIN
  IF TG_OP <> ''INSERT'' THEN
    INSERT INTO stat_dirty (zone, day) SELECT DISTINCT e.zone::text, ((e.assessed_at AT TIME ZONE ''UTC'') + interval ''8 hours'')::date FROM invoice_free_exemption e WHERE e.invt_no IN (SELECT invt_no FROM old_rows) UNION SELECT r.zone::text, ((r.assessed_at AT TIME ZONE ''UTC'') + interval ''8 hours'')::date FROM old_rows r\073
  END IF\073
  IF TG_OP <> ''DELETE'' THEN
    INSERT INTO stat_dirty (zone, day) SELECT DISTINCT e.zone::text, ((e.assessed_at AT TIME ZONE ''UTC'') + interval ''8 hours'')::date FROM invoice_free_exemption e WHERE e.invt_no IN (SELECT invt_no FROM new_rows)\073
  END IF\073
  RETURN NULL\073
END
';
CREATE TRIGGER "invoice_free_exemption_stat_insert" AFTER INSERT ON "invoice_free_exemption" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "stat_mark_invoice_free_exemption"();
CREATE TRIGGER "invoice_free_exemption_stat_update" AFTER UPDATE ON "invoice_free_exemption" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "stat_mark_invoice_free_exemption"();
CREATE TRIGGER "invoice_free_exemption_stat_delete" AFTER DELETE ON "invoice_free_exemption" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "stat_mark_invoice_free_exemption"();
