"""Reference for WeightedMannWhitney: scipy.stats.mannwhitneyu(x, y, method='asymptotic', use_continuity=True).

Input: {"cases": [{"x": [...], "y": [...]}]} of raw observations (ties allowed).
Output per case: U1 (SciPy's statistic, the U of x) and the p-values for alternative greater, less, two-sided.
"""
import json
import sys

from scipy import stats

data = json.load(sys.stdin)
out = []
for c in data["cases"]:
    row = {}
    for alternative in ("greater", "less", "two-sided"):
        r = stats.mannwhitneyu(c["x"], c["y"], alternative=alternative, method="asymptotic", use_continuity=True)
        row["u1"] = float(r.statistic)
        row[alternative] = float(r.pvalue)
    out.append(row)
print(json.dumps({"cases": out}))
