package store

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// truncateTo returns a write step that makes a real store with an item and
// cuts it to size(pageSize, pages in use).
func truncateTo(size func(ps, pgid int64) int64) func(t *testing.T, path string) {
	return func(t *testing.T, path string) {
		t.Helper()
		s, err := Open(path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		mustMerge(t, s, "news", sampleItems(3), t0)
		_ = s.Close()
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		fi, _ := f.Stat()
		m, err := newestMeta(f, fi.Size())
		_ = f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if err := os.Truncate(path, size(int64(m.pageSize), int64(m.pgid))); err != nil {
			t.Fatal(err)
		}
	}
}

func TestOpenRejectsDamagedFiles(t *testing.T) {
	tests := []struct {
		name  string
		write func(t *testing.T, path string)
		want  string
	}{
		{"empty file", writeFile(""), "empty"},
		{"truncated to 2 pages", truncateTo(func(ps, _ int64) int64 { return 2 * ps }), "less than 4 pages"},
		{"truncated mid-page", truncateTo(func(ps, pgid int64) int64 { return pgid*ps - ps/2 }), "not a multiple"},
		{"truncated below high-water mark", truncateTo(func(ps, pgid int64) int64 { return (pgid - 1) * ps }), "meta records"},
	}
	for _, tt := range tests {
		for _, ro := range []bool{false, true} {
			t.Run(tt.name+map[bool]string{false: "", true: " read-only"}[ro], func(t *testing.T) {
				path := filepath.Join(t.TempDir(), "store.db")
				tt.write(t, path)
				before, _ := os.ReadFile(path)
				s, err := Open(path, Options{ReadOnly: ro})
				if err == nil {
					_ = s.Close()
					t.Fatal("Open succeeded")
				}
				if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), path) ||
					!strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "sitefeed store restore") {
					t.Errorf("err = %v, want ErrDamaged naming the path, %q and the hint", err, tt.want)
				}
				if after, _ := os.ReadFile(path); string(after) != string(before) {
					t.Error("Open modified a file it rejected")
				}
			})
		}
	}
}
