package crawl

import (
	"strings"
	"testing"
)

func TestErrorPage(t *testing.T) {
	long := strings.Repeat("The State Migration Service held a meeting on labour migration. ", 20)
	tests := []struct {
		name string
		p    pageCheck
		want string // a part of the reason; "" for a real article
	}{
		{name: "en maintenance page, other title", p: pageCheck{ListTitle: "SMS and IOM sign a joint plan",
			Title: "Service temporarily unavailable", Text: "Database error. Please try again later."}, want: "service temporarily unavailable"},
		{name: "en database error in the site's template", p: pageCheck{ListTitle: "Quota for 2026 approved",
			Title: "State Migration Service", PageText: "Home News Contacts Database error © 2026"}, want: "database error"},
		{name: "az maintenance page", p: pageCheck{ListTitle: "Miqrasiya kvotası təsdiqləndi",
			Title: "Xidmət müvəqqəti əlçatan deyil", Text: "Texniki işlər aparılır."}, want: "müvəqqəti əlçatan deyil"},
		{name: "ru database error", p: pageCheck{ListTitle: "Утверждена квота трудовой миграции",
			Title: "Ошибка", Text: "Ошибка базы данных"}, want: "ошибка базы данных"},
		{name: "ru maintenance, same title but short", p: pageCheck{ListTitle: "Новости", Title: "Новости",
			Text: "Сервис временно недоступен"}, want: "far shorter"},
		{name: "short against the site's typical length", p: pageCheck{ListTitle: "Quota approved", Title: "Quota approved",
			Text: long[:400] + " service unavailable", Typical: 4000}, want: "far shorter"},
		{name: "article about a database error", p: pageCheck{ListTitle: "Database error delays e-visa portal",
			Title: "Database error delays e-visa portal", Text: long}, want: ""},
		{name: "list title cut short", p: pageCheck{ListTitle: "Service temporarily unavailable at the",
			Title: "Service temporarily unavailable at the Baku office on Monday", Text: long}, want: ""},
		{name: "short real article without an error phrase", p: pageCheck{ListTitle: "Meeting held",
			Title: "A meeting was held", Text: "A meeting was held."}, want: ""},
		{name: "a short notice about maintenance works", p: pageCheck{ListTitle: "Portalda texniki işlərlə əlaqədar fasilə barədə elan",
			Title: "Portalda texniki işlərlə əlaqədar fasilə barədə elan", Text: "Portalda texniki işlərlə əlaqədar fasilə olacaq."}, want: ""},
		{name: "no list title, long content", p: pageCheck{Title: "Under maintenance: the new office", Text: long}, want: ""},
		{name: "other title, long content, no phrase", p: pageCheck{ListTitle: "Quota approved", Title: "Other", Text: long}, want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := errorPage(tt.p)
			if tt.want == "" && got != "" || tt.want != "" && !strings.Contains(got, tt.want) {
				t.Errorf("errorPage = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSimilarTitles(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"SMS & IOM sign a joint plan", "SMS & IOM sign a joint plan", true},
		{"SMS & IOM sign a joint…", "SMS & IOM sign a joint plan of action", true},
		{"Quota approved", "The 2026 labour quota is approved", true},
		{"Quota approved", "Service temporarily unavailable", false},
		{"", "anything", true},
	} {
		if got := similarTitles(tt.a, tt.b); got != tt.want {
			t.Errorf("similarTitles(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
