package store

import (
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"time"

	"go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// Errors callers branch on; the returned errors wrap them with the path.
var (
	ErrLocked      = errors.New("store is locked by another sitefeed process")
	ErrNotStore    = errors.New("file is not a sitefeed store")
	ErrNewerSchema = errors.New("store was written by a newer sitefeed")
)

// defaultLockTimeout is how long Open waits for the file lock by default.
const defaultLockTimeout = time.Second

// initialMmapSize maps this much of the file from the start (address space,
// not memory). Below it, a growing file needs no remap: a remap copies every
// dirty node out of the map (it halved Merge6000's allocations) and waits
// for all open read transactions, so serve's readers would stall a scrape's
// commit. Not on Windows, where bbolt grows the file itself to this size.
const initialMmapSize = 256 << 20

// Options tunes Open.
type Options struct {
	// LockTimeout is how long Open waits for the file lock (default 1s)
	// before it gives up with ErrLocked.
	LockTimeout time.Duration
	// ReadOnly opens with a shared lock, for `check` and inspection: many
	// readers may share the file, but not with a writer.
	ReadOnly bool
}

// Store is an open item store. It is safe for concurrent use.
type Store struct {
	db   *bbolt.DB
	path string
}

// Open opens the store at path, creating and initialising it when the file
// is missing (unless ReadOnly), and migrating an older schema. An existing
// file is checked before bbolt maps it: one that is empty, truncated or
// whose meta pages are corrupt is refused with ErrDamaged (a file that is
// not bbolt at all with ErrNotStore), and never modified.
func Open(path string, opts Options) (*Store, error) {
	return open(path, opts, migrations)
}

// open is Open with an injectable migration table, for tests.
func open(path string, opts Options, steps []func(*bbolt.Tx) error) (*Store, error) {
	if _, err := preflight(path); err != nil {
		return nil, err
	}
	db, err := openBolt(path, opts)
	if err != nil {
		return nil, openError(path, err)
	}
	if err := guardedPrepare(db, path, opts.ReadOnly, steps); err != nil {
		_ = db.Close()
		if errors.Is(err, ErrDamaged) {
			return nil, err // names the path already
		}
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return &Store{db: db, path: path}, nil
}

// openBolt is bbolt.Open with its panics on a corrupt freelist or meta
// turned into ErrDamaged.
func openBolt(path string, opts Options) (db *bbolt.DB, err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer recoverDamage(path, &err)
	return bbolt.Open(path, 0o600, boltOptions(opts))
}

// guardedPrepare is prepare with bbolt's panics turned into ErrDamaged.
func guardedPrepare(db *bbolt.DB, path string, readOnly bool, steps []func(*bbolt.Tx) error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer recoverDamage(path, &err)
	return prepare(db, readOnly, steps)
}

func boltOptions(opts Options) *bbolt.Options {
	timeout := opts.LockTimeout
	if timeout <= 0 {
		timeout = defaultLockTimeout
	}
	o := &bbolt.Options{
		Timeout:  timeout,
		ReadOnly: opts.ReadOnly,
		// The hashmap freelist stays fast when a long-lived file fragments.
		// The freelist is still synced (NoFreelistSync measured no clear
		// gain here and makes every Open rescan the whole file).
		FreelistType: bbolt.FreelistMapType,
	}
	if runtime.GOOS != "windows" {
		o.InitialMmapSize = initialMmapSize
	}
	return o
}

// openError turns bbolt's open errors into the package's sentinels.
func openError(path string, err error) error {
	switch {
	case errors.Is(err, ErrDamaged):
		return err
	case errors.Is(err, berrors.ErrTimeout):
		return fmt.Errorf("open store %s: %w (is another sitefeed scrape or serve running?)", path, ErrLocked)
	case errors.Is(err, berrors.ErrInvalid),
		errors.Is(err, berrors.ErrChecksum),
		errors.Is(err, berrors.ErrVersionMismatch):
		return fmt.Errorf("open store %s: %w: %w", path, ErrNotStore, err)
	}
	return fmt.Errorf("open store %s: %w", path, err)
}

// Close releases the file and its lock.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close store %s: %w", s.path, err)
	}
	return nil
}

// Path is the file the store was opened from.
func (s *Store) Path() string { return s.path }
