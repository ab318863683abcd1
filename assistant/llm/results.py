"""What one tool call gave back: the JSON the model reads, and the contract objects code builds from the same rows.

The model only ever sees ``payload``; the answer's projects, figures and
citations come from the other fields, filled by code from the operation's rows,
so nothing the model writes can become a figure or a citation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assistant.contract import Citation, Figure, ProjectRef


class BadToolArguments(ValueError):
    """Arguments that pass the schema but make no sense together (合计 without a figure); the model's error, not ours."""


@dataclass(frozen=True)
class ToolResult:
    """One tool call's result. ``intent`` is the rule intent the tool serves (lost_points, ranking …).

    ``found`` is what the rule answer over the same rows would say: an empty
    list of lost points is an answer (没有扣分), no passage on a topic is not.
    ``lookup`` marks a project look-up, a step towards an answer rather than
    its evidence: its projects and citations are shown only when nothing else was called.
    """

    tool: str
    intent: str
    payload: dict[str, Any]
    found: bool
    projects: tuple[ProjectRef, ...] = ()
    figures: tuple[Figure, ...] = ()
    citations: tuple[Citation, ...] = ()
    lookup: bool = False
