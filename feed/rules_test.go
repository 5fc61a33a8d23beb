package feed

import (
	"net/url"
	"regexp"
	"testing"
	"time"

	"sitefeed/item"
)

const nsXML = "http://www.w3.org/XML/1998/namespace"

// checkURL asserts u is an absolute http(s) URL in ASCII.
func checkURL(t *testing.T, what, u string) {
	t.Helper()
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		t.Errorf("%s %q is not an absolute http(s) URL", what, u)
	}
	if !isPlainASCII(u) {
		t.Errorf("%s %q is not ASCII", what, u)
	}
}

// newestUpdate is what the feed-level date must be: the max over entries
// of max(Updated, Date()).
func newestUpdate(entries []item.Entry) time.Time {
	var newest time.Time
	for _, e := range entries {
		for _, d := range []time.Time{e.Updated, e.Date()} {
			if d.After(newest) {
				newest = d
			}
		}
	}
	return newest
}

var digits = regexp.MustCompile(`^[0-9]+$`)

func TestRSSValidatorRules(t *testing.T) {
	for _, c := range renderCases(t) {
		t.Run(c.name, func(t *testing.T) {
			out, err := RSS(c.meta, c.entries)
			if err != nil {
				t.Fatal(err)
			}
			root, err := parseStrict(out)
			if err != nil {
				t.Fatal(err)
			}
			if root.Name.Local != "rss" || root.attr("version") != "2.0" {
				t.Fatalf("root = <%s version=%q>, want <rss version=\"2.0\">", root.Name.Local, root.attr("version"))
			}
			ch := root.one("channel")
			checkRSSChannel(t, ch, c.meta, c.entries)
			items := ch.all("item")
			if len(items) != len(c.entries) {
				t.Fatalf("got %d items, want %d", len(items), len(c.entries))
			}
			for i, it := range items {
				checkRSSItem(t, it, c.entries[i])
			}
		})
	}
}

func checkRSSChannel(t *testing.T, ch *node, m Meta, entries []item.Entry) {
	t.Helper()
	var self *node
	for _, l := range ch.all("link") {
		if l.Name.Space == nsAtom && l.attr("rel") == "self" {
			self = l
		}
	}
	if self == nil {
		t.Fatal("channel has no atom:link rel=\"self\"")
	}
	if self.attr("href") != m.SelfURL("rss") || self.attr("type") != "application/rss+xml" {
		t.Errorf("atom:link self = %q %q, want %q application/rss+xml", self.attr("href"), self.attr("type"), m.SelfURL("rss"))
	}
	for _, name := range []string{"title", "description", "language", "generator"} {
		if ch.one(name).text() == "" {
			t.Errorf("channel <%s> is empty", name)
		}
	}
	for _, l := range ch.all("link") {
		if l.Name.Space == "" {
			checkURL(t, "channel link", l.text())
		}
	}
	lbd := ch.one("lastBuildDate").text()
	if len(entries) == 0 {
		if lbd != "" {
			t.Errorf("lastBuildDate = %q with no entries, want none", lbd)
		}
		return
	}
	got, err := time.Parse(time.RFC1123Z, lbd)
	if err != nil || !got.Equal(newestUpdate(entries)) {
		t.Errorf("lastBuildDate = %q (%v), want %v", lbd, err, newestUpdate(entries))
	}
}

func checkRSSItem(t *testing.T, it *node, e item.Entry) {
	t.Helper()
	if len(it.all("author")) > 0 {
		t.Errorf("item %s has an <author>", e.URL)
	}
	guid := it.one("guid")
	if guid.attr("isPermaLink") != "true" || guid.text() != e.URL {
		t.Errorf("guid = %q isPermaLink=%q, want %q true", guid.text(), guid.attr("isPermaLink"), e.URL)
	}
	checkURL(t, "guid", guid.text())
	checkURL(t, "item link", it.one("link").text())
	if it.one("title").text() == "" || it.one("description").text() == "" {
		t.Errorf("item %s: empty title or description", e.URL)
	}
	pub, err := time.Parse(time.RFC1123Z, it.one("pubDate").text())
	if err != nil || !pub.Equal(e.Date()) {
		t.Errorf("pubDate = %q (%v), want %v", it.one("pubDate").text(), err, e.Date())
	}
	encs := it.all("enclosure")
	if len(encs) > 1 {
		t.Errorf("item %s has %d enclosures, want at most 1", e.URL, len(encs))
	}
	for _, enc := range encs {
		checkURL(t, "enclosure url", enc.attr("url"))
		if !digits.MatchString(enc.attr("length")) || enc.attr("type") == "" {
			t.Errorf("enclosure length=%q type=%q, want a number and a type", enc.attr("length"), enc.attr("type"))
		}
	}
}

