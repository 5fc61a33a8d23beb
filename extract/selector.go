package extract

import (
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"

	"sitefeed/config"
	"sitefeed/plain"
)

// field is a compiled field selector: alternatives tried in order.
type field struct {
	src  string
	alts []alt
}

type alt struct {
	m    goquery.Matcher // nil: the context element itself
	attr string
}

// compile compiles a selector validated by config; an invalid one (which
// config rejects) compiles to a field that matches nothing.
func compile(sel string) field {
	f := field{src: sel}
	for _, s := range config.ParseSelector(sel) {
		a := alt{attr: s.Attr}
		if s.CSS != "" {
			g, err := cascadia.Compile(s.CSS)
			if err != nil {
				continue
			}
			a.m = g
		}
		f.alts = append(f.alts, a)
	}
	return f
}

// compileUnion compiles selectors whose matches are all removed (such as
// article.remove) into one selector group: one walk over the page instead
// of one per selector. Attributes are ignored. A selector that depends on
// the page's structure or text (siblings, pseudo-classes such as
// :first-child, :empty or :contains) may match differently once an earlier
// one has removed something, so with one of those the selectors stay apart
// and run one after another, in order, as they always did.
func compileUnion(sels []string) field {
	var css []string
	for _, sel := range sels {
		for _, s := range config.ParseSelector(sel) {
			if s.CSS != "" {
				css = append(css, s.CSS)
			}
		}
	}
	if len(css) == 0 {
		return field{}
	}
	src := strings.Join(css, ", ")
	apart := func() field {
		f := field{src: src}
		for _, c := range css {
			f.alts = append(f.alts, compile(c).alts...)
		}
		return f
	}
	if strings.ContainsAny(src, "+~:") {
		return apart()
	}
	g, err := cascadia.Compile(src)
	if err != nil { // config validated each one; keep them apart if they do not join
		return apart()
	}
	return field{src: src, alts: []alt{{m: g}}}
}

func (f field) empty() bool { return len(f.alts) == 0 }

// find returns every element the first productive alternative matches.
func (f field) find(ctx *goquery.Selection) *goquery.Selection {
	for _, a := range f.alts {
		s := a.sel(ctx)
		if s.Length() > 0 {
			return s
		}
	}
	return ctx.FindNodes()
}

func (a alt) sel(ctx *goquery.Selection) *goquery.Selection {
	if a.m == nil {
		return ctx
	}
	return ctx.FindMatcher(a.m)
}

// value returns the first non-empty value (an attribute, or text) that
// the alternatives yield within ctx, and whether any element matched.
func (f field) value(ctx *goquery.Selection) (string, bool) {
	matched := false
	for _, a := range f.alts {
		s := a.sel(ctx)
		if s.Length() > 0 {
			matched = true
		}
		for _, n := range s.Nodes {
			if v := nodeValue(n, a.attr); v != "" {
				return v, true
			}
		}
	}
	return "", matched
}

// nodeValue is an attribute's value, or, without attr, the node's text; for
// an <a> or <img> asked for text and having none, its href/src is no text.
func nodeValue(n *html.Node, attr string) string {
	if attr != "" {
		for _, a := range n.Attr {
			if strings.EqualFold(a.Key, attr) {
				return strings.TrimSpace(a.Val)
			}
		}
		return ""
	}
	return strings.TrimSpace(nodeText(n))
}

// nodeText is the text content of n, with block boundaries as spaces.
func nodeText(n *html.Node) string { return plain.NodeText(n, -1) }

// boundedText is nodeText that stops after about limit bytes.
func boundedText(n *html.Node, limit int) string { return plain.NodeText(n, limit) }

func attrOf(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return strings.TrimSpace(a.Val)
		}
	}
	return ""
}
