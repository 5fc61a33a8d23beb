package dates

import (
	"testing"
	"time"
	_ "time/tzdata" // Asia/Baku without relying on the host's zoneinfo
)

func baku(t testing.TB) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Asia/Baku")
	if err != nil {
		t.Fatalf("load Asia/Baku: %v", err)
	}
	return loc
}

func TestParseDate(t *testing.T) {
	loc := baku(t)
	at := func(y int, m time.Month, d, h, mi, s int) time.Time { return time.Date(y, m, d, h, mi, s, 0, loc) }
	tests := []struct {
		name string
		text string
		lang string
		want time.Time
	}{
		// Numeric, any language.
		{"dd.mm.yyyy", "27.11.2023", "az", at(2023, 11, 27, 0, 0, 0)},
		{"dd.mm.yyyy HH:MM", "27.11.2023 14:30", "az", at(2023, 11, 27, 14, 30, 0)},
		{"dd.mm.yyyy, HH:MM", "27.11.2023, 14:30", "en", at(2023, 11, 27, 14, 30, 0)},
		{"d.m.yyyy", "1.2.2024", "ru", at(2024, 2, 1, 0, 0, 0)},
		{"dd/mm/yyyy", "27/11/2023", "en", at(2023, 11, 27, 0, 0, 0)},
		{"dd-mm-yyyy", "27-11-2023 09:05", "az", at(2023, 11, 27, 9, 5, 0)},
		{"in a sentence", "Tarix: 05.02.2026 | Baxış: 120", "az", at(2026, 2, 5, 0, 0, 0)},
		{"pipe before time", "05.02.2026 | 10:15", "az", at(2026, 2, 5, 10, 15, 0)},
		{"nbsp before time", "05.02.2026\u00a010:15", "az", at(2026, 2, 5, 10, 15, 0)},
		{"range takes the first", "27.11.2023-29.11.2023", "en", at(2023, 11, 27, 0, 0, 0)},
		{"leap day", "29.02.2024", "az", at(2024, 2, 29, 0, 0, 0)},
		{"yyyy-mm-dd", "2023-11-27", "en", at(2023, 11, 27, 0, 0, 0)},
		{"yyyy-mm-dd HH:MM", "2023-11-27 14:30", "en", at(2023, 11, 27, 14, 30, 0)},
		{"yyyy-mm-dd HH:MM:SS", "2023-11-27 14:30:05", "en", at(2023, 11, 27, 14, 30, 5)},
		{"ISO local", "2023-11-27T14:30:05", "", at(2023, 11, 27, 14, 30, 5)},
		{"RFC3339 Z", "2023-11-27T10:30:00Z", "", at(2023, 11, 27, 14, 30, 0)},
		{"RFC3339 Baku offset", "2023-11-27T14:30:00+04:00", "", at(2023, 11, 27, 14, 30, 0)},
		{"RFC3339 other offset", "2023-11-27T14:30:00+03:00", "", at(2023, 11, 27, 15, 30, 0)},
		{"RFC3339 negative offset crosses midnight", "2023-11-27T22:30:00-05:00", "", at(2023, 11, 28, 7, 30, 0)},
		{"RFC3339 nanoseconds", "2023-11-27T14:30:00.5+04:00", "", time.Date(2023, 11, 27, 14, 30, 0, 500000000, loc)},
		{"ISO compact offset", "2023-11-27T14:30:00+0400", "", at(2023, 11, 27, 14, 30, 0)},
		{"RFC1123 GMT", "Mon, 27 Nov 2023 10:30:00 GMT", "en", at(2023, 11, 27, 14, 30, 0)},
		{"RFC1123Z", "Mon, 27 Nov 2023 14:30:00 +0400", "en", at(2023, 11, 27, 14, 30, 0)},
		{"RFC1123 in another language", "Mon, 27 Nov 2023 10:30:00 GMT", "az", at(2023, 11, 27, 14, 30, 0)},

		// Azerbaijani.
		{"az day month year", "27 noyabr 2023", "az", at(2023, 11, 27, 0, 0, 0)},
		{"az comma before year", "05 fevral, 2026", "az", at(2026, 2, 5, 0, 0, 0)},
		{"az -ci il", "25 noyabr 2025-ci il", "az", at(2025, 11, 25, 0, 0, 0)},
		{"az -cı il", "1 oktyabr 2021-cı il", "az", at(2021, 10, 1, 0, 0, 0)},
		{"az -cu il", "9 mart 2019-cu il", "az", at(2019, 3, 9, 0, 0, 0)},
		{"az -cü il", "3 aprel 2023-cü il", "az", at(2023, 4, 3, 0, 0, 0)},
		{"az suffix without hyphen", "25 noyabr 2025ci il", "az", at(2025, 11, 25, 0, 0, 0)},
		{"az with time", "27 noyabr 2023, 14:30", "az", at(2023, 11, 27, 14, 30, 0)},
		{"az saat", "25 noyabr 2025-ci il, saat 09:00", "az", at(2025, 11, 25, 9, 0, 0)},
		{"az capitalised", "12 Yanvar 2024", "az", at(2024, 1, 12, 0, 0, 0)},
		{"az dotted capital I", "01 İyun 2024", "az", at(2024, 6, 1, 0, 0, 0)},
		{"az upper-case", "15 İYUL 2024", "az", at(2024, 7, 15, 0, 0, 0)},
		{"az plain capital I", "15 IYUL 2024", "az", at(2024, 7, 15, 0, 0, 0)},
		{"az naive lower-case of İ", "01 i\u0307yun 2024", "az", at(2024, 6, 1, 0, 0, 0)},
		{"az months may", "7 may 2022", "az", at(2022, 5, 7, 0, 0, 0)},
		{"az months avqust", "20 avqust 2013", "az", at(2013, 8, 20, 0, 0, 0)},
		{"az months sentyabr", "1 sentyabr 2010", "az", at(2010, 9, 1, 0, 0, 0)},
		{"az months dekabr", "31 dekabr 2099", "az", at(2099, 12, 31, 0, 0, 0)},
		{"az short yan", "3 yan 2024", "az", at(2024, 1, 3, 0, 0, 0)},
		{"az short fev", "3 fev 2024", "az", at(2024, 2, 3, 0, 0, 0)},
		{"az short avq", "3 avq 2024", "az", at(2024, 8, 3, 0, 0, 0)},
		{"az short sen", "3 sen 2024", "az", at(2024, 9, 3, 0, 0, 0)},
		{"az short okt", "3 okt 2024", "az", at(2024, 10, 3, 0, 0, 0)},
		{"az short noy", "3 noy 2024", "az", at(2024, 11, 3, 0, 0, 0)},
		{"az short dek", "3 dek 2024", "az", at(2024, 12, 3, 0, 0, 0)},
		{"az in a sentence", "Xəbər 27 noyabr 2023 tarixində dərc olunub", "az", at(2023, 11, 27, 0, 0, 0)},

		// English.
		{"en day month year", "27 November 2023", "en", at(2023, 11, 27, 0, 0, 0)},
		{"en month day, year", "November 27, 2023", "en", at(2023, 11, 27, 0, 0, 0)},
		{"en short month day", "Nov 27, 2023", "en", at(2023, 11, 27, 0, 0, 0)},
		{"en short day month", "27 Nov 2023", "en", at(2023, 11, 27, 0, 0, 0)},
		{"en abbreviation dot", "Sept. 5, 2023", "en", at(2023, 9, 5, 0, 0, 0)},
		{"en ordinal", "5th September 2023", "en", at(2023, 9, 5, 0, 0, 0)},
		{"en with time", "27 November 2023 14:30", "en", at(2023, 11, 27, 14, 30, 0)},
		{"en at pm", "November 27, 2023 at 2:30 PM", "en", at(2023, 11, 27, 14, 30, 0)},
		{"en 12 am", "November 27, 2023 12:05 am", "en", at(2023, 11, 27, 0, 5, 0)},
		{"en upper-case", "27 NOVEMBER 2023", "en", at(2023, 11, 27, 0, 0, 0)},
		{"en weekday", "Monday, 27 November 2023", "en", at(2023, 11, 27, 0, 0, 0)},
		{"en dashes", "27-Nov-2023", "en", at(2023, 11, 27, 0, 0, 0)},

		// Russian.
		{"ru genitive", "27 ноября 2023", "ru", at(2023, 11, 27, 0, 0, 0)},
		{"ru г. and time", "18 января 2021 г. 11:13", "ru", at(2021, 1, 18, 11, 13, 0)},
		{"ru года", "18 января 2021 года", "ru", at(2021, 1, 18, 0, 0, 0)},
		{"ru nominative", "1 январь 2020", "ru", at(2020, 1, 1, 0, 0, 0)},
		{"ru upper-case", "8 МАРТА 2022", "ru", at(2022, 3, 8, 0, 0, 0)},
		{"ru мая", "9 мая 2022, 10:00", "ru", at(2022, 5, 9, 10, 0, 0)},
		{"ru в", "27.11.2023 в 14:30", "ru", at(2023, 11, 27, 14, 30, 0)},
		{"ru month в time", "3 декабря 2024 в 09:45", "ru", at(2024, 12, 3, 9, 45, 0)},
		{"ru short", "3 сент. 2024", "ru", at(2024, 9, 3, 0, 0, 0)},

		// Language preference and fallback.
		{"lang month wins over earlier foreign", "Nov 1, 2020 / 27 noyabr 2023", "az", at(2023, 11, 27, 0, 0, 0)},
		{"foreign month is a fallback", "27 November 2023", "az", at(2023, 11, 27, 0, 0, 0)},
		{"unknown lang tries all", "27 ноября 2023", "de", at(2023, 11, 27, 0, 0, 0)},
		{"empty lang tries all", "27 noyabr 2023", "", at(2023, 11, 27, 0, 0, 0)},
		{"language tag with region", "Nov 1, 2020 / 27 ноября 2023", "ru-RU", at(2023, 11, 27, 0, 0, 0)},
		{"upper-case language", "Nov 1, 2020 / 27 ноября 2023", "RU", at(2023, 11, 27, 0, 0, 0)},

		// Invalid candidates are skipped.
		{"invalid then valid", "31.02.2023 27.11.2023", "az", at(2023, 11, 27, 0, 0, 0)},
		{"bad time keeps date", "27.11.2023 25:61", "az", at(2023, 11, 27, 0, 0, 0)},
		{"time range is no offset", "27.11.2023 10:00-12:00", "az", at(2023, 11, 27, 10, 0, 0)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Parse(tt.text, tt.lang, loc, nil)
			if !ok {
				t.Fatalf("Parse(%q, %q) found no date, want %v", tt.text, tt.lang, tt.want)
			}
			if !got.Equal(tt.want) || got.Location() != loc {
				t.Errorf("Parse(%q, %q)\n got %v (%v)\nwant %v", tt.text, tt.lang, got, got.Location(), tt.want)
			}
		})
	}
}

