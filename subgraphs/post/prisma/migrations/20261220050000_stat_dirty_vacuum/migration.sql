-- The statistics queue is emptied as fast as writes fill it, so each drained mark is a dead row.
-- A look at the queue by a read steps over them until the table is vacuumed, and the default of
-- PostgreSQL (a fifth of the last counted size of the table) lets tens of thousands gather.
-- Vacuum it after every thousand drained or inserted marks instead, whatever its size (the
-- department also vacuums it itself right after a large drain).
ALTER TABLE "stat_dirty" SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000, autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 1000, autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 1000);
