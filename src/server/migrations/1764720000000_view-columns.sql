-- What a view needs to answer exactly as the app does, kept per article at load: every
-- facet column as an array (the single-valued outlet and kind too, so one rule filters
-- and counts them all), the wide place columns (venues and datelines), the date span as
-- day keys, the article's rank in newest-first order (computed by the shared rule, so
-- ties break as the app breaks them), and the search form of each field the query
-- language reads. The bigram index moves to the search form of title and body, the
-- text the app's own index narrows on.

-- Up Migration
DROP INDEX articles_bigrams;
DROP INDEX articles_trigrams;
ALTER TABLE articles DROP COLUMN search_text;

ALTER TABLE articles
  ADD COLUMN newest_rank integer NOT NULL,
  ADD COLUMN span_start integer NOT NULL,
  ADD COLUMN span_end integer NOT NULL,
  ADD COLUMN wide_regions text[] NOT NULL,
  ADD COLUMN wide_cities text[] NOT NULL,
  ADD COLUMN outlets text[] NOT NULL,
  ADD COLUMN kinds text[] NOT NULL,
  ADD COLUMN search_title text NOT NULL,
  ADD COLUMN search_body text NOT NULL,
  ADD COLUMN search_outlet text NOT NULL,
  ADD COLUMN search_documents text NOT NULL;

-- The text a query's terms are narrowed on: title and body in search form, one line apart.
CREATE FUNCTION srdi_searched(title text, body text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT title || E'\n' || body $$;

CREATE INDEX articles_bigrams ON articles USING gin (srdi_bigrams(srdi_searched(search_title, search_body)));
CREATE INDEX articles_trigrams ON articles USING gin (srdi_searched(search_title, search_body) gin_trgm_ops);
CREATE INDEX articles_wide_regions ON articles USING gin (wide_regions);
CREATE INDEX articles_wide_cities ON articles USING gin (wide_cities);
CREATE INDEX articles_outlets ON articles USING gin (outlets);
CREATE INDEX articles_kinds ON articles USING gin (kinds);
CREATE INDEX articles_newest ON articles (newest_rank);

-- Down Migration
DROP INDEX articles_newest, articles_kinds, articles_outlets, articles_wide_cities, articles_wide_regions, articles_trigrams, articles_bigrams;
DROP FUNCTION srdi_searched(text, text);
ALTER TABLE articles
  DROP COLUMN newest_rank, DROP COLUMN span_start, DROP COLUMN span_end, DROP COLUMN wide_regions, DROP COLUMN wide_cities, DROP COLUMN outlets,
  DROP COLUMN kinds, DROP COLUMN search_title, DROP COLUMN search_body, DROP COLUMN search_outlet, DROP COLUMN search_documents;
ALTER TABLE articles ADD COLUMN search_text text NOT NULL DEFAULT '';
CREATE INDEX articles_bigrams ON articles USING gin (srdi_bigrams(search_text));
CREATE INDEX articles_trigrams ON articles USING gin (search_text gin_trgm_ops);
