package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"time"

	"sitefeed/store"
)

// snapshotIfDue takes the store's daily snapshot after a run. A failure is
// logged, never the run's failure: the store itself is fine.
func snapshotIfDue(st *store.Store, log *slog.Logger) {
	if st == nil {
		return
	}
	path, err := st.SnapshotIfDue(time.Now())
	switch {
	case err != nil:
		log.Warn("store snapshot failed", slog.String("error", err.Error()))
	case path != "":
		log.Info("store snapshot written", slog.String("path", path))
	}
}

// storeCmd runs `sitefeed store SUBCOMMAND`.
func storeCmd(args []string, env Env) int {
	if len(args) == 0 {
		storeHelp.write(env.Stderr)
		return ExitUsage
	}
	switch args[0] {
	case "verify":
		return storeVerify(args[1:], env)
	case "snapshot":
		return storeSnapshot(args[1:], env)
	case "restore":
		return storeRestore(args[1:], env)
	case "-h", "-help", "--help", "help":
		storeHelp.write(env.Stdout)
		return ExitOK
	}
	fmt.Fprintf(env.Stderr, "sitefeed: unknown store command %q\n\n", args[0])
	storeHelp.write(env.Stderr)
	return ExitUsage
}

// storeFlags parses a store subcommand's flags and finds the store file:
// -db, SITEFEED_DB, or db in the configuration.
func storeFlags(name string, args []string, env Env, h help) (db string, rest []string, code int) {
	fs := flag.NewFlagSet("store "+name, flag.ContinueOnError)
	var c common
	c.register(fs, env)
	if code, done := parseFlags(fs, args, env, h); done {
		return "", nil, code
	}
	if c.db != "" {
		return c.db, fs.Args(), -1
	}
	cfg, err := c.load()
	if err != nil {
		return "", nil, configError(env, err)
	}
	return cfg.DB, fs.Args(), -1
}

func storeVerify(args []string, env Env) int {
	db, rest, code := storeFlags("verify", args, env, storeSubHelp("sitefeed store verify [-config F] [-db F]", "sitefeed store verify: check every page and record of the item store."))
	if code >= 0 {
		return code
	}
	if len(rest) > 0 {
		fmt.Fprintf(env.Stderr, "sitefeed: store verify takes no arguments, got %q\n", rest)
		return ExitUsage
	}
	r, err := store.Verify(db)
	printReport(env.Stdout, r, err)
	if err != nil {
		fmt.Fprintln(env.Stderr, "sitefeed:", err)
		return ExitFailed
	}
	return ExitOK
}

// printReport writes what Verify found; err is Verify's error.
func printReport(w io.Writer, r store.Report, err error) {
	for _, p := range r.Problems {
		fmt.Fprintf(w, "problem: %s\n", p)
	}
	if r.More > 0 {
		fmt.Fprintf(w, "... and %d more problems\n", r.More)
	}
	fmt.Fprintf(w, "%s: %s (%d feeds, %d records)\n", r.Path, verdict(err), r.Feeds, r.Records)
}

// verdict is the one-word result of a verify.
func verdict(err error) string {
	switch {
	case err == nil:
		return "ok"
	case errors.Is(err, store.ErrDamaged):
		return "DAMAGED"
	case errors.Is(err, store.ErrNotStore):
		return "NOT A STORE"
	}
	return "NOT CHECKED"
}

func storeSnapshot(args []string, env Env) int {
	db, rest, code := storeFlags("snapshot", args, env, storeSubHelp("sitefeed store snapshot [-config F] [-db F]", "sitefeed store snapshot: write today's snapshot of the item store now (<db>.snapshot-YYYYMMDD)."))
	if code >= 0 {
		return code
	}
	if len(rest) > 0 {
		fmt.Fprintf(env.Stderr, "sitefeed: store snapshot takes no arguments, got %q\n", rest)
		return ExitUsage
	}
	st, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		fmt.Fprintln(env.Stderr, "sitefeed:", err)
		return ExitFailed
	}
	defer st.Close()
	path, err := st.Snapshot(time.Now())
	if err != nil {
		fmt.Fprintln(env.Stderr, "sitefeed:", err)
		return ExitFailed
	}
	fmt.Fprintln(env.Stdout, path)
	return ExitOK
}

func storeRestore(args []string, env Env) int {
	db, rest, code := storeFlags("restore", args, env, storeSubHelp("sitefeed store restore [-config F] [-db F] [SNAPSHOT]", "sitefeed store restore: put the newest snapshot that verifies (or SNAPSHOT) in place of the item store."))
	if code >= 0 {
		return code
	}
	if len(rest) > 1 {
		fmt.Fprintf(env.Stderr, "sitefeed: store restore takes at most one SNAPSHOT, got %q\n", rest)
		return ExitUsage
	}
	named := ""
	if len(rest) == 1 {
		named = rest[0]
	}
	res, err := store.Restore(db, named, time.Now())
	for _, s := range res.Skipped {
		fmt.Fprintf(env.Stderr, "sitefeed: skipped snapshot %s\n", s)
	}
	if err != nil {
		fmt.Fprintln(env.Stderr, "sitefeed:", err)
		return ExitFailed
	}
	fmt.Fprintf(env.Stdout, "restored %s from %s\n", db, res.From)
	if res.Aside != "" {
		fmt.Fprintf(env.Stdout, "previous file kept as %s\n", res.Aside)
	}
	return ExitOK
}
