package normalize

import (
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

func cpuNow() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestCPUScratch(t *testing.T) {
	in, _ := os.ReadFile(filepath.Join("testdata", "article.html"))
	s := NewSanitizer(siteHosts)
	base := mustURL(t, articleBase)
	loc := baku(t)
	const n = 3000
	for _, c := range []struct {
		name string
		f    func()
	}{
		{"sanitize", func() { s.HTML(string(in), base) }},
		{"parsedate-az", func() { ParseDate("25 noyabr 2025-ci il, saat 09:00", "az", loc, nil) }},
		{"canon-abs", func() { CanonicalURL("https://www.migration.gov.az/index.php/az/news_detail/16701?utm_source=fb&b=1&a=2#top", base, siteHosts) }},
		{"canon-rel", func() { CanonicalURL("/index.php/en/news_detail/14243", base, siteHosts) }},
	} {
		c.f()
		start, wall := cpuNow(), time.Now()
		for range n {
			c.f()
		}
		fmt.Printf("%-14s cpu %v/op wall %v/op\n", c.name, (cpuNow()-start)/n, time.Since(wall)/n)
	}
}
