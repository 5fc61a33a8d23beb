package feed

import (
	"fmt"
	"os"
	"path/filepath"
)

// File is one file of a set written together.
type File struct {
	Path string
	Data []byte
}

// WriteFiles writes the files of one feed as a set, so its formats do not
// disagree after a full disk: every file whose bytes differ from disk is
// staged first (written and synced to a temporary file beside it), and only
// when all are staged are they renamed into place, in order. A failure while
// staging leaves every file as it was. written lists the paths replaced,
// even on error (a failed rename leaves the earlier ones replaced); files
// already holding their bytes are not rewritten and not listed.
func WriteFiles(files []File) (written []string, err error) {
	return writeFiles(files, fill)
}

// writeFiles is WriteFiles with the staging write injectable (tests make
// it fail as a full disk would).
func writeFiles(files []File, stage func(*os.File, []byte) error) (written []string, err error) {
	type staged struct{ tmp, path string }
	var todo []staged
	defer func() {
		for _, s := range todo {
			_ = os.Remove(s.tmp) // renamed ones are gone already
		}
	}()
	for _, f := range files {
		same, err := holds(f.Path, f.Data)
		if err != nil {
			return nil, fmt.Errorf("write %s: %w", f.Path, err)
		}
		if same {
			continue
		}
		tmp, err := os.CreateTemp(filepath.Dir(f.Path), "."+filepath.Base(f.Path)+".tmp-*")
		if err != nil {
			return nil, fmt.Errorf("write %s: %w", f.Path, err)
		}
		todo = append(todo, staged{tmp.Name(), f.Path})
		if err := stage(tmp, f.Data); err != nil {
			_ = tmp.Close()
			return nil, fmt.Errorf("write %s: %w", f.Path, err)
		}
	}
	dirs := map[string]bool{}
	for _, s := range todo {
		if err := os.Rename(s.tmp, s.path); err != nil {
			return written, fmt.Errorf("write %s: %w", s.path, err)
		}
		written = append(written, s.path)
		dirs[filepath.Dir(s.path)] = true
	}
	for dir := range dirs {
		if err := syncDir(dir); err != nil {
			// The files are in place; only their durability is in doubt.
			return written, fmt.Errorf("write %s: %w", dir, err)
		}
	}
	return written, nil
}
