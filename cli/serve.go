package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime/debug"
	"sync"
	"syscall"
	"time"

	"sitefeed/config"
	"sitefeed/crawl"
	"sitefeed/metrics"
	"sitefeed/schedule"
	"sitefeed/serve"
	"sitefeed/store"
)

func serveCmd(args []string, env Env) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	var c common
	c.register(fs, env)
	addr := fs.String("addr", envOr(env, "SITEFEED_ADDR", ":8080"), "HTTP listen address (env SITEFEED_ADDR)")
	jitter := fs.Duration("jitter", 30*time.Second, "random delay before each scheduled run, so instances do not hit the site at once")
	grace := fs.Duration("shutdown-timeout", 15*time.Second, "how long shutdown waits for a running scrape and open connections")
	watch := fs.Duration("watch", 5*time.Second, "how often to check the config file for changes (0: only on SIGHUP)")
	if code, done := parseFlags(fs, args, env, serveHelp); done {
		return code
	}
	cfg, log, code := c.start(env)
	if code >= 0 {
		return code
	}
	st, err := store.Open(cfg.DB, store.Options{LockTimeout: time.Second})
	if err != nil {
		fmt.Fprintln(env.Stderr, "sitefeed:", err)
		return ExitFailed
	}
	defer st.Close()
	d := &daemon{common: c, cfg: cfg, st: st, log: log, m: metrics.New(version()), started: time.Now(), jitter: *jitter, grace: *grace}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := d.run(ctx, *addr, *watch); err != nil {
		log.Error("serve", slog.String("error", err.Error()))
		return ExitFailed
	}
	return ExitOK
}

// daemon is `sitefeed serve`: the scheduler, the HTTP server and reloads.
type daemon struct {
	common
	mu      sync.Mutex // guards cfg
	cfg     *config.Config
	runMu   sync.Mutex // one refresh at a time
	st      *store.Store
	log     *slog.Logger
	m       *metrics.Metrics
	started time.Time
	jitter  time.Duration
	grace   time.Duration
	// crawl is crawl.Run (nil); tests replace it.
	crawl func(context.Context, crawl.Options) (crawl.Report, error)
}

func (d *daemon) config() *config.Config {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.cfg
}

func (d *daemon) run(ctx context.Context, addr string, watch time.Duration) error {
	cfg := d.config()
	d.m.SetStalenessSource(d.staleness)
	if err := crawl.WriteIndex(cfg, d.st, version()); err != nil {
		return err
	}
	srv := serve.NewServer(addr, serve.Handler(serve.Options{Dir: cfg.OutputDir, MaxAge: d.maxAge(cfg),
		Health: d.health, Started: d.started, Metrics: d.m.Handler(), Logger: d.log, StandInBase: d.standInBase}), d.log)
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen %s: %w", addr, err)
	}
	d.log.Info("serving", slog.String("addr", ln.Addr().String()), slog.String("dir", cfg.OutputDir), slog.String("schedule", cfg.Schedule))
	if cfg.PublicURLDerived {
		d.log.Info("public_url is not set: links in index.html, feeds.opml and the feeds are derived from each request (Host, X-Forwarded-Host, X-Forwarded-Proto)")
	} else if warn := publicURLMismatch(cfg.PublicURL, ln.Addr()); warn != "" {
		d.log.Warn(warn, slog.String("public_url", cfg.PublicURL), slog.String("addr", ln.Addr().String()))
	}
	srvErr := make(chan error, 1)
	go func() { srvErr <- srv.Serve(ln) }()

	reload := make(chan os.Signal, 1)
	signal.Notify(reload, syscall.SIGHUP)
	defer signal.Stop(reload)
	go d.watchConfig(ctx, watch, reload)

	err = d.schedule(ctx, srvErr, reload)
	shutdownCtx, cancel := context.WithTimeout(context.Background(), d.grace)
	defer cancel()
	if serr := srv.Shutdown(shutdownCtx); serr != nil {
		d.log.Warn("http shutdown", slog.String("error", serr.Error()))
	}
	d.log.Info("stopped")
	return err
}

