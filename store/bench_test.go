package store

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"

	"sitefeed/item"
)

const benchItems = 6000

// benchCorpus builds n realistic items: ~3 KB of article HTML each, with
// ids and dates spread like the site's (about 600 news a year).
func benchCorpus(n int) []item.Item {
	rng := rand.New(rand.NewPCG(7, 9))
	words := strings.Fields("Dövlət Miqrasiya Xidməti vətəndaşlıq məsələləri üzrə " +
		"migration service residence permit citizenship foreigners stateless persons " +
		"Государственная миграционная служба разрешение на проживание иностранцы " +
		"meeting delegation cooperation international organization Baku region")
	sentence := func(k int) string {
		var b strings.Builder
		for i := range k {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(words[rng.IntN(len(words))])
		}
		return b.String()
	}
	items := make([]item.Item, n)
	start := time.Date(2010, 1, 1, 0, 0, 0, 0, baku)
	for i := range items {
		id := 8000 + i
		var content strings.Builder
		for content.Len() < 3000 {
			content.WriteString("<p>" + sentence(30) + "</p>\n")
		}
		items[i] = item.Item{
			URL:           news(strconv.Itoa(id)),
			Title:         sentence(10),
			Summary:       sentence(40),
			Content:       content.String(),
			Image:         fmt.Sprintf("https://migration.gov.az/images/news/%d.jpg", id),
			Published:     start.Add(time.Duration(i) * 14 * time.Hour).Truncate(24 * time.Hour),
			Language:      "en",
			ListSource:    "selector",
			ContentSource: "selector",
		}
	}
	return items
}

// BenchmarkMerge6000 merges a first run of 6,000 new items in one call
// (a full backfill): one transaction, one fsync.
func BenchmarkMerge6000(b *testing.B) {
	s := openTemp(b)
	items := benchCorpus(benchItems)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		st, err := s.Merge("feed"+strconv.Itoa(i), items, t0)
		if err != nil || st.New != benchItems {
			b.Fatalf("Merge = %+v, %v", st, err)
		}
	}
}

// BenchmarkMerge6000Unchanged re-merges the same 6,000 items: the common
// scheduled run, where only LastSeen moves.
func BenchmarkMerge6000Unchanged(b *testing.B) {
	s := openTemp(b)
	items := benchCorpus(benchItems)
	mustMerge(b, s, "news", items, t0)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		st, err := s.Merge("news", items, t0.Add(time.Duration(i)*time.Hour))
		if err != nil || st.Unchanged != benchItems {
			b.Fatalf("Merge = %+v, %v", st, err)
		}
	}
}

// BenchmarkMerge50Into6000 is a typical run's batch: one list page of
// items, mostly known, into a large feed.
func BenchmarkMerge50Into6000(b *testing.B) {
	s := openTemp(b)
	items := benchCorpus(benchItems + 50)
	mustMerge(b, s, "news", items[:benchItems], t0)
	batch := items[benchItems-40:]
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		if _, err := s.Merge("news", batch, t0.Add(time.Duration(i)*time.Hour)); err != nil {
			b.Fatal(err)
		}
	}
}

func benchFilled(b *testing.B) *Store {
	s := openTemp(b)
	mustMerge(b, s, "news", benchCorpus(benchItems), t0)
	return s
}

// BenchmarkEntries50 reads the newest 50 of 6,000: what a feed render does.
func BenchmarkEntries50(b *testing.B) {
	s := benchFilled(b)
	b.ReportAllocs()
	for b.Loop() {
		if got, err := s.Entries("news", 50); err != nil || len(got) != 50 {
			b.Fatalf("Entries = %d, %v", len(got), err)
		}
	}
}

func BenchmarkEntriesAll6000(b *testing.B) {
	s := benchFilled(b)
	b.ReportAllocs()
	for b.Loop() {
		if got, err := s.Entries("news", 0); err != nil || len(got) != benchItems {
			b.Fatalf("Entries = %d, %v", len(got), err)
		}
	}
}

func BenchmarkLookup6000(b *testing.B) {
	s := benchFilled(b)
	urls := make([]string, benchItems)
	for i := range urls {
		urls[i] = news(strconv.Itoa(8000 + i))
	}
	b.ReportAllocs()
	for b.Loop() {
		if got, err := s.Lookup("news", urls); err != nil || !got[urls[0]].HasArticle {
			b.Fatalf("Lookup: %v", err)
		}
	}
}

func BenchmarkCount6000(b *testing.B) {
	s := benchFilled(b)
	b.ReportAllocs()
	for b.Loop() {
		if n, err := s.Count("news"); err != nil || n != benchItems {
			b.Fatalf("Count = %d, %v", n, err)
		}
	}
}

// BenchmarkSnapshot6000 takes the daily snapshot (copy and verify) of a
// store of 6,000 items.
func BenchmarkSnapshot6000(b *testing.B) {
	s := openTemp(b)
	if _, err := s.Merge("news-az", benchCorpus(benchItems), t0); err != nil {
		b.Fatal(err)
	}
	day := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	for b.Loop() {
		day = day.AddDate(0, 0, 1)
		if _, err := s.Snapshot(day); err != nil {
			b.Fatal(err)
		}
	}
}
