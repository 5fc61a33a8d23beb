package serve

import (
	"bufio"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// rawGet sends target exactly as given on the request line.
func rawGet(t *testing.T, addr, target string) (int, string) {
	t.Helper()
	conn, err := net.DialTimeout("tcp", addr, 2*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(5 * time.Second))
	if _, err := io.WriteString(conn, "GET "+target+" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"); err != nil {
		t.Fatal(err)
	}
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

func TestTraversalIsRefused(t *testing.T) {
	fx := newFixture(t)
	srv := httptest.NewServer(fx.handler(t))
	defer srv.Close()
	addr := strings.TrimPrefix(srv.URL, "http://")
	for _, target := range []string{
		"/../etc/passwd",
		"/../secret.txt",
		"/%2e%2e/secret.txt",
		"/%2e%2e%2fsecret.txt",
		"/..%2fconfig.yaml",
		"/..%2f..%2fetc%2fpasswd",
		"/a/../config.yaml",
		"/./config.yaml",
		"/config.yaml",
		"/sitefeed.db",
		"/..\\secret.txt",
		"/%5c..%5csecret.txt",
		"/en.rss%00.yaml",
		"/%00",
		"//etc/passwd",
		"/evil.rss",  // symlink to ../secret.txt
		"/evil.atom", // symlink to an absolute path outside
		"/sub.rss",   // a directory
		"/out/",
		"http://x/../secret.txt",
		"*",
	} {
		t.Run(target, func(t *testing.T) {
			code, body := rawGet(t, addr, target)
			if code == http.StatusOK {
				t.Errorf("status 200, want a refusal; body %.80q", body)
			}
			if code < 400 {
				t.Errorf("status %d, want 4xx or 5xx", code)
			}
			if strings.Contains(body, secret) || strings.Contains(body, "root:") {
				t.Errorf("body leaks a file outside the allowed set: %.80q", body)
			}
		})
	}
}
