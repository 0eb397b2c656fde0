-- CreateEnum
CREATE TYPE "AssistanceAction" AS ENUM ('PROVIDE_RECORDS', 'VERIFY', 'HOLD_GOODS', 'REFUSE_SETTLEMENT', 'SUSPEND_DEEMED_TAX', 'INVESTIGATE');

-- CreateEnum
CREATE TYPE "SubjectType" AS ENUM ('ENTERPRISE', 'ORDER', 'INVENTORY_LIST', 'WAYBILL', 'PAYMENT', 'PERSON');

-- CreateEnum
CREATE TYPE "AssistancePartStatus" AS ENUM ('ADDRESSED', 'ACKNOWLEDGED', 'ANSWERED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "JointMeasureKind" AS ENUM ('CUSTOMS_NO_AUTO_RELEASE', 'FOREX_SETTLEMENT_REFUSED', 'TAX_DEEMED_TAXATION_REVOKED', 'POST_PARCELS_HELD', 'PUBLIC_SECURITY_REVERIFICATION', 'REWARD_LOWER_REVIEW');

-- CreateTable
CREATE TABLE "assistance_request" (
    "request_no" VARCHAR(20) NOT NULL,
    "zone" "Zone" NOT NULL,
    "subject_type" "SubjectType" NOT NULL,
    "subject_key" VARCHAR(140) NOT NULL,
    "reason" TEXT NOT NULL,
    "legal_basis" TEXT NOT NULL,
    "actions" "AssistanceAction"[],
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "filed_by_department" TEXT NOT NULL,
    "filed_by" TEXT NOT NULL,
    "filed_at" TIMESTAMPTZ(3) NOT NULL,
    "closed_at" TIMESTAMPTZ(3),
    "closed_by" TEXT,
    "closing_note" TEXT,

    CONSTRAINT "assistance_request_pkey" PRIMARY KEY ("request_no")
);

-- CreateTable
CREATE TABLE "assistance_part" (
    "request_no" VARCHAR(20) NOT NULL,
    "department" TEXT NOT NULL,
    "status" "AssistancePartStatus" NOT NULL,
    "acknowledge_due_at" TIMESTAMPTZ(3) NOT NULL,
    "acknowledged_at" TIMESTAMPTZ(3),
    "acknowledged_by" TEXT,
    "answered_at" TIMESTAMPTZ(3),
    "answered_by" TEXT,
    "findings" TEXT,
    "evidence" TEXT[],
    "declined_at" TIMESTAMPTZ(3),
    "declined_by" TEXT,
    "decline_reason" TEXT,

    CONSTRAINT "assistance_part_pkey" PRIMARY KEY ("request_no","department")
);

-- CreateTable
CREATE TABLE "joint_measure" (
    "id" BIGSERIAL NOT NULL,
    "request_no" VARCHAR(20) NOT NULL,
    "kind" "JointMeasureKind" NOT NULL,
    "department" TEXT NOT NULL,
    "zone" "Zone" NOT NULL,
    "subject_type" "SubjectType" NOT NULL,
    "subject_key" VARCHAR(140) NOT NULL,
    "since" TIMESTAMPTZ(3) NOT NULL,
    "lifted_at" TIMESTAMPTZ(3),
    "lifted_by" TEXT,
    "lift_reason" TEXT,

    CONSTRAINT "joint_measure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "joint_measure_effect" (
    "id" BIGSERIAL NOT NULL,
    "measure_id" VARCHAR(120) NOT NULL,
    "department" TEXT NOT NULL,
    "process" VARCHAR(60) NOT NULL,
    "record_ref" VARCHAR(140) NOT NULL,
    "outcome" VARCHAR(300) NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "reported_by" TEXT NOT NULL,

    CONSTRAINT "joint_measure_effect_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "assistance_request_zone_request_no_idx" ON "assistance_request"("zone", "request_no");

-- CreateIndex
CREATE INDEX "assistance_request_filed_by_department_request_no_idx" ON "assistance_request"("filed_by_department", "request_no");

-- CreateIndex
CREATE INDEX "assistance_request_subject_type_subject_key_idx" ON "assistance_request"("subject_type", "subject_key");

-- CreateIndex
CREATE INDEX "assistance_part_department_status_idx" ON "assistance_part"("department", "status");

-- CreateIndex
CREATE INDEX "joint_measure_subject_type_subject_key_idx" ON "joint_measure"("subject_type", "subject_key");

-- CreateIndex
CREATE UNIQUE INDEX "joint_measure_request_no_kind_key" ON "joint_measure"("request_no", "kind");

-- CreateIndex
CREATE INDEX "joint_measure_effect_measure_id_at_idx" ON "joint_measure_effect"("measure_id", "at");

-- AddForeignKey
ALTER TABLE "assistance_part" ADD CONSTRAINT "assistance_part_request_no_fkey" FOREIGN KEY ("request_no") REFERENCES "assistance_request"("request_no") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "joint_measure" ADD CONSTRAINT "joint_measure_request_no_fkey" FOREIGN KEY ("request_no") REFERENCES "assistance_request"("request_no") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Request numbers: AR + year + this serial, gap-free enough for a register and never reused.
CREATE SEQUENCE "assistance_request_serial";
