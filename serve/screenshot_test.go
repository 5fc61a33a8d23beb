package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"html"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"sitefeed/feed"
	"sitefeed/item"
)

// Headlines as long as the site's, in its three languages, and one
// unbroken word as long as a URL: nothing may push the page wider than a
// phone's screen.
var screenshotTitles = map[string][]string{
	"az": {
		"Dövlət Miqrasiya Xidmətinin rəisi Beynəlxalq Miqrasiya Təşkilatının Şurasının 114-cü sessiyasında iştirak edib",
		"Əcnəbilərin və vətəndaşlığı olmayan şəxslərin Azərbaycan Respublikasının ərazisində müvəqqəti olma müddətinin uzadılması qaydaları",
		"Xidmətin əməkdaşları üçün təlim keçirilib",
		"Vətəndaşların qəbulu 5 dekabr tarixində Xidmətin inzibati binasında həyata keçiriləcək",
		"Miqrasiya qanunvericiliyinin pozulmasına görə məsuliyyət barədə məlumat",
		"Köhnə xəbər: altıncı başlıq görünməməlidir",
	},
	"en": {
		"The Chief of the State Migration Service takes part in the IOM Council's 114th session",
		"SMS & IOM sign a joint work plan for 2026",
		"Extension of the temporary stay of foreigners and stateless persons: https://migration.gov.az/en/very/long/unbroken/path/that/must/wrap/somewhere",
		"Citizens' reception on 5 December",
		"Training held for the Service's staff",
		"An old item: the sixth headline must not show",
	},
	"ru": {
		"Начальник Государственной миграционной службы принял участие в 114-й сессии Совета Международной организации по миграции",
		"Приём граждан 5 декабря",
		"Продление срока временного пребывания иностранцев и лиц без гражданства на территории Азербайджанской Республики",
		"Для сотрудников службы проведён тренинг",
		"Об ответственности за нарушение миграционного законодательства",
		"Старая новость: шестой заголовок не показывается",
	},
}

// screenshotSite writes what a run writes for the six default feeds
// (news and press in az, en, ru), images served from base.
func screenshotSite(t *testing.T, dir, base string) []string {
	t.Helper()
	baku, err := time.LoadLocation("Asia/Baku")
	if err != nil {
		t.Fatal(err)
	}
	var entries []feed.IndexEntry
	var pages []string
	for _, lang := range []string{"az", "en", "ru"} {
		for _, kind := range []string{"news", "press"} {
			m := feed.Meta{Name: kind + "-" + lang, Title: screenshotFeedTitle(lang, kind), Language: lang,
				Home: "https://migration.gov.az/" + lang + "/" + kind, PublicURL: base, Generator: "sitefeed test", TimeZone: "Asia/Baku"}
			var es []item.Entry
			for i, title := range screenshotTitles[lang] {
				at := time.Date(2025, time.November, 28-i, 15, 30, 0, 0, baku)
				e := item.Entry{Item: item.Item{URL: fmt.Sprintf("https://migration.gov.az/%s/%s_detail/%d", lang, kind, 16722-i),
					Title: title, Summary: strings.Repeat(title+". ", 2), Published: at}, FirstSeen: at, Updated: at}
				if i%2 == 0 {
					e.Image = base + "img/lead.png"
				}
				es = append(es, e)
			}
			for _, f := range feed.Formats() {
				b, err := f.Render(m, es)
				if err != nil {
					t.Fatal(err)
				}
				write(t, filepath.Join(dir, m.FileName(f.Ext)), b)
			}
			page, err := feed.Page(m, es)
			if err != nil {
				t.Fatal(err)
			}
			write(t, filepath.Join(dir, m.PageFile()), page)
			pages = append(pages, m.PageFile())
			entries = append(entries, feed.IndexEntry{Meta: m, Site: "migration.gov.az", Items: len(es),
				LastSuccess: time.Date(2025, time.November, 29, 12, 0, 0, 0, time.UTC), Latest: es})
		}
	}
	idx, err := feed.Index("migration.gov.az", entries)
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, feed.IndexFile), idx)
	write(t, filepath.Join(dir, feed.StyleFile), feed.Style())
	return pages
}

func screenshotFeedTitle(lang, kind string) string {
	return map[string]string{
		"news-az": "Dövlət Miqrasiya Xidməti – Xəbərlər", "press-az": "Dövlət Miqrasiya Xidməti – Mətbuat xidməti",
		"news-en": "State Migration Service – News", "press-en": "State Migration Service – Press service",
		"news-ru": "Государственная миграционная служба – Новости", "press-ru": "Государственная миграционная служба – Пресс-служба",
	}[kind+"-"+lang]
}

