package extract

import (
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"

	"sitefeed/normalize"
)

// maxDateLine is the longest block of text taken as a date line: a date in
// a longer text is something the article mentions, not its date.
const maxDateLine = 60

// firstDateIn is the first date line in n, in document order: a
// <time datetime>, or a short block of text that parses as a date and is
// not the site's "page last updated" line.
func (e *Extractor) firstDateIn(n *html.Node) (time.Time, bool) {
	var found time.Time
	var ok bool
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if ok {
			return
		}
		switch n.Type {
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript":
				return
			case "time":
				if d, dok := e.parseDate(attrOf(n, "datetime")); dok {
					found, ok = d, true
					return
				}
			}
		case html.TextNode:
			if strings.TrimSpace(n.Data) != "" {
				if d, dok := e.dateLine(n); dok {
					found, ok = d, true
					return
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return found, ok
}

// dateLine parses the text of the block holding text node n when that
// block is short and is not an update line.
func (e *Extractor) dateLine(n *html.Node) (time.Time, bool) {
	if _, ok := e.parseDate(n.Data); !ok {
		return time.Time{}, false
	}
	block := n.Parent
	for block != nil && block.Type == html.ElementNode && !isBlock(block.Data) && block.Parent != nil {
		block = block.Parent
	}
	text := n.Data
	if block != nil {
		text = nodeText(block)
	}
	text = strings.TrimSpace(text)
	if utf8.RuneCountInString(text) > maxDateLine || normalize.UpdateLine(text) {
		return time.Time{}, false
	}
	return e.parseDate(text)
}

func (e *Extractor) parseDate(s string) (time.Time, bool) {
	return normalize.ParseDate(s, e.feed.Language, e.feed.Location, e.feed.DateFormats)
}

func isBlock(tag string) bool {
	switch tag {
	case "p", "div", "li", "td", "th", "dd", "dt", "section", "article", "header", "footer",
		"h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "ul", "ol", "main", "aside", "body", "figcaption":
		return true
	}
	return false
}

// dateNearTitle looks for a date line beside the article's title: in the
// title itself, the element just before it, and the elements after it up
// to the first long text (where the body starts). It never reads the body,
// whose dates are things the article mentions.
func (e *Extractor) dateNearTitle(title *html.Node) (time.Time, bool) {
	if d, ok := e.firstDateIn(title); ok && utf8.RuneCountInString(nodeText(title)) <= maxDateLine {
		return d, true
	}
	if prev := prevElement(title); prev != nil && utf8.RuneCountInString(strings.TrimSpace(nodeText(prev))) <= maxDateLine {
		if d, ok := e.firstDateIn(prev); ok {
			return d, true
		}
	}
	for n := title.NextSibling; n != nil; n = n.NextSibling {
		if n.Type != html.ElementNode && n.Type != html.TextNode {
			continue
		}
		if d, ok := e.firstDateIn(n); ok {
			return d, true
		}
		if utf8.RuneCountInString(strings.TrimSpace(nodeText(n))) > maxDateLine {
			break // the body starts here
		}
	}
	return time.Time{}, false
}

func prevElement(n *html.Node) *html.Node {
	for p := n.PrevSibling; p != nil; p = p.PrevSibling {
		if p.Type == html.ElementNode {
			return p
		}
	}
	return nil
}
