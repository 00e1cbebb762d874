-- The corpus's facet index as the pipeline writes it (manifest, bytes, the ids in order)
-- and the articles the last load skipped, kept with the corpus: the app in team mode
-- reads its facets from these (built once per load, not per request).

-- Up Migration
ALTER TABLE corpus
  ADD COLUMN facet_manifest jsonb NOT NULL DEFAULT '{}',
  ADD COLUMN facet_bytes bytea NOT NULL DEFAULT '',
  ADD COLUMN article_ids jsonb NOT NULL DEFAULT '{}',
  ADD COLUMN skipped jsonb NOT NULL DEFAULT '[]';

-- Down Migration
ALTER TABLE corpus DROP COLUMN facet_manifest, DROP COLUMN facet_bytes, DROP COLUMN article_ids, DROP COLUMN skipped;
