package extract

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"sitefeed/config"
	"sitefeed/sanitize"
)

// inferExtractor is a feed as the default config has it: no selector,
// only a link pattern and the section's names.
func inferExtractor(t testing.TB) *Extractor {
	t.Helper()
	cfg, err := config.Parse([]byte(`
hosts: [migration.gov.az, www.migration.gov.az]
urls: {strip_prefixes: [/index.php], fold_trailing_slash: true}
feeds:
  - name: news-en
    language: en
    home: https://migration.gov.az/en
    sections: [News, All news]
    link_pattern: '^https://migration\.gov\.az/en/news_detail/[0-9]+$'
  - name: press-en
    language: en
    home: https://migration.gov.az/en
    link_pattern: '^https://migration\.gov\.az/en/press_detail/[0-9]+$'
`))
	if err != nil {
		t.Fatal(err)
	}
	return New(&cfg.Feeds[0], cfg.Rules(), sanitize.New(cfg.Rules())).WithSiteFeeds(cfg.Feeds)
}

func TestNavScore(t *testing.T) {
	sections := []string{navText("News"), navText("All news")}
	tests := []struct {
		text, path string
		want       int
	}{
		{"News", "/en/news-list", scoreExactName + scoreURLShape},
		{"All news →", "/en/archive", scoreExactName + scoreURLShape},
		{"Latest news", "/en/x", scoreHasName},
		{"See all the news of the service in one long sentence that goes on", "/en/x", (scoreHasName + scoreAllWord) / 2},
		{"Newsletter", "/en/subscribe", 0},
		{"News feed", "/en/feed", scoreHasName},
		{"Contact", "/en/contact", 0},
		{"EN", "/en/news", scoreURLShape},
	}
	for _, tt := range tests {
		if got := NavScore(navText(tt.text), tt.path, sections); got != tt.want {
			t.Errorf("NavScore(%q, %q) = %d, want %d", tt.text, tt.path, got, tt.want)
		}
	}
}

func TestContainsStem(t *testing.T) {
	tests := []struct {
		text, section string
		want          bool
	}{
		{"xəbər lenti", "xəbərlər", true},
		{"лента новостей", "новости", true},
		{"all announcement", "announcements", true},
		{"elan", "elanlar", false}, // too short a stem to tell
		{"newsletter", "news", false},
		{"mətbuat mərkəzi", "mətbuat mərkəzi", false}, // several words: containsWord's
		{"xidmətlər", "xəbərlər", false},
	}
	for _, tt := range tests {
		if got := containsStem(tt.text, tt.section); got != tt.want {
			t.Errorf("containsStem(%q, %q) = %v, want %v", tt.text, tt.section, got, tt.want)
		}
	}
}

func TestNav(t *testing.T) {
	e := inferExtractor(t)
	page := `<html><body><nav><a href="/en">Home</a><a href="/en/about">About</a>
<a href="#">Press centre</a><ul><li><a href="/en/news-list/">News</a></li><li><a href="/az/xeberler">Xəbərlər</a></li></ul></nav>
<a href="/en/news_detail/5">A news item</a><a href="/en/press_detail/7">News of the press</a>
<a href="https://example.org/news">News elsewhere</a><a href="/uploads/news.pdf">News (PDF)</a>
<p><a href="/en/news-list/">All news →</a></p></body></html>`
	links, err := e.Nav([]byte(page), "", mustURL(t, "https://migration.gov.az/en"))
	if err != nil {
		t.Fatal(err)
	}
	if len(links) != 1 {
		t.Fatalf("links %+v, want only the news list", links)
	}
	if l := links[0]; l.URL != "https://migration.gov.az/en/news-list" || l.Fetch != "https://migration.gov.az/en/news-list/" || l.Text != "News" {
		t.Errorf("link %+v: want the canonical URL, the URL as linked and the best text", l)
	}
}

