// Package scraper is sitefeed's polite HTTP fetcher, built on a colly
// collector (one per site and run). It owns everything that touches the
// network: the honest User-Agent, robots.txt (cached through an injected
// RobotsCache, Crawl-delay honoured), the per-host rate limit and
// parallelism, retries with backoff and Retry-After, redirects kept within
// the site's hosts, the origin override (a mirror), body limits, and
// conditional headers from the validators it is given.
//
// Validators in, a Response out (status, final URL, body, validators,
// timing). It knows nothing of feeds, items, extraction or the store: the
// crawl (package crawl) decides what to fetch and what a response means.
// Per-run state lives in a Fetcher (one per site and run) and per-feed
// state in a Session (budget, counters, the feed's context).
package scraper
