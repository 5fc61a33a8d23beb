package fixturesite

import (
	"errors"
	"fmt"
	"html"
	"io/fs"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Server serves a directory laid out like testdata/site as if it were
// migration.gov.az. The Host header is ignored. It is safe for concurrent
// use.
type Server struct {
	root string
	log  *slog.Logger
	now  func() time.Time

	mu       sync.Mutex
	requests []Request
}

// Request is one request the Server received, as logged.
type Request struct {
	Method          string
	URL             string // path and query, as sent
	Host            string
	UserAgent       string
	IfNoneMatch     string
	IfModifiedSince string
	Status          int
	At              time.Time
}

// Option configures a Server.
type Option func(*Server)

// WithLogger logs every request at info level to l.
func WithLogger(l *slog.Logger) Option {
	return func(s *Server) { s.log = l }
}

// New returns a Server for the site directory root.
func New(root string, opts ...Option) *Server {
	s := &Server{root: root, now: time.Now}
	for _, o := range opts {
		o(s)
	}
	return s
}

// Requests returns a copy of the log of requests received so far.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Request, len(s.requests))
	copy(out, s.requests)
	return out
}

// Reset clears the request log.
func (s *Server) Reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests = nil
}

// ServeHTTP answers GET and HEAD from the site directory.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	status := s.serve(w, r)
	s.record(r, status)
}

func (s *Server) record(r *http.Request, status int) {
	req := Request{
		Method:          r.Method,
		URL:             r.URL.RequestURI(),
		Host:            r.Host,
		UserAgent:       r.UserAgent(),
		IfNoneMatch:     r.Header.Get("If-None-Match"),
		IfModifiedSince: r.Header.Get("If-Modified-Since"),
		Status:          status,
		At:              s.now(),
	}
	s.mu.Lock()
	s.requests = append(s.requests, req)
	s.mu.Unlock()
	if s.log != nil {
		s.log.Info("request", "method", req.Method, "url", req.URL, "status", req.Status,
			"user_agent", req.UserAgent)
	}
}

// serve writes the response and returns its status.
func (s *Server) serve(w http.ResponseWriter, r *http.Request) int {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		return writeError(w, http.StatusMethodNotAllowed)
	}
	rel, err := resolve(r.URL.Path, r.URL.RawQuery)
	switch {
	case errors.Is(err, errTraversal):
		return writeError(w, http.StatusBadRequest)
	case err != nil:
		return writeError(w, http.StatusNotFound)
	}
	body, mtime, err := s.readFile(rel)
	if errors.Is(err, fs.ErrNotExist) {
		return writeError(w, http.StatusNotFound)
	}
	if err != nil {
		return writeError(w, http.StatusInternalServerError)
	}
	return writeFile(w, r, rel, body, mtime)
}

// readFile reads a regular file below the root; directories count as
// missing.
func (s *Server) readFile(rel string) ([]byte, time.Time, error) {
	root, err := filepath.Abs(s.root)
	if err != nil {
		return nil, time.Time{}, fmt.Errorf("site root: %w", err)
	}
	name := filepath.Join(root, filepath.FromSlash(rel))
	if !strings.HasPrefix(name, root+string(filepath.Separator)) {
		return nil, time.Time{}, fs.ErrNotExist
	}
	info, err := os.Stat(name)
	if err != nil {
		return nil, time.Time{}, err
	}
	if !info.Mode().IsRegular() {
		return nil, time.Time{}, fs.ErrNotExist
	}
	body, err := os.ReadFile(name)
	if err != nil {
		return nil, time.Time{}, err
	}
	return body, info.ModTime(), nil
}

func writeFile(w http.ResponseWriter, r *http.Request, rel string, body []byte, mtime time.Time) int {
	etag := etagOf(body)
	h := w.Header()
	h.Set("ETag", etag)
	h.Set("Last-Modified", mtime.UTC().Format(http.TimeFormat))
	if notModified(r.Header, etag, mtime) {
		w.WriteHeader(http.StatusNotModified)
		return http.StatusNotModified
	}
	h.Set("Content-Type", contentType(rel))
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method == http.MethodGet {
		_, _ = w.Write(body)
	}
	return http.StatusOK
}

// writeError writes a small HTML error page.
func writeError(w http.ResponseWriter, status int) int {
	text := html.EscapeString(http.StatusText(status))
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_, _ = fmt.Fprintf(w, "<!DOCTYPE html>\n<html><head><title>%d %s</title></head>"+
		"<body><h1>%d %s</h1><p>Dövlət Miqrasiya Xidməti</p></body></html>\n", status, text, status, text)
	return status
}
