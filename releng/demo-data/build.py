"""Writes one region bundle's data files from a region module (regions/<name>.py) and checks them.

A region module defines REGION, MUNICIPALITIES, INDICATOR_SET, CAMPAIGNS and GOLDEN (see
regions/tver.py). This module turns them into data/directory.xmi, data/indicators.xmi,
data/demo/campaign-*.xmi, data/demo/values-*.csv and data/GOLDEN.md, after checking that every
part stays within its whole and that every golden figure comes out of the formulas exactly.
"""
import os

import xmi
from formula import Evaluator, scalar
from xmi import El


def directory(mod):
    root = El('pm:Directory')
    r = mod.REGION
    root.add(El('region', {'code': r['code'], 'name': r['name']}))
    for m in mod.MUNICIPALITIES:
        me = root.add(El('municipalities', {'code': m['code'], 'name': m['name'], 'kind': m['kind']}))
        if m.get('note'):
            me.add(xmi.comment(m['note']))
        for o in m['orgs']:
            if o.get('synthetic'):
                me.add(xmi.comment('synthetic: ' + o['code']))
            me.add(El('organisations', {'code': o['code'], 'name': o['name'],
                                        'shortName': o.get('shortName'), 'kind': o['kind']},
                      many=[('levels', lv) for lv in o.get('levels', [])]))
    return root


def legal_act(tag, act):
    return El(tag, {k: act.get(k) for k in ('title', 'issuer', 'number', 'date', 'note')})


def indicator_set(mod):
    s = mod.INDICATOR_SET
    root = El('pm:IndicatorSet', {'id': s['id'], 'regionCode': s['regionCode'],
                                  'title': s['title'], 'version': s.get('version')})
    root.add(legal_act('regulation', s['regulation']))
    for c in s['criteria']:
        ce = root.add(El('criteria', {'code': c['code'], 'name': c['name'],
                                      'description': c.get('description')}))
        for i in c['indicators']:
            ie = ce.add(El('indicators', {
                'code': i['code'], 'name': i['name'], 'description': i.get('description'),
                'unit': i.get('unit'), 'direction': i.get('direction', 'HIGHER_IS_BETTER'),
                'formula': i['formula'], 'level': i.get('level'),
                'assumption': True if i.get('assumptionNote') else None,
                'assumptionNote': i.get('assumptionNote')},
                many=[('disaggregations', d) for d in i.get('disaggregations', [])]))
            for t in i.get('targets', []):
                ie.add(El('targets', {
                    'kind': t.get('kind', 'VALUE'),
                    'value': float(t['value']) if 'value' in t else None,
                    'level': t.get('level'), 'municipalityCode': t.get('municipality'),
                    'academicYear': t.get('academicYear'),
                    'assumption': True if t.get('assumptionNote') else None,
                    'assumptionNote': t.get('assumptionNote')}))
    for e in s['elements']:
        root.add(El('dataElements', {
            'code': e['code'], 'name': e['name'], 'description': e.get('description'),
            'type': e.get('type', 'COUNT'), 'unit': e.get('unit'),
            'min': float(e['min']) if 'min' in e else (0.0 if e.get('type', 'COUNT') != 'NUMBER' else None),
            'max': float(e['max']) if 'max' in e else (1.0 if e.get('type') == 'FLAG' else None),
            'whole': e.get('whole'), 'partGroup': e.get('partGroup')}))
    for t in s['templates']:
        root.add(El('recommendationTemplates', {
            'problemKind': t['problem'], 'indicator': t.get('indicator'),
            'addresseeKind': t['addressee'], 'action': t['action'],
            'deadlineRule': t.get('deadline'), 'responsible': t.get('responsible')}))
    return root


def campaign(mod, c):
    root = El('pm:Campaign', {
        'id': c['id'], 'title': c['title'], 'academicYear': c.get('academicYear'),
        'periodStart': c.get('periodStart'), 'periodEnd': c.get('periodEnd'),
        'schedule': c.get('schedule'), 'status': c.get('status', 'CLOSED')})
    root.add(El('indicatorSet', {'href': '../indicators.xmi#' + mod.INDICATOR_SET['id']}))
    if c.get('openingOrder'):
        root.add(legal_act('openingOrder', c['openingOrder']))
    if c.get('previous'):
        # the previous campaign of the same set, for prev() and "change against last year"
        previous = next(p for p in mod.CAMPAIGNS if p['id'] == c['previous'])
        root.add(El('previous', {'href': os.path.basename(previous['file']) + '#' + previous['id']}))
    return root


