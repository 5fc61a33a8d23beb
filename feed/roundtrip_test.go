package feed

import (
	"strings"
	"testing"

	"github.com/mmcdole/gofeed"

	"sitefeed/item"
)

// enc is an expected enclosure as gofeed reports it.
type enc struct{ URL, Length, Type string }

const (
	docxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
	pdfURL   = "https://migration.gov.az/files/elan.pdf"
	docxURL  = "https://migration.gov.az/files/qayda.docx"
	jpgURL   = "https://migration.gov.az/images/news/16701.jpg"
	pngURL   = "https://migration.gov.az/images/news/16690.png"
)

// TestGofeedRoundTrip parses every format with a real reader's parser and
// checks that what the store gave comes back out.
func TestGofeedRoundTrip(t *testing.T) {
	entries := testEntries(t)
	meta := testMeta("az")
	wantTitles := []string{
		"İmmiqrasiya qaydaları & <yeni> tələblər: \"vətəndaşlıq\"", // U+000C gone
		titleRu, titleEn, "Elan",
	}
	tests := []struct {
		ext    string
		render func(Meta, []item.Entry) ([]byte, error)
		encs   [][]enc // per entry
	}{
		{ext: "rss", render: RSS, encs: [][]enc{
			{{pdfURL, "0", "application/pdf"}}, // one enclosure: the PDF wins
			{{pngURL, "0", "image/png"}},       // no attachment: the image
			nil, nil,
		}},
		{ext: "atom", render: Atom, encs: [][]enc{
			{{docxURL, "12345", docxType}, {pdfURL, "", "application/pdf"}, {jpgURL, "", "image/jpeg"}},
			{{pngURL, "", "image/png"}},
			nil, nil,
		}},
		{ext: "json", render: JSON, encs: [][]enc{
			{{docxURL, "12345", docxType}, {pdfURL, "", "application/pdf"}},
			nil, nil, nil,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.ext, func(t *testing.T) {
			out, err := tt.render(meta, entries)
			if err != nil {
				t.Fatal(err)
			}
			f, err := gofeed.NewParser().ParseString(string(out))
			if err != nil {
				t.Fatalf("gofeed: %v", err)
			}
			if f.Title != meta.Title || f.Language != "az" {
				t.Errorf("feed title, language = %q, %q; want %q, az", f.Title, f.Language, meta.Title)
			}
			if len(f.Items) != len(entries) {
				t.Fatalf("got %d items, want %d", len(f.Items), len(entries))
			}
			for i, it := range f.Items {
				e := entries[i]
				if it.Title != wantTitles[i] {
					t.Errorf("item %d title = %q, want %q", i, it.Title, wantTitles[i])
				}
				if it.Link != e.URL || it.GUID != e.URL {
					t.Errorf("item %d link, guid = %q, %q; want %q", i, it.Link, it.GUID, e.URL)
				}
				if it.PublishedParsed == nil || !it.PublishedParsed.Equal(e.Date()) {
					t.Errorf("item %d published = %v, want %v", i, it.PublishedParsed, e.Date())
				}
				checkEnclosures(t, i, it.Enclosures, tt.encs[i])
				// RSS's one enclosure is the PDF: the lead image leads the
				// content instead, once.
				if tt.ext == "rss" && i == 0 && (!strings.Contains(it.Content, `<img src="`+jpgURL+`"`) || strings.Count(it.Content, jpgURL) != 1) {
					t.Errorf("item 0's content lacks its lead image %s once (the enclosure is the PDF): %.300s", jpgURL, it.Content)
				}
				if tt.ext == "rss" && i == 1 && strings.Contains(it.Content, `<img src="`+pngURL+`" alt="">`) {
					t.Errorf("item 1's image, its enclosure, is repeated in the content")
				}
			}
			checkFirstContent(t, f.Items[0].Content)
		})
	}
}

func checkEnclosures(t *testing.T, i int, got []*gofeed.Enclosure, want []enc) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("item %d: %d enclosures, want %d", i, len(got), len(want))
		return
	}
	for j, g := range got {
		if (enc{g.URL, g.Length, g.Type}) != want[j] {
			t.Errorf("item %d enclosure %d = %+v, want %+v", i, j, *g, want[j])
		}
	}
}

// checkFirstContent asserts the tricky content survived: "]]>" intact, the
// form feed gone, HTML still HTML.
func checkFirstContent(t *testing.T, content string) {
	t.Helper()
	for _, want := range []string{"<code>a[b[0]]>c</code> ]]> burada", "<p>Dövlət Miqrasiya Xidməti yeni"} {
		if !strings.Contains(content, want) {
			t.Errorf("content lacks %q:\n%s", want, content)
		}
	}
	if strings.ContainsRune(content, '\f') {
		t.Error("content still holds U+000C")
	}
}

func TestGofeedUpdated(t *testing.T) {
	entries := testEntries(t)
	for _, tt := range []struct {
		ext    string
		render func(Meta, []item.Entry) ([]byte, error)
	}{{"atom", Atom}, {"json", JSON}} {
		t.Run(tt.ext, func(t *testing.T) {
			out, err := tt.render(testMeta("az"), entries)
			if err != nil {
				t.Fatal(err)
			}
			f, err := gofeed.NewParser().ParseString(string(out))
			if err != nil {
				t.Fatal(err)
			}
			for i, it := range f.Items {
				want := entries[i].Updated
				if want.Before(entries[i].Date()) || entries[i].Updated.Equal(entries[i].FirstSeen) {
					want = entries[i].Date() // never before published; unchanged items: published
				}
				if it.UpdatedParsed == nil || !it.UpdatedParsed.Equal(want) {
					t.Errorf("item %d updated = %v, want %v", i, it.UpdatedParsed, want)
				}
			}
		})
	}
}
