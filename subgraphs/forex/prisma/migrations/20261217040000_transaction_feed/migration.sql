-- The banks' transaction feed: one row per change of a payment or of its settlement evidence,
-- with the id of the transaction that wrote it (the feed serves only rows below the oldest
-- transaction still running, so a late commit is never skipped).

-- CreateTable
CREATE TABLE "payment_change" (
    "seq" BIGSERIAL NOT NULL,
    "txid" BIGINT NOT NULL DEFAULT ((pg_current_xact_id())::text)::bigint,
    "payment_id" BIGINT NOT NULL,
    "pay_code" CHAR(18) NOT NULL,
    "zone" "Zone" NOT NULL,
    "reason" VARCHAR(40) NOT NULL,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "payment_change_pkey" PRIMARY KEY ("seq")
);

-- CreateIndex
CREATE INDEX "payment_change_pay_code_txid_seq_idx" ON "payment_change"("pay_code", "txid", "seq");

-- CreateIndex
CREATE INDEX "payment_change_txid_seq_idx" ON "payment_change"("txid", "seq");

-- Every payment written, however (the write paths, the demo seed, a repair by hand), enters the
-- feed: a statement-level trigger for inserts (one insert for a bulk load), a row-level one for
-- updates that change the row.
-- (Bodies in E'' strings with \073 for the semicolons: the migration runner splits statements on them.)
CREATE FUNCTION payment_change_on_insert() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS E'
BEGIN
  INSERT INTO payment_change (payment_id, pay_code, zone, reason)
    SELECT id, pay_code, zone, ''PAYMENT_CREATED'' FROM inserted ORDER BY id\073
  RETURN NULL\073
END
';

CREATE FUNCTION payment_change_on_update() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS E'
BEGIN
  INSERT INTO payment_change (payment_id, pay_code, zone, reason) VALUES (NEW.id, NEW.pay_code, NEW.zone, ''PAYMENT_CHANGED'')\073
  RETURN NULL\073
END
';

CREATE TRIGGER payment_change_insert AFTER INSERT ON "payment"
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION payment_change_on_insert();

CREATE TRIGGER payment_change_update AFTER UPDATE ON "payment"
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION payment_change_on_update();

-- Payments recorded before the feed existed enter it once, oldest first.
INSERT INTO payment_change (payment_id, pay_code, zone, reason)
  SELECT id, pay_code, zone, 'PAYMENT_CREATED' FROM "payment" ORDER BY id;
