// Package plain turns scraped strings into plain text that is valid in
// XML: blanks folded, C0 controls stripped, HTML fragments turned into
// their text (FromHTML), cut at a rune boundary. Titles and summaries go
// through it; text already parsed from a page is never decoded twice.
//
// It is pure and allocation-conscious: the fast paths are checked against
// straightforward implementations by differential fuzz tests.
package plain
