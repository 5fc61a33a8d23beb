package feed

import (
	"strings"
	"testing"
)

func TestXMLSafe(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{name: "clean text is kept", in: "İ ə Ж & < ]]>", want: "İ ə Ж & < ]]>"},
		{name: "tab, LF, CR kept", in: "a\tb\nc\rd", want: "a\tb\nc\rd"},
		{name: "form feed", in: "a\fb", want: "ab"},
		{name: "NUL and other C0", in: "\x00a\x01\x08\x0b\x1fb", want: "ab"},
		{name: "DEL", in: "a\x7fb", want: "ab"},
		{name: "C1 controls", in: "a\u0080\u0085\u009fb", want: "ab"},
		{name: "noncharacters", in: "a\ufffe\uffffb", want: "ab"},
		{name: "invalid UTF-8", in: "a\xffb\xc3", want: "ab"},
		{name: "genuine U+FFFD kept", in: "a\ufffdb", want: "a\ufffdb"},
		{name: "U+00A0 kept", in: "a\u00a0b", want: "a\u00a0b"},
		{name: "empty", in: "", want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := xmlSafe(tt.in); got != tt.want {
				t.Errorf("xmlSafe(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestXMLSafeNoAllocWhenClean(t *testing.T) {
	s := strings.Repeat("Dövlət Miqrasiya Xidməti ", 100)
	if n := testing.AllocsPerRun(100, func() { _ = xmlSafe(s) }); n != 0 {
		t.Errorf("xmlSafe allocates %v times on clean input, want 0", n)
	}
}

func TestExcerpt(t *testing.T) {
	long := "<p>" + strings.Repeat("söz ", 100) + "</p>"
	tests := []struct {
		name, in string
		max      int
		want     string
	}{
		{name: "tags removed, blocks separated", in: "<p>Bir.</p><p>İki <b>üç</b></p>", max: 300, want: "Bir. İki üç"},
		{name: "entities decoded", in: "<p>A &amp; B &lt;C&gt;</p>", max: 300, want: "A & B <C>"},
		{name: "whitespace collapsed", in: "<p>  a \n\t b  </p>", max: 300, want: "a b"},
		{name: "script and style skipped", in: "<style>p{}</style><p>x</p><script>y()</script>", max: 300, want: "x"},
		{name: "cut at a word", in: "<p>Миграционная служба сообщает</p>", max: 20, want: "Миграционная служба…"},
		{name: "long content", in: long, max: 11, want: "söz söz…"},
		{name: "exact length not cut", in: "<p>abc</p>", max: 3, want: "abc"},
		{name: "empty", in: "", max: 10, want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := excerpt(tt.in, tt.max); got != tt.want {
				t.Errorf("excerpt(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
			}
		})
	}
}

func TestMimeType(t *testing.T) {
	tests := []struct{ declared, url, want string }{
		{"", "https://x.az/a.JPG", "image/jpeg"},
		{"", "https://x.az/a.jpeg?w=1", "image/jpeg"},
		{"", "https://x.az/a.png", "image/png"},
		{"", "https://x.az/a.gif", "image/gif"},
		{"", "https://x.az/a.webp", "image/webp"},
		{"", "https://x.az/a.pdf", "application/pdf"},
		{"", "https://x.az/a.doc", "application/msword"},
		{"", "https://x.az/a.docx", docxType},
		{"", "https://x.az/a.xls", "application/vnd.ms-excel"},
		{"", "https://x.az/a.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
		{"", "https://x.az/download?id=3", "application/octet-stream"},
		{"application/zip", "https://x.az/a.pdf", "application/zip"},
	}
	for _, tt := range tests {
		if got := mimeType(tt.declared, tt.url); got != tt.want {
			t.Errorf("mimeType(%q, %q) = %q, want %q", tt.declared, tt.url, got, tt.want)
		}
	}
}

func TestAbsoluteURL(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"https://migration.gov.az/az/news_detail/1", "https://migration.gov.az/az/news_detail/1", true},
		{"https://migration.gov.az/a%20b?x=1&y=2#f", "https://migration.gov.az/a%20b?x=1&y=2#f", true},
		{"https://migration.gov.az/xəbər", "https://migration.gov.az/x%C9%99b%C9%99r", true},
		{"https://Bücher.example:8443/a b", "https://xn--bcher-kva.example:8443/a%20b", true},
		{"http://x.az/?q=Ж", "http://x.az/?q=%D0%96", true},
		{"/az/news", "", false},
		{"//migration.gov.az/az", "", false},
		{"mailto:a@b.az", "", false},
		{"javascript:alert(1)", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, err := absoluteURL(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("absoluteURL(%q) = %q, %v; want %q, ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}
