package extract

import (
	"strings"
	"testing"
	"time"
)

const listSelectorHTML = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<div class="news-list">
 <div class="news-item">
  <a href="/en/news_detail/16701"><img src="/img/placeholder.gif" data-src="/uploads/16701.jpg" alt="newsPhoto"></a>
  <h3 class="news-title"><a href="/en/news_detail/16701">Residence &amp; permits: new rules</a></h3>
  <span class="news-date">25.11.2025</span>
  <p class="news-text">Summary one.</p>
 </div>
 <div class="news-item">
  <h3 class="news-title"><a href="https://www.migration.gov.az/index.php/en/news_detail/16700?utm_source=fb#top">Second</a></h3>
  <span class="news-date">November 24, 2025</span>
 </div>
 <div class="news-item">
  <h3 class="news-title"><a href="//migration.gov.az/en/news_detail/16700">Second again</a></h3>
 </div>
 <div class="news-item"><h3>No link here</h3></div>
</div>
<ul class="pagination"><li><a rel="next" href="news?page=2">Next</a></li></ul>
<footer>Page last updated: 10.10.2023</footer>
</body></html>`

func TestListSelectors(t *testing.T) {
	e := testExtractor(t, "")
	page, err := e.List([]byte(listSelectorHTML), "text/html", mustURL(t, "https://migration.gov.az/en/news"))
	if err != nil {
		t.Fatal(err)
	}
	if page.Source != SourceSelector {
		t.Errorf("source = %q, want selector", page.Source)
	}
	baku, _ := time.LoadLocation("Asia/Baku")
	want := []struct {
		url, title, summary, image string
		date                       time.Time
	}{
		{"https://migration.gov.az/en/news_detail/16701", "Residence & permits: new rules", "Summary one.", "https://migration.gov.az/uploads/16701.jpg", time.Date(2025, 11, 25, 0, 0, 0, 0, baku)},
		{"https://migration.gov.az/en/news_detail/16700", "Second", "", "", time.Date(2025, 11, 24, 0, 0, 0, 0, baku)},
	}
	if len(page.Items) != len(want) {
		t.Fatalf("got %d items, want %d: %+v", len(page.Items), len(want), page.Items)
	}
	for i, w := range want {
		got := page.Items[i]
		if got.URL != w.url || got.Title != w.title || got.Summary != w.summary || got.Image != w.image || !got.Published.Equal(w.date) {
			t.Errorf("item %d = {%q %q %q %q %v}, want {%q %q %q %q %v}", i, got.URL, got.Title, got.Summary, got.Image, got.Published,
				w.url, w.title, w.summary, w.image, w.date)
		}
		if got.Language != "en" || got.ListSource != SourceSelector {
			t.Errorf("item %d language/source = %q/%q", i, got.Language, got.ListSource)
		}
	}
	if page.Next != "https://migration.gov.az/en/news?page=2" {
		t.Errorf("next = %q", page.Next)
	}
	if r := report(page.Fields, "items.selector"); r.Matched != 4 {
		t.Errorf("items.selector matched %d, want 4", r.Matched)
	}
	if r := report(page.Fields, "items.date"); r.Matched != 2 || r.Of != 4 {
		t.Errorf("items.date matched %d of %d, want 2 of 4", r.Matched, r.Of)
	}
}

const listVariantHTML = `<html><head><meta charset="utf-8"></head><body>
<nav><a href="/en/news">News</a></nav>
<table class="tbl">
 <tr><td class="c1"><a href="/en/news_detail/398">Announcement on citizens' reception</a></td><td class="c2">27.11.2023</td></tr>
 <tr><td class="c1"><a href="/index.php/en/news_detail/397"><img src="/u/397.jpg" alt=""></a><div class="t"><h5>Image-only link title</h5></div><p>Its summary text.</p></td><td>no date at all</td></tr>
 <tr><td><a href="/en/press_detail/1">Not this feed</a></td></tr>
