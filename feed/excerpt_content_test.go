package feed

import (
	"strings"
	"testing"
)

// excerptCases are realistic contents (sanitised article HTML in az, ru,
// en) and malformed corners.
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
		name: "title and textarea are not text a reader sees in the body (plain.FromHTML)",
		in:   "<title>a<b>c &amp; d</title><textarea>e</textarea>",
		max:  300,
		want: "",
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
		})
	}
}
