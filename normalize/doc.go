// Package normalize holds the pure, network-free clean-up steps that every
// scraped value goes through before it is stored or rendered:
//
//   - URLs: CanonicalURL (the item's identity and GUID) and AbsoluteURL
//     (links inside content), both ASCII and absolute;
//   - dates: ParseDate reads az/en/ru dates in the site's time zone;
//   - text: PlainText, TextFromHTML, StripControls, Truncate for titles and
//     summaries that must be valid in XML;
//   - HTML: Sanitizer makes article HTML safe and self-contained.
//
// It owns none of the fetching (scraper), selecting (extract), storing
// (store) or rendering (feed). Every function here is deterministic: it
// never reads the clock, the network or package-level mutable state, and is
// safe for concurrent use.
package normalize
