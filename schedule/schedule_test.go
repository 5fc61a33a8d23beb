package schedule

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// syncBuffer is a goroutine-safe log sink.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func testLogger(w *syncBuffer) *slog.Logger {
	if w == nil {
		w = &syncBuffer{}
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// start runs s in the background; the returned stop cancels it and returns
// how long Run took to return after the cancel and its error.
func start(t *testing.T, s *Scheduler) (stop func() (time.Duration, error)) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	var once sync.Once
	var err error
	var took time.Duration
	stop = func() (time.Duration, error) {
		once.Do(func() {
			t0 := time.Now()
			cancel()
			select {
			case err = <-done:
			case <-time.After(5 * time.Second):
				t.Fatal("Run did not return 5s after cancel")
			}
			took = time.Since(t0)
		})
		return took, err
	}
	t.Cleanup(func() { stop() })
	return stop
}

// waitFor polls cond until it holds or the timeout passes.
func waitFor(t *testing.T, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func noop(context.Context, []string) error { return nil }

func TestNewRejectsBadSpecs(t *testing.T) {
	tests := []struct {
		name      string
		spec      string
		feedSpecs map[string]string
		bad       string // must appear quoted in the error
	}{
		{name: "parser panic", spec: "TZ=0", bad: "TZ=0"},
		{name: "three fields", spec: "* * *", bad: "* * *"},
		{name: "negative every", spec: "@every -1m", bad: "@every -1m"},
		{name: "sub-second every", spec: "@every 500ms", bad: "@every 500ms"},
		{name: "empty", spec: "", bad: ""},
		{name: "minute out of range", spec: "61 * * * *", bad: "61 * * * *"},
		{name: "unknown zone", spec: "CRON_TZ=Nowhere/Land 0 * * * *", bad: "CRON_TZ=Nowhere/Land 0 * * * *"},
		{name: "bad feed spec", spec: "@every 1h", feedSpecs: map[string]string{"b": "CRON_TZ=0"}, bad: "CRON_TZ=0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(noop, Options{Spec: tt.spec, FeedSpecs: tt.feedSpecs, Feeds: []string{"a", "b"}, Logger: testLogger(nil)})
			if err == nil {
				t.Fatalf("New(%q) = nil error, want one", tt.spec)
			}
			if !strings.Contains(err.Error(), strconv.Quote(tt.bad)) {
				t.Errorf("error %q does not name the spec %q", err, tt.bad)
			}
		})
	}
}

func TestNewRejectsSpecForUnknownFeed(t *testing.T) {
	_, err := New(noop, Options{Spec: "@every 1h", FeedSpecs: map[string]string{"ghost": "@every 2h"}, Feeds: []string{"a"}})
	if err == nil || !strings.Contains(err.Error(), `"ghost"`) {
		t.Fatalf("err = %v, want one naming feed \"ghost\"", err)
	}
}

func TestNewAcceptsGoodSpecs(t *testing.T) {
	for _, spec := range []string{"*/30 * * * *", "@every 30m", "@every 1s", "CRON_TZ=Asia/Baku 0 */2 * * *", "@hourly", "0 9 * * 1-5"} {
		if _, err := New(noop, Options{Spec: spec}); err != nil {
			t.Errorf("New(%q): %v", spec, err)
		}
	}
}

func TestRunAtStart(t *testing.T) {
	t.Parallel()
	for _, atStart := range []bool{true, false} {
		t.Run(strconv.FormatBool(atStart), func(t *testing.T) {
			t.Parallel()
			var calls atomic.Int32
			s, err := New(func(context.Context, []string) error { calls.Add(1); return nil },
				Options{Spec: "@every 1h", RunAtStart: atStart, Logger: testLogger(nil)})
			if err != nil {
				t.Fatal(err)
			}
			stop := start(t, s)
			if atStart {
				waitFor(t, time.Second, "the start run", func() bool { return calls.Load() == 1 })
			} else {
				time.Sleep(300 * time.Millisecond)
				if n := calls.Load(); n != 0 {
					t.Errorf("calls = %d without RunAtStart, want 0", n)
				}
			}
			if _, err := stop(); err != nil {
				t.Errorf("Run: %v", err)
			}
		})
	}
}

