package feed

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
)

// A full disk while staging any file of the set leaves every file with its
// previous bytes and no temporary file behind; a later good write
// replaces them all.
func TestWriteFilesIsAllOrNothingWhileStaging(t *testing.T) {
	for _, failAt := range []int{0, 1, 2} {
		t.Run(string(rune('a'+failAt)), func(t *testing.T) {
			dir := t.TempDir()
			var files []File
			for _, name := range []string{"f.rss", "f.atom", "f.json"} {
				p := filepath.Join(dir, name)
				if err := os.WriteFile(p, []byte("old "+name), 0o644); err != nil {
					t.Fatal(err)
				}
				files = append(files, File{Path: p, Data: []byte("new " + name)})
			}
			n := 0
			full := func(f *os.File, data []byte) error {
				if n++; n > failAt {
					return syscall.ENOSPC
				}
				return fill(f, data)
			}
			written, err := writeFiles(files, full)
			if !errors.Is(err, syscall.ENOSPC) || len(written) != 0 {
				t.Fatalf("written %v, err %v; want nothing written and ENOSPC", written, err)
			}
			for _, f := range files {
				if got, _ := os.ReadFile(f.Path); string(got) != "old "+filepath.Base(f.Path) {
					t.Errorf("%s = %q after the failed write, want its old bytes", f.Path, got)
				}
			}
			if names := dirNames(t, dir); len(names) != 3 {
				t.Errorf("dir holds %v, want the 3 files and no temporary file", names)
			}
			written, err = WriteFiles(files)
			if err != nil || len(written) != 3 {
				t.Fatalf("recovery: written %v, err %v", written, err)
			}
			for _, f := range files {
				if got, _ := os.ReadFile(f.Path); string(got) != string(f.Data) {
					t.Errorf("%s = %q after recovery, want %q", f.Path, got, f.Data)
				}
			}
		})
	}
}

// Files that already hold their bytes are neither rewritten nor listed.
func TestWriteFilesSkipsUnchanged(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	if err := os.WriteFile(a, []byte("same"), 0o644); err != nil {
		t.Fatal(err)
	}
	written, err := WriteFiles([]File{{a, []byte("same")}, {b, []byte("new")}})
	if err != nil || !slices.Equal(written, []string{b}) {
		t.Fatalf("written %v, err %v; want only %s", written, err, b)
	}
}

// A path that cannot be replaced (a directory) fails with the path named,
// and the files renamed before it are reported as written.
func TestWriteFilesRenameFailureReportsWritten(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	if err := os.MkdirAll(filepath.Join(b, "blocked"), 0o755); err != nil {
		t.Fatal(err)
	}
	written, err := WriteFiles([]File{{a, []byte("1")}, {b, []byte("2")}})
	if err == nil || !slices.Equal(written, []string{a}) {
		t.Fatalf("written %v, err %v; want [%s] and an error", written, err, a)
	}
	if names := dirNames(t, dir); len(names) != 2 {
		t.Errorf("dir holds %v, want a and b only", names)
	}
}
