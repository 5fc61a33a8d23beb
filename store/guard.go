package store

import (
	"fmt"
	"runtime/debug"

	"go.etcd.io/bbolt"
)

// view runs fn in a read transaction; a panic or memory fault inside bbolt
// (a corrupt page) becomes an error wrapping ErrDamaged.
func (s *Store) view(fn func(*bbolt.Tx) error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer recoverDamage(s.path, &err)
	return s.db.View(fn)
}

// update runs fn in a write transaction, like view. bbolt rolls the
// transaction back while the panic unwinds, so nothing half-written lands.
func (s *Store) update(fn func(*bbolt.Tx) error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer recoverDamage(s.path, &err)
	return s.db.Update(fn)
}

// recoverDamage turns a recovered panic into ErrDamaged in *errp. bbolt
// panics on pages that are not what their parent says ("assertion failed:
// Page expected to be ..."); SetPanicOnFault makes a read of a bad mapped
// address a panic too instead of a crash.
func recoverDamage(path string, errp *error) {
	if r := recover(); r != nil {
		*errp = fmt.Errorf("store %s: %w: bbolt: %v; %s", path, ErrDamaged, r, damagedHint)
	}
}
