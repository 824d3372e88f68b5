"""Reference for EmbeddingDrift: the unbiased MMD^2 (Gretton et al. 2012, eq. 3) with a Gaussian kernel whose
sigma^2 is half the median squared pairwise distance of the pooled sample, computed with numpy/scipy from the
definition, and the cosine distance between the two mean vectors (scipy.spatial.distance.cosine)."""
import json
import sys

import numpy as np
from scipy.spatial.distance import cosine, pdist, squareform

data = json.load(sys.stdin)
out = []
for case in data["cases"]:
    x = np.array(case["reference"], dtype=float)
    y = np.array(case["current"], dtype=float)
    pooled = np.vstack([x, y])
    d2 = pdist(pooled, "sqeuclidean")
    sigma2 = np.median(d2) / 2
    k = np.exp(-squareform(d2) / (2 * sigma2))
    n, m = len(x), len(y)
    kxx = k[:n, :n]
    kyy = k[n:, n:]
    kxy = k[:n, n:]
    mmd2 = ((kxx.sum() - np.trace(kxx)) / (n * (n - 1))
            + (kyy.sum() - np.trace(kyy)) / (m * (m - 1))
            - 2 * kxy.sum() / (n * m))
    out.append({"mmd2": float(mmd2), "bandwidth": float(np.sqrt(sigma2)),
                "meanCosineDistance": float(cosine(x.mean(axis=0), y.mean(axis=0)))})
print(json.dumps(out))