func TestTitleScore(t *testing.T) {
	tests := []struct {
		cand, hint string
		min, max   int
	}{
		{"Labour quota approved", "Labour quota approved", 200, 200},
		{"Labour quota for 2026 approved by the Cabinet", "Labour quota for 2026 appr...", 150, 199},
		{"Labour quota for 2026 approved | SMS", "Labour quota for 2026 appr…", 150, 199},
		{"State Migration Service", "Labour quota approved", 0, 49},
		{"Quota approved", "Labour quota approved", 50, 100},
	}
	for _, tt := range tests {
		if got := titleScore(tt.cand, tt.hint); got < tt.min || got > tt.max {
			t.Errorf("titleScore(%q, %q) = %d, want %d..%d", tt.cand, tt.hint, got, tt.min, tt.max)
		}
	}
	whole, cut := titleScore("Labour quota for 2026 approved", "Labour quota for 2026 appr..."), titleScore("Labour quota for 2026 approved | State Migration Service", "Labour quota for 2026 appr...")
	if whole <= cut {
		t.Errorf("the heading (%d) does not beat the <title> with the site's name (%d)", whole, cut)
	}
}

// Article inference on markups the extractor has never seen: the title
// nearest the list's, the date of the list's day with its time, a whole
// title over a cut one, and no related box in the content.
func TestInferArticle(t *testing.T) {
	baku, _ := time.LoadLocation("Asia/Baku")
	day := time.Date(2026, 2, 5, 0, 0, 0, 0, baku)
	body := strings.Repeat("The Service informs citizens about the new procedure. ", 6)
	related := `<section><h2>Related news</h2>` +
		`<div><a href="/en/news_detail/3"><img src="/up/3.jpg"></a><h3>Third story</h3><time datetime="2026-02-04T10:00:00+04:00">4 Feb</time></div>` +
		`<div><a href="/en/news_detail/2"><img src="/up/2.jpg"></a><h3>Second story</h3><time datetime="2026-02-03T10:00:00+04:00">3 Feb</time></div></section>`
	tests := []struct {
		name, page string
		hint       Hint
		title      string
		date       time.Time
		image      string
	}{
		{"site name in h1, title in h2, date closing the text",
			`<h1>State Migration Service</h1><div id="main"><h2>Labour migration quota for 2026 approved</h2><p>` + body + `</p><p><i>5 February 2026, 16:50</i></p></div>` + related,
			Hint{Title: "Labour migration quota for 2026 appr...", Published: day},
			"Labour migration quota for 2026 approved", time.Date(2026, 2, 5, 16, 50, 0, 0, baku), ""},
		{"og:title and a meta line with a label",
			`<head><meta property="og:title" content="Quota approved"><meta property="og:image" content="/up/logo.png"></head>` +
				`<article><header><h1>Quota approved</h1><div class="meta"><span>Posted: 5 February 2026, 09:40</span> <a href="/en/category/news">News</a></div></header>` +
				`<figure><img src="/up/1.jpg"></figure><p>` + body + `</p></article>` + related,
			Hint{Title: "Quota approved", Published: day}, "Quota approved", time.Date(2026, 2, 5, 9, 40, 0, 0, baku), "https://migration.gov.az/up/1.jpg"},
		{"no hint: only metadata dates it",
			`<head><meta property="article:published_time" content="2026-02-05T11:00:00+04:00"></head><h1>Quota approved</h1><p>` + body + ` The law of 12 March 2019.</p>` + related,
			Hint{}, "Quota approved", time.Date(2026, 2, 5, 11, 0, 0, 0, baku), ""},
		{"JSON-LD NewsArticle inside @graph, no visible date",
			`<head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","headline":"Quota approved","datePublished":"2026-02-05T14:30:00+04:00"}]}</script></head>` +
				`<h1>Quota approved</h1><p>` + body + `</p>` + related,
			Hint{Title: "Quota approved", Published: day}, "Quota approved", time.Date(2026, 2, 5, 14, 30, 0, 0, baku), ""},
		{"a WebPage's date in JSON-LD before the NewsArticle's; a title holding a dash",
			`<head><title>Raid held in Shaki — control of residence rules tightened</title><script type="application/ld+json">{"@graph":[{"@type":"WebPage","datePublished":"2023-10-10T09:00:00+04:00"},{"@type":"NewsArticle","datePublished":"2026-02-05T09:17:00+04:00"}]}</script></head>` +
				`<h1>Raid held in Shaki — control of residence rules tightened</h1><p>` + body + `</p>` + related,
			Hint{Title: "Raid held in Shaki — control of resid...", Published: day}, "Raid held in Shaki — control of residence rules tightened", time.Date(2026, 2, 5, 9, 17, 0, 0, baku), ""},
		{"dates only in the related box: none",
			`<h1>Quota approved</h1><p>` + body + `</p>` + related,
			Hint{Title: "Quota approved"}, "Quota approved", time.Time{}, ""},
	}
	e := inferExtractor(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html>" + tt.page + "</html>"
			if !strings.Contains(tt.page, "<head>") {
				page = "<html><body>" + tt.page + "</body></html>"
			}
			a, err := e.ArticleFor([]byte(page), "", mustURL(t, "https://migration.gov.az/en/news_detail/9"), tt.hint)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.title {
				t.Errorf("title %q, want %q", a.Title, tt.title)
			}
			if !a.Published.Equal(tt.date) {
				t.Errorf("date %v, want %v", a.Published, tt.date)
			}
			if a.Image != tt.image {
				t.Errorf("image %q, want %q", a.Image, tt.image)
			}
			if strings.Contains(a.Content, "Second story") || strings.Contains(a.Content, "news_detail/3") {
				t.Errorf("the related box is in the content: %s", a.Content)
			}
			if !strings.Contains(a.Content, "new procedure") {
				t.Errorf("content lacks the text: %s", a.Content)
			}
		})
	}
}

