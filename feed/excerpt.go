package feed

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// excerptRunes is the length of a summary made from content, in runes.
const excerptRunes = 300

// excerpt returns the start of the text of an HTML fragment, whitespace
// collapsed, cut at a word boundary to at most max runes plus "…". It stops
// tokenizing once it has enough text, so long content costs little.
func excerpt(fragment string, max int) string {
	var b strings.Builder
	b.Grow(2*max + 8)
	z := html.NewTokenizer(strings.NewReader(fragment))
	skip := 0 // depth inside script/style
	runes := 0
	// max+2 collapsed runes are enough to know whether the trimmed text
	// is longer than max: white space never comes twice in a row.
	need := max + 2
	for runes < need {
		switch z.Next() {
		case html.ErrorToken:
			return strings.TrimSpace(b.String())
		case html.StartTagToken, html.SelfClosingTagToken:
			name := tagName(z)
			if name == "script" || name == "style" {
				skip++
			}
			if isBlock(name) {
				appendCollapsed(&b, " ", 1)
			}
		case html.EndTagToken:
			name := tagName(z)
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
	return cutWords(strings.TrimSpace(b.String()), max)
}

func tagName(z *html.Tokenizer) string {
	name, _ := z.TagName()
	return string(name)
}

// isBlock reports whether an element separates words: its text must not
// run into its neighbour's ("граждан.Приём").
func isBlock(name string) bool {
	switch name {
	case "p", "br", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3",
		"h4", "h5", "h6", "tr", "td", "th", "table", "blockquote", "pre", "hr",
		"section", "article", "header", "footer", "figure", "figcaption":
		return true
	}
	return false
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

// cutWords shortens s to at most max runes, at the last space when there is
// one, and marks the cut with "…".
func cutWords(s string, max int) string {
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
