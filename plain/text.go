package plain

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text makes a plain-text title or summary from text that is already
// text: a parsed page's character data or attribute value, whose entities
// the HTML parser has decoded once. It removes control characters and
// invalid UTF-8 (tab, CR and LF become blanks), turns NBSP and other
// Unicode spaces into a space, folds blank runs and trims. It neither
// decodes entities nor strips tags again: a title that reads
// "<script>" or "&amp;" on the page is that text, and must stay so (a
// second decoding dropped tags-as-text and changed "&amp;" into "&").
// For an HTML fragment use FromHTML.
func Text(s string) string {
	return FoldBlanks(s)
}

// StripControls removes what XML 1.0 forbids (C0 controls except tab, LF and
// CR, U+FFFE, U+FFFF, surrogates, invalid UTF-8) and also DEL and the C1
// controls; everything else is kept as is.
func StripControls(s string) string {
	i := firstControl(s)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isControl(r, size) {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// firstControl returns the index of the first character StripControls
// removes, -1 if none. Feed rendering runs it over every item's content on
// every render, so the common characters skip decoding: ASCII, and the
// two- and three-byte sequences that can hold no removed character (Latin
// letters with diacritics and Cyrillic; most of the BMP).
func firstControl(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			if (c < ' ' && c != '\t' && c != '\n' && c != '\r') || c == 0x7f {
				return i
			}
			i++
			continue
		case c >= 0xc2 && c <= 0xdf && i+1 < len(s) && isCont(s[i+1]) && (c != 0xc2 || s[i+1] >= 0xa0):
			i += 2 // U+00A0..U+07FF: the C1 controls are U+0080..U+009F
			continue
		case (c >= 0xe1 && c <= 0xec || c == 0xee) && i+2 < len(s) && isCont(s[i+1]) && isCont(s[i+2]):
			i += 3 // U+1000..U+CFFF, U+E000..U+EFFF: no surrogate, no U+FFFE/U+FFFF
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isControl(r, size) {
			return i
		}
		i += size
	}
	return -1
}

// isCont reports whether b is a UTF-8 continuation byte.
func isCont(b byte) bool { return b&0xc0 == 0x80 }

// isControl reports whether a decoded rune is removed by StripControls.
func isControl(r rune, size int) bool {
	switch {
	case r == utf8.RuneError && size == 1: // invalid UTF-8 or an encoded surrogate
		return true
	case r < ' ':
		return r != '\t' && r != '\n' && r != '\r'
	case r >= 0x7f && r <= 0x9f, r == 0xfffe, r == 0xffff:
		return true
	}
	return false
}

// FoldBlanks removes controls (tab, CR, LF become blanks) and zero-width
// no-break spaces, folds every run of Unicode spaces into one space and
// trims.
func FoldBlanks(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	blank := false
	for i := 0; i < len(s); {
		size := keptSize(s, i)
		if size == 0 {
			r, n := utf8.DecodeRuneInString(s[i:])
			if kept, isBlank := classify(r, n); !kept {
				blank = blank || isBlank
				i += n
				continue
			}
			size = n
		}
		if blank && b.Len() > 0 {
			b.WriteByte(' ')
		}
		blank = false
		b.WriteString(s[i : i+size])
		i += size
	}
	return b.String()
}

// classify says whether FoldBlanks keeps r as it is, and if not whether
// it is a blank (folded into one space) rather than a removed character.
func classify(r rune, size int) (kept, blank bool) {
	switch {
	case r == '\t' || r == '\n' || r == '\r' || r == '\f': // HTML's whitespace
		return false, true
	case isControl(r, size) || r == '\ufeff' || r == '\u200b':
		return false, false
	case unicode.IsSpace(r):
		return false, true
	}
	return true, false
}

// keptSize is the length of the character at s[i] when it needs no
// decoding to know that FoldBlanks keeps it as it is: printable ASCII, or
// a two-byte letter (U+00C0..U+07FF: Latin with diacritics, Cyrillic). It
// is 0 for anything else.
func keptSize(s string, i int) int {
	switch c := s[i]; {
	case c > ' ' && c < 0x7f:
		return 1
	case c >= 0xc3 && c <= 0xdf && i+1 < len(s) && isCont(s[i+1]):
		return 2
	}
	return 0
}

// Truncate cuts plain text to at most n runes, "…" included, at a word
// boundary when one is close enough, and appends "…" when it cut.
func Truncate(s string, n int) string {
	if n <= 0 {
		return ""
	}
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	// Byte offset of the end of the first n-1 runes.
	end, count := 0, 0
	for end < len(s) && count < n-1 {
		_, size := utf8.DecodeRuneInString(s[end:])
		end += size
		count++
	}
	cut := s[:end]
	if !unicode.IsSpace(firstRune(s[end:])) {
		if i := strings.LastIndexFunc(cut, unicode.IsSpace); i > len(cut)/2 {
			cut = cut[:i]
		}
	}
	cut = strings.TrimRightFunc(cut, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(",;:-–—", r)
	})
	return cut + "…"
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
