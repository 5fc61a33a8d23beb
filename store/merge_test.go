package store

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"sitefeed/item"
)

type run struct {
	items []item.Item
	at    time.Time
	want  MergeStats
}

func TestMergeCounts(t *testing.T) {
	a := item.Item{URL: news("1"), Title: "A", Summary: "a"}
	b := item.Item{URL: news("2"), Title: "B"}
	aEdited := a
	aEdited.Title = "A, corrected"
	tests := []struct {
		name string
		runs []run
	}{
		{"all new", []run{{[]item.Item{a, b}, t0, MergeStats{New: 2}}}},
		{"same again is unchanged", []run{
			{[]item.Item{a, b}, t0, MergeStats{New: 2}},
			{[]item.Item{a, b}, t0.Add(time.Hour), MergeStats{Unchanged: 2}},
		}},
		{"edited title is updated", []run{
			{[]item.Item{a, b}, t0, MergeStats{New: 2}},
			{[]item.Item{aEdited, b}, t0.Add(time.Hour), MergeStats{Updated: 1, Unchanged: 1}},
		}},
		{"duplicate URL in one batch counts once", []run{
			{[]item.Item{a, a, aEdited}, t0, MergeStats{New: 1}},
		}},
		{"empty batch does nothing", []run{{nil, t0, MergeStats{}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTemp(t)
			for i, r := range tt.runs {
				if got := mustMerge(t, s, "news", r.items, r.at); got != r.want {
					t.Errorf("run %d: stats = %+v, want %+v", i, got, r.want)
				}
			}
		})
	}
}

func TestMergeRejectsBadInput(t *testing.T) {
	s := openTemp(t)
	tests := []struct {
		name  string
		feed  string
		items []item.Item
		want  string
	}{
		{"empty feed", "", []item.Item{{URL: news("1")}}, "empty feed name"},
		{"item without URL", "news", []item.Item{{URL: news("1")}, {Title: "orphan"}}, `item 1 ("orphan") has no URL`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.Merge(tt.feed, tt.items, t0)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want it to mention %q", err, tt.want)
			}
			if n, _ := s.Count("news"); n != 0 {
				t.Errorf("a rejected batch stored %d items", n)
			}
		})
	}
}

