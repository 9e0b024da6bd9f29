"""Synthetic tabular data for the PyTorch example (numpy only, deterministic, no download).

20 numeric features; the label depends on a non-linear function of a few of them, so an MLP
beats a linear model. Writes data/train.csv (20,000 rows) and data/test.csv (5,000 rows).
"""
import csv
import os

import numpy as np


def make(n, rng):
    x = rng.normal(0, 1, (n, 20))
    logit = 1.5 * np.sin(2 * x[:, 0]) + x[:, 1] * x[:, 2] - 0.8 * x[:, 3] ** 2 + 0.5 * x[:, 4] + 0.6
    y = (rng.random(n) < 1 / (1 + np.exp(-2 * logit))).astype(int)
    return x, y


def write(path, x, y):
    tmp = path + ".tmp"
    with open(tmp, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow([f"f{i}" for i in range(x.shape[1])] + ["label"])
        for row, label in zip(x.round(5), y):
            w.writerow(list(row) + [int(label)])
    os.replace(tmp, path)


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
    os.makedirs(out, exist_ok=True)
    rng = np.random.default_rng(7)
    write(os.path.join(out, "train.csv"), *make(20_000, rng))
    write(os.path.join(out, "test.csv"), *make(5_000, rng))
    print(f"wrote train.csv (20000 rows) and test.csv (5000 rows) to {out}")


if __name__ == "__main__":
    main()
