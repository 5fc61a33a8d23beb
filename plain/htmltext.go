package plain

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// FromHTML returns the plain text of an HTML fragment, for summaries:
// text of every element but script, style and the like, blanks where block
// elements end, then the Text rules for blanks and controls (entities
// are decoded once, as a browser would).
func FromHTML(fragment string) string { return FromHTMLPrefix(fragment, -1) }

// FromHTMLPrefix is FromHTML that may stop once it has more than limit
// runes of text (limit < 0: no limit): an excerpt needs the start only.
func FromHTMLPrefix(fragment string, limit int) string {
	z := html.NewTokenizer(strings.NewReader(fragment))
	var b strings.Builder
	skip := 0
	check := 4 * (limit + 1) // bytes of raw text before counting the folded runes
	for {
		switch z.Next() {
		case html.ErrorToken:
			return FoldBlanks(b.String())
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
				if limit >= 0 && b.Len() >= check {
					if t := FoldBlanks(b.String()); utf8.RuneCountInString(t) > limit {
						return t
					}
					check *= 2
				}
			}
		case html.StartTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if skippedText[a] {
				skip++
			}
			if blockElements[a] {
				b.WriteByte(' ')
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if skippedText[a] && skip > 0 {
				skip--
			}
			if blockElements[a] {
				b.WriteByte(' ')
			}
		case html.SelfClosingTagToken:
			name, _ := z.TagName()
			if blockElements[atom.Lookup(name)] {
				b.WriteByte(' ')
			}
		}
	}
}

// skippedText are elements whose content is not text a reader sees.
var skippedText = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Object: true, atom.Svg: true, atom.Math: true,
	atom.Textarea: true, atom.Select: true, atom.Title: true, atom.Head: true,
}

// blockElements break words: their start and end become a blank.
var blockElements = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Br: true, atom.Caption: true, atom.Dd: true, atom.Div: true, atom.Dl: true,
	atom.Dt: true, atom.Figcaption: true, atom.Figure: true, atom.Footer: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.Header: true, atom.Hr: true, atom.Img: true, atom.Li: true,
	atom.Main: true, atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true,
	atom.Section: true, atom.Table: true, atom.Td: true, atom.Th: true, atom.Tr: true,
	atom.Ul: true,
}

// NodeText is the text of a parsed tree: text of every element but
// script, style and the like, a blank where block elements start and end,
// stopping after about limit bytes (limit < 0: no limit). Blanks are not
// folded: callers that need plain text pass it to Text.
func NodeText(root *html.Node, limit int) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if limit >= 0 && b.Len() > limit {
			return
		}
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			if skippedText[n.DataAtom] {
				return
			}
			if blockElements[n.DataAtom] {
				b.WriteByte(' ')
				defer b.WriteByte(' ')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return b.String()
}