// Headless Chromium's window is at least 500 px wide, so a phone's width
// is an iframe of that width in a test-only frame page (/frame/PATH),
// whose script (measureJS) reads the framed page once it has loaded and
// writes what the test checks into the frame page's DOM, where --dump-dom
// shows it. The framed page (/framed/PATH) is the served response with
// framing allowed; its policy is otherwise the real one, so style.css
// must load under it. The pages themselves run no script.
const measureJS = `addEventListener('load', () => {
  const w = document.getElementById('f').contentWindow, doc = w.document, d = doc.documentElement;
  const cards = [...doc.querySelectorAll('.card')];
  const pre = document.createElement('pre');
  pre.id = 'measure';
  pre.textContent = JSON.stringify({
    scrollWidth: d.scrollWidth, clientWidth: d.clientWidth, innerWidth: w.innerWidth,
    cards: cards.length,
    columns: new Set(cards.map(c => Math.round(c.getBoundingClientRect().left))).size,
    cardsAbove: cards.filter(c => c.querySelector('h4').getBoundingClientRect().top < 1000).length,
    headlines: doc.querySelectorAll('.heads li a').length,
    items: doc.querySelectorAll('.item').length,
    images: [...doc.images].filter(i => i.complete && i.naturalWidth > 0).length,
    inputs: doc.querySelectorAll('input[readonly]').length,
    background: w.getComputedStyle(doc.body).backgroundColor,
  });
  document.body.append(pre);
});`

type measures struct {
	ScrollWidth, ClientWidth, InnerWidth, Cards, Columns, CardsAbove, Headlines, Items, Images, Inputs int
	Background                                                                                         string
}

// measuring serves the output directory through the real handler, plus
// the frame page, the framed copy and a lead image.
func measuring(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/measure.js":
			w.Header().Set("Content-Type", "text/javascript")
			fmt.Fprint(w, measureJS)
		case r.URL.Path == "/img/lead.png":
			img := image.NewRGBA(image.Rect(0, 0, 320, 200))
			for x := range 320 {
				for y := range 200 {
					img.Set(x, y, color.RGBA{R: 59, G: 110, B: 165, A: 255})
				}
			}
			w.Header().Set("Content-Type", "image/png")
			_ = png.Encode(w, img)
		case strings.HasPrefix(r.URL.Path, "/frame/"):
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprintf(w, `<!DOCTYPE html><html><body style="margin:0"><iframe id="f" src="/framed/%s" width="%s" height="%s" style="border:0;display:block"></iframe><script src="/measure.js"></script></body></html>`,
				html.EscapeString(strings.TrimPrefix(r.URL.Path, "/frame/")), html.EscapeString(r.FormValue("w")), html.EscapeString(r.FormValue("h")))
		case strings.HasPrefix(r.URL.Path, "/framed/"):
			r2 := r.Clone(r.Context())
			r2.URL.Path = strings.TrimPrefix(r.URL.Path, "/framed")
			inner := httptest.NewRecorder()
			h.ServeHTTP(inner, r2)
			for k, v := range inner.Header() {
				w.Header()[k] = v
			}
			w.Header().Del("X-Frame-Options")
			w.Header().Set("Content-Security-Policy", strings.Replace(inner.Header().Get("Content-Security-Policy"),
				"frame-ancestors 'none'", "frame-ancestors 'self'", 1))
			w.WriteHeader(inner.Code)
			_, _ = w.Write(inner.Body.Bytes())
		default:
			h.ServeHTTP(w, r)
		}
	})
}

