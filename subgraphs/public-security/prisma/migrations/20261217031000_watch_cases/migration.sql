-- Watch cases of public security: the case file stays here, the flag is what others see.

-- CreateEnum
CREATE TYPE "WatchSubjectKind" AS ENUM ('ENTERPRISE', 'PERSON');

-- CreateTable
CREATE TABLE "watch_case" (
    "id" BIGSERIAL NOT NULL,
    "case_no" VARCHAR(32) NOT NULL,
    "subject_kind" "WatchSubjectKind" NOT NULL,
    "subject_key" VARCHAR(64) NOT NULL,
    "zone" "Zone" NOT NULL,
    "category" VARCHAR(60) NOT NULL,
    "summary" TEXT NOT NULL,
    "legal_basis" TEXT NOT NULL,
    "opened_by" TEXT NOT NULL,
    "opened_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closed_at" TIMESTAMPTZ(3),
    "closed_by" TEXT,
    "close_reason" TEXT,

    CONSTRAINT "watch_case_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "watch_case_case_no_key" ON "watch_case"("case_no");

-- CreateIndex
CREATE INDEX "watch_case_subject_kind_subject_key_closed_at_idx" ON "watch_case"("subject_kind", "subject_key", "closed_at");
