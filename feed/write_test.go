package feed

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// dirNames lists the names in dir.
func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	return names
}

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "news.rss")
	old := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)

	steps := []struct {
		name        string
		data        string
		wantChanged bool
	}{
		{name: "create", data: "one", wantChanged: true},
		{name: "same bytes", data: "one", wantChanged: false},
		{name: "same size, other bytes", data: "two", wantChanged: true},
		{name: "longer", data: "three", wantChanged: true},
		{name: "empty", data: "", wantChanged: true},
		{name: "empty again", data: "", wantChanged: false},
	}
	for _, s := range steps {
		// An old mtime shows whether the file was touched.
		if _, err := os.Stat(path); err == nil {
			if err := os.Chtimes(path, old, old); err != nil {
				t.Fatal(err)
			}
		}
		changed, err := WriteFile(path, []byte(s.data))
		if err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		if changed != s.wantChanged {
			t.Errorf("%s: changed = %v, want %v", s.name, changed, s.wantChanged)
		}
		got, err := os.ReadFile(path)
		if err != nil || string(got) != s.data {
			t.Errorf("%s: file = %q (%v), want %q", s.name, got, err, s.data)
		}
		fi, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if untouched := fi.ModTime().Equal(old); untouched == s.wantChanged {
			t.Errorf("%s: mtime %v, changed=%v", s.name, fi.ModTime(), s.wantChanged)
		}
		if fi.Mode().Perm() != 0o644 {
			t.Errorf("%s: mode %v, want 0644", s.name, fi.Mode().Perm())
		}
		if names := dirNames(t, dir); len(names) != 1 || names[0] != "news.rss" {
			t.Errorf("%s: directory holds %v, want only news.rss", s.name, names)
		}
	}
}

func TestWriteFileErrorsLeaveNoTemp(t *testing.T) {
	tests := []struct {
		name  string
		setup func(t *testing.T, dir string) string // returns the path to write
		want  []string                              // the directory's names afterwards
	}{
		{
			name: "path is a directory",
			setup: func(t *testing.T, dir string) string {
				p := filepath.Join(dir, "news.rss")
				if err := os.Mkdir(p, 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(p, "keep"), []byte("x"), 0o644); err != nil {
					t.Fatal(err)
				}
				return p
			},
			want: []string{"news.rss"},
		},
		{
			name: "directory missing",
			setup: func(t *testing.T, dir string) string {
				return filepath.Join(dir, "missing", "news.rss")
			},
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := tt.setup(t, dir)
			changed, err := WriteFile(path, []byte("data"))
			if err == nil || changed {
				t.Fatalf("WriteFile = %v, %v; want an error and changed=false", changed, err)
			}
			names := dirNames(t, dir)
			if len(names) != len(tt.want) || (len(names) > 0 && names[0] != tt.want[0]) {
				t.Errorf("directory holds %v, want %v", names, tt.want)
			}
		})
	}
}
