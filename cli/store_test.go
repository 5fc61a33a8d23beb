package cli_test

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"sitefeed/cli"
	"sitefeed/item"
	"sitefeed/store"
)

// writeStore makes a store at path holding n items of feed "news".
func writeStore(t *testing.T, path string, n int) {
	t.Helper()
	st, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	items := make([]item.Item, n)
	for i := range items {
		items[i] = item.Item{URL: fmt.Sprintf("https://example.org/news/%d", i+1), Title: fmt.Sprintf("Item %d", i+1)}
	}
	if _, err := st.Merge("news", items, time.Now()); err != nil {
		t.Fatal(err)
	}
}

func TestScrapeRefusesEmptyStore(t *testing.T) {
	t.Parallel()
	d := newDirs(t)
	if err := os.WriteFile(d.db, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := run(t, append([]string{"scrape"}, d.flags(defaultConfig, closedOrigin(t))...)...)
	if code != cli.ExitFailed {
		t.Errorf("exit code = %d, want %d", code, cli.ExitFailed)
	}
	if !strings.Contains(stderr, d.db) || !strings.Contains(stderr, "sitefeed store restore") {
		t.Errorf("stderr does not name the file and `store restore`:\n%s", stderr)
	}
	if fi, err := os.Stat(d.db); err != nil || fi.Size() != 0 {
		t.Errorf("store file changed: %v, %v", fi, err)
	}
}

func TestStoreVerifySnapshotRestore(t *testing.T) {
	t.Parallel()
	d := newDirs(t)
	writeStore(t, d.db, 40)
	steps := []struct {
		name   string
		before func()
		args   []string
		code   int
		stdout string // a substring of stdout
	}{
		{"verify healthy", nil, []string{"verify", "-db", d.db}, cli.ExitOK, "ok (1 feeds"},
		{"snapshot", nil, []string{"snapshot", "-db", d.db}, cli.ExitOK, d.db + ".snapshot-"},
		{"verify truncated", func() { truncate(t, d.db, 8192) }, []string{"verify", "-db", d.db}, cli.ExitFailed, "DAMAGED"},
		{"restore", nil, []string{"restore", "-db", d.db}, cli.ExitOK, "previous file kept as " + d.db + ".damaged-"},
		{"verify restored", nil, []string{"verify", "-db", d.db}, cli.ExitOK, "ok (1 feeds"},
		{"restore a missing snapshot", nil, []string{"restore", "-db", d.db, d.db + ".snapshot-19990101"}, cli.ExitFailed, ""},
		{"two snapshots named", nil, []string{"restore", "-db", d.db, "a", "b"}, cli.ExitUsage, ""},
		{"unknown subcommand", nil, []string{"frobnicate"}, cli.ExitUsage, ""},
	}
	for _, s := range steps {
		if s.before != nil {
			s.before()
		}
		code, stdout, stderr := run(t, append([]string{"store"}, s.args...)...)
		if code != s.code || !strings.Contains(stdout, s.stdout) {
			t.Errorf("%s: exit %d, stdout %q; want %d and %q\nstderr: %s", s.name, code, stdout, s.code, s.stdout, stderr)
		}
	}
	st, err := store.Open(d.db, store.Options{})
	if err != nil {
		t.Fatalf("open after restore: %v", err)
	}
	defer st.Close()
	if n, err := st.Count("news"); err != nil || n != 40 {
		t.Errorf("restored store has %d items (%v), want 40", n, err)
	}
}

func TestStoreRestoreRefusesLockedStore(t *testing.T) {
	t.Parallel()
	d := newDirs(t)
	writeStore(t, d.db, 3)
	st, err := store.Open(d.db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.Snapshot(time.Now()); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := run(t, "store", "restore", "-db", d.db)
	if code != cli.ExitFailed || !strings.Contains(stderr, "locked") {
		t.Errorf("exit %d, stderr %q; want 1 and a lock message", code, stderr)
	}
}

func truncate(t *testing.T, path string, size int64) {
	t.Helper()
	if err := os.Truncate(path, size); err != nil {
		t.Fatal(err)
	}
}
