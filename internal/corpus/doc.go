// Package corpus writes a synthetic copy of migration.gov.az, as large as
// a benchmark needs: N news articles and a few press items per language
// (az, en, ru), ten items per list page, with the same markup and the same
// file layout as the hand-written fixtures in testdata/site, so that
// internal/fixturesite serves it and the default config.yaml extracts it
// with its selectors. Generation is deterministic: the same Options give
// the same bytes.
//
// It owns the generated pages only. Serving them is internal/fixturesite's
// job; measuring sitefeed against them is cmd/bench's.
package corpus
