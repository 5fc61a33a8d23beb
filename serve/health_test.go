package serve

import (
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestHealthTransitions(t *testing.T) {
	fx := newFixture(t)
	t0 := time.Date(2025, 3, 14, 8, 0, 0, 0, time.UTC)
	var mu sync.Mutex
	now := t0
	feeds := []FeedHealth{
		{Name: "en", StaleAfter: time.Hour},
		{Name: "az", StaleAfter: 0, LastSuccess: t0.Add(-48 * time.Hour)}, // never stale
	}
	h := fx.handler(t, func(o *Options) {
		o.Started = t0
		o.Now = func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
		o.Health = func() ([]FeedHealth, error) {
			mu.Lock()
			defer mu.Unlock()
			return append([]FeedHealth(nil), feeds...), nil
		}
	})
	steps := []struct {
		name        string
		at          time.Duration // since t0
		lastSuccess time.Duration // since t0; -1: never
		code        int
		status      string
		enStale     bool
	}{
		{"never succeeded, within grace of start", 30 * time.Minute, -1, 200, "ok", false},
		{"never succeeded, too long since start", 61 * time.Minute, -1, 503, "stale", true},
		{"first success", 62 * time.Minute, 62 * time.Minute, 200, "ok", false},
		{"exactly StaleAfter later", 122 * time.Minute, 62 * time.Minute, 200, "ok", false},
		{"success too old", 123 * time.Minute, 62 * time.Minute, 503, "stale", true},
		{"recovered", 124 * time.Minute, 124 * time.Minute, 200, "ok", false},
	}
	for _, st := range steps {
		mu.Lock()
		now = t0.Add(st.at)
		feeds[0].LastSuccess = time.Time{}
		if st.lastSuccess >= 0 {
			feeds[0].LastSuccess = t0.Add(st.lastSuccess)
		}
		mu.Unlock()
		w := do(h, http.MethodGet, "/healthz", nil)
		if w.Code != st.code {
			t.Errorf("%s: status %d, want %d", st.name, w.Code, st.code)
		}
		if w.Header().Get("Cache-Control") != "no-store" || w.Header().Get("Content-Type") != "application/json" {
			t.Errorf("%s: headers %v", st.name, w.Header())
		}
		var body struct {
			Status string
			Feeds  []map[string]any
		}
		if err := json.Unmarshal(w.Body.Bytes(), &body); err != nil {
			t.Fatalf("%s: %v in %s", st.name, err, w.Body)
		}
		if body.Status != st.status || len(body.Feeds) != 2 {
			t.Fatalf("%s: body %s", st.name, w.Body)
		}
		if body.Feeds[0]["stale"] != st.enStale || body.Feeds[1]["stale"] != false {
			t.Errorf("%s: stale flags %v %v, want %v false", st.name, body.Feeds[0]["stale"], body.Feeds[1]["stale"], st.enStale)
		}
		if _, ok := body.Feeds[0]["last_success"]; ok != (st.lastSuccess >= 0) {
			t.Errorf("%s: last_success present = %v; body %s", st.name, ok, w.Body)
		}
	}
}

// A feed that never succeeded is unhealthy from its first failed run, not
// only once StaleAfter has passed since start; one that succeeded once
// keeps its StaleAfter grace after a failure.
func TestHealthNeverSucceededFailsAtOnce(t *testing.T) {
	fx := newFixture(t)
	t0 := time.Date(2025, 3, 14, 8, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		f    FeedHealth
		code int
	}{
		{"never ran", FeedHealth{Name: "en", StaleAfter: time.Hour}, 200},
		{"first run failed", FeedHealth{Name: "en", StaleAfter: time.Hour, LastError: "list page: 503",
			LastErrorAt: t0.Add(time.Minute), ConsecutiveFailures: 1}, 503},
		{"first run failed, no stale_after", FeedHealth{Name: "en", LastError: "job panicked",
			LastErrorAt: t0.Add(time.Minute), ConsecutiveFailures: 1}, 503},
		{"failed after a success", FeedHealth{Name: "en", StaleAfter: time.Hour, LastSuccess: t0.Add(-time.Minute),
			LastError: "list page: 503", LastErrorAt: t0.Add(time.Minute), ConsecutiveFailures: 1}, 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := fx.handler(t, func(o *Options) {
				o.Started = t0
				o.Now = func() time.Time { return t0.Add(2 * time.Minute) }
				o.Health = func() ([]FeedHealth, error) { return []FeedHealth{tt.f}, nil }
			})
			w := do(h, http.MethodGet, "/healthz", nil)
			if w.Code != tt.code {
				t.Errorf("status %d, want %d: %s", w.Code, tt.code, w.Body)
			}
			if want := tt.code != 200; strings.Contains(w.Body.String(), `"stale":true`) != want {
				t.Errorf("stale flag should be %v: %s", want, w.Body)
			}
		})
	}
}

func TestHealthJSONShape(t *testing.T) {
	fx := newFixture(t)
	at := time.Date(2025, 3, 14, 8, 0, 0, 0, time.UTC)
	h := fx.handler(t, func(o *Options) {
		o.Now = func() time.Time { return at }
		o.Health = func() ([]FeedHealth, error) {
			return []FeedHealth{{Name: "ru", LastSuccess: at, LastError: "list page: 503", LastErrorAt: at, ConsecutiveFailures: 2, Items: 17}}, nil
		}
	})
	w := do(h, http.MethodGet, "/healthz", nil)
	want := `{"status":"ok","feeds":[{"name":"ru","last_success":"2025-03-14T08:00:00Z","last_error":"list page: 503",` +
		`"last_error_at":"2025-03-14T08:00:00Z","consecutive_failures":2,"items":17,"stale":false}]}`
	if got := strings.TrimSpace(w.Body.String()); got != want {
		t.Errorf("body\n%s\nwant\n%s", got, want)
	}
}

func TestHealthEdgeCases(t *testing.T) {
	fx := newFixture(t)
	tests := []struct {
		name   string
		health func() ([]FeedHealth, error)
		code   int
		body   string
	}{
		{"no source", nil, 200, `{"status":"ok","feeds":[]}`},
		{"no feeds", func() ([]FeedHealth, error) { return nil, nil }, 200, `{"status":"ok","feeds":[]}`},
		{"source fails", func() ([]FeedHealth, error) { return nil, errors.New("db locked") }, 503, `{"status":"error","error":"db locked","feeds":[]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := do(fx.handler(t, func(o *Options) { o.Health = tt.health }), http.MethodGet, "/healthz", nil)
			if w.Code != tt.code || strings.TrimSpace(w.Body.String()) != tt.body {
				t.Errorf("got %d %s, want %d %s", w.Code, w.Body, tt.code, tt.body)
			}
		})
	}
}
