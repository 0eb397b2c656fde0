-- CreateTable
CREATE TABLE "negative_list_entry" (
    "id" BIGSERIAL NOT NULL,
    "uscc" CHAR(18) NOT NULL,
    "reason" TEXT NOT NULL,
    "legal_basis" TEXT NOT NULL,
    "listed_by" TEXT NOT NULL,
    "listed_at" TIMESTAMPTZ(3) NOT NULL,
    "lifted_at" TIMESTAMPTZ(3),
    "lifted_by" TEXT,
    "lift_reason" TEXT,

    CONSTRAINT "negative_list_entry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "negative_list_entry_uscc_listed_at_idx" ON "negative_list_entry"("uscc", "listed_at");


-- At most one listing of an enterprise in force
CREATE UNIQUE INDEX "negative_list_entry_in_force_key" ON "negative_list_entry"("uscc") WHERE "lifted_at" IS NULL;
