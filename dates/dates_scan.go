package dates

import (
	"unicode"
	"unicode/utf8"
)

// The date scanner splits text into numbers, words and single separator
// characters; blanks only set the "space" flag of the next token.

type tokKind uint8

const (
	tNone tokKind = iota
	tNum
	tWord
	tSep
)

type token struct {
	kind   tokKind
	space  bool  // blank (or start of text) before the token
	digits uint8 // number of digits, capped at 255
	sep    rune
	num    int // value of the first 10 digits
	word   wordInfo
}

func isDigit(c byte) bool       { return '0' <= c && c <= '9' }
func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// tokenize appends the tokens of s to toks.
func tokenize(s string, toks []token) []token {
	space := true
	for i := 0; i < len(s); {
		c := s[i]
		var tk token
		switch {
		case isDigit(c):
			j, n := i, 0
			for j < len(s) && isDigit(s[j]) {
				if j-i < 10 {
					n = n*10 + int(s[j]-'0')
				}
				j++
			}
			tk = token{kind: tNum, digits: uint8(min(j-i, 255)), num: n}
			i = j
		case isASCIILetter(c):
			tk, i = scanWord(s, i)
		case c < utf8.RuneSelf:
			i++
			if c <= ' ' {
				space = true
				continue
			}
			tk = token{kind: tSep, sep: rune(c)}
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if isWordRune(r) {
				tk, i = scanWord(s, i)
				break
			}
			i += size
			if unicode.IsSpace(r) {
				space = true
				continue
			}
			tk = token{kind: tSep, sep: foldSep(r)}
		}
		tk.space = space
		space = false
		toks = append(toks, tk)
	}
	return toks
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// foldSep maps dash-like characters to '-'.
func foldSep(r rune) rune {
	switch r {
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
		return '-'
	}
	return r
}

// scanWord reads the word starting at s[i], folds it to lower case (both
// Azerbaijani capital İ and dotless ı become "i", a combining dot above is
// dropped) and looks it up in dateWords.
func scanWord(s string, i int) (token, int) {
	var buf [48]byte
	n, overflow := 0, false
	for i < len(s) {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
			if !isWordRune(r) {
				break
			}
		} else if !isASCIILetter(s[i]) {
			break
		}
		i += size
		r, keep := foldRune(r)
		if !keep {
			continue
		}
		if n+utf8.UTFMax > len(buf) {
			overflow = true
			continue
		}
		n += utf8.EncodeRune(buf[n:], r)
	}
	tk := token{kind: tWord}
	if !overflow {
		tk.word = dateWords[string(buf[:n])]
	}
	return tk, i
}

func foldRune(r rune) (rune, bool) {
	switch {
	case 'A' <= r && r <= 'Z':
		return r + 'a' - 'A', true
	case r < utf8.RuneSelf:
		return r, true
	case r == 'İ' || r == 'ı':
		return 'i', true
	case r == '\u0307': // combining dot above, left by naive lower-casing of İ
		return 0, false
	}
	return unicode.ToLower(r), true
}

// hasStalePhrase reports whether the tokens contain a "last updated"
// phrase.
func hasStalePhrase(toks []token) bool {
	for i, tk := range toks {
		if tk.kind != tWord || tk.word.kind != wStale {
			continue
		}
	phrases:
		for _, ph := range stalePhrases {
			for k, id := range ph {
				j := i + k
				if j >= len(toks) || toks[j].kind != tWord || toks[j].word.kind != wStale || toks[j].word.val != id {
					continue phrases
				}
			}
			return true
		}
	}
	return false
}
