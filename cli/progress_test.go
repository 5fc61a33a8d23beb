package cli_test

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strings"
	"testing"

	"sitefeed/cli"
)

// Without a terminal every run reports its progress as plain log lines,
// one per list page read, and never a control sequence.
func TestScrapeProgressWithoutTerminal(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	d := newDirs(t)
	var out, errb bytes.Buffer
	env := cli.Env{Stdout: &out, Stderr: &errb, Getenv: noEnv, Terminal: func(io.Writer) (bool, int) { return false, 0 }}
	code := cli.Main(append([]string{"scrape", "-feed", "news-az"}, d.flags(defaultConfig, s.URL)...), env)
	if code != cli.ExitOK {
		t.Fatalf("exit %d\n%s", code, errb.String())
	}
	stderr := errb.String()
	if strings.Contains(stderr, "\x1b") || strings.Contains(stderr, "\r") {
		t.Errorf("control characters in the log:\n%q", stderr)
	}
	lines := regexp.MustCompile(`(?m)^time=\S+ level=INFO msg=progress feed=news-az pages=(\d+) items=\d+ new=\d+ updated=0 requests=\d+ planned=\d+ last_page=3$`).FindAllStringSubmatch(stderr, -1)
	if len(lines) == 0 || len(lines) > 3 {
		t.Errorf("%d progress lines for news-az (3 list pages), want 1 to 3:\n%s", len(lines), stderr)
	}
	prev := ""
	for _, l := range lines {
		if l[1] == prev {
			t.Errorf("two progress lines for page %s:\n%s", l[1], stderr)
		}
		prev = l[1]
	}
}

// On a terminal, a backfill's bar ends at the pages read, every log line
// stands on its own line, and no live line is left when the run is over.
func TestScrapeProgressOnTerminal(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	d := newDirs(t)
	var out bytes.Buffer
	scr := cli.NewScreen()
	env := cli.Env{Stdout: &out, Stderr: scr, Getenv: noEnv, Terminal: func(io.Writer) (bool, int) { return true, 400 }}
	code := cli.Main(append([]string{"scrape", "-backfill", "-feed", "news-az,press-en"}, d.flags(defaultConfig, s.URL)...), env)
	if code != cli.ExitOK {
		t.Fatalf("exit %d\n%s", code, scr)
	}
	screen := scr.String()
	bars := 0
	for _, line := range strings.Split(screen, "\n") {
		switch {
		case strings.HasPrefix(line, "time="):
			if strings.Contains(line, "[#") || strings.Contains(line, "requests ·") {
				t.Errorf("a live line is printed onto a log line: %q", line)
			}
		case strings.HasPrefix(line, "news-az  ") || strings.HasPrefix(line, "press-en  "):
			feed, _, _ := strings.Cut(line, " ")
			pages := column(t, out.String(), summaryRow(t, out.String(), feed), "pages")
			requests := column(t, out.String(), summaryRow(t, out.String(), feed), "requests")
			want := fmt.Sprintf("%s  [####################] %d/%d pages · %d requests · ", feed, pages, pages, requests)
			if !strings.HasPrefix(line, want) || !strings.Contains(line, "done in") {
				t.Errorf("last line of %s:\n%q\nwant it to start with\n%q", feed, line, want)
			}
			bars++
		default:
			t.Errorf("unexpected line on the screen: %q", line)
		}
	}
	if bars != 2 {
		t.Errorf("%d final bars, want 2 (news-az, press-en):\n%s", bars, screen)
	}
}

// Below the info level the notes are not logged: the summary prints them.
func TestScrapeNotesInSummaryWhenNotLogged(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	d := newDirs(t)
	code, stdout, stderr := run(t, append([]string{"scrape", "-feed", "press-en", "-log-level", "warn"}, d.flags(defaultConfig, s.URL)...)...)
	if code != cli.ExitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	if !strings.Contains(stdout, "note: press-en: list page found at https://migration.gov.az/en/press through") || strings.Contains(stderr, "list page found") {
		t.Errorf("the note should be in the summary only:\nstdout:\n%s\nstderr:\n%s", stdout, stderr)
	}
}
