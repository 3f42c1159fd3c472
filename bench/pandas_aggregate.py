#!/usr/bin/env python3
"""The pandas yardstick of `npm run bench` (issue 9): read the bench export and aggregate it per
region x role the way a researcher would by hand: counts, means and standard deviations of the 40
Likert items and 8 yes/no items, weighted means, and Wilson 95% intervals of the share agreeing
(Likert 4-5) or answering yes.

    python3 bench/pandas_aggregate.py EXPORT.csv [WEIGHT_COLUMN] [--out estimates.csv]

Prints one JSON line: read and aggregate seconds, rows, estimates, and the peak memory
(resource.getrusage max RSS) of this process.
"""

import json
import resource
import sys
import time

t0 = time.perf_counter()
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

args = [a for a in sys.argv[1:] if not a.startswith("--")]
out = sys.argv[sys.argv.index("--out") + 1] if "--out" in sys.argv else None
if out is not None:
    args.remove(out)
path = args[0]
weight = args[1] if len(args) > 1 else "gewicht"
likert = [f"L{i:02d}" for i in range(1, 41)]
yesno = [f"J{i}" for i in range(1, 9)]
items = likert + yesno
keys = ["regio", "rol"]
Z = 1.959963984540054

t_import = time.perf_counter()
df = pd.read_csv(path)
t_read = time.perf_counter()

by = [df[k] for k in keys]
values = df[items]
answered = values.notna()
w = df[weight]
n = answered.groupby(by).sum()
mean = values.groupby(by).mean()
sd = values.groupby(by).std()
wsum = values.mul(w, axis=0).groupby(by).sum()
wden = answered.mul(w, axis=0).groupby(by).sum()
wmean = wsum / wden.replace(0, np.nan)
# The share agreeing (Likert 4-5) or answering yes (1), over those who answered.
hits = pd.concat([df[likert] >= 4, df[yesno] == 1], axis=1).where(answered)
share = hits.groupby(by).mean()
nn = n.replace(0, np.nan)
centre = (share + Z**2 / (2 * nn)) / (1 + Z**2 / nn)
half = Z * np.sqrt(share * (1 - share) / nn + Z**2 / (4 * nn**2)) / (1 + Z**2 / nn)
lo = centre - half
hi = centre + half

frames = {
    "n": n,
    "mean": mean,
    "sd": sd,
    "weighted_mean": wmean,
    "share": share,
    "ci_low": lo,
    "ci_high": hi,
}


def stack(frame):
    """Items into rows, keeping empty cells (pandas >= 2.1 spells it `future_stack`)."""
    try:
        return frame.stack(future_stack=True)
    except TypeError:
        return frame.stack(dropna=False)


tidy = pd.concat({name: stack(f) for name, f in frames.items()}, axis=1)
tidy.index.names = ["regio", "rol", "item"]
t_aggregate = time.perf_counter()
if out is not None:
    tidy.to_csv(out)

usage = resource.getrusage(resource.RUSAGE_SELF)
print(
    json.dumps(
        {
            "pandas": pd.__version__,
            "numpy": np.__version__,
            "python": sys.version.split()[0],
            "rows": int(len(df)),
            "cells": int(len(df) * len(df.columns)),
            "groups": int(len(n)),
            "estimates": int(tidy.size),
            "importSeconds": round(t_import - t0, 3),
            "readSeconds": round(t_read - t_import, 3),
            "aggregateSeconds": round(t_aggregate - t_read, 3),
            "cpuSeconds": round(usage.ru_utime + usage.ru_stime, 2),
            "peakMB": round(usage.ru_maxrss / 1024),
        }
    )
)
