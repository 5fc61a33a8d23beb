package extract

import (
	"testing"
	"time"
)

func TestArticleDateFallbacks(t *testing.T) {
	baku, _ := time.LoadLocation("Asia/Baku")
	tests := []struct {
		name string
		body string
		want time.Time
	}{
		{"date line after the title",
			`<div class="x"><h1>Title</h1><p class="meta">Published: 05.02.2026, 10:30</p><p>` + long + `</p></div>`,
			time.Date(2026, 2, 5, 10, 30, 0, 0, baku)},
		{"date line before the title",
			`<div class="x"><div class="when">27 noyabr 2023</div><h1>Title</h1><p>` + long + `</p></div>`,
			time.Date(2023, 11, 27, 0, 0, 0, 0, baku)},
		{"a date the body mentions is not the article's date",
			`<div class="x"><h1>Title</h1><p>` + long + ` The law of 12 March 2019 was amended.</p><p>Short 1 May 2020.</p><p>` + long + `</p></div>`,
			time.Time{}},
		{"the page-update line is not a date",
			`<div class="x"><h1>Title</h1><p class="upd">Səhifənin son yenilənmə tarixi: <span>10.10.2023</span></p><p>` + long + `</p></div>`,
			time.Time{}},
		{"sidebar dates after the body are not read",
			`<div class="x"><h1>Title</h1><p>` + long + `</p><aside><a href="/az/news_detail/1">Other</a> <small>01.02.2026</small></aside></div>`,
			time.Time{}},
	}
	e := testExtractor(t, "")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html><head><meta charset="utf-8"></head><body>` + tt.body + `</body></html>`
			a, err := e.Article([]byte(page), "", mustURL(t, "https://migration.gov.az/en/news_detail/5"))
			if err != nil {
				t.Fatal(err)
			}
			if !a.Published.Equal(tt.want) {
				t.Errorf("published = %v, want %v", a.Published, tt.want)
			}
		})
	}
}

const long = "The State Migration Service informs that the reception of citizens will be held in the regional offices according to the schedule approved by the Chief of the Service, and explains the procedure."

func TestLinkModeIgnoresDatesInSummaries(t *testing.T) {
	page := `<html><body><table>
<tr><td><a href="/en/news_detail/7">Seven</a></td><td><p>` + long + ` Adopted on 12 March 2019.</p></td></tr>
<tr><td><a href="/en/news_detail/8">Eight</a></td><td><span>08.01.2026</span></td></tr>
</table></body></html>`
	e := testExtractor(t, "")
	lp, err := e.List([]byte(page), "", mustURL(t, "https://migration.gov.az/en/news"))
	if err != nil {
		t.Fatal(err)
	}
	if len(lp.Items) != 2 {
		t.Fatalf("items %d, want 2", len(lp.Items))
	}
	if lp.Items[0].Dated() {
		t.Errorf("item 7 dated %v from a date inside its summary", lp.Items[0].Published)
	}
	baku, _ := time.LoadLocation("Asia/Baku")
	if !lp.Items[1].Published.Equal(time.Date(2026, 1, 8, 0, 0, 0, 0, baku)) {
		t.Errorf("item 8 date = %v", lp.Items[1].Published)
	}
}

func TestDatesSplitOverElements(t *testing.T) {
	baku, _ := time.LoadLocation("Asia/Baku")
	e := testExtractor(t, "")
	list := `<html><body><ul>
<li><a href="/en/news_detail/9">Nine</a><div class="when"><b>27</b> <i>November</i> <span>2023</span></div></li>
</ul></body></html>`
	lp, err := e.List([]byte(list), "", mustURL(t, "https://migration.gov.az/en/news"))
	if err != nil || len(lp.Items) != 1 {
		t.Fatalf("items %v, err %v", lp.Items, err)
	}
	if want := time.Date(2023, 11, 27, 0, 0, 0, 0, baku); !lp.Items[0].Published.Equal(want) {
		t.Errorf("list date = %v, want %v", lp.Items[0].Published, want)
	}
	article := `<html><body><div class="x"><h1>Title</h1><div class="d"><span>05</span>.<span>02</span>.<span>2026</span></div>
<div class="body"><p>` + long + `</p><p>01.01.2020</p></div></div></body></html>`
	a, err := e.Article([]byte(article), "", mustURL(t, "https://migration.gov.az/en/news_detail/9"))
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2026, 2, 5, 0, 0, 0, 0, baku); !a.Published.Equal(want) {
		t.Errorf("article date = %v, want %v", a.Published, want)
	}
}

func TestBodyDateAfterTitleIgnored(t *testing.T) {
	e := testExtractor(t, "")
	// The body starts right after the title; a short dated line deep in it
	// is something the article mentions (a line that closes the text is a
	// signature date: see TestDateAtContentEnd).
	page := `<html><body><div class="x"><h1>Title</h1><div class="txt"><p>` + long + `</p><p>12.03.2019</p><p>` + long + `</p></div></div></body></html>`
	a, err := e.Article([]byte(page), "", mustURL(t, "https://migration.gov.az/en/news_detail/9"))
	if err != nil {
		t.Fatal(err)
	}
	if !a.Published.IsZero() {
		t.Errorf("article dated %v from its body", a.Published)
	}
}

// Dates that titles, bodies and the site's update line mention are not
// publication dates (review findings).
func TestMentionedDatesAreNotPublicationDates(t *testing.T) {
	baku, _ := time.LoadLocation("Asia/Baku")
	e := testExtractor(t, "")
	articles := []struct {
		name, body string
		want       time.Time
	}{
		{"deadline in the title", `<h1>Deadline extended until 31 December 2024</h1><p>` + long + `</p>`, time.Time{}},
		{"dateline inside the first long paragraph", `<h1>Title</h1><p><b>Baku, 12 March 2019.</b> ` + long + `</p>`, time.Time{}},
		{"update line matched by the date selector", `<h1>Title</h1><div class="last-update">Səhifənin son yenilənmə tarixi: <span class="date">10.10.2023</span></div><p>` + long + `</p>`, time.Time{}},
		{"update line in a block the date selector matches", `<h1>Title</h1><p class="date">Page last updated: 10.10.2023</p><p>` + long + `</p>`, time.Time{}},
		{"a real date line still counts", `<h1>Title</h1><p class="meta">Dərc olunub: 05 fevral 2026, 10:00</p><p>` + long + `</p>`, time.Date(2026, 2, 5, 10, 0, 0, 0, baku)},
	}
	for _, tt := range articles {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html><body><div class="x">` + tt.body + `</div></body></html>`
			a, err := e.Article([]byte(page), "", mustURL(t, "https://migration.gov.az/en/news_detail/9"))
			if err != nil {
				t.Fatal(err)
			}
			if !a.Published.Equal(tt.want) {
				t.Errorf("published = %v, want %v", a.Published, tt.want)
			}
		})
	}
	list := `<html><body><ul><li><a href="/en/news_detail/7">Applications accepted until 31 December 2024</a> <span>05.11.2024</span></li></ul></body></html>`
	lp, err := e.List([]byte(list), "", mustURL(t, "https://migration.gov.az/en/news"))
	if err != nil || len(lp.Items) != 1 {
		t.Fatalf("items %v err %v", lp.Items, err)
	}
	if want := time.Date(2024, 11, 5, 0, 0, 0, 0, baku); !lp.Items[0].Published.Equal(want) {
		t.Errorf("list date = %v, want %v (not the deadline in the title)", lp.Items[0].Published, want)
	}
}

