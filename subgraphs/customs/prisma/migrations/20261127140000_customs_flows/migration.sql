-- AlterTable
ALTER TABLE "inventory_list" ADD COLUMN     "content_hash" CHAR(64),
ADD COLUMN     "decided_at" TIMESTAMPTZ(3),
ADD COLUMN     "freight" DECIMAL(18,2) NOT NULL DEFAULT 0,
ADD COLUMN     "indivisible_item" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "insured_fee" DECIMAL(18,2) NOT NULL DEFAULT 0,
ADD COLUMN     "matched" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "matching_reasons" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "release_decision" VARCHAR(16),
ADD COLUMN     "release_reasons" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "released_at" TIMESTAMPTZ(3),
ADD COLUMN     "retail_tax_treatment" VARCHAR(12),
ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "inventory_list_revision" (
    "list_id" BIGINT NOT NULL,
    "revision" INTEGER NOT NULL,
    "app_type" INTEGER NOT NULL,
    "content_hash" CHAR(64) NOT NULL,
    "content" JSONB NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL,
    "recorded_by" TEXT,

    CONSTRAINT "inventory_list_revision_pkey" PRIMARY KEY ("list_id","revision")
);

-- CreateTable
CREATE TABLE "list_status_event" (
    "id" BIGSERIAL NOT NULL,
    "list_id" BIGINT NOT NULL,
    "from_code" INTEGER NOT NULL,
    "to_code" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "recorded_by" TEXT NOT NULL,

    CONSTRAINT "list_status_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "enterprise_credit_class" (
    "uscc" CHAR(18) NOT NULL,
    "credit_class" VARCHAR(12) NOT NULL,
    "reason" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_by" TEXT NOT NULL,

    CONSTRAINT "enterprise_credit_class_pkey" PRIMARY KEY ("uscc")
);

-- CreateTable
CREATE TABLE "list_request" (
    "id" BIGSERIAL NOT NULL,
    "list_id" BIGINT NOT NULL,
    "kind" VARCHAR(12) NOT NULL,
    "state" VARCHAR(8) NOT NULL,
    "reason" TEXT NOT NULL,
    "refusals" JSONB NOT NULL DEFAULT '[]',
    "requested_at" TIMESTAMPTZ(3) NOT NULL,
    "requested_by" TEXT NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "list_request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "summary_declaration" (
    "id" BIGSERIAL NOT NULL,
    "sum_no" VARCHAR(18) NOT NULL,
    "ebc_code" CHAR(18) NOT NULL,
    "zone" "Zone" NOT NULL,
    "customs_code" CHAR(4) NOT NULL,
    "period_start" TIMESTAMPTZ(3) NOT NULL,
    "period_end" TIMESTAMPTZ(3) NOT NULL,
    "list_count" INTEGER NOT NULL,
    "totals" JSONB NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "declared_at" TIMESTAMPTZ(3) NOT NULL,
    "declared_by" TEXT NOT NULL,

    CONSTRAINT "summary_declaration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "summary_declaration_list" (
    "summary_id" BIGINT NOT NULL,
    "list_id" BIGINT NOT NULL,

    CONSTRAINT "summary_declaration_list_pkey" PRIMARY KEY ("summary_id","list_id")
);

-- CreateTable
CREATE TABLE "export_return" (
    "id" BIGSERIAL NOT NULL,
    "list_id" BIGINT NOT NULL,
    "returned_at" TIMESTAMPTZ(3) NOT NULL,
    "goods_unchanged" BOOLEAN NOT NULL,
    "rebate_received" BOOLEAN NOT NULL,
    "rebate_repaid" BOOLEAN NOT NULL,
    "reason" TEXT NOT NULL,
    "tax_free" BOOLEAN NOT NULL,
    "refusals" JSONB NOT NULL DEFAULT '[]',
    "last_return_date" CHAR(10),
    "content_hash" CHAR(64) NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "requested_at" TIMESTAMPTZ(3) NOT NULL,
    "requested_by" TEXT NOT NULL,

    CONSTRAINT "export_return_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "list_status_event_list_id_idx" ON "list_status_event"("list_id");

-- CreateIndex
CREATE UNIQUE INDEX "list_request_list_id_kind_key" ON "list_request"("list_id", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "summary_declaration_sum_no_key" ON "summary_declaration"("sum_no");

-- CreateIndex
CREATE UNIQUE INDEX "summary_declaration_ebc_code_period_start_period_end_key" ON "summary_declaration"("ebc_code", "period_start", "period_end");

-- CreateIndex
CREATE UNIQUE INDEX "summary_declaration_list_list_id_key" ON "summary_declaration_list"("list_id");

-- CreateIndex
CREATE UNIQUE INDEX "export_return_list_id_key" ON "export_return"("list_id");

-- AddForeignKey
ALTER TABLE "inventory_list_revision" ADD CONSTRAINT "inventory_list_revision_list_id_fkey" FOREIGN KEY ("list_id") REFERENCES "inventory_list"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "list_status_event" ADD CONSTRAINT "list_status_event_list_id_fkey" FOREIGN KEY ("list_id") REFERENCES "inventory_list"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "list_request" ADD CONSTRAINT "list_request_list_id_fkey" FOREIGN KEY ("list_id") REFERENCES "inventory_list"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "summary_declaration_list" ADD CONSTRAINT "summary_declaration_list_summary_id_fkey" FOREIGN KEY ("summary_id") REFERENCES "summary_declaration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "summary_declaration_list" ADD CONSTRAINT "summary_declaration_list_list_id_fkey" FOREIGN KEY ("list_id") REFERENCES "inventory_list"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "export_return" ADD CONSTRAINT "export_return_list_id_fkey" FOREIGN KEY ("list_id") REFERENCES "inventory_list"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Serial numbers of list, pre-entry and summary numbers customs assigns. They start above the
-- serials of the demo data so numbers assigned at run time never meet seeded ones.
CREATE SEQUENCE "customs_serial_seq" START WITH 500000001 MAXVALUE 999999999;

-- Closed value sets the database keeps as well as the code
ALTER TABLE "inventory_list" ADD CONSTRAINT "inventory_list_retail_tax_treatment_check" CHECK ("retail_tax_treatment" IN ('PREFERENTIAL', 'FULL_TAX'));

ALTER TABLE "inventory_list" ADD CONSTRAINT "inventory_list_release_decision_check" CHECK ("release_decision" IN ('AUTO_RELEASE', 'DOCUMENT_REVIEW', 'INSPECTION', 'REJECT'));

ALTER TABLE "enterprise_credit_class" ADD CONSTRAINT "enterprise_credit_class_check" CHECK ("credit_class" IN ('ADVANCED', 'GENERAL', 'DISCREDITED'));

ALTER TABLE "list_request" ADD CONSTRAINT "list_request_kind_check" CHECK ("kind" IN ('CANCELLATION', 'RETURN'));

ALTER TABLE "list_request" ADD CONSTRAINT "list_request_state_check" CHECK ("state" IN ('ACCEPTED', 'REFUSED'));
