"""Split each bank file into a dev half and a held-out half, by line (one conversation), stratified by family.

``random.Random(20261130)``: within each family (in first-seen order) the lines
are shuffled and the first ceil(n/2) go to dev, the rest to held-out; both
halves keep the bank's line order. ``python -m evals.bank.split`` re-splits the
committed files.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

BANK = Path(__file__).resolve().parent
SEED = 20261130


def split_lines(lines: list[str]) -> tuple[list[str], list[str]]:
    rng = random.Random(SEED)
    families: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        families.setdefault(json.loads(line)["family"], []).append(i)
    dev: set[int] = set()
    for indices in families.values():
        shuffled = indices[:]
        rng.shuffle(shuffled)
        dev.update(shuffled[: (len(shuffled) + 1) // 2])
    return [l for i, l in enumerate(lines) if i in dev], [l for i, l in enumerate(lines) if i not in dev]


def split_file(path: Path) -> tuple[Path, Path]:
    lines = [l for l in Path(path).read_text(encoding="utf-8").splitlines() if l.strip()]
    dev, held = split_lines(lines)
    out = []
    for half, chosen in (("dev", dev), ("heldout", held)):
        target = BANK / half / Path(path).name
        target.parent.mkdir(exist_ok=True)
        target.write_text("".join(l + "\n" for l in chosen), encoding="utf-8")
        out.append(target)
    return out[0], out[1]


if __name__ == "__main__":
    for name in sys.argv[1:] or ["sample", "second", "multi", "corpus"]:
        split_file(BANK / f"{name}.jsonl")
