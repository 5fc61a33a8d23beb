package cli_test

import (
	"regexp"
	"strings"
	"testing"

	"sitefeed/cli"
)

// sections splits check's stdout into the part of each feed.
func sections(stdout string) map[string]string {
	out := map[string]string{}
	for _, part := range strings.Split(stdout, "\n== feed ")[1:] {
		name, _, _ := strings.Cut(part, " ")
		out[name] = part
	}
	return out
}

// selectorLine matches check's line for one selector: mark, field, count.
func selectorLine(mark, field, count string) *regexp.Regexp {
	return regexp.MustCompile(`(?m)^  ` + regexp.QuoteMeta(mark) + `\s+` + regexp.QuoteMeta(field) + `\s+` + regexp.QuoteMeta(count) + `\s`)
}

func TestCheckAllFeeds(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	d := newDirs(t)
	code, stdout, stderr := run(t, append([]string{"check"}, d.flags(defaultConfig, s.URL)...)...)
	if code != cli.ExitFailed {
		t.Fatalf("exit code = %d, want 1 (press-en and press-ru use markup the defaults miss)\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	if !strings.Contains(stdout, "configuration ../config.yaml: ok (6 feeds)") {
		t.Errorf("stdout does not confirm the configuration:\n%s", stdout)
	}
	for _, w := range []string{
		`press-en: required selector items.selector ".news-item`,
		`press-ru: required selector items.selector ".news-item`,
	} {
		if !strings.Contains(stderr, w) {
			t.Errorf("stderr lacks %q:\n%s", w, stderr)
		}
	}
	for _, f := range []string{"news-az", "press-az", "news-en", "news-ru"} {
		if strings.Contains(stderr, "check: "+f+":") {
			t.Errorf("stderr reports a problem with %s, whose selectors match:\n%s", f, stderr)
		}
	}
	sec := sections(stdout)
	if len(sec) != len(feedNames) {
		t.Fatalf("stdout has %d feed sections, want %d:\n%s", len(sec), len(feedNames), stdout)
	}
	tests := []struct {
		feed string
		want []*regexp.Regexp
	}{
		{"news-az", []*regexp.Regexp{
			selectorLine("ok", "items.selector", "6"), selectorLine("ok", "items.title", "6/6"),
			selectorLine("ok", "items.link", "6/6"), selectorLine("ok", "article.content", "1"),
			regexp.MustCompile(`items: 6, found by items\.selector`),
			regexp.MustCompile(`content: \d+ characters, found by article\.content`),
		}},
		{"press-az", []*regexp.Regexp{
			selectorLine("ok", "items.selector", "5"), selectorLine("NONE", "items.summary", "0/5"),
			selectorLine("NONE", "items.image", "0/5"),
		}},
		{"press-en", []*regexp.Regexp{
			selectorLine("NONE", "items.selector", "0"), selectorLine("NONE", "items.title", "0"),
			selectorLine("NONE", "article.content", "0"),
			regexp.MustCompile(`items: 5, found by the link_pattern FALLBACK \(fix items\.selector\)`),
			regexp.MustCompile(`content: \d+ characters, found by the readability FALLBACK \(fix article\.content\)`),
			regexp.MustCompile(`article page https://migration\.gov\.az/en/press_detail/400\n`),
		}},
		{"news-ru", []*regexp.Regexp{
			selectorLine("ok", "items.selector", "6"), selectorLine("NONE", "pagination.next", "0"),
			regexp.MustCompile(`next page: https://migration\.gov\.az/ru/news\?page=2`),
			regexp.MustCompile(`pagination\.next .* matched nothing on https://migration\.gov\.az/ru/news; found the next page`),
		}},
	}
	for _, tt := range tests {
		for _, re := range tt.want {
			if !re.MatchString(sec[tt.feed]) {
				t.Errorf("%s: output does not match %s:\n%s", tt.feed, re, sec[tt.feed])
			}
		}
	}
}

func TestCheckOneFeed(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	noTitle := writeConfig(t, insertAfter(t, "      - name: news-az", "        items:\n          title: \".no-such-title\"\n"))
	tests := []struct {
		name       string
		config     string
		origin     string // "" for the fixture site
		args       []string
		wantCode   int
		wantStdout []string
		wantStderr []string
		noStdout   []string
	}{
		{name: "news-az from the site", config: defaultConfig, args: []string{"-feed", "news-az"}, wantCode: cli.ExitOK,
			wantStdout: []string{
				"== feed news-az (az)",
				"- 2026-cı il üçün əmək miqrasiyası kvotası müəyyən edilib",
				"- Xidmətin rəisi Gəncə şəhərində vətəndaşları qəbul edib",
				"https://migration.gov.az/az/news_detail/16726 (2026-02-05 00:00 +04:00)",
				"article page https://migration.gov.az/az/news_detail/16726",
			},
			noStdout: []string{"== feed news-en", "== feed press-en"}},
		{name: "news-en from a local list page, offline", config: defaultConfig, origin: closedOrigin(t),
			args: []string{"-feed", "news-en", siteRoot + "/en/news.html"}, wantCode: cli.ExitOK,
			wantStdout: []string{
				"list page https://migration.gov.az/en/news\n",
				"- Labour migration quota for 2026 approved",
				"https://migration.gov.az/en/news_detail/16726",
				"next page: https://migration.gov.az/en/news?page=2",
			},
			noStdout: []string{"article page"}},
		{name: "news-en from an article URL", config: defaultConfig,
			args: []string{"-feed", "news-en", "https://migration.gov.az/en/news_detail/15742"}, wantCode: cli.ExitOK,
			wantStdout: []string{"article page https://migration.gov.az/en/news_detail/15742", "found by article.content"},
			noStdout:   []string{"list page"}},
		{name: "items.title matches nothing", config: noTitle, args: []string{"-feed", "news-az"}, wantCode: cli.ExitFailed,
			wantStdout: []string{"NONE items.title          0/6     .no-such-title"},
			wantStderr: []string{`news-az: required selector items.title ".no-such-title" matched nothing`}},
		{name: "missing local file", config: defaultConfig, origin: closedOrigin(t),
			args: []string{"-feed", "news-en", siteRoot + "/en/no-such-page.html"}, wantCode: cli.ExitFailed,
			wantStderr: []string{"news-en:", "no-such-page.html"}},
		{name: "site down", config: defaultConfig, origin: closedOrigin(t), args: []string{"-feed", "news-az"},
			wantCode: cli.ExitFailed, wantStderr: []string{"check: news-az:"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			origin := tt.origin
			if origin == "" {
				origin = s.URL
			}
			d := newDirs(t)
			args := append(append([]string{"check"}, d.flags(tt.config, origin)...), tt.args...)
			code, stdout, stderr := run(t, args...)
			if code != tt.wantCode {
				t.Errorf("exit code = %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.wantCode, stdout, stderr)
			}
			for _, w := range tt.wantStdout {
				if !strings.Contains(stdout, w) {
					t.Errorf("stdout lacks %q:\n%s", w, stdout)
				}
			}
			for _, w := range tt.noStdout {
				if strings.Contains(stdout, w) {
					t.Errorf("stdout has %q:\n%s", w, stdout)
				}
			}
			for _, w := range tt.wantStderr {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr)
				}
			}
			if tt.wantCode == cli.ExitOK && strings.Contains(stderr, "sitefeed: check:") {
				t.Errorf("a passing check reported problems:\n%s", stderr)
			}
		})
	}
}
