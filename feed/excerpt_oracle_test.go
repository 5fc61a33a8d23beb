package feed

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// excerptTokenizer is the html.Tokenizer implementation excerpt replaced,
// kept as the oracle of the differential tests: it is slow (a 4 KB buffer
// per call and a string per token) but obviously tokenizes like the HTML5
// spec. It keeps its own copy of cutWords too.
//
// One deliberate change from the replaced code: at the end of the input it
// returned the trimmed text without cutWords, so a text of exactly max+1
// runes came out uncut, one rune over max. Both versions now cut it.
func excerptTokenizer(fragment string, max int) string {
	var b strings.Builder
	b.Grow(2*max + 8)
	z := html.NewTokenizer(strings.NewReader(fragment))
	skip := 0 // depth inside script/style
	runes := 0
	need := max + 2
	for runes < need {
		switch z.Next() {
		case html.ErrorToken:
			return oracleCutWords(strings.TrimSpace(b.String()), max)
		case html.StartTagToken, html.SelfClosingTagToken:
			name := oracleTagName(z)
			if name == "script" || name == "style" {
				skip++
			}
			if isBlock(name) {
				appendCollapsed(&b, " ", 1)
			}
		case html.EndTagToken:
			name := oracleTagName(z)
			if (name == "script" || name == "style") && skip > 0 {
				skip--
			}
			if isBlock(name) {
				appendCollapsed(&b, " ", 1)
			}
		case html.TextToken:
			if skip == 0 {
				runes += appendCollapsed(&b, string(z.Text()), need-runes)
			}
		}
	}
	return oracleCutWords(strings.TrimSpace(b.String()), max)
}

func oracleTagName(z *html.Tokenizer) string {
	name, _ := z.TagName()
	return string(name)
}

// appendCollapsed appends at most limit runes of text to b, with runs of
// white space turned into one space and no leading space in b; it returns
// the runes written.
func appendCollapsed(b *strings.Builder, text string, limit int) int {
	n := 0
	space := b.Len() == 0 || strings.HasSuffix(b.String(), " ")
	for _, r := range text {
		if n >= limit {
			break
		}
		if unicode.IsSpace(r) {
			if space {
				continue
			}
			r, space = ' ', true
		} else {
			space = false
		}
		b.WriteRune(r)
		n++
	}
	return n
}

// oracleCutWords shortens s to at most max runes, at the last space when
// there is one, and marks the cut with "…".
func oracleCutWords(s string, max int) string {
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	cut := 0
	for i := range s {
		if max == 0 {
			cut = i
			break
		}
		max--
	}
	head := s[:cut]
	if sp := strings.LastIndexByte(head, ' '); sp > 0 {
		head = head[:sp]
	}
	return strings.TrimRight(head, " ,.;:—-") + "…"
}
