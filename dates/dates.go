package dates

import (
	"strings"
	"time"
)

// Years outside this range are never accepted as publication dates.
const (
	minYear = 1990
	maxYear = 2100
)

// Parse finds the first date (with an optional time) in free text and
// returns it in loc.
//
// layouts (Go time layouts from the configuration) are tried first on the
// whole trimmed text. Then the text is scanned for, in any language:
// dd.mm.yyyy (also with / or -), yyyy-mm-dd, each with an optional
// "HH:MM[:SS]" time (after a blank, ",", "T", "saat", "в" or "at"), RFC 3339
// with its offset, RFC 1123; and for month names, "27 noyabr 2023",
// "05 fevral, 2026", "25 noyabr 2025-ci il", "November 27, 2023",
// "27 Nov 2023", "18 января 2021 г. 11:13". Month names of lang ("az", "en",
// "ru") win; other languages' names are used only when lang's find nothing,
// and any other lang accepts all three.
//
// A date without a time is midnight in loc; a date with an offset keeps its
// instant. Impossible dates and years outside 1990..2100 are skipped. Text
// containing a "page last updated" phrase ("son yenilənmə", "last updated",
// "последнее обновление", "обновлено") gives ok=false: that is a site-wide
// date, never a publication date.
func Parse(text, lang string, loc *time.Location, layouts []string) (time.Time, bool) {
	if loc == nil {
		loc = time.UTC
	}
	var buf [64]token
	toks := tokenize(text, buf[:0])
	if hasStalePhrase(toks) {
		return time.Time{}, false
	}
	if t, ok := parseLayouts(strings.TrimSpace(text), loc, layouts); ok {
		return t, true
	}
	return scanDates(toks, langMask(lang), loc)
}

func parseLayouts(text string, loc *time.Location, layouts []string) (time.Time, bool) {
	for _, l := range layouts {
		t, err := time.ParseInLocation(l, text, loc)
		if err != nil {
			continue
		}
		t = t.In(loc)
		if y := t.Year(); y >= minYear && y <= maxYear {
			return t, true
		}
	}
	return time.Time{}, false
}

// scanDates returns the first valid date of the tokens, preferring month
// names of the languages in mask.
func scanDates(toks []token, mask uint8, loc *time.Location) (time.Time, bool) {
	var fallback time.Time
	found := false
	for i := range toks {
		p, langs, ok := matchDate(toks, i)
		if !ok {
			continue
		}
		t, ok := p.time(loc)
		if !ok {
			continue
		}
		if langs == 0 || langs&mask != 0 {
			return t, true
		}
		if !found {
			fallback, found = t, true
		}
	}
	return fallback, found
}

// dateParts is a date as read from text, before validation.
type dateParts struct {
	year, month, day     int
	hour, min, sec, nsec int
	offset               int // seconds east of UTC, when hasOffset
	hasOffset            bool
}

func (p dateParts) time(loc *time.Location) (time.Time, bool) {
	if p.year < minYear || p.year > maxYear || p.month < 1 || p.month > 12 ||
		p.day < 1 || p.day > daysIn(p.month, p.year) {
		return time.Time{}, false
	}
	zone := loc
	if p.hasOffset {
		zone = time.UTC
		if p.offset != 0 {
			zone = time.FixedZone("", p.offset)
		}
	}
	t := time.Date(p.year, time.Month(p.month), p.day, p.hour, p.min, p.sec, p.nsec, zone).In(loc)
	if y := t.Year(); y < minYear || y > maxYear {
		return time.Time{}, false
	}
	return t, true
}

func daysIn(month, year int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// UpdateLine reports text holding a site-wide "page last updated" phrase
// (az, en, ru): a date in it is never a publication date.
func UpdateLine(text string) bool {
	var buf [64]token
	return hasStalePhrase(tokenize(text, buf[:0]))
}