// A list item whose link text the site cut takes the link's title
// attribute; a picture several items share is no item's picture.
func TestInferListItems(t *testing.T) {
	e := inferExtractor(t)
	page := `<html><body><div class="grid">
<div class="card"><a href="/en/news_detail/3" title="Labour migration quota for 2026 approved by the Cabinet">Labour migration quota for 2026 appr...</a><img src="/img/no-photo.jpg"><span>5 February 2026</span></div>
<div class="card"><a href="/en/news_detail/2">Second story</a><img src="/img/no-photo.jpg"><span>4 February 2026</span></div>
<div class="card"><a href="/en/news_detail/1">First story</a><img src="/up/1.jpg"></div>
</div></body></html>`
	lp, err := e.List([]byte(page), "", mustURL(t, "https://migration.gov.az/en/news"))
	if err != nil {
		t.Fatal(err)
	}
	if len(lp.Items) != 3 {
		t.Fatalf("%d items, want 3", len(lp.Items))
	}
	if got := lp.Items[0].Title; got != "Labour migration quota for 2026 approved by the Cabinet" {
		t.Errorf("title %q, want the title attribute's whole title", got)
	}
	if lp.Items[0].Image != "" || lp.Items[1].Image != "" || lp.Items[2].Image != "https://migration.gov.az/up/1.jpg" {
		t.Errorf("images %q %q %q: want the shared no-photo picture dropped", lp.Items[0].Image, lp.Items[1].Image, lp.Items[2].Image)
	}
}

