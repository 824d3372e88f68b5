"""Reference for WeightedQuantile: numpy.quantile(values, q, method='inverted_cdf', weights=weights).

Input: {"cases": [{"values": [...], "weights": [...], "q": 0.95}]}. Output per case: the quantile.
"""
import json
import sys

import numpy as np

data = json.load(sys.stdin)
out = [float(np.quantile(np.array(c["values"]), c["q"], method="inverted_cdf", weights=np.array(c["weights"])))
       for c in data["cases"]]
print(json.dumps({"quantiles": out}))
