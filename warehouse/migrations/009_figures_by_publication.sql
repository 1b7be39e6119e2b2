-- A publication's figures found by its id without reading every figure: reparse and a changed
-- page replace them, and reprint detection reads those of the week's publications.
CREATE INDEX IF NOT EXISTS figures_by_publication ON figures (publication_id);
