package crawl

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"html"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"sitefeed/item"
	"sitefeed/scraper"
)

const (
	url16699 = "https://migration.gov.az/en/news_detail/16699" // undated (case 1)
	url16712 = "https://migration.gov.az/en/news_detail/16712"
	url16722 = "https://migration.gov.az/en/news_detail/16722"
	url16730 = "https://migration.gov.az/en/news_detail/16730" // added by the test
)

// TestFirstRun: every feed gets its three files and its page, plus the index, the OPML
// and the stylesheet, and each file is a valid feed (issue 3, a and h).
func TestFirstRun(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	rep := h.mustRun()
	if len(rep.Feeds) != len(feedNames) {
		t.Fatalf("report has %d feeds, want %d", len(rep.Feeds), len(feedNames))
	}
	wantItems := map[string]int{"news-az": 16, "press-az": 9, "news-en": 16, "press-en": 5, "news-ru": 16, "press-ru": 4}
	for _, name := range feedNames {
		res := result(t, rep, name)
		want := []string{h.out(name + ".rss"), h.out(name + ".atom"), h.out(name + ".json"), h.out(name + ".html")}
		if !slices.Equal(res.Written, want) {
			t.Errorf("%s: Written = %q, want %q", name, res.Written, want)
		}
		if res.Err != nil || res.Items != wantItems[name] || res.Merge.New != wantItems[name] {
			t.Errorf("%s: err %v, items %d, new %d; want nil, %d, %d", name, res.Err, res.Items, res.Merge.New, wantItems[name], wantItems[name])
		}
		checkFormats(t, h, name, wantItems[name])
	}
	for _, name := range []string{"index.html", "feeds.opml", "feed.xsl", "style.css"} {
		if len(h.read(name)) == 0 {
			t.Errorf("%s is empty", name)
		}
	}
	index := h.read("index.html")
	for _, name := range feedNames {
		newest, err := h.st.Entries(name, 1)
		if err != nil || len(newest) != 1 {
			t.Fatalf("%s: newest entry: %v %v", name, newest, err)
		}
		if !bytes.Contains(index, []byte(`href="`+name+`.html"`)) || !bytes.Contains(index, []byte(html.EscapeString(newest[0].Title))) {
			t.Errorf("index.html does not link %s.html or lacks its newest headline %q", name, newest[0].Title)
		}
		if page := h.read(name + ".html"); !bytes.Contains(page, []byte(html.EscapeString(newest[0].Title))) {
			t.Errorf("%s.html lacks its newest item %q", name, newest[0].Title)
		}
	}
	if err := strictXML(h.read("feeds.opml")); err != nil {
		t.Errorf("feeds.opml: %v", err)
	}
	for _, name := range feedNames {
		if !bytes.Contains(h.read("feeds.opml"), []byte(name+".rss")) || !bytes.Contains(h.read("index.html"), []byte(name+".atom")) {
			t.Errorf("index or OPML does not link %s", name)
		}
	}
}

// checkFormats: RSS and Atom pass a strict token walk and gofeed, the
// JSON feed is JSON with its items, and all three hold n items.
func checkFormats(t *testing.T, h *harness, name string, n int) {
	t.Helper()
	for _, ext := range []string{"rss", "atom"} {
		data := h.read(name + "." + ext)
		if err := strictXML(data); err != nil {
			t.Errorf("%s.%s: strict XML: %v", name, ext, err)
		}
		f, err := gofeedParse(data)
		if err != nil {
			t.Errorf("%s.%s: gofeed: %v", name, ext, err)
			continue
		}
		if len(f.Items) != n || f.FeedType != ext {
			t.Errorf("%s.%s: gofeed read %d items of a %s feed, want %d", name, ext, len(f.Items), f.FeedType, n)
		}
		for _, it := range f.Items {
			if it.Title == "" || it.Link == "" || it.GUID == "" {
				t.Errorf("%s.%s: item %+v lacks title, link or id", name, ext, it.Link)
			}
		}
	}
	var doc struct {
		Version string            `json:"version"`
		Items   []json.RawMessage `json:"items"`
	}
	if err := json.Unmarshal(h.read(name+".json"), &doc); err != nil {
		t.Errorf("%s.json: %v", name, err)
	}
	if len(doc.Items) != n || !strings.HasPrefix(doc.Version, "https://jsonfeed.org/version/1") {
		t.Errorf("%s.json: %d items, version %q; want %d items", name, len(doc.Items), doc.Version, n)
	}
}

