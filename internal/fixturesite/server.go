package fixturesite

import (
	"errors"
	"fmt"
	"html"
	"io/fs"
	"log/slog"
	"net/http"
	"path/filepath"
	"time"

	"sitefeed/conditional"
)

// Server serves a directory laid out like testdata/site as if it were
// migration.gov.az. The Host header is ignored. It is safe for concurrent
// use.
type Server struct {
	root    string // absolute, unless rootErr
	rootErr error  // why root could not be made absolute
	log     *slog.Logger
	now     func() time.Time
	cache   *cache // nil: every request reads the disk
	reqs    requestLog
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
	s := &Server{now: time.Now}
	s.root, s.rootErr = filepath.Abs(root)
	for _, o := range opts {
		o(s)
	}
	return s
}

// Requests returns a copy of the log of requests received so far.
func (s *Server) Requests() []Request { return s.reqs.all() }

// Reset clears the request log.
func (s *Server) Reset() { s.reqs.reset() }

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
	s.reqs.add(req)
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
	f, err := s.file(rel)
	if errors.Is(err, fs.ErrNotExist) {
		return writeError(w, http.StatusNotFound)
	}
	if err != nil {
		return writeError(w, http.StatusInternalServerError)
	}
	return writeFile(w, r, f)
}

// file returns the file at rel, from the cache if the Server keeps one.
func (s *Server) file(rel string) (*file, error) {
	if s.cache == nil {
		return s.load(rel)
	}
	return s.cached(rel)
}

func writeFile(w http.ResponseWriter, r *http.Request, f *file) int {
	h := w.Header()
	h.Set("ETag", f.etag)
	h.Set("Last-Modified", f.lastModified)
	if conditional.NotModified(r, f.etag, f.mtime) {
		w.WriteHeader(http.StatusNotModified)
		return http.StatusNotModified
	}
	h.Set("Content-Type", f.contentType)
	h.Set("Content-Length", f.length)
	w.WriteHeader(http.StatusOK)
	if r.Method == http.MethodGet {
		_, _ = w.Write(f.body)
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
