package feed

import (
	"bytes"
	"strings"
	"testing"
)

func TestPageGolden(t *testing.T) {
	m := testMeta("az")
	m.TimeZone = "Asia/Baku"
	out, err := Page(m, testEntries(t))
	if err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "az.html.golden", out)
}

// A feed's page shows every entry with its date in the feed's zone and
// language, its summary (or an excerpt of its content), its lead image
// and attachments, the address to copy and the format links; no script
// and no inline style.
func TestPageContent(t *testing.T) {
	tests := []struct {
		name, lang, zone string
		want             []string
	}{
		{"az in Baku", "az", "Asia/Baku", []string{
			"27 noyabr 2025, 10:30", // Published 10:30 Baku
			"Qısa xülasə & <b>mətn</b> deyil",
			"Əlavə: Qayda", "Bütün lentlər", "Lentin ünvanı",
		}},
		{"ru in UTC", "ru", "", []string{
			"27 ноября 2025, 06:30", // the same instant in UTC
			"Государственная миграционная служба сообщает о графике приёма граждан.", // excerpt of content
			"Все ленты", "Адрес ленты",
		}},
		{"en, unknown zone is UTC", "en", "Nowhere/Nothing", []string{
			"November 27, 2025, 06:30", "All feeds", "Feed address",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := testMeta(tt.lang)
			m.TimeZone = tt.zone
			entries := testEntries(t)
			out, err := Page(m, entries)
			if err != nil {
				t.Fatal(err)
			}
			p := parsePage(t, out)
			if p.scripts != 0 || p.styles != 0 {
				t.Errorf("%d scripts, %d inline styles; want none", p.scripts, p.styles)
			}
			if !bytes.Contains(out, []byte(`<html lang="`+tt.lang+`">`)) || !bytes.Contains(out, []byte(`href="style.css"`)) {
				t.Errorf("page is not in %s or does not link style.css", tt.lang)
			}
			for _, want := range tt.want {
				if !strings.Contains(p.text, want) {
					t.Errorf("page text lacks %q", want)
				}
			}
			for _, e := range entries {
				if !contains(p.hrefs, e.URL) {
					t.Errorf("page does not link %s", e.URL)
				}
			}
			for _, href := range []string{"index.html", m.Name + ".rss", m.Name + ".atom", m.Name + ".json", m.Home,
				"https://migration.gov.az/files/elan.pdf"} {
				if !contains(p.hrefs, href) {
					t.Errorf("page does not link %s", href)
				}
			}
			if _, ok := p.inputs[m.SelfURL("rss")]; !ok {
				t.Errorf("no readonly input holding %s", m.SelfURL("rss"))
			}
			if !bytes.Contains(out, []byte(`<img src="https://migration.gov.az/images/news/16701.jpg"`)) {
				t.Error("the lead image is not shown")
			}
		})
	}
}

// A feed with no entry yet still has a page that says so.
func TestPageEmpty(t *testing.T) {
	out, err := Page(testMeta("en"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(parsePage(t, out).text, "No items yet.") {
		t.Errorf("empty page does not say it has no items:\n%s", out)
	}
}
