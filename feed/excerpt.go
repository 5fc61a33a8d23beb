package feed

import (
	"strings"

	"sitefeed/plain"
)

// excerptRunes is the length of a summary made from content, in runes.
const excerptRunes = 300

// excerpt returns the start of the text of an HTML fragment (the one
// HTML-to-text walker, plain.FromHTML), cut at a word boundary to at most
// max runes plus "…". Only RSS descriptions of items without a summary
// need it; it is off the paths a backfill or a refresh measures.
func excerpt(fragment string, max int) string {
	return cutWords(plain.FromHTMLPrefix(fragment, max+1), max)
}

// cutWords shortens s to at most max runes (max >= 0), at the last space
// when there is one, and marks the cut with "…".
func cutWords(s string, max int) string {
	if len(s) <= max {
		return s
	}
	n := 0
	for i := range s {
		if n == max {
			head := s[:i]
			if sp := strings.LastIndexByte(head, ' '); sp > 0 {
				head = head[:sp]
			}
			return strings.TrimRight(head, " ,.;:—-") + "…"
		}
		n++
	}
	return s
}
