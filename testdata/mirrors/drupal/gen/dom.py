"""A tiny DOM on top of html.parser, plus the offline server's URL-to-file
mapping and a word-date parser, for check.py.  python3 stdlib only."""
import os
import re
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser
from urllib.parse import urlsplit

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
ASSET_EXT = (".png", ".jpg", ".gif", ".pdf", ".txt", ".css", ".js", ".ico")


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def cls(self):
        return (self.attrs.get("class") or "").split()

    def iter(self):
        for c in self.children:
            if isinstance(c, Node):
                yield c
                yield from c.iter()

    def find_all(self, tag=None, cls=None, id=None):
        return [n for n in self.iter() if (tag is None or n.tag == tag) and (cls is None or cls in n.cls())
                and (id is None or n.attrs.get("id") == id)]

    def find(self, tag=None, cls=None, id=None):
        r = self.find_all(tag, cls, id)
        return r[0] if r else None

    def text(self):
        out = []
        for c in self.children:
            if isinstance(c, str):
                out.append(c)
            elif c.tag not in ("script", "style"):
                out.append(c.text())
        return re.sub(r"\s+", " ", "".join(out)).strip()


class _P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root

    def handle_starttag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, attrs, self.cur))

    def handle_endtag(self, tag):
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            self.cur = n.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def read_html(path):
    raw = open(path, "rb").read()
    m = re.search(rb'charset=["\']?([\w-]+)', raw[:2048])
    enc = m.group(1).decode() if m else "utf-8"
    return raw.decode(enc), enc


def parse(path):
    s, enc = read_html(path)
    p = _P()
    p.feed(s)
    p.close()
    return p.root, s, enc


HOSTS = ("migration.gov.az", "www.migration.gov.az")


def local_path(url):
    """Path + query of a URL on the site, /index.php/ prefix and trailing slash removed; None if off-site."""
    u = urlsplit(url)
    if u.scheme not in ("http", "https") or u.hostname not in HOSTS:
        return None
    p = u.path
    if p.startswith("/index.php/") or p == "/index.php":
        p = p[len("/index.php"):] or "/"
    if len(p) > 1:
        p = p.rstrip("/")
    return p + ("?" + u.query if u.query else "")


def canonical(url):
    p = local_path(url)
    return None if p is None else "https://migration.gov.az" + p


def url_file(root, url):
    p = local_path(url)
    if p is None:
        return None
    path, _, q = p.partition("?")
    if q == "page=1":
        q = ""
    rel = path.strip("/") or "index"
    if rel.endswith(ASSET_EXT):
        return os.path.join(root, rel)
    return os.path.join(root, rel + ("@" + q if q else "") + ".html")


MONTHS = {}
for _names in (["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"],
               ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
               ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]):
    for _k, _n in enumerate(_names):
        MONTHS[_n] = _k + 1


def parse_words(s):
    """'5 fevral 2026, 14:30', 'February 5, 2026, 14:30', '05 fevral 2026-cı il, 09:15',
    '18 января 2026 г. 11:13' -> '2026-02-05T14:30' / '2026-02-05'; None if no date."""
    s = s.replace("İ", "i").lower()
    m = re.search(r"(\d{1,2})\s+([^\W\d_]+),?\s+(\d{4})", s)
    if m and m.group(2) in MONTHS:
        d, mo, y = int(m.group(1)), MONTHS[m.group(2)], int(m.group(3))
    else:
        m = re.search(r"([^\W\d_]+)\s+(\d{1,2}),\s+(\d{4})", s)
        if not m or m.group(1) not in MONTHS:
            return None
        d, mo, y = int(m.group(2)), MONTHS[m.group(1)], int(m.group(3))
    rest = s[m.end():]
    t = re.match(r"^(?:-c[ıiuü] il)?(?:\s*г\.)?[,\s]*(\d{1,2}):(\d{2})", rest)
    if t:
        return "%04d-%02d-%02dT%02d:%02d" % (y, mo, d, int(t.group(1)), int(t.group(2)))
    return "%04d-%02d-%02d" % (y, mo, d)


def parse_iso(s):
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return s
    dt = datetime.fromisoformat(s)
    if dt.tzinfo is not None:
        dt = dt.astimezone(timezone(timedelta(hours=4)))
    return dt.strftime("%Y-%m-%dT%H:%M")


def all_pages(root):
    for d, _, fs in os.walk(root):
        for f in fs:
            if f.endswith(".html"):
                yield os.path.join(d, f)


def file_url(root, path):
    rel = os.path.relpath(path, root)[:-5]
    if rel == "index":
        return "https://migration.gov.az/"
    a, _, q = rel.partition("@")
    return "https://migration.gov.az/" + a + ("?" + q if q else "")
