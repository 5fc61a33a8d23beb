package fixturesite

import (
	"errors"
	"testing"
)

func TestResolve(t *testing.T) {
	tests := []struct {
		name, path, query string
		want              string
		wantErr           error
	}{
		{name: "root", path: "/", want: "index.html"},
		{name: "empty path", path: "", want: "index.html"},
		{name: "bare index.php", path: "/index.php", want: "index.html"},
		{name: "index.php slash", path: "/index.php/", want: "index.html"},
		{name: "list page", path: "/az/news", want: "az/news.html"},
		{name: "trailing slash", path: "/az/news/", want: "az/news.html"},
		{name: "index.php prefix", path: "/index.php/az/news", want: "az/news.html"},
		{name: "query page", path: "/az/news", query: "page=2", want: "az/news@page=2.html"},
		{name: "index.php and query", path: "/index.php/ru/news", query: "page=3", want: "ru/news@page=3.html"},
		{name: "page 1 is the list", path: "/en/news", query: "page=1", want: "en/news.html"},
		{name: "detail", path: "/az/news_detail/16701", want: "az/news_detail/16701.html"},
		{name: "tracking dropped", path: "/az/news_detail/16699", query: "utm_source=fb&utm_medium=post", want: "az/news_detail/16699.html"},
		{name: "tracking dropped, rest kept", path: "/az/news", query: "fbclid=x&page=2", want: "az/news@page=2.html"},
		{name: "other query kept", path: "/az/press", query: "page=2&type=elan", want: "az/press@page=2&type=elan.html"},
		{name: "pdf", path: "/uploads/files/elan-2026.pdf", want: "uploads/files/elan-2026.pdf"},
		{name: "jpg ignores query", path: "/uploads/news/16701.jpg", query: "v=2", want: "uploads/news/16701.jpg"},
		{name: "robots", path: "/robots.txt", want: "robots.txt"},
		{name: "index.php only as first segment", path: "/az/index.php/news", want: "az/index.php/news.html"},
		{name: "dot segments cleaned", path: "/az/./news", want: "az/news.html"},
		{name: "double slash", path: "//az//news", want: "az/news.html"},
		{name: "dotdot", path: "/../etc/passwd", wantErr: errTraversal},
		{name: "dotdot inside", path: "/az/../../secret", wantErr: errTraversal},
		{name: "dotdot backslash", path: `/az/..\secret`, wantErr: errTraversal},
		{name: "hidden file", path: "/.git/config", wantErr: errNoFile},
		{name: "query with slash", path: "/az/news", query: "page=/../../x", wantErr: errNoFile},
		{name: "query with dotdot", path: "/az/news", query: "page=..", wantErr: errNoFile},
		{name: "nul byte", path: "/az/news\x00.html", wantErr: errNoFile},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := resolve(tt.path, tt.query)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("resolve(%q, %q) error = %v, want %v", tt.path, tt.query, err, tt.wantErr)
			}
			if got != tt.want {
				t.Errorf("resolve(%q, %q) = %q, want %q", tt.path, tt.query, got, tt.want)
			}
		})
	}
}

func TestContentType(t *testing.T) {
	tests := []struct{ name, want string }{
		{"az/news.html", "text/html"},
		{"uploads/files/elan-2026.pdf", "application/pdf"},
		{"uploads/news/1.JPG", "image/jpeg"},
		{"assets/img/lazy.gif", "image/gif"},
		{"robots.txt", "text/plain; charset=utf-8"},
		{"assets/css/main.css", "text/css; charset=utf-8"},
		{"file.bin", "application/octet-stream"},
	}
	for _, tt := range tests {
		if got := contentType(tt.name); got != tt.want {
			t.Errorf("contentType(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
