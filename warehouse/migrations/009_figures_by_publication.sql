-- Lookups that a load makes for every publication, by index rather than by reading every
-- row: a publication's figures (replaced by reparse and by a changed page, read by reprint
-- detection) and whether a body was loaded already (by its hash).
CREATE INDEX IF NOT EXISTS figures_by_publication ON figures (publication_id);
CREATE INDEX IF NOT EXISTS publications_by_content ON publications (content_sha256);
