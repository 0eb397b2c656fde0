-- Dead letters of the outbox's deliveries: a settlementEvidenceChanged event that forex refused
-- for good (an error that does not change on retry, such as BAD_USER_INPUT) is marked dead with
-- the refusal, so it no longer holds up the department's later events. An operator sends it again
-- by clearing dead_at (README, "Outbox dead letters").

-- AlterTable
ALTER TABLE "event_outbox" ADD COLUMN "dead_at" TIMESTAMPTZ(3), ADD COLUMN "dead_reason" TEXT;

-- The relay's query: unacknowledged, not dead, oldest first.
DROP INDEX "event_outbox_unacknowledged_idx";
CREATE INDEX "event_outbox_undelivered_idx" ON "event_outbox"("id") WHERE "acknowledged_at" IS NULL AND "dead_at" IS NULL AND "topic" = 'settlementEvidenceChanged';

-- What an operator lists.
CREATE INDEX "event_outbox_dead_idx" ON "event_outbox"("id") WHERE "dead_at" IS NOT NULL;
