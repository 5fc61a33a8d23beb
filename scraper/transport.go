package scraper

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
)

// originTransport sends every request for the site's hosts to another
// origin (a mirror, a test server). The request keeps its real URL for
// everything above the transport, so canonical URLs and GUIDs keep the real
// host; redirects that name the origin are rewritten back to the real host.
type originTransport struct {
	origin *url.URL
	hosts  []string
	next   http.RoundTripper
}

func (t *originTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if !t.isSite(req.URL.Hostname()) {
		return t.next.RoundTrip(req)
	}
	realHost := req.URL.Host
	r := req.Clone(req.Context())
	r.URL.Scheme = t.origin.Scheme
	r.URL.Host = t.origin.Host
	r.Host = t.origin.Host
	resp, err := t.next.RoundTrip(r)
	if err != nil {
		return nil, err
	}
	resp.Request = req // above the transport, the page is still the site's
	if loc := resp.Header.Get("Location"); loc != "" {
		if lu, err := url.Parse(loc); err == nil && strings.EqualFold(lu.Host, t.origin.Host) {
			lu.Scheme, lu.Host = req.URL.Scheme, realHost
			resp.Header.Set("Location", lu.String())
		}
	}
	return resp, nil
}

func (t *originTransport) isSite(host string) bool {
	for _, h := range t.hosts {
		if strings.EqualFold(h, host) {
			return true
		}
	}
	return false
}

// feedCtxTransport makes every request also end with the context of the
// feed run under way (run_timeout, cancellation): colly binds requests to
// the collector's context only, which spans the whole run. Feeds of a run
// are scraped one after the other, so one current context is enough.
type feedCtxTransport struct {
	cur  atomic.Pointer[context.Context]
	next http.RoundTripper
}

func (t *feedCtxTransport) set(ctx context.Context) { t.cur.Store(&ctx) }

func (t *feedCtxTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	p := t.cur.Load()
	if p == nil {
		return t.next.RoundTrip(req)
	}
	ctx, cancel := context.WithCancelCause(req.Context())
	stop := context.AfterFunc(*p, func() { cancel(context.Cause(*p)) })
	done := func() {
		stop()
		cancel(nil)
	}
	resp, err := t.next.RoundTrip(req.WithContext(ctx))
	if err != nil {
		done()
		return nil, err
	}
	resp.Body = &doneBody{ReadCloser: resp.Body, done: done}
	return resp, nil
}

// doneBody releases a request's context when its body is closed.
type doneBody struct {
	io.ReadCloser
	done func()
	once sync.Once
}

func (b *doneBody) Close() error {
	err := b.ReadCloser.Close()
	b.once.Do(b.done)
	return err
}
