// Package sanitize makes article HTML safe and self-contained for feed
// readers: an allow-list of elements and attributes applied to the parsed
// tree (scripts, handlers, forms, styles and javascript: URLs removed;
// href, src and srcset made absolute; lazy-loading data-src taken; empty
// paragraphs dropped), then bluemonday as a second allow-list.
//
// A Sanitizer is built once per site and is safe for concurrent use. It
// does not choose which part of a page is the article (extract does).
package sanitize
