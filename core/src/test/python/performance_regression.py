"""Reference regression metrics with numpy: errors are predicted - actual; MAE, RMSE, R^2 = 1 - SSE/SST,
mean error (bias) and max absolute error. R^2 is null when the actuals are constant.

Input (stdin, JSON): {"datasets": [{"actual": [...], "predicted": [...]}]}; output: a list of metric objects.
"""
import json
import sys

import numpy as np


def evaluate(ds):
    y = np.array(ds["actual"], dtype=float)
    p = np.array(ds["predicted"], dtype=float)
    e = p - y
    sst = float(np.sum((y - np.mean(y)) ** 2))
    sse = float(np.sum(e ** 2))
    return {
        "count": len(y),
        "mae": float(np.mean(np.abs(e))),
        "rmse": float(np.sqrt(np.mean(e ** 2))),
        "r2": (1 - sse / sst) if sst > 0 else None,
        "meanError": float(np.mean(e)),
        "maxAbsoluteError": float(np.max(np.abs(e))),
    }


data = json.load(sys.stdin)
print(json.dumps([evaluate(ds) for ds in data["datasets"]]))
