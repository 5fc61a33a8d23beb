package feed

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // Asia/Baku without relying on the host's zoneinfo

	"sitefeed/item"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func baku(tb testing.TB) *time.Location {
	tb.Helper()
	loc, err := time.LoadLocation("Asia/Baku")
	if err != nil {
		tb.Fatal(err)
	}
	return loc
}

func at(tb testing.TB, y int, mo time.Month, d, h, mi int) time.Time {
	return time.Date(y, mo, d, h, mi, 0, 0, baku(tb))
}

func testMeta(lang string) Meta {
	return Meta{
		Name:        "migration-news-" + lang,
		Title:       "Dövlət Miqrasiya Xidməti – Xəbərlər",
		Description: "Xəbərlər & elanlar <migration.gov.az>",
		Language:    lang,
		Home:        "https://migration.gov.az/" + lang + "/news",
		PublicURL:   "https://feeds.example.org/",
		Generator:   "sitefeed 1.2.3",
	}
}

// Titles and contents of the fixture entries, as the store hands them over
// (with the characters xmlSafe must strip).
const (
	titleAz   = "İmmiqrasiya \fqaydaları & <yeni> tələblər: \"vətəndaşlıq\""
	contentAz = "<p>Dövlət Miqrasiya Xidməti\f yeni qaydalar barədə məlumat verir.</p>\n" +
		"<p>Kod nümunəsi: <code>a[b[0]]>c</code> ]]> burada bitir.</p>"
	titleRu   = "Миграционная служба: приём граждан 5 декабря"
	contentRu = "<p>Государственная миграционная служба   сообщает о графике <b>приёма</b> граждан.</p>" +
		"<p>Приём проводится в здании службы.</p>"
	titleEn = "The Chief of the State Migration Service takes part in the IOM Council's 114th session"
)

// testEntries are the fixture entries, newest first:
//  0. az, dated, updated later, a PDF (size unknown), a DOCX without a type
//     and a lead image; U+000C, "&", "<", "]]>" and "İ"/"ə" in its texts;
//  1. ru, dated, no summary (the description is an excerpt), image only;
//  2. en, undated: Date() is FirstSeen; a summary and no attachments;
//  3. az, no content, Updated before Published (a clock glitch).
func testEntries(tb testing.TB) []item.Entry {
	return []item.Entry{
		{
			Item: item.Item{
				URL:     "https://migration.gov.az/az/news_detail/16701",
				Title:   titleAz,
				Summary: "Qısa xülasə \f& <b>mətn</b> deyil",
				Content: contentAz,
				Image:   "https://migration.gov.az/images/news/16701.jpg",
				Attachments: []item.Attachment{
					{URL: "https://migration.gov.az/files/qayda.docx", Title: "Qayda", Length: 12345},
					{URL: "https://migration.gov.az/files/elan.pdf", Title: "Elan (PDF)", Type: "application/pdf"},
				},
				Published: at(tb, 2025, time.November, 27, 10, 30),
				Language:  "az",
			},
			FirstSeen: at(tb, 2025, time.November, 27, 12, 0),
			LastSeen:  at(tb, 2025, time.November, 29, 12, 0),
			Updated:   at(tb, 2025, time.November, 28, 9, 15),
		},
		{
			Item: item.Item{
				URL:       "https://migration.gov.az/ru/news_detail/16690",
				Title:     titleRu,
				Content:   contentRu,
				Image:     "https://migration.gov.az/images/news/16690.png",
				Published: at(tb, 2025, time.November, 20, 0, 0),
				Language:  "ru",
			},
			FirstSeen: at(tb, 2025, time.November, 21, 8, 0),
			LastSeen:  at(tb, 2025, time.November, 29, 12, 0),
			Updated:   at(tb, 2025, time.November, 21, 8, 0),
		},
		{
			Item: item.Item{
				URL:      "https://migration.gov.az/en/news_detail/16120",
				Title:    titleEn,
				Summary:  "The Chief of the Service joined the hybrid session of the IOM Council in Geneva, which ran until 29 November.",
				Content:  "<p>The session was held in a hybrid format.</p>",
				Language: "en",
			},
			FirstSeen: at(tb, 2023, time.November, 28, 9, 0),
			LastSeen:  at(tb, 2025, time.November, 29, 12, 0),
			Updated:   at(tb, 2023, time.November, 28, 9, 0),
		},
		{
			Item: item.Item{
				URL:       "https://migration.gov.az/az/press_detail/2887",
				Title:     "Elan",
				Published: at(tb, 2023, time.October, 10, 16, 0),
				Language:  "az",
			},
			FirstSeen: at(tb, 2023, time.October, 9, 16, 0),
			LastSeen:  at(tb, 2025, time.November, 29, 12, 0),
			Updated:   at(tb, 2023, time.October, 9, 16, 0),
		},
	}
}

// renderCase is one feed rendered in every format.
type renderCase struct {
	name    string
	meta    Meta
	entries []item.Entry
}

func renderCases(tb testing.TB) []renderCase {
	return []renderCase{
		{name: "az", meta: testMeta("az"), entries: testEntries(tb)},
		{name: "empty", meta: testMeta("en"), entries: nil},
	}
}

// checkGolden compares got with testdata/name, or rewrites it with -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(got) != string(want) {
		t.Errorf("%s differs from the golden file:\n%s", name, firstDiff(string(got), string(want)))
	}
}

func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < max(len(g), len(w)); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return fmt.Sprintf("line %d:\n got: %q\nwant: %q", i+1, gl, wl)
		}
	}
	return "(no line differs)"
}
