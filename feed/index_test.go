package feed

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

func indexEntries(tb testing.TB) []IndexEntry {
	ru := testMeta("ru")
	ru.Title = "Миграционная служба – Новости"
	ru.Description = ""
	en := testMeta("en")
	en.Title = "State Migration Service & <News>"
	return []IndexEntry{
		{Meta: testMeta("az"), Items: 120, LastSuccess: at(tb, 2025, time.November, 29, 16, 5)},
		{Meta: ru, Items: 0, LastError: "list page https://migration.gov.az/ru/news: 503 Service Unavailable <retry>"},
		{Meta: en, Items: 7, LastSuccess: at(tb, 2025, time.November, 28, 3, 59), LastError: "selector \"a.title\" matched nothing"},
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
	doc, err := html.Parse(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	var alternates, hrefs, langs []string
	var text strings.Builder
	var scripts int
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			text.WriteString(n.Data)
		case n.Type == html.ElementNode && n.Data == "script":
			scripts++
		case n.Type == html.ElementNode && n.Data == "link" && attrOf(n, "rel") == "alternate":
			alternates = append(alternates, attrOf(n, "type")+" "+attrOf(n, "href"))
		case n.Type == html.ElementNode && n.Data == "a":
			hrefs = append(hrefs, attrOf(n, "href"))
		case n.Type == html.ElementNode && n.Data == "section":
			langs = append(langs, attrOf(n, "lang"))
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)

	if scripts != 0 {
		t.Errorf("index has %d <script> elements, want none", scripts)
	}
	if !contains(hrefs, "feeds.opml") {
		t.Error("index does not link to feeds.opml")
	}
	for i, e := range entries {
		m := e.Meta
		if !strings.Contains(text.String(), m.Title) {
			t.Errorf("index lacks the title %q", m.Title)
		}
		if i >= len(langs) || langs[i] != m.Language {
			t.Errorf("section %d lang = %v, want %q", i, langs, m.Language)
		}
		for _, want := range []string{
			"application/rss+xml " + m.Name + ".rss",
			"application/atom+xml " + m.Name + ".atom",
			"application/feed+json " + m.Name + ".json",
		} {
			if !contains(alternates, want) {
				t.Errorf("no autodiscovery link %q in %v", want, alternates)
			}
			if !contains(hrefs, strings.Fields(want)[1]) {
				t.Errorf("no link to %q", strings.Fields(want)[1])
			}
		}
	}
	for _, want := range []string{
		"2025-11-29 12:05:00 UTC", // Baku 16:05 shown in UTC
		"never",
		"503 Service Unavailable <retry>",
		"selector \"a.title\" matched nothing",
		"https://feeds.example.org/migration-news-az.rss",
	} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("index text lacks %q", want)
		}
	}
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
