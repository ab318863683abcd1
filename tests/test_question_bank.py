"""The question bank (evals/bank): every file loads, the counts and families hold, the split partitions
the bank, and rebuilding from the sources with the real ingest gives the committed files."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from evals.bank import build, split
from evals.questions import load_questions

BANK = Path(build.__file__).resolve().parent
NAMES = [name for name in build.NAMES if (BANK / f"{name}.jsonl").exists()]
MINIMUM = {"sample": 200, "second": 50, "multi": 150, "corpus": 180}


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("name", NAMES)
def test_every_bank_file_loads_with_the_grader(name):
    for folder in (BANK, BANK / "dev", BANK / "heldout"):
        assert load_questions(folder / f"{name}.jsonl")


@pytest.mark.parametrize("name", NAMES)
def test_each_file_is_big_enough(name):
    assert len(_lines(BANK / f"{name}.jsonl")) >= MINIMUM[name]


def test_bank_size_not_found_share_and_families():
    lines = [line for name in NAMES for line in _lines(BANK / f"{name}.jsonl")]
    assert len(lines) >= 400
    not_found = sum(1 for line in lines if not line["expect"]["found"])
    assert 0.22 <= not_found / len(lines) <= 0.4
    families = Counter(line["family"] for line in lines)
    assert all(count >= 3 for count in families.values()), families


@pytest.mark.parametrize("name", NAMES)
def test_found_false_lines_expect_nothing_and_store_is_listed(name):
    for line in _lines(BANK / f"{name}.jsonl"):
        if not line["expect"]["found"]:
            assert set(line["expect"]) == {"found"}
        if name != "sample":
            assert line.get("store"), line["id"]


@pytest.mark.parametrize("name", NAMES)
def test_split_is_a_partition_stratified_by_family(name):
    whole = (BANK / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    dev = (BANK / "dev" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    held = (BANK / "heldout" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    assert sorted(dev + held) == sorted(whole)
    assert not set(dev) & set(held)
    assert (dev, held) == split.split_lines(whole)
    fam_all = Counter(json.loads(l)["family"] for l in whole)
    fam_dev = Counter(json.loads(l)["family"] for l in dev)
    assert all(fam_dev[f] == (n + 1) // 2 for f, n in fam_all.items())


@pytest.mark.parametrize("name", NAMES)
def test_rebuilding_from_source_gives_the_committed_file(name):
    rebuilt = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in build.build_lines(name))
    assert rebuilt == (BANK / f"{name}.jsonl").read_text(encoding="utf-8")


def test_corpus_file_is_registered_and_holds_the_eleven_reports():
    assert "corpus" in build.NAMES
    lines = _lines(BANK / "corpus.jsonl")
    stored = set(lines[0]["store"])
    assert len(stored) == 11 and "000_714f557b0e494d5f.txt" in stored
    assert all(set(line["store"]) == stored for line in lines)
    not_found = sum(1 for line in lines if not line["expect"]["found"])
    assert 0.22 <= not_found / len(lines) <= 0.4
    families = Counter(line["family"] for line in lines)
    assert all(count >= 3 for count in families.values()), families
    for line in lines:
        if line["document"] == "*":
            for ref in line["expect"].get("projects", []):
                assert isinstance(ref, str) and "#" in ref, line["id"]


def test_fresh_set_is_standalone_and_rebuilds_from_source():
    """evals/bank/fresh.jsonl: built by ``python -m evals.bank.build`` but never split, so no dev/held-out halves."""
    path = BANK / "fresh.jsonl"
    assert "fresh" in build.STANDALONE and "fresh" not in build.NAMES
    assert load_questions(path)
    assert not (BANK / "dev" / "fresh.jsonl").exists() and not (BANK / "heldout" / "fresh.jsonl").exists()
    rebuilt = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in build.build_lines("fresh"))
    assert rebuilt == path.read_text(encoding="utf-8")
    for line in _lines(path):
        assert line.get("store"), line["id"]
        if not line["expect"]["found"]:
            assert set(line["expect"]) == {"found"}
