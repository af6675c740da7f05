"""A small reference evaluator of the project's formula language, used only to check the demo
data against the seeds' figures (GOLDEN.md). The product's real parser lives in
org.profmonitor.core; this one follows the same rules:

  sum(E)          Σ E over the organisations of a unit
  share(N, D)     Σ N / Σ D × 100 (never an average of percentages)
  count(C)        number of organisations meeting C
  orgshare(C)     percent of the reporting organisations meeting C
  @CODE           another indicator at the same unit;  prev(X)  X in the previous campaign
  + - * /, = <> < <= > >=, and or not, parentheses, numbers, element codes
"""
import re

TOKEN = re.compile(r'\s*(?:(\d+(?:\.\d+)?)|(@?[A-Za-z_][A-Za-z0-9_]*)|(<=|>=|<>|[-+*/(),=<>]))')
AGG = {'sum', 'share', 'count', 'orgshare'}


def tokenize(text):
    pos, out = 0, []
    text = text.strip()
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m:
            raise ValueError('bad formula at %d: %r' % (pos, text))
        out.append(m.group(1) or m.group(2) or m.group(3))
        pos = m.end()
    return out


class Parser:
    def __init__(self, text):
        self.t = tokenize(text)
        self.i = 0

    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else None

    def take(self, expected=None):
        tok = self.peek()
        if expected is not None and tok != expected:
            raise ValueError('expected %s, got %s in %s' % (expected, tok, ' '.join(self.t)))
        self.i += 1
        return tok

    def parse(self):
        node = self.orx()
        if self.peek() is not None:
            raise ValueError('trailing %s' % self.peek())
        return node

    def orx(self):
        n = self.andx()
        while self.peek() == 'or':
            self.take(); n = ('or', n, self.andx())
        return n

    def andx(self):
        n = self.notx()
        while self.peek() == 'and':
            self.take(); n = ('and', n, self.notx())
        return n

    def notx(self):
        if self.peek() == 'not':
            self.take(); return ('not', self.notx())
        return self.cmp()

    def cmp(self):
        n = self.add()
        if self.peek() in ('=', '<>', '<', '<=', '>', '>='):
            op = self.take(); n = ('cmp', op, n, self.add())
        return n

    def add(self):
        n = self.mul()
        while self.peek() in ('+', '-'):
            op = self.take(); n = (op, n, self.mul())
        return n

    def mul(self):
        n = self.unary()
        while self.peek() in ('*', '/'):
            op = self.take(); n = (op, n, self.unary())
        return n

    def unary(self):
        if self.peek() == '-':
            self.take(); return ('neg', self.unary())
        return self.atom()

    def atom(self):
        tok = self.take()
        if tok == '(':
            n = self.orx(); self.take(')'); return n
        if re.match(r'\d', tok):
            return ('num', float(tok))
        if tok.startswith('@'):
            return ('ref', tok[1:])
        if self.peek() == '(':
            self.take('(')
            args = [self.orx()]
            while self.peek() == ',':
                self.take(); args.append(self.orx())
            self.take(')')
            return ('call', tok, args)
        return ('el', tok)


def elements(node, acc=None):
    acc = set() if acc is None else acc
    if isinstance(node, tuple):
        if node[0] == 'el':
            acc.add(node[1])
        for part in node[1:]:
            if isinstance(part, tuple):
                elements(part, acc)
            elif isinstance(part, list):
                for a in part:
                    elements(a, acc)
    return acc


def scalar(v):
    """share/orgshare give (value, numerator, denominator); arithmetic uses the value."""
    return v[0] if isinstance(v, tuple) else v


class Evaluator:
    """data: {campaign_key: {org: {element: value}}}; prev_of: {campaign_key: previous key}."""

    def __init__(self, indicators, data, prev_of):
        self.ind = {code: Parser(f).parse() for code, f in indicators.items()}
        self.data, self.prev_of = data, prev_of

    def value(self, code, orgs, camp):
        return self.agg(self.ind[code], orgs, camp)

    def agg(self, n, orgs, camp):
        k = n[0]
        if k == 'num':
            return n[1]
        if k == 'ref':
            return self.value(n[1], orgs, camp)
        if k == 'neg':
            v = scalar(self.agg(n[1], orgs, camp)); return None if v is None else -v
        if k in '+-*/':
            a, b = scalar(self.agg(n[1], orgs, camp)), scalar(self.agg(n[2], orgs, camp))
            if a is None or b is None or (k == '/' and b == 0):
                return None
            return {'+': a + b, '-': a - b, '*': a * b, '/': a / b if b else None}[k]
        if k == 'call':
            name, args = n[1], n[2]
            if name == 'prev':
                p = self.prev_of.get(camp)
                return None if p is None else self.agg(args[0], orgs, p)
            rows = self.reporting(orgs, camp, args)
            if name == 'sum':
                return sum(self.per_org(args[0], r) for r in rows) if rows else None
            if name == 'share':
                num = sum(self.per_org(args[0], r) for r in rows)
                den = sum(self.per_org(args[1], r) for r in rows)
                return None if den == 0 else num / den * 100, num, den
            if name == 'count':
                return sum(1 for r in rows if self.per_org(args[0], r)) if rows else None
            if name == 'orgshare':
                if not rows:
                    return None
                hit = sum(1 for r in rows if self.per_org(args[0], r))
                return hit / len(rows) * 100, hit, len(rows)
        raise ValueError('not an aggregate: %r' % (n,))

    def reporting(self, orgs, camp, args):
        need = set()
        for a in args:
            elements(a, need)
        d = self.data[camp]
        return [d[o] for o in orgs if o in d and need <= d[o].keys()]

    def per_org(self, n, row):
        k = n[0]
        if k == 'num':
            return n[1]
        if k == 'el':
            return row[n[1]]
        if k == 'neg':
            return -self.per_org(n[1], row)
        if k in '+-*/':
            a, b = self.per_org(n[1], row), self.per_org(n[2], row)
            return {'+': a + b, '-': a - b, '*': a * b, '/': a / b if b else 0}[k]
        if k == 'cmp':
            a, b = self.per_org(n[2], row), self.per_org(n[3], row)
            return {'=': a == b, '<>': a != b, '<': a < b, '<=': a <= b, '>': a > b, '>=': a >= b}[n[1]]
        if k == 'and':
            return self.per_org(n[1], row) and self.per_org(n[2], row)
        if k == 'or':
            return self.per_org(n[1], row) or self.per_org(n[2], row)
        if k == 'not':
            return not self.per_org(n[1], row)
        raise ValueError('not per organisation: %r' % (n,))
