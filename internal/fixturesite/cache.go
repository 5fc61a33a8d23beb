package fixturesite

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
)

// cache keeps served files in memory by their path relative to the root.
// Only files that exist are kept: a missing file is looked for again on
// every request, so a file created later is served at once.
type cache struct {
	// files is swapped for an empty map by Forget, so that a load that
	// began before Forget stores its file into the dropped map, not into
	// the new one.
	files atomic.Pointer[sync.Map] // rel -> *file
}

func newCache() *cache {
	c := &cache{}
	c.files.Store(new(sync.Map))
	return c
}

// WithFrozenCache keeps every file served in memory and serves it from
// there without looking at the disk again until Forget is called: the
// cheapest mode, for a caller that changes the site's files only in places
// it controls and calls Forget after each change. Files not yet cached,
// missing ones included, are still looked up on disk.
func WithFrozenCache() Option {
	return func(s *Server) { s.cache = newCache() }
}

// Forget drops every cached file, so that the next request for each reads
// the disk. It does nothing without a cache.
func (s *Server) Forget() {
	if s.cache != nil {
		s.cache.files.Store(new(sync.Map))
	}
}

// Preload reads every servable file below the root into the cache, so
// that no request pays for the first read. Hidden files and directories
// (a name starting with a dot), which the Server never serves, are
// skipped. It does nothing without a cache.
func (s *Server) Preload() error {
	if s.cache == nil {
		return nil
	}
	if s.rootErr != nil {
		return fmt.Errorf("site root: %w", s.rootErr)
	}
	files := s.cache.files.Load()
	err := filepath.WalkDir(s.root, func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if name != s.root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() {
			return nil
		}
		rel, err := filepath.Rel(s.root, name)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		f, err := s.load(rel)
		if errors.Is(err, fs.ErrNotExist) {
			return nil // removed meanwhile
		}
		if err != nil {
			return err
		}
		files.Store(rel, f)
		return nil
	})
	if err != nil {
		return fmt.Errorf("preload %s: %w", s.root, err)
	}
	return nil
}

// cached returns the file at rel from the cache, reading it on a miss.
func (s *Server) cached(rel string) (*file, error) {
	files := s.cache.files.Load()
	if v, ok := files.Load(rel); ok {
		return v.(*file), nil
	}
	f, err := s.load(rel)
	if err != nil {
		return nil, err
	}
	files.Store(rel, f)
	return f, nil
}
