package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"

	"sitefeed/canon"
	"sitefeed/config"
	"sitefeed/crawl"
	"sitefeed/extract"
	"sitefeed/plain"
)

func check(args []string, env Env) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	var c common
	c.register(fs, env)
	only := fs.String("feed", "", "only these feeds (comma-separated names)")
	base := fs.String("base", "", "the URL a local FILE was saved from (relative links resolve against it; default: the feed's first list URL, else its home)")
	if code, done := parseFlags(fs, args, env, checkHelp); done {
		return code
	}
	cfg, log, code := c.start(env)
	if code >= 0 {
		return code
	}
	if code := unknownFeeds(env, cfg, feedList(*only)); code >= 0 {
		return code
	}
	fmt.Fprintf(env.Stdout, "configuration %s: ok (%d feeds)\n", cfg.Path, len(cfg.Feeds))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	var problems []string
	names := feedList(*only)
	code = ExitOK
	for _, site := range cfg.Sites {
		siteCfg := cfg.ForSite(site.Name)
		probe, err := crawl.NewProbe(ctx, siteCfg, version(), log)
		if err != nil {
			fmt.Fprintln(env.Stderr, "sitefeed:", err)
			return ExitFailed
		}
		ck := &checker{cfg: siteCfg, probe: probe, out: env.Stdout, problems: problems, base: *base}
		for i := range siteCfg.Feeds {
			f := &siteCfg.Feeds[i]
			if len(names) > 0 && !slices.Contains(names, f.Name) {
				continue
			}
			if !ck.feed(ctx, f, fs.Arg(0)) {
				code = ExitFailed
			}
		}
		ck.printProposals()
		problems = ck.problems
		probe.Close()
	}
	for _, p := range problems {
		fmt.Fprintln(env.Stderr, "sitefeed: check:", p)
	}
	return code
}

type checker struct {
	cfg       *config.Config
	probe     *crawl.Probe
	out       io.Writer
	problems  []string
	proposals []proposal
	base      string // -base: where a local file was saved from
}

// proposal is a line of YAML check proposes for one feed of config.yaml.
type proposal struct{ feed, yaml string }

func (ck *checker) propose(f *config.Feed, yaml string) {
	ck.proposals = append(ck.proposals, proposal{f.Name, yaml})
}

// printProposals prints the YAML to add to config.yaml, feed by feed.
func (ck *checker) printProposals() {
	if len(ck.proposals) == 0 {
		return
	}
	fmt.Fprintf(ck.out, "\n== to pin what was found, add to config.yaml (optional: without it each run finds it again when needed)\n")
	last := ""
	for _, p := range ck.proposals {
		if p.feed != last {
			fmt.Fprintf(ck.out, "      - name: %s\n", p.feed)
			last = p.feed
		}
		fmt.Fprintf(ck.out, "        %s\n", p.yaml)
	}
}

// feed checks one feed; it returns false when a required selector matched
// nothing or no item was found.
func (ck *checker) feed(ctx context.Context, f *config.Feed, arg string) bool {
	fmt.Fprintf(ck.out, "\n== feed %s (%s)\n", f.Name, f.Language)
	ex := ck.probe.Extractor(f)
	if arg != "" && f.LinkRe != nil && matchesArticle(ck.probe.Rules(), f, arg) {
		return ck.article(ctx, f, ex, arg)
	}
	listURL := ""
	if arg == "" {
		found, err := ck.probe.FindList(ctx, f)
		if err != nil {
			ck.fail("%s: %v", f.Name, err)
			return false
		}
		listURL = found.URL
		switch {
		case found.Via != "":
			fmt.Fprintf(ck.out, "list page found at %s through %s (%s); add it to list_urls\n", found.URL, found.Via, found.Cause)
			ck.propose(f, "list_urls: ["+found.URL+"]")
		case found.Cause != "":
			fmt.Fprintf(ck.out, "  warning: %s; discovery found nothing better (tried %s)\n", found.Cause, found.Tried)
		}
	} else if len(f.ListURLs) > 0 {
		listURL = f.ListURLs[0]
	} else {
		listURL = f.Home
	}
	body, ct, pageURL, err := ck.load(ctx, f, arg, listURL)
	if err != nil {
		ck.fail("%s: %v", f.Name, err)
		return false
	}
	page, err := ex.List(body, ct, pageURL)
	if err != nil {
		ck.fail("%s: %v", f.Name, err)
		return false
	}
	fmt.Fprintf(ck.out, "list page %s\n", pageURL)
	ok := ck.reportFields(f, page.Fields)
	for _, w := range page.Warnings {
		fmt.Fprintf(ck.out, "  warning: %s\n", w)
	}
	switch {
	case len(page.Items) == 0:
		ck.fail("%s: no items found on %s by items.selector or link_pattern", f.Name, pageURL)
		ok = false
	case page.Source == extract.SourceLinkPattern && f.Items.Selector == "":
		fmt.Fprintf(ck.out, "  items: %d, inferred from the links matching link_pattern (items.selector overrides)\n", len(page.Items))
	case page.Source == extract.SourceLinkPattern:
		fmt.Fprintf(ck.out, "  items: %d, found by the link_pattern FALLBACK (fix items.selector)\n", len(page.Items))
	default:
		fmt.Fprintf(ck.out, "  items: %d, found by items.selector\n", len(page.Items))
	}
	for i, it := range page.Items {
		if i == 3 {
			break
		}
		date := "no date"
		if it.Dated() {
			date = it.Published.Format("2006-01-02 15:04 -07:00")
		}
		fmt.Fprintf(ck.out, "    - %s\n      %s (%s)\n", plain.Truncate(it.Title, 80), it.URL, date)
	}
	switch {
	case page.Next != "":
		fmt.Fprintf(ck.out, "  next page: %s\n", page.Next)
	case f.Pagination.Template != "":
		fmt.Fprintf(ck.out, "  next page: by template %s\n", f.Pagination.Template)
	case len(page.Items) >= 10:
		fmt.Fprintf(ck.out, "  warning: %d items and no next page found: if the list is paginated, set pagination.next (a selector of its next link) or pagination.template\n", len(page.Items))
	default:
		fmt.Fprintf(ck.out, "  next page: none (a one-page list)\n")
	}
	if len(page.Items) > 0 && !f.Article.Disabled && arg == "" {
		ok = ck.article(ctx, f, ex, page.Items[0].URL) && ok
	}
	return ok
}

