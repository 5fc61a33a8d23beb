package feed

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"sitefeed/item"

	"golang.org/x/net/html"
)

func indexEntries(tb testing.TB) []IndexEntry {
	az := testMeta("az")
	az.TimeZone = "Asia/Baku"
	ru := testMeta("ru")
	ru.Title = "Миграционная служба – Новости"
	ru.Description = ""
	ru.TimeZone = "Asia/Baku"
	en := testMeta("en")
	en.Title = "State Migration Service & <News>"
	en.TimeZone = "Asia/Baku"
	other := testMeta("en")
	other.Name, other.Title, other.Home = "other-news", "Other site news", "https://other.example.org/news"
	var latest []item.Entry
	for i := range 6 { // one more than the index shows
		// UTC in, Baku (UTC+4) out: 12:05 UTC is 16:05 in Baku.
		t := time.Date(2025, time.November, 29-i, 12, 5, 0, 0, time.UTC)
		latest = append(latest, item.Entry{Item: item.Item{URL: fmt.Sprintf("https://migration.gov.az/az/news_detail/%d", 100-i),
			Title: fmt.Sprintf("Xəbər %d & <başlıq>", 100-i), Published: t}, FirstSeen: t, Updated: t})
	}
	return []IndexEntry{
		{Meta: az, Site: "migration.gov.az", Items: 120, LastSuccess: at(tb, 2025, time.November, 29, 16, 5), Latest: latest},
		{Meta: ru, Site: "migration.gov.az", Missing: true, LastError: "the site answered HTTP 503"},
		{Meta: en, Site: "migration.gov.az", Items: 7, LastSuccess: at(tb, 2025, time.November, 28, 3, 59),
			LastError: "no items found: the site may have changed", Latest: latest[:1]},
		{Meta: other, Site: "other.example.org", Items: 0, LastSuccess: at(tb, 2025, time.November, 28, 3, 59)},
	}
}

func TestIndexGolden(t *testing.T) {
	out, err := Index("migration.gov.az feeds", indexEntries(t))
	if err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "index.html.golden", out)
	again, _ := Index("migration.gov.az feeds", indexEntries(t))
	if !bytes.Equal(out, again) {
		t.Error("two renders of the index differ")
	}
}

// page is what a test reads of a rendered page.
type page struct {
	doc       *html.Node
	text      string
	hrefs     []string
	inputs    map[string]string // readonly input value -> its card's id
	groups    []string          // "id lang" of each language group
	scripts   int
	styles    int // <style> elements and style attributes
	alternate []string
}