// standInBase is the base the files' links carry when public_url is not
// set, for the server to replace per request; "" when it is set.
func (d *daemon) standInBase() string {
	if cfg := d.config(); cfg.PublicURLDerived {
		return cfg.PublicURL
	}
	return ""
}

// schedule runs the scheduler until ctx ends, restarting it with the new
// configuration on each accepted reload.
func (d *daemon) schedule(ctx context.Context, srvErr <-chan error, reload <-chan os.Signal) error {
	for {
		cfg := d.config()
		sched, err := schedule.New(d.job, schedule.Options{Spec: cfg.Schedule, FeedSpecs: feedSpecs(cfg), Feeds: feedNames(cfg),
			Location: cfg.Feeds[0].Location, MaxJitter: d.jitter, Logger: d.log, RunAtStart: true, Grace: d.grace})
		if err != nil {
			return err
		}
		sctx, cancel := context.WithCancel(ctx)
		done := make(chan error, 1)
		go func() { done <- sched.Run(sctx) }()
		for restart := false; !restart; {
			select {
			case <-ctx.Done():
				cancel()
				<-done
				return nil
			case err := <-srvErr:
				cancel()
				<-done
				if errors.Is(err, http.ErrServerClosed) {
					return nil
				}
				return fmt.Errorf("http server: %w", err)
			case <-reload:
				restart = d.reload() // a rejected config keeps the scheduler running
			}
		}
		cancel()
		<-done
	}
}

// reload reads the configuration again; a bad one is rejected and the
// running one kept.
func (d *daemon) reload() bool {
	cfg, err := d.load()
	if err != nil {
		d.log.Error("config reload rejected; the running configuration is kept", slog.String("error", err.Error()))
		return false
	}
	old := d.config()
	if cfg.DB != old.DB || cfg.OutputDir != old.OutputDir {
		d.log.Warn("db and output_dir changes need a restart; keeping the old values")
		cfg.DB, cfg.OutputDir = old.DB, old.OutputDir
	}
	d.mu.Lock()
	d.cfg = cfg
	d.mu.Unlock()
	d.log.Info("configuration reloaded", slog.Int("feeds", len(cfg.Feeds)), slog.String("schedule", cfg.Schedule))
	return true
}

// watchConfig turns a change of the config file's mtime into a reload.
func (d *daemon) watchConfig(ctx context.Context, every time.Duration, reload chan<- os.Signal) {
	if every <= 0 {
		return
	}
	last := modTime(d.common.config)
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if m := modTime(d.common.config); !m.Equal(last) {
				last = m
				select {
				case reload <- syscall.SIGHUP:
				default:
				}
			}
		}
	}
}

func modTime(path string) time.Time {
	fi, err := os.Stat(path)
	if err != nil {
		return time.Time{}
	}
	return fi.ModTime()
}

// job is the scheduled run: the same code as `sitefeed scrape`. A panic
// is a failed run of every feed of the job that the run had not reported
// yet: recorded in the store (so /healthz shows it) and in /metrics.
func (d *daemon) job(ctx context.Context, names []string) (err error) {
	d.runMu.Lock()
	defer d.runMu.Unlock()
	run := d.crawl
	if run == nil {
		run = crawl.Run
	}
	obs := &runObserver{Observer: d.m, seen: map[string]bool{}}
	start := time.Now()
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("job panicked: %v", r)
			d.log.Error("job panic", slog.Any("feeds", names), slog.String("panic", fmt.Sprint(r)),
				slog.String("stack", string(debug.Stack())))
			d.recordPanic(names, obs, time.Since(start), err)
		}
		// Runs are minutes apart: hand the run's garbage back to the system
		// now instead of holding it until the next one.
		debug.FreeOSMemory()
	}()
	rep, err := run(ctx, crawl.Options{Config: d.config(), Store: d.st, Version: version(), Logger: d.log,
		Observer: obs, Feeds: names})
	snapshotIfDue(d.st, d.log)
	for _, f := range rep.Failed() {
		d.log.Error("feed failed; "+f.FailureNote(), slog.String("feed", f.Feed), slog.String("error", f.Err.Error()))
	}
	return err
}

