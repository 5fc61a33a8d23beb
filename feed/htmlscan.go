package feed

// The markup scanner behind excerpt: it finds where tags, comments and
// raw-text elements end exactly as the HTML5 tokenizer (golang.org/x/net/
// html) does, without its buffers and per-token strings.

import "strings"

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
