#!/usr/bin/env python3
"""Summarises a JMH sample-time result file as a markdown table: p50 and p99 per call, MB/s per core at
the median, and the ratio of each benchmark's median to the baseline measured in the same run."""
import json
import sys

rows = json.load(open(sys.argv[1]))
def key(r):
    p = r.get("params", {})
    cls = r["benchmark"].rsplit(".", 2)[-2]
    return (cls, int(p.get("size", 0)), p.get("attack", ""))
baselines = {}
for r in rows:
    if r["benchmark"].endswith(".baseline"):
        baselines[key(r)] = r["primaryMetric"]["scorePercentiles"]["50.0"]
print("| benchmark | size | attack | p50 µs | p99 µs | MB/s per core (at p50) | p50 vs baseline |")
print("|---|---:|---|---:|---:|---:|---:|")
for r in sorted(rows, key=lambda r: (key(r), r["benchmark"])):
    m = r["primaryMetric"]
    unit = m["scoreUnit"]
    scale = {"us/op": 1.0, "ms/op": 1000.0, "ns/op": 0.001}[unit]
    p50 = m["scorePercentiles"]["50.0"] * scale
    p99 = m["scorePercentiles"]["99.0"] * scale
    cls, size, attack = key(r)
    # MB/s only where size is a text length in bytes (the guard scan); for the Merkle tree it is a leaf count
    mbs = f"{size / (p50 / 1e6) / 1e6:.1f}" if cls == "GuardScanBenchmark" and p50 > 0 else "–"
    base = baselines.get(key(r))
    ratio = f"{p50 / (base * scale):.1f}×" if base else "–"
    name = r["benchmark"].rsplit(".", 1)[1]
    print(f"| {name} | {size} | {attack} | {p50:.1f} | {p99:.1f} | {mbs} | {ratio} |")
