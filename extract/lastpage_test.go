package extract

import (
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

func TestLastPageNumber(t *testing.T) {
	tests := []struct {
		name, html string
		want       int
	}{
		{"no pagination", `<p><a href="/en/news_detail/1">One</a></p>`, 0},
		{"numbered pager", `<ul class="pagination"><li class="active"><span>1</span></li><li><a href="?page=2">2</a></li><li><a href="?page=3">3</a></li><li><a href="?page=2" rel="next">Next</a></li></ul>`, 3},
		{"window with a gap", `<div class="pager"><a href="?p=1">1</a> … <a href="?p=41">41</a> <a href="?p=42">42</a></div>`, 42},
		{"out of order", `<nav id="paging"><a href="/page/12">12</a><a href="/page/3">3</a></nav>`, 12},
		{"numbers outside a pager", `<p><a href="/en/stats/2024">2024</a></p><div class="pagination"><a href="?page=2">2</a></div>`, 2},
		{"current page only, not a link", `<ul class="pagination"><li><span>1</span></li></ul>`, 0},
		{"words and arrows only", `<div class="pagination"><a href="?page=2">Next »</a><a href="?page=9">Last</a></div>`, 0},
		{"absurd number", `<div class="pagination"><a href="?id=12345678">12345678</a><a href="?page=2">2</a></div>`, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := goquery.NewDocumentFromReader(strings.NewReader("<html><body>" + tt.html + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			if got := LastPageNumber(doc); got != tt.want {
				t.Errorf("LastPageNumber = %d, want %d", got, tt.want)
			}
		})
	}
}
