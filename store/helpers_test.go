package store

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"sitefeed/item"
)

var (
	t0   = time.Date(2025, 3, 15, 10, 0, 0, 0, time.UTC)
	baku = time.FixedZone("+04", 4*60*60)
)

// openTemp opens a fresh store in a temporary directory, closed at cleanup.
func openTemp(t testing.TB) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "sitefeed.db"), Options{})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

func news(id string) string { return "https://migration.gov.az/en/news_detail/" + id }

func mustMerge(t testing.TB, s *Store, feed string, items []item.Item, now time.Time) MergeStats {
	t.Helper()
	st, err := s.Merge(feed, items, now)
	if err != nil {
		t.Fatalf("Merge: %v", err)
	}
	return st
}

func mustGet(t testing.TB, s *Store, feed, url string) item.Entry {
	t.Helper()
	e, ok, err := s.Get(feed, url)
	if err != nil || !ok {
		t.Fatalf("Get(%s, %s) = found %v, err %v", feed, url, ok, err)
	}
	return e
}

func urlsOf(entries []item.Entry) []string {
	out := make([]string, len(entries))
	for i, e := range entries {
		out[i] = e.URL
	}
	return out
}

// sampleItems are n distinct items with some body, numbered from 1.
func sampleItems(n int) []item.Item {
	out := make([]item.Item, n)
	for i := range out {
		id := strconv.Itoa(i + 1)
		out[i] = item.Item{URL: news(id), Title: "Item " + id, Summary: strings.Repeat("summary "+id+" ", 20)}
	}
	return out
}
