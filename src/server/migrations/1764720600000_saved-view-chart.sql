-- A shared saved view keeps the chart its slide shows, as a local one does.

-- Up Migration
ALTER TABLE saved_views ADD COLUMN chart text NOT NULL DEFAULT 'timeline' CHECK (chart IN ('timeline', 'map', 'industries', 'topics'));
CREATE INDEX saved_views_updated ON saved_views (updated_at DESC, id);

-- Down Migration
DROP INDEX saved_views_updated;
ALTER TABLE saved_views DROP COLUMN chart;
