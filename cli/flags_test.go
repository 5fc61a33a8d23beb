package cli_test

import (
	"strings"
	"testing"
)

// Negative -delay and -max-pages are refused with exit 2 before anything
// runs; -delay's help shows no "(default -1ns)".
func TestBadNumericFlags(t *testing.T) {
	d := newDirs(t)
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"scrape", "-delay", "-5s"}, `invalid value "-5s" for flag -delay: must not be negative`},
		{[]string{"check", "-delay=-1ns"}, "must not be negative"},
		{[]string{"serve", "-delay", "-1s"}, "must not be negative"},
		{[]string{"scrape", "-delay", "soon"}, `invalid value "soon" for flag -delay`},
		{[]string{"scrape", "-max-pages", "-3"}, "-max-pages -3: must not be negative"},
	} {
		args := append(tt.args, "-config", defaultConfig, "-db", d.db, "-output", d.out)
		code, _, stderr := run(t, args...)
		if code != 2 || !strings.Contains(stderr, tt.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", tt.args, code, stderr, tt.want)
		}
	}
	for _, cmd := range []string{"scrape", "check", "serve"} {
		_, _, help := run(t, cmd, "-h")
		if strings.Contains(help, "-1ns") || !strings.Contains(help, "-delay duration") {
			t.Errorf("%s -h shows -delay as:\n%s", cmd, help)
		}
	}
}

// -delay 0 is accepted: the documented setting for a local mirror.
func TestDelayZeroAccepted(t *testing.T) {
	s := newSite(t)
	d := newDirs(t)
	code, _, stderr := run(t, append([]string{"scrape", "-feed", "news-az"}, d.flags(defaultConfig, s.URL)...)...)
	if code != 0 {
		t.Fatalf("scrape -delay 0: exit %d\n%s", code, stderr)
	}
}

// A -feed name that names no feed exits 2, listing the configured names.
func TestUnknownFeedName(t *testing.T) {
	d := newDirs(t)
	for _, cmd := range []string{"scrape", "check"} {
		code, _, stderr := run(t, cmd, "-feed", "news-az,nosuch", "-config", defaultConfig, "-db", d.db, "-output", d.out)
		if code != 2 || !strings.Contains(stderr, `no feed named "nosuch"`) ||
			!strings.Contains(stderr, "news-az, press-az, news-en, press-en, news-ru, press-ru") {
			t.Errorf("%s -feed nosuch: exit %d, stderr %q; want 2 naming the configured feeds", cmd, code, stderr)
		}
	}
}
