package scraper

import (
	"net/http"
	"strconv"
	"time"
)

// backoff is the wait before retry number attempt (0-based): exponential
// from base with full jitter (rnd in [0,1)), at least Retry-After when the
// server sent one, never more than max.
func backoff(attempt int, base, max time.Duration, retryAfter time.Duration, rnd float64) time.Duration {
	d := base << min(attempt, 16)
	if d <= 0 || d > max {
		d = max
	}
	d = d/2 + time.Duration(float64(d/2)*rnd)
	if retryAfter > d {
		d = retryAfter
	}
	return min(d, max)
}

// retryAfter parses a Retry-After header: seconds or an HTTP date.
func retryAfter(h string, now time.Time) time.Duration {
	if h == "" {
		return 0
	}
	if s, err := strconv.Atoi(h); err == nil && s >= 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(h); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// retryable reports whether a response status deserves another try.
func retryable(status int) bool {
	return status == http.StatusTooManyRequests || status == http.StatusRequestTimeout || status >= 500
}
