"""``pip install .`` ships what the app needs without the source tree: the web app, the prompts, the bundled sample
and the evaluation sets; the entry points exist. Checked on the wheel pip builds (its build tools come from the package index, as for any install)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_wheel_holds_the_app_its_prompts_and_its_sample(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path),
                    str(ROOT)], check=True, capture_output=True, timeout=300)
    wheel = next(tmp_path.glob("*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("webapp/__main__.py", "webapp/ui.py", "assistant/prompts/system_tools.md",
                   "assistant/prompts/system_query.md", "assistant/understand/clauses.py", "assistant/llm/query.py",
                   "webapp/samples/000_714f557b0e494d5f.txt", "evals/dev_questions.jsonl",
                   "evals/documents/water_bureau_2023.txt", "ingest/resources.py"):
        assert needed in names, needed
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    scripts = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "jixiao-app = webapp.__main__:main" in scripts and "jixiao-ingest = ingest.__main__:main" in scripts
    assert not any(n.startswith(("tests/", "store/")) for n in names)
