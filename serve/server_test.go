package serve

import (
	"bytes"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestNewServer(t *testing.T) {
	var buf bytes.Buffer
	h := http.NotFoundHandler()
	s := NewServer("127.0.0.1:8080", h, slog.New(slog.NewTextHandler(&buf, nil)))
	if s.Addr != "127.0.0.1:8080" {
		t.Errorf("Addr %q", s.Addr)
	}
	for name, tt := range map[string]struct{ got, want time.Duration }{
		"ReadHeaderTimeout": {s.ReadHeaderTimeout, 5 * time.Second},
		"ReadTimeout":       {s.ReadTimeout, 15 * time.Second},
		"WriteTimeout":      {s.WriteTimeout, 30 * time.Second},
		"IdleTimeout":       {s.IdleTimeout, 60 * time.Second},
	} {
		if tt.got != tt.want {
			t.Errorf("%s = %s, want %s", name, tt.got, tt.want)
		}
	}
	if s.MaxHeaderBytes != 64<<10 {
		t.Errorf("MaxHeaderBytes = %d, want %d", s.MaxHeaderBytes, 64<<10)
	}
	if s.ErrorLog == nil {
		t.Fatal("ErrorLog is nil")
	}
	s.ErrorLog.Print("http: TLS handshake error")
	if out := buf.String(); !strings.Contains(out, "level=WARN") || !strings.Contains(out, "TLS handshake error") {
		t.Errorf("ErrorLog did not reach slog at warn: %q", out)
	}
}
