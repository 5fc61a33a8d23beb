package scraper

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"sitefeed/conditional"
)

// server is a test site: handlers by request URI, and a log of them.
type server struct {
	mu    sync.Mutex
	log   []string
	pages map[string]http.HandlerFunc
	srv   *httptest.Server
}

func newServer(t *testing.T, pages map[string]http.HandlerFunc) *server {
	s := &server{pages: pages}
	if _, ok := pages["/robots.txt"]; !ok {
		pages["/robots.txt"] = text("User-agent: *\nDisallow: /private/\n")
	}
	s.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.log = append(s.log, r.URL.RequestURI())
		h := s.pages[r.URL.RequestURI()]
		s.mu.Unlock()
		if h == nil {
			http.NotFound(w, r)
			return
		}
		h(w, r)
	}))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *server) count(uri string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, l := range s.log {
		if l == uri {
			n++
		}
	}
	return n
}

func text(body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte(body)) }
}

// memCache is a RobotsCache in memory.
type memCache struct {
	mu sync.Mutex
	m  map[string][]byte
}

func (c *memCache) RobotsTxt(h string) ([]byte, bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	b, ok := c.m[h]
	return b, ok, nil
}

func (c *memCache) SetRobotsTxt(h string, b []byte) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[h] = b
	return nil
}

// fetcher builds a Fetcher for example.org sent to s, recording waits.
func fetcher(t *testing.T, s *server, tweak func(*Options)) (*Fetcher, *[]time.Duration) {
	t.Helper()
	origin, _ := url.Parse(s.srv.URL)
	var waits []time.Duration
	var mu sync.Mutex
	o := Options{UserAgent: "sitefeed/test (+https://example.org/contact)", Hosts: []string{"example.org", "www.example.org"},
		Origin: origin, Timeout: 2 * time.Second, Parallelism: 1, MaxBodySize: 1 << 20, Retries: 2,
		RetryMaxWait: 10 * time.Second, RetryBase: time.Millisecond,
		Sleep: func(_ context.Context, d time.Duration) error {
			mu.Lock()
			defer mu.Unlock()
			waits = append(waits, d)
			return nil
		}}
	if tweak != nil {
		tweak(&o)
	}
	f, err := New(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(f.Close)
	return f, &waits
}

func get(f *Fetcher, rawURL string, v conditional.Validators, budget int) (*Response, Counts, error) {
	sess := f.Session(context.Background(), "test", budget)
	defer sess.Close()
	resp, err := sess.Get(rawURL, v)
	return resp, sess.Counts(), err
}

func TestFetcherOnItsOwn(t *testing.T) {
	big := strings.Repeat("x", 2<<20)
	tests := []struct {
		name       string
		pages      map[string]http.HandlerFunc
		url        string
		v          conditional.Validators
		budget     int
		wantStatus int
		wantErr    error
		wantCount  map[string]int // requests per URI at the server
		wantWaits  time.Duration  // at least this long one wait
	}{
		{name: "plain 200", url: "https://example.org/a", budget: 5, wantStatus: 200,
			pages: map[string]http.HandlerFunc{"/a": text("<p>a</p>")}, wantCount: map[string]int{"/a": 1}},
		{name: "robots.txt disallows: no request", url: "https://example.org/private/x", budget: 5, wantErr: ErrRobots,
			pages: map[string]http.HandlerFunc{"/private/x": text("secret")}, wantCount: map[string]int{"/private/x": 0}},
		{name: "503 with Retry-After, then 200", url: "https://example.org/busy", budget: 5, wantStatus: 200,
			pages:     map[string]http.HandlerFunc{"/busy": flaky(1, http.StatusServiceUnavailable, "3")},
			wantCount: map[string]int{"/busy": 2}, wantWaits: 3 * time.Second},
		{name: "500 on every try", url: "https://example.org/down", budget: 5, wantErr: ErrHTTPStatus,
			pages: map[string]http.HandlerFunc{"/down": flaky(99, http.StatusInternalServerError, "")}, wantCount: map[string]int{"/down": 3}},
		{name: "404 is not retried", url: "https://example.org/gone", budget: 5, wantErr: ErrHTTPStatus, wantCount: map[string]int{"/gone": 1},
			pages: map[string]http.HandlerFunc{}},
		{name: "body over the limit", url: "https://example.org/big", budget: 5, wantErr: ErrTooLarge,
			pages: map[string]http.HandlerFunc{"/big": text(big)}, wantCount: map[string]int{"/big": 1}},
		{name: "empty 200", url: "https://example.org/empty", budget: 5, wantErr: ErrEmptyBody,
			pages: map[string]http.HandlerFunc{"/empty": text("  \n")}},
		{name: "redirect to another host refused", url: "https://example.org/away", budget: 5, wantErr: errAny,
			pages: map[string]http.HandlerFunc{"/away": redirect("https://elsewhere.example/x")}, wantCount: map[string]int{"/away": 1}},
		{name: "budget", url: "https://example.org/a", budget: 0, wantErr: ErrRequestBudget,
			pages: map[string]http.HandlerFunc{"/a": text("a")}, wantCount: map[string]int{"/a": 0}},
		{name: "validators sent: 304", url: "https://example.org/same", budget: 5, wantStatus: 304,
			v:     conditional.Validators{ETag: `"v1"`},
			pages: map[string]http.HandlerFunc{"/same": etag(`"v1"`)}, wantCount: map[string]int{"/same": 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newServer(t, tt.pages)
			f, waits := fetcher(t, s, func(o *Options) { o.MaxBodySize = 1 << 20 })
			resp, counts, err := get(f, tt.url, tt.v, tt.budget)
			switch {
			case tt.wantErr == errAny && err == nil:
				t.Fatalf("err = nil, want an error")
			case tt.wantErr != nil && tt.wantErr != errAny && !errors.Is(err, tt.wantErr):
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			case tt.wantErr == nil && err != nil:
				t.Fatalf("err = %v", err)
			}
			if tt.wantStatus != 0 && (resp == nil || resp.Status != tt.wantStatus) {
				t.Fatalf("response %+v, want status %d", resp, tt.wantStatus)
			}
			for uri, n := range tt.wantCount {
				if got := s.count(uri); got != n {
					t.Errorf("%s requested %d times, want %d", uri, got, n)
				}
			}
			if tt.wantStatus == 304 && counts.NotModified != 1 {
				t.Errorf("counts %+v, want one 304", counts)
			}
			if tt.wantWaits > 0 && (len(*waits) == 0 || (*waits)[0] < tt.wantWaits) {
				t.Errorf("waits %v, want one of at least %v (Retry-After)", *waits, tt.wantWaits)
			}
		})
	}
}

var errAny = errors.New("any error")

func flaky(failures int, status int, retryAfter string) http.HandlerFunc {
	var mu sync.Mutex
	n := 0
	return func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		n++
		fail := n <= failures
		mu.Unlock()
		if fail {
			if retryAfter != "" {
				w.Header().Set("Retry-After", retryAfter)
			}
			w.WriteHeader(status)
			return
		}
		_, _ = w.Write([]byte("<p>ok</p>"))
	}
}

