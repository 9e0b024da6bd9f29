"""The example's model format, shared by train.py and serve.py.

model.json = {"format": "mlship-example-logreg/1", "features": [...],
              "mean": [...], "std": [...], "weights": [...], "bias": b,
              "categories": {column: [values]}}
A logistic regression on standardised numeric columns plus one-hot categories.
"""
import json
import math

NUMERIC = ["tenure_months", "monthly_charges", "support_calls"]
# region is a sensitive feature: deliberately not a model input (the bias check watches it).
CATEGORICAL = {"contract": ["month", "year", "two_year"]}
FORMAT = "mlship-example-logreg/1"


def featurize(row):
    x = [float(row[c]) for c in NUMERIC]
    for col, cats in CATEGORICAL.items():
        x.extend(1.0 if row[col] == v else 0.0 for v in cats)
    return x


def feature_names():
    return NUMERIC + [f"{c}={v}" for c, cats in CATEGORICAL.items() for v in cats]


def load(path):
    with open(path) as f:
        model = json.load(f)
    if model.get("format") != FORMAT:
        raise ValueError(f"not a {FORMAT} model: {path}")
    return model


def score(model, row):
    x = featurize(row)
    z = model["bias"]
    for xi, m, s, w in zip(x, model["mean"], model["std"], model["weights"]):
        z += w * (xi - m) / s
    return 1.0 / (1.0 + math.exp(-z))
