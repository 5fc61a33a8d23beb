package extract

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"

	"sitefeed/item"
)

const articleHTML = `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta property="article:published_time" content="2023-11-27T10:30:00+04:00"></head><body>
<div class="gov-banner">Official website</div>
<div class="news-detail">
 <img src="/assets/lazy.gif" data-src="/uploads/news/9300.jpg" alt="newsPhoto">
 <h1>The Chief attends the 114th IOM Council session</h1>
 <div class="news-content">
  <p onclick="steal()">The session is held in a hybrid format in Geneva.</p>
  <script>alert(1)</script>
  <p>&nbsp;</p>
  <p><a href="javascript:void(0)">bad</a> <a href="9299">related</a></p>
  <img srcset="/uploads/a-480.jpg 480w, /uploads/a-960.jpg 960w" src="/uploads/a-480.jpg">
  <iframe src="https://www.youtube.com/embed/x"></iframe>
  <p>Read <a href="/uploads/files/speech.pdf">the speech (PDF)</a>.</p>
  <div class="share">Share this</div>
 </div>
</div>
<p class="last-update">Page last updated: 10.10.2023</p>
</body></html>`

func TestArticleSelectors(t *testing.T) {
	e := testExtractor(t, "")
	a, err := e.Article([]byte(articleHTML), "text/html", mustURL(t, "https://migration.gov.az/en/news_detail/9300"))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "The Chief attends the 114th IOM Council session" {
		t.Errorf("title = %q", a.Title)
	}
	if want := time.Date(2023, 11, 27, 6, 30, 0, 0, time.UTC); !a.Published.Equal(want) {
		t.Errorf("published = %v, want %v (from article:published_time)", a.Published, want)
	}
	if a.ContentSource != SourceSelector {
		t.Errorf("content source = %q", a.ContentSource)
	}
	for _, bad := range []string{"<script", "onclick", "javascript:", "<iframe", "Share this", `href="../`, `src="/`} {
		if strings.Contains(a.Content, bad) {
			t.Errorf("content contains %q:\n%s", bad, a.Content)
		}
	}
	for _, good := range []string{"hybrid format", `href="https://migration.gov.az/en/news_detail/9299"`, "https://migration.gov.az/uploads/a-960.jpg 960w"} {
		if !strings.Contains(a.Content, good) {
			t.Errorf("content lacks %q:\n%s", good, a.Content)
		}
	}
	if a.Image != "https://migration.gov.az/uploads/news/9300.jpg" {
		t.Errorf("image = %q (lazy data-src expected)", a.Image)
	}
	wantAtt := item.Attachment{URL: "https://migration.gov.az/uploads/files/speech.pdf", Title: "the speech (PDF)", Type: "application/pdf"}
	if len(a.Attachments) != 1 || a.Attachments[0] != wantAtt {
		t.Errorf("attachments = %+v, want [%+v]", a.Attachments, wantAtt)
	}
	if !strings.HasPrefix(a.Summary, "The session is held in a hybrid format") {
		t.Errorf("summary = %q", a.Summary)
	}
}

func TestArticleReadabilityFallback(t *testing.T) {
	var paras strings.Builder
	for i := 0; i < 6; i++ {
		paras.WriteString("<p>The State Migration Service reminds foreigners and stateless persons that a temporary residence permit must be renewed in time, and explains the documents required for the application.</p>\n")
	}
	page := `<html><head><meta charset="utf-8"><title>Reminder</title></head><body>
<div class="menu"><a href="/en/news">News</a> <a href="/en/press">Press</a></div>
<div class="page-body"><h1>Reminder on residence permits</h1><div class="txt">` + paras.String() + `</div></div>
<footer>© 2024 The Republic of Azerbaijan State Migration Service</footer></body></html>`
	e := testExtractor(t, "")
	a, err := e.Article([]byte(page), "", mustURL(t, "https://migration.gov.az/en/news_detail/9301"))
	if err != nil {
		t.Fatal(err)
	}
	if a.ContentSource != SourceInferred {
		t.Fatalf("content source = %q, want inferred (the block of the paragraphs)", a.ContentSource)
	}
	if !strings.Contains(a.Content, "temporary residence permit") || strings.Contains(a.Content, "©") || strings.Contains(a.Content, "Reminder on residence permits") {
		t.Errorf("content = %q", a.Content)
	}
	// Text not in paragraphs (lines split by <br>): readability decides.
	lines := strings.ReplaceAll(strings.ReplaceAll(paras.String(), "<p>", ""), "</p>", "<br><br>")
	page = strings.Replace(page, paras.String(), lines, 1)
	if a, err = e.Article([]byte(page), "", mustURL(t, "https://migration.gov.az/en/news_detail/9301")); err != nil {
		t.Fatal(err)
	}
	if a.ContentSource != SourceReadability || !strings.Contains(a.Content, "temporary residence permit") {
		t.Errorf("text in <br> lines: content source %q, content %q; want readability's", a.ContentSource, a.Content)
	}
	if len(a.Warnings) != 1 || !strings.Contains(a.Warnings[0], "article.content") {
		t.Errorf("warnings = %q", a.Warnings)
	}
	if a.Published.IsZero() == false {
		t.Errorf("published = %v, want none", a.Published)
	}
}

