// Package extract turns one fetched HTML page into data: the items of a
// list page, the next list page, and the article of an article page. It is
// pure (bytes and a URL in, values out: no network, no clock) and driven
// entirely by the selectors of config.Feed, with two fallbacks for when the
// selectors do not fit the site's markup: a link-pattern mode for list pages
// and a readability extraction for article content.
//
// It does not fetch (package scraper does) and does not remember anything
// across pages (package store does); URL, date, text and HTML normalisation
// are delegated to packages canon, dates, plain and sanitize.
package extract