// The index and a feed page in headless Chromium, under the served
// policy, at a phone's width (375 px) and a desktop's (1280 px): no
// horizontal scroll, style.css applied, the latest five headlines of each
// of the six feeds, every feed's copy field, one column on the phone and
// the three languages side by side on the desktop with every feed's
// heading in the first 1000 px. Screenshots go to $SITEFEED_SCREENSHOTS
// (else a temporary directory), to look at. Skipped without chromium or
// with -short.
func TestPagesAtPhoneAndDesktopWidths(t *testing.T) {
	bin, err := exec.LookPath("chromium")
	if err != nil || testing.Short() {
		t.Skip("no chromium in PATH, or -short")
	}
	dir := t.TempDir()
	srv := httptest.NewServer(measuring(Handler(Options{Dir: dir})))
	defer srv.Close()
	pages := screenshotSite(t, dir, srv.URL+"/")
	shots := os.Getenv("SITEFEED_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	}
	tests := []struct {
		page  string
		width int
		check func(t *testing.T, m measures)
	}{
		{"index.html", 375, func(t *testing.T, m measures) {
			if m.Columns != 1 {
				t.Errorf("%d columns of cards on a phone, want 1", m.Columns)
			}
		}},
		{"index.html", 1280, func(t *testing.T, m measures) {
			if m.Columns != 3 || m.CardsAbove != 6 {
				t.Errorf("%d columns, %d of 6 feeds start in the first 1000 px; want 3 (a language each) and 6", m.Columns, m.CardsAbove)
			}
		}},
		{pages[0], 375, nil},
		{pages[0], 1280, nil},
	}
	for _, tt := range tests {
		name := fmt.Sprintf("%s@%d", tt.page, tt.width)
		t.Run(name, func(t *testing.T) {
			m := measure(t, bin, srv.URL, tt.page, tt.width)
			if m.InnerWidth != tt.width || m.ScrollWidth > m.ClientWidth {
				t.Errorf("viewport %d px (%d without a scroll bar), page %d px wide: want %d and no horizontal scroll",
					m.InnerWidth, m.ClientWidth, m.ScrollWidth, tt.width)
			}
			if m.Background != "rgb(244, 245, 247)" {
				t.Errorf("body background %q: style.css was not applied", m.Background)
			}
			if tt.page == "index.html" {
				if m.Cards != 6 || m.Headlines != 6*feed.HeadlinesShown || m.Inputs != 6 {
					t.Errorf("%d cards, %d headlines, %d copy fields; want 6, %d, 6", m.Cards, m.Headlines, m.Inputs, 6*feed.HeadlinesShown)
				}
			} else if m.Items != len(screenshotTitles["az"]) || m.Images != 3 || m.Inputs != 1 {
				t.Errorf("%d items, %d images shown, %d copy fields; want %d, 3, 1", m.Items, m.Images, m.Inputs, len(screenshotTitles["az"]))
			}
			if tt.check != nil {
				tt.check(t, m)
			}
			height := 1000
			if tt.width < 400 {
				height = 2400
			}
			png := filepath.Join(shots, strings.TrimSuffix(tt.page, ".html")+fmt.Sprintf("-%d.png", tt.width))
			screenshot(t, bin, srv.URL, tt.page, png, tt.width, height)
		})
	}
}

var measured = regexp.MustCompile(`<pre id="measure">([^<]*)</pre>`)

// measure loads page in a frame width px wide and returns what measureJS
// wrote.
func measure(t *testing.T, bin, base, page string, width int) measures {
	t.Helper()
	url := fmt.Sprintf("%s/frame/%s?w=%d&h=1000", base, page, width)
	out := chromium(t, bin, fmt.Sprintf("--window-size=%d,1000", max(width, 500)), "--virtual-time-budget=5000", "--dump-dom", url)
	sub := measured.FindSubmatch(out)
	if sub == nil {
		t.Fatalf("%s: no measures in the page:\n%.3000s", url, out)
	}
	var m measures
	if err := json.Unmarshal([]byte(html.UnescapeString(string(sub[1]))), &m); err != nil {
		t.Fatalf("measures %s: %v", sub[1], err)
	}
	t.Logf("%s at %d px: %+v", page, width, m)
	return m
}

// screenshot saves page at width x height px to file: the page itself,
// or below the window's minimum width its frame, cropped to the width.
func screenshot(t *testing.T, bin, base, page, file string, width, height int) {
	t.Helper()
	url := base + "/" + page
	if width < 500 {
		url = fmt.Sprintf("%s/frame/%s?w=%d&h=%d", base, page, width, height)
	}
	chromium(t, bin, fmt.Sprintf("--window-size=%d,%d", max(width, 500), height), "--hide-scrollbars", "--virtual-time-budget=5000",
		"--screenshot="+file, url)
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("screenshot %s: %v", file, err)
	}
	if img.Bounds().Dx() > width {
		crop := image.NewRGBA(image.Rect(0, 0, width, img.Bounds().Dy()))
		draw.Draw(crop, crop.Bounds(), img, image.Point{}, draw.Src)
		var buf bytes.Buffer
		if err := png.Encode(&buf, crop); err != nil {
			t.Fatal(err)
		}
		write(t, file, buf.Bytes())
		img = crop
	}
	if img.Bounds().Dx() != width || img.Bounds().Dy() != height {
		t.Errorf("screenshot %s is %v, want %dx%d", file, img.Bounds(), width, height)
	}
	t.Logf("screenshot: %s", file)
}

func chromium(t *testing.T, bin string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	args = append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + t.TempDir()}, args...)
	cmd := exec.CommandContext(ctx, bin, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium %v: %v\n%s", args, err, stderr.Bytes())
	}
	return stdout.Bytes()
}
