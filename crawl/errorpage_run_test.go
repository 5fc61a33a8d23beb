package crawl

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"sitefeed/item"
)

// maintenancePage is the site's template around a maintenance message,
// as a CMS serves it with status 200 when its database is down.
func maintenancePage(h *harness) string {
	tmpl := h.readSite("en/news_detail/16726.html")
	head := tmpl[:strings.Index(tmpl, "</header>")+len("</header>")]
	head = strings.Replace(head, "<title>Labour migration quota for 2026 approved | SMS</title>", "<title>Service temporarily unavailable | SMS</title>", 1)
	return head + "\n<main><h1>Service temporarily unavailable</h1><p>Database error. Please try again later.</p>" +
		"<p>Published 1 January 2020</p></main>\n</body></html>\n"
}

func entryOf(t *testing.T, h *harness, feed, url string) (item.Entry, bool) {
	t.Helper()
	entries, err := h.st.Entries(feed, 100)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.URL == url {
			return e, true
		}
	}
	return item.Entry{}, false
}

// An error page served with 200 for a new article and for a re-checked
// one is a failed fetch: the new item keeps its list data only (its list
// date, no content), the stored article keeps its content and date, the
// run warns and does not fail, and the next run with the site healed reads
// the article (issue 12, item 3).
func TestErrorPageAsArticleStoresNothing(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.mustRun()
	const known = "https://migration.gov.az/en/news_detail/16726"
	const fresh = "https://migration.gov.az/en/news_detail/16730"
	before, ok := entryOf(t, h, "news-en", known)
	if !ok || before.ContentSource == "" {
		t.Fatalf("first run: %s = %+v, want its article", known, before)
	}
	h.addArticle()
	good16730, good16726 := h.readSite("en/news_detail/16730.html"), h.readSite("en/news_detail/16726.html")
	h.writeSite("en/news_detail/16730.html", maintenancePage(h))
	h.writeSite("en/news_detail/16726.html", maintenancePage(h))
	h.clock.advance(30 * time.Minute)
	o := h.options()
	o.Feeds, o.Refresh = []string{"news-en"}, true
	rep, err := Run(context.Background(), o)
	if err != nil {
		t.Fatalf("run with error pages: %v, want success with warnings", err)
	}
	res := result(t, rep, "news-en")
	if res.Stats.ArticleErrors != 2 || !strings.Contains(strings.Join(res.Stats.Warnings, "\n"), ErrErrorPage.Error()) {
		t.Errorf("article errors %d, warnings %q; want 2 naming the error page", res.Stats.ArticleErrors, res.Stats.Warnings)
	}
	after, _ := entryOf(t, h, "news-en", known)
	if after.Content != before.Content || !after.Published.Equal(before.Published) || after.Title != before.Title {
		t.Errorf("the error page changed the stored article: %+v\nwas %+v", after, before)
	}
	e, ok := entryOf(t, h, "news-en", fresh)
	if !ok || e.ContentSource != "" || e.Content != "" || strings.Contains(e.Summary, "unavailable") {
		t.Errorf("new item after an error page = %+v, want its list data without content", e)
	}
	if e.Published.IsZero() || e.Published.Year() != 2026 || e.Published.Day() != 9 {
		t.Errorf("new item's date = %v, want the list's 9 February 2026, not the error page's", e.Published)
	}
	if strings.Contains(string(h.read("news-en.rss")), "temporarily unavailable") {
		t.Error("news-en.rss carries the error page")
	}

	h.writeSite("en/news_detail/16730.html", good16730)
	h.writeSite("en/news_detail/16726.html", good16726)
	h.clock.advance(30 * time.Minute)
	o.Refresh = false
	if _, err := Run(context.Background(), o); err != nil {
		t.Fatal(err)
	}
	if e, _ := entryOf(t, h, "news-en", fresh); e.ContentSource == "" || e.Content == "" {
		t.Errorf("next run: new item = %+v, want its article read", e)
	}
}

// A first list page that is an error page served with 200 fails the feed
// naming the error page, and keeps its previous files.
func TestErrorPageAsListKeepsFeed(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.mustRun()
	kept := h.snapshot("news-en")
	good := h.readSite("en/news.html")
	h.writeSite("en/news.html", maintenancePage(h))
	h.clock.advance(30 * time.Minute)
	rep, err := h.run()
	if !errors.Is(err, ErrFeedsFailed) {
		t.Fatalf("err %v, want ErrFeedsFailed", err)
	}
	res := result(t, rep, "news-en")
	if !errors.Is(res.Err, ErrErrorPage) || !errors.Is(res.Err, ErrNoItems) || !strings.Contains(res.Err.Error(), `"service temporarily unavailable"`) {
		t.Errorf("news-en err %v, want ErrErrorPage quoting the phrase", res.Err)
	}
	h.sameFiles(kept)
	h.writeSite("en/news.html", good)
	h.clock.advance(30 * time.Minute)
	h.mustRun()
	h.sameFiles(kept)
}
