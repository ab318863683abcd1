"""The LLM prompts, kept as Chinese Markdown files in ``prompts/`` so they are read and reviewed as text, not code.

A prompt is named by its file's stem: ``load_prompt("system_tools")`` reads
``prompts/system_tools.md``. ``prompts/README.md`` lists them and is not a prompt.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ingest.resources import bundled

PROMPT_DIR = bundled("prompts", "assistant.prompts")
_NOT_PROMPTS = frozenset({"README"})


class UnknownPromptError(KeyError):
    """No prompt file has that name; the message lists the names that exist."""

    def __str__(self) -> str:
        return str(self.args[0])


def prompt_names(prompt_dir: Path = PROMPT_DIR) -> list[str]:
    """The names ``load_prompt`` accepts, sorted."""
    return sorted(p.stem for p in prompt_dir.glob("*.md") if p.stem not in _NOT_PROMPTS)


@cache
def load_prompt(name: str, prompt_dir: Path = PROMPT_DIR) -> str:
    """The text of prompt ``name`` (without the trailing newline); read once per process."""
    if name not in prompt_names(prompt_dir):
        known = "、".join(prompt_names(prompt_dir)) or "（无）"
        raise UnknownPromptError(f"没有名为 {name!r} 的提示词（{prompt_dir}）；可用的有：{known}")
    return (prompt_dir / f"{name}.md").read_text(encoding="utf-8").strip()
