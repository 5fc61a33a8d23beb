// Package dates reads publication dates as news sites print them: numeric
// (dd.mm.yyyy, with or without a time), Azerbaijani, English and Russian
// month names (genitive forms, "-ci il" suffixes, the dotted capital İ),
// ISO 8601 from <time datetime> and meta tags, in the site's time zone.
// It also recognises the site-wide "page last updated" line, which is never
// a publication date.
//
// It is pure: no clock, no network, no package-level mutable state. It
// does not decide which date on a page belongs to the article (extract
// does) nor which date a feed shows (feed does).
package dates