func TestParseDateRejects(t *testing.T) {
	loc := baku(t)
	tests := []struct {
		name string
		text string
	}{
		{"empty", ""},
		{"no date", "Dövlət Miqrasiya Xidməti"},
		{"year only", "2023"},
		{"month and year", "November 2023"},
		{"31 February", "31.02.2023"},
		{"29 February non-leap", "29.02.2023"},
		{"month 13", "27.13.2023"},
		{"day 0", "00.11.2023"},
		{"year before 1990", "27.11.1989"},
		{"year after 2100", "01.01.2101"},
		{"instant after 2100 in loc", "2100-12-31T23:00:00-05:00"},
		{"az page last updated", "Səhifənin son yenilənmə tarixi: 10.10.2023"},
		{"az page last updated upper-case", "SƏHİFƏNİN SON YENİLƏNMƏ TARİXİ: 10.10.2023"},
		{"en last updated", "Last updated: 27 November 2023"},
		{"en last update", "Last update 27.11.2023"},
		{"ru last updated", "Последнее обновление: 27.11.2023"},
		{"ru updated", "Обновлено 27.11.2023 14:30"},
		{"version number", "v1.27.11.2023"},
		{"ip address", "10.10.10.2023"},
		{"not a month", "27 foo 2023"},
		{"three-digit year", "27.11.203"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, ok := Parse(tt.text, "az", loc, nil); ok {
				t.Errorf("Parse(%q) = %v, want no date", tt.text, got)
			}
		})
	}
}

