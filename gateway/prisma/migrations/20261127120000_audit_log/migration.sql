-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "audit";

-- CreateEnum
CREATE TYPE "AuditOutcome" AS ENUM ('OK', 'ERROR', 'DENIED');

-- CreateTable
CREATE TABLE "audit_entry" (
    "seq" BIGINT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "request_id" TEXT NOT NULL,
    "organisation" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "zone" TEXT,
    "purpose" TEXT,
    "operation_name" TEXT,
    "operation_hash" CHAR(64) NOT NULL,
    "variables_digest" CHAR(64) NOT NULL,
    "fields" TEXT[],
    "personal_data" BOOLEAN NOT NULL,
    "outcome" "AuditOutcome" NOT NULL,
    "duration_ms" INTEGER NOT NULL,
    "prev_hash" CHAR(64) NOT NULL,
    "hash" CHAR(64) NOT NULL,

    CONSTRAINT "audit_entry_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "audit_chain_head" (
    "id" SMALLINT NOT NULL,
    "seq" BIGINT NOT NULL,
    "hash" CHAR(64) NOT NULL,

    CONSTRAINT "audit_chain_head_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "audit_entry_at_idx" ON "audit_entry"("at");

-- CreateIndex
CREATE INDEX "audit_entry_request_id_idx" ON "audit_entry"("request_id");

-- CreateIndex
CREATE INDEX "audit_entry_organisation_at_idx" ON "audit_entry"("organisation", "at");


-- Hand-written below: what Prisma's schema language cannot say.
--
-- The log is append-only for every role that connects, the table owner included: UPDATE, DELETE
-- and TRUNCATE of an entry raise. A superuser (or the owner, with ALTER TABLE … DISABLE TRIGGER)
-- can still rewrite history. That is what `npm run audit:verify` detects, since every entry's hash
-- covers its content and its predecessor's hash.
--
-- `prisma migrate deploy` over @prisma/adapter-pg 6.19 runs this file statement by statement,
-- cutting it at every semicolon, quoted or not. So no comment here holds one, and the function
-- bodies are E'' strings that spell each semicolon as \073.

-- The head starts at the genesis: no entry yet, and the first entry's prev_hash is 64 zeros.
ALTER TABLE "audit_chain_head" ADD CONSTRAINT "audit_chain_head_one_row" CHECK ("id" = 1);
INSERT INTO "audit_chain_head" ("id", "seq", "hash") VALUES (1, 0, repeat('0', 64));

CREATE FUNCTION "audit_entry_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  RAISE EXCEPTION ''audit.audit_entry is append-only: % refused'', TG_OP USING ERRCODE = ''insufficient_privilege''\073
END
';

CREATE TRIGGER "audit_entry_append_only" BEFORE UPDATE OR DELETE ON "audit_entry"
  FOR EACH ROW EXECUTE FUNCTION "audit_entry_refuse_change"();
-- Row triggers do not fire on TRUNCATE.
CREATE TRIGGER "audit_entry_no_truncate" BEFORE TRUNCATE ON "audit_entry"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_entry_refuse_change"();

-- Every insert must extend the chain exactly at the head (seq one more, prev_hash the head's hash)
-- and moves the head. A writer that skipped the head's lock, or computed from a stale head, fails
-- here instead of forking the chain or leaving a gap. The body names the schema: a session with
-- another search_path still reaches the head.
CREATE FUNCTION "audit_entry_extend_chain"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  UPDATE "audit"."audit_chain_head" SET "seq" = NEW."seq", "hash" = NEW."hash"
   WHERE "id" = 1 AND "seq" = NEW."seq" - 1 AND "hash" = NEW."prev_hash"\073
  IF NOT FOUND THEN
    RAISE EXCEPTION ''audit entry % does not extend the chain head'', NEW."seq" USING ERRCODE = ''serialization_failure''\073
  END IF\073
  RETURN NEW\073
END
';

CREATE TRIGGER "audit_entry_extend_chain" BEFORE INSERT ON "audit_entry"
  FOR EACH ROW EXECUTE FUNCTION "audit_entry_extend_chain"();

-- The head moves only from inside the insert trigger above (trigger depth 2). A direct UPDATE,
-- DELETE or TRUNCATE raises, so nobody winds the head back to overwrite the tail.
CREATE FUNCTION "audit_chain_head_guard"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''UPDATE'' AND pg_trigger_depth() > 1 THEN
    RETURN NEW\073
  END IF\073
  RAISE EXCEPTION ''audit.audit_chain_head moves only by inserting audit entries: % refused'', TG_OP USING ERRCODE = ''insufficient_privilege''\073
END
';

CREATE TRIGGER "audit_chain_head_guard" BEFORE UPDATE OR DELETE ON "audit_chain_head"
  FOR EACH ROW EXECUTE FUNCTION "audit_chain_head_guard"();
CREATE TRIGGER "audit_chain_head_no_truncate" BEFORE TRUNCATE ON "audit_chain_head"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_chain_head_guard"();