func TestAtomValidatorRules(t *testing.T) {
	for _, c := range renderCases(t) {
		t.Run(c.name, func(t *testing.T) {
			out, err := Atom(c.meta, c.entries)
			if err != nil {
				t.Fatal(err)
			}
			root, err := parseStrict(out)
			if err != nil {
				t.Fatal(err)
			}
			if root.Name.Space != nsAtom || root.Name.Local != "feed" {
				t.Fatalf("root = %v, want Atom feed", root.Name)
			}
			checkAtomFeed(t, root, c.meta, c.entries)
			entries := root.all("entry")
			if len(entries) != len(c.entries) {
				t.Fatalf("got %d entries, want %d", len(entries), len(c.entries))
			}
			for i, en := range entries {
				checkAtomEntry(t, en, c.entries[i])
			}
		})
	}
}

func checkAtomFeed(t *testing.T, root *node, m Meta, entries []item.Entry) {
	t.Helper()
	lang := ""
	for _, a := range root.Attr {
		if a.Name.Space == nsXML && a.Name.Local == "lang" {
			lang = a.Value
		}
	}
	if lang != m.Language {
		t.Errorf("xml:lang = %q, want %q", lang, m.Language)
	}
	if id := root.one("id").text(); id != m.SelfURL("atom") {
		t.Errorf("feed id = %q, want %q", id, m.SelfURL("atom"))
	}
	want := time.Unix(0, 0)
	if len(entries) > 0 {
		want = newestUpdate(entries)
	}
	if got, err := time.Parse(time.RFC3339, root.one("updated").text()); err != nil || !got.Equal(want) {
		t.Errorf("feed updated = %q (%v), want %v", root.one("updated").text(), err, want)
	}
	if root.one("author").one("name").text() == "" {
		t.Error("feed has no author name")
	}
	if root.one("title").attr("type") != "text" {
		t.Errorf("feed title type = %q, want text", root.one("title").attr("type"))
	}
	links := map[string]string{}
	for _, l := range root.all("link") {
		links[l.attr("rel")] = l.attr("href")
		checkURL(t, "feed link", l.attr("href"))
	}
	if links["self"] != m.SelfURL("atom") || links["alternate"] != m.Home {
		t.Errorf("feed links = %v, want self %q and alternate %q", links, m.SelfURL("atom"), m.Home)
	}
}

func checkAtomEntry(t *testing.T, en *node, e item.Entry) {
	t.Helper()
	if id := en.one("id").text(); id != e.URL {
		t.Errorf("entry id = %q, want %q", id, e.URL)
	}
	checkURL(t, "entry id", en.one("id").text())
	if en.one("title").attr("type") != "text" {
		t.Errorf("entry title type = %q, want text", en.one("title").attr("type"))
	}
	pub, err1 := time.Parse(time.RFC3339, en.one("published").text())
	upd, err2 := time.Parse(time.RFC3339, en.one("updated").text())
	if err1 != nil || err2 != nil || !pub.Equal(e.Date()) || upd.Before(pub) {
		t.Errorf("published %q, updated %q: want published = %v and updated >= published",
			en.one("published").text(), en.one("updated").text(), e.Date())
	}
	for _, l := range en.all("link") {
		checkURL(t, "entry link", l.attr("href"))
		if l.attr("rel") != "enclosure" {
			continue
		}
		if l.attr("type") == "" {
			t.Errorf("enclosure %s has no type", l.attr("href"))
		}
		if n, ok := l.lookup("length"); ok && (!digits.MatchString(n) || n == "0") {
			t.Errorf("enclosure %s length = %q, want a positive number or none", l.attr("href"), n)
		}
	}
}
