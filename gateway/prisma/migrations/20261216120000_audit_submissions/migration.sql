-- Requests no longer wait for the chain head. Each request's record is inserted on its own into
-- audit_submission (append-only, an insert waits for no other gateway), and one sequencer, the
-- replica holding the advisory lock, integrates submissions into the hash chain of audit_entry,
-- each entry naming its submission (submission_id, unique: none is integrated twice). Entries
-- written before keep submission_id null, their hash was computed without it. Mutations get an
-- INTENT entry before they are forwarded, and an intent left without an outcome after a crash is
-- resolved by asking the departments whether the request committed.

-- AlterEnum
ALTER TYPE "AuditOutcome" ADD VALUE 'INTENT';
ALTER TYPE "AuditOutcome" ADD VALUE 'RECONCILED_COMMITTED';
ALTER TYPE "AuditOutcome" ADD VALUE 'RECONCILED_NOT_COMMITTED';

-- AlterTable
ALTER TABLE "audit_entry" ADD COLUMN "submission_id" BIGINT;

-- CreateTable
CREATE TABLE "audit_submission" (
    "id" BIGSERIAL NOT NULL,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
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
    "unmasked" BOOLEAN NOT NULL,
    "outcome" "AuditOutcome" NOT NULL,
    "duration_ms" INTEGER NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "audit_submission_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "audit_submission_request_id_idx" ON "audit_submission"("request_id");

-- CreateIndex
CREATE INDEX "audit_submission_outcome_submitted_at_idx" ON "audit_submission"("outcome", "submitted_at");

-- CreateIndex
CREATE UNIQUE INDEX "audit_entry_submission_id_key" ON "audit_entry"("submission_id");


-- Hand-written below (no semicolon inside a comment or a body: see the init migration).

-- The same bounds as audit_entry's, so that every submission can become an entry.
ALTER TABLE "audit_submission" ADD CONSTRAINT "audit_submission_request_id_bounded" CHECK (char_length("request_id") BETWEEN 1 AND 128);
ALTER TABLE "audit_submission" ADD CONSTRAINT "audit_submission_organisation_bounded" CHECK (char_length("organisation") BETWEEN 1 AND 256);
ALTER TABLE "audit_submission" ADD CONSTRAINT "audit_submission_role_bounded" CHECK (char_length("role") BETWEEN 1 AND 32);
ALTER TABLE "audit_submission" ADD CONSTRAINT "audit_submission_zone_bounded" CHECK (char_length("zone") <= 32);
ALTER TABLE "audit_submission" ADD CONSTRAINT "audit_submission_purpose_bounded" CHECK (char_length("purpose") <= 256);
ALTER TABLE "audit_submission" ADD CONSTRAINT "audit_submission_operation_name_bounded" CHECK (char_length("operation_name") <= 256);
ALTER TABLE "audit_submission" ADD CONSTRAINT "audit_submission_fields_bounded" CHECK (cardinality("fields") <= 4000 AND char_length(array_to_string("fields", '')) <= 4000 * 512);
ALTER TABLE "audit_submission" ADD CONSTRAINT "audit_submission_count_positive" CHECK ("count" >= 1);

-- Append-only like audit_entry: UPDATE, DELETE and TRUNCATE raise for every role, the owner included.
CREATE FUNCTION "audit_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  RAISE EXCEPTION ''audit.% is append-only: % refused'', TG_TABLE_NAME, TG_OP USING ERRCODE = ''insufficient_privilege''\073
END
';

CREATE TRIGGER "audit_submission_append_only" BEFORE UPDATE OR DELETE ON "audit_submission"
  FOR EACH ROW EXECUTE FUNCTION "audit_refuse_change"();
CREATE TRIGGER "audit_submission_no_truncate" BEFORE TRUNCATE ON "audit_submission"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_refuse_change"();
