"""Trains the MRZ line recogniser (a small CNN read with CTC) from scratch and exports it to ONNX.

    python3 tests/BorderPost.Documents.Recogniser/train.py --out services/BorderPost.Documents/Reading/Model/mrz-line.onnx

Needs Debian's python3-torch, python3-opencv, python3-pil and the fonts named in synth.py (./fonts.sh beside this file
fetches TeX Live's OCR-B cuts). CPU only; about an hour on two cores with the defaults. Deterministic for a seed up
to the nondeterminism of CPU kernels.
"""

import argparse
import math
import time

import numpy as np
import torch
from torch import nn

import synth

CLASSES = len(synth.ALPHABET) + 1  # index 0 is CTC's blank


class LineReader(nn.Module):
    """32 px high line → one class distribution every 4 px of width (about five per MRZ character)."""

    def __init__(self):
        super().__init__()

        def block(cin, cout):
            return [nn.Conv2d(cin, cout, 3, padding=1, bias=False), nn.BatchNorm2d(cout), nn.ReLU(inplace=True)]

        self.features = nn.Sequential(
            *block(1, 16), nn.MaxPool2d(2),            # 16 x W/2
            *block(16, 24), nn.MaxPool2d(2),           # 8 x W/4
            *block(24, 48), *block(48, 48), nn.MaxPool2d((2, 1)),  # 4 x W/4
            *block(48, 64), nn.MaxPool2d((2, 1)),      # 2 x W/4
            nn.Conv2d(64, 96, (2, 1), bias=False), nn.BatchNorm2d(96), nn.ReLU(inplace=True),  # 1 x W/4
        )
        self.sequence = nn.Sequential(
            nn.Conv1d(96, 96, 3, padding=1), nn.ReLU(inplace=True),
            nn.Conv1d(96, 96, 3, padding=1), nn.ReLU(inplace=True),
            nn.Conv1d(96, CLASSES, 1),
        )

    def forward(self, x):  # x: N x 1 x 32 x W, values 0..1 (paper light)
        features = self.features(x).squeeze(2)       # N x 128 x T
        return self.sequence(features).permute(0, 2, 1)  # N x T x C (logits)


def encode(text):
    return [synth.ALPHABET.index(c) + 1 for c in text]


def decode(logits):
    best = logits.argmax(-1).tolist()
    out, previous = [], 0
    for k in best:
        if k != previous and k != 0:
            out.append(synth.ALPHABET[k - 1])
        previous = k
    return "".join(out)


def batch(renderer, size, longest=44):
    samples = [renderer.sample(longest=longest) for _ in range(size)]
    width = max(s[0].shape[1] for s in samples)
    width = int(math.ceil(width / 4) * 4)
    images = np.ones((size, 1, synth.HEIGHT, width), np.float32)
    for i, (picture, _) in enumerate(samples):
        # Padding to the right looks like paper: the per-line level stretch makes paper ~1.
        images[i, 0, :, :picture.shape[1]] = picture
    targets = [torch.tensor(encode(text), dtype=torch.long) for _, text in samples]
    target_lengths = torch.tensor([len(t) for t in targets], dtype=torch.long)
    input_lengths = torch.tensor([s[0].shape[1] // 4 for s in samples], dtype=torch.long)
    return torch.from_numpy(images), torch.cat(targets), input_lengths, target_lengths, [t for _, t in samples], samples


def evaluate(model, renderer, count=400):
    model.eval()
    exact = 0
    characters = errors = 0
    with torch.no_grad():
        for _ in range(count // 50):
            images, _, input_lengths, _, texts, _ = batch(renderer, 50)
            logits = model(images)
            for i, text in enumerate(texts):
                read = decode(logits[i, : input_lengths[i]])
                exact += read == text
                characters += len(text)
                errors += edit_distance(read, text)
    model.train()
    return exact / count, errors / max(1, characters)


def edit_distance(a, b):
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (ca != cb))
    return row[-1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--steps", type=int, default=6000)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--init", help="weights (.pt) to start from instead of random ones")
    args = parser.parse_args()

    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    print("fonts:", *synth.fonts(), sep="\n  ")
    renderer = synth.Renderer(args.seed)
    validation = synth.Renderer(args.seed + 1000)
    model = LineReader()
    if args.init:
        model.load_state_dict(torch.load(args.init))
    print("parameters:", sum(p.numel() for p in model.parameters()))
    optimiser = torch.optim.AdamW(model.parameters(), lr=2e-3, weight_decay=1e-4)
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimiser, max_lr=2e-3, total_steps=args.steps, pct_start=0.1)
    ctc = nn.CTCLoss(blank=0, zero_infinity=True)
    started = time.time()
    running = None
    for step in range(1, args.steps + 1):
        # Pieces of lines cost less than whole lines and teach the same: the network looks a few characters wide.
        images, targets, input_lengths, target_lengths, _, _ = batch(renderer, args.batch, longest=24)
        log_probs = model(images).log_softmax(-1).permute(1, 0, 2)  # T x N x C
        loss = ctc(log_probs, targets, input_lengths, target_lengths)
        optimiser.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), 5.0)
        optimiser.step()
        schedule.step()
        running = loss.item() if running is None else 0.98 * running + 0.02 * loss.item()
        if step % 500 == 0 or step == args.steps:
            exact, cer = evaluate(model, validation, 200)
            print(f"step {step} loss {running:.3f} synthetic line exact {exact:.3f} cer {cer:.4f} {time.time() - started:.0f}s", flush=True)
            export(model, args.out)
    export(model, args.out)


def export(model, path):
    torch.save(model.state_dict(), path + ".pt")
    model.eval()
    dummy = torch.ones(1, 1, synth.HEIGHT, 360)
    torch.onnx.export(model, dummy, path, input_names=["image"], output_names=["logits"],
                      dynamic_axes={"image": {0: "batch", 3: "width"}, "logits": {0: "batch", 1: "steps"}}, opset_version=13)
    model.train()


if __name__ == "__main__":
    main()
