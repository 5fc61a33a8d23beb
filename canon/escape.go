package canon

import "strings"

const upperHex = "0123456789ABCDEF"

// Byte classes allowed raw in a canonical URL component (RFC 3986).
var (
	pathChars  = charSet("-._~" + "!$&'()*+,;=" + ":@/")
	queryChars = charSet("-._~" + "!$&'()*+,;=" + ":@/?")
)

type byteSet [256]bool

func charSet(extra string) *byteSet {
	var s byteSet
	for c := 'a'; c <= 'z'; c++ {
		s[c] = true
		s[c-'a'+'A'] = true
	}
	for c := '0'; c <= '9'; c++ {
		s[c] = true
	}
	for i := 0; i < len(extra); i++ {
		s[extra[i]] = true
	}
	return &s
}

func isUnreserved(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
		c == '-' || c == '.' || c == '_' || c == '~'
}

func unhex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// validEscape reports whether s[i] == '%' starts a %XX escape.
func validEscape(s string, i int) bool {
	if i+2 >= len(s) {
		return false
	}
	_, ok1 := unhex(s[i+1])
	_, ok2 := unhex(s[i+2])
	return ok1 && ok2
}

func writeEscape(b *strings.Builder, c byte) {
	b.WriteByte('%')
	b.WriteByte(upperHex[c>>4])
	b.WriteByte(upperHex[c&15])
}

// escapeComponent returns s with every byte outside allowed
// percent-encoded, valid escapes kept with upper-case hex (decoded when
// they stand for an unreserved character) and stray '%' encoded as %25.
func escapeComponent(s string, allowed *byteSet) string {
	if canonicalEscapes(s, allowed) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '%' && validEscape(s, i):
			hi, _ := unhex(s[i+1])
			lo, _ := unhex(s[i+2])
			if v := hi<<4 | lo; isUnreserved(v) {
				b.WriteByte(v)
			} else {
				writeEscape(&b, v)
			}
			i += 2
		case c != '%' && allowed[c]:
			b.WriteByte(c)
		default:
			writeEscape(&b, c)
		}
	}
	return b.String()
}

// canonicalEscapes reports whether escapeComponent would leave s as is.
func canonicalEscapes(s string, allowed *byteSet) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '%' {
			if !allowed[c] {
				return false
			}
			continue
		}
		if !validEscape(s, i) {
			return false
		}
		hi, _ := unhex(s[i+1])
		lo, _ := unhex(s[i+2])
		if isUnreserved(hi<<4|lo) || s[i+1] >= 'a' || s[i+2] >= 'a' {
			return false
		}
		i += 2
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
