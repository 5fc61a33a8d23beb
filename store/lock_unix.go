//go:build unix

package store

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// lockExclusive takes the same flock bbolt takes on the file, without
// waiting; ErrLocked when a sitefeed process holds it.
func lockExclusive(path string) (unlock func(), err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		_ = f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("%s: %w (stop sitefeed serve or scrape first)", path, ErrLocked)
		}
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	return func() { _ = f.Close() }, nil
}
