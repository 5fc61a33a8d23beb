package cli

import (
	"net"
	"strings"
	"testing"
)

func TestPublicURLMismatch(t *testing.T) {
	tests := []struct {
		name, publicURL, listen, want string // want: a phrase of the warning, "" for none
	}{
		{"same port on loopback", "http://localhost:8080/", "127.0.0.1:8080", ""},
		{"other port", "http://localhost:8080/", "127.0.0.1:9090", "names port 8080 but the server listens on port 9090"},
		{"default port of the scheme", "http://127.0.0.1/", "127.0.0.1:8080", "names port 80"},
		{"loopback, listening everywhere", "http://localhost:8080/", "0.0.0.0:8080", "this machine only"},
		{"an IP it listens on", "http://192.0.2.7:8080/", "0.0.0.0:8080", ""},
		{"another IP", "http://192.0.2.7:8080/", "192.0.2.8:8080", "names 192.0.2.7 but the server listens on 192.0.2.8"},
		{"a name: perhaps a proxy", "https://feeds.example.org/", "127.0.0.1:8080", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			addr, err := net.ResolveTCPAddr("tcp", tt.listen)
			if err != nil {
				t.Fatal(err)
			}
			got := publicURLMismatch(tt.publicURL, addr)
			if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
				t.Errorf("publicURLMismatch(%q, %s) = %q, want %q", tt.publicURL, tt.listen, got, tt.want)
			}
		})
	}
}
