// Package refresh is one run of sitefeed over the configured feeds: scrape
// each feed, merge its items into the store, and, only when the scrape
// succeeded, rewrite its feed files; then the index page and the OPML. The
// one-shot `sitefeed scrape` and the daemon's scheduled job both call Run.
//
// It owns the decision "is this run good enough to replace the last good
// feed"; fetching is package scraper's, storage package store's, rendering
// package feed's.
package refresh