func TestGroupsFeedsBySpec(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		feeds     []string
		feedSpecs map[string]string
		want      []string // sorted "a,b" groups; "<nil>" for nil names
	}{
		{name: "no feeds: all", want: []string{"<nil>"}},
		{name: "one group", feeds: []string{"b", "a"}, want: []string{"a,b"}},
		{
			name:      "per-feed spec",
			feeds:     []string{"a", "b", "c", "d"},
			feedSpecs: map[string]string{"c": "@every 2h", "d": "", "b": "*/30 * * * *"},
			want:      []string{"a,b,d", "c"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var mu sync.Mutex
			var got []string
			job := func(_ context.Context, names []string) error {
				mu.Lock()
				defer mu.Unlock()
				if names == nil {
					got = append(got, "<nil>")
				} else {
					got = append(got, strings.Join(names, ","))
				}
				return nil
			}
			s, err := New(job, Options{Spec: "*/30 * * * *", Feeds: tt.feeds, FeedSpecs: tt.feedSpecs, RunAtStart: true, Logger: testLogger(nil)})
			if err != nil {
				t.Fatal(err)
			}
			if n := len(s.Next()); n != len(tt.want) {
				t.Errorf("Next() has %d groups, want %d", n, len(tt.want))
			}
			stop := start(t, s)
			waitFor(t, 2*time.Second, "start runs", func() bool { mu.Lock(); defer mu.Unlock(); return len(got) >= len(tt.want) })
			stop()
			mu.Lock()
			defer mu.Unlock()
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("job calls = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestPanicDoesNotStopLaterRuns(t *testing.T) {
	t.Parallel()
	for _, atStart := range []bool{true, false} {
		t.Run("atStart="+strconv.FormatBool(atStart), func(t *testing.T) {
			t.Parallel()
			var calls atomic.Int32
			job := func(context.Context, []string) error {
				if calls.Add(1) == 1 {
					panic("boom")
				}
				return nil
			}
			logs := &syncBuffer{}
			s, err := New(job, Options{Spec: "@every 1s", RunAtStart: atStart, Logger: testLogger(logs)})
			if err != nil {
				t.Fatal(err)
			}
			stop := start(t, s)
			waitFor(t, 4*time.Second, "a run after the panic", func() bool { return calls.Load() >= 2 })
			if _, err := stop(); err != nil {
				t.Errorf("Run: %v", err)
			}
			if !strings.Contains(logs.String(), "boom") {
				t.Errorf("panic not logged; logs:\n%s", logs)
			}
		})
	}
}

func TestRunsOfAGroupDoNotOverlap(t *testing.T) {
	t.Parallel()
	var running, maxRunning, calls atomic.Int32
	job := func(ctx context.Context, _ []string) error {
		n := running.Add(1)
		defer running.Add(-1)
		for {
			m := maxRunning.Load()
			if n <= m || maxRunning.CompareAndSwap(m, n) {
				break
			}
		}
		if calls.Add(1) == 1 {
			// Longer than the next tick: the tick must be skipped.
			select {
			case <-time.After(1500 * time.Millisecond):
			case <-ctx.Done():
			}
		}
		return nil
	}
	logs := &syncBuffer{}
	s, err := New(job, Options{Spec: "@every 1s", RunAtStart: true, Logger: testLogger(logs)})
	if err != nil {
		t.Fatal(err)
	}
	stop := start(t, s)
	waitFor(t, 4*time.Second, "a run after the long one", func() bool { return calls.Load() >= 2 })
	stop()
	if m := maxRunning.Load(); m != 1 {
		t.Errorf("max concurrent runs of one group = %d, want 1", m)
	}
	if !strings.Contains(logs.String(), "run skipped") {
		t.Errorf("no skip logged; logs:\n%s", logs)
	}
}

func TestCancelStopsRunningJob(t *testing.T) {
	t.Parallel()
	entered := make(chan struct{})
	var sawCancel atomic.Bool
	job := func(ctx context.Context, _ []string) error {
		close(entered)
		<-ctx.Done()
		sawCancel.Store(true)
		return ctx.Err()
	}
	s, err := New(job, Options{Spec: "@every 1h", RunAtStart: true, Grace: 2 * time.Second, Logger: testLogger(nil)})
	if err != nil {
		t.Fatal(err)
	}
	stop := start(t, s)
	<-entered
	took, err := stop()
	if err != nil {
		t.Errorf("Run = %v, want nil after a clean stop", err)
	}
	if !sawCancel.Load() {
		t.Error("Run returned before the job saw its context cancelled")
	}
	if took > time.Second {
		t.Errorf("Run took %s to return after cancel, want well under the 2s grace", took)
	}
}

func TestCancelWaitsAtMostGrace(t *testing.T) {
	t.Parallel()
	entered := make(chan struct{})
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	job := func(context.Context, []string) error { // ignores ctx
		close(entered)
		<-release
		return nil
	}
	s, err := New(job, Options{Spec: "@every 1h", RunAtStart: true, Grace: 150 * time.Millisecond, Logger: testLogger(nil)})
	if err != nil {
		t.Fatal(err)
	}
	stop := start(t, s)
	<-entered
	took, err := stop()
	if err == nil {
		t.Error("Run = nil, want an error for a job outliving the grace")
	}
	if took < 150*time.Millisecond || took > time.Second {
		t.Errorf("Run returned %s after cancel, want about the 150ms grace", took)
	}
}

func TestJitter(t *testing.T) {
	t.Parallel()
	const jitter = 80 * time.Millisecond
	var gotN atomic.Int64
	rnd := func(n int64) int64 { gotN.Store(n); return n - 1 } // the largest delay
	ran := make(chan time.Time, 1)
	job := func(context.Context, []string) error { ran <- time.Now(); return nil }
	s, err := New(job, Options{Spec: "@every 1h", RunAtStart: true, MaxJitter: jitter, Rand: rnd, Logger: testLogger(nil)})
	if err != nil {
		t.Fatal(err)
	}
	t0 := time.Now()
	start(t, s)
	at := <-ran
	if d := at.Sub(t0); d < jitter {
		t.Errorf("job started %s after Run, want at least the jitter %s", d, jitter)
	}
	if n := gotN.Load(); n != int64(jitter)+1 {
		t.Errorf("Rand called with %d, want %d (delay in 0..MaxJitter)", n, int64(jitter)+1)
	}
}

func TestCancelDuringJitterSkipsJob(t *testing.T) {
	t.Parallel()
	var calls atomic.Int32
	s, err := New(func(context.Context, []string) error { calls.Add(1); return nil },
		Options{Spec: "@every 1h", RunAtStart: true, MaxJitter: time.Hour, Rand: func(n int64) int64 { return n - 1 }, Logger: testLogger(nil)})
	if err != nil {
		t.Fatal(err)
	}
	stop := start(t, s)
	time.Sleep(50 * time.Millisecond)
	took, err := stop()
	if err != nil || took > time.Second {
		t.Errorf("Run = %v after %s, want nil quickly", err, took)
	}
	if n := calls.Load(); n != 0 {
		t.Errorf("job ran %d times, want 0 (cancelled during jitter)", n)
	}
}

func TestRunTwice(t *testing.T) {
	s, err := New(noop, Options{Spec: "@every 1h", Logger: testLogger(nil)})
	if err != nil {
		t.Fatal(err)
	}
	stop := start(t, s)
	defer stop()
	waitFor(t, time.Second, "Run to start", func() bool { s.mu.Lock(); defer s.mu.Unlock(); return s.cron != nil })
	if err := s.Run(context.Background()); err == nil {
		t.Error("second Run = nil, want an error")
	}
}

func TestJobErrorIsLogged(t *testing.T) {
	logs := &syncBuffer{}
	done := make(chan struct{})
	job := func(context.Context, []string) error { defer close(done); return errors.New("site down") }
	s, err := New(job, Options{Spec: "@every 1h", RunAtStart: true, Feeds: []string{"en"}, Logger: testLogger(logs)})
	if err != nil {
		t.Fatal(err)
	}
	stop := start(t, s)
	<-done
	stop()
	if out := logs.String(); !strings.Contains(out, "site down") || !strings.Contains(out, "[en]") {
		t.Errorf("log lacks the error and the feed; logs:\n%s", out)
	}
}
