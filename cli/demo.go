package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"syscall"
	"time"

	"sitefeed/config"
	"sitefeed/crawl"
	"sitefeed/internal/fixturesite"
	"sitefeed/serve"
	"sitefeed/store"
)

// The bundle's layout: the default configuration and the offline copy of
// migration.gov.az, as in the repository.
const (
	bundleConfig = "config.yaml"
	bundleSite   = "testdata/site"
	mirroredHost = "migration.gov.az"
)

// demoCmd is `sitefeed demo`: the bundled copy of the site served on a
// loopback port, scraped once with the configuration (no politeness delay:
// it is our own mirror), and the feeds served, until Ctrl-C. Everything
// lives in a temporary directory, removed on exit.
func demoCmd(args []string, env Env) int {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:8080", "where to serve the feeds; when it is taken, any free loopback port")
	cfgPath := fs.String("config", "", "configuration file (default: the bundled config.yaml)")
	logLevel := fs.String("log-level", "error", "log level: debug, info, warn, error (the bundled copy exercises the fallbacks on purpose, which warn)")
	if code, done := parseFlags(fs, args, env, demoHelp); done {
		return code
	}
	c := common{logLevel: *logLevel, logFormat: "text"}
	log, err := c.logger(env.Stderr)
	if err != nil {
		fmt.Fprintln(env.Stderr, "sitefeed:", err)
		return ExitUsage
	}
	if env.Bundle == nil {
		fmt.Fprintln(env.Stderr, "sitefeed: demo: this build has no bundled copy of the site")
		return ExitFailed
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	tmp, err := os.MkdirTemp("", "sitefeed-demo-")
	if err != nil {
		fmt.Fprintln(env.Stderr, "sitefeed: demo:", err)
		return ExitFailed
	}
	defer func() {
		if err := os.RemoveAll(tmp); err != nil {
			fmt.Fprintln(env.Stderr, "sitefeed: demo:", err)
		}
	}()
	code := runDemo(ctx, env, log, tmp, *addr, *cfgPath)
	fmt.Fprintf(env.Stdout, "stopped; removed %s\n", tmp)
	return code
}

// runDemo does the demo's work inside tmp and returns the exit code.
func runDemo(ctx context.Context, env Env, log *slog.Logger, tmp, addr, cfgPath string) int {
	fail := func(err error) int {
		fmt.Fprintln(env.Stderr, "sitefeed: demo:", err)
		return ExitFailed
	}
	site, err := fs.Sub(env.Bundle, bundleSite)
	if err != nil {
		return fail(err)
	}
	siteDir := filepath.Join(tmp, "site")
	if err := os.CopyFS(siteDir, site); err != nil {
		return fail(fmt.Errorf("copy the bundled site: %w", err))
	}
	mirror, err := listenServe(ctx, "127.0.0.1:0", fixturesite.New(siteDir), log)
	if err != nil {
		return fail(err)
	}
	cfg, err := demoConfig(env, tmp, cfgPath, "http://"+mirror.Addr().String())
	if err != nil {
		return configError(env, err)
	}
	st, err := store.Open(cfg.DB, store.Options{LockTimeout: time.Second})
	if err != nil {
		return fail(err)
	}
	defer st.Close()
	fmt.Fprintf(env.Stdout, "sitefeed demo: scraping the bundled copy of %s (served on %s)…\n", mirroredHost, mirror.Addr())
	rep, err := crawl.Run(ctx, crawl.Options{Config: cfg, Store: st, Version: version(), Logger: log})
	if errors.Is(err, context.Canceled) {
		return ExitFailed
	}
	items := 0
	for _, f := range rep.Feeds {
		items += f.Items
	}
	fmt.Fprintf(env.Stdout, "%d feeds, %d items in %s", len(rep.Feeds), items, rep.Duration.Round(time.Millisecond))
	if failed := rep.Failed(); len(failed) > 0 {
		fmt.Fprintf(env.Stdout, " (%d failed, see above)", len(failed))
	}
	fmt.Fprintln(env.Stdout)
	d := &daemon{cfg: cfg, st: st, log: log}
	h := serve.Handler(serve.Options{Dir: cfg.OutputDir, MaxAge: time.Minute, Health: d.health, Logger: log,
		StandInBase: func() string { return cfg.PublicURL }})
	srv, err := listenServe(ctx, addr, h, log)
	if err != nil {
		log.Info("demo address taken, using any free port", slog.String("addr", addr), slog.String("error", err.Error()))
		if srv, err = listenServe(ctx, "127.0.0.1:0", h, log); err != nil {
			return fail(err)
		}
	}
	fmt.Fprintf(env.Stdout, "\nOpen http://%s/ in a browser, or add http://%s/feeds.opml to a feed reader.\nCtrl-C stops the demo and removes its files.\n",
		srv.Addr(), srv.Addr())
	<-ctx.Done()
	srv.wait()
	mirror.wait()
	return ExitOK
}

// demoConfig loads the configuration (the bundled one unless cfgPath),
// sends the mirrored site's requests to origin without delay, and keeps
// the store and files in tmp; links are derived from each request.
func demoConfig(env Env, tmp, cfgPath, origin string) (*config.Config, error) {
	if cfgPath == "" {
		b, err := fs.ReadFile(env.Bundle, bundleConfig)
		if err != nil {
			return nil, err
		}
		cfgPath = filepath.Join(tmp, "config.yaml")
		if err := os.WriteFile(cfgPath, b, 0o644); err != nil {
			return nil, err
		}
	}
	cfg, err := config.Load(cfgPath)
	if err != nil {
		return nil, err
	}
	i := slices.IndexFunc(cfg.Sites, func(s config.Site) bool { return slices.Contains(s.Hosts, mirroredHost) })
	if i < 0 {
		return nil, fmt.Errorf("the bundled copy is of %s, and no site of %s has that host", mirroredHost, cfgPath)
	}
	if err := cfg.SetOrigin(cfg.Sites[i].Name + "=" + origin); err != nil {
		return nil, err
	}
	cfg.SetDelay(0, 0)
	cfg.DB, cfg.OutputDir = filepath.Join(tmp, "sitefeed.db"), filepath.Join(tmp, "public")
	cfg.PublicURL, cfg.PublicURLDerived = config.DefaultPublicURL, true
	return cfg, nil
}

// httpServer is a server running in the background until its context
// ends; wait returns once it has shut down.
type httpServer struct {
	ln   net.Listener
	done chan struct{}
}

func (s *httpServer) Addr() net.Addr { return s.ln.Addr() }
func (s *httpServer) wait()          { <-s.done }

// listenServe serves h on addr until ctx ends, then shuts down within 5 s.
func listenServe(ctx context.Context, addr string, h http.Handler, log *slog.Logger) (*httpServer, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listen %s: %w", addr, err)
	}
	srv := serve.NewServer(addr, h, log)
	s := &httpServer{ln: ln, done: make(chan struct{})}
	go func() {
		defer close(s.done)
		errc := make(chan error, 1)
		go func() { errc <- srv.Serve(ln) }()
		select {
		case <-ctx.Done():
		case err := <-errc:
			if !errors.Is(err, http.ErrServerClosed) {
				log.Error("http server", slog.String("error", err.Error()))
			}
			return
		}
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
	}()
	return s, nil
}