func TestParseDateLayouts(t *testing.T) {
	loc := baku(t)
	tests := []struct {
		name    string
		text    string
		layouts []string
		want    time.Time
	}{
		{"layout first", "11/27/2023", []string{"01/02/2006"}, time.Date(2023, 11, 27, 0, 0, 0, 0, loc)},
		{"layout with zone", "2023.11.27 10:30 UTC+0000", []string{"2006.01.02 15:04 MST-0700"}, time.Date(2023, 11, 27, 14, 30, 0, 0, loc)},
		{"whole string trimmed", "  20231127  ", []string{"20060102"}, time.Date(2023, 11, 27, 0, 0, 0, 0, loc)},
		{"failing layout falls back to scanner", "27.11.2023", []string{"2006-01-02"}, time.Date(2023, 11, 27, 0, 0, 0, 0, loc)},
		{"layout out of range falls back", "1980-01-01 (27.11.2023)", []string{"2006-01-02 (02.01.2006)"}, time.Date(2023, 11, 27, 0, 0, 0, 0, loc)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Parse(tt.text, "az", loc, tt.layouts)
			if !ok || !got.Equal(tt.want) || got.Location() != loc {
				t.Errorf("Parse(%q, %q) = %v, %v; want %v", tt.text, tt.layouts, got, ok, tt.want)
			}
		})
	}
}

