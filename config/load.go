package config

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Error is a configuration error. Key is the key path ("feeds[1].items.link"),
// Line the line in the file (0 when unknown).
type Error struct {
	File string
	Key  string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
		if e.Line > 0 {
			fmt.Fprintf(&b, ":%d", e.Line)
		}
		b.WriteString(": ")
	} else if e.Line > 0 {
		fmt.Fprintf(&b, "line %d: ", e.Line)
	}
	if e.Key != "" {
		fmt.Fprintf(&b, "%s: ", e.Key)
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Errors is every problem found in one file.
type Errors []*Error

func (es Errors) Error() string {
	msgs := make([]string, len(es))
	for i, e := range es {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "\n")
}

// Load reads, decodes strictly, applies defaults and validates the file.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	cfg, err := Parse(data)
	if err != nil {
		var es Errors
		if errors.As(err, &es) {
			for _, e := range es {
				e.File = path
			}
			return nil, es
		}
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	cfg.Path = path
	return cfg, nil
}

// Parse decodes YAML bytes into a validated Config.
func Parse(data []byte) (*Config, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, yamlErrors(err)
	}
	if len(doc.Content) == 0 {
		return nil, Errors{{Msg: "empty configuration"}}
	}
	lines := map[string]int{}
	indexLines(doc.Content[0], "", lines)
	var cfg Config
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&cfg); err != nil {
		return nil, withKeys(yamlErrors(err), lines)
	}
	if err := applySites(&cfg, doc.Content[0]); err != nil {
		var es Errors
		if errors.As(err, &es) {
			return nil, es
		}
		return nil, withKeys(yamlErrors(err), lines)
	}
	applyDefaults(&cfg, lines)
	if es := validate(&cfg, lines); len(es) > 0 {
		return nil, es
	}
	return &cfg, nil
}

// applySites builds cfg.Sites and the flat cfg.Feeds. The one-site
// shorthand (top-level hosts and feeds) becomes one site named after its
// canonical host. Each feed is rebuilt as the global defaults, overlaid by
// its site's defaults, overlaid by the feed's own keys; the strict decode
// has already rejected unknown keys.
func applySites(cfg *Config, root *yaml.Node) error {
	sitesNode := mapValue(root, "sites")
	if sitesNode == nil || sitesNode.Kind != yaml.SequenceNode || len(sitesNode.Content) == 0 {
		name := "site"
		if len(cfg.Hosts) > 0 {
			name = siteSlug(cfg.Hosts[0])
		}
		cfg.Sites = []Site{{Name: name, Hosts: cfg.Hosts, Origin: cfg.Origin, URLs: cfg.URLs}}
		cfg.shorthand = true
		feeds, err := siteFeeds(cfg.Defaults, mapValue(root, "feeds"), "feeds", name)
		if err != nil {
			return err
		}
		cfg.Feeds = feeds
		return nil
	}
	if len(cfg.Feeds) > 0 || len(cfg.Hosts) > 0 {
		return Errors{{Key: "sites", Line: sitesNode.Line, Msg: "use either sites: or the top-level hosts: and feeds: (one site), not both"}}
	}
	cfg.Feeds = nil
	for i, n := range sitesNode.Content {
		site := &cfg.Sites[i]
		defaults := cfg.Defaults.clone()
		if dn := mapValue(n, "defaults"); dn != nil {
			if err := dn.Decode(&defaults); err != nil {
				return err
			}
		}
		feeds, err := siteFeeds(defaults, mapValue(n, "feeds"), fmt.Sprintf("sites[%d].feeds", i), site.Name)
		if err != nil {
			return err
		}
		site.Feeds = nil
		cfg.Feeds = append(cfg.Feeds, feeds...)
	}
	cfg.syncFirstSite()
	return nil
}

// siteFeeds decodes a feeds sequence over defaults.
func siteFeeds(defaults Feed, feedsNode *yaml.Node, path, site string) ([]Feed, error) {
	if feedsNode == nil || feedsNode.Kind != yaml.SequenceNode {
		return nil, nil
	}
	out := make([]Feed, 0, len(feedsNode.Content))
	for i, n := range feedsNode.Content {
		f := defaults.clone()
		if err := n.Decode(&f); err != nil {
			return nil, err
		}
		f.SiteName, f.keyPath = site, fmt.Sprintf("%s[%d]", path, i)
		out = append(out, f)
	}
	return out, nil
}

