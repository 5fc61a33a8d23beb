// Package fixturesite serves an offline copy of migration.gov.az (a
// directory laid out like testdata/site) over HTTP, for end-to-end tests and
// for trying sitefeed by hand without touching the real site.
//
// It owns the URL-to-file mapping of that layout, conditional GET (ETag and
// Last-Modified), an optional in-memory cache of the files (so that a
// benchmark's server costs little CPU) and a log of the requests received.
// It does not own the fixture pages themselves (testdata/site, described in
// its CASES.md), nor any scraping or extraction logic.
package fixturesite
