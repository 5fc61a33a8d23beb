// Package cli implements sitefeed's commands (demo, scrape, check, serve,
// store, version): flags, exit codes and what each prints. It wires the other
// packages together and holds no scraping, storage or rendering logic.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"sitefeed/config"
)

// Exit codes.
const (
	ExitOK     = 0
	ExitFailed = 1 // a feed or a check failed; previous feeds kept
	ExitUsage  = 2 // bad flags or configuration
)

// Version is set with -ldflags "-X sitefeed/cli.Version=1.2.3"; otherwise
// the module's build info is used.
var Version = ""

// version returns the build's version.
func version() string {
	if Version != "" {
		return Version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

// Env gives the commands their world, so tests can run them in-process.
type Env struct {
	Stdout, Stderr io.Writer
	Getenv         func(string) string
	// Bundle holds config.yaml and testdata/site, the offline copy of
	// migration.gov.az, for `sitefeed demo` (nil: no demo).
	Bundle fs.FS
	// Terminal reports whether w is an interactive terminal and its width
	// (nil: an *os.File on a TTY); Now is the clock (nil: time.Now).
	Terminal func(w io.Writer) (bool, int)
	Now      func() time.Time
}

func (env Env) terminal(w io.Writer) (bool, int) {
	if env.Terminal != nil {
		return env.Terminal(w)
	}
	return terminal(w)
}

func (env Env) now() time.Time {
	if env.Now != nil {
		return env.Now()
	}
	return time.Now()
}

const usage = `sitefeed turns news sites without feeds into RSS, Atom and JSON Feed.

Usage:
  sitefeed demo    [-addr A]        see it work offline: scrape the bundled copy of the site and serve the feeds
  sitefeed scrape  [flags]          scrape every feed once and write the feed files
  sitefeed check   [flags] [URL|FILE] show what each selector matches, to fix config.yaml
  sitefeed serve   [flags]          scrape on a schedule and serve the feeds over HTTP
  sitefeed store   verify|snapshot|restore  check, copy or restore the item store
  sitefeed version                  print the version

Run "sitefeed COMMAND -h" for a command's flags, examples and exit codes.
Exit codes: 0 success, 1 a feed or check failed, 2 bad flags or configuration.
`

// Main runs the command in args (without the program name) and returns the
// exit code.
func Main(args []string, env Env) int {
	if env.Getenv == nil {
		env.Getenv = os.Getenv
	}
	if len(args) == 0 {
		fmt.Fprint(env.Stderr, usage)
		return ExitUsage
	}
	switch args[0] {
	case "demo":
		return demoCmd(args[1:], env)
	case "scrape":
		return scrape(args[1:], env)
	case "check":
		return check(args[1:], env)
	case "serve":
		return serveCmd(args[1:], env)
	case "store":
		return storeCmd(args[1:], env)
	case "version", "-version", "--version":
		return versionCmd(args[1:], env)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(env.Stdout, usage)
		return ExitOK
	}
	fmt.Fprintf(env.Stderr, "sitefeed: unknown command %q\n\n%s", args[0], usage)
	return ExitUsage
}

// common are the flags every command shares.
type common struct {
	config    string
	origin    string
	db        string
	output    string
	logLevel  string
	logFormat string
	delay     delayFlag
}

// delayFlag is -delay: unset (the config's delay) or a duration >= 0. Its
// String is empty when unset, so -h shows no "(default -1ns)".
type delayFlag struct {
	d   time.Duration
	set bool
}

func (f *delayFlag) String() string {
	if f == nil || !f.set {
		return ""
	}
	return f.d.String()
}

func (f *delayFlag) Set(s string) error {
	d, err := time.ParseDuration(s)
	if err != nil {
		return errors.New("want a duration such as 0, 500ms or 2s")
	}
	if d < 0 {
		return errors.New("must not be negative")
	}
	f.d, f.set = d, true
	return nil
}

func (c *common) register(fs *flag.FlagSet, env Env) {
	fs.StringVar(&c.config, "config", envOr(env, "SITEFEED_CONFIG", "config.yaml"), "configuration file (env SITEFEED_CONFIG)")
	fs.StringVar(&c.origin, "origin", env.Getenv("SITEFEED_ORIGIN"), "send the site's requests to this origin (a mirror), e.g. http://127.0.0.1:8081; with several sites NAME=URL[,NAME=URL] (env SITEFEED_ORIGIN)")
	fs.StringVar(&c.db, "db", env.Getenv("SITEFEED_DB"), "item store file (overrides db in the config; env SITEFEED_DB)")
	fs.StringVar(&c.output, "output", env.Getenv("SITEFEED_OUTPUT"), "output directory (overrides output_dir; env SITEFEED_OUTPUT)")
	fs.Var(&c.delay, "delay", "override the per-host delay between requests with this `duration`, e.g. 0 for a local mirror (default: delay from the config)")
	fs.StringVar(&c.logLevel, "log-level", envOr(env, "SITEFEED_LOG_LEVEL", "info"), "log level: debug, info, warn, error (env SITEFEED_LOG_LEVEL)")
	fs.StringVar(&c.logFormat, "log-format", envOr(env, "SITEFEED_LOG_FORMAT", "text"), "log format: text or json (env SITEFEED_LOG_FORMAT)")
}

// load reads the configuration and applies the flag overrides.
func (c *common) load() (*config.Config, error) {
	cfg, err := config.Load(c.config)
	if err != nil {
		return nil, err
	}
	if c.origin != "" {
		if err := cfg.SetOrigin(c.origin); err != nil {
			return nil, fmt.Errorf("-origin: %w", err)
		}
	}
	if c.db != "" {
		cfg.DB = c.db
	}
	if c.output != "" {
		cfg.OutputDir = c.output
	}
	if c.delay.set {
		cfg.SetDelay(c.delay.d, 0)
	}
	return cfg, nil
}

// start loads the configuration and builds the logger. On failure it has
// printed why and code is the exit code; otherwise code is -1.
func (c *common) start(env Env) (cfg *config.Config, log *slog.Logger, code int) {
	cfg, err := c.load()
	if err != nil {
		return nil, nil, configError(env, err)
	}
	if log, err = c.logger(env.Stderr); err != nil {
		fmt.Fprintln(env.Stderr, "sitefeed:", err)
		return nil, nil, ExitUsage
	}
	return cfg, log, -1
}

func (c *common) logger(w io.Writer) (*slog.Logger, error) {
	var level slog.Level
	if err := level.UnmarshalText([]byte(c.logLevel)); err != nil {
		return nil, fmt.Errorf("-log-level: %w", err)
	}
	opts := &slog.HandlerOptions{Level: level}
	switch c.logFormat {
	case "text":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	}
	return nil, fmt.Errorf("-log-format: want text or json, got %q", c.logFormat)
}

func envOr(env Env, key, def string) string {
	if v := env.Getenv(key); v != "" {
		return v
	}
	return def
}

// parseFlags parses, printing usage on -h; done reports that the command
// should return code.
func parseFlags(fs *flag.FlagSet, args []string, env Env, h help) (code int, done bool) {
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		h.write(env.Stderr)
		flags := 0
		fs.VisitAll(func(*flag.Flag) { flags++ })
		if flags > 0 {
			fmt.Fprintf(env.Stderr, "\nFlags:\n")
			fs.PrintDefaults()
		}
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return ExitOK, true
		}
		return ExitUsage, true
	}
	return 0, false
}