def check_parts(mod, c):
    els = {e['code']: e for e in mod.INDICATOR_SET['elements']}
    groups = {}
    for e in els.values():
        if e.get('whole') and e.get('partGroup'):
            groups.setdefault((e['whole'], e['partGroup']), []).append(e['code'])
    for org, row in c['data'].items():
        for code, v in row.items():
            e = els[code]
            assert v >= 0 and v == int(v), (org, code, v)
            if e.get('type') == 'FLAG':
                assert v in (0, 1), (org, code, v)
            w = e.get('whole')
            if w and w in row:
                assert v <= row[w], '%s %s: %s > %s %s' % (c['id'], org, code, w, row[w])
        for (w, g), parts in groups.items():
            if w in row and all(p in row for p in parts):
                assert sum(row[p] for p in parts) <= row[w], (c['id'], org, g)


def write_csv(c, path):
    order = [e for e in c['elementOrder']]
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('organisation;element;value\n')
        n = 0
        for org, row in c['data'].items():
            for code in order:
                if code in row:
                    f.write('%s;%s;%d\n' % (org, code, row[code]))
                    n += 1
    return n


def units(mod):
    out = {mod.REGION['code']: [o['code'] for m in mod.MUNICIPALITIES for o in m['orgs']]}
    for m in mod.MUNICIPALITIES:
        out[m['code']] = [o['code'] for o in m['orgs']]
        for o in m['orgs']:
            out[o['code']] = [o['code']]
    return out


def fmt(v):
    if v is None:
        return '—'
    return ('%.1f' % v).replace('.', ',') if v != int(v) or isinstance(v, float) else str(v)


def golden(mod, bundle_dir):
    formulas = {i['code']: i['formula'] for c in mod.INDICATOR_SET['criteria'] for i in c['indicators']}
    data = {c['id']: c['data'] for c in mod.CAMPAIGNS}
    prev = {c['id']: c.get('previous') for c in mod.CAMPAIGNS}
    ev = Evaluator(formulas, data, prev)
    u = units(mod)
    rows = []
    for g in mod.GOLDEN:
        got = ev.value(g['indicator'], u[g['unit']], g['campaign'])
        value = scalar(got)
        num, den = (got[1], got[2]) if isinstance(got, tuple) else (value, None)
        exp_num, exp_den = g.get('num'), g.get('den')
        ok = (exp_num is None or abs(num - exp_num) < 1e-9) and (exp_den is None or abs(den - exp_den) < 1e-9)
        if 'value' in g:
            ok = ok and value is not None and abs(round(value, 1) - g['value']) < 1e-9
        if 'min' in g:
            ok = ok and value > g['min']
        if 'max' in g:
            ok = ok and value < g['max']
        if value is not None:
            # a value ending in exactly 5 at the second decimal rounds differently HALF_UP / HALF_EVEN
            assert abs(abs(value * 10) % 1 - 0.5) > 1e-6, 'tie in rounding: %s %s %r' % (g['indicator'], g['unit'], value)
        assert ok, 'golden %s %s %s: got %r' % (g['indicator'], g['unit'], g['campaign'], got)
        rows.append((g, num, den, value))
    lines = [mod.GOLDEN_INTRO, '',
             '| # | campaign | indicator | unit | numerator | denominator | value (1 dec.) | the seed says | plan | reached | source |',
             '|---|---|---|---|---|---|---|---|---|---|---|']
    for n, (g, num, den, value) in enumerate(rows, 1):
        lines.append('| %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |' % (
            n, g['campaign'], g['indicator'], g['unit'], fmt(num), fmt(den) if den is not None else '—',
            fmt(round(value, 1)) if value is not None else '—', g['seed'], g.get('plan', '—'),
            g.get('reached', '—'), g['source']))
    if getattr(mod, 'GOLDEN_NOTES', None):
        lines += [''] + mod.GOLDEN_NOTES
    with open(os.path.join(bundle_dir, 'data', 'GOLDEN.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    return len(rows)


def build(mod, bundle_dir):
    data_dir = os.path.join(bundle_dir, 'data')
    os.makedirs(os.path.join(data_dir, 'demo'), exist_ok=True)
    gen = 'Generated by releng/demo-data/generate.py; edit the script, not this file.'
    xmi.write(directory(mod), os.path.join(data_dir, 'directory.xmi'), gen)
    xmi.write(indicator_set(mod), os.path.join(data_dir, 'indicators.xmi'), gen)
    order = [e['code'] for e in mod.INDICATOR_SET['elements']]
    known_orgs = {o['code'] for m in mod.MUNICIPALITIES for o in m['orgs']}
    stats = {'municipalities': len(mod.MUNICIPALITIES), 'organisations': len(known_orgs), 'values': {}}
    for c in mod.CAMPAIGNS:
        assert set(c['data']) <= known_orgs, set(c['data']) - known_orgs
        for row in c['data'].values():
            assert set(row) <= set(order), set(row) - set(order)
        check_parts(mod, c)
        c['elementOrder'] = order
        xmi.write(campaign(mod, c), os.path.join(bundle_dir, c['file']), gen)
        stats['values'][c['id']] = write_csv(c, os.path.join(bundle_dir, c['values']))
    stats['golden'] = golden(mod, bundle_dir)
    return stats
