package sanitize

import (
	"flag"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"sitefeed/canon"
	"sitefeed/plain"

	"golang.org/x/net/html"
)

var siteHosts = canon.Rules{Hosts: []string{"migration.gov.az", "www.migration.gov.az"}, StripPrefixes: []string{"/index.php"}, FoldTrailingSlash: true}

var update = flag.Bool("update", false, "rewrite golden files in testdata")

const articleBase = "https://www.migration.gov.az/index.php/en/news_detail/14243"

func TestSanitizerHTML(t *testing.T) {
	s := New(siteHosts)
	base := mustURL(t, articleBase)
	const rel = ` rel="nofollow noopener noreferrer"`
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"plain paragraph", `<p>Hello</p>`, `<p>Hello</p>`},
		{"script dropped with content", `<p>a</p><script>alert(1)</script><p>b</p>`, `<p>a</p><p>b</p>`},
		{"style element dropped", `<style>p{}</style><p>a</p>`, `<p>a</p>`},
		{"onclick dropped", `<p onclick="alert(1)" onmouseover="x()">a</p>`, `<p>a</p>`},
		{"style class id dropped", `<p style="color:red" class="c" id="i">a</p>`, `<p>a</p>`},
		{"javascript href unwrapped", `<p><a href="javascript:alert(1)">x</a></p>`, `<p>x</p>`},
		{"javascript href with blanks", `<p><a href=" jav&#x09;ascript:alert(1)">x</a></p>`, `<p>x</p>`},
		{"vbscript href", `<p><a href="vbscript:msgbox(1)">x</a></p>`, `<p>x</p>`},
		{"data href", `<p><a href="data:text/html,<script>alert(1)</script>">x</a></p>`, `<p>x</p>`},
		{"iframe dropped", `<p>a</p><iframe src="https://evil.example/"><p>fallback</p></iframe>`, `<p>a</p>`},
		{"object and embed dropped", `<object data="x.swf"><embed src="x.swf"></object><p>a</p>`, `<p>a</p>`},
		{"form dropped", `<form action="/x"><input name="q"><button>Go</button><select><option>1</option></select></form><p>a</p>`, `<p>a</p>`},
		{"relative link", `<a href="../news_detail/1">n</a>`, `<a href="https://migration.gov.az/en/news_detail/1"` + rel + `>n</a>`},
		{"sibling link", `<a href="14244">n</a>`, `<a href="https://migration.gov.az/en/news_detail/14244"` + rel + `>n</a>`},
		{"root link with tracking", `<a href="/index.php/az/news?utm_source=x">n</a>`, `<a href="https://migration.gov.az/az/news"` + rel + `>n</a>`},
		{"in-page anchor", `<a href="#photo">n</a>`, `<a href="https://migration.gov.az/en/news_detail/14243#photo"` + rel + `>n</a>`},
		{"protocol-relative link", `<a href="//example.org/x">n</a>`, `<a href="https://example.org/x"` + rel + `>n</a>`},
		{"link title kept, target and rel replaced", `<a href="https://example.org/" title="T" target="_blank" rel="opener">n</a>`, `<a href="https://example.org/" title="T"` + rel + `>n</a>`},
		{"mailto kept", `<a href="mailto:info@migration.gov.az">m</a>`, `<a href="mailto:info@migration.gov.az"` + rel + `>m</a>`},
		{"tel unwrapped", `<a href="tel:+994">t</a>`, `t`},
		{"anchor without href unwrapped", `<a name="x">t</a>`, `t`},
		{"cyrillic link", `<a href="/ru/новости">n</a>`, `<a href="https://migration.gov.az/ru/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8"` + rel + `>n</a>`},
		{"image absolute", `<img src="/uploads/a.jpg" alt="newsPhoto" width="800" height="x" class="c">`, `<img src="https://migration.gov.az/uploads/a.jpg" alt="newsPhoto" width="800"/>`},
		{"lazy image placeholder", `<img src="/img/placeholder.gif" data-src="/uploads/a.jpg">`, `<img src="https://migration.gov.az/uploads/a.jpg"/>`},
		{"lazy image data uri", `<img src="data:image/gif;base64,R0lGOD" data-original="a.jpg">`, `<img src="https://migration.gov.az/en/news_detail/a.jpg"/>`},
		{"lazy image no src", `<img data-lazy-src="/a.jpg">`, `<img src="https://migration.gov.az/a.jpg"/>`},
		{"lazy image empty src", `<img src="" data-src="/a.jpg">`, `<img src="https://migration.gov.az/a.jpg"/>`},
		{"lazy spacer png", `<img src="https://cdn.example/spacer.png" data-src="/a.jpg">`, `<img src="https://migration.gov.az/a.jpg"/>`},
		{"real image kept over lazy", `<img src="/real.jpg" data-src="/lazy.jpg">`, `<img src="https://migration.gov.az/real.jpg"/>`},
		{"data image dropped", `<p><img src="data:image/png;base64,AAAA">a</p>`, `<p>a</p>`},
		{"placeholder only dropped", `<p><img src="/img/loading.gif">a</p>`, `<p>a</p>`},
		{"javascript image dropped", `<p><img src="javascript:alert(1)">a</p>`, `<p>a</p>`},
		{"srcset absolute", `<img src="a.jpg" srcset="a.jpg 1x, /b.jpg 2x">`, `<img src="https://migration.gov.az/en/news_detail/a.jpg" srcset="https://migration.gov.az/en/news_detail/a.jpg 1x, https://migration.gov.az/b.jpg 2x"/>`},
		{"srcset bad candidates dropped", `<img src="/a.jpg" srcset="javascript:x 1x, data:image/png;base64,AA 2x, /c.jpg 300w, /d.jpg bogus">`, `<img src="https://migration.gov.az/a.jpg" srcset="https://migration.gov.az/c.jpg 300w, https://migration.gov.az/d.jpg"/>`},
		{"data-srcset", `<img data-srcset="/a.jpg 800w, /b.jpg 1600w">`, `<img src="https://migration.gov.az/a.jpg" srcset="https://migration.gov.az/a.jpg 800w, https://migration.gov.az/b.jpg 1600w"/>`},
		{"empty nbsp paragraphs", "<p>a</p><p>&nbsp;</p><p> \u00a0 </p><p><br></p><p><strong>&nbsp;</strong><br/></p><p>b</p>", `<p>a</p><p>b</p>`},
		{"paragraph with image kept", `<p><img src="/a.jpg"></p>`, `<p><img src="https://migration.gov.az/a.jpg"/></p>`},
		{"form feed stripped", "<p>a\u000cb</p>", `<p>ab</p>`},
		{"other controls stripped", "<p>a\x01\x7f\u0085\ufffeb</p>", `<p>ab</p>`},
		{"control in attribute", "<img src=\"/a.jpg\" alt=\"x\x0by\">", `<img src="https://migration.gov.az/a.jpg" alt="xy"/>`},
		{"blank runs folded", "<p>a \n\t  b</p>\n\n\n<p>c</p> <p>d</p>", "<p>a b</p>\n<p>c</p> <p>d</p>"},
		{"lone nbsp kept", "<p>50&nbsp;000 &nbsp; km</p>", "<p>50\u00a0000 km</p>"},
		{"blanks left by removed elements merged", "<p>a</p> <p>&nbsp;</p> <script>x</script>\n<p>b</p>", "<p>a</p>\n<p>b</p>"},
		{"pre keeps blanks", "<pre>a\n  b</pre>", "<pre>a\n  b</pre>"},
		{"trimmed", "  \n<p>a</p>\n  ", `<p>a</p>`},
		{"spans and fonts unwrapped", `<p><span style="x"><font color="red">a</font></span> b</p>`, `<p>a b</p>`},
		{"headings lists quotes tables", `<h2>H</h2><ul><li>1</li></ul><ol><li>2</li></ol><blockquote>q</blockquote><table><tr><td colspan="2" style="x">c</td></tr></table>`, `<h2>H</h2><ul><li>1</li></ul><ol><li>2</li></ol><blockquote>q</blockquote><table><tbody><tr><td colspan="2">c</td></tr></tbody></table>`},
		{"inline formatting", `<p><strong>s</strong><em>e</em><b>b</b><i>i</i><u>u</u><sub>1</sub><sup>2</sup><code>c</code></p><hr>`, `<p><strong>s</strong><em>e</em><b>b</b><i>i</i><u>u</u><sub>1</sub><sup>2</sup><code>c</code></p><hr/>`},
		{"figure", `<figure><img src="/a.jpg"><figcaption>C</figcaption></figure>`, `<figure><img src="https://migration.gov.az/a.jpg"/><figcaption>C</figcaption></figure>`},
		{"svg dropped", `<p>a<svg onload="alert(1)"><script>x</script></svg></p>`, `<p>a</p>`},
		{"comment dropped", `<p>a<!-- secret --></p>`, `<p>a</p>`},
		{"entities kept escaped", `<p>x &lt;script&gt; &amp; y</p>`, `<p>x &lt;script&gt; &amp; y</p>`},
		{"empty input", ``, ``},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := s.HTML(tt.in, base); got != tt.want {
				t.Errorf("HTML(%q)\n got %s\nwant %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestSanitizerNilBase(t *testing.T) {
	s := New(siteHosts)
	got := s.HTML(`<a href="/rel">r</a> <a href="https://www.migration.gov.az/index.php/en">a</a>`, nil)
	want := `r <a href="https://migration.gov.az/en" rel="nofollow noopener noreferrer">a</a>`
	if got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
}

// TestSanitizerArticle checks a realistic article against a golden file
// and asserts the properties a feed needs.
func TestSanitizerArticle(t *testing.T) {
	in, err := os.ReadFile(filepath.Join("testdata", "article.html"))
	if err != nil {
		t.Fatal(err)
	}
	got := New(siteHosts).HTML(string(in), mustURL(t, articleBase))
	golden := filepath.Join("testdata", "article.golden.html")
	if *update {
		if err := os.WriteFile(golden, []byte(got+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got != strings.TrimSuffix(string(want), "\n") {
		t.Errorf("sanitised article differs from %s (run with -update after checking):\n%s", golden, got)
	}
	checkSafe(t, got)
	for _, s := range []string{
		`src="https://migration.gov.az/uploads/news/2023/11/iom-council-114.jpg"`,
		`srcset="https://migration.gov.az/uploads/news/2023/11/iom-1.jpg 800w, https://migration.gov.az/uploads/news/2023/11/iom-1-large.jpg 1600w"`,
		`href="https://migration.gov.az/en/e-services"`,
		`href="https://migration.gov.az/uploads/files/annual-report-2023.pdf#page=4"`,
		`href="mailto:info@migration.gov.az"`,
		"<td colspan=\"2\">",
	} {
		if !strings.Contains(got, s) {
			t.Errorf("sanitised article lacks %s", s)
		}
	}
	for _, s := range []string{"<p></p>", "<p> </p>", "style=", "class=", "Subscribe", "dataLayer", "youtube", "  "} {
		if strings.Contains(got, s) {
			t.Errorf("sanitised article contains %q", s)
		}
	}
}

func TestSanitizerConcurrent(t *testing.T) {
	s := New(siteHosts)
	base := mustURL(t, articleBase)
	in := `<p onclick="x()">a <a href="../1">b</a></p>`
	want := s.HTML(in, base)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 50 {
				if got := s.HTML(in, base); got != want {
					t.Errorf("concurrent HTML = %s, want %s", got, want)
					return
				}
			}
		})
	}
	wg.Wait()
}

// checkSafe fails when sanitised HTML holds anything executable or
// relative.
func checkSafe(t *testing.T, out string) {
	t.Helper()
	low := strings.ToLower(out)
	if strings.Contains(low, "<script") || strings.Contains(low, "<iframe") || strings.Contains(low, "<style") {
		t.Fatalf("forbidden element in %q", out)
	}
	nodes, err := html.ParseFragment(strings.NewReader(out), bodyNode())
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range nodes {
		walkNodes(n, func(n *html.Node) {
			if n.Type != html.ElementNode {
				return
			}
			if !allowed[n.DataAtom] {
				t.Fatalf("element %q not allowed in %q", n.Data, out)
			}
			for _, a := range n.Attr {
				if strings.HasPrefix(strings.ToLower(a.Key), "on") || a.Key == "style" || a.Key == "class" || a.Key == "id" {
					t.Fatalf("attribute %s in %q", a.Key, out)
				}
				for _, u := range urlsOf(a) {
					if !strings.HasPrefix(u, "https://") && !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "mailto:") {
						t.Fatalf("%s=%q is not absolute http(s)/mailto in %q", a.Key, a.Val, out)
					}
				}
			}
		})
	}
}

