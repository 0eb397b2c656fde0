-- AlterTable
ALTER TABLE "order" ADD COLUMN     "content_hash" CHAR(64),
ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "order_revision" (
    "order_id" BIGINT NOT NULL,
    "revision" INTEGER NOT NULL,
    "app_type" INTEGER NOT NULL,
    "content_hash" CHAR(64) NOT NULL,
    "content" JSONB NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL,
    "recorded_by" TEXT,

    CONSTRAINT "order_revision_pkey" PRIMARY KEY ("order_id","revision")
);

-- AddForeignKey
ALTER TABLE "order_revision" ADD CONSTRAINT "order_revision_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

