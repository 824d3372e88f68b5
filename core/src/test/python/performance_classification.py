"""Reference classification metrics, from the textbook definitions with numpy and scipy (no sklearn).

Input (stdin, JSON): {"datasets": [{"positive": "yes" | null, "bins": 10,
                                    "rows": [{"actual", "predicted", "score"?, "probabilities"?}]}]}
Output: one object per dataset with count, accuracy, per-class precision/recall/F1/support, macro and weighted
averages, the positive class's metrics, ROC AUC (binary: Mann-Whitney U / (n1 n0) from scipy.stats.mannwhitneyu;
multiclass: one-vs-rest macro), log loss (natural log, probabilities clipped to [1e-15, 1 - 1e-15]) and the
expected calibration error with its reliability bins (equal-width bins, weighted by count).

Conventions shared with the Java code and documented in docs/MONITORING.md: probabilities are divided by their
sum, added left to
right in ascending order of value (plain_sum; Python's own sum() compensates); a class a row does not list has probability 0; zero_division=0 for precision/recall/F1;
multiclass calibration uses the top label (ties to the smallest label).
"""
import json
import math
import sys

import numpy as np
from scipy import stats

EPS = 1e-15


def plain_sum(values):
    """Rounded after every addition, smallest value first: what the Java side computes for a row's total."""
    total = 0.0
    for v in sorted(values):
        total = total + v
    return total


def prf(actual, predicted, label):
    tp = float(np.sum((actual == label) & (predicted == label)))
    support = float(np.sum(actual == label))
    pred = float(np.sum(predicted == label))
    precision = tp / pred if pred else 0.0
    recall = tp / support if support else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "support": int(support), "predicted": int(pred)}


def auc(scores, positive):
    pos = scores[positive]
    neg = scores[~positive]
    if len(pos) == 0 or len(neg) == 0:
        return None
    u = stats.mannwhitneyu(pos, neg, alternative="two-sided").statistic
    return float(u) / (len(pos) * len(neg))


def calibration(confidence, hit, bins):
    idx = np.minimum(np.floor(confidence * bins), bins - 1).astype(int)
    out = []
    ece = 0.0
    n = len(confidence)
    for b in range(bins):
        mask = idx == b
        count = int(np.sum(mask))
        if count == 0:
            out.append({"count": 0, "meanConfidence": None, "observed": None})
            continue
        conf = math.fsum(confidence[mask]) / count
        obs = float(np.mean(hit[mask]))
        ece += count / n * abs(obs - conf)
        out.append({"count": count, "meanConfidence": conf, "observed": obs})
    return (ece if n else None), out


def evaluate(ds):
    rows = ds["rows"]
    positive_class = ds["positive"]
    bins = ds["bins"]
    actual = np.array([r["actual"] for r in rows], dtype=object)
    predicted = np.array([r["predicted"] for r in rows], dtype=object)
    labels = sorted(set(actual) | set(predicted))
    per_class = {label: prf(actual, predicted, label) for label in labels}
    support = np.array([per_class[l]["support"] for l in labels], dtype=float)

    def average(weights):
        return {m: float(np.sum(weights * np.array([per_class[l][m] for l in labels])) / np.sum(weights))
                for m in ("precision", "recall", "f1")}

    result = {
        "count": len(rows),
        "accuracy": float(np.mean(actual == predicted)),
        "classes": per_class,
        "macro": average(np.ones(len(labels))),
        "weighted": average(support),
    }
    if positive_class is not None:
        result["positive"] = prf(actual, predicted, positive_class)

    scored = [r for r in rows if "score" in r or "probabilities" in r]
    result["scored"] = len(scored)
    if positive_class is not None:
        scores = []
        for r in scored:
            if "score" in r:
                scores.append(r["score"])
            else:
                p = r["probabilities"]
                scores.append(p.get(positive_class, 0.0) / plain_sum(p.values()))
        scores = np.array(scores, dtype=float)
        is_pos = np.array([r["actual"] == positive_class for r in scored], dtype=bool)
        result["auc"] = auc(scores, is_pos) if len(scored) else None
        p_actual = np.where(is_pos, scores, 1 - scores)
        confidence, hit = scores, is_pos
    else:
        classes = sorted(set(r["actual"] for r in scored) | {c for r in scored for c in r["probabilities"]})
        matrix = np.zeros((len(scored), len(classes)))
        for i, r in enumerate(scored):
            total = plain_sum(r["probabilities"].values())
            for c, p in r["probabilities"].items():
                matrix[i, classes.index(c)] = p / total
        act = np.array([r["actual"] for r in scored], dtype=object)
        per_auc = {}
        for j, c in enumerate(classes):
            if np.any(act == c):
                per_auc[c] = auc(matrix[:, j], act == c)
        if len(per_auc) >= 2 and all(v is not None for v in per_auc.values()):
            result["auc"] = float(np.mean(list(per_auc.values())))
            result["perClassAuc"] = per_auc
        else:
            result["auc"] = None
        p_actual = np.array([matrix[i, classes.index(a)] for i, a in enumerate(act)])
        top = np.argmax(matrix, axis=1)  # first maximum: the smallest label, classes being sorted
        confidence = matrix[np.arange(len(scored)), top]
        hit = np.array([classes[t] == a for t, a in zip(top, act)], dtype=bool)
    if len(scored):
        result["logLoss"] = float(-np.mean(np.log(np.clip(p_actual, EPS, 1 - EPS))))
    else:
        result["logLoss"] = None
    result["ece"], result["bins"] = calibration(np.asarray(confidence, dtype=float), np.asarray(hit), bins)
    return result


data = json.load(sys.stdin)
print(json.dumps([evaluate(ds) for ds in data["datasets"]]))
