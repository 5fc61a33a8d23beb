package sanitize

import (
	"net/url"
	"strings"
	"unicode"

	"sitefeed/canon"
	"sitefeed/plain"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// allowed lists the elements kept by the sanitiser.
var allowed = map[atom.Atom]bool{
	atom.P: true, atom.Br: true, atom.A: true, atom.Img: true, atom.Div: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Strong: true, atom.Em: true, atom.B: true, atom.I: true, atom.U: true,
	atom.Table: true, atom.Caption: true, atom.Thead: true, atom.Tbody: true, atom.Tfoot: true,
	atom.Tr: true, atom.Th: true, atom.Td: true, atom.Colgroup: true, atom.Col: true,
	atom.Figure: true, atom.Figcaption: true, atom.Pre: true, atom.Code: true, atom.Hr: true,
	atom.Sub: true, atom.Sup: true,
}

func allowedElementNames() []string {
	names := make([]string, 0, len(allowed))
	for a := range allowed {
		names = append(names, a.String())
	}
	return names
}

// dropped elements go with everything inside them.
var dropped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Iframe: true, atom.Frame: true,
	atom.Frameset: true, atom.Object: true, atom.Embed: true, atom.Applet: true,
	atom.Form: true, atom.Input: true, atom.Button: true, atom.Select: true,
	atom.Textarea: true, atom.Option: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Canvas: true, atom.Head: true,
	atom.Title: true, atom.Meta: true, atom.Link: true, atom.Base: true,
	atom.Audio: true, atom.Video: true, atom.Source: true, atom.Track: true,
	atom.Map: true, atom.Area: true, atom.Param: true, atom.Dialog: true,
}

// blankable elements are removed when they hold nothing visible.
var blankable = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Strong: true, atom.Em: true,
	atom.B: true, atom.I: true, atom.U: true, atom.Sub: true, atom.Sup: true,
	atom.A: true, atom.Code: true,
}

// walker cleans a parsed fragment in place.
type walker struct {
	base  *url.URL
	rules canon.Rules
	pre   int // depth inside <pre>
}

// children cleans the children of n; a child may be removed or replaced
// by its own (already cleaned) children.
func (w *walker) children(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		w.node(c)
		c = next
	}
	w.mergeBlanks(n)
}

func (w *walker) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		n.Data = w.text(n.Data)
		if n.Data == "" {
			n.Parent.RemoveChild(n)
		}
	case html.ElementNode:
		w.element(n)
	default: // comments, doctypes
		n.Parent.RemoveChild(n)
	}
}

func (w *walker) element(n *html.Node) {
	a := n.DataAtom
	if dropped[a] || n.Namespace != "" {
		n.Parent.RemoveChild(n)
		return
	}
	if a == atom.Pre {
		w.pre++
	}
	w.children(n)
	if a == atom.Pre {
		w.pre--
	}
	keep := allowed[a]
	switch a {
	case atom.A:
		keep = w.anchor(n)
	case atom.Img:
		if !w.image(n) {
			n.Parent.RemoveChild(n)
			return
		}
	case atom.Td, atom.Th:
		n.Attr = keepAttrs(n.Attr, isInteger, "colspan", "rowspan")
	default:
		n.Attr = nil
	}
	switch {
	case !keep:
		unwrap(n)
	case blankable[a] && isBlank(n):
		n.Parent.RemoveChild(n)
	}
}

// text strips controls and, outside <pre>, folds every blank run into one
// blank: a lone NBSP between words stays, anything else becomes a space,
// except that a text of blanks only with a newline (between blocks) becomes
// a newline.
func (w *walker) text(s string) string {
	s = plain.StripControls(s)
	if w.pre > 0 || foldedBlanks(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	run, newline, nbsp := 0, false, false
	flush := func(last bool) {
		switch {
		case run == 0:
		case newline && b.Len() == 0 && last:
			b.WriteByte('\n')
		case run == 1 && nbsp:
			b.WriteRune('\u00a0')
		default:
			b.WriteByte(' ')
		}
		run, newline, nbsp = 0, false, false
	}
	for _, r := range s {
		if unicode.IsSpace(r) {
			run++
			newline = newline || r == '\n'
			nbsp = r == '\u00a0'
			continue
		}
		flush(false)
		b.WriteRune(r)
	}
	flush(true)
	return b.String()
}

// foldedBlanks reports whether text has nothing for walker.text to fold:
// its only blanks are single ASCII spaces.
func foldedBlanks(s string) bool {
	prevSpace := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
			continue
		case c < ' ', c == 0xc2, c >= 0xe1 && c <= 0xe3: // other blanks: ASCII, U+0085/U+00A0, U+1680..U+3000
			return false
		}
		prevSpace = false
	}
	return true
}

// mergeBlanks joins adjacent text children of n so that no two blanks
// follow each other (removing elements can leave " " next to " ").
func (w *walker) mergeBlanks(n *html.Node) {
	if w.pre > 0 {
		return
	}
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.TextNode && next != nil && next.Type == html.TextNode {
			if endsBlank(c.Data) && startsBlank(next.Data) {
				c.Data = strings.TrimRight(c.Data, " \n") + blankJoin(c.Data, next.Data) + strings.TrimLeft(next.Data, " \n")
			} else {
				c.Data += next.Data
			}
			n.RemoveChild(next)
			continue
		}
		c = next
	}
}

func endsBlank(s string) bool   { return strings.HasSuffix(s, " ") || strings.HasSuffix(s, "\n") }
func startsBlank(s string) bool { return strings.HasPrefix(s, " ") || strings.HasPrefix(s, "\n") }

// blankJoin is the one blank that replaces the blanks where a and b meet.
func blankJoin(a, b string) string {
	if strings.HasSuffix(a, "\n") || strings.HasPrefix(b, "\n") {
		return "\n"
	}
	return " "
}

// unwrap replaces n by its children.
func unwrap(n *html.Node) {
	p := n.Parent
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		n.RemoveChild(c)
		p.InsertBefore(c, n)
		c = next
	}
	p.RemoveChild(n)
}

// isBlank reports whether n shows nothing: only blanks, <br> and blank
// inline elements.
func isBlank(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if strings.TrimFunc(c.Data, isBlankRune) != "" {
				return false
			}
		case html.ElementNode:
			if c.DataAtom != atom.Br && !(blankable[c.DataAtom] && isBlank(c)) {
				return false
			}
		}
	}
	return true
}

func isBlankRune(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

func keepAttrs(attrs []html.Attribute, valid func(string) bool, keys ...string) []html.Attribute {
	out := attrs[:0]
	for _, at := range attrs {
		for _, k := range keys {
			if at.Namespace == "" && at.Key == k && valid(at.Val) {
				out = append(out, html.Attribute{Key: k, Val: at.Val})
				break
			}
		}
	}
	return out
}

func isInteger(s string) bool {
	if s == "" || len(s) > 6 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
