package extract

import (
	"html"
	"strings"
	"testing"
)

// tagsAsTextTitle is a title as a reader sees it on the page: tags and
// entities as text. Extraction must keep it as it is.
const tagsAsTextTitle = `<script>alert(1)</script> "><img src=x onerror=alert(1)> ]]> &amp;amp; end`

// A title whose page source escapes it once comes out as the text the
// browser shows, from a list page (selector and link-pattern mode) and an
// article page: the parser decodes its entities once, nothing more.
func TestTitleTagsAsText(t *testing.T) {
	src := html.EscapeString(tagsAsTextTitle)
	list := `<!DOCTYPE html><html><body><div class="news-item">
<h3 class="news-title"><a href="/en/news_detail/1">` + src + `</a></h3></div>
<div><a href="/en/news_detail/2">` + src + `</a></div></body></html>`
	e := testExtractor(t, "")
	page, err := e.List([]byte(list), "text/html", mustURL(t, "https://migration.gov.az/en/news"))
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Items) == 0 {
		t.Fatal("no items")
	}
	if got := page.Items[0].Title; got != tagsAsTextTitle {
		t.Errorf("list title = %q, want %q", got, tagsAsTextTitle)
	}
	link := strings.Replace(list, `class="news-item"`, `class="other"`, 1)
	page, err = e.List([]byte(link), "text/html", mustURL(t, "https://migration.gov.az/en/news"))
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range page.Items {
		if it.Title != tagsAsTextTitle {
			t.Errorf("link-mode title = %q, want %q", it.Title, tagsAsTextTitle)
		}
	}
	art := `<!DOCTYPE html><html><body><div class="news-detail"><h1>` + src +
		`</h1><div class="news-content"><p>Body text of the article, long enough.</p></div></div></body></html>`
	a, err := e.Article([]byte(art), "text/html", mustURL(t, "https://migration.gov.az/en/news_detail/1"))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != tagsAsTextTitle {
		t.Errorf("article title = %q, want %q", a.Title, tagsAsTextTitle)
	}
}
