"""The end every benchmark shares: write the figures to benchmarks/results/, name each missed target."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

RESULTS_DIR = Path(__file__).resolve().parent / "results"


def write_result(name: str, result: dict[str, Any], missed: list[str]) -> int:
    """Write ``result`` to ``results/<name>.json``, print where and each missed target; 1 if any was missed."""
    path = RESULTS_DIR / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"结果已写入 {path}")
    for line in missed:
        print(f"未达标：{line}", file=sys.stderr)
    return 1 if missed else 0
