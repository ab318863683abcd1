"""``python -m evals.bank.build``: ingest each store with the real ingest and write the bank's JSONL files.

Each source module (``evals/bank/source/<name>.py``) gives ``DOCUMENT`` (the file
questions are about, or "*"), ``STORE`` (the paths the store holds) and
``QUESTIONS`` (family, question, spec). The oracle computes every ``expect``
from the stored records; then ``split.py`` writes the dev and held-out halves.
A name in ``STANDALONE`` is written whole and never split (a fresh blind set).
"""

from __future__ import annotations

import importlib
import json
import sys
import tempfile
from pathlib import Path

from evals.bank.oracle import SpecError, expect

BANK = Path(__file__).resolve().parent
ROOT = BANK.parent.parent
NAMES = ("sample", "second", "multi", "corpus")
STANDALONE = ("fresh", "fresh2", "fresh2_corpus", "fresh3", "fresh3_corpus", "blind3", "blind3_corpus", "blind4",
              "blind4_corpus", "blind5", "blind5_corpus", "blind6", "blind6_corpus", "blind7", "blind7_corpus", "blind8",
              "blind8_corpus", "blind9", "blind9_corpus", "blind10", "blind10_corpus",
              "blind11", "blind11_corpus", "blind12", "blind12_corpus", "blind13", "blind13_corpus", "blind14", "blind14_corpus", "blind15", "blind15_corpus", "blind16", "blind16_corpus", "blind17", "blind17_corpus", "blind18", "blind18_corpus", "blind19", "blind19_corpus")  # built with the others, written whole: no dev/held-out halves


def load_source(name: str):
    return importlib.import_module(f"evals.bank.source.{name}")


def ingest(paths: list[Path]):
    """The stored records of ``paths``, read by the project's own ingest into a throwaway store."""
    from ingest.store import Store

    with tempfile.TemporaryDirectory(prefix="qbank-") as tmp:
        store = Store(Path(tmp))
        for path in paths:
            store.ingest(path)
        docs = store.documents()
        store.engine.dispose()
    return docs


def build_lines(name: str) -> list[dict]:
    source = load_source(name)
    paths = [ROOT / p for p in source.store_paths()]
    docs = ingest(paths)
    prefix = getattr(source, "PREFIX", name)
    counters: dict[str, int] = {}
    lines = []
    for family, question, spec in source.QUESTIONS:
        counters[family] = counters.get(family, 0) + 1
        qid = f"{prefix}-{family}-{counters[family]:02d}"
        spec = dict(spec)
        document = spec.pop("document", source.DOCUMENT)
        try:
            exp, note = expect(dict(spec), docs, document)
        except (SpecError, KeyError, TypeError, ZeroDivisionError) as err:
            raise SystemExit(f"{name} {qid} {question!r}: {type(err).__name__}: {err}") from err
        line = {"id": qid, "family": family, "question": question, "document": document}
        if getattr(source, "WITH_STORE", False):
            line["store"] = [p.name for p in paths]
        line["expect"] = exp
        line["note"] = note
        lines.append(line)
    return lines


def write(name: str, lines: list[dict]) -> Path:
    path = BANK / f"{name}.jsonl"
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    return path


def main(argv: list[str]) -> int:
    from evals.bank.split import split_file

    names = argv or list(NAMES + STANDALONE)
    for name in names:
        lines = build_lines(name)
        path = write(name, lines)
        if name not in STANDALONE:
            split_file(path)
        off = sum(1 for line in lines if not line["expect"]["found"])
        print(f"{path.relative_to(ROOT)}: {len(lines)} 题，found=false {off}（{off / len(lines):.0%}）")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
