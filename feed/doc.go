// Package feed renders a feed's entries as RSS 2.0, Atom 1.0 and JSON Feed
// 1.1 and as the feed's HTML page, renders the index page, the OPML list,
// the XSL stylesheet and the pages' style.css, and writes files
// atomically. The pages speak each feed's language (labels.go) and show
// dates in its site's time zone.
//
// Rendering is pure and deterministic: the same Meta and entries always give
// the same bytes (no clock, no randomness, no map order). The package owns
// the wire formats and their validity (W3C feed validator rules, strict XML);
// it does not fetch, store, sort or clean items: entries arrive normalised
// and sorted from the store, and only characters that XML cannot carry are
// stripped here.
//
// gorilla/feeds is used as a serializer of its per-format structs
// (feeds.RssFeed, feeds.RssItem, feeds.AtomFeed, feeds.AtomEntry,
// feeds.JSONFeed, feeds.JSONItem), never through its generic Feed: its
// converters drop enclosures, invent random Atom ids and omit required
// elements. Where its structs lack something a validator or a reader needs
// (atom:link rel="self", xml:lang, a typed Atom title, JSON items and
// size_in_bytes), a small wrapper struct embeds the gorilla struct and adds
// or shadows the field; see rss.go, atom.go and json.go.
package feed
