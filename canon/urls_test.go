package canon

import (
	"errors"
	"net/url"
	"strings"
	"testing"
)

var siteHosts = Rules{Hosts: []string{"migration.gov.az", "www.migration.gov.az"}, StripPrefixes: []string{"/index.php"}, FoldTrailingSlash: true}

func mustURL(t testing.TB, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatalf("parse %q: %v", s, err)
	}
	return u
}

func TestCanonicalURL(t *testing.T) {
	const article = "https://migration.gov.az/en/news_detail/14243"
	tests := []struct {
		name string
		ref  string
		base string
		want string
	}{
		{"canonical already", article, "", article},
		{"www and index.php", "https://www.migration.gov.az/index.php/en/news_detail/14243", "", article},
		{"http", "http://migration.gov.az/en/news_detail/14243", "", article},
		{"upper-case host", "HTTPS://WWW.Migration.Gov.Az/en/news_detail/14243", "", article},
		{"default port", "http://migration.gov.az:80/en/news_detail/14243", "", article},
		{"https default port", "https://migration.gov.az:443/en/news_detail/14243", "", article},
		{"fragment dropped", article + "#comments", "", article},
		{"tracking params dropped", article + "?utm_source=fb&utm_medium=social&fbclid=abc&gclid=1&yclid=2&mc_cid=3&mc_eid=4&_ga=5&ref_src=6", "", article},
		{"upper-case tracking key", article + "?UTM_Source=x", "", article},
		{"trailing question mark", article + "?", "", article},
		{"empty params", article + "?&&", "", article},
		{"query sorted", article + "?page=2&lang=az&a=1", "", article + "?a=1&lang=az&page=2"},
		{"sort is stable for equal keys", article + "?b=2&a=2&a=1", "", article + "?a=2&a=1&b=2"},
		{"duplicate slashes", "https://migration.gov.az//en///news_detail/14243", "", article},
		{"dot segments", "https://migration.gov.az/en/x/../news_detail/./14243", "", article},
		{"index.php alone", "https://www.migration.gov.az/index.php", "", "https://migration.gov.az/"},
		{"index.php slash", "https://migration.gov.az/index.php/", "", "https://migration.gov.az/"},
		{"index.php twice", "https://migration.gov.az/index.php/index.php/en/news_detail/14243", "", article},
		{"index.php mid-path kept", "https://migration.gov.az/en/index.php/x", "", "https://migration.gov.az/en/index.php/x"},
		{"index.phpx not a segment", "https://migration.gov.az/index.phpx", "", "https://migration.gov.az/index.phpx"},
		{"trailing slash dropped on the site", "https://migration.gov.az/en/news_detail/14243/", "", article},
		{"trailing slashes dropped", "https://www.migration.gov.az/en/news_detail/14243//", "", article},
		{"trailing slash kept elsewhere", "https://example.org/a/", "", "https://example.org/a/"},
		{"empty path", "https://migration.gov.az", "", "https://migration.gov.az/"},
		{"relative sibling", "14244", "https://www.migration.gov.az/index.php/en/news_detail/14243", "https://migration.gov.az/en/news_detail/14244"},
		{"relative parent", "../press_detail/398", "https://migration.gov.az/en/news_detail/14243", "https://migration.gov.az/en/press_detail/398"},
		{"relative file", "x.html", "https://migration.gov.az/en/news/", "https://migration.gov.az/en/news/x.html"},
		{"root relative", "/az/news_detail/16701", "http://www.migration.gov.az/index.php/en/news", "https://migration.gov.az/az/news_detail/16701"},
		{"protocol relative", "//www.migration.gov.az/en/news_detail/14243", "http://example.org/", article},
		{"protocol relative without base", "//example.org/x", "", "https://example.org/x"},
		{"query only", "?page=2", "https://migration.gov.az/en/news", "https://migration.gov.az/en/news?page=2"},
		{"blanks and newline", "  /en/news_detail/\n14243\t ", "https://migration.gov.az/", article},
		{"cyrillic path", "https://migration.gov.az/ru/новости", "", "https://migration.gov.az/ru/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8"},
		{"lower-case escapes", "https://migration.gov.az/ru/%d0%bd", "", "https://migration.gov.az/ru/%D0%BD"},
		{"unreserved escape decoded", "https://migration.gov.az/%7Een/%41", "", "https://migration.gov.az/~en/A"},
		{"encoded slash kept", "https://migration.gov.az/a%2fb", "", "https://migration.gov.az/a%2Fb"},
		{"stray percent", "https://migration.gov.az/100%", "", "https://migration.gov.az/100%25"},
		{"space in path", "https://migration.gov.az/a b", "", "https://migration.gov.az/a%20b"},
		{"az letters in query", "https://migration.gov.az/az/search?q=xəbər", "", "https://migration.gov.az/az/search?q=x%C9%99b%C9%99r"},
		{"user info dropped", "https://user:pass@migration.gov.az/en", "", "https://migration.gov.az/en"},
		{"other host keeps scheme", "http://Example.COM:8080/A/./b?z=1&utm_campaign=x&a=2#f", "", "http://example.com:8080/A/b?z=1&a=2"},
		{"other host keeps slashes", "https://example.com//a//b", "", "https://example.com//a//b"},
		{"other host keeps index.php", "https://example.com/index.php/x", "", "https://example.com/index.php/x"},
		{"IDN host", "https://Пример.рф/путь", "", "https://xn--e1afmkfd.xn--p1ai/%D0%BF%D1%83%D1%82%D1%8C"},
		{"IDN az host", "https://xəbər.az/", "", "https://xn--xbr-dtbb.az/"},
		{"punycode host kept", "https://xn--e1afmkfd.xn--p1ai/", "", "https://xn--e1afmkfd.xn--p1ai/"},
		{"trailing dot host", "https://example.com./x", "", "https://example.com/x"},
		{"IPv4", "http://127.0.0.1:8080/x", "", "http://127.0.0.1:8080/x"},
		{"IPv6", "http://[::1]:80/x", "", "http://[::1]/x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var base *url.URL
			if tt.base != "" {
				base = mustURL(t, tt.base)
			}
			got, err := URL(tt.ref, base, siteHosts)
			if err != nil {
				t.Fatalf("URL(%q) error: %v", tt.ref, err)
			}
			if got != tt.want {
				t.Errorf("URL(%q, %q)\n got %s\nwant %s", tt.ref, tt.base, got, tt.want)
			}
		})
	}
}

