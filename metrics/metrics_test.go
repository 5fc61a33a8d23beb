package metrics

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"
)

// scrape fetches the handler's text exposition.
func scrape(t *testing.T, m *Metrics) string {
	t.Helper()
	srv := httptest.NewServer(m.Handler())
	defer srv.Close()
	resp, err := http.Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d", resp.StatusCode)
	}
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestExposition(t *testing.T) {
	m := New("v1.2.3")
	m.ObserveRun("en", ResultOK, 3*time.Second, 4, 1)
	m.ObserveRun("en", ResultOK, 200*time.Millisecond, 0, 0)
	m.ObserveRun("az", ResultKept, 700*time.Second, 0, 0)
	m.ObserveRequest("en", 200)
	m.ObserveRequest("en", 200)
	m.ObserveRequest("en", 304)
	m.ObserveRequest("az", 503)
	m.ObserveRequest("az", 0)
	m.SetLastSuccess("en", time.Unix(1741946400, 500_000_000))
	m.SetStalenessSource(func() map[string]float64 { return map[string]float64{"en": 12.5, "az": 3600} })

	out := scrape(t, m)
	for _, line := range []string{
		`sitefeed_runs_total{feed="en",result="ok"} 2`,
		`sitefeed_runs_total{feed="az",result="kept"} 1`,
		`sitefeed_run_duration_seconds_bucket{feed="en",le="0.25"} 1`,
		`sitefeed_run_duration_seconds_bucket{feed="en",le="5"} 2`,
		`sitefeed_run_duration_seconds_bucket{feed="az",le="600"} 0`,
		`sitefeed_run_duration_seconds_count{feed="az"} 1`,
		`sitefeed_run_duration_seconds_sum{feed="en"} 3.2`,
		`sitefeed_requests_total{feed="en",status="200"} 2`,
		`sitefeed_requests_total{feed="en",status="304"} 1`,
		`sitefeed_requests_total{feed="az",status="503"} 1`,
		`sitefeed_requests_total{feed="az",status="error"} 1`,
		`sitefeed_items_total{feed="en",kind="new"} 4`,
		`sitefeed_items_total{feed="en",kind="updated"} 1`,
		`sitefeed_items_total{feed="az",kind="new"} 0`,
		`sitefeed_last_success_timestamp_seconds{feed="en"} 1.7419464005e+09`,
		`sitefeed_feed_staleness_seconds{feed="en"} 12.5`,
		`sitefeed_feed_staleness_seconds{feed="az"} 3600`,
		`sitefeed_build_info{version="v1.2.3"} 1`,
		`# TYPE sitefeed_run_duration_seconds histogram`,
		`# TYPE sitefeed_feed_staleness_seconds gauge`,
		`# TYPE go_goroutines gauge`,
	} {
		if !strings.Contains(out, line+"\n") {
			t.Errorf("exposition lacks line %q", line)
		}
	}
	if !strings.Contains(out, "process_cpu_seconds_total") && !strings.Contains(out, "process_start_time_seconds") {
		t.Error("exposition lacks the process collector")
	}
}

func TestStalenessIsComputedAtScrapeTime(t *testing.T) {
	m := New("dev")
	if strings.Contains(scrape(t, m), "sitefeed_feed_staleness_seconds{") {
		t.Error("staleness samples without a source")
	}
	age := 1.0
	m.SetStalenessSource(func() map[string]float64 { return map[string]float64{"ru": age} })
	for _, want := range []string{"1", "42"} {
		if want == "42" {
			age = 42
		}
		if line := `sitefeed_feed_staleness_seconds{feed="ru"} ` + want + "\n"; !strings.Contains(scrape(t, m), line) {
			t.Errorf("scrape lacks %q", line)
		}
	}
	m.SetStalenessSource(nil)
	if strings.Contains(scrape(t, m), "sitefeed_feed_staleness_seconds{") {
		t.Error("staleness samples after SetStalenessSource(nil)")
	}
}

func TestOwnRegistryAndLint(t *testing.T) {
	a, b := New("a"), New("b")
	a.ObserveRun("en", ResultError, time.Second, 0, 0)
	if n := testutil.ToFloat64(b.runs.WithLabelValues("en", ResultError)); n != 0 {
		t.Errorf("second Metrics sees %g runs of the first: registries are shared", n)
	}
	problems, err := testutil.GatherAndLint(a.Registry(), "sitefeed_runs_total", "sitefeed_run_duration_seconds",
		"sitefeed_requests_total", "sitefeed_items_total", "sitefeed_last_success_timestamp_seconds", "sitefeed_build_info")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Errorf("lint %s: %s", p.Metric, p.Text)
	}
}
