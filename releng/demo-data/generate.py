#!/usr/bin/env python3
"""Regenerates the data files of the region bundles (deterministic: fixed seeds).

    python3 releng/demo-data/generate.py            # all regions
    python3 releng/demo-data/generate.py tver       # one region

Run from anywhere; writes into bundles/org.profmonitor.region.<name>/data/.
"""
import importlib
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build  # noqa: E402

ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
REGIONS = ['tver', 'chelyabinsk', 'penza']


def main(names):
    for name in names or REGIONS:
        mod = importlib.import_module('regions.' + name)
        stats = build.build(mod, os.path.join(ROOT, 'bundles', 'org.profmonitor.region.' + name))
        print('%s: %d municipalities, %d organisations, values %s, %d golden rows checked'
              % (name, stats['municipalities'], stats['organisations'], stats['values'], stats['golden']))


if __name__ == '__main__':
    main(sys.argv[1:])
