package sanitize

import (
	"bytes"
	"net/url"
	"regexp"
	"strings"

	"sitefeed/canon"
	"sitefeed/plain"

	"github.com/microcosm-cc/bluemonday"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// linkRel is the rel every kept link gets.
const linkRel = "nofollow noopener noreferrer"

// Sanitizer cleans article HTML for feeds. Build it once with New;
// it is safe for concurrent use.
type Sanitizer struct {
	rules  canon.Rules
	policy *bluemonday.Policy
}

// New returns a Sanitizer whose URLs on hosts are canonicalised
// like CanonicalURL does (hosts[0] canonical).
func New(rules canon.Rules) *Sanitizer {
	return &Sanitizer{rules: rules, policy: newPolicy()}
}

// newPolicy is the last line of defence, after the tree clean-up: a
// bluemonday policy shaped like UGCPolicy but tighter (no class, id, style,
// lang or dir, no details, area, map or span) that only lets through what
// the tree clean-up produces.
func newPolicy() *bluemonday.Policy {
	p := bluemonday.NewPolicy()
	p.AllowElements(allowedElementNames()...)
	p.AllowAttrs("href").OnElements("a")
	p.AllowAttrs("rel").Matching(regexp.MustCompile(`^` + linkRel + `$`)).OnElements("a")
	p.AllowAttrs("title").OnElements("a", "img")
	p.AllowAttrs("src", "srcset", "alt").OnElements("img")
	p.AllowAttrs("width", "height").Matching(bluemonday.Integer).OnElements("img")
	p.AllowAttrs("colspan", "rowspan").Matching(bluemonday.Integer).OnElements("td", "th")
	p.AllowURLSchemes("http", "https", "mailto")
	p.RequireParseableURLs(true)
	p.AllowRelativeURLs(false)
	p.RequireNoFollowOnLinks(true)
	p.RequireNoReferrerOnLinks(true)
	return p
}

// HTML takes an HTML fragment and the URL it came from (the caller has
// already applied any <base href>) and returns safe, self-contained HTML:
//
//   - only the allowed elements (paragraphs, line breaks, links, images,
//     headings, lists, quotes, emphasis, tables, figures, pre/code, rules,
//     sub/sup, div); script, style, iframe, object, embed, forms and their
//     controls are dropped with their content, other elements are
//     unwrapped;
//   - no class, id, style or event-handler attribute; links keep href and
//     title and get rel="nofollow noopener noreferrer"; images keep src,
//     srcset, alt, title, width, height;
//   - every href, src and srcset candidate absolute and ASCII (AbsoluteURL),
//     only http, https and mailto; lazy images get their real source from
//     data-src, data-original or data-lazy-src (and data-srcset); images
//     with no usable http(s) source (data: URIs, placeholders) are dropped;
//   - control characters stripped, blank runs folded, paragraphs holding
//     only blanks, &nbsp; or <br> removed, and the result trimmed.
func (s *Sanitizer) HTML(fragment string, base *url.URL) string {
	nodes, err := html.ParseFragment(strings.NewReader(fragment), bodyNode())
	if err != nil { // only reader errors, impossible for a strings.Reader
		return ""
	}
	root := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	return s.clean(root, base, len(fragment))
}

// Node is HTML for the children of an already parsed element, which it
// takes over (they are moved out of n and rewritten): the extractor's page
// is parsed once, not rendered and parsed again. It also returns the
// cleaned content's plain text, at most textLimit runes (for summaries).
func (s *Sanitizer) Node(n *html.Node, base *url.URL, textLimit int) (string, string) {
	root := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	for c := n.FirstChild; c != nil; c = n.FirstChild {
		n.RemoveChild(c)
		root.AppendChild(c)
	}
	w := walker{base: base, rules: s.rules}
	w.children(root)
	text := plain.Truncate(plain.Text(treeText(root, 4*textLimit)), textLimit)
	return s.render(root, 4096), text
}

// clean runs the tree clean-up and renders the result.
func (s *Sanitizer) clean(root *html.Node, base *url.URL, sizeHint int) string {
	w := walker{base: base, rules: s.rules}
	w.children(root)
	return s.render(root, sizeHint)
}

// render writes the cleaned tree and passes it through the policy.
func (s *Sanitizer) render(root *html.Node, sizeHint int) string {
	var buf bytes.Buffer
	buf.Grow(sizeHint)
	for c := root.FirstChild; c != nil; c = c.NextSibling {
		if err := html.Render(&buf, c); err != nil {
			return ""
		}
	}
	var out strings.Builder
	out.Grow(buf.Len())
	if err := s.policy.SanitizeReaderToWriter(&buf, &out); err != nil {
		return ""
	}
	return strings.TrimSpace(out.String())
}

// bodyNode is the context fragments are parsed in.
func bodyNode() *html.Node {
	return &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
}

// treeText is the text of a cleaned tree, blocks separated by spaces,
// stopping after about limit bytes.
func treeText(root *html.Node, limit int) string { return plain.NodeText(root, limit) }
