//go:build !unix

package store

// lockExclusive is a no-op where bbolt's lock is not a flock (Windows):
// there the open store's file cannot be renamed anyway.
func lockExclusive(string) (unlock func(), err error) { return func() {}, nil }
