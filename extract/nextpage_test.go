package extract

import "testing"

func TestGuessNext(t *testing.T) {
	item := `<div class="news-item"><h3><a href="/en/news_detail/1">One</a></h3></div>`
	tests := []struct {
		name, html string
		num        int
		want       string
	}{
		{"link rel=next in head", `<head><link rel="next" href="/en/news?p=2"></head><body>` + item, 1, "https://migration.gov.az/en/news?p=2"},
		{"next word az", item + `<div><a href="/en/news/page/2">Növbəti</a></div>`, 1, "https://migration.gov.az/en/news/page/2"},
		{"next symbol", item + `<a href="?page=3">»</a>`, 2, "https://migration.gov.az/en/news?page=3"},
		{"aria label", item + `<a href="?start=20" aria-label="Next page"><i></i></a>`, 1, "https://migration.gov.az/en/news?start=20"},
		{"number in a pager", item + `<ul class="pager"><li><a href="?page=1">1</a></li><li><a href="?page=2">2</a></li></ul>`, 1, "https://migration.gov.az/en/news?page=2"},
		{"number outside a pager", item + `<p><a href="/en/stats/2">2</a></p>`, 1, ""},
		{"number on a path variant", item + `<p><a href="/en/news/page/2/">2</a> <a href="/en/news/page/3/">3</a></p>`, 1, "https://migration.gov.az/en/news/page/2/"}, // as linked: relative links on it resolve against the slash
		{"number on an offset", item + `<p><a href="?start=10">2</a> <a href="?start=20">3</a></p>`, 1, "https://migration.gov.az/en/news?start=10"},
		{"drupal pager counting from 0", item + `<p><a href="?p=1">2</a> <a href="?p=2">3</a> <a href="?p=1">next ›</a> <a href="?p=2">last »</a></p>`, 1, "https://migration.gov.az/en/news?p=1"},
		{"load more, az", item + `<p><a href="?page=2">Daha çox xəbər</a></p>`, 1, "https://migration.gov.az/en/news?page=2"},
		{"load more, ru", item + `<p><a href="?page=3">Показать ещё</a></p>`, 2, "https://migration.gov.az/en/news?page=3"},
		{"last is not next", item + `<p><a href="?page=9">Last »</a></p>`, 1, ""},
		{"next words ru with arrow", item + `<p><a href="?PAGEN_1=2">Следующая →</a></p>`, 1, "https://migration.gov.az/en/news?PAGEN_1=2"},
		{"arrow with a class", item + `<p><a class="page-next" href="/en/news/2"><span></span></a></p>`, 1, "https://migration.gov.az/en/news/2"},
		{"next to an article is no page", item + `<a href="/en/news_detail/2">Next</a>`, 1, ""},
		{"next to itself", item + `<a href="/en/news">Next</a>`, 1, ""},
		{"next to another host", item + `<a href="https://example.org/x">Next</a>`, 1, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := testExtractor(t, "")
			page, err := e.ListAt([]byte("<html>"+tt.html+"</html>"), "", mustURL(t, "https://migration.gov.az/en/news"), tt.num)
			if err != nil {
				t.Fatal(err)
			}
			if page.Next != tt.want {
				t.Errorf("next = %q, want %q", page.Next, tt.want)
			}
		})
	}
}

func TestLaterPage(t *testing.T) {
	for u, want := range map[string]bool{
		"https://migration.gov.az/az/news?page=2":            true,
		"https://migration.gov.az/az/news?page=1":            false,
		"https://migration.gov.az/az/news?PAGEN_1=3":         true,
		"https://migration.gov.az/az/category/x?start=10":    true,
		"https://migration.gov.az/az/news/page/2":            true,
		"https://migration.gov.az/az/news":                   false,
		"https://migration.gov.az/az/content/category/11":    false,
		"https://migration.gov.az/az/news?category=xeberler": false,
	} {
		if got := LaterPage(u); got != want {
			t.Errorf("LaterPage(%s) = %v, want %v", u, got, want)
		}
	}
}
