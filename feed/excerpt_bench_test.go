package feed

import "testing"

// BenchmarkExcerpt summarises one benchEntries content (~3 KB of
// Azerbaijani HTML).
func BenchmarkExcerpt(b *testing.B) {
	content := benchEntries(b, 1)[0].Content
	b.ReportAllocs()
	for b.Loop() {
		_ = excerpt(content, excerptRunes)
	}
}
