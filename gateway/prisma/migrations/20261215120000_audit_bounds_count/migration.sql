-- An entry may stand for several requests: the one entry per client address and minute that
-- counts the refusals beyond those recorded one by one. Entries written before keep count null,
-- their hash was computed without it (gateway/src/audit/hash.ts hashedContent).

-- AlterTable
ALTER TABLE "audit_entry" ADD COLUMN "count" INTEGER;

-- Hand-written below: bounds of every column, as gateway/src/audit/log.ts AUDIT_LIMITS checks them
-- before a batch is sent. No entry is ever long enough to break the btree indexes. NOT VALID:
-- older entries, which can no longer change, are not checked, every new one is.
ALTER TABLE "audit_entry" ADD CONSTRAINT "audit_entry_request_id_bounded" CHECK (char_length("request_id") BETWEEN 1 AND 128) NOT VALID;
ALTER TABLE "audit_entry" ADD CONSTRAINT "audit_entry_organisation_bounded" CHECK (char_length("organisation") BETWEEN 1 AND 256) NOT VALID;
ALTER TABLE "audit_entry" ADD CONSTRAINT "audit_entry_role_bounded" CHECK (char_length("role") BETWEEN 1 AND 32) NOT VALID;
ALTER TABLE "audit_entry" ADD CONSTRAINT "audit_entry_zone_bounded" CHECK (char_length("zone") <= 32) NOT VALID;
ALTER TABLE "audit_entry" ADD CONSTRAINT "audit_entry_purpose_bounded" CHECK (char_length("purpose") <= 256) NOT VALID;
ALTER TABLE "audit_entry" ADD CONSTRAINT "audit_entry_operation_name_bounded" CHECK (char_length("operation_name") <= 256) NOT VALID;
ALTER TABLE "audit_entry" ADD CONSTRAINT "audit_entry_fields_bounded" CHECK (cardinality("fields") <= 4000 AND char_length(array_to_string("fields", '')) <= 4000 * 512) NOT VALID;
ALTER TABLE "audit_entry" ADD CONSTRAINT "audit_entry_count_positive" CHECK ("count" >= 1) NOT VALID;
