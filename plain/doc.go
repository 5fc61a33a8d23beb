// Package plain turns scraped strings into plain text that is valid in
// XML: blanks folded, C0 controls stripped, HTML tags and entities turned
// into text, cut at a rune boundary. Titles and summaries go through it.
//
// It is pure and allocation-conscious: the fast paths are checked against
// straightforward implementations by differential fuzz tests.
package plain