func (ck *checker) article(ctx context.Context, f *config.Feed, ex *extract.Extractor, arg string) bool {
	body, ct, pageURL, err := ck.load(ctx, f, arg, arg)
	if err != nil {
		ck.fail("%s: article page: %v", f.Name, err)
		return false
	}
	a, err := ex.Article(body, ct, pageURL)
	if err != nil {
		ck.fail("%s: %v", f.Name, err)
		return false
	}
	fmt.Fprintf(ck.out, "article page %s\n", pageURL)
	ck.reportFields(f, a.Fields)
	for _, w := range a.Warnings {
		fmt.Fprintf(ck.out, "  warning: %s\n", w)
	}
	switch {
	case a.ContentSource == extract.SourceInferred:
		fmt.Fprintf(ck.out, "  content: %d characters, inferred: the block holding the text's paragraphs (article.content overrides)\n", len(a.Content))
	case a.ContentSource == extract.SourceReadability && f.Article.Content == "":
		fmt.Fprintf(ck.out, "  content: %d characters, found by readability (article.content overrides)\n", len(a.Content))
	case a.ContentSource == extract.SourceSelector:
		fmt.Fprintf(ck.out, "  content: %d characters, found by article.content\n", len(a.Content))
	case a.ContentSource == extract.SourceReadability:
		fmt.Fprintf(ck.out, "  content: %d characters, found by the readability FALLBACK (fix article.content)\n", len(a.Content))
	default:
		fmt.Fprintf(ck.out, "  content: none found\n")
	}
	return true
}

// reportFields prints one line per selector; false when a required one
// matched nothing.
func (ck *checker) reportFields(f *config.Feed, fields []extract.FieldReport) bool {
	ok := true
	for _, r := range fields {
		mark := "ok  "
		switch {
		case r.Matched == 0 && r.Selector == "" && r.Source != "":
			mark = "inf "
			fmt.Fprintf(ck.out, "  %s %-20s %-7s %s\n", mark, r.Field, "-", "("+r.Source+")")
			for _, s := range r.Samples {
				fmt.Fprintf(ck.out, "         %q\n", s)
			}
			continue
		case r.Matched == 0 && r.Selector == "":
			continue // no selector, nothing inferred: said by the lines below
		}
		if r.Matched == 0 {
			mark = "NONE"
			if required(r.Field) {
				ck.fail("%s: required selector %s %q matched nothing", f.Name, r.Field, r.Selector)
				ok = false
			}
		}
		count := fmt.Sprintf("%d", r.Matched)
		if r.Of > 0 {
			count = fmt.Sprintf("%d/%d", r.Matched, r.Of)
		}
		fmt.Fprintf(ck.out, "  %s %-20s %-7s %s\n", mark, r.Field, count, r.Selector)
		for _, s := range r.Samples {
			fmt.Fprintf(ck.out, "         %q\n", s)
		}
	}
	return ok
}

func required(field string) bool {
	return field == "items.selector" || field == "items.title" || field == "items.link"
}

func (ck *checker) fail(format string, args ...any) {
	ck.problems = append(ck.problems, fmt.Sprintf(format, args...))
}

// load reads arg (a URL or a local file; "" means fallback, a URL) and
// returns the body with the URL that relative links resolve against.
func (ck *checker) load(ctx context.Context, f *config.Feed, arg, fallback string) ([]byte, string, *url.URL, error) {
	if arg == "" {
		arg = fallback
	}
	if strings.HasPrefix(arg, "http://") || strings.HasPrefix(arg, "https://") {
		u, err := canon.URL(arg, nil, ck.probe.Rules())
		if err != nil {
			return nil, "", nil, err
		}
		p, err := ck.probe.Fetch(ctx, f, u)
		if err != nil {
			return nil, "", nil, err
		}
		pu, _ := url.Parse(u)
		return p.Body, p.ContentType, pu, nil
	}
	body, err := os.ReadFile(arg)
	if err != nil {
		return nil, "", nil, err
	}
	base := f.Home
	if len(f.ListURLs) > 0 {
		base = f.ListURLs[0]
	}
	if ck.base != "" {
		base = ck.base
	}
	pu, err := url.Parse(base)
	if err != nil || !pu.IsAbs() {
		return nil, "", nil, fmt.Errorf("-base %q: not an absolute URL", base)
	}
	return body, "", pu, nil
}

// matchesArticle reports that arg names an article page of the feed.
func matchesArticle(rules canon.Rules, f *config.Feed, arg string) bool {
	u, err := canon.URL(arg, nil, rules)
	return err == nil && f.LinkRe.MatchString(u)
}
