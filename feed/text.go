package feed

import (
	"strings"
	"unicode/utf8"
)

// xmlSafe removes the characters XML 1.0 cannot carry or that readers choke
// on: C0 controls except tab, LF and CR, DEL, C1 controls, U+FFFE, U+FFFF,
// and invalid UTF-8 bytes. A single U+000C in CDATA makes a whole feed
// ill-formed, and gorilla/feeds writes CDATA raw, so every string goes
// through here. It does not allocate when s is already clean.
func xmlSafe(s string) string {
	i := firstUnsafe(s)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if keepRune(r, size) {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// firstUnsafe is the byte offset of the first rune xmlSafe drops, or -1.
// It works on bytes: the runes to drop are C0/DEL (one byte), C1 (0xC2
// 0x80-0x9F), U+FFFE/U+FFFF (0xEF 0xBF 0xBE/0xBF) and invalid UTF-8, for
// which it reports 0 and lets the slow path find the bytes.
func firstUnsafe(s string) int {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x20 && c < 0x7f, c == '\t', c == '\n', c == '\r', c >= 0x80 && c != 0xc2 && c != 0xef:
			continue
		case c < 0x80: // C0 or DEL
			return i
		case c == 0xc2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9f:
			return i
		case c == 0xef && i+2 < len(s) && s[i+1] == 0xbf && (s[i+2] == 0xbe || s[i+2] == 0xbf):
			return i
		}
	}
	if !utf8.ValidString(s) {
		return 0
	}
	return -1
}

// keepRune reports whether the rune r, decoded from size bytes, is kept.
func keepRune(r rune, size int) bool {
	switch {
	case r == utf8.RuneError && size <= 1: // invalid UTF-8
		return false
	case r == '\t' || r == '\n' || r == '\r':
		return true
	case r < 0x20, r >= 0x7f && r <= 0x9f:
		return false
	case r == 0xfffe || r == 0xffff:
		return false
	}
	return true
}
