package extract

import (
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// article.remove's selectors become one group that removes everything any
// of them matches, alternatives included; an attribute-only or empty
// selector removes nothing.
func TestCompileUnion(t *testing.T) {
	page := `<html><body><div class="share">S</div><p>keep</p><script>x()</script>
<aside><b>B</b></aside><span class="c">C</span><i>I</i></body></html>`
	tests := []struct {
		name string
		sels []string
		want string
	}{
		{"one", []string{".share"}, "keepx()BCI"},
		{"several", []string{".share", "script", "aside"}, "keepCI"},
		{"alternatives", []string{"b || .c", "i"}, "Skeepx()"},
		{"attribute only", []string{"@href"}, "Skeepx()BCI"},
		{"none", nil, "Skeepx()BCI"},
		// Each selector sees the page after the earlier ones' removals.
		{"sibling after a removal", []string{".share", "body > p:first-child"}, "x()BCI"},
		{"emptied then empty", []string{"b", "aside:empty"}, "Skeepx()CI"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := goquery.NewDocumentFromReader(strings.NewReader(page))
			if err != nil {
				t.Fatal(err)
			}
			for _, a := range compileUnion(tt.sels).alts {
				a.sel(doc.Selection).Remove()
			}
			if got := strings.Join(strings.Fields(doc.Find("body").Text()), ""); got != tt.want {
				t.Errorf("left %q, want %q", got, tt.want)
			}
		})
	}
}