func (f Feed) clone() Feed {
	c := f
	c.ListURLs = append([]string(nil), f.ListURLs...)
	c.FallbackURLs = append([]string(nil), f.FallbackURLs...)
	c.Sections = append([]string(nil), f.Sections...)
	c.DateFormats = append([]string(nil), f.DateFormats...)
	c.Article.Remove = append([]string(nil), f.Article.Remove...)
	return c
}

func mapValue(n *yaml.Node, key string) *yaml.Node {
	if n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

// indexLines records the line of every key path in the document.
func indexLines(n *yaml.Node, path string, lines map[string]int) {
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			p := n.Content[i].Value
			if path != "" {
				p = path + "." + p
			}
			lines[p] = n.Content[i].Line
			indexLines(n.Content[i+1], p, lines)
		}
	case yaml.SequenceNode:
		for i, c := range n.Content {
			p := path + "[" + strconv.Itoa(i) + "]"
			lines[p] = c.Line
			indexLines(c, p, lines)
		}
	}
}

// yamlErrors turns yaml.v3's errors ("line 7: field foo not found in type
// config.Feed") into Errors that name the key and line.
func yamlErrors(err error) error {
	var te *yaml.TypeError
	if !errors.As(err, &te) {
		return Errors{{Line: lineOf(err.Error()), Msg: strings.TrimPrefix(err.Error(), "yaml: ")}}
	}
	var es Errors
	for _, m := range te.Errors {
		e := &Error{Line: lineOf(m), Msg: m}
		if i := strings.Index(m, ": "); i >= 0 && strings.HasPrefix(m, "line ") {
			e.Msg = m[i+2:]
		}
		if f, ok := strings.CutPrefix(e.Msg, "field "); ok {
			if name, _, ok := strings.Cut(f, " not found"); ok {
				e.Key = name
				e.Msg = "unknown key (check its spelling and indentation)"
			}
		}
		es = append(es, e)
	}
	return es
}

func lineOf(msg string) int {
	msg = strings.TrimPrefix(msg, "yaml: ")
	rest, ok := strings.CutPrefix(msg, "line ")
	if !ok {
		return 0
	}
	end := strings.IndexFunc(rest, func(r rune) bool { return r < '0' || r > '9' })
	if end <= 0 {
		return 0
	}
	n, _ := strconv.Atoi(rest[:end])
	return n
}

// withKeys names the key of every error that has a line but no key (a
// type error: "timeout: `abc` is not a duration"), from the line index.
func withKeys(err error, lines map[string]int) error {
	var es Errors
	if !errors.As(err, &es) {
		return err
	}
	for _, e := range es {
		if e.Key == "" && e.Line > 0 {
			e.Key = keyAt(lines, e.Line)
		}
		e.Msg = typeMessage(e.Msg)
	}
	return es
}

// keyAt is the deepest key path on line.
func keyAt(lines map[string]int, line int) string {
	best := ""
	for k, l := range lines {
		if l == line && (len(k) > len(best) || len(k) == len(best) && k < best) {
			best = k
		}
	}
	return best
}

// typeMessage turns yaml's "cannot unmarshal !!str `abc` into
// time.Duration" into words a user acts on.
func typeMessage(msg string) string {
	rest, ok := strings.CutPrefix(msg, "cannot unmarshal ")
	if !ok {
		return msg
	}
	val, target, ok := strings.Cut(rest, " into ")
	if !ok {
		return msg
	}
	if i := strings.IndexByte(val, ' '); i >= 0 && strings.HasPrefix(val, "!!") {
		val = val[i+1:]
	}
	want := map[string]string{
		"time.Duration": "a duration such as 30s or 2m", "int": "a whole number", "int64": "a whole number",
		"float64": "a number", "bool": "true or false", "string": "a string",
	}[target]
	switch {
	case want != "":
		return fmt.Sprintf("%s is not %s", val, want)
	case strings.HasPrefix(target, "[]"):
		return fmt.Sprintf("%s is not a list", val)
	}
	return fmt.Sprintf("%s is not the right kind of value here (%s)", val, target)
}