// feedList splits a comma-separated -feed value.
func feedList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// unknownFeeds checks -feed names against the configuration: on a name
// that names no feed it prints the configured names and returns ExitUsage,
// else -1.
func unknownFeeds(env Env, cfg *config.Config, names []string) int {
	var all []string
	for _, f := range cfg.Feeds {
		all = append(all, f.Name)
	}
	for _, n := range names {
		if !slices.Contains(all, n) {
			fmt.Fprintf(env.Stderr, "sitefeed: -feed: no feed named %q; the configured feeds are: %s\n", n, strings.Join(all, ", "))
			return ExitUsage
		}
	}
	return -1
}

// configError prints a configuration error and returns ExitUsage.
func configError(env Env, err error) int {
	fmt.Fprintf(env.Stderr, "sitefeed: configuration error:\n%v\n", err)
	return ExitUsage
}

// versionCmd prints the version.
func versionCmd(args []string, env Env) int {
	fs := flag.NewFlagSet("version", flag.ContinueOnError)
	if code, done := parseFlags(fs, args, env, versionHelp); done {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(env.Stderr, "sitefeed: version takes no argument, got %q\n", fs.Arg(0))
		return ExitUsage
	}
	fmt.Fprintf(env.Stdout, "sitefeed %s\n", version())
	return ExitOK
}
