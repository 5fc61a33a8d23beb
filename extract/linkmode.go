package extract

import (
	"net/url"
	"strings"
	"unicode"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"

	"sitefeed/canon"
	"sitefeed/dates"
	"sitefeed/item"
	"sitefeed/plain"
)

// linkItems is the link-pattern fallback: every link whose canonical URL
// matches the feed's link_pattern is an item. Its container is the largest
// ancestor holding no link to another item; the title is the link text, or
// the container's heading; the date is the first date-like text there.
func (e *Extractor) linkItems(doc *goquery.Document, base *url.URL, pt *pageTemplate) []item.Item {
	type group struct {
		url     string
		anchors []*html.Node
	}
	var groups []*group
	byURL := map[string]*group{}
	owner := map[*html.Node]string{}
	doc.Find("a[href]").Each(func(_ int, a *goquery.Selection) {
		u, err := canon.URL(attrOf(a.Nodes[0], "href"), base, e.rules)
		if err != nil || !e.feed.LinkRe.MatchString(u) {
			return
		}
		g := byURL[u]
		if g == nil {
			g = &group{url: u}
			byURL[u] = g
			groups = append(groups, g)
		}
		g.anchors = append(g.anchors, a.Nodes[0])
		owner[a.Nodes[0]] = u
	})
	groups = outsideFrame(groups, func(g *group) []*html.Node { return g.anchors })
	items := make([]item.Item, 0, len(groups))
	for _, g := range groups {
		c := container(g.anchors[0], g.url, owner)
		it := item.Item{URL: g.url, Title: itemTitle(e.anchorsTitle(g.anchors), headingText(c))}
		if it.Title == "" {
			continue
		}
		it.Published, _ = e.firstDateIn(c)
		it.Summary = paragraphText(pt, c, it.Title)
		it.Image = e.firstImage(c, base)
		items = append(items, it)
	}
	return dropSharedImages(items)
}

// dropSharedImages removes an image that several items of one list page
// carry: a "no photo" picture or a section's badge, never an item's own.
func dropSharedImages(items []item.Item) []item.Item {
	count := map[string]int{}
	for _, it := range items {
		if it.Image != "" {
			count[it.Image]++
		}
	}
	for i := range items {
		if count[items[i].Image] > 1 {
			items[i].Image = ""
		}
	}
	return items
}

// countLinks counts the distinct canonical URLs matching link_pattern.
func (e *Extractor) countLinks(doc *goquery.Document, base *url.URL) int {
	seen := map[string]bool{}
	for _, a := range doc.Find("a[href]").Nodes {
		if u, err := canon.URL(attrOf(a, "href"), base, e.rules); err == nil && e.feed.LinkRe.MatchString(u) {
			seen[u] = true
		}
	}
	return len(seen)
}

// container climbs from a towards the root while the parent holds no link
// to another item.
func container(a *html.Node, u string, owner map[*html.Node]string) *html.Node {
	c := a
	for p := a.Parent; p != nil && p.Type == html.ElementNode && p.Data != "body"; p = p.Parent {
		if linksOther(p, u, owner) {
			break
		}
		c = p
	}
	return c
}

func linksOther(n *html.Node, u string, owner map[*html.Node]string) bool {
	if o, ok := owner[n]; ok && o != u {
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if linksOther(c, u, owner) {
			return true
		}
	}
	return false
}

// genericLinkTexts are link texts that say nothing of the article.
var genericLinkTexts = map[string]bool{
	"ətraflı": true, "daha ətraflı": true, "ardı": true, "davamı": true, "oxu": true, "ətraflı oxu": true,
	"read more": true, "more": true, "details": true, "more details": true, "continue reading": true,
	"подробнее": true, "читать далее": true, "читать": true, "далее": true, "»": true, "→": true, "...": true, "…": true,
}

// itemTitle picks an item's title from its link text and the heading of
// its container: the heading wins over a link text that says little.
func itemTitle(link, heading string) string {
	switch {
	case link == "":
		return heading
	case heading != "" && len([]rune(link)) < 20 && len([]rune(heading)) > len([]rune(link)):
		return heading
	case heading != "" && len(heading) < len(link) && hasLetter(heading) && strings.Contains(link, heading):
		// a link wrapping the whole card (date, title, lead): its heading
		// is the title
		return heading
	}
	return link
}

// anchorsTitle is the longest telling text among the links to one item:
// not a "read more", not a bare date or number.
func (e *Extractor) anchorsTitle(anchors []*html.Node) string {
	best := ""
	for _, a := range anchors {
		t := plain.Text(e.linkText(a))
		if genericLinkTexts[strings.ToLower(strings.Trim(t, " .:»›>"))] || !hasLetter(t) {
			continue
		}
		if len(t) > len(best) {
			best = t
		}
	}
	for _, a := range anchors {
		// The link's title attribute holds the whole of a title the text
		// cuts short ("..."), or the title of an image link.
		t := plain.Text(attrOf(a, "title"))
		if t == "" {
			continue
		}
		if best == "" || (item.Truncated(best) && strings.HasPrefix(navText(t), lastWordCut(navText(trimEllipsis(best))))) {
			return t
		}
	}
	return best
}

