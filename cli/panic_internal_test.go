package cli

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sitefeed/config"
	"sitefeed/crawl"
	"sitefeed/metrics"
	"sitefeed/serve"
	"sitefeed/store"
)

// A panicking job is a failed run, in /healthz and in /metrics, of every
// feed it had not reported; a feed the run finished before the panic keeps
// its own result.
func TestJobPanicIsAFailedRun(t *testing.T) {
	cfg, err := config.Load("../config.yaml")
	if err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(filepath.Join(t.TempDir(), "db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	d := &daemon{cfg: cfg, st: st, log: slog.New(slog.NewTextHandler(io.Discard, nil)), m: metrics.New("test"),
		started: time.Now()}
	d.crawl = func(ctx context.Context, o crawl.Options) (crawl.Report, error) {
		o.Observer.ObserveRun("news-az", metrics.ResultOK, time.Second, 1, 0)
		if err := o.Store.RecordSuccess("news-az", time.Now(), 1); err != nil {
			t.Fatal(err)
		}
		panic("boom")
	}
	err = d.job(context.Background(), nil)
	if err == nil || !strings.Contains(err.Error(), "job panicked: boom") {
		t.Fatalf("job error = %v, want the panic", err)
	}
	hs, err := d.health()
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hs {
		failed := h.ConsecutiveFailures == 1 && strings.Contains(h.LastError, "job panicked: boom")
		if failed == (h.Name == "news-az") {
			t.Errorf("%s: failures %d, last error %q", h.Name, h.ConsecutiveFailures, h.LastError)
		}
	}
	w := httptest.NewRecorder()
	serve.Handler(serve.Options{Dir: t.TempDir(), Health: d.health, Started: d.started}).
		ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/healthz", nil))
	if w.Code != http.StatusServiceUnavailable {
		t.Errorf("/healthz = %d, want 503: %s", w.Code, w.Body)
	}
	w = httptest.NewRecorder()
	d.m.Handler().ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	for _, line := range []string{
		`sitefeed_runs_total{feed="news-az",result="ok"} 1`,
		`sitefeed_runs_total{feed="news-en",result="error"} 1`,
		`sitefeed_runs_total{feed="press-ru",result="error"} 1`,
	} {
		if !strings.Contains(w.Body.String(), line+"\n") {
			t.Errorf("/metrics lacks %s", line)
		}
	}
	if strings.Contains(w.Body.String(), `sitefeed_runs_total{feed="news-az",result="error"}`) {
		t.Error("/metrics counts the panic against a feed the run had finished")
	}
}
