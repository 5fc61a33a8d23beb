package corpus

import (
	"math/rand/v2"
	"time"
)

// kind is a series of the site: news or press centre items, each with
// its own id series.
type kind struct {
	name    string // "news" or "press": list path /{lang}/{name}, detail /{lang}/{name}_detail/{id}
	index   uint64
	firstID int
	step    time.Duration // between the dates of two consecutive ids
	media   bool          // list items have a thumbnail and a summary; articles a lead image
}

var (
	news  = &kind{name: "news", index: 0, firstID: 14001, step: 7 * time.Hour, media: true}
	press = &kind{name: "press", index: 1, firstID: 2001, step: 9 * 24 * time.Hour}
	kinds = []*kind{news, press}
)

// epoch is the date of the first id of every series.
var epoch = time.Date(2024, 6, 1, 9, 0, 0, 0, baku)

// article is one generated item, the same on its list page and its own
// page.
type article struct {
	id         int
	lang       *lang
	kind       *kind
	title      string
	summary    string
	date       time.Time
	paragraphs []string
	metaDate   bool // the page carries article:published_time
}

// contentBytes is the article text to aim for: with the page's
// boilerplate, an article page is about 9 KB.
const contentBytes = 7000

// newArticle builds the article with this id; it depends only on seed,
// language, kind and id, so list pages and article pages agree, and
// AddArticles can make more later.
func newArticle(seed int, l *lang, k *kind, langIndex, id int) article {
	rng := rand.New(rand.NewPCG(uint64(seed), uint64(id)<<8|uint64(langIndex)<<1|k.index))
	w := &writer{rng: rng, lang: l, pool: words[l.code]}
	a := article{id: id, lang: l, kind: k, title: w.title(), summary: w.summary(), metaDate: id%3 == 0}
	minutes := time.Duration(id*37%60) * time.Minute
	a.date = epoch.Add(time.Duration(id-k.firstID)*k.step + minutes)
	target := contentBytes - 800 + rng.IntN(1600)
	for n := 0; n < target; {
		p := w.paragraph()
		a.paragraphs = append(a.paragraphs, p)
		n += len(p) + len("<p></p>\n")
	}
	return a
}
