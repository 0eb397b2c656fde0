-- The transparency log over the entries (RFC 9162 with SM3 and SM2): the complete subtrees of
-- the Merkle tree whose leaves are the entries in seq order, and the signed tree heads. The
-- gateway computes every hash (PostgreSQL has no SM3): gateway/src/audit/transparency.

-- CreateTable
CREATE TABLE "audit_tree_node" (
    "level" SMALLINT NOT NULL,
    "index" BIGINT NOT NULL,
    "hash" CHAR(64) NOT NULL,

    CONSTRAINT "audit_tree_node_pkey" PRIMARY KEY ("level","index")
);

-- CreateTable
CREATE TABLE "audit_tree_head" (
    "tree_size" BIGINT NOT NULL,
    "root_hash" CHAR(64) NOT NULL,
    "timestamp" TIMESTAMPTZ(3) NOT NULL,
    "key_id" TEXT NOT NULL,
    "signature" CHAR(128) NOT NULL,

    CONSTRAINT "audit_tree_head_pkey" PRIMARY KEY ("tree_size")
);

-- Hand-written below. As in the first audit migration, `prisma migrate deploy` cuts this file
-- at every semicolon: no comment holds one, and the function body spells it \073.
--
-- A node is a complete subtree, a head a signed statement: neither ever changes. Both tables are
-- append-only for every role that connects, the owner included.
ALTER TABLE "audit_tree_node" ADD CONSTRAINT "audit_tree_node_position" CHECK ("level" BETWEEN 0 AND 62 AND "index" >= 0);
ALTER TABLE "audit_tree_node" ADD CONSTRAINT "audit_tree_node_hash_hex" CHECK ("hash" ~ '^[0-9a-f]{64}$');
ALTER TABLE "audit_tree_head" ADD CONSTRAINT "audit_tree_head_size" CHECK ("tree_size" >= 0);
ALTER TABLE "audit_tree_head" ADD CONSTRAINT "audit_tree_head_root_hex" CHECK ("root_hash" ~ '^[0-9a-f]{64}$');
ALTER TABLE "audit_tree_head" ADD CONSTRAINT "audit_tree_head_signature_hex" CHECK ("signature" ~ '^[0-9a-f]{128}$');
ALTER TABLE "audit_tree_head" ADD CONSTRAINT "audit_tree_head_key_id" CHECK (char_length("key_id") BETWEEN 1 AND 128);

CREATE FUNCTION "audit_tree_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  RAISE EXCEPTION ''audit.% is append-only: % refused'', TG_TABLE_NAME, TG_OP USING ERRCODE = ''insufficient_privilege''\073
END
';

CREATE TRIGGER "audit_tree_node_append_only" BEFORE UPDATE OR DELETE ON "audit_tree_node"
  FOR EACH ROW EXECUTE FUNCTION "audit_tree_refuse_change"();
CREATE TRIGGER "audit_tree_node_no_truncate" BEFORE TRUNCATE ON "audit_tree_node"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_tree_refuse_change"();
CREATE TRIGGER "audit_tree_head_append_only" BEFORE UPDATE OR DELETE ON "audit_tree_head"
  FOR EACH ROW EXECUTE FUNCTION "audit_tree_refuse_change"();
CREATE TRIGGER "audit_tree_head_no_truncate" BEFORE TRUNCATE ON "audit_tree_head"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_tree_refuse_change"();
