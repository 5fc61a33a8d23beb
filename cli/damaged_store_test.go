package cli_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"sitefeed/cli"
)

// A damaged store (truncated, zero-length, not a store) makes scrape exit 1
// naming the file and `sitefeed store restore`, sending no request and
// leaving the feed files byte-identical; after `store restore` the next
// scrape exits 0 with every item back (issue 12, item 12).
func TestDamagedStoreEndToEnd(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name   string
		damage func(t *testing.T, path string)
	}{
		{"truncated to half", func(t *testing.T, path string) {
			fi, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			truncate(t, path, fi.Size()/2)
		}},
		{"zero-length", func(t *testing.T, path string) { truncate(t, path, 0) }},
		{"not a store", func(t *testing.T, path string) {
			if err := os.WriteFile(path, bytes.Repeat([]byte("not a bbolt file "), 1000), 0o600); err != nil {
				t.Fatal(err)
			}
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := newSite(t)
			d := newDirs(t)
			args := append([]string{"scrape"}, d.flags(defaultConfig, s.URL)...)
			if code, _, stderr := run(t, args...); code != cli.ExitOK { // takes the day's snapshot too
				t.Fatalf("first run: exit %d\n%s", code, stderr)
			}
			names := feedFiles(feedNames...)
			before := readFiles(t, d.out, names)
			_, out, _ := run(t, "store", "verify", "-db", d.db)
			tt.damage(t, d.db)
			sent := len(s.fx.Requests())
			code, _, stderr := run(t, args...)
			if code != cli.ExitFailed || !strings.Contains(stderr, d.db) || !strings.Contains(stderr, "sitefeed store restore") {
				t.Errorf("damaged store: exit %d, stderr %q; want 1 naming %s and `sitefeed store restore`", code, stderr, d.db)
			}
			if n := len(s.fx.Requests()) - sent; n != 0 {
				t.Errorf("damaged store: %d requests sent, want none", n)
			}
			for name, b := range readFiles(t, d.out, names) {
				if !bytes.Equal(b, before[name]) {
					t.Errorf("damaged store: %s changed", name)
				}
			}
			if code, stdout, stderr := run(t, "store", "restore", "-db", d.db); code != cli.ExitOK {
				t.Fatalf("restore: exit %d\n%s%s", code, stdout, stderr)
			}
			if _, again, _ := run(t, "store", "verify", "-db", d.db); again != out {
				t.Errorf("restored store verifies as %q, was %q", again, out)
			}
			if code, _, stderr := run(t, args...); code != cli.ExitOK {
				t.Fatalf("after restore: exit %d\n%s", code, stderr)
			}
			for name, b := range readFiles(t, d.out, names) {
				if !bytes.Equal(b, before[name]) {
					t.Errorf("after restore: %s differs from before the damage", name)
				}
			}
		})
	}
}