// lastWordCut drops the last word of s, which a cut may have split.
func lastWordCut(s string) string {
	if i := strings.LastIndex(s, " "); i > 0 {
		return s[:i]
	}
	return s
}

func headingText(c *html.Node) string {
	s := goquery.NewDocumentFromNode(c).Find("h1, h2, h3, h4, h5, h6, .title, [class*='title']").First()
	if s.Length() == 0 {
		return ""
	}
	return plain.Text(nodeText(s.Nodes[0]))
}

// paragraphText is the text of the first <p> in c that is not the title
// nor template.
func paragraphText(pt *pageTemplate, c *html.Node, title string) string {
	out := ""
	goquery.NewDocumentFromNode(c).Find("p").EachWithBreak(func(_ int, p *goquery.Selection) bool {
		if pt.is(p.Nodes[0]) {
			return true
		}
		t := plain.Text(nodeText(p.Nodes[0]))
		if t != "" && t != title {
			out = t
			return false
		}
		return true
	})
	return out
}

func (e *Extractor) firstImage(c *html.Node, base *url.URL) string {
	for _, n := range goquery.NewDocumentFromNode(c).Find("img").Nodes {
		if u := imgURL(n, base, e.rules); u != "" {
			return u
		}
	}
	return ""
}

// imgURL is the absolute URL of an image, preferring lazy-load attributes
// over a placeholder src.
func imgURL(n *html.Node, base *url.URL, rules canon.Rules) string {
	for _, key := range []string{"data-src", "data-original", "data-lazy-src", "src"} {
		v := attrOf(n, key)
		if v == "" || strings.HasPrefix(v, "data:") {
			continue
		}
		u, err := canon.Absolute(v, base, rules)
		if err == nil && !isPlaceholder(u) {
			return u
		}
	}
	return ""
}

// firstHref is the href of s's first node if it is a link, else of the
// first link inside it.
func firstHref(s *goquery.Selection) string {
	if s.Length() == 0 {
		return ""
	}
	if s.Nodes[0].Data == "a" {
		if h := attrOf(s.Nodes[0], "href"); h != "" {
			return h
		}
	}
	h, _ := s.Find("a[href]").First().Attr("href")
	return strings.TrimSpace(h)
}

// linkTitle is a title for a selector item whose title selector found
// nothing: the link's text or the container's heading.
func (e *Extractor) linkTitle(s *goquery.Selection, link string, base *url.URL) string {
	rules := e.rules
	var anchors []*html.Node
	s.Find("a[href]").Each(func(_ int, a *goquery.Selection) {
		if u, err := canon.URL(attrOf(a.Nodes[0], "href"), base, rules); err == nil && u == link {
			anchors = append(anchors, a.Nodes[0])
		}
	})
	if t := e.anchorsTitle(anchors); t != "" {
		return t
	}
	return headingText(s.Nodes[0])
}

// isPlaceholder reports a lazy-loading stand-in image.
func isPlaceholder(u string) bool {
	l := strings.ToLower(u)
	if strings.HasPrefix(l, "data:") {
		return true
	}
	name := l[strings.LastIndex(l, "/")+1:]
	for _, w := range []string{"placeholder", "blank", "spacer", "loading", "lazy", "pixel", "no-image", "noimage", "no_image",
		"no-photo", "nophoto", "no_photo", "no-img", "noimg", "default-image", "default_image", "dummy"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// linkText is a link's text without the date a card link carries inside
// it ("<a><span>05.02.2026</span> Title</a>" is "Title").
func (e *Extractor) linkText(a *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			return
		}
		if n != a && n.Type == html.ElementNode {
			if n.Data == "time" {
				return
			}
			if t := strings.TrimSpace(nodeText(n)); t != "" && len([]rune(t)) <= shortDateLine {
				if _, ok := e.parseDate(t); ok && dates.OtherWords(t) <= 1 {
					return
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(a)
	return b.String()
}

// outsideFrame drops the items all of whose links sit in the page's frame
// (an <aside> or sidebar of popular or latest news, the navigation, the
// footer) when the page has items outside it: a list page's items are its
// main part's. A page whose only items sit there (a home page) keeps them.
func outsideFrame[G any](groups []G, anchors func(G) []*html.Node) []G {
	var kept []G
	for _, g := range groups {
		for _, a := range anchors(g) {
			if !inFrame(a) {
				kept = append(kept, g)
				break
			}
		}
	}
	if len(kept) == 0 {
		return groups
	}
	return kept
}

// inFrame reports a node inside an <aside>, <nav> or <footer>, or an
// element whose class or id names a sidebar.
func inFrame(n *html.Node) bool {
	for p := n.Parent; p != nil && p.Type == html.ElementNode; p = p.Parent {
		switch p.Data {
		case "aside", "nav", "footer":
			return true
		}
		if c := strings.ToLower(attrOf(p, "class") + " " + attrOf(p, "id")); strings.Contains(c, "sidebar") {
			return true
		}
	}
	return false
}
