"""Reference values for the numeric drift statistics (io.trustplane.core.monitoring.drift).

Input (JSON on stdin):
  {"cases": [{"x": [...], "y": [...], "bins": 10, "epsilon": 1e-4,
              "xw": [...] optional, "yw": [...] optional}],     # x is the reference, y the current window
   "asymp": [{"d": D, "n": n, "m": m}]}
Output per case:
  ks_statistic, ks_pvalue, ks_method   scipy.stats.ks_2samp(x, y) (method="auto", SciPy's choice reported)
  wasserstein                          scipy.stats.wasserstein_distance(x, y, xw, yw)
  edges                                interior PSI edges: the k/B inverted-CDF quantiles of x (k = 1..B-1),
                                       duplicates removed, computed with integer arithmetic
  numpy_edges                          the same from numpy.quantile(x, k/B, method="inverted_cdf")
  psi                                  sum((a - e) * ln(a / e)), e and a the shares of x and y in the right-closed
                                       bins (-inf, e0], (e0, e1], ..., (e_last, inf), each floored at epsilon
  js_bins                              scipy.spatial.distance.jensenshannon(shares_x, shares_y, base=2)
Per asymp entry: pvalue = scipy.stats.kstwo.sf(d, round(n*m/(n+m))), the asymptotic p-value of ks_2samp.
"""
import json
import sys

import numpy as np
from scipy import stats
from scipy.spatial.distance import jensenshannon


def case(c):
    x = np.asarray(c["x"], dtype=float)
    y = np.asarray(c["y"], dtype=float)
    out = {}
    if "xw" not in c:
        ks = stats.ks_2samp(x, y)
        n1, n2 = len(x), len(y)
        out["ks_statistic"] = float(ks.statistic)
        out["ks_pvalue"] = float(ks.pvalue)
        out["ks_method"] = "EXACT" if max(n1, n2) <= 10000 else "ASYMPTOTIC"
    out["wasserstein"] = float(stats.wasserstein_distance(x, y, c.get("xw"), c.get("yw")))
    bins = c["bins"]
    xs = np.sort(x)
    n = len(xs)
    edges = np.unique([xs[-(-k * n // bins) - 1] for k in range(1, bins)])
    out["edges"] = edges.tolist()
    out["numpy_edges"] = np.unique(np.quantile(x, [k / bins for k in range(1, bins)],
                                               method="inverted_cdf")).tolist()
    e = np.bincount(np.searchsorted(edges, x, side="left"), minlength=len(edges) + 1) / len(x)
    a = np.bincount(np.searchsorted(edges, y, side="left"), minlength=len(edges) + 1) / len(y)
    out["js_bins"] = float(jensenshannon(e, a, base=2))
    eps = c["epsilon"]
    ef, af = np.maximum(e, eps), np.maximum(a, eps)
    out["psi"] = float(np.sum((af - ef) * np.log(af / ef)))
    return out


def asymp(a):
    m, n = sorted([float(a["n"]), float(a["m"])], reverse=True)
    en = m * n / (m + n)
    return {"pvalue": float(stats.kstwo.sf(a["d"], np.round(en)))}


data = json.load(sys.stdin)
print(json.dumps({"cases": [case(c) for c in data.get("cases", [])],
                  "asymp": [asymp(a) for a in data.get("asymp", [])]}))
