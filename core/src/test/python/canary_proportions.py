"""Reference for the canary's proportion checks (TwoProportionTest).

Input: {"cases": [{"ce": candidate events, "cn": candidate total, "be": baseline events, "bn": baseline total}]}.
Output per case: Fisher's exact test one-sided "candidate odds higher" (scipy.stats.fisher_exact on
[[ce, cn-ce], [be, bn-be]], alternative='greater') with its statistic, the sample odds
ratio (null when not finite), and the pooled two-proportion z-test:
z = (ce/cn - be/bn) / sqrt(p(1-p)(1/cn + 1/bn)) with p = (ce+be)/(cn+bn), p-value = norm.sf(z).
"""
import json
import math
import sys

from scipy import stats

data = json.load(sys.stdin)
out = []
for c in data["cases"]:
    ce, cn, be, bn = c["ce"], c["cn"], c["be"], c["bn"]
    table = [[ce, cn - ce], [be, bn - be]]
    fisher = stats.fisher_exact(table, alternative="greater")
    sample_odds_ratio = float(fisher.statistic)
    pooled = (ce + be) / (cn + bn)
    se = math.sqrt(pooled * (1 - pooled) * (1 / cn + 1 / bn))
    z = (ce / cn - be / bn) / se if se > 0 else None
    out.append({
        "fisher_p": float(fisher.pvalue),
        "fisher_odds_ratio": sample_odds_ratio if math.isfinite(sample_odds_ratio) else None,
        "z": z,
        "z_p": float(stats.norm.sf(z)) if z is not None else None,
    })
print(json.dumps({"cases": out}))
