package plain

import (
	"html"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	nethtml "golang.org/x/net/html"
)

func TestPlainText(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"unchanged", "Dövlət Miqrasiya Xidməti", "Dövlət Miqrasiya Xidməti"},
		{"entities are text", "Tom &amp; Jerry &quot;x&quot; &#8211; z", "Tom &amp; Jerry &quot;x&quot; &#8211; z"},
		{"tags are text", "<b>Bold</b> and <i>italic</i>", "<b>Bold</b> and <i>italic</i>"},
		{"script is text", "a<script>var x = 1 < 2;</script> b", "a<script>var x = 1 < 2;</script> b"},
		{"comment is text", "a<!-- x > y -->b", "a<!-- x > y -->b"},
		{"form feed separates words", "dəyişikliklər\x0cqüvvəyə", "dəyişikliklər qüvvəyə"},
		{"xss title kept", xssTitle, xssTitle},
		{"less-than kept", "a < b and c<d", "a < b and c<d"},
		{"unclosed tag kept", "a <b", "a <b"},
		{"whitespace folded", "  a \t\n\r b   c  ", "a b c"},
		{"nbsp and unicode spaces", "a\u00a0\u00a0b\u2003c\u3000d\u00a0e", "a b c d e"},
		{"C0 removed, form feed a blank", "a\x00b\x01c\x0cd\x1fe", "abc de"},
		{"DEL and C1 removed", "a\x7fb\u0080c\u0085d\u009fe", "abcde"},
		{"nonchars removed", "a\ufffeb\uffffc", "abc"},
		{"invalid UTF-8 removed", "a\xffb\xc3c", "abc"},
		{"BOM and zero-width space removed", "\ufeffa\u200bb", "ab"},
		{"replacement char kept", "a\ufffdb", "a\ufffdb"},
		{"empty", "", ""},
		{"blank", " \u00a0 \n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Text(tt.in); got != tt.want {
				t.Errorf("Text(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// xssTitle is a title as a reader sees it on the page: tags and entities
// as text. Every step from extraction to output must keep it as it is.
const xssTitle = `<script>alert(1)</script> "><img src=x onerror=alert(1)> ]]> &amp;amp; end`

// The HTML source of xssTitle, with its text escaped once, gives it back
// through FromHTML and through Text of the parsed text node.
func TestTitleTagsAsText(t *testing.T) {
	src := "<h1>" + html.EscapeString(xssTitle) + "</h1>"
	if got := FromHTML(src); got != xssTitle {
		t.Errorf("FromHTML(%q) = %q, want %q", src, got, xssTitle)
	}
	doc, err := nethtml.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	var text func(*nethtml.Node) string
	text = func(n *nethtml.Node) string {
		if n.Type == nethtml.TextNode {
			return n.Data
		}
		var b strings.Builder
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			b.WriteString(text(c))
		}
		return b.String()
	}
	if got := Text(text(doc)); got != xssTitle {
		t.Errorf("Text(parsed %q) = %q, want %q", src, got, xssTitle)
	}
}

func TestStripControls(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"clean", "Xəbər\t1\n2\r3 <b>&amp;</b>", "Xəbər\t1\n2\r3 <b>&amp;</b>"},
		{"form feed", "a\x0cb", "ab"},
		{"all C0 but tab LF CR", "\x00\x01\x08\x0b\x0c\x0e\x1f", ""},
		{"DEL", "a\x7fb", "ab"},
		{"C1", "a\u0080\u0085\u009fb", "ab"},
		{"U+FFFE U+FFFF", "a\ufffe\uffffb", "ab"},
		{"encoded surrogate", "a\xed\xa0\x80b", "ab"},
		{"invalid UTF-8", "a\xff\xfeb", "ab"},
		{"truncated rune", "ab\xe2\x82", "ab"},
		{"NBSP and emoji kept", "a\u00a0b 😀", "a\u00a0b 😀"},
		{"U+FFFD kept", "\ufffd", "\ufffd"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := StripControls(tt.in); got != tt.want {
				t.Errorf("StripControls(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTextFromHTML(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"paragraphs", "<p>Hello&nbsp;<b>world</b></p><p>Next</p>", "Hello world Next"},
		{"entities decoded once", "<p>a &amp;lt; b &amp;amp; c</p>", "a &lt; b &amp; c"},
		{"script and style dropped", "<script>var a;</script><style>p{}</style><p>x</p>", "x"},
		{"br separates", "one<br>two<br/>three", "one two three"},
		{"list items", "<ul><li>a</li><li>b</li></ul>", "a b"},
		{"inline joins", "W<em>or</em>d", "Word"},
		{"controls; form feed is whitespace", "<p>a\x0cb\x00c</p>", "a bc"},
		{"iframe content dropped", "<iframe>frame text</iframe>ok", "ok"},
		{"blank", "<p>&nbsp;</p><p> </p>", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FromHTML(tt.in); got != tt.want {
				t.Errorf("FromHTML(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTruncate(t *testing.T) {
	const title = "The Chief of the State Migration Service participates in the 114th session"
	tests := []struct {
		name string
		in   string
		n    int
		want string
	}{
		{"short enough", "short", 10, "short"},
		{"exact length", "12345", 5, "12345"},
		{"word boundary", title, 20, "The Chief of the…"},
		{"cut right before a blank", "abc def ghi", 8, "abc def…"},
		{"no blank close enough", "Supercalifragilistic", 10, "Supercali…"},
		{"trailing punctuation trimmed", "one, two, three", 6, "one…"},
		{"multi-byte runes", "Dövlət Miqrasiya Xidməti", 12, "Dövlət…"},
		{"cyrillic", "Государственная миграционная служба", 20, "Государственная…"},
		{"one rune", "abc", 1, "…"},
		{"zero", "abc", 0, ""},
		{"negative", "abc", -1, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Truncate(tt.in, tt.n)
			if got != tt.want {
				t.Errorf("Truncate(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
			}
			if tt.n > 0 && utf8.RuneCountInString(got) > tt.n {
				t.Errorf("Truncate(%q, %d) = %q has %d runes", tt.in, tt.n, got, utf8.RuneCountInString(got))
			}
			if got != tt.in && tt.n > 0 && !strings.HasSuffix(got, "…") {
				t.Errorf("Truncate(%q, %d) = %q cut without an ellipsis", tt.in, tt.n, got)
			}
		})
	}
}

// firstControl's fast paths find exactly what decoding every rune finds.
func FuzzFirstControl(f *testing.F) {
	for _, s := range []string{"", "abc\x0c", "Dövlət\u0085x", "Миграция\uFFFEx", "\xed\xa0\x80",
		"\xc2\x9f", "\xc2\xa0", "\xe1\x80", "\xee\x80\x80\x01", "\xe0\x80\x80", "\xef\xbf\xbf"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := -1
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
			if isControl(r, size) {
				want = i
				break
			}
			i += size
		}
		if got := firstControl(s); got != want {
			t.Errorf("firstControl(%q) = %d, want %d", s, got, want)
		}
	})
}

func BenchmarkStripControls(b *testing.B) {
	s := strings.Repeat("<p>Dövlət Miqrasiya Xidməti – Государственная миграционная служба, 2025.</p>\n", 40)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		if StripControls(s) != s {
			b.Fatal("changed")
		}
	}
}

// foldBlanksByRune is FoldBlanks without its fast path: the oracle.
func foldBlanksByRune(s string) string {
	var b strings.Builder
	blank := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\t' || r == '\n' || r == '\r' || r == '\f':
			blank = true
		case isControl(r, size) || r == '\ufeff' || r == '\u200b':
		case unicode.IsSpace(r):
			blank = true
		default:
			if blank && b.Len() > 0 {
				b.WriteByte(' ')
			}
			blank = false
			b.WriteRune(r)
		}
	}
	return b.String()
}

func FuzzFoldBlanks(f *testing.F) {
	for _, s := range []string{"", "  a \t b\u00a0c\u0085d", "Dövlət  Miqrasiya\n\nXidməti", "Миграция \u2003 служба",
		"\xc3", "\xc3(", "a\u200bb\ufeffc", "\x7f\x01x", "\xdf\xbf \xc2\xa0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := FoldBlanks(s), foldBlanksByRune(s); got != want {
			t.Errorf("FoldBlanks(%q) = %q, want %q", s, got, want)
		}
	})
}

