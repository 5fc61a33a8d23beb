package cli_test

import (
	"regexp"
	"strings"
	"testing"

	"sitefeed/cli"
)

// Every command's -h starts with a one-line description and shows its
// usage, examples that name the command and every exit code it returns.
func TestHelpPages(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		args      []string
		exitCodes []string
		mention   []string // further text the page must hold
	}{
		{"scrape", []string{"scrape", "-h"}, []string{"0", "1", "2"}, []string{"-dry-run", "-backfill", "-delay duration", "(default: delay from the config)", "about 5 minutes"}},
		{"check", []string{"check", "-h"}, []string{"0", "1", "2"}, []string{"required selector", "-base"}},
		{"serve", []string{"serve", "-h"}, []string{"0", "1", "2"}, []string{"-addr", "SIGHUP"}},
		{"store", []string{"store", "-h"}, []string{"0", "1", "2"}, []string{"verify", "snapshot", "restore"}},
		{"store verify", []string{"store", "verify", "-h"}, []string{"0", "1", "2"}, []string{"-db"}},
		{"store snapshot", []string{"store", "snapshot", "-h"}, []string{"0", "1", "2"}, []string{"-db"}},
		{"store restore", []string{"store", "restore", "-h"}, []string{"0", "1", "2"}, []string{"SNAPSHOT"}},
		{"demo", []string{"demo", "-h"}, []string{"0", "1", "2"}, []string{"-addr", "offline"}},
		{"version", []string{"version", "-h"}, []string{"0"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := run(t, tt.args...)
			page := stdout + stderr
			if code != cli.ExitOK {
				t.Fatalf("exit %d, want 0\n%s", code, page)
			}
			if strings.Contains(page, "-1ns") {
				t.Errorf("a default shows as -1ns:\n%s", page)
			}
			first, _, _ := strings.Cut(page, "\n")
			if !strings.HasPrefix(first, "sitefeed "+tt.name+": ") || !strings.HasSuffix(first, ".") {
				t.Errorf("first line %q, want a one-line description starting %q", first, "sitefeed "+tt.name+": ")
			}
			if !strings.Contains(page, "\nUsage: sitefeed "+tt.name) {
				t.Errorf("no usage line for %s:\n%s", tt.name, page)
			}
			_, examples, ok := strings.Cut(page, "\nExamples:\n")
			examples, _, _ = strings.Cut(examples, "\n\n")
			if !ok || !strings.HasPrefix(strings.TrimSpace(examples), "sitefeed "+strings.Fields(tt.name)[0]) {
				t.Errorf("no examples of %s:\n%s", tt.name, page)
			}
			_, exits, ok := strings.Cut(page, "\nExit codes:\n")
			exits, _, _ = strings.Cut(exits, "\n\n")
			var got []string
			for _, m := range regexp.MustCompile(`(?m)^  (\d)  \S`).FindAllStringSubmatch(exits, -1) {
				got = append(got, m[1])
			}
			if !ok || strings.Join(got, ",") != strings.Join(tt.exitCodes, ",") {
				t.Errorf("exit codes %v, want %v:\n%s", got, tt.exitCodes, page)
			}
			for _, w := range tt.mention {
				if !strings.Contains(page, w) {
					t.Errorf("page lacks %q:\n%s", w, page)
				}
			}
		})
	}
}
