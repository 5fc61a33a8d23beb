package crawl

import (
	"regexp"
	"strings"
)

// reasons turn a run's error, as the store keeps it (a chain of wrapped
// messages), into the few words the public index shows. The first rule
// whose phrase the message contains wins; the log keeps the whole chain.
var reasons = []struct{ phrase, reason string }{
	// The network first: a robots.txt that could not be fetched because
	// the site is unreachable is told by its cause.
	{"DNS lookup of", "the site's name does not resolve (DNS)"},
	{" refused: ", "the site refused the connection"},
	{" reset: ", "the site reset the connection"},
	{"did not answer in time", "the site did not answer in time"},
	{"TLS with", "a secure connection (TLS) to the site failed"},
	{"robots.txt unavailable", "robots.txt of the site is unavailable"},
	{"disallowed by robots.txt", "the site's robots.txt disallows it"},
	{"max_requests reached", "the request limit of a run was reached"},
	{"far fewer items", "far fewer items than usual: the site may have changed"},
	{"no items found", "no items found: the site may have changed"},
	{"larger than max_body_size", "a page of the site is too large"},
	{"empty response body", "the site sent an empty page"},
	{"job panicked", "internal error"},
	{"context canceled", "the run was stopped"},
}

// httpStatus finds the status of an unexpected HTTP status error.
var httpStatus = regexp.MustCompile(`HTTP ([1-5][0-9][0-9])\b`)

// PublicReason is the short, public form of a run's error message: no
// URL, no Go error chain. "" stays "".
func PublicReason(msg string) string {
	if msg == "" {
		return ""
	}
	if m := httpStatus.FindStringSubmatch(msg); m != nil {
		return "the site answered HTTP " + m[1]
	}
	for _, r := range reasons {
		if strings.Contains(msg, r.phrase) {
			return r.reason
		}
	}
	return "the update failed"
}
