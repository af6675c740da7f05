"""Helpers shared by the region modules: synthetic schools with consistent raw data."""


def clip(x, lo=0.0, hi=1.0):
    return max(lo, min(hi, x))


def part(rng, whole, rate, noise=0.08):
    """A part of a whole at about the given rate; exact at rate 0 and 1."""
    if rate <= 0:
        return 0
    if rate >= 1:
        return whole
    return min(whole, max(0, round(whole * clip(rate + rng.uniform(-noise, noise)))))


def split(rng, total, n):
    """Splits a total into n non-negative integers close to each other."""
    weights = [rng.uniform(0.85, 1.15) for _ in range(n)]
    s = sum(weights)
    parts = [int(total * w / s) for w in weights]
    for i in range(total - sum(parts)):
        parts[i % n] += 1
    return parts


def grades(rng, per_grade, senior):
    """Class sizes of grades 1..11 (index 0 unused); no 10-11 in a basic school."""
    lo, hi = per_grade
    g = [0] + [rng.randint(lo, hi) for _ in range(11)]
    if not senior:
        g[10] = g[11] = 0
    else:
        g[10] = max(1, round(g[9] * rng.uniform(0.35, 0.6)))
        g[11] = max(1, round(g[9] * rng.uniform(0.35, 0.6)))
    return g


def fix_share_strictly_inside(rows, part_code, whole_code):
    """Moves an aggregated share off 0 % and 100 % by one student (for units the seeds do not name)."""
    num = sum(r[part_code] for r in rows)
    den = sum(r[whole_code] for r in rows)
    if den == 0:
        return
    if num == den:
        r = max(rows, key=lambda r: r[part_code])
        r[part_code] -= 1
    elif num == 0:
        r = max(rows, key=lambda r: r[whole_code])
        r[part_code] += 1


def adjust_total(rows, code, whole, target):
    """Moves the sum of a part to an exact total, one unit at a time, keeping 0 <= part <= whole."""
    diff = target - sum(r[code] for r in rows)
    step = 1 if diff > 0 else -1
    i = 0
    while diff:
        r = rows[i % len(rows)]
        if 0 <= r[code] + step <= r[whole]:
            r[code] += step
            diff -= step
        i += 1
        if i > 100000:
            raise ValueError('cannot reach %s = %d' % (code, target))