// TestUnchangedRun: a run that finds nothing new costs one conditional
// request per feed and rewrites no feed file (issue 3, b).
func TestUnchangedRun(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.mustRun()
	before := h.snapshot(feedNames...)
	rssBefore, atomBefore := h.ids(feedNames)
	n := len(h.site.Requests())

	h.clock.advance(30 * time.Minute)
	rep := h.mustRun()
	for _, f := range rep.Feeds {
		if len(f.Written) != 0 || f.Merge.New+f.Merge.Updated != 0 || !f.Stats.Unchanged {
			t.Errorf("%s: written %q, merge %+v, unchanged %v; want nothing written, nothing new", f.Feed, f.Written, f.Merge, f.Stats.Unchanged)
		}
	}
	h.sameFiles(before)
	rssAfter, atomAfter := h.ids(feedNames)
	for _, name := range feedNames {
		if !slices.Equal(rssBefore[name], rssAfter[name]) || !slices.Equal(atomBefore[name], atomAfter[name]) {
			t.Errorf("%s: GUIDs changed", name)
		}
	}
	reqs := h.requestsSince(n)
	var got []string
	for _, r := range reqs {
		got = append(got, r.URL)
		if r.Status != 304 || r.IfNoneMatch == "" {
			t.Errorf("%s: status %d, If-None-Match %q; want a conditional request answered 304", r.URL, r.Status, r.IfNoneMatch)
		}
	}
	want := []string{"/az/news", "/az/press", "/en/news", "/en/press", "/ru/news", "/ru/press"}
	if !slices.Equal(got, want) {
		t.Errorf("requests %q, want %q (robots.txt cached)", got, want)
	}
}

// ids returns the RSS guids and Atom ids of the feeds.
func (h *harness) ids(feeds []string) (rss, atom map[string][]string) {
	rss, atom = map[string][]string{}, map[string][]string{}
	for _, name := range feeds {
		rss[name] = parseRSS(h.t, h.read(name+".rss")).ids
		atom[name] = parseAtom(h.t, h.read(name+".atom")).ids
	}
	return rss, atom
}

// TestSiteChanges: a new item, an edited title and an item gone from the
// list page (issue 3, c), and the date of an undated item kept across runs
// (g): found on a first run between older items, 16699 is placed where
// the site lists it, a second after 16695, the dated item listed after it
// (14.11.2025, 12:30), not at the time of the run (issue 11, item 6).
func TestSiteChanges(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.mustRun()
	wantDate := "2025-11-14T12:30:01+04:00"
	h.checkUndated(wantDate)
	others := slices.DeleteFunc(slices.Clone(feedNames), func(s string) bool { return s == "news-en" })
	before := h.snapshot(others...)
	rssBefore := parseRSS(t, h.read("news-en.rss"))

	h.clock.advance(30 * time.Minute)
	h.addArticle()
	h.editSite("en/news.html", "SMS &amp; IOM agree on joint", "SMS &amp; IOM sign a joint")
	h.editSite("en/news_detail/16722.html", "SMS &amp; IOM agree on joint", "SMS &amp; IOM sign a joint")
	h.removeListItem("en/news.html", "16712")
	n := len(h.site.Requests())
	rep := h.mustRun()

	res := result(t, rep, "news-en")
	if res.Merge.New != 1 || res.Merge.Updated < 1 || len(res.Written) != 4 {
		t.Errorf("news-en: merge %+v, written %d files; want 1 new, >= 1 updated, 4 files (3 formats and the page)", res.Merge, len(res.Written))
	}
	rss := parseRSS(t, h.read("news-en.rss"))
	if got := rss.titles[url16722]; got != "SMS & IOM sign a joint work plan for 2026" {
		t.Errorf("edited item title = %q, want the new one under the same GUID", got)
	}
	if _, ok := rss.titles[url16712]; !ok {
		t.Errorf("%s, gone from the list page, was dropped from the feed", url16712)
	}
	if got := rss.titles[url16730]; got != "Online appointments open for residence permits" {
		t.Errorf("new item %s: title %q", url16730, got)
	}
	if want := append([]string{url16730}, rssBefore.ids...); !sameSet(rss.ids, want) {
		t.Errorf("GUIDs %q, want the old ones plus %s", rss.ids, url16730)
	}
	for _, name := range others {
		if f := result(t, rep, name); len(f.Written) != 0 || !f.Stats.Unchanged {
			t.Errorf("%s: written %q, unchanged %v; want untouched", name, f.Written, f.Stats.Unchanged)
		}
	}
	h.sameFiles(before)
	for _, r := range h.requestsSince(n) {
		if r.Status != 200 && r.Status != 304 || r.Status == 200 && !strings.HasPrefix(r.URL, "/en/news") {
			t.Errorf("%s answered %d: only news-en pages should be read again", r.URL, r.Status)
		}
	}
	h.checkUndated(wantDate)

	// A backfill reads 16699's list entry again, still undated.
	h.clock.advance(24 * time.Hour)
	o := h.options()
	o.Backfill, o.Feeds = true, []string{"news-en"}
	if _, err := Run(context.Background(), o); err != nil {
		t.Fatal(err)
	}
	h.checkUndated(wantDate)
}