func TestParseDateLocation(t *testing.T) {
	loc := baku(t)
	got, ok := Parse("27.11.2023", "az", loc, nil)
	if !ok {
		t.Fatal("no date")
	}
	if _, off := got.Zone(); off != 4*3600 {
		t.Errorf("offset %d s, want +04:00 (Asia/Baku, no DST)", off)
	}
	if want := time.Date(2023, 11, 26, 20, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("midnight in Baku: got %v (UTC %v), want UTC %v", got, got.UTC(), want)
	}
	summer, _ := Parse("15.07.2024 12:00", "az", loc, nil)
	if _, off := summer.Zone(); off != 4*3600 {
		t.Errorf("summer offset %d s, want +04:00 (no DST since 2016)", off)
	}
	utc, ok := Parse("27.11.2023", "az", nil, nil)
	if !ok || utc.Location() != time.UTC {
		t.Errorf("nil loc: got %v, %v; want UTC", utc, ok)
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		"27.11.2023", "27.11.2023, 14:30", "2023-11-27T14:30:00.123+03:00", "25 noyabr 2025-ci il, saat 09:00",
		"18 января 2021 г. 11:13", "November 27, 2023 at 2:30 PM", "Mon, 27 Nov 2023 10:30:00 GMT",
		"01 İYUN 2024", "Səhifənin son yenilənmə tarixi: 10.10.2023", "31.02.2023", "2100-12-31T23:59:59-14:00",
		"1990-01-01T00:00:00+14:00",
	} {
		f.Add(s, "az")
	}
	loc := baku(f)
	f.Fuzz(func(t *testing.T, text, lang string) {
		got, ok := Parse(text, lang, loc, nil)
		if !ok {
			if !got.IsZero() {
				t.Fatalf("Parse(%q) = %v with ok=false, want the zero time", text, got)
			}
			return
		}
		if got.Location() != loc {
			t.Fatalf("Parse(%q) in %v, want %v", text, got.Location(), loc)
		}
		if y := got.Year(); y < 1990 || y > 2100 {
			t.Fatalf("Parse(%q) = %v, year out of 1990..2100", text, got)
		}
	})
}

func BenchmarkParseDate(b *testing.B) {
	loc := baku(b)
	texts := []struct{ name, text string }{
		{"numeric", "27.11.2023, 14:30"},
		{"az", "25 noyabr 2025-ci il, saat 09:00"},
		{"ru", "18 января 2021 г. 11:13"},
		{"en", "November 27, 2023"},
		{"rfc3339", "2023-11-27T14:30:00+03:00"},
		{"sentence", "Dövlət Miqrasiya Xidmətinin rəisi 27 noyabr 2023-cü il tarixində iclasda iştirak edib"},
		{"none", "Səhifənin son yenilənmə tarixi: 10.10.2023"},
	}
	for _, tt := range texts {
		b.Run(tt.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Parse(tt.text, "az", loc, nil)
			}
		})
	}
}

func TestOtherWords(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"Dərc olunub: 4 fevral 2026, 09:40", 2},
		{"25 noyabr 2025-ci il, 11:40", 0},
		{"18 января 2021 г. 11:13", 0},
		{"Published: February 5, 2026 at 14:30", 1},
		{"Applications accepted until 31 December 2024", 3},
		{"Səhifənin son yenilənmə tarixi: 10.10.2023", 4},
		{"", 0},
	}
	for _, tt := range tests {
		if got := OtherWords(tt.text); got != tt.want {
			t.Errorf("OtherWords(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

func TestRelative(t *testing.T) {
	baku, _ := time.LoadLocation("Asia/Baku")
	now := time.Date(2026, 2, 5, 22, 30, 0, 0, time.UTC) // 6 February 02:30 in Baku
	tests := []struct {
		text string
		want time.Time
		ok   bool
	}{
		{"Bu gün, 14:30", time.Date(2026, 2, 6, 14, 30, 0, 0, baku), true},
		{"bugün 09:05", time.Date(2026, 2, 6, 9, 5, 0, 0, baku), true},
		{"Dünən 18:00", time.Date(2026, 2, 5, 18, 0, 0, 0, baku), true},
		{"Сегодня в 11:13", time.Date(2026, 2, 6, 11, 13, 0, 0, baku), true},
		{"вчера, 10:00", time.Date(2026, 2, 5, 10, 0, 0, 0, baku), true},
		{"Today at 14:30", time.Date(2026, 2, 6, 14, 30, 0, 0, baku), true},
		{"Yesterday", time.Date(2026, 2, 5, 0, 0, 0, 0, baku), true},
		{"Published: today, 08:00", time.Date(2026, 2, 6, 8, 0, 0, 0, baku), true},
		{"Today the Service announced", time.Time{}, false},
		{"Bu gün 25:00", time.Time{}, false},
		{"05.02.2026", time.Time{}, false},
	}
	for _, tt := range tests {
		got, ok := Relative(tt.text, baku, now)
		if ok != tt.ok || !got.Equal(tt.want) {
			t.Errorf("Relative(%q) = %v, %v; want %v, %v", tt.text, got, ok, tt.want, tt.ok)
		}
	}
}
