package cli

import (
	"fmt"
	"net"
	"net/url"
)

// publicURLMismatch says why public_url cannot be where the server at
// addr is reached, or "" when it may be. Only what the server can know is
// checked: a public_url on this machine (localhost, a loopback or a
// listening IP) with another port, or on loopback while the server listens
// on other interfaces (readers elsewhere would get links to themselves). A
// host name may be a reverse proxy in front, which is not checked.
func publicURLMismatch(publicURL string, addr net.Addr) string {
	u, err := url.Parse(publicURL)
	if err != nil {
		return ""
	}
	tcp, ok := addr.(*net.TCPAddr)
	if !ok {
		return ""
	}
	host, port := u.Hostname(), u.Port()
	if port == "" {
		port = map[string]string{"http": "80", "https": "443"}[u.Scheme]
	}
	ip := net.ParseIP(host)
	loopback := host == "localhost" || ip != nil && ip.IsLoopback()
	if !loopback && ip == nil {
		return "" // a name: perhaps a reverse proxy
	}
	listen := fmt.Sprint(tcp.Port)
	const fix = "; set public_url to the address readers use, or comment it out to derive links from each request"
	switch {
	case port != listen:
		return fmt.Sprintf("public_url names port %s but the server listens on port %s: links in index.html, feeds.opml and the feeds will not work%s", port, listen, fix)
	case loopback && !tcp.IP.IsLoopback():
		return "public_url names this machine only (" + host + ") but the server listens on other interfaces too: readers elsewhere get links to themselves" + fix
	case !loopback && !tcp.IP.IsUnspecified() && !tcp.IP.Equal(ip):
		return fmt.Sprintf("public_url names %s but the server listens on %s%s", host, tcp.IP, fix)
	}
	return ""
}
