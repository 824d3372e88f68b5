"""Reference values for the categorical drift statistics (io.trustplane.core.monitoring.drift).

Input: {"cases": [{"ref": {category: count}, "cur": {category: count}, "min_expected": 5}]}
Output per case:
  chi2, pvalue, dof   scipy.stats.chi2_contingency(table, correction=False) on the 2 x K table whose columns are
                      the union of categories (reference order, then new current ones); columns whose expected
                      count in the smaller row, column_total * min(row totals) / N, is below min_expected are
                      summed into one pooled column first; fewer than two columns -> chi2 0, p 1, dof 0
  pooled              the pooled categories
  js                  scipy.spatial.distance.jensenshannon(p, q, base=2) over the union of categories (no pooling)
"""
import json
import sys

import numpy as np
from scipy import stats
from scipy.spatial.distance import jensenshannon


def case(c):
    ref, cur = c["ref"], c["cur"]
    cats = list(ref.keys()) + [k for k in cur.keys() if k not in ref]
    r = np.array([ref.get(k, 0) for k in cats], dtype=float)
    q = np.array([cur.get(k, 0) for k in cats], dtype=float)
    keep = (r + q) > 0
    cats = [k for k, kk in zip(cats, keep) if kk]
    r, q = r[keep], q[keep]
    n = r.sum() + q.sum()
    small = min(r.sum(), q.sum())
    rare = (r + q) * small / n < c["min_expected"]
    cols = [[ri, qi] for ri, qi, rr in zip(r, q, rare) if not rr]
    if rare.any():
        cols.append([r[rare].sum(), q[rare].sum()])
    out = {"pooled": [k for k, rr in zip(cats, rare) if rr], "js": float(jensenshannon(r, q, base=2))}
    if len(cols) < 2:
        out.update(chi2=0.0, pvalue=1.0, dof=0)
    else:
        res = stats.chi2_contingency(np.array(cols).T, correction=False)
        out.update(chi2=float(res.statistic), pvalue=float(res.pvalue), dof=int(res.dof))
    return out


data = json.load(sys.stdin)
print(json.dumps({"cases": [case(c) for c in data["cases"]]}))
