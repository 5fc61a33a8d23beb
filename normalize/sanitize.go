package normalize

import (
	"bytes"
	"net/url"
	"regexp"
	"slices"
	"strings"

	"github.com/microcosm-cc/bluemonday"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// linkRel is the rel every kept link gets.
const linkRel = "nofollow noopener noreferrer"

// Sanitizer cleans article HTML for feeds. Build it once with NewSanitizer;
// it is safe for concurrent use.
type Sanitizer struct {
	hosts  []string
	policy *bluemonday.Policy
}

// NewSanitizer returns a Sanitizer whose URLs on hosts are canonicalised
// like CanonicalURL does (hosts[0] canonical).
func NewSanitizer(hosts []string) *Sanitizer {
	return &Sanitizer{hosts: slices.Clone(hosts), policy: newPolicy()}
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
	w := walker{base: base, hosts: s.hosts}
	w.children(root)
	var buf bytes.Buffer
	buf.Grow(len(fragment))
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
