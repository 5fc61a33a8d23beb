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
// collapsed, cut at a word boundary to at most max runes plus "…".
//
// It scans the string directly instead of running html.Tokenizer (whose
// buffers and per-token strings cost 40% of RSS rendering), and stops once
// it has enough text. It splits text from markup exactly as the HTML5
// tokenizer does: a '<' not followed by a letter, '/', '!' or '?' is text,
// quoted attribute values may hold '>', script and style content is
// skipped, the other raw-text elements (title, textarea, iframe, noscript,
// …) keep their content as text, and input ending inside a tag ends the
// text. The tests hold the tokenizer version as an oracle.
func excerpt(fragment string, max int) string {
	// max+2 collapsed runes are enough to know whether the trimmed text
	// is longer than max: white space never comes twice in a row.
	w := sink{need: max + 2, space: true}
	w.b.Grow(2*max + 8)
	for i := 0; i < len(fragment) && !w.full(); {
		j := nextMarkup(fragment, i)
		w.text(fragment[i:j], htmlText)
		if j == len(fragment) || w.full() {
			break
		}
		if i = w.markup(fragment, j); i < 0 {
			break
		}
	}
	return cutWords(strings.TrimSpace(w.b.String()), max)
}

// textKind says how the tokenizer decodes a run of text.
type textKind int

const (
	htmlText   textKind = iota // entities decoded, NUL kept
	rcdataText                 // title, textarea: entities decoded, NUL replaced
	rawText                    // iframe, noscript, …: verbatim, NUL replaced
)

// sink collects collapsed text: at most need runes of text, and block
// separators, which do not count.
type sink struct {
	b     strings.Builder
	space bool // b is empty or ends with a space
	n     int  // runes of text written
	need  int
}

func (w *sink) full() bool { return w.n >= w.need }

// block separates words around a block element.
func (w *sink) block() {
	if !w.space {
		w.b.WriteByte(' ')
		w.space = true
	}
}

// text appends s, decoded as kind says, with runs of white space turned
// into one space, until the sink is full. Plain characters (ASCII and
// two-byte UTF-8 other than U+0085 and U+00A0) are copied in runs.
func (w *sink) text(s string, kind textKind) {
	run := 0 // start of the run of plain characters before i
	i := 0
	for i < len(s) && w.n < w.need {
		c := s[i]
		if size := plainSize(s, i, kind); size > 0 {
			i += size
			w.n++
			w.space = false
			continue
		}
		w.b.WriteString(s[run:i])
		switch {
		case c == '&':
			i = w.entity(s, i)
		case c == 0:
			w.rune(utf8.RuneError)
			i++
		case c < utf8.RuneSelf:
			w.ascii(c)
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			w.rune(r)
			i += size
		}
		run = i
	}
	w.b.WriteString(s[run:i])
}

// plainSize returns the length of the character at s[i] if it is copied as
// it is (not white space, not an entity, not a NUL to replace, valid
// one- or two-byte UTF-8), or 0.
func plainSize(s string, i int, kind textKind) int {
	switch c := s[i]; {
	case c >= utf8.RuneSelf:
		if c < 0xc2 || c > 0xdf || i+1 >= len(s) {
			return 0
		}
		if d := s[i+1]; d < 0x80 || d > 0xbf || c == 0xc2 && (d == 0x85 || d == 0xa0) {
			return 0
		}
		return 2
	case c > ' ' && c != '&':
		return 1
	case c == '&':
		if kind == rawText {
			return 1
		}
	case c == 0:
		if kind == htmlText {
			return 1
		}
	case c != ' ' && (c < '\t' || c > '\r'):
		return 1
	}
	return 0
}

// ascii appends one ASCII character, collapsing white space.
func (w *sink) ascii(c byte) {
	switch c {
	case ' ', '\t', '\n', '\v', '\f', '\r':
		if w.space {
			return
		}
		c, w.space = ' ', true
	default:
		w.space = false
	}
	w.b.WriteByte(c)
	w.n++
}