func redirect(to string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, to, http.StatusFound) }
}

func etag(tag string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", tag)
		if r.Header.Get("If-None-Match") == tag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		_, _ = w.Write([]byte("<p>body</p>"))
	}
}

// A redirect within the site's hosts is followed, and the response's URL
// is the site's URL it ended at (not the mirror's), for relative links.
func TestRedirectKeepsSiteURL(t *testing.T) {
	s := newServer(t, map[string]http.HandlerFunc{
		"/old": func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "/new/", http.StatusMovedPermanently)
		},
		"/new/": text("<p>new</p>"),
	})
	f, _ := fetcher(t, s, nil)
	resp, _, err := get(f, "https://example.org/old", conditional.Validators{}, 5)
	if err != nil {
		t.Fatal(err)
	}
	if resp.URL != "https://example.org/new/" {
		t.Errorf("URL = %q, want https://example.org/new/", resp.URL)
	}
}

// Validators come back from the response, stamped with the clock.
func TestResponseValidators(t *testing.T) {
	now := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	s := newServer(t, map[string]http.HandlerFunc{"/e": etag(`"e1"`)})
	f, _ := fetcher(t, s, func(o *Options) { o.Now = func() time.Time { return now } })
	resp, _, err := get(f, "https://example.org/e", conditional.Validators{}, 5)
	if err != nil {
		t.Fatal(err)
	}
	if want := (conditional.Validators{ETag: `"e1"`, Checked: now}); resp.Validators != want {
		t.Errorf("Validators = %+v, want %+v", resp.Validators, want)
	}
}

