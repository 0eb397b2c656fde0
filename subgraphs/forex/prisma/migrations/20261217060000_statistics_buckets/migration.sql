-- Statistics buckets (issue 11): aggregates read by ZoneStatistics instead of rows. Statement
-- triggers note each zone and Beijing day a write touched in stat_dirty, in the writing transaction,
-- the department recomputes those days from their rows before it answers (refreshStatisticsBuckets).

CREATE INDEX "payment_zone_pay_time_idx" ON "payment"("zone", "pay_time");

-- Zones and Beijing calendar days whose records changed since the statistics were last refreshed.
CREATE TABLE "stat_dirty" (
    "id" BIGSERIAL NOT NULL,
    "zone" TEXT NOT NULL,
    "day" DATE NOT NULL,
    CONSTRAINT "stat_dirty_pkey" PRIMARY KEY ("id")
);

-- Payments (411 and 403) per zone, day (D) or month (M), direction and currency, each converted at its month's USD rate, rounded to the cent, and to CNY through the USD rate of CNY.
CREATE TABLE "stat_payment" (
    "grain" CHAR(1) NOT NULL,
    "zone" TEXT NOT NULL,
    "period" DATE NOT NULL,
    "direction" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "payments" BIGINT NOT NULL,
    "amount_cny" DECIMAL(20,2) NOT NULL,
    "amount_usd" DECIMAL(20,2) NOT NULL,
    "unconverted" BIGINT NOT NULL,
    CONSTRAINT "stat_payment_pkey" PRIMARY KEY ("grain", "zone", "period", "direction", "currency")
);

-- Settlement checks per zone and day, and how many were refused.
CREATE TABLE "stat_settlement" (
    "grain" CHAR(1) NOT NULL,
    "zone" TEXT NOT NULL,
    "period" DATE NOT NULL,
    "checks" BIGINT NOT NULL,
    "refused" BIGINT NOT NULL,
    CONSTRAINT "stat_settlement_pkey" PRIMARY KEY ("grain", "zone", "period")
);

CREATE FUNCTION "stat_mark_payment"() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS E'
BEGIN
  IF TG_OP <> ''INSERT'' THEN
    INSERT INTO stat_dirty (zone, day) SELECT DISTINCT r.zone::text, ((r.pay_time AT TIME ZONE ''UTC'') + interval ''8 hours'')::date FROM old_rows r WHERE r.zone IS NOT NULL\073
  END IF\073
  IF TG_OP <> ''DELETE'' THEN
    INSERT INTO stat_dirty (zone, day) SELECT DISTINCT r.zone::text, ((r.pay_time AT TIME ZONE ''UTC'') + interval ''8 hours'')::date FROM new_rows r WHERE r.zone IS NOT NULL\073
  END IF\073
  RETURN NULL\073
END
';
CREATE TRIGGER "payment_stat_insert" AFTER INSERT ON "payment" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "stat_mark_payment"();
CREATE TRIGGER "payment_stat_update" AFTER UPDATE ON "payment" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "stat_mark_payment"();
CREATE TRIGGER "payment_stat_delete" AFTER DELETE ON "payment" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "stat_mark_payment"();

CREATE FUNCTION "stat_mark_settlement_check"() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS E'
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
CREATE TRIGGER "settlement_check_stat_insert" AFTER INSERT ON "settlement_check" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "stat_mark_settlement_check"();
CREATE TRIGGER "settlement_check_stat_update" AFTER UPDATE ON "settlement_check" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "stat_mark_settlement_check"();
CREATE TRIGGER "settlement_check_stat_delete" AFTER DELETE ON "settlement_check" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "stat_mark_settlement_check"();

-- A rate entered or changed converts the payments of its currency from its month on.
CREATE FUNCTION "stat_mark_usd_reference_rate"() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS E'
BEGIN
  IF TG_OP <> ''INSERT'' THEN
    INSERT INTO stat_dirty (zone, day) SELECT DISTINCT p.zone::text, ((p.pay_time AT TIME ZONE ''UTC'') + interval ''8 hours'')::date FROM payment p JOIN old_rows r ON p.currency = r.currency AND to_char(((p.pay_time AT TIME ZONE ''UTC'') + interval ''8 hours'')::date, ''YYYY-MM'') >= r.month\073
  END IF\073
  IF TG_OP <> ''DELETE'' THEN
    INSERT INTO stat_dirty (zone, day) SELECT DISTINCT p.zone::text, ((p.pay_time AT TIME ZONE ''UTC'') + interval ''8 hours'')::date FROM payment p JOIN new_rows r ON p.currency = r.currency AND to_char(((p.pay_time AT TIME ZONE ''UTC'') + interval ''8 hours'')::date, ''YYYY-MM'') >= r.month\073
  END IF\073
  RETURN NULL\073
END
';
CREATE TRIGGER "usd_reference_rate_stat_insert" AFTER INSERT ON "usd_reference_rate" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "stat_mark_usd_reference_rate"();
CREATE TRIGGER "usd_reference_rate_stat_update" AFTER UPDATE ON "usd_reference_rate" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "stat_mark_usd_reference_rate"();
CREATE TRIGGER "usd_reference_rate_stat_delete" AFTER DELETE ON "usd_reference_rate" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "stat_mark_usd_reference_rate"();
