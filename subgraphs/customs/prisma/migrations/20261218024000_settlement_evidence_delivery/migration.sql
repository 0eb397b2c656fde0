-- Events forex must acknowledge (settlementEvidenceChanged: a fact a bank's settlement answer rests
-- on changed): the outbox relay hands them to forex until it answers, then records when.

-- AlterTable
ALTER TABLE "event_outbox" ADD COLUMN "acknowledged_at" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "event_outbox_unacknowledged_idx" ON "event_outbox"("id") WHERE "acknowledged_at" IS NULL AND "topic" = 'settlementEvidenceChanged';
