"""A measure: per-contender figures (median/min/max), ratios to wirewatch, notes and goals.

Stored as JSON under the results dir; report.py turns the stored measures into results.md.
"""

from . import timing

REFERENCE = "wirewatch"


def figure_stats(samples, keys):
    """{key: {median, min, max}} for the figure keys every sample has."""
    out = {}
    for key in keys:
        values = [s[key] for s in samples if s.get(key) is not None]
        if values:
            out[key] = vars(timing.Stat.of(values))
    return out


def build(name, title, scale, results, columns, ratio_keys, notes=(), skipped=()):
    """A measure record.

    columns: [(key, label, higher_is_better)] in table order.
    ratio_keys: {contender: key} — the figure the ratio to wirewatch is taken on, for each peer
    (default: the first column). The ratio is wirewatch ÷ peer for speeds, so above 1 means
    wirewatch is faster, and it is the median of the per-round ratios (each round ran both).
    """
    ref = results.get(REFERENCE) or next((v for k, v in results.items() if k.startswith(REFERENCE)), None)
    rows = []
    for contender, samples in results.items():
        key = ratio_keys.get(contender, columns[0][0])
        better = next(c[2] for c in columns if c[0] == key)
        ratio = None
        if ref is not None and not contender.startswith(REFERENCE):
            stat = timing.paired_ratio(ref, samples, key, better)
            ratio = vars(stat) if stat else None
        rows.append(dict(contender=contender, runs=len(samples), figures=figure_stats(samples, [c[0] for c in columns]),
                         ratio=ratio, ratio_on=key, note=samples[-1].get("note", "")))
    return dict(name=name, title=title, scale=scale, columns=[list(c) for c in columns], rows=rows,
                notes=list(notes), skipped=list(skipped), goals=[])


def row(measure, contender):
    return next((r for r in measure["rows"] if r["contender"] == contender), None)


def median(measure, contender, key):
    r = row(measure, contender)
    return r["figures"][key]["median"] if r and key in r["figures"] else None


def ratio(measure, contender):
    r = row(measure, contender)
    return r["ratio"]["median"] if r and r["ratio"] else None


def goal(measure, text, value, target, at_least=True):
    """Records a goal: met when value ≥ target (or ≤ when at_least is False); unknown when value is None."""
    met = None if value is None else (value >= target if at_least else value <= target)
    measure["goals"].append(dict(text=text, value=value, target=target, met=met))
