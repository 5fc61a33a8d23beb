package dates

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// relativeDay matches a day named relative to today, with an optional
// time of day: "Bu gün, 14:30", "bugün 09:05", "Dünən 18:00", "Сегодня в
// 11:13", "вчера, 10:00", "Today at 14:30", "Yesterday".
var relativeDay = regexp.MustCompile(`(?i)^\s*(?:[\p{L}]+:\s*)?(bu\s*gün|bugün|dünən|today|yesterday|сегодня|вчера)(?:[\s,]+(?:(?:saat|в|at)\s+)?(\d{1,2})[:.](\d{2}))?\s*$`)

// Relative parses a date a site gives relative to the day it is read
// ("today, 14:30", "yesterday"), in the languages of the site: now is
// when the page was read, loc the site's zone. Anything else gives
// ok=false. A relative day with no time is that day's midnight.
func Relative(text string, loc *time.Location, now time.Time) (time.Time, bool) {
	m := relativeDay.FindStringSubmatch(text)
	if m == nil {
		return time.Time{}, false
	}
	if loc == nil {
		loc = time.UTC
	}
	day := now.In(loc)
	switch w := strings.ToLower(strings.Join(strings.Fields(m[1]), "")); w {
	case "dünən", "yesterday", "вчера":
		day = day.AddDate(0, 0, -1)
	}
	h, mi := 0, 0
	if m[2] != "" {
		h, _ = strconv.Atoi(m[2])
		mi, _ = strconv.Atoi(m[3])
		if h > 23 || mi > 59 {
			return time.Time{}, false
		}
	}
	return time.Date(day.Year(), day.Month(), day.Day(), h, mi, 0, 0, loc), true
}
