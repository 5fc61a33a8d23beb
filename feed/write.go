package feed

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// WriteFile writes data to path atomically: a temporary file in the same
// directory is written, synced, made 0644 and renamed over path, then the
// directory is synced. A reader sees the old file or the new one, never a
// partial one. If path already holds exactly data, nothing is written and
// changed is false, so the file's mtime (and HTTP Last-Modified) stays. On
// any error the temporary file is removed.
func WriteFile(path string, data []byte) (changed bool, err error) {
	if same, err := holds(path, data); err != nil {
		return false, fmt.Errorf("write %s: %w", path, err)
	} else if same {
		return false, nil
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return false, fmt.Errorf("write %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			_ = tmp.Close()
			_ = os.Remove(tmp.Name())
		}
	}()
	if err := fill(tmp, data); err != nil {
		return false, fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return false, fmt.Errorf("write %s: %w", path, err)
	}
	if err := syncDir(dir); err != nil {
		// The file is in place; only its durability is in doubt.
		return true, fmt.Errorf("write %s: %w", path, err)
	}
	return true, nil
}

// holds reports whether path is a regular file whose content is data.
// A missing file is not an error; anything else at path (a directory) is
// left for the rename to refuse.
func holds(path string, data []byte) (bool, error) {
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if !fi.Mode().IsRegular() || fi.Size() != int64(len(data)) {
		return false, nil
	}
	old, err := os.ReadFile(path)
	if err != nil {
		return false, err
	}
	return bytes.Equal(old, data), nil
}

// fill writes data to f, syncs it, sets mode 0644 and closes it.
func fill(f *os.File, data []byte) error {
	if _, err := f.Write(data); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Chmod(0o644); err != nil {
		return err
	}
	return f.Close()
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("sync dir: %w", err)
	}
	return nil
}
