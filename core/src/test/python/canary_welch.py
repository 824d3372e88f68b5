"""Reference for the canary's regression check: Welch's t-test from summary statistics.

Input: {"cases": [{"m1", "v1", "n1", "m2", "v2", "n2"}]} with sample variances (n - 1 denominator); arm 1 is the
candidate. Output per case: scipy.stats.ttest_ind_from_stats(m1, sqrt(v1), n1, m2, sqrt(v2), n2, equal_var=False,
alternative='greater'): the t statistic and the p-value.
"""
import json
import math
import sys

from scipy import stats

data = json.load(sys.stdin)
out = []
for c in data["cases"]:
    r = stats.ttest_ind_from_stats(c["m1"], math.sqrt(c["v1"]), c["n1"], c["m2"], math.sqrt(c["v2"]), c["n2"],
                                   equal_var=False, alternative="greater")
    out.append({"t": float(r.statistic), "p": float(r.pvalue)})
print(json.dumps({"cases": out}))
