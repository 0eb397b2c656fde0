-- Write paths of post: submitted waybills keep every revision, and a waybill number may be
-- issued again six months after its first use (see the Waybill model).
-- Generated with prisma migrate diff, then edited: the new unique index is created before the
-- old one is dropped so the numbers are never unguarded, and the appType check is added by hand.
-- (No semicolons in these comments: the migration runner splits the script on them.)

-- AlterTable
ALTER TABLE "waybill" ADD COLUMN     "consignee_phone" TEXT,
ADD COLUMN     "reuse_generation" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 1;

-- CreateIndex
CREATE UNIQUE INDEX "waybill_logistics_code_logistics_no_reuse_generation_key" ON "waybill"("logistics_code", "logistics_no", "reuse_generation");

-- DropIndex
DROP INDEX "waybill_logistics_code_logistics_no_key";

-- CreateTable
CREATE TABLE "waybill_revision" (
    "waybill_id" BIGINT NOT NULL,
    "revision" INTEGER NOT NULL,
    "app_type" SMALLINT NOT NULL,
    "content_hash" CHAR(64) NOT NULL,
    "content" JSONB NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recorded_by" TEXT,

    CONSTRAINT "waybill_revision_pkey" PRIMARY KEY ("waybill_id","revision"),
    CONSTRAINT "waybill_revision_app_type_check" CHECK ("app_type" IN (1, 2))
);

-- AddForeignKey
ALTER TABLE "waybill_revision" ADD CONSTRAINT "waybill_revision_waybill_id_fkey" FOREIGN KEY ("waybill_id") REFERENCES "waybill"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