func TestCanonicalURLHostsOrder(t *testing.T) {
	got, err := URL("https://migration.gov.az/en/news", nil, HostRules("www.migration.gov.az", "migration.gov.az"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "https://www.migration.gov.az/en/news"; got != want {
		t.Errorf("got %s, want %s (hosts[0] is canonical)", got, want)
	}
	got, err = URL("http://example.org//index.php/x?b=1&a=2", nil, Rules{})
	if err != nil {
		t.Fatal(err)
	}
	if want := "http://example.org//index.php/x?b=1&a=2"; got != want {
		t.Errorf("no hosts: got %s, want %s", got, want)
	}
}

func TestCanonicalURLErrors(t *testing.T) {
	base := mustURL(t, "https://migration.gov.az/en/news")
	tests := []struct {
		name    string
		ref     string
		base    *url.URL
		notHTTP bool
	}{
		{"empty", "", base, false},
		{"blank", " \t\n", base, false},
		{"javascript", "javascript:alert(1)", base, true},
		{"javascript upper", "JavaScript:alert(1)", base, true},
		{"mailto", "mailto:info@migration.gov.az", base, true},
		{"data", "data:image/png;base64,AAAA", base, true},
		{"tel", "tel:+994123456789", base, true},
		{"ftp", "ftp://example.org/x", base, true},
		{"relative without base", "/en/news", nil, false},
		{"bad host", "http://exa mple.com/", nil, false},
		{"bad port", "http://example.com:99999/", nil, false},
		{"no host", "http:///x", nil, false},
		{"IPv6 zone", "http://[fe80::1%25eth0]/", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := URL(tt.ref, tt.base, siteHosts)
			if err == nil {
				t.Fatalf("URL(%q) = %q, want an error", tt.ref, got)
			}
			if errors.Is(err, ErrNotHTTP) != tt.notHTTP {
				t.Errorf("URL(%q) error %v: errors.Is(ErrNotHTTP) = %v, want %v", tt.ref, err, !tt.notHTTP, tt.notHTTP)
			}
		})
	}
}

func TestAbsoluteURL(t *testing.T) {
	base := mustURL(t, "https://www.migration.gov.az/index.php/en/news_detail/14243")
	tests := []struct {
		name string
		ref  string
		want string
	}{
		{"fragment kept", "#photo", "https://migration.gov.az/en/news_detail/14243#photo"},
		{"fragment with path", "../news_detail/1#top", "https://migration.gov.az/en/news_detail/1#top"},
		{"fragment escaped", "#xəbər", "https://migration.gov.az/en/news_detail/14243#x%C9%99b%C9%99r"},
		{"otherwise canonical", "/index.php/az/news?utm_source=x&b=1&a=1", "https://migration.gov.az/az/news?a=1&b=1"},
		{"pdf", "/uploads/files/qanun.pdf", "https://migration.gov.az/uploads/files/qanun.pdf"},
		{"foreign", "https://Example.org/a?b=1#c", "https://example.org/a?b=1#c"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Absolute(tt.ref, base, siteHosts)
			if err != nil {
				t.Fatalf("Absolute(%q) error: %v", tt.ref, err)
			}
			if got != tt.want {
				t.Errorf("Absolute(%q)\n got %s\nwant %s", tt.ref, got, tt.want)
			}
		})
	}
}

