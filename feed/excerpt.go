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

// nextMarkup returns the index of the first '<' at or after i that opens
// markup (followed by a letter, '!', '?', or '/' and more input), or
// len(s).
func nextMarkup(s string, i int) int {
	for {
		k := strings.IndexByte(s[i:], '<')
		if k < 0 {
			return len(s)
		}
		i += k
		if i+1 < len(s) {
			switch c := s[i+1]; {
			case isLetter(c), c == '!', c == '?', c == '/' && i+2 < len(s):
				return i
			}
		}
		i++
	}
}

// scanTag reads a start or end tag whose name starts at s[p], as the
// tokenizer does: attributes are keys with optional values, quoted values
// may hold '>'. It returns the index after the closing '>', the end of the
// name, and false if the input ends first.
func scanTag(s string, p int) (end, nameEnd int, ok bool) {
	i := p + 1
	nameEnd = -1
	for nameEnd < 0 {
		if i >= len(s) {
			return 0, 0, false
		}
		switch s[i] {
		case ' ', '\n', '\r', '\t', '\f':
			nameEnd = i
			i++
		case '/', '>':
			nameEnd = i
		default:
			i++
		}
	}
	for {
		i = skipTagSpace(s, i)
		if i >= len(s) {
			return 0, 0, false
		}
		if s[i] == '>' {
			return i + 1, nameEnd, true
		}
		i = attrValueEnd(s, attrKeyEnd(s, i))
	}
}

// attrKeyEnd returns the end of the attribute key at s[i]; a leading '='
// belongs to the key.
func attrKeyEnd(s string, i int) int {
	for k := i; i < len(s); i++ {
		switch s[i] {
		case '=':
			if i != k {
				return i
			}
		case ' ', '\n', '\r', '\t', '\f', '/', '>':
			return i
		}
	}
	return i
}

// attrValueEnd returns the end of the "= value" after an attribute key at
// s[i], if any; a '/' there is consumed, as the tokenizer does.
func attrValueEnd(s string, i int) int {
	i = skipTagSpace(s, i)
	if i >= len(s) {
		return i
	}
	switch s[i] {
	case '/':
		return i + 1
	case '=':
	default:
		return i
	}
	i = skipTagSpace(s, i+1)
	if i >= len(s) {
		return i
	}
	switch q := s[i]; q {
	case '>':
		return i
	case '"', '\'':
		k := strings.IndexByte(s[i+1:], q)
		if k < 0 {
			return len(s)
		}
		return i + 1 + k + 1
	}
	for i++; i < len(s); i++ {
		switch s[i] {
		case ' ', '\n', '\r', '\t', '\f':
			return i + 1
		case '>':
			return i
		}
	}
	return i
}

func skipTagSpace(s string, i int) int {
	for ; i < len(s); i++ {
		switch s[i] {
		case ' ', '\n', '\r', '\t', '\f':
		default:
			return i
		}
	}
	return i
}

// closeAngle returns the index after the first '>' at or after i, or
// len(s): the end of "<?…>", "<!…>" and "</ …>".
func closeAngle(s string, i int) int {
	if k := strings.IndexByte(s[i:], '>'); k >= 0 {
		return i + k + 1
	}
	return len(s)
}

// commentEnd returns the index after the comment whose text starts at s[i]
// (after "<!--"): "-->", "--!>", or "<!-->" and "<!--->" when empty.
func commentEnd(s string, i int) int {
	dashes, beginning := 0, true
	for i < len(s) {
		c := s[i]
		i++
		switch c {
		case '-':
			dashes++
			continue
		case '>':
			if dashes >= 2 || beginning {
				return i
			}
		case '!':
			if dashes >= 2 {
				if i >= len(s) {
					return i
				}
				c = s[i]
				i++
				if c == '>' {
					return i
				}
				if c == '-' {
					dashes, beginning = 1, false
					continue
				}
			}
		}
		dashes, beginning = 0, false
	}
	return len(s)
}

// rawEnd returns where the content of a raw-text element starting at s[i]
// ends: at its end tag ("</name" then white space, '/' or '>', in any
// case) or at the end of s.
func rawEnd(s string, i int, name string) int {
	for {
		k := strings.Index(s[i:], "</")
		if k < 0 {
			return len(s)
		}
		i += k + 2
		closes, next := closesRaw(s, i, name)
		if closes {
			return i - 2
		}
		if next < 0 {
			return len(s)
		}
		i = next
	}
}

