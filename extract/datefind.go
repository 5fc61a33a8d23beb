package extract

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"sitefeed/dates"

	"golang.org/x/net/html"
)

// maxDateLine is the longest block of text taken as a date line: a date in
// a longer text is something the article mentions, not its date.
const maxDateLine = 60

// firstDateIn is the first date line in n, in document order: a
// <time datetime>, or a short element (or text) that parses as a date and
// is not the site's "page last updated" line. Short elements are read
// whole, so a date split over spans ("<b>27</b> <i>noyabr</i> 2023") is
// found too.
func (e *Extractor) firstDateIn(n *html.Node) (time.Time, bool) {
	switch n.Type {
	case html.TextNode:
		return e.dateLine(n)
	case html.ElementNode:
		switch n.Data {
		case "script", "style", "noscript", "template", "h1", "h2", "h3", "h4", "h5", "h6":
			return time.Time{}, false // a heading is a title, which may name a deadline
		case "time":
			if d, ok := e.parseDate(attrOf(n, "datetime")); ok {
				return d, true
			}
		}
		if text := strings.TrimSpace(nodeText(n)); text != "" && dateLike(text) {
			if d, ok := e.parseDate(text); ok && !inUpdateLine(n, text) {
				return d, true
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if d, ok := e.firstDateIn(c); ok {
			return d, true
		}
	}
	return time.Time{}, false
}

// dateLine parses a text node whose enclosing block is short and is not
// an update line.
func (e *Extractor) dateLine(n *html.Node) (time.Time, bool) {
	if strings.TrimSpace(n.Data) == "" {
		return time.Time{}, false
	}
	if _, ok := e.parseDate(n.Data); !ok {
		return time.Time{}, false
	}
	text := strings.TrimSpace(n.Data)
	if !dateLike(text) || !dateLike(blockText(n)) || inUpdateLine(n, text) {
		return time.Time{}, false
	}
	return e.parseDate(text)
}

// dateLike reports text that is a date line rather than a sentence that
// mentions a date: short, or mostly digits and punctuation.
// "27 noyabr 2023, 14:30" and "Published: 05.02.2026" are; "Applications
// accepted until 31 December 2024" is not.
func dateLike(text string) bool {
	n := utf8.RuneCountInString(text)
	if n <= shortDateLine {
		return true
	}
	if n > maxDateLine {
		return false
	}
	if dates.OtherWords(text) <= 2 {
		return true // "Dərc olunub: 4 fevral 2026, 09:40"
	}
	letters := 0
	for _, r := range text {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters*2 <= n
}

// shortDateLine is the length up to which any text holding a date is
// taken as a date line.
const shortDateLine = 32

// blockText is the text of the block element holding n.
func blockText(n *html.Node) string {
	block := n.Parent
	for block != nil && block.Type == html.ElementNode && !isBlock(block.Data) && block.Parent != nil {
		block = block.Parent
	}
	if block == nil {
		return n.Data
	}
	return strings.TrimSpace(boundedText(block, textBound))
}

// textBound caps the text read from a block to judge a date line: more
// than this is a long block whatever the rest holds (and reading a whole
// article for every date would be slow).
const textBound = 8 * maxDateLine

// inUpdateLine reports text in the site-wide "page last updated" line:
// the text itself, or the block around it, names it.
func inUpdateLine(n *html.Node, text string) bool {
	return dates.UpdateLine(text) || dates.UpdateLine(blockText(n))
}

func (e *Extractor) parseDate(s string) (time.Time, bool) {
	if d, ok := dates.Parse(s, e.feed.Language, e.feed.Location, e.feed.DateFormats); ok {
		return d, true
	}
	if e.now != nil { // "Bu gün, 14:30", "Вчера": relative to when the page is read
		return dates.Relative(s, e.feed.Location, e.now())
	}
	return time.Time{}, false
}

func isBlock(tag string) bool {
	switch tag {
	case "p", "div", "li", "td", "th", "dd", "dt", "section", "article", "header", "footer",
		"h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "ul", "ol", "main", "aside", "body", "figcaption":
		return true
	}
	return false
}
