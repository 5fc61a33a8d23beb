package item

import (
	"reflect"
	"testing"
	"time"
)

// This table is the specification of which value of a field wins.
func TestPage(t *testing.T) {
	baku := time.FixedZone("Asia/Baku", 4*3600)
	day := time.Date(2025, 11, 25, 0, 0, 0, 0, baku)
	withTime := time.Date(2025, 11, 25, 11, 30, 0, 0, baku)
	other := time.Date(2024, 1, 2, 0, 0, 0, 0, baku)
	pdf := []Attachment{{URL: "https://x/a.pdf"}}
	tests := []struct {
		name          string
		list, article Item
		want          Item
	}{
		{"article fills an empty list entry", Item{URL: "u"}, Item{Title: "Full", Published: withTime},
			Item{URL: "u", Title: "Full", Published: withTime}},
		{"list title kept over another article title", Item{URL: "u", Title: "List"}, Item{Title: "Site logo"},
			Item{URL: "u", Title: "List"}},
		{"cut list title completed by the article", Item{URL: "u", Title: "New rules for…"}, Item{Title: "New rules for migrants"},
			Item{URL: "u", Title: "New rules for migrants"}},
		{"cut list title kept when the article's is unrelated", Item{URL: "u", Title: "New rules..."}, Item{Title: "Menu"},
			Item{URL: "u", Title: "New rules..."}},
		{"same day: the article adds the time", Item{URL: "u", Published: day}, Item{Published: withTime},
			Item{URL: "u", Published: withTime}},
		{"another day: the list's date is kept", Item{URL: "u", Published: day}, Item{Published: other},
			Item{URL: "u", Published: day}},
		{"list time kept over a date-only article", Item{URL: "u", Published: withTime}, Item{Published: day},
			Item{URL: "u", Published: withTime}},
		{"list summary kept, article's fills", Item{URL: "u", Summary: "s"}, Item{Summary: "from content"},
			Item{URL: "u", Summary: "s"}},
		{"article media and content win", Item{URL: "u", Image: "thumb", ListSource: "selector"},
			Item{Image: "lead", Images: []string{"lead"}, Attachments: pdf, Content: "<p>c</p>", ContentSource: "selector"},
			Item{URL: "u", Image: "lead", Images: []string{"lead"}, Attachments: pdf, Content: "<p>c</p>", ContentSource: "selector", ListSource: "selector"}},
		{"list thumbnail kept when the article has no image", Item{URL: "u", Image: "thumb"}, Item{ContentSource: "none"},
			Item{URL: "u", Image: "thumb", ContentSource: "none"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Page(tt.list, tt.article); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Page =\n %+v\nwant\n %+v", got, tt.want)
			}
		})
	}
}

func TestOver(t *testing.T) {
	baku := time.FixedZone("Asia/Baku", 4*3600)
	day := time.Date(2025, 11, 25, 0, 0, 0, 0, baku)
	withTime := time.Date(2025, 11, 25, 11, 30, 0, 0, baku)
	nextDay := time.Date(2025, 11, 26, 0, 0, 0, 0, baku)
	pdf := []Attachment{{URL: "https://x/a.pdf"}}
	stored := Item{URL: "u", Title: "Whole title", Summary: "old summary", Content: "<p>old</p>", ContentSource: "selector",
		Image: "lead", Images: []string{"lead"}, Attachments: pdf, Published: withTime, Language: "az", ListSource: "selector"}
	with := func(f func(*Item)) Item { it := stored; f(&it); return it }
	tests := []struct {
		name     string
		incoming Item
		stored   Item
		want     Item
	}{
		{"new item", Item{URL: "u", Title: "t"}, Item{}, Item{URL: "u", Title: "t"}},
		{"empty never erases", Item{URL: "u"}, stored, stored},
		{"list-only: new title and summary win (an edit)", Item{URL: "u", Title: "Edited", Summary: "new"}, stored,
			with(func(it *Item) { it.Title, it.Summary = "Edited", "new" })},
		{"list-only: a cut title never replaces the whole one", Item{URL: "u", Title: "Whole ti..."}, stored, stored},
		{"list-only: a cut title differently cut keeps the known one", Item{URL: "u", Title: "Other…"}, stored, stored},
		{"list-only: thumbnail, images, attachments never replace the article's",
			Item{URL: "u", Image: "thumb", Images: []string{"thumb"}, Attachments: []Attachment{{URL: "https://x/b.pdf"}}}, stored, stored},
		{"list-only: a date-only value keeps the known time of that day", Item{URL: "u", Published: day}, stored, stored},
		{"list-only: another day wins (an edit)", Item{URL: "u", Published: nextDay}, stored,
			with(func(it *Item) { it.Published = nextDay })},
		{"list-only: a time where only the day was known", Item{URL: "u", Published: withTime},
			with(func(it *Item) { it.Published = day }), stored},
		{"article re-read: its content and media win", Item{URL: "u", Content: "<p>new</p>", ContentSource: "readability", Image: "lead2"}, stored,
			with(func(it *Item) { it.Content, it.ContentSource, it.Image = "<p>new</p>", "readability", "lead2" })},
		{"identity is the stored URL", Item{URL: "u2", Title: "Whole title"}, stored, stored},
		{"undated: the first estimate of its place stays", Item{URL: "u", Estimated: nextDay}, Item{URL: "u", Estimated: day},
			Item{URL: "u", Estimated: day}},
		{"undated: an estimate where none was known", Item{URL: "u", Estimated: day}, Item{URL: "u"}, Item{URL: "u", Estimated: day}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Over(tt.incoming, tt.stored); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Over =\n %+v\nwant\n %+v", got, tt.want)
			}
		})
	}
}

func TestFill(t *testing.T) {
	a := Item{URL: "u", Image: "img"}
	b := Item{URL: "u", Title: "Title", Image: "other", Summary: "s"}
	want := Item{URL: "u", Title: "Title", Image: "img", Summary: "s"}
	if got := Fill(a, b); !reflect.DeepEqual(got, want) {
		t.Errorf("Fill = %+v, want %+v", got, want)
	}
}
