package feed

import (
	"bytes"
	"encoding/xml"
	"strings"
	"testing"
)

// escapeText gives character data that an XML parser reads back as the
// input, with CR kept.
func TestEscapeText(t *testing.T) {
	for _, s := range []string{"", "plain Dövlət", "<p>a &amp; b</p>", "]]>", "a\r\nb", "&&<<>>", "x<"} {
		got := escapeText(s)
		var v struct {
			Text string `xml:",chardata"`
		}
		if err := xml.Unmarshal([]byte("<x>"+got+"</x>"), &v); err != nil {
			t.Fatalf("escapeText(%q) = %q: %v", s, got, err)
		}
		if v.Text != s {
			t.Errorf("escapeText(%q) = %q, reads back as %q", s, got, v.Text)
		}
		var want bytes.Buffer
		if err := xml.EscapeText(&want, []byte(s)); err != nil {
			t.Fatal(err)
		}
		if strings.ContainsAny(s, "\"'\n\t") {
			continue // encoding/xml also escapes quotes, tabs and LF
		}
		if got != want.String() {
			t.Errorf("escapeText(%q) = %q, encoding/xml writes %q", s, got, want.String())
		}
	}
}

func BenchmarkEscapeText(b *testing.B) {
	s := benchEntries(b, 1)[0].Content
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		escapeText(s)
	}
}
