package main

import (
	"context"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"sitefeed/internal/corpus"
	"sitefeed/internal/fixturesite"
)

// newCorpusServer generates a small corpus and serves it as the server
// child does, in memory.
func newCorpusServer(t *testing.T) *env {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "site")
	if _, err := corpus.Generate(dir, corpus.Options{PerLanguage: 12, PressPerLanguage: 2, Seed: 3}); err != nil {
		t.Fatal(err)
	}
	site := fixturesite.New(dir, fixturesite.WithFrozenCache())
	if err := site.Preload(); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(corpusHandler(site))
	t.Cleanup(ts.Close)
	return &env{site: dir, srv: &server{URL: ts.URL}}
}

func fetch(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(body)
}

func TestAddArticlesIsServedAtOnce(t *testing.T) {
	e := newCorpusServer(t)
	ctx := context.Background()
	_, before := fetch(t, e.srv.URL+"/az/news")
	if err := e.addArticles(ctx, 2); err != nil {
		t.Fatal(err)
	}
	status, after := fetch(t, e.srv.URL+"/az/news")
	if status != 200 || after == before {
		t.Fatalf("after addArticles: /az/news status %d, changed %v; want 200 and the new list", status, after != before)
	}
	added := 0
	for _, lang := range corpus.Languages {
		_, list := fetch(t, e.srv.URL+"/"+lang+"/news")
		for _, id := range []string{"14013", "14014"} { // a 12-article corpus has news 14001..14012
			link := "/" + lang + "/news_detail/" + id
			if !strings.Contains(list, `"`+link+`"`) {
				t.Errorf("/%s/news does not list %s", lang, link)
				continue
			}
			if status, _ := fetch(t, e.srv.URL+link); status != 200 {
				t.Errorf("%s: status %d, want 200", link, status)
			}
			added++
		}
	}
	if added != 6 {
		t.Errorf("found %d new articles, want 6", added)
	}
}

func TestControlPaths(t *testing.T) {
	e := newCorpusServer(t)
	ctx := context.Background()
	for _, target := range []string{"/az/news", "/robots.txt", "/az/news_detail/1"} {
		fetch(t, e.srv.URL+target)
	}
	reqs, err := e.srv.requests(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got := count(reqs); got != (tally{Requests: 3, ListPages: 1, Robots: 1, NotFound: 1}) {
		t.Errorf("log tally %+v, want 3 requests: a list page, robots.txt, a 404", got)
	}
	if err := e.srv.reset(ctx); err != nil {
		t.Fatal(err)
	}
	if reqs, err = e.srv.requests(ctx); err != nil || len(reqs) != 0 {
		t.Errorf("after reset: %d requests logged (%v), want 0", len(reqs), err)
	}
	if cpu, err := e.srv.cpu(ctx); err != nil || cpu <= 0 {
		t.Errorf("server CPU %v (%v), want > 0", cpu, err)
	}
}

// TestCorpusChangesOnlyThroughAddArticles guards the server's frozen
// cache: after setup, the corpus may change only in env.addArticles,
// which has the server forget what it holds. It looks, in every function
// of the package, for the calls that write the corpus and the uses of its
// directory.
func TestCorpusChangesOnlyThroughAddArticles(t *testing.T) {
	allowed := map[string][]string{
		"corpus.Generate":    {"setup"},
		"corpus.AddArticles": {"addArticles"},
		"env.site":           {"setup", "addArticles"},
	}
	fset := token.NewFileSet()
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok {
				continue
			}
			ast.Inspect(fn, func(n ast.Node) bool {
				sel, ok := n.(*ast.SelectorExpr)
				if !ok {
					return true
				}
				key := ""
				if x, ok := sel.X.(*ast.Ident); ok && x.Name == "corpus" {
					key = "corpus." + sel.Sel.Name
				} else if sel.Sel.Name == "site" {
					key = "env.site"
				}
				if key == "" {
					return true
				}
				seen[key] = true
				if fns, ok := allowed[key]; ok && !slices.Contains(fns, fn.Name.Name) {
					t.Errorf("%s: %s in %s; only %v may use it, or the server serves stale pages",
						fset.Position(sel.Pos()), key, fn.Name.Name, fns)
				}
				return true
			})
		}
	}
	for key := range allowed {
		if !seen[key] {
			t.Errorf("%s is used nowhere: update this test", key)
		}
	}
}
