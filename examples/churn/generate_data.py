"""Deterministic synthetic churn data (no download).

Writes data/train.csv, data/test.csv and data/current.csv. The data has true
things for mlship's checks to find:
  * bias: customers in region "south" churn more often, and the model's
    selection rate there is visibly higher (demographic parity ratio < 1);
  * drift: current.csv ("last day in production") has higher monthly charges,
    more support calls and more month-to-month contracts than train.csv.
"""
import csv
import os
import sys

import numpy as np

REGIONS = ["north", "south", "east", "west"]
CONTRACTS = ["month", "year", "two_year"]
AGE_BANDS = ["18-29", "30-44", "45-64", "65+"]


def make(n, rng, shift=False, start_id=1):
    tenure = rng.integers(1, 73, n)
    charges = rng.normal(70 if not shift else 88, 20, n).clip(15, 150)
    calls = rng.poisson(1.5 if not shift else 3.2, n)
    contract_p = [0.5, 0.3, 0.2] if not shift else [0.75, 0.15, 0.10]
    contract = rng.choice(CONTRACTS, n, p=contract_p)
    region = rng.choice(REGIONS, n, p=[0.3, 0.25, 0.25, 0.2])
    age = rng.choice(AGE_BANDS, n, p=[0.2, 0.35, 0.3, 0.15])
    logit = (
        -1.2
        - 0.045 * (tenure - 36)
        + 0.03 * (charges - 70)
        + 0.45 * (calls - 1.5)
        + np.where(contract == "month", 1.0, np.where(contract == "year", -0.4, -1.2))
        + np.where(region == "south", 0.8, 0.0)
    )
    churned = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(int)
    rows = []
    for i in range(n):
        rows.append(
            {
                "customer_id": f"C{start_id + i:06d}",
                "tenure_months": int(tenure[i]),
                "monthly_charges": round(float(charges[i]), 2),
                "support_calls": int(calls[i]),
                "contract": contract[i],
                "region": region[i],
                "age_band": age[i],
                "churned": int(churned[i]),
            }
        )
    return rows


def write(path, rows):
    tmp = path + ".tmp"
    with open(tmp, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
        w.writeheader()
        w.writerows(rows)
    os.replace(tmp, path)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
    os.makedirs(out, exist_ok=True)
    rng = np.random.default_rng(20261123)
    write(os.path.join(out, "train.csv"), make(4000, rng))
    write(os.path.join(out, "test.csv"), make(1500, rng, start_id=4001))
    write(os.path.join(out, "current.csv"), make(1500, rng, shift=True, start_id=5501))
    print(f"wrote train.csv (4000 rows), test.csv (1500), current.csv (1500, shifted) to {out}")


if __name__ == "__main__":
    main()
