package feed

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"sitefeed/item"
)

// benchEntries builds n realistic entries, newest first: ~3 KB of
// Azerbaijani HTML content each, a lead image, a PDF on every fifth.
func benchEntries(tb testing.TB, n int) []item.Entry {
	para := "<p>Dövlət Miqrasiya Xidmətinin rəisi Beynəlxalq Miqrasiya Təşkilatının " +
		"Şurasının 114-cü sessiyasında iştirak edib. Sessiyada miqrasiya siyasəti, " +
		"vətəndaşlıq və əcnəbilərin hüquqları müzakirə olunub &amp; " +
		"<a href=\"https://migration.gov.az/az/news\">ətraflı</a>.</p>\n"
	content := strings.Repeat(para, 3000/len(para)+1)
	start := at(tb, 2025, time.November, 29, 18, 0)
	out := make([]item.Entry, n)
	for i := range out {
		d := start.Add(-time.Duration(i) * 7 * time.Hour)
		id := 16701 - i
		e := item.Entry{
			Item: item.Item{
				URL:       fmt.Sprintf("https://migration.gov.az/az/news_detail/%d", id),
				Title:     fmt.Sprintf("Xəbər %d: İmmiqrasiya qaydaları və vətəndaşlıq", id),
				Content:   content,
				Image:     fmt.Sprintf("https://migration.gov.az/images/news/%d.jpg", id),
				Published: d,
			},
			FirstSeen: d.Add(time.Hour),
			LastSeen:  start,
			Updated:   d.Add(time.Hour),
		}
		if i%5 == 0 {
			e.Attachments = []item.Attachment{{URL: fmt.Sprintf("https://migration.gov.az/files/%d.pdf", id), Length: 204800}}
		}
		out[i] = e
	}
	return out
}

// benchRender renders n entries in all three formats with a Renderer, as
// a refresh does: a new Renderer for each pass (the cost of a feed's first
// render in a run, buffers included), or one reused over the passes.
func benchRender(b *testing.B, n int, reuse bool) {
	entries := benchEntries(b, n)
	m := testMeta("az")
	b.ReportAllocs()
	var size int
	var r Renderer
	for b.Loop() {
		if !reuse {
			r = Renderer{}
		}
		outs, err := r.Render(m, entries)
		if err != nil {
			b.Fatal(err)
		}
		size = 0
		for _, o := range outs {
			size += len(o.Data)
		}
	}
	b.ReportMetric(float64(size), "bytes/op-out")
}

// BenchmarkRender50 renders all three formats of 50 entries (target < 5 ms).
func BenchmarkRender50(b *testing.B) { benchRender(b, 50, false) }

// BenchmarkRender1000 renders all three formats of 1,000 entries (target < 50 ms).
func BenchmarkRender1000(b *testing.B) { benchRender(b, 1000, false) }

// BenchmarkRender1000Reused renders 1,000 entries with one Renderer, as the
// later feeds of a run are.
func BenchmarkRender1000Reused(b *testing.B) { benchRender(b, 1000, true) }
