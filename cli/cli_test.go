package cli_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"sitefeed/cli"
)

func TestCommandsAndHelp(t *testing.T) {
	t.Parallel()
	common := []string{"-config", "-origin", "-db", "-output", "-delay", "-log-level", "-log-format"}
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStdout []string
		wantStderr []string
	}{
		{name: "version", args: []string{"version"}, wantCode: cli.ExitOK, wantStdout: []string{"sitefeed "}},
		{name: "--version", args: []string{"--version"}, wantCode: cli.ExitOK, wantStdout: []string{"sitefeed "}},
		{name: "top-level -h", args: []string{"-h"}, wantCode: cli.ExitOK,
			wantStdout: []string{"sitefeed scrape", "sitefeed check", "sitefeed serve", "sitefeed version"}},
		{name: "help", args: []string{"help"}, wantCode: cli.ExitOK, wantStdout: []string{"sitefeed scrape"}},
		{name: "no command", args: nil, wantCode: cli.ExitUsage, wantStderr: []string{"Usage:", "sitefeed scrape"}},
		{name: "unknown command", args: []string{"scrap"}, wantCode: cli.ExitUsage,
			wantStderr: []string{`unknown command "scrap"`, "Usage:"}},
		{name: "scrape -h", args: []string{"scrape", "-h"}, wantCode: cli.ExitOK,
			wantStderr: append([]string{"sitefeed scrape", "-feed", "-dry-run", "-backfill", "-max-pages", "-refresh"}, common...)},
		{name: "check -h", args: []string{"check", "-h"}, wantCode: cli.ExitOK,
			wantStderr: append([]string{"sitefeed check", "-feed", "required selector"}, common...)},
		{name: "serve -h", args: []string{"serve", "-h"}, wantCode: cli.ExitOK,
			wantStderr: append([]string{"sitefeed serve", "-addr", "-jitter", "-watch", "-shutdown-timeout"}, common...)},
		{name: "unknown flag", args: []string{"scrape", "-bogus"}, wantCode: cli.ExitUsage,
			wantStderr: []string{"-bogus"}},
		{name: "bad flag value", args: []string{"check", "-delay", "soon"}, wantCode: cli.ExitUsage,
			wantStderr: []string{"-delay"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := run(t, tt.args...)
			if code != tt.wantCode {
				t.Errorf("exit code = %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.wantCode, stdout, stderr)
			}
			for _, w := range tt.wantStdout {
				if !strings.Contains(stdout, w) {
					t.Errorf("stdout lacks %q:\n%s", w, stdout)
				}
			}
			for _, w := range tt.wantStderr {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr)
				}
			}
		})
	}
}

// TestVersionStamp is not parallel: it sets the package's Version.
func TestVersionStamp(t *testing.T) {
	old := cli.Version
	cli.Version = "1.2.3"
	t.Cleanup(func() { cli.Version = old })
	code, stdout, _ := run(t, "version")
	if code != cli.ExitOK || stdout != "sitefeed 1.2.3\n" {
		t.Errorf("version = %d %q, want 0 %q", code, stdout, "sitefeed 1.2.3\n")
	}
}

