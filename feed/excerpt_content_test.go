package feed

import (
	"strings"
	"testing"
)

// excerptCases are realistic contents (sanitised article HTML in az, ru,
// en) and the malformed corners the tokenizer defines; they also seed
// FuzzExcerpt.
var excerptCases = []struct {
	name, in string
	max      int
	want     string
}{
	{
		name: "azerbaijani with entities",
		in:   "<p>Dövlət Miqrasiya Xidməti &#34;ASAN xidmət&#34; &amp; DMX-in &#39;e-növbə&#39; sistemi</p>",
		max:  300,
		want: `Dövlət Miqrasiya Xidməti "ASAN xidmət" & DMX-in 'e-növbə' sistemi`,
	},
	{
		name: "russian nested blocks",
		in:   "<div><p>Приём граждан.</p><ul><li>Баку</li><li><strong>Гянджа</strong></li></ul></div><h2>Итоги</h2>",
		max:  300,
		want: "Приём граждан. Баку Гянджа Итоги",
	},
	{
		name: "inline tags do not separate words",
		in:   "<p>vətən<b>daş</b>lıq <a href=\"/az/news\">ətraflı</a>.</p>",
		max:  300,
		want: "vətəndaşlıq ətraflı.",
	},
	{
		name: "image with long srcset and quoted > before the text",
		in: `<figure><img src="https://migration.gov.az/images/news/16701.jpg" srcset="` +
			strings.Repeat("https://migration.gov.az/images/news/16701-w.jpg 640w, ", 20) +
			`x.jpg 2x" alt="DMX > rəis" title='a>b'><figcaption>Foto: DMX</figcaption></figure><p>Mətn</p>`,
		max:  300,
		want: "Foto: DMX Mətn",
	},
	{
		name: "script and style skipped, with tags and < inside",
		in:   `<p>a</p><script>if (a < b) { document.write("</p>x<p>") }</script><style>p > a { color: red }</style><p>b</p>`,
		max:  300,
		want: "a b",
	},
	{
		name: "escaped script holding </script>",
		in:   `<script><!-- document.write("<script>x</script>") --></script>y`,
		max:  300,
		want: "y",
	},
	{
		name: "comments skipped",
		in:   "<p>Миграционная<!-- <p>скрыто</p> --> служба<!----> сообщает<!-->!</p>",
		max:  300,
		want: "Миграционная служба сообщает!",
	},
	{
		name: "doctype, processing instruction and CDATA are not text",
		in:   "<!DOCTYPE html><?xml version=\"1.0\"?><p>a<![CDATA[b]]>c</p>",
		max:  300,
		want: "ac",
	},
	{
		name: "< not opening a tag is text",
		in:   "<p>5 < 6, 7 <= 8, 1<2 və <3 </p>",
		max:  300,
		want: "5 < 6, 7 <= 8, 1<2 və <3",
	},
	{
		name: "numeric, named and legacy entities",
		in:   "<p>&#1046;&#x416; &copy; &copy 2025 &ampx &#0; &bogus; &nbsp;a&nbsp;&nbsp;b</p>",
		max:  300,
		want: "ЖЖ © © 2025 &x \ufffd &bogus; a b",
	},
	{
		name: "upper-case tags",
		in:   "<P>a</P><SCRIPT>x</SCRIPT><Br>b",
		max:  300,
		want: "a b",
	},
	{
		name: "title and textarea content is text, entities decoded",
		in:   "<title>a<b>c &amp; d</title><textarea>e</textarea>",
		max:  300,
		want: "a<b>c & de",
	},
	{
		name: "input ending inside a tag ends the text",
		in:   `<p>Mətn <a href="https://migration.gov.az/az/news`,
		max:  300,
		want: "Mətn",
	},
	{
		name: "cut at a word boundary",
		in:   "<p>Dövlət Miqrasiya Xidmətinin rəisi Beynəlxalq Miqrasiya Təşkilatının sessiyasında</p>",
		max:  40,
		want: "Dövlət Miqrasiya Xidmətinin rəisi…",
	},
	{
		name: "cut drops trailing punctuation",
		in:   "<p>Приём граждан, в Баку.</p><p>Ещё текст</p>",
		max:  21,
		want: "Приём граждан, в…",
	},
	{
		name: "one rune over max is cut",
		in:   "<p>abcdef</p>",
		max:  5,
		want: "abcde…",
	},
	{
		name: "exactly max is kept",
		in:   "<p>abcde</p>",
		max:  5,
		want: "abcde",
	},
	{name: "empty", in: "", max: 300, want: ""},
	{name: "white space only", in: " \n\t<p> </p><br/>&nbsp;\u00a0<div>\r\n</div> ", max: 300, want: ""},
}