// checkUndated: the undated en 16699 shows its first-seen date.
func (h *harness) checkUndated(want string) {
	h.t.Helper()
	if got := parseAtom(h.t, h.read("news-en.atom")).dates[url16699]; got != want {
		h.t.Errorf("atom published of undated %s = %q, want its place in the list %q", url16699, got, want)
	}
	wantRSS, _ := time.Parse(time.RFC3339, want)
	got, err := time.Parse(time.RFC1123Z, parseRSS(h.t, h.read("news-en.rss")).dates[url16699])
	if err != nil || !got.Equal(wantRSS) {
		h.t.Errorf("rss pubDate of undated %s = %v (%v), want %v", url16699, got, err, wantRSS)
	}
}

// addArticle puts a new item 16730 at the top of en/news.html, with its
// article page.
func (h *harness) addArticle() {
	h.t.Helper()
	const title = "Online appointments open for residence permits"
	page := strings.ReplaceAll(h.readSite("en/news_detail/16726.html"), "Labour migration quota for 2026 approved", title)
	page = strings.ReplaceAll(page, "16726", "16730")
	page = strings.Replace(page, "5 February 2026", "9 February 2026", 1)
	h.writeSite("en/news_detail/16730.html", page)
	entry := `<div class="news-item">
  <h3 class="news-title"><a href="/en/news_detail/16730">` + title + `</a></h3>
  <span class="news-date">February 9, 2026</span>
  <p class="news-text">Appointments can now be booked on the portal.</p>
</div>
`
	h.editSite("en/news.html", `<div class="news-list">`+"\n", `<div class="news-list">`+"\n"+entry)
}

