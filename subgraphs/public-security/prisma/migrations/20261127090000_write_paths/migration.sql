-- Write path of public security: who asked for each check, and the per-day sequence its serial
-- number is drawn from. Generated with prisma migrate diff.

-- AlterTable
ALTER TABLE "identity_check" ADD COLUMN     "requested_by" TEXT;

-- CreateTable
CREATE TABLE "identity_check_sequence" (
    "day" DATE NOT NULL,
    "last_sequence" INTEGER NOT NULL,

    CONSTRAINT "identity_check_sequence_pkey" PRIMARY KEY ("day")
);
