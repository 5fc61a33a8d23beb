package extract

import (
	"strconv"

	"github.com/PuerkitoBio/goquery"

	"sitefeed/plain"
)

// LastPageNumber returns the highest page number a list page shows in its
// pagination: the largest number that is the whole text of a link inside
// an element whose class or id speaks of pages (pagination, pager). 0 when
// the page shows none. It is a hint for progress reports, never a limit:
// pagers often show a window of pages ("1 2 3 … »"), so the real last
// page may lie further.
func LastPageNumber(doc *goquery.Document) int {
	last := 0
	for _, n := range doc.Find("a[href]").Nodes {
		text := plain.Text(nodeText(n))
		if !numeric(text) || len(text) > 6 || !inPagination(n) {
			continue
		}
		if v, err := strconv.Atoi(text); err == nil && v > last {
			last = v
		}
	}
	return last
}