func parsePage(t *testing.T, out []byte) page {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	p := page{doc: doc, inputs: map[string]string{}}
	var text strings.Builder
	var visit func(n *html.Node, card string)
	visit = func(n *html.Node, card string) {
		if n.Type == html.TextNode {
			text.WriteString(n.Data)
		}
		if n.Type == html.ElementNode {
			if attrOf(n, "style") != "" {
				p.styles++
			}
			switch {
			case n.Data == "script":
				p.scripts++
			case n.Data == "style":
				p.styles++
			case n.Data == "link" && attrOf(n, "rel") == "alternate":
				p.alternate = append(p.alternate, attrOf(n, "type")+" "+attrOf(n, "href"))
			case n.Data == "a":
				p.hrefs = append(p.hrefs, attrOf(n, "href"))
			case n.Data == "article" && attrOf(n, "class") == "card":
				card = attrOf(n, "id")
			case n.Data == "section" && attrOf(n, "class") == "group":
				p.groups = append(p.groups, attrOf(n, "id")+" "+attrOf(n, "lang"))
			case n.Data == "input":
				if _, ro := attrHas(n, "readonly"); ro {
					p.inputs[attrOf(n, "value")] = card
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c, card)
		}
	}
	visit(doc, "")
	p.text = text.String()
	return p
}

func TestIndexContent(t *testing.T) {
	entries := indexEntries(t)
	out, err := Index("migration.gov.az feeds", entries)
	if err != nil {
		t.Fatal(err)
	}
	// Literal, as naive autodiscovery (regular expressions) expects it.
	if !bytes.Contains(out, []byte(`<link rel="alternate" type="application/rss+xml"`)) {
		t.Error("autodiscovery type is not written literally")
	}
	p := parsePage(t, out)
	if p.scripts != 0 || p.styles != 0 {
		t.Errorf("index has %d scripts and %d inline styles, want none (the CSP allows neither)", p.scripts, p.styles)
	}
	if !bytes.Contains(out, []byte(`<link rel="stylesheet" href="style.css">`)) {
		t.Error("index does not link style.css")
	}
	if !contains(p.hrefs, "feeds.opml") {
		t.Error("index does not link to feeds.opml")
	}
	// Grouped by site, then by language in the order of the configuration;
	// the language switch links each language's first group.
	wantGroups := []string{"lang-az az", "lang-ru ru", "lang-en en", "lang-en-2 en"}
	if !slices.Equal(p.groups, wantGroups) {
		t.Errorf("groups = %q, want %q", p.groups, wantGroups)
	}
	for _, want := range []string{"#lang-az", "#lang-ru", "#lang-en"} {
		if !contains(p.hrefs, want) {
			t.Errorf("no language switch link %q in %q", want, p.hrefs)
		}
	}
	for _, e := range entries {
		m := e.Meta
		if !strings.Contains(p.text, m.Title) {
			t.Errorf("index lacks the title %q", m.Title)
		}
		for _, file := range []string{m.Name + ".rss", m.Name + ".atom", m.Name + ".json", m.PageFile()} {
			if e.Missing == contains(p.hrefs, file) {
				t.Errorf("%s: link to %s present = %v, want %v", m.Name, file, !e.Missing, !e.Missing)
			}
		}
		if card, ok := p.inputs[m.SelfURL("rss")]; e.Missing == ok || ok && card != m.Name {
			t.Errorf("%s: readonly input with %s: %v in card %q; want it when available, in its card", m.Name, m.SelfURL("rss"), ok, card)
		}
		if e.Missing {
			continue
		}
		for _, want := range []string{
			"application/rss+xml " + m.Name + ".rss",
			"application/atom+xml " + m.Name + ".atom",
			"application/feed+json " + m.Name + ".json",
		} {
			if !contains(p.alternate, want) {
				t.Errorf("no autodiscovery link %q in %v", want, p.alternate)
			}
		}
	}
	// The latest five headlines, newest first, linked, with their dates in
	// the site's zone and in the feed's language.
	for i, e := range entries[0].Latest {
		shown := contains(p.hrefs, e.URL)
		if shown != (i < HeadlinesShown) {
			t.Errorf("headline %d (%s) shown = %v, want %v", i, e.URL, shown, i < HeadlinesShown)
		}
	}
	for _, want := range []string{
		"Xəbər 100 & <başlıq>",
		"29 noyabr 2025, 16:05", // 12:05 UTC shown in Baku
		"25 noyabr 2025, 16:05",
		"Yenilənib: 29 noyabr 2025, 16:05", // last success, az labels
		"120 xəbər",
		"November 28, 2025, 03:59", // en labels
		"Пока недоступна",          // the missing ru feed, in Russian
		"Последнее обновление не удалось: the site answered HTTP 503",
		"The last update failed: no items found",
		"No items yet.",
	} {
		if !strings.Contains(p.text, want) {
			t.Errorf("index text lacks %q", want)
		}
	}
	if strings.Contains(p.text, "24 noyabr") {
		t.Error("index shows a sixth headline")
	}
}

func attrHas(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func attrOf(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestOPML(t *testing.T) {
	entries := indexEntries(t)
	out, err := OPML("migration.gov.az feeds", entries)
	if err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "feeds.opml.golden", out)
	root, err := parseStrict(out)
	if err != nil {
		t.Fatalf("strict XML: %v", err)
	}
	if root.Name.Local != "opml" || root.attr("version") != "2.0" {
		t.Fatalf("root = <%s version=%q>, want opml 2.0", root.Name.Local, root.attr("version"))
	}
	if root.one("head").one("title").text() != "migration.gov.az feeds" {
		t.Errorf("head title = %q", root.one("head").one("title").text())
	}
	outlines := root.one("body").all("outline")
	if len(outlines) != len(entries) {
		t.Fatalf("got %d outlines, want %d", len(outlines), len(entries))
	}
	for i, o := range outlines {
		m := entries[i].Meta
		got := [5]string{o.attr("type"), o.attr("text"), o.attr("xmlUrl"), o.attr("htmlUrl"), o.attr("language")}
		want := [5]string{"rss", m.Title, m.SelfURL("rss"), m.Home, m.Language}
		if entries[i].Missing { // listed, but no dead feed to import
			want = [5]string{"", m.Title + " (not available yet)", "", m.Home, m.Language}
		}
		if got != want {
			t.Errorf("outline %d = %q, want %q", i, got, want)
		}
	}
}

func TestOPMLEmpty(t *testing.T) {
	out, err := OPML("none", nil)
	if err != nil {
		t.Fatal(err)
	}
	root, err := parseStrict(out)
	if err != nil {
		t.Fatal(err)
	}
	if len(root.all("body")) != 1 {
		t.Errorf("empty OPML has no <body>:\n%s", out)
	}
}
