package serve

import (
	"encoding/json"
	"net/http"
	"testing"
	"time"
)

// A feed whose site asked (Retry-After) to wait is healthy, and /healthz
// says "deferred" with the time; once that time has passed it says "ok".
func TestHealthDeferred(t *testing.T) {
	fx := newFixture(t)
	t0 := time.Date(2025, 3, 14, 8, 0, 0, 0, time.UTC)
	until := t0.Add(time.Hour)
	for _, tt := range []struct {
		now    time.Time
		status string
	}{{t0, "deferred"}, {until.Add(time.Second), "ok"}} {
		h := fx.handler(t, func(o *Options) {
			o.Started = t0
			o.Now = func() time.Time { return tt.now }
			o.Health = func() ([]FeedHealth, error) {
				return []FeedHealth{{Name: "en", LastSuccess: t0, StaleAfter: 3 * time.Hour, DeferredUntil: until}}, nil
			}
		})
		w := do(h, http.MethodGet, "/healthz", nil)
		var body struct {
			Status string `json:"status"`
			Feeds  []struct {
				DeferredUntil time.Time `json:"deferred_until"`
			} `json:"feeds"`
		}
		if err := json.Unmarshal(w.Body.Bytes(), &body); err != nil {
			t.Fatal(err)
		}
		if w.Code != http.StatusOK || body.Status != tt.status || !body.Feeds[0].DeferredUntil.Equal(until) {
			t.Errorf("at %v: %d %s, want 200 %q with deferred_until %v", tt.now, w.Code, w.Body, tt.status, until)
		}
	}
}
