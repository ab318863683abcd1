"""Where the project's bundled files are, in a source checkout and in an installed wheel alike.

In a checkout they sit at the top level (``prompts/``, ``data/samples/``); a
wheel ships them as package data (``assistant/prompts``, ``webapp/samples``,
mapped in pyproject.toml), since top-level folders are not installed. The
default store is ``store/`` in a checkout, and a user data folder otherwise —
never inside site-packages.
"""

from __future__ import annotations

import os
from importlib import import_module
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parent.parent
"""The project folder when running from a checkout (it holds pyproject.toml)."""


def in_checkout() -> bool:
    """Whether the code runs from a source checkout rather than an installed wheel."""
    return (CHECKOUT / "pyproject.toml").is_file()


def bundled(checkout_path: str, package: str) -> Path:
    """A bundled folder: ``checkout_path`` under the checkout, else the installed ``package``'s folder."""
    if in_checkout():
        return CHECKOUT / checkout_path
    parent, _, folder = package.rpartition(".")  # a folder of plain files inside an installed regular package
    return Path(import_module(parent).__file__).resolve().parent / folder


def default_data_dir() -> Path:
    """Where an installed app keeps its store: $XDG_DATA_HOME/jixiao (default ~/.local/share/jixiao)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "jixiao"