// A block repeated on most pages of a site is template: once learned, a
// site-name heading is no title and a repeated date line no date.
func TestTemplate(t *testing.T) {
	tmpl := NewTemplate(nil)
	e := inferExtractor(t).WithTemplate(tmpl)
	frame := func(i int, inner string) string {
		return fmt.Sprintf(`<html><body><div class="banner">Official website of the State Migration Service of the Republic</div>
<h2>State Migration Service of the Republic of Azerbaijan</h2><div class="today">Today: 5 February 2026, 09:00</div>%s
<div class="foot">Page last changed by the editorial office of the Service</div></body></html>`, inner)
	}
	for i := range 5 {
		page := frame(i, fmt.Sprintf(`<h2>Story number %d of the week</h2><p>%s</p>`, i, strings.Repeat("Some words of the story. ", 10+i)))
		if _, err := e.ArticleFor([]byte(page), "", mustURL(t, fmt.Sprintf("https://migration.gov.az/en/news_detail/%d", i)), Hint{}); err != nil {
			t.Fatal(err)
		}
	}
	if tmpl.Pages() != 5 {
		t.Fatalf("learned from %d pages, want 5", tmpl.Pages())
	}
	a, err := e.ArticleFor([]byte(frame(9, `<h3>A story without its own date</h3><p>`+strings.Repeat("Other words. ", 30)+`</p>`)), "",
		mustURL(t, "https://migration.gov.az/en/news_detail/9"), Hint{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "A story without its own date" {
		t.Errorf("title %q: the site-name heading is template", a.Title)
	}
	if !a.Published.IsZero() {
		t.Errorf("date %v: the repeated 'Today' line is template", a.Published)
	}
	if strings.Contains(a.Content, "editorial office") || strings.Contains(a.Content, "Official website") {
		t.Errorf("template in the content: %s", a.Content)
	}
	// A sentence the site repeats in its articles ("For information call
	// 919.") is template by count, but stays in the article's text.
	repeated := `<p>For information call the 919 hotline of the Service.</p>`
	for i := 10; i < 16; i++ {
		page := frame(i, fmt.Sprintf(`<h2>Story %d</h2><p>%s</p>%s`, i, strings.Repeat(fmt.Sprintf("Words of story %d. ", i), 12), repeated))
		if _, err := e.ArticleFor([]byte(page), "", mustURL(t, fmt.Sprintf("https://migration.gov.az/en/news_detail/%d", i)), Hint{}); err != nil {
			t.Fatal(err)
		}
	}
	a, err = e.ArticleFor([]byte(frame(20, `<h2>Story twenty</h2><p>`+strings.Repeat("Words of story twenty. ", 12)+`</p>`+repeated)), "",
		mustURL(t, "https://migration.gov.az/en/news_detail/20"), Hint{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Content, "919 hotline") || !strings.Contains(a.Content, "story twenty") {
		t.Errorf("a repeated sentence or the text was dropped from the content: %s", a.Content)
	}
	// An article whose whole text the site repeats word for word on other
	// pages (a standard notice) keeps its text.
	notice := `<div class="entry"><p>Citizens are received on Mondays at the Service.</p><p>For information call the 919 hotline of the Service.</p></div>`
	for i := 30; i < 37; i++ {
		if _, err := e.ArticleFor([]byte(frame(i, fmt.Sprintf(`<h2>Notice %d</h2>%s`, i, notice))), "", mustURL(t, fmt.Sprintf("https://migration.gov.az/en/news_detail/%d", i)), Hint{}); err != nil {
			t.Fatal(err)
		}
	}
	a, _ = e.ArticleFor([]byte(frame(40, `<h2>Notice forty</h2>`+notice)), "", mustURL(t, "https://migration.gov.az/en/news_detail/40"), Hint{})
	if !strings.Contains(a.Content, "received on Mondays") {
		t.Errorf("a notice repeated word for word lost its text: %q (source %q)", a.Content, a.ContentSource)
	}
	// What was learned survives the store.
	if again := NewTemplate(tmpl.Marshal()); again.Pages() != tmpl.Pages() || len(again.counts) != len(tmpl.counts) {
		t.Errorf("restored template: %d pages, %d blocks; want %d, %d", again.Pages(), len(again.counts), tmpl.Pages(), len(tmpl.counts))
	}
}

// FuzzInferList: with no selector, items are links matching the pattern,
// each with a title, whatever the markup.
func FuzzInferList(f *testing.F) {
	seedPages(f)
	e := inferExtractor(f)
	page := mustURL(f, "https://migration.gov.az/en/news")
	f.Fuzz(func(t *testing.T, body []byte) {
		got, err := e.List(body, "", page)
		if err != nil {
			return
		}
		for _, it := range got.Items {
			if !strings.HasPrefix(it.URL, "https://migration.gov.az/en/news_detail/") || it.Title == "" || !utf8.ValidString(it.Title) {
				t.Errorf("bad item %+v", it)
			}
		}
		if _, err := e.Nav(body, "", page); err != nil {
			t.Errorf("Nav failed where List did not: %v", err)
		}
	})
}

// FuzzInferArticle: inference never puts scripts or handlers in content,
// and never dates an article outside the years a date parser accepts.
func FuzzInferArticle(f *testing.F) {
	seedPages(f)
	e := inferExtractor(f)
	page := mustURL(f, "https://migration.gov.az/en/news_detail/1")
	f.Fuzz(func(t *testing.T, body []byte) {
		a, err := e.ArticleFor(body, "", page, Hint{Title: "Title"})
		if err != nil {
			return
		}
		if msg := unsafeHTML(a.Content); msg != "" {
			t.Errorf("%s in content %q", msg, a.Content)
		}
		if !utf8.ValidString(a.Title) {
			t.Errorf("title %q is not UTF-8", a.Title)
		}
	})
}

// Dates a site gives relative to the day it is read ("Today, 14:30",
// "Вчера") are dated from the clock the crawl gives; without one they
// are no dates.
func TestRelativeListDates(t *testing.T) {
	baku, _ := time.LoadLocation("Asia/Baku")
	now := time.Date(2026, 2, 6, 12, 0, 0, 0, baku)
	page := `<html><body><ul>
<li><a href="/en/news_detail/3">Third story</a> <span>Today, 10:15</span></li>
<li><a href="/en/news_detail/2">Second story</a> <span>Вчера, 18:30</span></li>
<li><a href="/en/news_detail/1">First story</a> <span>04.02.2026</span></li></ul></body></html>`
	lp, err := inferExtractor(t).WithClock(func() time.Time { return now }).List([]byte(page), "", mustURL(t, "https://migration.gov.az/en/news"))
	if err != nil || len(lp.Items) != 3 {
		t.Fatalf("items %v, err %v", lp.Items, err)
	}
	want := []time.Time{time.Date(2026, 2, 6, 10, 15, 0, 0, baku), time.Date(2026, 2, 5, 18, 30, 0, 0, baku), time.Date(2026, 2, 4, 0, 0, 0, 0, baku)}
	for i, it := range lp.Items {
		if !it.Published.Equal(want[i]) {
			t.Errorf("item %d dated %v, want %v", i, it.Published, want[i])
		}
	}
	lp, _ = inferExtractor(t).List([]byte(page), "", mustURL(t, "https://migration.gov.az/en/news"))
	if lp.Items[0].Dated() {
		t.Errorf("without a clock, 'Today, 10:15' dated %v", lp.Items[0].Published)
	}
}

// A link that wraps a whole card (date, title, lead) gives its title: the
// date inside it is no part of the title, nor is the lead.
func TestCardLinkTitles(t *testing.T) {
	page := `<html><body>
<a class="card" href="/en/news_detail/3"><span class="card-date">05.02.2026</span><span class="card-title">Third story</span><span class="card-lead">Its lead sentence.</span></a>
<a href="/en/news_detail/2"><span>04.02.2026</span> Second story</a>
<a href="/en/news_detail/1"><time datetime="2026-02-03">3 Feb</time> First story</a></body></html>`
	lp, err := inferExtractor(t).List([]byte(page), "", mustURL(t, "https://migration.gov.az/en/news"))
	if err != nil || len(lp.Items) != 3 {
		t.Fatalf("items %v, err %v", lp.Items, err)
	}
	for i, want := range []string{"Third story", "Second story", "First story"} {
		if lp.Items[i].Title != want {
			t.Errorf("item %d title %q, want %q", i, lp.Items[i].Title, want)
		}
		if !lp.Items[i].Dated() {
			t.Errorf("item %d lost its date", i)
		}
	}
}

// Links in the page's frame (an <aside> of popular news, a sidebar) are
// not the list's items when the page has items of its own; a page whose
// only items sit there keeps them.
func TestListItemsOutsideFrame(t *testing.T) {
	e := inferExtractor(t)
	page := `<html><body><main><ul>
<li><a href="/en/news_detail/3">Third story</a></li><li><a href="/en/news_detail/2">Second story</a></li></ul></main>
<aside class="sidebar"><h3>Popular</h3><ul><li><a href="/en/news_detail/101">An old popular story</a></li></ul></aside>
<div class="right-sidebar"><a href="/en/news_detail/102">Another old one</a></div></body></html>`
	lp, err := e.List([]byte(page), "", mustURL(t, "https://migration.gov.az/en/news"))
	if err != nil || len(lp.Items) != 2 {
		t.Fatalf("items %+v, err %v; want the two of the main list", lp.Items, err)
	}
	only := `<html><body><aside><a href="/en/news_detail/101">An old popular story</a></aside></body></html>`
	if lp, _ := e.List([]byte(only), "", mustURL(t, "https://migration.gov.az/en")); len(lp.Items) != 1 {
		t.Errorf("a page whose only items are in its aside gave %d items, want 1", len(lp.Items))
	}
}
