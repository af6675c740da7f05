"""Tiny writer for the ProfMonitor XMI files (UTF-8, readable Cyrillic).

The element and attribute names follow
bundles/org.profmonitor.model/model/profmonitor.ecore (nsURI http://www.profmonitor.org/model/1.0).
Many-valued attributes are written as child elements, as EMF saves them.
"""
from xml.sax.saxutils import quoteattr, escape

NS = ('xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" '
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
      'xmlns:pm="http://www.profmonitor.org/model/1.0"')


class El:
    """An element: tag, attributes (None values are skipped), children, many-valued attribute values."""

    def __init__(self, tag, attrs=None, children=None, many=None):
        self.tag = tag
        self.attrs = [(k, v) for k, v in (attrs or {}).items() if v is not None]
        self.children = list(children or [])
        self.many = list(many or [])  # (featureName, value)

    def add(self, child):
        self.children.append(child)
        return child


def _fmt(v):
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, float):
        return repr(v)
    return str(v)


def comment(text):
    """An XML comment among the children (documentation only: EMF drops it on load)."""
    return El('#comment', {'text': text})


def _write(el, out, depth, root=False):
    pad = '  ' * depth
    if el.tag == '#comment':
        out.append('%s<!-- %s -->' % (pad, el.attrs[0][1].replace('--', '-')))
        return
    attrs = ''.join(' %s=%s' % (k, quoteattr(_fmt(v))) for k, v in el.attrs)
    head = pad + '<' + el.tag + ((' ' + NS) if root else '') + attrs
    if not el.children and not el.many:
        out.append(head + '/>')
        return
    out.append(head + '>')
    for name, value in el.many:
        out.append('%s  <%s>%s</%s>' % (pad, name, escape(_fmt(value)), name))
    for c in el.children:
        _write(c, out, depth + 1)
    out.append(pad + '</' + el.tag + '>')


def write(root, path, comment=None):
    out = ['<?xml version="1.0" encoding="UTF-8"?>']
    if comment:
        out.append('<!-- %s -->' % comment.replace('--', '-'))
    _write(root, out, 0, root=True)
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(out) + '\n')
