package cli_test

import (
	"context"
	"encoding/xml"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"sitefeed/cli"
)

// A real feed reader against `sitefeed serve` on a port that is not the
// default, with public_url unset (as in the shipped config.yaml): newsboat
// imports feeds.opml downloaded from the server, and reloading each feed
// it imported gives that feed's items. The links are derived from the
// request, so none points at localhost:8080. Not parallel (it signals the
// test process to stop serve); skipped without newsboat or with -short.
func TestNewsboatImportsAndReloads(t *testing.T) {
	bin, err := exec.LookPath("newsboat")
	if err != nil || testing.Short() {
		t.Skip("no newsboat in PATH, or -short")
	}
	s := newSite(t)
	d := newDirs(t)
	config := writeConfig(t, setKey("schedule", `"@every 1h"`), func(c string) string {
		return regexp.MustCompile(`(?m)^public_url:.*$`).ReplaceAllString(c, "")
	})
	dm := startServe(t, config, s.URL, d)
	defer dm.stop(t)
	dm.waitHealth(t, 15*time.Second, func(code int, h healthz) bool { return allSucceeded(code, h) && indexWritten(d.out) })

	// The run records its feeds' success before it rewrites feeds.opml
	// (the one written at start lists them as not available yet): wait for
	// the run's.
	var resp *http.Response
	var opml []byte
	for deadline := time.Now().Add(15 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		resp, opml = get(t, dm.base+"/feeds.opml", nil)
		if strings.Count(string(opml), `xmlUrl="`) == len(feedNames) || time.Now().After(deadline) {
			break
		}
	}
	if resp.StatusCode != http.StatusOK || strings.Contains(string(opml), "localhost:8080") {
		t.Fatalf("feeds.opml = %d, naming localhost:8080 or failing:\n%s", resp.StatusCode, opml)
	}
	home := t.TempDir()
	opmlFile := filepath.Join(home, "feeds.opml")
	if err := os.WriteFile(opmlFile, opml, 0o644); err != nil {
		t.Fatal(err)
	}
	urls := filepath.Join(home, "urls")
	newsboat(t, bin, home, "-u", urls, "-c", filepath.Join(home, "cache.db"), "-i", opmlFile)
	imported, err := os.ReadFile(urls)
	if err != nil {
		t.Fatal(err)
	}
	var feeds []string
	for _, line := range strings.Split(string(imported), "\n") {
		if f := strings.Fields(line); len(f) > 0 && strings.HasPrefix(f[0], "http") {
			feeds = append(feeds, f[0])
		}
	}
	if len(feeds) != len(feedNames) {
		t.Fatalf("newsboat imported %d feeds, want %d:\n%s", len(feeds), len(feedNames), imported)
	}
	unread := regexp.MustCompile(`(\d+) unread articles`)
	for _, u := range feeds {
		if !strings.HasPrefix(u, dm.base+"/") {
			t.Errorf("imported %s, want a URL on %s", u, dm.base)
			continue
		}
		// One feed per cache, so each count is that feed's alone.
		one := filepath.Join(home, strconv.Itoa(len(u))+filepath.Base(u))
		if err := os.WriteFile(one+".urls", []byte(u+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		out := newsboat(t, bin, home, "-u", one+".urls", "-c", one+".db", "-x", "reload", "print-unread")
		m := unread.FindStringSubmatch(out)
		want := rssItems(t, dm.base, u)
		t.Logf("newsboat reload %s: %s", u, strings.TrimSpace(out))
		if m == nil || m[1] != strconv.Itoa(want) || want == 0 {
			t.Errorf("newsboat reload of %s: %q; want %d unread articles (the feed's items)", u, out, want)
		}
	}
}

// newsboat runs newsboat with home as $HOME and returns its output.
func newsboat(t *testing.T, bin, home string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = append(os.Environ(), "HOME="+home, "XDG_CONFIG_HOME="+home, "XDG_DATA_HOME="+home, "TERM=dumb")
	cmd.Stdin = nil
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("newsboat %v: %v\n%s", args, err, out)
	}
	return string(out)
}

// rssItems counts the items of the RSS feed at u, as served.
func rssItems(t *testing.T, base, u string) int {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	var rss struct {
		Items []struct{} `xml:"channel>item"`
		Self  []struct {
			Href string `xml:"href,attr"`
		} `xml:"http://www.w3.org/2005/Atom channel>link"`
	}
	if err := xml.Unmarshal(body, &rss); err != nil {
		t.Fatalf("%s: %v", u, err)
	}
	if len(rss.Self) == 0 {
		t.Errorf("%s has no atom:link", u)
	}
	for _, l := range rss.Self {
		if !strings.HasPrefix(l.Href, base+"/") {
			t.Errorf("%s: atom:link %s is not on %s", u, l.Href, base)
		}
	}
	return len(rss.Items)
}

// An undated item read on a first run sits, in a real reader, where the
// site lists it: newsboat's own store of news-en.rss dates 16699 (no date
// on the site) a second after 16695, the item the site lists after it, and
// sorts it between its list neighbours, never as the newest item (issue 11, item 6).
func TestNewsboatUndatedItemInPlace(t *testing.T) {
	bin, err := exec.LookPath("newsboat")
	sqlite, serr := exec.LookPath("sqlite3")
	if err != nil || serr != nil || testing.Short() {
		t.Skip("no newsboat or sqlite3 in PATH, or -short")
	}
	s := newSite(t)
	d := newDirs(t)
	if code, stdout, stderr := run(t, append([]string{"scrape"}, d.flags(defaultConfig, s.URL)...)...); code != cli.ExitOK {
		t.Fatalf("scrape: exit %d\n%s\n%s", code, stdout, stderr)
	}
	hs := httptest.NewServer(http.FileServer(http.Dir(d.out)))
	defer hs.Close()
	home := t.TempDir()
	urls, cache := filepath.Join(home, "urls"), filepath.Join(home, "cache.db")
	if err := os.WriteFile(urls, []byte(hs.URL+"/news-en.rss\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	newsboat(t, bin, home, "-u", urls, "-c", cache, "-x", "reload")
	out, err := exec.Command(sqlite, cache, "SELECT guid, pubDate FROM rss_item ORDER BY pubDate DESC, id ASC;").CombinedOutput()
	if err != nil {
		t.Fatalf("sqlite3: %v\n%s", err, out)
	}
	var order []string
	dates := map[string]int64{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		guid, date, ok := strings.Cut(line, "|")
		if !ok {
			continue
		}
		id := guid[strings.LastIndex(guid, "/")+1:]
		order = append(order, id)
		dates[id], _ = strconv.ParseInt(date, 10, 64)
	}
	if len(order) == 0 {
		t.Fatalf("newsboat stored no item:\n%s", out)
	}
	if order[0] == "16699" || dates["16699"] > time.Now().Add(-24*time.Hour).Unix() {
		t.Errorf("the undated 16699 is dated %v in newsboat (order %v): presented as new", time.Unix(dates["16699"], 0), order)
	}
	if dates["16699"] != dates["16695"]+1 {
		t.Errorf("16699 dated %v, want a second after 16695's date %v (the item the site lists after it)", time.Unix(dates["16699"], 0), time.Unix(dates["16695"], 0))
	}
	at := slices.Index(order, "16699")
	if at <= 0 || slices.Index(order, "16701") > at || slices.Index(order, "16695") < at {
		t.Errorf("newsboat order %v: 16699 is not between 16701 and 16695, where the site lists it", order)
	}
}
