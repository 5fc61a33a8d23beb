package store

import (
	"reflect"
	"strconv"
	"sync"
	"testing"
	"time"

	"sitefeed/item"
)

func TestEntriesOrderAndLimit(t *testing.T) {
	tie := time.Date(2025, 3, 10, 12, 0, 0, 0, baku)
	site := "https://migration.gov.az/en/"
	items := []item.Item{
		{URL: news("100"), Published: tie},
		{URL: news("99"), Published: tie},
		{URL: news("1000"), Published: tie},
		{URL: site + "about", Published: tie},
		{URL: site + "zzz", Published: tie},
		{URL: site + "press_detail/100", Published: tie.UTC()}, // same instant, other zone
		{URL: news("5")},                                       // undated: FirstSeen t0 is newest
		{URL: news("9144"), Published: time.Date(2013, 8, 20, 0, 0, 0, 0, baku)},
		{URL: news("7"), Published: time.Date(1969, 7, 20, 0, 0, 0, 0, time.UTC)},
	}
	all := []string{
		news("5"), news("1000"), site + "press_detail/100", news("100"), news("99"),
		site + "zzz", site + "about", news("9144"), news("7"),
	}
	s := openTemp(t)
	// Two batches, in an order unrelated to the expected one.
	mustMerge(t, s, "news", items[:4], t0)
	mustMerge(t, s, "news", items[4:], t0)

	tests := []struct {
		name  string
		limit int
		want  []string
	}{
		{"all with zero", 0, all},
		{"all with negative", -1, all},
		{"limit 3", 3, all[:3]},
		{"limit beyond count", 100, all},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Entries("news", tt.limit)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(urlsOf(got), tt.want) {
				t.Errorf("order =\n%q\nwant\n%q", urlsOf(got), tt.want)
			}
		})
	}
}

func TestEntriesFollowDateChange(t *testing.T) {
	s := openTemp(t)
	old := time.Date(2020, 1, 1, 0, 0, 0, 0, baku)
	mustMerge(t, s, "news", []item.Item{
		{URL: news("1"), Published: old},
		{URL: news("2"), Published: old.AddDate(1, 0, 0)},
	}, t0)
	// The site corrects item 1's date to after item 2's.
	mustMerge(t, s, "news", []item.Item{{URL: news("1"), Published: old.AddDate(2, 0, 0)}}, t0.Add(time.Hour))
	got, err := s.Entries("news", 0)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{news("1"), news("2")}; !reflect.DeepEqual(urlsOf(got), want) {
		t.Errorf("order = %q, want %q", urlsOf(got), want)
	}
	if n, _ := s.Count("news"); n != 2 {
		t.Errorf("Count = %d, want 2 (stale index key left behind?)", n)
	}
}

func TestReadsOfUnknownFeed(t *testing.T) {
	s := openTemp(t)
	mustMerge(t, s, "other", []item.Item{{URL: news("1")}}, t0)
	entries, err := s.Entries("news", 10)
	if err != nil || len(entries) != 0 {
		t.Errorf("Entries = %v, %v; want none", entries, err)
	}
	if n, err := s.Count("news"); err != nil || n != 0 {
		t.Errorf("Count = %d, %v; want 0", n, err)
	}
	if _, ok, err := s.Get("news", news("1")); err != nil || ok {
		t.Errorf("Get found = %v, err %v; want not found", ok, err)
	}
	if _, ok, err := s.Get("other", news("2")); err != nil || ok {
		t.Errorf("Get of unknown URL found = %v, err %v; want not found", ok, err)
	}
}

func TestLookup(t *testing.T) {
	s := openTemp(t)
	mustMerge(t, s, "news", []item.Item{
		{URL: news("1"), Content: "<p>x</p>", ContentSource: "readability", Published: t0.Add(-time.Hour)},
		{URL: news("2"), Title: "list only"},
	}, t0)
	tests := []struct {
		name string
		feed string
		want map[string]item.Known
	}{
		{"stored feed", "news", map[string]item.Known{
			news("1"): {Stored: true, HasArticle: true, Published: t0.Add(-time.Hour)},
			news("2"): {Stored: true, Title: "list only"},
			news("3"): {},
		}},
		{"unknown feed", "az", map[string]item.Known{news("1"): {}, news("2"): {}, news("3"): {}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Lookup(tt.feed, []string{news("1"), news("2"), news("3")})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Lookup = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestFeeds(t *testing.T) {
	s := openTemp(t)
	if feeds, err := s.Feeds(); err != nil || len(feeds) != 0 {
		t.Fatalf("Feeds of a new store = %q, %v", feeds, err)
	}
	for _, f := range []string{"ru", "az", "en"} {
		mustMerge(t, s, f, []item.Item{{URL: news("1")}}, t0)
	}
	feeds, err := s.Feeds()
	if want := []string{"az", "en", "ru"}; err != nil || !reflect.DeepEqual(feeds, want) {
		t.Errorf("Feeds = %q, %v; want %q", feeds, err, want)
	}
}

func TestConcurrentUse(t *testing.T) {
	s := openTemp(t)
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for w := range 4 {
		wg.Go(func() {
			for i := range 25 {
				url := news(strconv.Itoa(w*100 + i))
				if _, err := s.Merge("news", []item.Item{{URL: url}}, t0); err != nil {
					errs <- err
					return
				}
				if _, err := s.Entries("news", 10); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if n, _ := s.Count("news"); n != 100 {
		t.Errorf("Count = %d, want 100", n)
	}
}
