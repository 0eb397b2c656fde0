-- Refusals before the GraphQL pipeline get their own outcomes, and each entry says whether
-- personal data was served in clear. Entries written before keep unmasked null: their hash was
-- computed without it (gateway/src/audit/hash.ts hashedContent).

-- AlterEnum
ALTER TYPE "AuditOutcome" ADD VALUE 'REFUSED_UNAUTHENTICATED';
ALTER TYPE "AuditOutcome" ADD VALUE 'RATE_LIMITED';

-- AlterTable
ALTER TABLE "audit_entry" ADD COLUMN "unmasked" BOOLEAN;

-- Auditors filter by role and by outcome over a period.
CREATE INDEX "audit_entry_role_at_idx" ON "audit_entry"("role", "at");
CREATE INDEX "audit_entry_outcome_at_idx" ON "audit_entry"("outcome", "at");