// urlsOf returns the URLs an attribute holds.
func urlsOf(a html.Attribute) []string {
	switch a.Key {
	case "href", "src":
		return []string{a.Val}
	case "srcset":
		var urls []string
		for _, c := range strings.Split(a.Val, ", ") {
			u, _, _ := strings.Cut(c, " ")
			urls = append(urls, u)
		}
		return urls
	}
	return nil
}

func walkNodes(n *html.Node, f func(*html.Node)) {
	f(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walkNodes(c, f)
	}
}

func FuzzSanitize(f *testing.F) {
	if in, err := os.ReadFile(filepath.Join("testdata", "article.html")); err == nil {
		f.Add(string(in))
	}
	for _, s := range []string{
		`<p onclick="x">a<script>alert(1)</script></p>`,
		`<a href="javascript:alert(1)">x</a><a href=" java\nscript:x">y</a>`,
		`<img src=x onerror=alert(1)><img srcset="javascript:x 1x">`,
		`<iframe src=x></iframe><form><input></form><svg><script>x</script></svg>`,
		`<math><mi xlink:href="javascript:x">m</mi></math><table><tr><td>x</table>`,
		"<p>&nbsp;</p><p>\x0c</p><pre>\x00</pre>",
		`<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>`,
	} {
		f.Add(s)
	}
	s := New(siteHosts)
	base := mustURL(f, articleBase)
	f.Fuzz(func(t *testing.T, in string) {
		out := s.HTML(in, base)
		checkSafe(t, out)
		if plain.StripControls(out) != out {
			t.Fatalf("control characters in %q", out)
		}
		checkSafe(t, s.HTML(out, base))
	})
}

func BenchmarkSanitize(b *testing.B) {
	in, err := os.ReadFile(filepath.Join("testdata", "article.html"))
	if err != nil {
		b.Fatal(err)
	}
	s := New(siteHosts)
	base := mustURL(b, articleBase)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		s.HTML(string(in), base)
	}
}

func mustURL(t testing.TB, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatalf("parse %q: %v", s, err)
	}
	return u
}
