package dates

import "strings"

// toks is the token list of one text, with bounds-safe accessors.
type toks []token

func (t toks) at(i int) token {
	if i >= 0 && i < len(t) {
		return t[i]
	}
	return token{}
}

// num reports whether token i is a number of lo..hi digits, attached to
// the previous token unless spaced.
func (t toks) num(i, lo, hi int, spaced bool) (int, bool) {
	tk := t.at(i)
	if tk.kind != tNum || int(tk.digits) < lo || int(tk.digits) > hi || (tk.space && !spaced) {
		return 0, false
	}
	return tk.num, true
}

// sep reports whether token i is one of the ASCII separators in set, attached to
// the previous token unless spaced.
func (t toks) sep(i int, set string, spaced bool) (rune, bool) {
	tk := t.at(i)
	if tk.kind != tSep || tk.sep >= 0x80 || strings.IndexByte(set, byte(tk.sep)) < 0 || (tk.space && !spaced) {
		return 0, false
	}
	return tk.sep, true
}

func (t toks) word(i int, kind wordKind) bool {
	tk := t.at(i)
	return tk.kind == tWord && tk.word.kind == kind
}

// matchDate tries every date form at token i. langs is the language mask
// of the month name used, 0 for numeric dates.
func matchDate(all []token, i int) (dateParts, uint8, bool) {
	t := toks(all)
	var (
		p     dateParts
		next  int
		langs uint8
		ok    bool
	)
	iso := false
	switch tk := t.at(i); {
	case tk.kind == tNum && tk.digits == 4:
		p, next, ok = t.numericYMD(i)
		iso = true
	case tk.kind == tNum && tk.digits <= 2:
		if p, next, ok = t.numericDMY(i); !ok {
			p, next, langs, ok = t.textDMY(i)
		}
	case tk.kind == tWord && tk.word.kind == wMonth:
		p, next, langs, ok = t.textMDY(i)
	}
	if !ok {
		return p, 0, false
	}
	if !iso {
		next = t.yearSuffix(next)
	}
	t.clock(next, iso, &p)
	return p, langs, true
}

// glued reports whether token i continues a run of numbers and dots or
// slashes (a version or an IP address), where a date is not to be read.
func (t toks) glued(i int, sep rune) bool {
	if _, ok := t.sep(i, string(sep), false); !ok {
		return false
	}
	_, ok := t.num(i+1, 1, 255, false)
	return ok
}

func (t toks) gluedBefore(i int) bool {
	if t.at(i).space {
		return false
	}
	sep := t.at(i + 1).sep
	if _, ok := t.sep(i-1, string(sep), false); !ok || sep == 0 {
		return false
	}
	_, ok := t.num(i-2, 1, 255, true)
	return ok && !t.at(i-1).space
}

// numericDMY reads dd.mm.yyyy (also d.m.yyyy, dd/mm/yyyy, dd-mm-yyyy).
func (t toks) numericDMY(i int) (p dateParts, next int, ok bool) {
	if t.gluedBefore(i) {
		return p, 0, false
	}
	d, _ := t.num(i, 1, 2, true)
	s1, ok1 := t.sep(i+1, ".-/", false)
	m, ok2 := t.num(i+2, 1, 2, false)
	s2, ok3 := t.sep(i+3, ".-/", false)
	y, ok4 := t.num(i+4, 4, 4, false)
	if !ok1 || !ok2 || !ok3 || !ok4 || s1 != s2 || t.glued(i+5, s1) {
		return p, 0, false
	}
	return dateParts{year: y, month: m, day: d}, i + 5, true
}

// numericYMD reads yyyy-mm-dd (also with / or .).
func (t toks) numericYMD(i int) (p dateParts, next int, ok bool) {
	if t.gluedBefore(i) {
		return p, 0, false
	}
	y, _ := t.num(i, 4, 4, true)
	s1, ok1 := t.sep(i+1, ".-/", false)
	m, ok2 := t.num(i+2, 1, 2, false)
	s2, ok3 := t.sep(i+3, ".-/", false)
	d, ok4 := t.num(i+4, 1, 2, false)
	if !ok1 || !ok2 || !ok3 || !ok4 || s1 != s2 || t.glued(i+5, s1) {
		return p, 0, false
	}
	return dateParts{year: y, month: m, day: d}, i + 5, true
}

// textDMY reads "27 noyabr 2023", "05 fevral, 2026", "27th Nov. 2023",
// "27-Nov-2023", "18 января 2021".
func (t toks) textDMY(i int) (p dateParts, next int, langs uint8, ok bool) {
	d, _ := t.num(i, 1, 2, true)
	j := i + 1
	if _, ok := t.sep(j, ".-/", false); ok {
		j++
	}
	if t.word(j, wOrdinal) && !t.at(j).space {
		j++
	}
	mo := t.at(j)
	if mo.kind != tWord || mo.word.kind != wMonth {
		return p, 0, 0, false
	}
	j = t.skipSeps(j+1, ".", ",-/")
	y, ok := t.num(j, 4, 4, true)
	if !ok {
		return p, 0, 0, false
	}
	return dateParts{year: y, month: int(mo.word.val), day: d}, j + 1, mo.word.langs, true
}

// textMDY reads "November 27, 2023", "Nov. 27th 2023".
func (t toks) textMDY(i int) (p dateParts, next int, langs uint8, ok bool) {
	mo := t.at(i)
	j := t.skipSeps(i+1, ".", "")
	d, ok := t.num(j, 1, 2, true)
	if !ok {
		return p, 0, 0, false
	}
	j++
	if t.word(j, wOrdinal) && !t.at(j).space {
		j++
	}
	j = t.skipSeps(j, "", ",")
	y, ok := t.num(j, 4, 4, true)
	if !ok {
		return p, 0, 0, false
	}
	return dateParts{year: y, month: int(mo.word.val), day: d}, j + 1, mo.word.langs, true
}

// skipSeps skips an attached separator of glued, then a separator of
// spaced.
func (t toks) skipSeps(j int, glued, spaced string) int {
	if glued != "" {
		if _, ok := t.sep(j, glued, false); ok {
			j++
		}
	}
	if spaced != "" {
		if _, ok := t.sep(j, spaced, true); ok {
			j++
		}
	}
	return j
}

// yearSuffix skips "-ci il", "cü il", "г.", "года" after a year.
func (t toks) yearSuffix(j int) int {
	if _, ok := t.sep(j, "-", false); ok && t.word(j+1, wYearSuffix) {
		j += 2
	} else if t.word(j, wYearSuffix) {
		j++
	}
	if t.word(j, wYearWord) {
		j++
		if _, ok := t.sep(j, ".", false); ok {
			j++
		}
	}
	return j
}
