"""Smoke check of the SciPy harness: returns SciPy's version and a known value (the standard normal CDF at 1)."""
import json
import sys

import scipy
from scipy import stats

data = json.load(sys.stdin)
print(json.dumps({"scipy": scipy.__version__, "x": data["x"], "cdf": float(stats.norm.cdf(data["x"]))}))