// closesRaw reports whether s[i:], just after "</", names the element
// name followed by white space, '/' or '>'. It also returns where the
// tokenizer resumes: the first byte that did not match, the byte after
// the name when it closes, or -1 if s ends first.
func closesRaw(s string, i int, name string) (bool, int) {
	for k := 0; k < len(name); k++ {
		if i >= len(s) {
			return false, -1
		}
		if c := s[i]; c != name[k] && c != name[k]-('a'-'A') {
			return false, i
		}
		i++
	}
	if i >= len(s) {
		return false, -1
	}
	switch s[i] {
	case ' ', '\n', '\r', '\t', '\f', '/', '>':
		return true, i
	}
	return false, i
}

// Script data states of the HTML5 tokenizer, for scriptEnd.
const (
	scriptData = iota
	scriptLess
	scriptEscapeStart
	scriptEscapeStartDash
	scriptEscaped
	scriptEscapedDash
	scriptEscapedDashDash
	scriptEscapedLess
	scriptDouble
	scriptDoubleDash
	scriptDoubleDashDash
	scriptDoubleLess
)

// scriptEnd returns where the content of a script element starting at s[i]
// ends. "</script" inside "<!-- <script> … -->" does not end it, so this
// follows the tokenizer's script data states (html.Tokenizer.readScript).
func scriptEnd(s string, i int) int {
	st := scriptData
	for i < len(s) {
		c := s[i]
		i++
		switch st {
		case scriptData:
			if c == '<' {
				st = scriptLess
			}
		case scriptLess:
			switch c {
			case '/':
				closes, next := closesRaw(s, i, "script")
				if closes {
					return i - 2
				}
				if next < 0 {
					return len(s)
				}
				i, st = next, scriptData
			case '!':
				st = scriptEscapeStart
			default:
				i, st = i-1, scriptData
			}
		case scriptEscapeStart, scriptEscapeStartDash:
			switch {
			case c != '-':
				i, st = i-1, scriptData
			case st == scriptEscapeStart:
				st = scriptEscapeStartDash
			default:
				st = scriptEscapedDashDash
			}
		case scriptEscaped, scriptEscapedDash, scriptEscapedDashDash:
			st = escapedNext(st, c)
		case scriptEscapedLess:
			switch {
			case c == '/':
				closes, next := closesRaw(s, i, "script")
				if closes {
					return i - 2
				}
				if next < 0 {
					return len(s)
				}
				i, st = next, scriptEscaped
			case isLetter(c):
				closes, next := closesRaw(s, i-1, "script")
				if next < 0 {
					return len(s)
				}
				if closes {
					i, st = next+1, scriptDouble
				} else {
					i, st = next, scriptEscaped
				}
			default:
				i, st = i-1, scriptData
			}
		case scriptDouble, scriptDoubleDash, scriptDoubleDashDash:
			st = doubleNext(st, c)
		case scriptDoubleLess:
			if c != '/' {
				i, st = i-1, scriptDouble
				break
			}
			closes, next := closesRaw(s, i, "script")
			if next < 0 {
				return len(s)
			}
			if closes {
				i, st = next+1, scriptEscaped
			} else {
				i, st = next, scriptDouble
			}
		}
	}
	return len(s)
}

// escapedNext is the transition of the escaped script states ("<!--" seen)
// on byte c.
func escapedNext(st int, c byte) int {
	switch {
	case c == '-' && st == scriptEscaped:
		return scriptEscapedDash
	case c == '-':
		return scriptEscapedDashDash
	case c == '<':
		return scriptEscapedLess
	case c == '>' && st == scriptEscapedDashDash:
		return scriptData
	}
	return scriptEscaped
}

// doubleNext is the transition of the double-escaped script states
// ("<!-- <script" seen) on byte c.
func doubleNext(st int, c byte) int {
	switch {
	case c == '-' && st == scriptDouble:
		return scriptDoubleDash
	case c == '-':
		return scriptDoubleDashDash
	case c == '<':
		return scriptDoubleLess
	case c == '>' && st == scriptDoubleDashDash:
		return scriptData
	}
	return scriptDouble
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isAlnum(c byte) bool { return isLetter(c) || '0' <= c && c <= '9' }

// lowerTag lower-cases the ASCII letters of a tag name, as the tokenizer
// does (strings.ToLower would also fold 'K', U+212A KELVIN SIGN, to 'k').
// Names longer than any name excerpt looks at are returned as they are.
func lowerTag(name string) string {
	if len(name) > len("blockquote") {
		return name
	}
	for i := 0; i < len(name); i++ {
		if 'A' <= name[i] && name[i] <= 'Z' {
			b := []byte(name)
			for j, c := range b {
				if 'A' <= c && c <= 'Z' {
					b[j] = c + 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return name
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
