"""Trains a small MLP with PyTorch on the GPU when one is visible, else on the CPU.

mlship's contract: reads $MLSHIP_PARAMS_FILE, $MLSHIP_DATA_TRAIN, $MLSHIP_DATA_TEST; writes the
model to $MLSHIP_OUTPUT_DIR, final metrics to $MLSHIP_METRICS_FILE and test-set predictions to
$MLSHIP_PREDICTIONS_FILE; prints `mlship:metric` lines for the training curve.
"""
import csv
import json
import os
import time

import numpy as np
import torch
from torch import nn


def read(path):
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], np.array(rows[1:], dtype=np.float32)
    return header, body[:, :-1], body[:, -1]


def main():
    with open(os.environ["MLSHIP_PARAMS_FILE"]) as f:
        params = json.load(f)
    epochs = int(params.get("epochs", 10))
    lr = float(params.get("lr", 1e-3))
    batch = int(params.get("batch_size", 512))
    hidden = int(params.get("hidden", 256))
    torch.manual_seed(int(params.get("seed", 0)))

    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    name = torch.cuda.get_device_name(0) if device.type == "cuda" else "cpu"
    print(f"training on {device} ({name}), torch {torch.__version__}", flush=True)

    header, xtr, ytr = read(os.environ["MLSHIP_DATA_TRAIN"])
    _, xte, yte = read(os.environ["MLSHIP_DATA_TEST"])
    mean, std = xtr.mean(0), xtr.std(0) + 1e-6
    xtr_t = torch.tensor((xtr - mean) / std, device=device)
    ytr_t = torch.tensor(ytr, device=device)
    xte_t = torch.tensor((xte - mean) / std, device=device)

    model = nn.Sequential(nn.Linear(xtr.shape[1], hidden), nn.ReLU(), nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, 1)).to(device)
    opt = torch.optim.AdamW(model.parameters(), lr=lr)
    loss_fn = nn.BCEWithLogitsLoss()
    if device.type == "cuda":
        torch.cuda.reset_peak_memory_stats()
    start = time.time()
    step = 0
    for epoch in range(1, epochs + 1):
        model.train()
        perm = torch.randperm(len(ytr_t), device=device)
        for i in range(0, len(perm), batch):
            idx = perm[i : i + batch]
            opt.zero_grad()
            loss = loss_fn(model(xtr_t[idx]).squeeze(1), ytr_t[idx])
            loss.backward()
            opt.step()
            step += 1
        model.eval()
        with torch.no_grad():
            p = torch.sigmoid(model(xte_t).squeeze(1)).cpu().numpy()
        acc = float(((p >= 0.5) == yte).mean())
        print(f"mlship:metric name=loss value={loss.item():.6f} step={epoch}", flush=True)
        print(f"mlship:metric name=test_accuracy value={acc:.6f} step={epoch}", flush=True)
    seconds = time.time() - start

    out = os.environ["MLSHIP_OUTPUT_DIR"]
    os.makedirs(out, exist_ok=True)
    torch.save(model.state_dict(), os.path.join(out, "model.pt"))
    with open(os.path.join(out, "model.json"), "w") as f:
        json.dump({"format": "mlship-example-torch-mlp/1", "hidden": hidden, "features": header[:-1], "mean": mean.tolist(), "std": std.tolist()}, f)
    with open(os.environ["MLSHIP_PREDICTIONS_FILE"], "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["label", "prediction", "score"])
        for label, prob in zip(yte, p):
            w.writerow([int(label), int(prob >= 0.5), f"{prob:.6f}"])
    metrics = {"test_accuracy": acc, "train_seconds": seconds, "steps": step, "device": 1 if device.type == "cuda" else 0}
    if device.type == "cuda":
        metrics["gpu_peak_memory_mib"] = torch.cuda.max_memory_allocated() / 2**20
    with open(os.environ["MLSHIP_METRICS_FILE"], "w") as f:
        json.dump(metrics, f)
    print(f"done in {seconds:.1f}s on {name}: test accuracy {acc:.4f}")


if __name__ == "__main__":
    main()