func TestNumericID(t *testing.T) {
	tests := []struct {
		name string
		url  string
		want int64
	}{
		{"news", "https://migration.gov.az/az/news_detail/16701", 16701},
		{"press", "https://migration.gov.az/en/press_detail/398", 398},
		{"trailing slash", "https://migration.gov.az/en/news_detail/9144/", 9144},
		{"query ignored", "https://migration.gov.az/en/news_detail/9144?page=3", 9144},
		{"fragment ignored", "https://migration.gov.az/en/news_detail/9144#7", 9144},
		{"path only", "/az/news_detail/16701", 16701},
		{"no number", "https://migration.gov.az/en/news", 0},
		{"number in host only", "https://127.0.0.1", 0},
		{"root", "https://migration.gov.az/", 0},
		{"overflow", "https://x.org/99999999999999999999", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := NumericID(tt.url); got != tt.want {
				t.Errorf("NumericID(%q) = %d, want %d", tt.url, got, tt.want)
			}
		})
	}
}

func FuzzCanonicalURL(f *testing.F) {
	for _, s := range []string{
		"https://www.migration.gov.az/index.php/en/news_detail/14243",
		"http://migration.gov.az:80//a/../b/./c?utm_source=x&b=2&a=1#f",
		"../x", "x.html", "//host/x", "?q=1", "#frag", "https://пример.рф/путь",
		"/ru/новости?q=я", "%zz", "http://[::1]:8080/", "javascript:alert(1)",
		"https://a.b/%2e%2E/%41", "http://h/index.php/index.php/..//x",
	} {
		f.Add(s)
	}
	base := mustURL(f, "https://www.migration.gov.az/index.php/en/news_detail/14243")
	f.Fuzz(func(t *testing.T, ref string) {
		got, err := URL(ref, base, siteHosts)
		if err != nil {
			return
		}
		if !isASCII(got) {
			t.Fatalf("URL(%q) = %q is not ASCII", ref, got)
		}
		if strings.Contains(got, "#") {
			t.Fatalf("URL(%q) = %q has a fragment", ref, got)
		}
		u, err := url.Parse(got)
		if err != nil || !u.IsAbs() || u.Host == "" {
			t.Fatalf("URL(%q) = %q does not parse as absolute: %v", ref, got, err)
		}
		again, err := URL(got, nil, siteHosts)
		if err != nil || again != got {
			t.Fatalf("not idempotent: %q -> %q -> %q (%v)", ref, got, again, err)
		}
	})
}

func BenchmarkCanonicalURL(b *testing.B) {
	base := mustURL(b, "https://www.migration.gov.az/index.php/en/news")
	refs := []struct{ name, ref string }{
		{"relative", "/index.php/en/news_detail/14243"},
		{"absolute", "https://www.migration.gov.az/index.php/az/news_detail/16701?utm_source=fb&b=1&a=2#top"},
		{"canonical", "https://migration.gov.az/az/news_detail/16701"},
		{"cyrillic", "../ru/новости/9144"},
	}
	for _, tt := range refs {
		b.Run(tt.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := URL(tt.ref, base, siteHosts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// The site's own rules apply to its hosts only; the zero Rules apply none.
func TestRules(t *testing.T) {
	site := Rules{Hosts: []string{"example.org"}, StripPrefixes: []string{"/index.php", "cms/"},
		FoldTrailingSlash: true, DropParams: []string{"sid", "ref_*"}}
	tests := []struct {
		name string
		r    Rules
		in   string
		want string
	}{
		{"prefixes stripped, repeatedly", site, "http://www.example.org/cms/index.php/a/", "https://example.org/a"},
		{"prefix must be a whole segment", site, "https://example.org/cmsx/a", "https://example.org/cmsx/a"},
		{"params dropped by name and prefix", site, "https://example.org/a?sid=1&ref_x=2&page=3", "https://example.org/a?page=3"},
		{"other hosts keep their paths", site, "https://other.org/index.php/a/?sid=1", "https://other.org/index.php/a/"},
		{"zero rules: no site folding", Rules{Hosts: []string{"example.org"}}, "https://example.org/index.php/a/", "https://example.org/index.php/a/"},
		{"built-in tracking always dropped", Rules{}, "https://x.org/a?utm_source=t&fbclid=1&q=2", "https://x.org/a?q=2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := URL(tt.in, nil, tt.r)
			if err != nil || got != tt.want {
				t.Errorf("URL(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
			}
		})
	}
}
