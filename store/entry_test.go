package store

import (
	"testing"
	"time"

	"sitefeed/item"
)

func TestHashItem(t *testing.T) {
	base := item.Item{
		URL: news("1"), Title: "ab", Summary: "c", Content: "<p>x</p>", Image: "https://x/i.jpg",
		Attachments: []item.Attachment{{URL: "https://x/a.pdf", Title: "A"}},
		Published:   time.Date(2025, 3, 10, 12, 0, 0, 0, baku),
	}
	tests := []struct {
		name    string
		change  func(*item.Item)
		changes bool
	}{
		{"title", func(i *item.Item) { i.Title = "ab!" }, true},
		{"field boundary", func(i *item.Item) { i.Title, i.Summary = "a", "bc" }, true},
		{"summary", func(i *item.Item) { i.Summary = "" }, true},
		{"content", func(i *item.Item) { i.Content = "<p>y</p>" }, true},
		{"image", func(i *item.Item) { i.Image = "" }, true},
		{"attachment URL", func(i *item.Item) { i.Attachments[0].URL = "https://x/b.pdf" }, true},
		{"attachment added", func(i *item.Item) { i.Attachments = append(i.Attachments, item.Attachment{URL: "https://x/c.pdf"}) }, true},
		{"site date", func(i *item.Item) { i.Published = i.Published.Add(time.Minute) }, true},
		{"site date dropped", func(i *item.Item) { i.Published = time.Time{} }, true},
		{"same instant, other zone", func(i *item.Item) { i.Published = i.Published.UTC() }, false},
		{"attachment title", func(i *item.Item) { i.Attachments[0].Title = "B" }, false},
		{"sources and language", func(i *item.Item) { i.ContentSource, i.ListSource, i.Language = "readability", "link-pattern", "ru" }, false},
		{"URL", func(i *item.Item) { i.URL = news("2") }, false},
	}
	want := hashItem(base)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			it := base
			it.Attachments = append([]item.Attachment(nil), base.Attachments...)
			tt.change(&it)
			if got := hashItem(it) != want; got != tt.changes {
				t.Errorf("hash changed = %v, want %v", got, tt.changes)
			}
		})
	}
}
