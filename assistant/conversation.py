"""Per-user state that lets a follow-up lean on the turn before it: 那它的执行率呢, 第二个呢, 为什么.

A conversation remembers, per turn, the plan that was run and the projects the
answer listed, in the order it listed them. The planner reads the last turn: "它" is
the project just answered about, "第二个" the second one listed (or of the list the
last answer took its one project from), "那总分呢" the same projects with another figure.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.plan import Plan, ProjectKey, Scope

MAX_TURNS = 20
"""Older turns are dropped: follow-ups only ever look at the last one."""


@dataclass(frozen=True)
class Turn:
    """One answered question: its plan and the projects its answer listed, in answer order."""

    question: str
    plan: Plan
    listed: tuple[ProjectKey, ...]


@dataclass
class Conversation:
    """The turns of one user's conversation, oldest first. Not shared between users."""

    turns: list[Turn] = field(default_factory=list)
    chosen_documents: tuple[str, ...] | None = None  # the reports a user chose to ask about (None: all of them)
    interrupted: bool = False  # the last question was not understood: a bare follow-up has no question to repeat
    said_scope: Scope | None = None  # the reports a question not understood named (24年五个局…): the next one's

    @property
    def last(self) -> Turn | None:
        """The previous turn, or None at the start."""
        return self.turns[-1] if self.turns else None

    @property
    def last_two(self) -> tuple[Turn, Turn] | None:
        """The last two turns, when the conversation was not interrupted between them (两个差几分, 两年差多少)."""
        if len(self.turns) < 2 or self.interrupted:
            return None
        return self.turns[-2], self.turns[-1]

    @property
    def last_two_named(self) -> tuple[ProjectKey, ProjectKey] | None:
        """The projects of the last two turns when each was about one project, and they differ (海洋项目得了多少分|
        督察那个呢|两个差几分): what 两个 then means; else None."""
        if self.last_two is None:
            return None
        first, second = self.last_two[0].listed, self.last_two[1].listed
        if len(first) == 1 and len(second) == 1 and first != second:
            return first[0], second[0]
        return None

    @property
    def list_in_view(self) -> tuple[ProjectKey, ...]:
        """The list a place (第二个) points into: the last answer's, or — when that answer was about one project
        taken from the list before it (执行率最低的三个|第一个预算多少) — that earlier list (|那第二个呢)."""
        if not self.turns:
            return ()
        listed = self.turns[-1].listed
        if len(listed) == 1 and len(self.turns) >= 2 and not self.interrupted:
            earlier = self.turns[-2].listed
            if len(earlier) > 1 and listed[0] in earlier:
                return earlier
        return listed

    def remember(self, question: str, plan: Plan, listed: tuple[ProjectKey, ...], answered: bool = True,
                 said_scope: Scope | None = None) -> None:
        """Record a turn that was answered (a total too, so 那交通委呢 can ask it of another report) or asked back;
        one that was not keeps the earlier focus."""
        if not (answered or listed) and plan.intent != "clarify":
            self.not_understood(said_scope)  # 这个项目23年得了多少 not found: 24年的呢 is not the question before it, asked again
            return
        self.turns.append(Turn(question, plan, listed))
        del self.turns[:-MAX_TURNS]
        self.interrupted = False
        self.said_scope = None

    def not_understood(self, said_scope: Scope | None = None) -> None:
        """Note a question that was not understood. Its projects stay the last answer's (那它的执行率呢 still
        means them), but the last question is no longer the one a bare follow-up repeats: 这个项目23年得了多少 not
        understood, 24年的呢 after it is not the question before it asked of 2024. ``said_scope``: the reports it
        named, which a next question naming none is asked in (24年五个局都在库里吧 | 各自的整体执行率)."""
        self.interrupted = True
        self.said_scope = said_scope
