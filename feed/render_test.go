package feed

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"sitefeed/item"
)

func TestRenderDeterministic(t *testing.T) {
	for _, c := range renderCases(t) {
		for _, f := range Formats() {
			t.Run(c.name+"."+f.Ext, func(t *testing.T) {
				a, err := f.Render(c.meta, c.entries)
				if err != nil {
					t.Fatal(err)
				}
				// Sub-second parts, as a clock gives them, must not change
				// the bytes: every format shows whole seconds.
				again := testEntries(t)[:len(c.entries)]
				for i := range again {
					again[i].FirstSeen = again[i].FirstSeen.Add(300 * time.Millisecond)
					again[i].Updated = again[i].Updated.Add(300 * time.Millisecond)
				}
				b, err := f.Render(c.meta, again)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(a, b) {
					t.Errorf("two renders differ:\n%s", firstDiff(string(a), string(b)))
				}
			})
		}
	}
}

func TestFeedDateIsNewestEntry(t *testing.T) {
	loc := baku(t)
	d := func(day int) time.Time { return time.Date(2025, 3, day, 12, 0, 0, 0, loc) }
	entries := []item.Entry{
		{Item: item.Item{URL: "https://migration.gov.az/az/news_detail/3", Title: "a", Published: d(10)}, FirstSeen: d(10), Updated: d(10)},
		// Older, but edited last: the feed's date follows the edit.
		{Item: item.Item{URL: "https://migration.gov.az/az/news_detail/2", Title: "b", Published: d(5)}, FirstSeen: d(5), Updated: d(20)},
		// Undated, seen on the 15th.
		{Item: item.Item{URL: "https://migration.gov.az/az/news_detail/1", Title: "c"}, FirstSeen: d(15), Updated: d(15)},
	}
	tests := []struct {
		name    string
		render  func(Meta, []item.Entry) ([]byte, error)
		want    string
		notWant string
	}{
		{name: "rss", render: RSS, want: "<lastBuildDate>Thu, 20 Mar 2025 12:00:00 +0400</lastBuildDate>"},
		{name: "atom", render: Atom, want: "<updated>2025-03-20T12:00:00+04:00</updated>\n  <subtitle>"},
		{name: "rss undated pubDate", render: RSS, want: "<pubDate>Sat, 15 Mar 2025 12:00:00 +0400</pubDate>"},
		{name: "json undated", render: JSON, want: `"date_published": "2025-03-15T12:00:00+04:00"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := tt.render(testMeta("az"), entries)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(out), tt.want) {
				t.Errorf("output lacks %q:\n%s", tt.want, out)
			}
		})
	}
}

func TestRenderRejectsBadURLs(t *testing.T) {
	good := testEntries(t)[:1]
	relative := []item.Entry{good[0]}
	relative[0].URL = "/az/news_detail/1"
	badHome := testMeta("az")
	badHome.Home = "migration.gov.az/az/news"
	badPublic := testMeta("az")
	badPublic.PublicURL = ""
	tests := []struct {
		name    string
		meta    Meta
		entries []item.Entry
	}{
		{name: "relative item URL", meta: testMeta("az"), entries: relative},
		{name: "home without scheme", meta: badHome, entries: good},
		{name: "no public URL", meta: badPublic, entries: good},
	}
	for _, tt := range tests {
		for _, f := range Formats() {
			t.Run(tt.name+"/"+f.Ext, func(t *testing.T) {
				if _, err := f.Render(tt.meta, tt.entries); err == nil {
					t.Error("got nil error, want one")
				}
			})
		}
	}
}

func TestRenderDropsBadAttachmentURLs(t *testing.T) {
	e := testEntries(t)[0]
	e.Image = "images/relative.jpg"
	e.Attachments = []item.Attachment{{URL: "javascript:alert(1)"}, {URL: "https://migration.gov.az/files/ok.pdf"}}
	for _, f := range Formats() {
		t.Run(f.Ext, func(t *testing.T) {
			out, err := f.Render(testMeta("az"), []item.Entry{e})
			if err != nil {
				t.Fatal(err)
			}
			for _, bad := range []string{"relative.jpg", "javascript:"} {
				if strings.Contains(string(out), bad) {
					t.Errorf("output holds %q", bad)
				}
			}
			if !strings.Contains(string(out), "https://migration.gov.az/files/ok.pdf") {
				t.Error("output lost the good attachment")
			}
		})
	}
}

func TestNonASCIIURLsBecomeASCII(t *testing.T) {
	e := testEntries(t)[0]
	e.URL = "https://migration.gov.az/az/xəbər?q=İ"
	e.Attachments = []item.Attachment{{URL: "https://bücher.example/fayl 1.pdf"}}
	out, err := RSS(testMeta("az"), []item.Entry{e})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"<guid isPermaLink=\"true\">https://migration.gov.az/az/x%C9%99b%C9%99r?q=%C4%B0</guid>",
		"url=\"https://xn--bcher-kva.example/fayl%201.pdf\"",
	} {
		if !strings.Contains(string(out), want) {
			t.Errorf("output lacks %s", want)
		}
	}
}
