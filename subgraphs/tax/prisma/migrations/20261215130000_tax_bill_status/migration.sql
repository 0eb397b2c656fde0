-- CreateEnum
CREATE TYPE "TaxBillStatus" AS ENUM ('ACTIVE', 'CANCELLED', 'REFUNDED');

-- AlterTable
ALTER TABLE "tax_bill" ADD COLUMN     "status" "TaxBillStatus" NOT NULL DEFAULT 'ACTIVE',
ADD COLUMN     "status_changed_at" TIMESTAMPTZ(3),
ADD COLUMN     "status_reason" VARCHAR(500);

