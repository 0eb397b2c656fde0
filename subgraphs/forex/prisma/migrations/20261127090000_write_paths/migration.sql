-- AlterTable
ALTER TABLE "payment" ADD COLUMN     "content_hash" CHAR(64),
ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "payment_revision" (
    "payment_id" BIGINT NOT NULL,
    "revision" INTEGER NOT NULL,
    "app_type" INTEGER NOT NULL,
    "content_hash" CHAR(64) NOT NULL,
    "content" JSONB NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL,
    "recorded_by" TEXT,

    CONSTRAINT "payment_revision_pkey" PRIMARY KEY ("payment_id","revision")
);

-- AddForeignKey
ALTER TABLE "payment_revision" ADD CONSTRAINT "payment_revision_payment_id_fkey" FOREIGN KEY ("payment_id") REFERENCES "payment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