func BenchmarkPlainText(b *testing.B) {
	s := strings.Repeat("Dövlət Miqrasiya Xidməti –\n  Государственная миграционная служба, 2025. ", 20)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Text(s)
	}
}

func BenchmarkStripControlsMarkup(b *testing.B) {
	s := strings.Repeat(`<p><a href="https://migration.gov.az/az/news_detail/16701" rel="nofollow noopener noreferrer">Dövlət Miqrasiya Xidməti</a></p>`+"\n", 40)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		if StripControls(s) != s {
			b.Fatal("changed")
		}
	}
}

// FromHTMLPrefix stops early but gives the start of FromHTML's text.
func TestFromHTMLPrefix(t *testing.T) {
	long := strings.Repeat("<p>Dövlət   Miqrasiya Xidməti</p>\n<script>x()</script>", 200)
	for _, tt := range []struct {
		name  string
		in    string
		limit int
	}{
		{"long content, short limit", long, 10},
		{"long content, excerpt limit", long, 301},
		{"short content", "<p>a <b>b</b></p>", 300},
		{"no limit", long, -1},
		{"blank runs", strings.Repeat(" \n\t", 500) + "<p>x</p>", 3},
	} {
		t.Run(tt.name, func(t *testing.T) {
			full, got := FromHTML(tt.in), FromHTMLPrefix(tt.in, tt.limit)
			if !strings.HasPrefix(full, got) {
				t.Fatalf("prefix %q is not the start of %q", got, full)
			}
			if got != full && utf8.RuneCountInString(got) <= tt.limit {
				t.Errorf("stopped at %d runes, limit %d: %q", utf8.RuneCountInString(got), tt.limit, got)
			}
		})
	}
}

func TestNodeText(t *testing.T) {
	doc, err := nethtml.Parse(strings.NewReader(`<div><p>Dövlət<b>ə</b></p><script>x()</script><ul><li>a</li><li>b</li></ul><img alt="no">c<style>p{}</style></div>`))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(strings.Fields(NodeText(doc, -1)), " "), "Dövlətə a b c"; got != want {
		t.Errorf("NodeText = %q, want %q", got, want)
	}
	if got := NodeText(doc, 3); len(got) > 3+len("Dövlət")+2 {
		t.Errorf("NodeText(limit 3) = %q, read far past the limit", got)
	}
}
