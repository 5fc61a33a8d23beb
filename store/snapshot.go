package store

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"go.etcd.io/bbolt"
)

// KeepSnapshots is how many daily snapshots are kept next to the store.
const KeepSnapshots = 7

const (
	snapshotInfix  = ".snapshot-"
	snapshotLayout = "20060102"
)

// SnapshotPath is the snapshot of the store at db for now's day (UTC):
// <db>.snapshot-YYYYMMDD.
func SnapshotPath(db string, now time.Time) string {
	return db + snapshotInfix + now.UTC().Format(snapshotLayout)
}

// Snapshots lists the snapshots of the store at db, newest first.
func Snapshots(db string) ([]string, error) {
	matches, err := filepath.Glob(globEscape(db) + snapshotInfix + "[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]")
	if err != nil {
		return nil, fmt.Errorf("list snapshots of %s: %w", db, err)
	}
	sort.Sort(sort.Reverse(sort.StringSlice(matches)))
	return matches, nil
}

// globEscape quotes the glob metacharacters of a path.
func globEscape(p string) string {
	var b strings.Builder
	for _, r := range p {
		if strings.ContainsRune(`*?[\`, r) {
			b.WriteRune('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// SnapshotIfDue takes today's snapshot unless it exists; path is "" when
// none was due.
func (s *Store) SnapshotIfDue(now time.Time) (path string, err error) {
	if _, err := os.Stat(SnapshotPath(s.path, now)); err == nil {
		return "", nil
	}
	return s.Snapshot(now)
}

// Snapshot writes a consistent copy of the store, taken in a read
// transaction while writers go on, to SnapshotPath(now), replacing a
// snapshot of the same day, and removes all but the newest KeepSnapshots.
// The copy is verified before it takes the name, so a damaged store never
// pushes a good snapshot out.
func (s *Store) Snapshot(now time.Time) (path string, err error) {
	path = SnapshotPath(s.path, now)
	tmp, err := s.writeCopy(filepath.Dir(path), filepath.Base(path)+".tmp-*")
	if err != nil {
		return "", fmt.Errorf("snapshot %s: %w", path, err)
	}
	defer os.Remove(tmp) // after a successful rename, a no-op
	if _, err := Verify(tmp); err != nil {
		return "", fmt.Errorf("snapshot %s: copy does not verify, not kept: %w", path, err)
	}
	if err := renameSync(tmp, path); err != nil {
		return "", fmt.Errorf("snapshot %s: %w", path, err)
	}
	if err := pruneSnapshots(s.path, KeepSnapshots); err != nil {
		return path, err
	}
	return path, nil
}

// writeCopy writes the store to a new temporary file in dir, synced.
func (s *Store) writeCopy(dir, pattern string) (string, error) {
	f, err := os.CreateTemp(dir, pattern)
	if err != nil {
		return "", err
	}
	err = s.view(func(tx *bbolt.Tx) error {
		_, err := tx.WriteTo(f)
		return err
	})
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		_ = os.Remove(f.Name())
		return "", err
	}
	return f.Name(), nil
}

// renameSync renames from to to and syncs the directory, so the new name
// survives a crash.
func renameSync(from, to string) error {
	if err := os.Rename(from, to); err != nil {
		return err
	}
	d, err := os.Open(filepath.Dir(to))
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", filepath.Dir(to), err)
	}
	return nil
}

// staleTemp is the age after which a snapshot's temporary file is taken
// for the leftover of a crashed snapshot.
const staleTemp = time.Hour

// pruneSnapshots removes all but the newest keep snapshots of db, and
// leftovers of snapshots interrupted by a crash.
func pruneSnapshots(db string, keep int) error {
	removeStaleTemps(db)
	all, err := Snapshots(db)
	if err != nil {
		return err
	}
	for _, old := range all[min(keep, len(all)):] {
		if err := os.Remove(old); err != nil {
			return fmt.Errorf("remove old snapshot: %w", err)
		}
	}
	return nil
}

// removeStaleTemps removes <db>.snapshot-*.tmp-* files older than
// staleTemp (best effort: a leftover only costs disk).
func removeStaleTemps(db string) {
	temps, _ := filepath.Glob(globEscape(db) + snapshotInfix + "*.tmp-*")
	for _, p := range temps {
		if fi, err := os.Stat(p); err == nil && time.Since(fi.ModTime()) > staleTemp {
			_ = os.Remove(p)
		}
	}
}