// robots.txt is fetched once and then read from the cache by the next
// run's Fetcher; its requests are charged to the first session.
func TestRobotsCached(t *testing.T) {
	s := newServer(t, map[string]http.HandlerFunc{"/a": text("a")})
	cache := &memCache{m: map[string][]byte{}}
	for run := 0; run < 2; run++ {
		f, _ := fetcher(t, s, func(o *Options) { o.Robots = cache })
		_, counts, err := get(f, "https://example.org/a", conditional.Validators{}, 5)
		if err != nil {
			t.Fatal(err)
		}
		if want := 2 - run; counts.Requests != want {
			t.Errorf("run %d: %d requests counted, want %d", run, counts.Requests, want)
		}
	}
	if n := s.count("/robots.txt"); n != 1 {
		t.Errorf("robots.txt fetched %d times, want 1", n)
	}
}

// The User-Agent is the one configured, on robots.txt and pages alike.
func TestUserAgent(t *testing.T) {
	var mu sync.Mutex
	var agents []string
	rec := func(h http.HandlerFunc) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			mu.Lock()
			agents = append(agents, r.UserAgent())
			mu.Unlock()
			h(w, r)
		}
	}
	s := newServer(t, map[string]http.HandlerFunc{"/robots.txt": rec(text("")), "/a": rec(text("a"))})
	f, _ := fetcher(t, s, nil)
	if _, _, err := get(f, "https://example.org/a", conditional.Validators{}, 5); err != nil {
		t.Fatal(err)
	}
	if len(agents) != 2 {
		t.Fatalf("agents %q, want 2", agents)
	}
	for _, a := range agents {
		if a != "sitefeed/test (+https://example.org/contact)" {
			t.Errorf("User-Agent %q", a)
		}
	}
	if got := UserAgent("sitefeed/{version} (+u)", "1.2"); got != "sitefeed/1.2 (+u)" {
		t.Errorf("UserAgent = %q", got)
	}
}

// robots.txt: a transient 503 is retried; while it stays unreachable a
// stored copy is used whatever its age; with no copy the host is
// unavailable, and the message names the real cause (issue 12, item 5).
func TestRobotsTransientFailures(t *testing.T) {
	t.Run("503 once, then 200", func(t *testing.T) {
		s := newServer(t, map[string]http.HandlerFunc{"/robots.txt": flaky(1, http.StatusServiceUnavailable, ""), "/a": text("a")})
		f, _ := fetcher(t, s, nil)
		if _, _, err := get(f, "https://example.org/a", conditional.Validators{}, 5); err != nil {
			t.Fatalf("get: %v", err)
		}
		if n := s.count("/robots.txt"); n != 2 {
			t.Errorf("robots.txt fetched %d times, want 2", n)
		}
	})
	t.Run("503 stays, stale stored copy used", func(t *testing.T) {
		s := newServer(t, map[string]http.HandlerFunc{"/robots.txt": flaky(99, http.StatusServiceUnavailable, ""), "/a": text("a"), "/private/x": text("x")})
		old := time.Now().Add(-30 * 24 * time.Hour).UTC().Format(time.RFC3339)
		cache := &memCache{m: map[string][]byte{"example.org": []byte(`{"status":200,"body":"User-agent: *\nDisallow: /private/\n","fetched":"` + old + `"}`)}}
		f, _ := fetcher(t, s, func(o *Options) { o.Robots = cache })
		if _, _, err := get(f, "https://example.org/a", conditional.Validators{}, 5); err != nil {
			t.Errorf("allowed page: %v", err)
		}
		if _, _, err := get(f, "https://example.org/private/x", conditional.Validators{}, 5); !errors.Is(err, ErrRobots) {
			t.Errorf("disallowed page: %v, want ErrRobots from the stored copy", err)
		}
	})
	t.Run("DNS failure, no copy", func(t *testing.T) {
		s := newServer(t, map[string]http.HandlerFunc{})
		dns := roundTripFunc(func(r *http.Request) (*http.Response, error) {
			return nil, &net.DNSError{Err: "no such host", Name: r.URL.Hostname(), IsNotFound: true}
		})
		f, _ := fetcher(t, s, func(o *Options) { o.Transport, o.Origin = dns, nil })
		_, _, err := get(f, "https://example.org/a", conditional.Validators{}, 5)
		if !errors.Is(err, ErrRobotsUnavailable) || errors.Is(err, ErrRobots) || !strings.Contains(err.Error(), "DNS lookup of example.org failed") {
			t.Errorf("err = %v, want robots.txt unavailable naming the DNS failure", err)
		}
	})
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }
