package corpus

import (
	"fmt"
	"html"
	"strconv"
	"strings"
	"time"
)

var esc = html.EscapeString

// head writes everything up to <main>: the document head, the gov.az
// banner and the menu with the current section active.
func head(b *strings.Builder, l *lang, active int, title string, published time.Time) {
	fmt.Fprintf(b, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n", l.code)
	b.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	fmt.Fprintf(b, "<title>%s</title>\n", esc(title))
	if !published.IsZero() {
		fmt.Fprintf(b, "<meta property=\"article:published_time\" content=\"%s\">\n", published.Format(time.RFC3339))
	}
	b.WriteString("<link rel=\"stylesheet\" href=\"/assets/css/main.css\">\n</head>\n<body>\n")
	fmt.Fprintf(b, "<div class=\"gov-banner\">%s</div>\n<header>\n", esc(l.banner))
	fmt.Fprintf(b, "<a href=\"/\" class=\"logo\"><img src=\"/assets/img/logo.gif\" alt=\"%s\"></a>\n", esc(l.short))
	b.WriteString("<nav class=\"menu\">\n<ul>\n")
	for i, label := range l.menu {
		class := ""
		if i == active {
			class = ` class="active"`
		}
		fmt.Fprintf(b, "<li%s><a href=\"/%s/%s\">%s</a></li>\n", class, l.code, menuPaths[i], esc(label))
	}
	b.WriteString("</ul>\n<ul class=\"lang-switch\">\n")
	for _, o := range langs {
		fmt.Fprintf(b, "<li><a href=\"/%s/news\">%s</a></li>\n", o.code, strings.ToUpper(o.code))
	}
	b.WriteString("</ul>\n")
	fmt.Fprintf(b, "<form class=\"search-form\" action=\"/search\" method=\"get\"><input type=\"text\" name=\"q\" placeholder=\"%s\"></form>\n", esc(l.search))
	b.WriteString("</nav>\n</header>\n<main>\n")
}

// foot closes <main> and writes the footer with the site-wide "last
// updated" line.
func foot(b *strings.Builder, l *lang) {
	b.WriteString("</main>\n<footer>\n")
	fmt.Fprintf(b, "<p class=\"last-update\">%s</p>\n<p>%s</p>\n</footer>\n", esc(l.lastUpdate), esc(l.copyright))
	b.WriteString("<script src=\"/assets/js/main.js\"></script>\n</body>\n</html>\n")
}

func (a article) path() string {
	return "/" + a.lang.code + "/" + a.kind.name + "_detail/" + strconv.Itoa(a.id)
}

// articlePage renders an article's own page.
func articlePage(a article) string {
	var b strings.Builder
	b.Grow(10 << 10)
	var published time.Time
	if a.metaDate {
		published = a.date
	}
	head(&b, a.lang, a.kind.menu(), a.title+" | "+a.lang.short, published)
	b.WriteString("<div class=\"news-detail\">\n")
	if a.kind.media {
		fmt.Fprintf(&b, "<img src=\"/uploads/%s/%d.jpg\" alt=\"newsPhoto\">\n", a.kind.name, a.id)
	}
	fmt.Fprintf(&b, "<h1>%s</h1>\n", esc(a.title))
	fmt.Fprintf(&b, "<span class=\"news-date\">%s</span>\n", esc(a.lang.articleDate(a.lang, a.date)))
	b.WriteString("<div class=\"news-content\">\n")
	for _, p := range a.paragraphs {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
	}
	b.WriteString("</div>\n</div>\n")
	foot(&b, a.lang)
	return b.String()
}

// listItem renders one entry of a list page.
func listItem(b *strings.Builder, a article) {
	b.WriteString("<div class=\"news-item\">\n")
	p := a.path()
	if a.kind.media {
		fmt.Fprintf(b, "  <a href=\"%s\" class=\"news-img\"><img src=\"/assets/img/placeholder.gif\" data-src=\"/uploads/%s/thumb/%d.jpg\" alt=\"newsPhoto\"></a>\n",
			p, a.kind.name, a.id)
	}
	fmt.Fprintf(b, "  <h3 class=\"news-title\"><a href=\"%s\">%s</a></h3>\n", p, esc(a.title))
	fmt.Fprintf(b, "  <span class=\"news-date\">%s</span>\n", esc(a.lang.listDate(a.lang, a.date)))
	if a.kind.media {
		fmt.Fprintf(b, "  <p class=\"news-text\">%s</p>\n", esc(a.summary))
	}
	b.WriteString("</div>\n")
}

// listMarker is the line after which list items begin; AddArticles
// inserts new items right after it.
const listMarker = "<div class=\"news-list\">\n"

// listPage renders page number page (1-based) of pages, with its items
// newest first.
func listPage(l *lang, k *kind, page, pages int, items []article) string {
	var b strings.Builder
	b.Grow(8 << 10)
	heading := l.newsHead
	if k == press {
		heading = l.pressHead
	}
	head(&b, l, k.menu(), heading+" | "+l.site, time.Time{})
	fmt.Fprintf(&b, "<h1 class=\"page-heading\">%s</h1>\n", esc(heading))
	b.WriteString(listMarker)
	for _, a := range items {
		listItem(&b, a)
	}
	b.WriteString("</div>\n")
	pagination(&b, l, k, page, pages)
	foot(&b, l)
	return b.String()
}

// pagination writes the page links around the current page and a
// rel="next" link on every page but the last.
func pagination(b *strings.Builder, l *lang, k *kind, page, pages int) {
	b.WriteString("<ul class=\"pagination\">\n")
	for p := max(1, page-3); p <= min(pages, page+3); p++ {
		if p == page {
			fmt.Fprintf(b, "<li class=\"active\"><span>%d</span></li>\n", p)
			continue
		}
		fmt.Fprintf(b, "<li><a href=\"%s\">%d</a></li>\n", listURL(l, k, p), p)
	}
	if page < pages {
		fmt.Fprintf(b, "<li class=\"next\"><a href=\"%s\" rel=\"next\">%s</a></li>\n", listURL(l, k, page+1), esc(l.next))
	}
	b.WriteString("</ul>\n")
}

// listURL is the site path of a list page; page 1 is the bare list.
func listURL(l *lang, k *kind, page int) string {
	u := "/" + l.code + "/" + k.name
	if page > 1 {
		u += "?page=" + strconv.Itoa(page)
	}
	return u
}

// listFile is the file fixturesite serves listURL from.
func listFile(l *lang, k *kind, page int) string {
	f := l.code + "/" + k.name
	if page > 1 {
		f += "@page=" + strconv.Itoa(page)
	}
	return f + ".html"
}

func (k *kind) menu() int {
	if k == press {
		return 1
	}
	return 0
}