// rune appends one character, collapsing white space, unless the sink is
// full.
func (w *sink) rune(r rune) {
	if w.n >= w.need {
		return
	}
	if r < utf8.RuneSelf {
		w.ascii(byte(r))
		return
	}
	if unicode.IsSpace(r) {
		if w.space {
			return
		}
		w.b.WriteByte(' ')
		w.space = true
	} else {
		w.b.WriteRune(r)
		w.space = false
	}
	w.n++
}

// entity appends the character reference at s[i] (an '&') and returns the
// index after it. The reference spans '&', an optional '#', letters and
// digits and an optional ';': everything html's unescaping looks at, so
// decoding it alone gives what decoding the whole text gives.
func (w *sink) entity(s string, i int) int {
	j := i + 1
	if j < len(s) && s[j] == '#' {
		j++
	}
	for j < len(s) && isAlnum(s[j]) {
		j++
	}
	if j < len(s) && s[j] == ';' {
		j++
	}
	ref := s[i:j]
	if r := commonEntity(ref); r != 0 {
		w.rune(r)
		return j
	}
	for _, r := range html.UnescapeString(ref) {
		w.rune(r)
	}
	return j
}

// commonEntity decodes, without allocating, the references sanitised
// content is made of (bluemonday escapes &, <, >, ' and ").
func commonEntity(ref string) rune {
	switch ref {
	case "&amp;":
		return '&'
	case "&lt;":
		return '<'
	case "&gt;":
		return '>'
	case "&quot;", "&#34;":
		return '"'
	case "&#39;", "&apos;":
		return '\''
	case "&nbsp;":
		return '\u00a0'
	}
	return 0
}

// markup skips the tag, comment or declaration at s[i] (a '<' that
// nextMarkup found), recording block separators and the text of raw-text
// elements; it returns the index after it, or -1 when the input ends
// inside a tag.
func (w *sink) markup(s string, i int) int {
	switch s[i+1] {
	case '!':
		if strings.HasPrefix(s[i+2:], "--") {
			return commentEnd(s, i+4)
		}
		return closeAngle(s, i+2)
	case '?':
		return closeAngle(s, i+2)
	case '/':
		switch c := s[i+2]; {
		case c == '>':
			return i + 3
		case !isLetter(c):
			return closeAngle(s, i+2)
		}
		end, nameEnd, ok := scanTag(s, i+2)
		if !ok {
			return -1
		}
		if isBlock(lowerTag(s[i+2 : nameEnd])) {
			w.block()
		}
		return end
	}
	end, nameEnd, ok := scanTag(s, i+1)
	if !ok {
		return -1
	}
	name := lowerTag(s[i+1 : nameEnd])
	if isBlock(name) {
		w.block()
	}
	return w.rawElement(s, end, name)
}

// rawElement handles the content of a raw-text element that starts at
// s[i] and returns where its end tag starts; for other elements it
// returns i.
func (w *sink) rawElement(s string, i int, name string) int {
	switch name {
	case "script":
		return scriptEnd(s, i)
	case "style":
		return rawEnd(s, i, name)
	case "title", "textarea":
		j := rawEnd(s, i, name)
		w.text(s[i:j], rcdataText)
		return j
	case "iframe", "noembed", "noframes", "noscript", "xmp":
		j := rawEnd(s, i, name)
		w.text(s[i:j], rawText)
		return j
	case "plaintext":
		w.text(s[i:], rawText)
		return len(s)
	}
	return i
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

// cutWords shortens s to at most max runes (max >= 0), at the last space
// when there is one, and marks the cut with "…".
func cutWords(s string, max int) string {
	if len(s) <= max {
		return s
	}
	n := 0
	for i := range s {
		if n == max {
			head := s[:i]
			if sp := strings.LastIndexByte(head, ' '); sp > 0 {
				head = head[:sp]
			}
			return strings.TrimRight(head, " ,.;:—-") + "…"
		}
		n++
	}
	return s
}