func TestConfigErrors(t *testing.T) {
	t.Parallel()
	origin := closedOrigin(t) // nothing may be fetched: configuration errors stop every command first
	type bad struct {
		path string
		want []string // in stderr
	}
	tests := []struct {
		name  string
		setup func(t *testing.T) bad
		extra []string // flags after the common ones
	}{
		{name: "unknown key in a feed", setup: func(t *testing.T) bad {
			p := writeConfig(t, insertAfter(t, "      - name: news-az", "        itmes:\n          title: h2\n"))
			return bad{p, []string{fmt.Sprintf("%s:%d:", p, lineOf(t, p, "itmes:")), "itmes", "unknown key"}}
		}},
		{name: "unknown top-level key", setup: func(t *testing.T) bad {
			p := writeConfig(t, setKey("user_agnet", `"x (+https://example.org)"`))
			return bad{p, []string{fmt.Sprintf("%s:%d:", p, lineOf(t, p, "user_agnet:")), "user_agnet"}}
		}},
		{name: "invalid CSS selector in a feed", setup: func(t *testing.T) bad {
			p := writeConfig(t, insertAfter(t, "      - name: news-az", "        items:\n          selector: \"div[[\"\n"))
			return bad{p, []string{fmt.Sprintf("%s:%d: sites[0].feeds[0].items.selector:", p, lineOf(t, p, `"div[["`)), "invalid CSS selector"}}
		}},
		{name: "invalid CSS selector in defaults", setup: func(t *testing.T) bad {
			p := writeConfig(t, replaceOnce(t, "      max_items: 50\n", "      max_items: 50\n      items:\n        selector: \"div[[, .news-item\"\n"))
			line := lineOf(t, p, `"div[[`)
			// Reported once, at the defaults key, not once per feed.
			return bad{p, []string{fmt.Sprintf("%s:%d: sites[0].defaults.items.selector:", p, line)}}
		}},
		{name: "schedule that makes cron panic", setup: func(t *testing.T) bad {
			p := writeConfig(t, setKey("schedule", `"TZ=0"`))
			return bad{p, []string{fmt.Sprintf("%s:%d: schedule:", p, lineOf(t, p, "TZ=0")), "invalid schedule"}}
		}},
		{name: "bad schedule", setup: func(t *testing.T) bad {
			p := writeConfig(t, setKey("schedule", `"every hour"`))
			return bad{p, []string{fmt.Sprintf("%s:%d: schedule:", p, lineOf(t, p, "every hour"))}}
		}},
		{name: "negative retries", setup: func(t *testing.T) bad {
			p := writeConfig(t, setKey("retries", "-1"))
			return bad{p, []string{fmt.Sprintf("%s:%d: retries:", p, lineOf(t, p, "retries: -1"))}}
		}},
		{name: "YAML syntax error", setup: func(t *testing.T) bad {
			p := writeConfig(t, setKey("hosts", "[migration.gov.az"))
			return bad{p, []string{p}}
		}},
		{name: "missing file", setup: func(t *testing.T) bad {
			p := filepath.Join(t.TempDir(), "nope.yaml")
			return bad{p, []string{p, "no such file"}}
		}},
		{name: "bad -origin", extra: []string{"-origin", "ftp://127.0.0.1:1"}, setup: func(t *testing.T) bad {
			return bad{defaultConfig, []string{"-origin", "ftp://127.0.0.1:1"}}
		}},
		{name: "-origin with a path", extra: []string{"-origin", "http://127.0.0.1:1/mirror"}, setup: func(t *testing.T) bad {
			return bad{defaultConfig, []string{"-origin", "without path"}}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := tt.setup(t)
			d := newDirs(t)
			for _, cmd := range []string{"scrape", "check", "serve"} {
				args := append([]string{cmd}, d.flags(b.path, origin)...)
				if cmd == "serve" {
					args = append(args, "-addr", "127.0.0.1:0")
				}
				args = append(args, tt.extra...)
				code, stdout, stderr := run(t, args...)
				if code != cli.ExitUsage {
					t.Errorf("%s: exit code = %d, want %d\nstdout:\n%s\nstderr:\n%s", cmd, code, cli.ExitUsage, stdout, stderr)
				}
				if !strings.Contains(stderr, "configuration error") {
					t.Errorf("%s: stderr does not say it is a configuration error:\n%s", cmd, stderr)
				}
				for _, w := range b.want {
					if !strings.Contains(stderr, w) {
						t.Errorf("%s: stderr lacks %q:\n%s", cmd, w, stderr)
					}
				}
			}
		})
	}
}

func TestEnvironment(t *testing.T) {
	t.Parallel()
	missing := filepath.Join(t.TempDir(), "from-env.yaml")
	env := map[string]string{"SITEFEED_CONFIG": missing}
	var out, errb syncBuffer
	code := cli.Main([]string{"check"}, cli.Env{Stdout: &out, Stderr: &errb, Getenv: func(k string) string { return env[k] }})
	if code != cli.ExitUsage || !strings.Contains(errb.String(), missing) {
		t.Errorf("check with SITEFEED_CONFIG=%s: exit %d, stderr:\n%s\nwant exit 2 naming the file", missing, code, errb.String())
	}
}

func TestBadLogFlags(t *testing.T) {
	t.Parallel()
	origin := closedOrigin(t)
	for _, flags := range [][]string{{"-log-level", "loud"}, {"-log-format", "xml"}} {
		for _, cmd := range []string{"scrape", "check"} {
			d := newDirs(t)
			args := append(append([]string{cmd}, d.flags(defaultConfig, origin)...), flags...)
			code, _, stderr := run(t, args...)
			if code != cli.ExitUsage || !strings.Contains(stderr, flags[0]) {
				t.Errorf("%v: exit %d, stderr:\n%s\nwant exit 2 naming %s", args, code, stderr, flags[0])
			}
		}
	}
}
