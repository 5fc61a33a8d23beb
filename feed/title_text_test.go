package feed

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"sitefeed/item"
)

// tagsAsTextTitle is a title whose text holds markup, a CDATA end and an
// entity: all text, which every output must give back exactly.
const tagsAsTextTitle = `<script>alert(1)</script> "><img src=x onerror=alert(1)> ]]> &amp;amp; end`

func tagsAsTextFeed(t *testing.T) (Meta, []item.Entry) {
	t.Helper()
	m := testMeta("en")
	m.Title = tagsAsTextTitle
	es := testEntries(t)[:1]
	es[0].Title = tagsAsTextTitle
	return m, es
}

// The title round-trips through RSS, Atom and JSON, each read by a strict
// parser of its own format, feed title and item title alike.
func TestTitleRoundTripFeeds(t *testing.T) {
	m, es := tagsAsTextFeed(t)
	rss, err := RSS(m, es)
	if err != nil {
		t.Fatal(err)
	}
	var r struct {
		Channel struct {
			Title string `xml:"title"`
			Items []struct {
				Title string `xml:"title"`
			} `xml:"item"`
		} `xml:"channel"`
	}
	if err := xml.Unmarshal(rss, &r); err != nil {
		t.Fatalf("rss: %v", err)
	}
	check(t, "rss channel title", r.Channel.Title)
	for _, it := range r.Channel.Items {
		check(t, "rss item title", it.Title)
	}

	atom, err := Atom(m, es)
	if err != nil {
		t.Fatal(err)
	}
	var a struct {
		Title   string `xml:"http://www.w3.org/2005/Atom title"`
		Entries []struct {
			Title string `xml:"http://www.w3.org/2005/Atom title"`
		} `xml:"http://www.w3.org/2005/Atom entry"`
	}
	if err := xml.Unmarshal(atom, &a); err != nil {
		t.Fatalf("atom: %v", err)
	}
	check(t, "atom feed title", a.Title)
	for _, e := range a.Entries {
		check(t, "atom entry title", e.Title)
	}

	js, err := JSON(m, es)
	if err != nil {
		t.Fatal(err)
	}
	var j struct {
		Title string `json:"title"`
		Items []struct {
			Title string `json:"title"`
		} `json:"items"`
	}
	if err := json.Unmarshal(js, &j); err != nil {
		t.Fatalf("json: %v", err)
	}
	check(t, "json feed title", j.Title)
	for _, it := range j.Items {
		check(t, "json item title", it.Title)
	}
	if len(r.Channel.Items) != 1 || len(a.Entries) != 1 || len(j.Items) != 1 {
		t.Errorf("items: rss %d, atom %d, json %d, want 1 each", len(r.Channel.Items), len(a.Entries), len(j.Items))
	}
}

// The feed title round-trips through index.html, read by an HTML parser:
// as the text of its heading and in its autodiscovery link titles.
func TestTitleRoundTripIndex(t *testing.T) {
	m, _ := tagsAsTextFeed(t)
	out, err := Index(tagsAsTextTitle, []IndexEntry{{Meta: m, Site: tagsAsTextTitle, Items: 1}})
	if err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	var headings, links int
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "title", "h1", "h2", "h4":
				check(t, "index <"+n.Data+">", textOf(n))
				headings++
			case "link":
				if attrOf(n, "rel") == "alternate" {
					title := attrOf(n, "title")
					check(t, "index link title", title[:strings.LastIndex(title, " (")])
					links++
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if headings != 4 || links != 3 {
		t.Errorf("found %d headings and %d alternate links, want 4 (title, page, site, feed) and 3", headings, links)
	}
}

// An RSS <description> is HTML: the plain text an item gives (summary,
// else an excerpt of the content, else the title) is HTML-escaped inside
// it, so an HTML parser reads back exactly that text, with no bare "&"
// when an excerpt is cut right after one.
func TestRSSDescriptionIsEscapedHTML(t *testing.T) {
	// The excerpt is cut right after "&lt", an entity to an HTML parser.
	cut := strings.Repeat("x", excerptRunes-3) + "&amp;lt;tail"
	es := testEntries(t)
	es[0].Summary = "Tom & Jerry <b>not bold</b> &amp; &lt; 1 &"
	es[1].Summary, es[1].Content = "", "<p>"+cut+"</p>"
	es[3].Title = tagsAsTextTitle
	want := make([]string, len(es))
	v, err := newFeedView(testMeta("en"), es)
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range v.Entries {
		want[i] = e.description()
	}
	if want[0] != es[0].Summary || !strings.HasSuffix(want[1], "x&lt…") || want[3] != tagsAsTextTitle {
		t.Fatalf("descriptions %q: not the summary and the title", want)
	}
	out, err := RSS(testMeta("en"), es)
	if err != nil {
		t.Fatal(err)
	}
	var r struct {
		Items []struct {
			Description string `xml:"description"`
		} `xml:"channel>item"`
	}
	if err := xml.Unmarshal(out, &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Items) != len(es) {
		t.Fatalf("%d items, want %d", len(r.Items), len(es))
	}
	for i, it := range r.Items {
		nodes, err := html.ParseFragment(strings.NewReader(it.Description), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		for _, n := range nodes {
			b.WriteString(textOf(n))
		}
		if b.String() != want[i] {
			t.Errorf("item %d: description %q reads as HTML text %q, want %q", i, it.Description, b.String(), want[i])
		}
	}
}

func check(t *testing.T, what, got string) {
	t.Helper()
	if got != tagsAsTextTitle {
		t.Errorf("%s = %q, want %q", what, got, tagsAsTextTitle)
	}
}

func textOf(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(textOf(c))
	}
	return b.String()
}
