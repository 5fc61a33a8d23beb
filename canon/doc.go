// Package canon makes URLs canonical and absolute: Canonical is an item's
// identity and GUID (https, the site's canonical host, no /index.php/, no
// fragment, no tracking parameters, ASCII), Absolute and Link resolve links
// and images inside content.
//
// It is pure and safe for concurrent use. It does not fetch anything and
// knows no site: the site's hosts are passed in.
package canon