// A date line that closes the article's text dates it (a signature line),
// with or without a time; not when more text follows it.
func TestDateAtContentEnd(t *testing.T) {
	baku, _ := time.LoadLocation("Asia/Baku")
	e := testExtractor(t, "")
	tests := []struct {
		name, body string
		want       time.Time
	}{
		{"date only", `<h2>Title</h2><div><p>` + long + `</p><p>` + long + `</p><p><i>12 August 2013</i></p></div><div>Other news <a href="/en/news_detail/1">One</a> <small>01.02.2026</small></div>`,
			time.Date(2013, 8, 12, 0, 0, 0, 0, baku)},
		{"with a time", `<h2>Title</h2><div><p>` + long + `</p><p>` + long + `</p><p><i>26 January 2026, 16:50</i></p></div>`,
			time.Date(2026, 1, 26, 16, 50, 0, 0, baku)},
		{"more text follows", `<h2>Title</h2><div><p>` + long + `</p><p><i>12 August 2013</i></p><p>` + long + `</p></div>`,
			time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html><body><h1>Site name</h1>` + tt.body + `</body></html>`
			a, err := e.Article([]byte(page), "", mustURL(t, "https://migration.gov.az/en/news_detail/9"))
			if err != nil {
				t.Fatal(err)
			}
			if !a.Published.Equal(tt.want) {
				t.Errorf("published = %v, want %v", a.Published, tt.want)
			}
		})
	}
}