// recordPanic counts a panicked job as a failed run of each of its feeds
// (all when names is nil) that the run had not reported.
func (d *daemon) recordPanic(names []string, obs *runObserver, took time.Duration, err error) {
	if names == nil {
		names = feedNames(d.config())
	}
	now := time.Now()
	for _, name := range names {
		if obs.reported(name) {
			continue
		}
		d.m.ObserveRun(name, metrics.ResultError, took, 0, 0)
		if rerr := d.st.RecordFailure(name, now, err); rerr != nil {
			d.log.Error("record failure", slog.String("feed", name), slog.String("error", rerr.Error()))
		}
	}
}

// runObserver passes a run's metrics on and notes which feeds reported
// their run (sites run in parallel: it locks).
type runObserver struct {
	crawl.Observer
	mu   sync.Mutex
	seen map[string]bool
}

func (o *runObserver) ObserveRun(feed, result string, d time.Duration, newItems, updatedItems int) {
	o.mu.Lock()
	o.seen[feed] = true
	o.mu.Unlock()
	o.Observer.ObserveRun(feed, result, d, newItems, updatedItems)
}

func (o *runObserver) reported(feed string) bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.seen[feed]
}

// health reports each feed's status for /healthz.
func (d *daemon) health() ([]serve.FeedHealth, error) {
	cfg := d.config()
	var out []serve.FeedHealth
	for i := range cfg.Feeds {
		f := &cfg.Feeds[i]
		s, err := d.st.Status(f.Name)
		if err != nil {
			return nil, err
		}
		n, err := d.st.Count(f.Name)
		if err != nil {
			return nil, err
		}
		out = append(out, serve.FeedHealth{Name: f.Name, LastSuccess: s.LastSuccess, LastError: s.LastError,
			LastErrorAt: s.LastErrorAt, ConsecutiveFailures: s.ConsecutiveFailures, Items: n, StaleAfter: staleAfter(cfg, f),
			DeferredUntil: s.DeferredUntil})
	}
	return out, nil
}

// staleness is seconds since each feed's last success (since start when
// it never succeeded).
func (d *daemon) staleness() map[string]float64 {
	hs, err := d.health()
	if err != nil {
		return nil
	}
	out := map[string]float64{}
	for _, h := range hs {
		since := h.LastSuccess
		if since.IsZero() {
			since = d.started
		}
		out[h.Name] = time.Since(since).Seconds()
	}
	return out
}

// staleAfter is stale_after, or three times the feed's schedule interval.
func staleAfter(cfg *config.Config, f *config.Feed) time.Duration {
	if cfg.StaleAfter > 0 {
		return cfg.StaleAfter
	}
	spec := cfg.Schedule
	if f.Schedule != "" {
		spec = f.Schedule
	}
	iv, err := schedule.Interval(spec, time.Now())
	if err != nil {
		return 0
	}
	return 3 * iv
}

// maxAge lets readers cache a feed for the schedule's interval.
func (d *daemon) maxAge(cfg *config.Config) time.Duration {
	iv, err := schedule.Interval(cfg.Schedule, time.Now())
	if err != nil || iv <= 0 {
		return 5 * time.Minute
	}
	return min(iv, time.Hour)
}

func feedSpecs(cfg *config.Config) map[string]string {
	m := map[string]string{}
	for _, f := range cfg.Feeds {
		if f.Schedule != "" {
			m[f.Name] = f.Schedule
		}
	}
	return m
}

func feedNames(cfg *config.Config) []string {
	var out []string
	for _, f := range cfg.Feeds {
		out = append(out, f.Name)
	}
	return out
}