func TestArticleCharsetAndBase(t *testing.T) {
	src := `<html><head><meta charset="windows-1251"><base href="https://migration.gov.az/ru/"></head><body>
<div class="news-detail"><h1>Новости миграции</h1><span class="news-date">18 января 2021 г. 11:13</span>
<div class="news-content"><p>Государственная миграционная служба сообщает о новых правилах регистрации.</p><a href="news_detail/16650">ссылка</a></div></div></body></html>`
	body, err := charmap.Windows1251.NewEncoder().Bytes([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	e := testExtractor(t, "")
	a, err := e.Article(body, "text/html", mustURL(t, "https://migration.gov.az/ru/news_detail/16651"))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Новости миграции" {
		t.Errorf("title = %q", a.Title)
	}
	baku, _ := time.LoadLocation("Asia/Baku")
	if want := time.Date(2021, 1, 18, 11, 13, 0, 0, baku); !a.Published.Equal(want) {
		t.Errorf("published = %v, want %v", a.Published, want)
	}
	if !strings.Contains(a.Content, `href="https://migration.gov.az/ru/news_detail/16650"`) {
		t.Errorf("base href not honoured: %s", a.Content)
	}
}

func TestDecodeHTML(t *testing.T) {
	cp1251, _ := charmap.Windows1251.NewEncoder().Bytes([]byte(`<meta charset="windows-1251"><p>Привет</p>`))
	tests := []struct {
		name, ct string
		body     []byte
		want     string
	}{
		{"utf-8 undeclared", "", []byte("<p>Azərbaycan</p>"), "Azərbaycan"},
		{"meta windows-1251", "text/html", cp1251, "Привет"},
		{"header wins", "text/html; charset=utf-8", []byte("<p>İyun</p>"), "İyun"},
		{"bom", "", []byte("\xef\xbb\xbf<p>ok</p>"), "<p>ok</p>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, err := DecodeHTML(tt.body, tt.ct)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(got), tt.want) || strings.HasPrefix(string(got), "\xef\xbb\xbf") {
				t.Errorf("got %q, want it to contain %q", got, tt.want)
			}
		})
	}
}

// A <base href> off the site's hosts (pasted into content) is ignored:
// the lead image, the images, the attachments and the content's links all
// resolve against the page, by one rule (issue 12, item 7).
func TestOffSiteBaseIgnored(t *testing.T) {
	page := `<html><head><meta charset="utf-8"></head><body><div class="news-detail"><h1>Elan</h1>
<base href="http://elsewhere.example/x/">
<div class="news-content"><p>Elanın mətni, kifayət qədər uzun bir paraqraf, ərizə qaydaları haqqında.</p>
<img src="/uploads/news/1.jpg" alt="newsPhoto"><a href="/uploads/files/elan.pdf">Elan (PDF)</a> <a href="2">digər</a></div></div></body></html>`
	e := testExtractor(t, "")
	a, err := e.Article([]byte(page), "", mustURL(t, "https://migration.gov.az/az/news_detail/1"))
	if err != nil {
		t.Fatal(err)
	}
	want := "https://migration.gov.az/uploads/news/1.jpg"
	if a.Image != want || len(a.Images) == 0 || a.Images[0] != want {
		t.Errorf("image %q, images %q; want %s", a.Image, a.Images, want)
	}
	if len(a.Attachments) != 1 || a.Attachments[0].URL != "https://migration.gov.az/uploads/files/elan.pdf" {
		t.Errorf("attachments %+v", a.Attachments)
	}
	if strings.Contains(a.Content, "elsewhere.example") || !strings.Contains(a.Content, `href="https://migration.gov.az/az/news_detail/2"`) {
		t.Errorf("content links resolve off the site: %s", a.Content)
	}
}
