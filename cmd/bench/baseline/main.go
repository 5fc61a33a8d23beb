// Command baseline is cmd/bench's bare reference for sitefeed's cost per
// page: it fetches every URL of a file (one per line) with net/http,
// WORKERS at a time over kept-alive connections, and parses each body
// with goquery.NewDocumentFromReader, nothing else. It prints one JSON
// line: pages fetched, bytes read, errors.
//
//	baseline -urls FILE [-workers 4]
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/PuerkitoBio/goquery"
)

type result struct {
	Pages  int64 `json:"pages"`
	Bytes  int64 `json:"bytes"`
	Errors int64 `json:"errors"`
}

func main() {
	urls := flag.String("urls", "", "file with one URL per line")
	workers := flag.Int("workers", 4, "concurrent requests")
	flag.Parse()
	list, err := readLines(*urls)
	if err != nil {
		fmt.Fprintln(os.Stderr, "baseline:", err)
		os.Exit(2)
	}
	res := fetchAll(list, *workers)
	_ = json.NewEncoder(os.Stdout).Encode(res)
	if res.Errors > 0 {
		os.Exit(1)
	}
}

func readLines(name string) ([]string, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if sc.Text() != "" {
			out = append(out, sc.Text())
		}
	}
	return out, sc.Err()
}

func fetchAll(urls []string, workers int) result {
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{
		MaxIdleConnsPerHost: workers, IdleConnTimeout: 90 * time.Second}}
	jobs := make(chan string)
	var pages, bytes, errs atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for u := range jobs {
				n, err := fetch(client, u)
				bytes.Add(n)
				if err != nil {
					errs.Add(1)
					fmt.Fprintln(os.Stderr, "baseline:", err)
					continue
				}
				pages.Add(1)
			}
		})
	}
	for _, u := range urls {
		jobs <- u
	}
	close(jobs)
	wg.Wait()
	return result{Pages: pages.Load(), Bytes: bytes.Load(), Errors: errs.Load()}
}

// fetch gets one page and parses it; whatever the status, the body is
// parsed, as sitefeed reads error pages too.
func fetch(client *http.Client, u string) (int64, error) {
	resp, err := client.Get(u)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	cr := &countingReader{r: resp.Body}
	if _, err := goquery.NewDocumentFromReader(cr); err != nil {
		return cr.n, fmt.Errorf("%s: %w", u, err)
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	return cr.n, nil
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