// removeListItem deletes the list entry linking to news_detail/id (the
// fixture's entries hold no nested div).
func (h *harness) removeListItem(rel, id string) {
	h.t.Helper()
	s := h.readSite(rel)
	link := strings.Index(s, "news_detail/"+id+`"`)
	if link < 0 {
		h.t.Fatalf("%s: no entry for %s", rel, id)
	}
	start := strings.LastIndex(s[:link], `<div class="news-item">`)
	end := strings.Index(s[link:], "</div>\n")
	if start < 0 || end < 0 {
		h.t.Fatalf("%s: entry for %s is not a news-item div", rel, id)
	}
	h.writeSite(rel, s[:start]+s[link+end+len("</div>\n"):])
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

// TestNeverSucceeded: a feed whose first run fails is listed in index.html
// and feeds.opml as not available yet, with no link to files that do not
// exist, a short reason, and no claim that a previous feed was kept.
func TestNeverSucceeded(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.force("/en/news", 503)
	rep, err := h.run()
	if !errors.Is(err, ErrFeedsFailed) {
		t.Fatalf("Run error %v, want ErrFeedsFailed", err)
	}
	res := result(t, rep, "news-en")
	if res.Err == nil || res.Kept || res.FailureNote() != "no feed written yet" {
		t.Errorf("news-en: err %v, kept %v, note %q; want a failure with no feed kept", res.Err, res.Kept, res.FailureNote())
	}
	index, opml := string(h.read("index.html")), string(h.read("feeds.opml"))
	for _, ext := range []string{"rss", "atom", "json", "html"} {
		if strings.Contains(index, `"news-en.`+ext+`"`) {
			t.Errorf("index.html links news-en.%s, which does not exist", ext)
		}
	}
	if strings.Contains(opml, "news-en.rss") || !strings.Contains(opml, "(not available yet)") {
		t.Errorf("feeds.opml lists news-en.rss or does not say it is not available yet:\n%s", opml)
	}
	if !strings.Contains(index, "Not available yet") || !strings.Contains(index, "the site answered HTTP 503") {
		t.Errorf("index.html does not say news-en is not available yet with a short reason")
	}
	if strings.Contains(index, "https://migration.gov.az/en/news: ") || strings.Contains(index, "scrape news-en") {
		t.Errorf("index.html shows the raw error chain")
	}
	if !strings.Contains(index, `"news-az.rss"`) || !strings.Contains(opml, "news-az.rss") {
		t.Error("the feeds that succeeded are not linked")
	}
}

// TestFailureKeepsLastGoodFeed: a 500, an error page served with 200 and
// a list page with far fewer items all keep news-en's last good files and
// are recorded; the other feeds go on (issue 3, d and e).
func TestFailureKeepsLastGoodFeed(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.mustRun()
	goodList := h.readSite("en/news.html")
	kept := h.snapshot("news-en")

	steps := []struct {
		name      string
		breakSite func()
		wantIs    error
		wantMsg   string
	}{
		{"HTTP 500", func() { h.force("/en/news", 500) }, scraper.ErrHTTPStatus, "500"},
		{"error page", func() {
			h.force("/en/news", 0)
			h.writeSite("en/news.html", "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Error</title></head>"+
				"<body><h1>Service temporarily unavailable</h1><p>Please try again later.</p></body></html>")
		}, ErrNoItems, "items.selector"},
		{"too few items", func() {
			one := goodList
			for _, id := range []string{"16722", "16720", "16718", "16716", "16712"} {
				h.writeSite("en/news.html", one)
				h.removeListItem("en/news.html", id)
				one = h.readSite("en/news.html")
			}
		}, ErrTooFewItems, "1 items"},
	}
	for i, s := range steps {
		h.clock.advance(30 * time.Minute)
		s.breakSite()
		rep, err := h.run()
		if !errors.Is(err, ErrFeedsFailed) || !strings.Contains(fmtErr(err), "news-en") {
			t.Fatalf("%s: Run error %v, want ErrFeedsFailed naming news-en", s.name, err)
		}
		res := result(t, rep, "news-en")
		if !errors.Is(res.Err, s.wantIs) || !strings.Contains(fmtErr(res.Err), s.wantMsg) || len(res.Written) != 0 {
			t.Errorf("%s: news-en error %v, written %q; want %v mentioning %q, nothing written", s.name, res.Err, res.Written, s.wantIs, s.wantMsg)
		}
		for _, name := range feedNames {
			if f := result(t, rep, name); name != "news-en" && f.Err != nil {
				t.Errorf("%s: %s failed too: %v", s.name, name, f.Err)
			}
		}
		h.sameFiles(kept)
		st, err := h.st.Status("news-en")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(st.LastError, s.wantMsg) || st.ConsecutiveFailures != i+1 || st.LastGoodItems != 6 || !st.LastErrorAt.Equal(h.clock.Now()) {
			t.Errorf("%s: status %+v; want the error, %d failures, 6 last good items", s.name, st, i+1)
		}
		// The public page says it in a few words; the chain (URLs,
		// selectors) stays in the log and the store.
		idx := h.read("index.html")
		if reason := PublicReason(st.LastError); !bytes.Contains(idx, []byte(reason)) || bytes.Contains(idx, []byte(st.LastError)) {
			t.Errorf("%s: index.html does not show %q, or shows the raw error %q", s.name, reason, st.LastError)
		}
		if !res.Kept {
			t.Errorf("%s: news-en failed after a success, but Kept is false", s.name)
		}
	}

	// The site recovers: the good list page answers 304 again.
	h.writeSite("en/news.html", goodList)
	h.clock.advance(30 * time.Minute)
	h.mustRun()
	if st, _ := h.st.Status("news-en"); st.ConsecutiveFailures != 0 || st.LastError != "" || st.LastGoodItems != 6 {
		t.Errorf("after recovery: status %+v", st)
	}
	h.sameFiles(kept)
}

func fmtErr(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// TestDryRun prints the items as JSON lines and writes nothing (issue 3, f).
func TestDryRun(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	var out bytes.Buffer
	o := h.options()
	o.Store, o.DryRun, o.Out = nil, true, &out
	rep, err := Run(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(h.cfg.OutputDir); !errors.Is(err, os.ErrNotExist) {
		entries, _ := os.ReadDir(h.cfg.OutputDir)
		t.Errorf("dry run touched the output dir: %v, %d entries", err, len(entries))
	}
	if len(rep.Feeds) != len(feedNames) {
		t.Errorf("report has %d feeds", len(rep.Feeds))
	}
	urls := map[string]bool{}
	sc := bufio.NewScanner(&out)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var it struct {
			Feed string `json:"feed"`
			item.Item
		}
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&it); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		if !slices.Contains(feedNames, it.Feed) {
			t.Errorf("line names feed %q: %.80s", it.Feed, sc.Text())
		}
		if it.URL == "" || it.Title == "" {
			t.Errorf("item without URL or title: %s", sc.Text())
		}
		if urls[it.URL] {
			t.Errorf("%s printed twice", it.URL)
		}
		urls[it.URL] = true
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(urls) != 66 {
		t.Errorf("%d items printed, want 66 (the fixture site's unique items)", len(urls))
	}
}