// TestMergeHistory follows one URL across runs and checks the stored entry.
func TestMergeHistory(t *testing.T) {
	url := news("9144")
	date := time.Date(2013, 8, 20, 0, 0, 0, 0, baku)
	full := item.Item{
		URL: url, Title: "Title", Summary: "Summary", Content: "<p>Body</p>",
		Image: "https://migration.gov.az/img/1.jpg", Published: date,
		Attachments:   []item.Attachment{{URL: "https://migration.gov.az/f/1.pdf", Type: "application/pdf"}},
		ContentSource: "selector", ListSource: "selector", Language: "en",
	}
	listOnly := item.Item{URL: url, Title: "Title", ListSource: "selector"}
	retitled := with(listOnly, func(i *item.Item) { i.Title = "New title" })
	t1, t2, t3 := t0.Add(time.Hour), t0.Add(2*time.Hour), t0.Add(3*time.Hour)

	tests := []struct {
		name  string
		runs  []item.Item // merged at t0, t1, t2...
		check func(t *testing.T, e item.Entry)
	}{
		{"new entry: all times are now, hash set", []item.Item{full}, func(t *testing.T, e item.Entry) {
			wantTimes(t, e, t0, t0, t0)
			if e.Hash == "" || e.Hash != hashItem(full) {
				t.Errorf("Hash = %q, want hash of the item", e.Hash)
			}
		}},
		{"unchanged: only LastSeen moves", []item.Item{full, full}, func(t *testing.T, e item.Entry) {
			wantTimes(t, e, t0, t1, t0)
		}},
		{"real change: Updated moves, URL and FirstSeen stay", []item.Item{full, with(full, func(i *item.Item) { i.Content = "<p>Body, corrected</p>" }), full}, func(t *testing.T, e item.Entry) {
			wantTimes(t, e, t0, t2, t2)
			if e.URL != url {
				t.Errorf("URL = %q, want %q", e.URL, url)
			}
		}},
		{"list-only run keeps article data and does not update", []item.Item{full, listOnly}, func(t *testing.T, e item.Entry) {
			wantTimes(t, e, t0, t1, t0)
			if !reflect.DeepEqual(e.Attachments, full.Attachments) || e.Content != full.Content ||
				e.Summary != full.Summary || e.Image != full.Image || e.ContentSource != "selector" || e.Language != "en" {
				t.Errorf("stored data erased by an emptier run: %+v", e.Item)
			}
			if !e.Published.Equal(date) {
				t.Errorf("Published = %v, want %v", e.Published, date)
			}
		}},
		{"list-only first, article later is an update", []item.Item{listOnly, full}, func(t *testing.T, e item.Entry) {
			wantTimes(t, e, t0, t1, t1)
			if e.Content != full.Content || e.ContentSource != "selector" {
				t.Errorf("article data not merged in: %+v", e.Item)
			}
		}},
		{"new differing site date replaces the old one", []item.Item{full, with(full, func(i *item.Item) { i.Published = date.AddDate(0, 0, 1) })}, func(t *testing.T, e item.Entry) {
			wantTimes(t, e, t0, t1, t1)
			if !e.Published.Equal(date.AddDate(0, 0, 1)) {
				t.Errorf("Published = %v, want the new date", e.Published)
			}
		}},
		{"site date keeps its offset", []item.Item{full}, func(t *testing.T, e item.Entry) {
			if got, want := e.Published.Format(time.RFC3339), date.Format(time.RFC3339); got != want {
				t.Errorf("Published = %s, want %s", got, want)
			}
		}},
		{"non-hashed field change alone is unchanged", []item.Item{full, with(full, func(i *item.Item) { i.Language = "az" })}, func(t *testing.T, e item.Entry) {
			wantTimes(t, e, t0, t1, t0)
		}},
		{"undated item keeps FirstSeen as its date", []item.Item{listOnly, listOnly, retitled, retitled}, func(t *testing.T, e item.Entry) {
			wantTimes(t, e, t0, t3, t2)
			if !e.Date().Equal(t0) {
				t.Errorf("Date() = %v, want FirstSeen %v", e.Date(), t0)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTemp(t)
			for i, it := range tt.runs {
				mustMerge(t, s, "news", []item.Item{it}, t0.Add(time.Duration(i)*time.Hour))
			}
			tt.check(t, mustGet(t, s, "news", url))
		})
	}
}

func TestMergeNeverDeletes(t *testing.T) {
	s := openTemp(t)
	mustMerge(t, s, "news", []item.Item{{URL: news("1"), Title: "gone from the site"}, {URL: news("2"), Title: "stays"}}, t0)
	mustMerge(t, s, "news", []item.Item{{URL: news("2"), Title: "stays"}}, t0.Add(time.Hour))
	e := mustGet(t, s, "news", news("1"))
	if !e.LastSeen.Equal(t0) {
		t.Errorf("LastSeen of the vanished item = %v, want %v", e.LastSeen, t0)
	}
	if n, err := s.Count("news"); err != nil || n != 2 {
		t.Errorf("Count = %d, %v; want 2", n, err)
	}
}

func TestMergeKeepsFeedsApart(t *testing.T) {
	s := openTemp(t)
	it := item.Item{URL: news("1"), Title: "shared"}
	mustMerge(t, s, "en", []item.Item{it}, t0)
	if got := mustMerge(t, s, "az", []item.Item{it}, t0.Add(time.Hour)); got != (MergeStats{New: 1}) {
		t.Errorf("same URL in another feed: %+v, want New 1", got)
	}
	if e := mustGet(t, s, "en", it.URL); !e.FirstSeen.Equal(t0) {
		t.Errorf("en FirstSeen = %v, want %v", e.FirstSeen, t0)
	}
}

func wantTimes(t *testing.T, e item.Entry, first, last, updated time.Time) {
	t.Helper()
	if !e.FirstSeen.Equal(first) || !e.LastSeen.Equal(last) || !e.Updated.Equal(updated) {
		t.Errorf("FirstSeen, LastSeen, Updated = %v, %v, %v; want %v, %v, %v",
			e.FirstSeen, e.LastSeen, e.Updated, first, last, updated)
	}
}

func with(it item.Item, change func(*item.Item)) item.Item {
	change(&it)
	return it
}

// An edit keeps what the item was: when, and what changed (title, date,
// body hash), newest first and at most item.MaxRevisions; filling in what
// was missing is no edit.
func TestMergeRevisions(t *testing.T) {
	s := openTemp(t)
	url := news("16754")
	day := time.Date(2026, 2, 5, 10, 0, 0, 0, baku)
	listOnly := item.Item{URL: url, Title: "Old title"}
	v1 := item.Item{URL: url, Title: "Old title", Content: "<p>Body one</p>", ContentSource: "readability", Published: day}
	at := func(h int) time.Time { return t0.Add(time.Duration(h) * time.Hour) }
	merge := func(it item.Item, h int) item.Entry {
		t.Helper()
		if _, err := s.Merge("news-en", []item.Item{it}, at(h)); err != nil {
			t.Fatal(err)
		}
		e, _, err := s.Get("news-en", url)
		if err != nil {
			t.Fatal(err)
		}
		return e
	}
	merge(listOnly, 0)
	if e := merge(v1, 1); len(e.Revisions) != 0 {
		t.Fatalf("the article page read for the first time left revisions %+v", e.Revisions)
	}
	e := merge(item.Item{URL: url, Title: "New title", Content: "<p>Body two</p>", ContentSource: "readability", Published: day}, 2)
	if len(e.Revisions) != 1 {
		t.Fatalf("revisions %+v, want one", e.Revisions)
	}
	r := e.Revisions[0]
	if !r.Until.Equal(at(2)) || r.Title != "Old title" || !reflect.DeepEqual(r.Changed, []string{"title", "body"}) || r.BodyHash == "" || !r.Published.Equal(day) {
		t.Errorf("revision %+v, want the old title and body hash, until the edit", r)
	}
	if !e.Updated.Equal(at(2)) {
		t.Errorf("updated %v, want the edit's time", e.Updated)
	}
	for h := 3; h < 10; h++ {
		e = merge(item.Item{URL: url, Title: "Title " + strings.Repeat("x", h), ContentSource: "readability"}, h)
	}
	if len(e.Revisions) != item.MaxRevisions || e.Revisions[0].Title != "Title xxxxxxxx" {
		t.Errorf("%d revisions, first %+v; want %d, newest first", len(e.Revisions), e.Revisions[0], item.MaxRevisions)
	}
}
