-- The team server's corpus: one row per article (its row fields as the app's schema has
-- them, its paragraphs, its search form and the facet columns as arrays), indexed for
-- facet filters (GIN on the arrays) and for Chinese search without word breaks: the
-- character bigrams of the search form (as the app's own index narrows candidates) and
-- pg_trgm for longer terms. The cluster must have a UTF-8 LC_CTYPE: under C, pg_trgm
-- sees no Chinese characters at all.

-- Up Migration
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Each distinct pair of neighbouring characters of a text.
CREATE FUNCTION srdi_bigrams(t text) RETURNS text[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT coalesce(array_agg(DISTINCT substr(t, i, 2)), '{}') FROM generate_series(1, length(t) - 1) AS i $$;

CREATE TABLE corpus (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  generated_at text NOT NULL,
  sources jsonb NOT NULL,
  loaded_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE articles (
  id text PRIMARY KEY,
  -- The article's number as the app numbers it (its place in the corpus); checked at commit, so a reload may shift them.
  position integer NOT NULL,
  CONSTRAINT articles_position_unique UNIQUE (position) DEFERRABLE INITIALLY DEFERRED,
  -- SHA-256 of the article as loaded: an unchanged article is not written again.
  source_hash text NOT NULL,
  row jsonb NOT NULL,
  paragraphs jsonb NOT NULL,
  search_text text NOT NULL,
  regions text[] NOT NULL,
  cities text[] NOT NULL,
  industries text[] NOT NULL,
  topics text[] NOT NULL,
  outlet text,
  kind text NOT NULL,
  documents text[] NOT NULL,
  on_topic boolean NOT NULL,
  published text
);

CREATE INDEX articles_bigrams ON articles USING gin (srdi_bigrams(search_text));
CREATE INDEX articles_trigrams ON articles USING gin (search_text gin_trgm_ops);
CREATE INDEX articles_regions ON articles USING gin (regions);
CREATE INDEX articles_cities ON articles USING gin (cities);
CREATE INDEX articles_industries ON articles USING gin (industries);
CREATE INDEX articles_topics ON articles USING gin (topics);
CREATE INDEX articles_documents ON articles USING gin (documents);

CREATE TABLE saved_views (
  id text PRIMARY KEY,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  author text NOT NULL CHECK (length(author) BETWEEN 1 AND 200),
  -- The view's URL state (the query string the app writes).
  search text NOT NULL CHECK (length(search) <= 8000),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Down Migration
DROP TABLE saved_views;
DROP TABLE articles;
DROP TABLE corpus;
DROP FUNCTION srdi_bigrams(text);
