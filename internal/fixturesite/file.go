package fixturesite

import (
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// file is one servable file with the response headers derived from it,
// computed once so that a cached file costs nothing more per request.
type file struct {
	body         []byte
	mtime        time.Time // as stat saw it before the read
	etag         string
	lastModified string
	contentType  string
	length       string // Content-Length
}

// newFile derives the headers of the file rel from its body and the
// FileInfo of the stat that preceded the read.
func newFile(rel string, body []byte, info fs.FileInfo) *file {
	return &file{
		body:         body,
		mtime:        info.ModTime(),
		etag:         etagOf(body),
		lastModified: info.ModTime().UTC().Format(http.TimeFormat),
		contentType:  contentType(rel),
		length:       strconv.Itoa(len(body)),
	}
}

// load reads a regular file below the root; directories count as missing.
func (s *Server) load(rel string) (*file, error) {
	name, err := s.path(rel)
	if err != nil {
		return nil, err
	}
	info, err := os.Stat(name)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, fs.ErrNotExist
	}
	body, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	return newFile(rel, body, info), nil
}

// path is the file name of rel below the root.
func (s *Server) path(rel string) (string, error) {
	if s.rootErr != nil {
		return "", fmt.Errorf("site root: %w", s.rootErr)
	}
	name := filepath.Join(s.root, filepath.FromSlash(rel))
	if !strings.HasPrefix(name, s.root+string(filepath.Separator)) {
		return "", fs.ErrNotExist
	}
	return name, nil
}
