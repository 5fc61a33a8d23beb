package cli_test

import (
	"bytes"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"sitefeed/cli"
	"sitefeed/internal/fixturesite"
)

// Paths relative to the package directory, where go test runs.
const (
	defaultConfig = "../config.yaml"
	siteRoot      = "../testdata/site"
)

// feedNames are the feeds of ../config.yaml, in order.
var feedNames = []string{"news-az", "press-az", "news-en", "press-en", "news-ru", "press-ru"}

// site is the fixture copy of migration.gov.az behind an httptest server,
// with a switch that makes some paths answer 500.
type site struct {
	*httptest.Server
	fx *fixturesite.Server

	mu   sync.Mutex
	fail func(path string) bool
}

func newSite(t *testing.T) *site {
	t.Helper()
	s := &site{fx: fixturesite.New(siteRoot)}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serveHTTP))
	t.Cleanup(s.Close)
	return s
}

func (s *site) serveHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	fail := s.fail
	s.mu.Unlock()
	if fail != nil && fail(r.URL.Path) {
		http.Error(w, "500 internal server error", http.StatusInternalServerError)
		return
	}
	s.fx.ServeHTTP(w, r)
}

// failWhen makes every path for which fail reports true answer 500; nil
// heals the site.
func (s *site) failWhen(fail func(path string) bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.fail = fail
}

// syncBuffer is a bytes.Buffer safe for a daemon writing while the test
// reads.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// noEnv is a Getenv that sees an empty environment.
func noEnv(string) string { return "" }

// run calls cli.Main in-process with an empty environment.
func run(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = cli.Main(args, cli.Env{Stdout: &out, Stderr: &errb, Getenv: noEnv})
	return code, out.String(), errb.String()
}

// dirs are a run's private store and output directory.
type dirs struct{ db, out string }

func newDirs(t *testing.T) dirs {
	d := t.TempDir()
	return dirs{db: filepath.Join(d, "sitefeed.db"), out: filepath.Join(d, "public")}
}

// flags are the common flags pointing a command at the fixture site and
// at private temp files.
func (d dirs) flags(config, origin string) []string {
	return []string{"-config", config, "-origin", origin, "-delay", "0", "-db", d.db, "-output", d.out}
}

// writeConfig writes ../config.yaml after the edits and returns its path.
func writeConfig(t *testing.T, edits ...func(string) string) string {
	t.Helper()
	b, err := os.ReadFile(defaultConfig)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for _, e := range edits {
		s = e(s)
	}
	path := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// setKey sets a top-level key, replacing its line when present.
func setKey(key, value string) func(string) string {
	return func(s string) string {
		re := regexp.MustCompile(`(?m)^#?\s*` + regexp.QuoteMeta(key) + `:.*$`)
		line := key + ": " + value
		if loc := re.FindStringIndex(s); loc != nil {
			return s[:loc[0]] + line + s[loc[1]:]
		}
		return line + "\n" + s
	}
}

// insertAfter inserts text after the first line containing anchor.
func insertAfter(t *testing.T, anchor, text string) func(string) string {
	return func(s string) string {
		i := strings.Index(s, anchor)
		if i < 0 {
			t.Fatalf("config has no %q", anchor)
		}
		j := i + strings.Index(s[i:], "\n") + 1
		return s[:j] + text + s[j:]
	}
}

// replaceOnce replaces the first old with new.
func replaceOnce(t *testing.T, old, new string) func(string) string {
	return func(s string) string {
		if !strings.Contains(s, old) {
			t.Fatalf("config has no %q", old)
		}
		return strings.Replace(s, old, new, 1)
	}
}

// lineOf is the 1-based line of the first line of the file containing sub.
func lineOf(t *testing.T, path, sub string) int {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range strings.Split(string(b), "\n") {
		if strings.Contains(l, sub) {
			return i + 1
		}
	}
	t.Fatalf("%s has no line containing %q", path, sub)
	return 0
}

// freeAddr returns a loopback address nobody listens on right now.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	if err := ln.Close(); err != nil {
		t.Fatal(err)
	}
	return addr
}

// closedOrigin is the URL of a server that no longer listens.
func closedOrigin(t *testing.T) string {
	t.Helper()
	srv := httptest.NewServer(http.NotFoundHandler())
	u := srv.URL
	srv.Close()
	return u
}

// feedFiles lists the files a run writes for the named feeds.
func feedFiles(names ...string) []string {
	var out []string
	for _, n := range names {
		for _, ext := range []string{".rss", ".atom", ".json"} {
			out = append(out, n+ext)
		}
	}
	return out
}

// readFiles returns the contents of the named files in dir.
func readFiles(t *testing.T, dir string, names []string) map[string][]byte {
	t.Helper()
	m := map[string][]byte{}
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			t.Fatal(err)
		}
		m[n] = b
	}
	return m
}

// summaryRow finds the feed's row of the scrape summary table.
func summaryRow(t *testing.T, stdout, feed string) []string {
	t.Helper()
	for _, l := range strings.Split(stdout, "\n") {
		if f := strings.Fields(l); len(f) > 1 && f[0] == feed {
			return f
		}
	}
	t.Fatalf("summary has no row for %s:\n%s", feed, stdout)
	return nil
}

// column is the value of the named column in a summary row.
func column(t *testing.T, stdout string, row []string, name string) int {
	t.Helper()
	header := strings.Fields(strings.SplitN(strings.TrimLeft(stdout, "\n"), "\n", 2)[0])
	for i, h := range header {
		if h == name && i < len(row) {
			n, err := strconv.Atoi(row[i])
			if err != nil {
				t.Fatalf("column %s of %v: %v", name, row, err)
			}
			return n
		}
	}
	t.Fatalf("no column %s in %v", name, header)
	return 0
}
