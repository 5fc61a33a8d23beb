// Package scraper fetches a feed's pages politely and hands them to package
// extract. It owns everything that touches the network: the colly collector
// (one per run), the origin override, robots.txt, rate limits, retries with
// backoff, conditional GET, body limits, and the incremental crawl that
// fetches each article page once in its life.
//
// It does not parse HTML (extract does) and does not decide what a run
// means for the feed files (refresh does); what it remembers between runs
// it keeps through the Memory interface (implemented over the store).
package scraper
