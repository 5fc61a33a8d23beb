package feed

import "testing"

// BenchmarkFormat1000 times each format alone, to see which one to work on.
func BenchmarkFormat1000(b *testing.B) {
	entries := benchEntries(b, 1000)
	m := testMeta("az")
	for _, f := range Formats() {
		b.Run(f.Ext, func(b *testing.B) {
			for b.Loop() {
				if _, err := f.Render(m, entries); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
