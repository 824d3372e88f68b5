"""Reference fairness metrics with numpy, following fairlearn's definitions (between_groups differences and
ratios of per-group metrics), with the comparison rules documented in docs/MONITORING.md: groups with fewer
than min_size predictions (selection) or labelled rows (error rates) are left out, undefined rates are left
out, rows with a missing group are never compared, the reference group is configured or the highest selection
rate (first by name on a tie), four-fifths: ratio < 0.8 fails.

Input (stdin, JSON): {"min": 30, "reference": null | "group",
                      "rows": [{"group": str | null, "predicted": bool, "actual": bool | null}]}
"""
import json
import sys

import numpy as np

data = json.load(sys.stdin)
rows = data["rows"]
min_size = data["min"]
group = np.array([r["group"] if r["group"] is not None else "\0missing" for r in rows], dtype=object)
pred = np.array([r["predicted"] for r in rows], dtype=bool)
labelled = np.array([r["actual"] is not None for r in rows], dtype=bool)
actual = np.array([bool(r["actual"]) for r in rows], dtype=bool)


def rate(num, den):
    return float(num) / float(den) if den else None


def metrics(mask):
    lab = mask & labelled
    tp = np.sum(lab & pred & actual)
    fp = np.sum(lab & pred & ~actual)
    tn = np.sum(lab & ~pred & ~actual)
    fn = np.sum(lab & ~pred & actual)
    n = int(np.sum(mask))
    nl = int(np.sum(lab))
    return {
        "predictions": n, "selectionRate": rate(np.sum(mask & pred), n), "labelled": nl,
        "tpr": rate(tp, tp + fn), "fpr": rate(fp, fp + tn), "fnr": rate(fn, tp + fn),
        "precision": rate(tp, tp + fp), "accuracy": rate(tp + tn, nl), "baseRate": rate(tp + fn, nl),
    }


names = sorted(set(g for g in group if g != "\0missing"))
groups = {g: metrics(group == g) for g in names}
missing = metrics(group == "\0missing")


def spread(key, size_key):
    values = [m[key] for m in groups.values() if m[size_key] >= min_size and m[key] is not None]
    return (min(values), max(values)) if len(values) >= 2 else None


sel = spread("selectionRate", "predictions")
tpr = spread("tpr", "labelled")
fpr = spread("fpr", "labelled")
out = {
    "groups": groups,
    "missing": missing,
    "dpd": sel[1] - sel[0] if sel else None,
    "dpr": (sel[0] / sel[1] if sel[1] else None) if sel else None,
    "eod": tpr[1] - tpr[0] if tpr else None,
    "eqodds": max(tpr[1] - tpr[0], fpr[1] - fpr[0]) if tpr and fpr else None,
}
eligible = [g for g in names if groups[g]["predictions"] >= min_size]
if data["reference"] is not None:
    reference = data["reference"] if data["reference"] in eligible else None
else:
    best = max((groups[g]["selectionRate"] for g in eligible), default=None)
    reference = next((g for g in eligible if groups[g]["selectionRate"] == best), None)
out["reference"] = reference
di = {}
for g in names:
    ratio = None
    if reference is not None and groups[reference]["selectionRate"]:
        ratio = groups[g]["selectionRate"] / groups[reference]["selectionRate"]
    if ratio is None or groups[g]["predictions"] < min_size:
        verdict = "INSUFFICIENT_DATA"
    else:
        verdict = "FAIL" if ratio < 0.8 else "PASS"
    di[g] = {"ratio": ratio, "verdict": verdict}
out["disparateImpact"] = di
print(json.dumps(out))
