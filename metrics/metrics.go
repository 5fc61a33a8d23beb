// Package metrics owns sitefeed's Prometheus metrics: per-feed run results,
// durations, HTTP request statuses, item counts, last success and
// staleness, plus build info and the Go and process collectors, on a
// registry of its own (never the global default).
//
// It records and exposes numbers; it does not decide what a run's result
// is, compute staleness itself, or serve anything but its Handler.
package metrics

import (
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Run results accepted by ObserveRun.
const (
	ResultOK    = "ok"
	ResultError = "error"
	ResultKept  = "kept" // failed, last good feed kept
	// ResultDeferred: skipped, the site asked (Retry-After) to wait.
	ResultDeferred = "deferred"
)

// Metrics holds sitefeed's collectors and their registry. Its methods are
// safe for concurrent use.
type Metrics struct {
	reg         *prometheus.Registry
	runs        *prometheus.CounterVec
	duration    *prometheus.HistogramVec
	requests    *prometheus.CounterVec
	items       *prometheus.CounterVec
	lastSuccess *prometheus.GaugeVec
	staleness   *stalenessCollector
}

// New builds the metrics on a fresh registry. version labels
// sitefeed_build_info.
func New(version string) *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		runs: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "sitefeed_runs_total",
			Help: "Feed runs by result: ok, error, kept (failed, last good feed kept), or deferred (the site asked to wait).",
		}, []string{"feed", "result"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "sitefeed_run_duration_seconds",
			Help:    "Duration of one feed run.",
			Buckets: []float64{0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600},
		}, []string{"feed"}),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "sitefeed_requests_total",
			Help: "HTTP requests to the site by feed and status code (\"error\" for network errors).",
		}, []string{"feed", "status"}),
		items: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "sitefeed_items_total",
			Help: "Items found new or updated by feed runs.",
		}, []string{"feed", "kind"}),
		lastSuccess: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "sitefeed_last_success_timestamp_seconds",
			Help: "Unix time of the feed's last successful run.",
		}, []string{"feed"}),
		staleness: &stalenessCollector{desc: prometheus.NewDesc(
			"sitefeed_feed_staleness_seconds",
			"Seconds since the feed's last successful run, computed at scrape time.",
			[]string{"feed"}, nil)},
	}
	info := prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "sitefeed_build_info",
		Help: "Build information; the value is always 1.",
	}, []string{"version"})
	info.WithLabelValues(version).Set(1)
	m.reg.MustRegister(m.runs, m.duration, m.requests, m.items, m.lastSuccess, m.staleness, info,
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Handler serves the registry in the Prometheus exposition formats.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

// Registry returns the registry, for tests and extra collectors.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// ObserveRun records one feed run: result is ResultOK, ResultError or
// ResultKept; newItems and updatedItems are added to sitefeed_items_total.
func (m *Metrics) ObserveRun(feed, result string, d time.Duration, newItems, updatedItems int) {
	m.runs.WithLabelValues(feed, result).Inc()
	m.duration.WithLabelValues(feed).Observe(d.Seconds())
	m.items.WithLabelValues(feed, "new").Add(float64(max(newItems, 0)))
	m.items.WithLabelValues(feed, "updated").Add(float64(max(updatedItems, 0)))
}

// ObserveRequest records one HTTP request made for feed. status is the
// response code, or 0 for a network error (labelled "error").
func (m *Metrics) ObserveRequest(feed string, status int) {
	label := "error"
	if status > 0 {
		label = strconv.Itoa(status)
	}
	m.requests.WithLabelValues(feed, label).Inc()
}

// SetLastSuccess records the time of feed's last successful run.
func (m *Metrics) SetLastSuccess(feed string, t time.Time) {
	m.lastSuccess.WithLabelValues(feed).Set(float64(t.UnixNano()) / 1e9)
}

// SetStalenessSource sets the function called at each scrape for
// sitefeed_feed_staleness_seconds: feed name -> seconds since its last
// success. nil removes the metric's samples.
func (m *Metrics) SetStalenessSource(fn func() map[string]float64) {
	m.staleness.set(fn)
}

// stalenessCollector reports staleness from a source read at scrape time.
type stalenessCollector struct {
	desc *prometheus.Desc
	mu   sync.Mutex
	fn   func() map[string]float64
}

func (c *stalenessCollector) set(fn func() map[string]float64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.fn = fn
}

func (c *stalenessCollector) Describe(ch chan<- *prometheus.Desc) { ch <- c.desc }

func (c *stalenessCollector) Collect(ch chan<- prometheus.Metric) {
	c.mu.Lock()
	fn := c.fn
	c.mu.Unlock()
	if fn == nil {
		return
	}
	for feed, secs := range fn() {
		ch <- prometheus.MustNewConstMetric(c.desc, prometheus.GaugeValue, secs, feed)
	}
}
