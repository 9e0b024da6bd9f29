"""Trains the example churn model with numpy only (mini-batch SGD logistic regression).

mlship's contract: reads $MLSHIP_PARAMS_FILE, $MLSHIP_DATA_TRAIN, $MLSHIP_DATA_TEST;
writes the model to $MLSHIP_OUTPUT_DIR, final metrics to $MLSHIP_METRICS_FILE and test-set
predictions to $MLSHIP_PREDICTIONS_FILE; prints `mlship:metric` lines for the training curve.
"""
import csv
import json
import os
import zlib

import numpy as np

import model_lib


def read(path):
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    x = np.array([model_lib.featurize(r) for r in rows])
    y = np.array([int(r["churned"]) for r in rows], dtype=float)
    return rows, x, y


def main():
    with open(os.environ["MLSHIP_PARAMS_FILE"]) as f:
        params = json.load(f)
    lr = float(params.get("lr", 0.1))
    epochs = int(params.get("epochs", 20))
    batch = int(params.get("batch_size", 64))
    l2 = float(params.get("l2", 0.001))
    # Without an explicit seed each run shuffles differently, so each run is a new model.
    seed = int(params["seed"]) if "seed" in params else zlib.crc32(os.environ.get("MLSHIP_RUN_ID", "x").encode())
    rng = np.random.default_rng(seed)

    _, xtr, ytr = read(os.environ["MLSHIP_DATA_TRAIN"])
    test_rows, xte, yte = read(os.environ["MLSHIP_DATA_TEST"])
    mean = xtr.mean(axis=0)
    std = xtr.std(axis=0)
    std[std == 0] = 1.0
    ztr = (xtr - mean) / std
    zte = (xte - mean) / std
    w = np.zeros(ztr.shape[1])
    b = 0.0
    n = len(ytr)
    for epoch in range(1, epochs + 1):
        order = rng.permutation(n)
        for start in range(0, n, batch):
            idx = order[start : start + batch]
            p = 1 / (1 + np.exp(-(ztr[idx] @ w + b)))
            g = p - ytr[idx]
            w -= lr * (ztr[idx].T @ g / len(idx) + l2 * w)
            b -= lr * g.mean()
        p_all = np.clip(1 / (1 + np.exp(-(ztr @ w + b))), 1e-12, 1 - 1e-12)
        loss = float(-np.mean(ytr * np.log(p_all) + (1 - ytr) * np.log(1 - p_all)))
        print(f"mlship:metric name=loss value={loss:.6f} step={epoch}", flush=True)

    out = os.environ["MLSHIP_OUTPUT_DIR"]
    os.makedirs(out, exist_ok=True)
    model = {
        "format": model_lib.FORMAT,
        "features": model_lib.feature_names(),
        "mean": mean.tolist(),
        "std": std.tolist(),
        "weights": w.tolist(),
        "bias": float(b),
        "seed": seed,
    }
    with open(os.path.join(out, "model.json"), "w") as f:
        json.dump(model, f, indent=1)

    pte = 1 / (1 + np.exp(-(zte @ w + b)))
    with open(os.environ["MLSHIP_PREDICTIONS_FILE"], "w", newline="") as f:
        fields = list(test_rows[0].keys()) + ["prediction", "score"]
        wr = csv.DictWriter(f, fieldnames=fields)
        wr.writeheader()
        for row, p in zip(test_rows, pte):
            wr.writerow({**row, "prediction": int(p >= 0.5), "score": f"{p:.6f}"})
    acc = float(np.mean((pte >= 0.5) == yte))
    with open(os.environ["MLSHIP_METRICS_FILE"], "w") as f:
        json.dump({"train_loss": loss, "test_accuracy": acc, "epochs": epochs}, f)
    print(f"trained {epochs} epochs: train loss {loss:.4f}, test accuracy {acc:.4f}")


if __name__ == "__main__":
    main()
