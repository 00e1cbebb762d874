-- The bigrams as 32-bit integer keys (src/server/bigrams.ts says why and how a pair
-- becomes one): a GIN index over text keys compared each by the cluster's collation and
-- was the slowest step of a load. The SQL function computes the same keys as the Node
-- code, for the rows already stored and for the test that holds the two equal.

-- Up Migration
CREATE FUNCTION srdi_bigram_keys(t text) RETURNS int4[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$
    SELECT coalesce(array_agg(DISTINCT key ORDER BY key), '{}'::int4[]) FROM (
      SELECT (CASE WHEN k >= 2147483648 THEN k - 4294967296 ELSE k END)::int4 AS key FROM (
        SELECT CASE WHEN a < 65536 AND b < 65536 THEN a * 65536 + b ELSE (a * 1114112 + b) % 4294967296 END AS k FROM (
          SELECT ascii(c[i])::int8 AS a, ascii(c[i + 1])::int8 AS b FROM (SELECT string_to_array(t, NULL) AS c) s, generate_series(1, cardinality(c) - 1) AS i
        ) pairs
      ) keys
    ) distinct_keys
  $$;
ALTER TABLE article_texts ADD COLUMN bigram_keys int4[];
UPDATE article_texts SET bigram_keys = srdi_bigram_keys(srdi_searched(search_title, search_body));
ALTER TABLE article_texts ALTER COLUMN bigram_keys SET NOT NULL;
DROP INDEX article_texts_bigrams;
ALTER TABLE article_texts DROP COLUMN bigrams;
CREATE INDEX article_texts_bigram_keys ON article_texts USING gin (bigram_keys);

-- Down Migration
ALTER TABLE article_texts ADD COLUMN bigrams text[];
UPDATE article_texts SET bigrams = srdi_bigrams(srdi_searched(search_title, search_body));
ALTER TABLE article_texts ALTER COLUMN bigrams SET NOT NULL;
DROP INDEX article_texts_bigram_keys;
ALTER TABLE article_texts DROP COLUMN bigram_keys;
CREATE INDEX article_texts_bigrams ON article_texts USING gin (bigrams);
DROP FUNCTION srdi_bigram_keys(text);
