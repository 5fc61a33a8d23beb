// Package crawl is the one place that decides a run of sitefeed: for each
// site (sites in parallel, each host kept serial by its own politeness),
// for each feed, which list pages to read and when to stop paginating,
// which article pages to fetch or revalidate, how list, article and stored
// data combine (item.Combine), which pending articles to retry, whether
// the run is good enough to replace the last good feed, and then writing
// the feed files, the index page and the OPML. The one-shot `sitefeed
// scrape` and the daemon's scheduled job both call Run.
//
// Its workers are dumb: package scraper fetches (validators in, response
// out), package extract reads a page, package store remembers (through the
// small Memory interface defined here), package feed renders and writes.
package crawl
