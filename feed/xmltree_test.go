package feed

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// node is a minimal XML tree for assertions, built by a strict decoder.
type node struct {
	Name     xml.Name
	Attr     []xml.Attr
	Children []*node
	Text     string
}

// parseStrict walks every token of doc with a strict decoder (what a
// conforming XML parser accepts) and returns the root element. It fails on
// any well-formedness error, an illegal character included.
func parseStrict(doc []byte) (*node, error) {
	d := xml.NewDecoder(bytes.NewReader(doc))
	d.Strict = true
	var stack []*node
	var root *node
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := checkNamespaces(t); err != nil {
				return nil, err
			}
			n := &node{Name: t.Name, Attr: t.Attr}
			if len(stack) > 0 {
				top := stack[len(stack)-1]
				top.Children = append(top.Children, n)
			} else if root != nil {
				return nil, errors.New("more than one root element")
			} else {
				root = n
			}
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 0 {
				stack[len(stack)-1].Text += string(t)
			}
		}
	}
	if root == nil {
		return nil, errors.New("no root element")
	}
	return root, nil
}

// checkNamespaces fails on an undeclared prefix, which encoding/xml lets
// through, leaving the bare prefix as the name's Space.
func checkNamespaces(el xml.StartElement) error {
	names := []xml.Name{el.Name}
	for _, a := range el.Attr {
		if a.Name.Space != "xmlns" {
			names = append(names, a.Name)
		}
	}
	for _, n := range names {
		if n.Space != "" && !strings.Contains(n.Space, ":") {
			return fmt.Errorf("undeclared namespace prefix %q in %s:%s", n.Space, n.Space, n.Local)
		}
	}
	return nil
}

// attr is the value of the attribute local (any namespace), "" if absent.
func (n *node) attr(local string) string {
	v, _ := n.lookup(local)
	return v
}

func (n *node) lookup(local string) (string, bool) {
	for _, a := range n.Attr {
		if a.Name.Local == local {
			return a.Value, true
		}
	}
	return "", false
}

// all returns the children of n named local (any namespace).
func (n *node) all(local string) []*node {
	var out []*node
	for _, c := range n.Children {
		if c.Name.Local == local {
			out = append(out, c)
		}
	}
	return out
}

// one returns the first child named local, or an empty node.
func (n *node) one(local string) *node {
	if c := n.all(local); len(c) > 0 {
		return c[0]
	}
	return &node{}
}

// text is the trimmed text of n.
func (n *node) text() string { return strings.TrimSpace(n.Text) }

// walk calls f for n and every descendant.
func (n *node) walk(f func(*node)) {
	f(n)
	for _, c := range n.Children {
		c.walk(f)
	}
}
