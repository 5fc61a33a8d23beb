#!/usr/bin/env python3
"""Self-check for the cards mirror: crawl each list like a client would,
map URLs to files with the test-server rules, compare with EXPECTED.json."""
import html
import json
import os
import re
import sys
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit, parse_qsl, urlencode

OUT = os.path.dirname(os.path.abspath(__file__))
HOSTS = {'migration.gov.az', 'www.migration.gov.az'}


def to_file(root, url):
    u = urlsplit(url)
    if u.netloc and u.netloc not in HOSTS:
        return None
    path = u.path
    if path.startswith('/index.php/') or path == '/index.php':
        path = path[len('/index.php'):] or '/'
    q = [(k, v) for k, v in parse_qsl(u.query, keep_blank_values=True)
         if not k.startswith('utm_') and not (k == 'page' and v == '1')]
    p = path.strip('/')
    if not p:
        return os.path.join(root, 'index.html')
    if os.path.splitext(p)[1] and not q:
        return os.path.join(root, p)
    if q:
        p += '@' + urlencode(q)
    return os.path.join(root, p + '.html')


def canon(url):
    u = urlsplit(url)
    path = u.path
    if path.startswith('/index.php/'):
        path = path[len('/index.php'):]
    return 'https://migration.gov.az' + path


class P(HTMLParser):
    def __init__(self):
        super().__init__()
        self.cards = []      # (href, title attr, text, date)
        self.pager_next = None
        self.srcs = []
        self.stack = []
        self.in_card_title = False
        self.in_date = False
        self.cur_date = None
        self.in_h1 = False
        self.h1 = ''
        self.in_detail_date = False
        self.detail_date = ''
        self.in_pic = False
        self.lead = None
        self.in_card = 0

    def handle_starttag(self, tag, a):
        a = dict(a)
        cls = a.get('class') or ''
        for k in ('src', 'data-src', 'href'):
            if a.get(k) and tag in ('img', 'a', 'link', 'script'):
                self.srcs.append(a[k])
        if tag == 'div' and 'news-card' == cls:
            self.cur_date = None
        if tag == 'div' and 'news-card__date' in cls:
            self.in_date = True
            self.cur_date = ''
        if tag == 'div' and cls == 'news-card__title':
            self.in_card_title = True
        if tag == 'a' and self.in_card_title:
            self.cards.append([a['href'], a.get('title'), '', self.cur_date])
        if tag == 'a' and 'pager__next' in cls:
            self.pager_next = a['href']
        if tag == 'h1':
            self.in_h1 = True
        if tag == 'div' and cls == 'detail-date':
            self.in_detail_date = True
        if tag == 'div' and cls == 'detail-picture':
            self.in_pic = True
        if tag == 'img' and self.in_pic:
            self.lead = a.get('data-src') or a.get('src')
            self.in_pic = False

    def handle_endtag(self, tag):
        if tag == 'div':
            self.in_date = False
            self.in_card_title = False
            self.in_detail_date = False
        if tag == 'h1':
            self.in_h1 = False
        if tag == 'span':
            self.in_date = False

    def handle_data(self, d):
        if self.in_date and self.cur_date is not None:
            self.cur_date += d
        if self.in_card_title and self.cards:
            self.cards[-1][2] += d
        if self.in_h1:
            self.h1 += d
        if self.in_detail_date:
            self.detail_date += d


def parse(fn):
    p = P()
    with open(fn, encoding='utf-8') as f:
        p.feed(f.read())
    return p


def iso(s):
    if not s:
        return None
    m = re.search(r'(\d\d)\.(\d\d)\.(\d{4})(?:,?\s+(\d\d:\d\d))?', s)
    if not m:
        return None
    r = '%s-%s-%s' % (m.group(3), m.group(2), m.group(1))
    return r + 'T' + m.group(4) if m.group(4) else r


def check(state):
    root = os.path.join(OUT, state)
    exp = json.load(open(os.path.join(root, 'EXPECTED.json'), encoding='utf-8'))
    errors = []
    assets = set()
    for feed, lurl in exp['list_urls'].items():
        url = 'https://migration.gov.az' + lurl
        got = []
        pages = 0
        while url:
            fn = to_file(root, url)
            if not os.path.exists(fn):
                errors.append('%s: list page missing %s' % (feed, fn))
                break
            p = parse(fn)
            pages += 1
            for s in p.srcs:
                assets.add(urljoin(url, s))
            for href, tattr, text, cdate in p.cards:
                au = urljoin(url, href)
                af = to_file(root, au)
                if not af or not os.path.exists(af):
                    errors.append('%s: link %s -> no file %s' % (feed, href, af))
                    continue
                ap = parse(af)
                for s in ap.srcs:
                    assets.add(urljoin(au, s))
                title = ' '.join(html.unescape(ap.h1).split())
                if text.endswith('...') and (tattr is None or ' '.join(tattr.split()) != title):
                    errors.append('%s: truncated %s without full title attr' % (feed, href))
                dates = [x for x in (iso(cdate), iso(ap.detail_date)) if x]
                date = max(dates, key=len) if dates else None
                lead = canon(urljoin(au, ap.lead)) if ap.lead else None
                got.append({'url': canon(au), 'title': title, 'date': date, 'image': lead})
            url = urljoin(url, p.pager_next) if p.pager_next else None
        if got != exp['feeds'][feed]:
            for i, (g, e) in enumerate(zip(got, exp['feeds'][feed])):
                if g != e:
                    errors.append('%s #%d: got %s expected %s' % (feed, i, g, e))
            if len(got) != len(exp['feeds'][feed]):
                errors.append('%s: %d items crawled, %d expected' % (feed, len(got), len(exp['feeds'][feed])))
        print('%s %-9s %2d items over %d pages' % (state, feed, len(got), pages))
    missing = sorted(a for a in assets
                     if urlsplit(a).netloc in HOSTS and to_file(root, a) and not os.path.exists(to_file(root, a)))
    for need in ('robots.txt', 'index.html', 'az.html', 'en.html', 'ru.html'):
        if not os.path.exists(os.path.join(root, need)):
            errors.append('missing ' + need)
    return errors, missing


if __name__ == '__main__':
    bad = False
    for st in ('v1', 'v2'):
        errs, missing = check(st)
        for e in errs:
            print('ERROR', e)
        bad |= bool(errs)
        print(st, 'unresolved same-site references (expected: bitrix css/js, favicon, one thumbnail, menu pages):')
        for m in sorted({urlsplit(m).path for m in missing}):
            print('   ', m)
    sys.exit(1 if bad else 0)
