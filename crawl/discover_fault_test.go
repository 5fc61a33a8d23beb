package crawl

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// A list page that disappears, with no other page of the site leading to
// one, fails that feed naming what discovery tried; its files stay
// byte-identical, nothing stored is lost, the other feeds go on, and the
// next run after the site heals recovers (issue 11, bad input).
func TestListPageGoneAndNothingFound(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.mustRun()
	kept := h.snapshot("news-en")
	before, err := h.st.Count("news-en")
	if err != nil {
		t.Fatal(err)
	}
	h.force("/en/news", 404)
	h.clock.advance(30 * time.Minute)
	rep, err := h.run()
	if !errors.Is(err, ErrFeedsFailed) {
		t.Fatalf("run error %v, want ErrFeedsFailed", err)
	}
	res := result(t, rep, "news-en")
	if res.Err == nil || !strings.Contains(res.Err.Error(), "discovery found no list page either") || !strings.Contains(res.Err.Error(), "404") {
		t.Errorf("news-en error %v, want the 404 and what discovery tried", res.Err)
	}
	for _, f := range feedNames {
		if f != "news-en" && result(t, rep, f).Err != nil {
			t.Errorf("%s failed too: %v", f, result(t, rep, f).Err)
		}
	}
	h.sameFiles(kept)
	if n, _ := h.st.Count("news-en"); n != before {
		t.Errorf("%d items stored after the failure, want %d", n, before)
	}
	h.force("/en/news", 0)
	h.clock.advance(30 * time.Minute)
	h.mustRun()
	if st, _ := h.st.Status("news-en"); st.ConsecutiveFailures != 0 || st.LastError != "" {
		t.Errorf("after recovery: status %+v", st)
	}
}
