-- Notices of other departments that a fact a settlement answer rests on changed
-- (recordSettlementEvidence): each puts the payments it concerns back into the transaction feed
-- once, and the same notice sent again (the sender's outbox retries until forex answers) finds its row.

-- CreateTable
CREATE TABLE "settlement_evidence_notice" (
    "id" BIGSERIAL NOT NULL,
    "notice_id" VARCHAR(40) NOT NULL,
    "department" VARCHAR(20) NOT NULL,
    "fact" VARCHAR(30) NOT NULL,
    "zone" "Zone" NOT NULL,
    "subject" VARCHAR(80) NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "settlement_evidence_notice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "settlement_evidence_notice_notice_id_fact_zone_subject_key" ON "settlement_evidence_notice"("notice_id", "fact", "zone", "subject");
