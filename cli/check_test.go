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

func TestCheckAllFeeds(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	d := newDirs(t)
	code, stdout, stderr := run(t, append([]string{"check"}, d.flags(defaultConfig, s.URL)...)...)
	if code != cli.ExitOK {
		t.Fatalf("exit code = %d, want 0 (the default config finds every feed by discovery and inference)\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	if !strings.Contains(stdout, "configuration ../config.yaml: ok (6 feeds)") {
		t.Errorf("stdout does not confirm the configuration:\n%s", stdout)
	}
	if strings.Contains(stderr, "sitefeed: check:") {
		t.Errorf("stderr reports problems:\n%s", stderr)
	}
	sec := sections(stdout)
	if len(sec) != len(feedNames) {
		t.Fatalf("stdout has %d feed sections, want %d:\n%s", len(sec), len(feedNames), stdout)
	}
	for _, f := range feedNames {
		lang, kind := f[strings.Index(f, "-")+1:], f[:strings.Index(f, "-")]
		list := "https://migration.gov.az/" + lang + "/" + kind
		for _, re := range []*regexp.Regexp{
			regexp.MustCompile(`list page found at ` + regexp.QuoteMeta(list) + ` through .*; add it to list_urls`),
			regexp.MustCompile(`items: \d+, inferred from the links matching link_pattern`),
			regexp.MustCompile(`inf  article\.title .*\(inferred\)`),
			regexp.MustCompile(`content: \d+ characters, inferred: the block holding the text's paragraphs \(article\.content overrides\)`),
		} {
			if !re.MatchString(sec[f]) {
				t.Errorf("%s: output does not match %s:\n%s", f, re, sec[f])
			}
		}
		// The YAML to pin what was found.
		if !strings.Contains(stdout, "      - name: "+f+"\n        list_urls: ["+list+"]\n") {
			t.Errorf("the proposed YAML lacks %s's list_urls:\n%s", f, stdout)
		}
	}
	if !strings.Contains(sec["news-ru"], "next page: https://migration.gov.az/ru/news?page=2") {
		t.Errorf("news-ru: no next page:\n%s", sec["news-ru"])
	}
	// Selectors nobody configured are not reported as matching nothing.
	if strings.Contains(stdout, "NONE") {
		t.Errorf("unconfigured selectors reported as failures:\n%s", stdout)
	}
}

func TestCheckOneFeed(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	noTitle := writeConfig(t, insertAfter(t, "      - name: news-az", "        list_urls: [https://migration.gov.az/az/news]\n        items:\n          selector: \".news-item\"\n          link: \"a@href\"\n          title: \".no-such-title\"\n"))
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
			args: []string{"-feed", "news-en", "-base", "https://migration.gov.az/en/news", siteRoot + "/en/news.html"}, wantCode: cli.ExitOK,
			wantStdout: []string{
				"list page https://migration.gov.az/en/news\n",
				"- Labour migration quota for 2026 approved",
				"https://migration.gov.az/en/news_detail/16726",
				"next page: https://migration.gov.az/en/news?page=2",
			},
			noStdout: []string{"article page"}},
		{name: "news-en from an article URL", config: defaultConfig,
			args: []string{"-feed", "news-en", "https://migration.gov.az/en/news_detail/15742"}, wantCode: cli.ExitOK,
			wantStdout: []string{"article page https://migration.gov.az/en/news_detail/15742", "inferred: the block holding the text's paragraphs"},
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
