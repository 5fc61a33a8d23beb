package sanitize

import (
	"strings"

	"sitefeed/canon"
	"sitefeed/plain"

	"golang.org/x/net/html"
)

// lazySrc and lazySrcset name where lazy-loading scripts keep the real
// image, in order of preference.
var (
	lazySrc    = []string{"data-src", "data-original", "data-lazy-src"}
	lazySrcset = []string{"data-srcset", "data-lazy-srcset"}
)

// attr returns the first value of the attribute key of n.
func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// anchor keeps an absolute http(s) or mailto href, a title and the safe
// rel; it reports false (unwrap the link) when there is no usable href.
func (w *walker) anchor(n *html.Node) bool {
	href, _ := attr(n, "href")
	title, _ := attr(n, "title")
	n.Attr = nil
	u, ok := w.link(href)
	if !ok {
		return false
	}
	n.Attr = append(n.Attr, html.Attribute{Key: "href", Val: u})
	if t := plain.FoldBlanks(title); t != "" {
		n.Attr = append(n.Attr, html.Attribute{Key: "title", Val: t})
	}
	n.Attr = append(n.Attr, html.Attribute{Key: "rel", Val: linkRel})
	return true
}

func (w *walker) link(href string) (string, bool) {
	return canon.Link(href, w.base, w.rules)
}

// image rewrites an <img> to absolute src and srcset (taking lazy-loading
// attributes when src is missing or a placeholder) and keeps alt, title,
// width and height. It reports false when the image has no usable source.
func (w *walker) image(n *html.Node) bool {
	src, _ := attr(n, "src")
	if isPlaceholder(src) {
		src = firstReal(n, lazySrc)
	}
	srcset, _ := attr(n, "srcset")
	if strings.TrimSpace(srcset) == "" {
		srcset = firstReal(n, lazySrcset)
	}
	srcset = w.srcset(srcset)
	abs := ""
	if src != "" {
		abs, _ = canon.Absolute(src, w.base, w.rules)
	}
	if abs == "" && srcset != "" {
		abs, _, _ = strings.Cut(srcset, " ")
	}
	if abs == "" {
		return false
	}
	out := []html.Attribute{{Key: "src", Val: abs}}
	if srcset != "" {
		out = append(out, html.Attribute{Key: "srcset", Val: srcset})
	}
	if alt, ok := attr(n, "alt"); ok {
		out = append(out, html.Attribute{Key: "alt", Val: plain.FoldBlanks(alt)})
	}
	if t, _ := attr(n, "title"); plain.FoldBlanks(t) != "" {
		out = append(out, html.Attribute{Key: "title", Val: plain.FoldBlanks(t)})
	}
	n.Attr = append(out, keepAttrs(n.Attr, isInteger, "width", "height")...)
	return true
}

// firstReal returns the first of n's attributes keys that holds a
// non-placeholder value.
func firstReal(n *html.Node, keys []string) string {
	for _, k := range keys {
		if v, _ := attr(n, k); !isPlaceholder(v) {
			return v
		}
	}
	return ""
}

// isPlaceholder reports whether an image source is no real image: empty,
// a data: URI, or a placeholder/blank/spacer/loading/lazy .gif, .png or
// .svg.
func isPlaceholder(src string) bool {
	src = strings.TrimSpace(src)
	if src == "" || (len(src) >= 5 && strings.EqualFold(src[:5], "data:")) {
		return true
	}
	p := strings.ToLower(urlPath(src))
	if !strings.HasSuffix(p, ".gif") && !strings.HasSuffix(p, ".png") && !strings.HasSuffix(p, ".svg") {
		return false
	}
	for _, word := range [...]string{"placeholder", "blank", "spacer", "loading", "lazy"} {
		if strings.Contains(p, word) {
			return true
		}
	}
	return false
}

// urlPath returns the path part of a URL reference, without scheme, host,
// query and fragment.
func urlPath(ref string) string {
	if i := strings.IndexAny(ref, "?#"); i >= 0 {
		ref = ref[:i]
	}
	if i := strings.Index(ref, "//"); i >= 0 {
		ref = ref[i+2:]
		if j := strings.IndexByte(ref, '/'); j >= 0 {
			return ref[j:]
		}
		return ""
	}
	return ref
}

// srcset makes every candidate of a srcset absolute, dropping candidates
// without an http(s) URL and descriptors that are not "<n>w" or "<n>x".
func (w *walker) srcset(v string) string {
	var b strings.Builder
	for v != "" {
		var ref, desc string
		ref, desc, v = nextCandidate(v)
		if ref == "" {
			continue
		}
		abs, err := canon.Absolute(ref, w.base, w.rules)
		if err != nil {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strings.ReplaceAll(abs, ",", "%2C"))
		if validDescriptor(desc) {
			b.WriteByte(' ')
			b.WriteString(desc)
		}
	}
	return b.String()
}

// nextCandidate splits the first image candidate off a srcset value
// (HTML "parse a srcset attribute", without the rarely used parentheses).
func nextCandidate(v string) (ref, desc, rest string) {
	v = strings.TrimLeft(v, " \t\n\r\f,")
	end := strings.IndexAny(v, " \t\n\r\f")
	if end < 0 {
		end = len(v)
	}
	ref, rest = v[:end], v[end:]
	if strings.HasSuffix(ref, ",") {
		return strings.TrimRight(ref, ","), "", rest
	}
	desc, rest, _ = strings.Cut(rest, ",")
	return ref, strings.TrimSpace(desc), rest
}

func validDescriptor(d string) bool {
	if len(d) < 2 || (d[len(d)-1] != 'w' && d[len(d)-1] != 'x') {
		return false
	}
	num, dot := d[:len(d)-1], false
	for i := 0; i < len(num); i++ {
		switch {
		case isDigit(num[i]):
		case num[i] == '.' && !dot && i > 0:
			dot = true
		default:
			return false
		}
	}
	return true
}