func TestExcerptContent(t *testing.T) {
	for _, tt := range excerptCases {
		t.Run(tt.name, func(t *testing.T) {
			if got := excerpt(tt.in, tt.max); got != tt.want {
				t.Errorf("excerpt(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
			}
			if got := excerptTokenizer(tt.in, tt.max); got != tt.want {
				t.Errorf("oracle excerptTokenizer(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
			}
		})
	}
}

func TestExcerptAllocs(t *testing.T) {
	content := benchEntries(t, 1)[0].Content
	if n := testing.AllocsPerRun(100, func() { _ = excerpt(content, excerptRunes) }); n > 2 {
		t.Errorf("excerpt allocates %v times per call, want at most 2", n)
	}
}

// excerptCorners are malformed inputs where a hand-written scanner could
// part from the tokenizer; they seed FuzzExcerpt.
var excerptCorners = []string{
	"a</", "a<", "a<b", "a</b", "</>a", "</ x>a", "<!>a", "<!-a>b", "<!-->a", "<!--->a",
	"<!-- a --!>b", "<!-- a --!-->b", "<!-- a --", "<?x>a", "<!doctype>a", "<!DOCTYPE",
	"<p =a>b", "<p a=>b", "<p a = 'x>y' b=\"c>d\" e=f>g</p>", "<p a=b/>c", "<p/ >a", "<p a",
	"<p\x00>a</p\x00>b", "<bloc\u212aquote>a</bloc\u212aquote>b", "<ſcript>a</ſcript>b",
	"<script/>a</script>b", "<script>a</script b", "<script>a</SCRIPT\t>b", "<script>a</scripts>b</script>c",
	"<script><!--<script>a</script>b</script>c-->d</script>e", "<script><!-- a --></script>b",
	"<script><!--<SCRIPT/>--></script>a", "<script><!-a</script>b", "<script><!--<x</script>a",
	"<style>a</style\n>b", "<style>a</styl>b</style>c", "<title>a\x00&amp;</title>b",
	"<textarea>&lt;p&gt;</textarea>", "<iframe>a&amp;\x00</iframe>b", "<noscript><p>a</p></noscript>b",
	"<xmp>a</xmp>b", "<noembed>a</noembed><noframes>b</noframes>", "<plaintext>a</plaintext>&amp;\x00",
	"a\x00b", "a\xffb\xe2\x82", "\xe2<b>\x82\xac", "a&#x110000;b&#xD800;&#128;&#", "&am&amp&ampamp;&notin;&notit;",
	"a\r\nb\u0085c\u2028d\u3000e", "&NotEqualTilde;&#x20;&#9;x",
}

// excerptPieces are the building blocks FuzzExcerpt also assembles inputs
// from: random bytes rarely spell "<script><!--".
var excerptPieces = []string{
	"<", ">", "</", "/", "!", "?", "-", "--", "<!--", "-->", "--!>", "=", "'", "\"", " ", "\n", "&",
	";", "#", "x", "a", "p", "P", "br", "div", "script", "SCRIPT", "style", "title", "textarea",
	"iframe", "noscript", "xmp", "plaintext", "<p>", "</p>", "<script>", "</script>", "<style>",
	"</style>", "<title>", "</title>", "&amp;", "&lt", "&#1046;", "&#x", "\x00", "é", "Ж", "\u00a0",
	"\xff", "\r", "\t", "\f",
}

// FuzzExcerpt checks excerpt against the tokenizer version it replaced,
// on the input itself and on the input read as a list of excerptPieces.
func FuzzExcerpt(f *testing.F) {
	for _, tt := range excerptCases {
		f.Add(tt.in, uint16(tt.max))
	}
	for _, in := range excerptCorners {
		f.Add(in, uint16(3))
		f.Add(in, uint16(300))
	}
	f.Add(benchEntries(f, 1)[0].Content, uint16(excerptRunes))
	f.Fuzz(func(t *testing.T, in string, max uint16) {
		m := int(max % 512)
		var b strings.Builder
		for i := 0; i < len(in); i++ {
			b.WriteString(excerptPieces[int(in[i])%len(excerptPieces)])
		}
		for _, in := range []string{in, b.String()} {
			if got, want := excerpt(in, m), excerptTokenizer(in, m); got != want {
				t.Errorf("excerpt(%q, %d) = %q, tokenizer gives %q", in, m, got, want)
			}
		}
	})
}
