package store

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"time"
)

// ErrNoSnapshot means Restore found no snapshot that verifies.
var ErrNoSnapshot = errors.New("no snapshot that verifies")

// Restored says what Restore did.
type Restored struct {
	From    string   // the snapshot now in place
	Aside   string   // where the previous file went ("" if there was none)
	Skipped []string // newer snapshots that did not verify, with why
}

// Restore puts a snapshot in place of the store at db: the named one, or
// with snapshot "" the newest that verifies. The current file, if any, is
// kept as <db>.damaged-<unixtime>. It refuses with ErrLocked while a
// sitefeed process has the store open.
func Restore(db, snapshot string, now time.Time) (Restored, error) {
	var res Restored
	if _, err := os.Stat(db); err == nil {
		unlock, err := lockExclusive(db)
		if err != nil {
			return res, fmt.Errorf("restore %s: %w", db, err)
		}
		defer unlock()
	}
	from, skipped, err := pickSnapshot(db, snapshot)
	res.Skipped = skipped
	if err != nil {
		return res, fmt.Errorf("restore %s: %w", db, err)
	}
	res.From = from
	res.Aside, err = replace(db, from, now)
	if err != nil {
		return res, fmt.Errorf("restore %s from %s: %w", db, from, err)
	}
	return res, nil
}

// pickSnapshot returns the named snapshot if it verifies, or the newest
// snapshot of db that does.
func pickSnapshot(db, named string) (string, []string, error) {
	if named != "" {
		if _, err := Verify(named); err != nil {
			return "", nil, err
		}
		return named, nil, nil
	}
	all, err := Snapshots(db)
	if err != nil {
		return "", nil, err
	}
	var skipped []string
	for _, p := range all {
		if _, err := Verify(p); err != nil {
			skipped = append(skipped, fmt.Sprintf("%s: %v", p, err))
			continue
		}
		return p, skipped, nil
	}
	return "", skipped, fmt.Errorf("%w among %d snapshot(s) %s%s*", ErrNoSnapshot, len(all), db, snapshotInfix)
}

// replace copies from next to db (synced), moves db aside and renames the
// copy into place. The snapshot itself stays, so it can be used again.
func replace(db, from string, now time.Time) (aside string, err error) {
	tmp, err := copyTemp(from, filepath.Dir(db), filepath.Base(db)+".restore-*")
	if err != nil {
		return "", err
	}
	defer os.Remove(tmp) // after a successful rename, a no-op
	if _, err := os.Stat(db); err == nil {
		aside = db + ".damaged-" + strconv.FormatInt(now.Unix(), 10)
		if err := os.Rename(db, aside); err != nil {
			return "", fmt.Errorf("move damaged file aside: %w", err)
		}
	}
	if err := renameSync(tmp, db); err != nil {
		return aside, err
	}
	return aside, nil
}

// copyTemp copies src to a new temporary file in dir, synced.
func copyTemp(src, dir, pattern string) (string, error) {
	in, err := os.Open(src)
	if err != nil {
		return "", err
	}
	defer in.Close()
	out, err := os.CreateTemp(dir, pattern)
	if err != nil {
		return "", err
	}
	_, err = io.Copy(out, in)
	if err == nil {
		err = out.Sync()
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		_ = os.Remove(out.Name())
		return "", fmt.Errorf("copy %s: %w", src, err)
	}
	return out.Name(), nil
}
