package feed

import "testing"

// BenchmarkExcerpt summarises one benchEntries content (~3 KB of
// Azerbaijani HTML), with the scanner and with the tokenizer oracle it
// replaced.
func BenchmarkExcerpt(b *testing.B) {
	content := benchEntries(b, 1)[0].Content
	for _, bm := range []struct {
		name string
		fn   func(string, int) string
	}{
		{"scan", excerpt},
		{"tokenizer", excerptTokenizer},
	} {
		b.Run(bm.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = bm.fn(content, excerptRunes)
			}
		})
	}
}
