package crawl

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// Every edit is seen (issue 12, item 1): an article's body edited on the
// site, with its list entry unchanged, reaches the feed within
// revalidate_after by a conditional revalidation spread over runs; a run
// with nothing due stays one conditional request per feed; the edit keeps
// the GUID, moves Atom's updated, and leaves a revision.
func TestBodyEditSeenWithinADay(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.mustRun()
	const url = "https://migration.gov.az/en/news_detail/16690"
	old, _, err := h.st.Get("news-en", url)
	if err != nil || old.Content == "" {
		t.Fatalf("16690 not stored with content: %v", err)
	}
	page := h.readSite("en/news_detail/16690.html")
	i := strings.Index(page, "<p>")
	h.writeSite("en/news_detail/16690.html", page[:i]+"<p>Correction: the seminar was moved to Ganja.</p>\n"+page[i:])

	// Half an hour later nothing is due: one conditional request per feed.
	h.clock.advance(30 * time.Minute)
	n := len(h.site.Requests())
	h.mustRun()
	for _, r := range h.requestsSince(n) {
		if strings.Contains(r.URL, "_detail/") {
			t.Errorf("a run with nothing due fetched %s", r.URL)
		}
	}

	// A day on, the stale articles are revalidated a few per run (304 for
	// the unchanged ones) until the edited one is read.
	h.clock.advance(24 * time.Hour)
	var e = old
	runs := 0
	for ; runs < 10 && !strings.Contains(e.Content, "Correction"); runs++ {
		n = len(h.site.Requests())
		rep := h.mustRun()
		for _, r := range h.requestsSince(n) {
			if strings.Contains(r.URL, "_detail/") {
				if r.IfNoneMatch == "" && r.IfModifiedSince == "" {
					t.Errorf("revalidation of %s was not conditional", r.URL)
				}
			}
		}
		if got := result(t, rep, "news-en").Stats.Revalidated; got > revalidatePerRun {
			t.Errorf("run %d revalidated %d articles of news-en, want at most %d", runs+1, got, revalidatePerRun)
		}
		if e, _, err = h.st.Get("news-en", url); err != nil {
			t.Fatal(err)
		}
		h.clock.advance(30 * time.Minute)
	}
	if !strings.Contains(e.Content, "Correction") {
		t.Fatalf("after %d runs a day later the edit is not stored: %.200s", runs, e.Content)
	}
	if len(e.Revisions) != 1 || !slices.Contains(e.Revisions[0].Changed, "body") || e.FirstSeen != old.FirstSeen || !e.Updated.After(old.Updated) {
		t.Errorf("entry after the edit: revisions %+v, first seen %v (was %v), updated %v (was %v)", e.Revisions, e.FirstSeen, old.FirstSeen, e.Updated, old.Updated)
	}
	atom := string(h.read("news-en.atom"))
	if !strings.Contains(atom, "Correction: the seminar was moved to Ganja.") || strings.Count(atom, "<id>"+url+"</id>") != 1 {
		t.Error("news-en.atom lacks the edited body, or the item's id changed")
	}
	// The window is swept: later runs fetch no article again for a day.
	h.clock.advance(time.Hour)
	for range 3 {
		h.mustRun()
		h.clock.advance(30 * time.Minute)
	}
	n = len(h.site.Requests())
	h.mustRun()
	for _, r := range h.requestsSince(n) {
		if strings.Contains(r.URL, "_detail/") {
			t.Errorf("a swept window still fetched %s", r.URL)
		}
	}
}

// A title edited on page 2 while new items arrive on top is picked up:
// a page that brings anything new or edited is read on from, and once a
// day the list pages of the window are swept whatever page 1 says.
func TestTitleEditOnLaterPageSeen(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.mustRun()
	const url = "https://migration.gov.az/en/news_detail/16709"
	// The sweep: page 1 unchanged (it would answer 304), an edit on page 2.
	h.editSite("en/news@page=2.html", "Electronic services will be available without interruption during the holidays", "Electronic services will be available during the holidays")
	h.clock.advance(25 * time.Hour)
	h.mustRun()
	e, _, err := h.st.Get("news-en", url)
	if err != nil {
		t.Fatal(err)
	}
	if e.Title != "Electronic services will be available during the holidays" {
		t.Errorf("title %q: the daily sweep missed the edit on page 2", e.Title)
	}
	if len(e.Revisions) == 0 || e.Revisions[0].Title != "Electronic services will be available without interruption during the holidays" {
		t.Errorf("revisions %+v, want the old title", e.Revisions)
	}
}

// What the sweeps cost: over a day of half-hourly runs with nothing new,
// each feed's extra requests stay within its window's article pages plus
// its list pages, once; every other run is one request per feed.
func TestSweepCostPerDay(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.mustRun()
	items := map[string]int{}
	for _, f := range feedNames {
		n, err := h.st.Count(f)
		if err != nil {
			t.Fatal(err)
		}
		items[f] = n
	}
	// The first day: every article was just read. Measure the second.
	for range 48 {
		h.clock.advance(30 * time.Minute)
		h.mustRun()
	}
	h.clock.advance(30 * time.Minute)
	start := len(h.site.Requests())
	const runs = 48
	oneRequest := 0
	for range runs {
		n := len(h.site.Requests())
		h.mustRun()
		if len(h.requestsSince(n)) == len(feedNames) {
			oneRequest++
		}
		h.clock.advance(30 * time.Minute)
	}
	reqs := h.requestsSince(start)
	perFeed := map[string]int{}
	bodies := 0
	for _, r := range reqs {
		if r.Status == 200 {
			bodies++
		}
		for _, f := range feedNames {
			lang, kind := f[strings.Index(f, "-")+1:], f[:strings.Index(f, "-")]
			if strings.HasPrefix(r.URL, "/"+lang+"/"+kind) {
				perFeed[f]++
			}
		}
	}
	extra := len(reqs) - runs*len(feedNames)
	t.Logf("the second day, %d runs: %d requests (%d beyond one per feed and run, %d with a body); runs of one request per feed: %d; per feed %v; items %v",
		runs, len(reqs), extra, bodies, oneRequest, perFeed, items)
	for _, f := range feedNames {
		// one per run, the window's articles once, its list pages once
		if max := runs + items[f] + 4; perFeed[f] > max {
			t.Errorf("%s: %d requests in a day, want at most %d", f, perFeed[f], max)
		}
	}
	if oneRequest < runs/2 {
		t.Errorf("only %d of %d runs stayed at one request per feed", oneRequest, runs)
	}
}