</table>
<p>Page last updated: 10.10.2023</p>
</body></html>`

func TestListLinkPatternFallback(t *testing.T) {
	e := testExtractor(t, "")
	page, err := e.List([]byte(listVariantHTML), "", mustURL(t, "https://migration.gov.az/en/news"))
	if err != nil {
		t.Fatal(err)
	}
	if page.Source != SourceLinkPattern {
		t.Fatalf("source = %q, want link-pattern", page.Source)
	}
	if len(page.Items) != 2 {
		t.Fatalf("got %d items, want 2: %+v", len(page.Items), page.Items)
	}
	baku, _ := time.LoadLocation("Asia/Baku")
	first, second := page.Items[0], page.Items[1]
	if first.Title != "Announcement on citizens' reception" || !first.Published.Equal(time.Date(2023, 11, 27, 0, 0, 0, 0, baku)) {
		t.Errorf("first = %q %v", first.Title, first.Published)
	}
	if second.URL != "https://migration.gov.az/en/news_detail/397" || second.Title != "Image-only link title" {
		t.Errorf("second = %q %q", second.URL, second.Title)
	}
	if second.Dated() {
		t.Errorf("second has a date %v; it must stay undated (the page-update line is not its date)", second.Published)
	}
	if second.Summary != "Its summary text." || second.Image != "https://migration.gov.az/u/397.jpg" {
		t.Errorf("second summary/image = %q %q", second.Summary, second.Image)
	}
	if len(page.Warnings) != 1 || !strings.Contains(page.Warnings[0], "items.selector") {
		t.Errorf("warnings = %q, want one naming items.selector", page.Warnings)
	}
}

func TestListFilters(t *testing.T) {
	tests := []struct {
		name, extra string
		want        []string
	}{
		{"none", "", []string{"Residence & permits: new rules", "Second"}},
		{"include", "    include: '(?i)permits'\n", []string{"Residence & permits: new rules"}},
		{"exclude on summary", "    exclude: 'Summary one'\n", []string{"Second"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := testExtractor(t, tt.extra)
			page, err := e.List([]byte(listSelectorHTML), "", mustURL(t, "https://migration.gov.az/en/news"))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, it := range page.Items {
				if e.Keep(it) {
					got = append(got, it.Title)
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("titles = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestListNothing(t *testing.T) {
	e := testExtractor(t, "")
	page, err := e.List([]byte(`<html><body><h1>Service unavailable</h1></body></html>`), "", mustURL(t, "https://migration.gov.az/en/news"))
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Items) != 0 || page.Source != "" {
		t.Errorf("items %d source %q, want none", len(page.Items), page.Source)
	}
}

func report(fs []FieldReport, name string) FieldReport {
	for _, f := range fs {
		if f.Field == name {
			return f
		}
	}
	return FieldReport{}
}

func TestLinkModeTitles(t *testing.T) {
	page := `<html><body>
<div class="box"><h4>New rules for the registration of foreigners</h4><p>Short summary.</p><a href="/en/news_detail/11">Read more</a></div>
<div class="box"><a href="/en/news_detail/12"><img src="/u/12.jpg"></a><a href="/en/news_detail/12">27.11.2023</a><h5>Quota approved for 2026</h5></div>
<div class="box"><a href="/en/news_detail/13">A full title given by the link itself</a><a href="/en/news_detail/13">Ətraflı</a></div>
</body></html>`
	e := testExtractor(t, "")
	lp, err := e.List([]byte(page), "", mustURL(t, "https://migration.gov.az/en/news"))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"New rules for the registration of foreigners", "Quota approved for 2026", "A full title given by the link itself"}
	if len(lp.Items) != len(want) {
		t.Fatalf("items %+v", lp.Items)
	}
	for i, w := range want {
		if lp.Items[i].Title != w {
			t.Errorf("item %d title = %q, want %q", i, lp.Items[i].Title, w)
		}
	}
}

func TestSharedLabelIsNoTitle(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><body>`)
	for _, id := range []string{"1", "2", "3"} {
		b.WriteString(`<div class="news-item"><h3>Xəbərlər</h3><a href="/en/news_detail/` + id + `">Story number ` + id + ` told in full</a></div>`)
	}
	e := testExtractor(t, "")
	lp, err := e.List([]byte(b.String()), "", mustURL(t, "https://migration.gov.az/en/news"))
	if err != nil {
		t.Fatal(err)
	}
	for i, it := range lp.Items {
		if want := "Story number " + string(rune('1'+i)) + " told in full"; it.Title != want {
			t.Errorf("item %d title = %q, want %q", i, it.Title, want)
		}
	}
}
