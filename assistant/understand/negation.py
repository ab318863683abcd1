"""A condition left out: 执行率低于九成的不算，剩下的整体执行率多少 — the projects meeting the negated condition.

Staff leave projects out by a condition as often as by name: "X低于九成的不算", "除去得分99以上的", "预算超过一千万的
先不管". The planner reads exclusions of named projects (``assistant.selection``) and conditions (``cues``), but an
exclusion of a *condition* is the same as keeping the projects that fail it. ``condition_left_out`` rewrites such a
question into that form (执行率不低于九成的项目里整体执行率多少), so the planner's own condition reading answers it,
and the engine says first which wording it answered. Only a clause holding both a comparison word and a number is
negated, so 除去科技那个 stays with the name exclusions.
"""

from __future__ import annotations

import re

from assistant.cues import AFTER_WORDS, OPERATORS

_HAN_WORD_RE = re.compile(r"[\u4e00-\u9fff]{2,}")
_NEGATED_BEFORE = {"<": "不低于", "<=": "高于", ">": "不高于", ">=": "低于", "=": "不等于"}
"""The word said before the number for the negation of each comparison (低于九成 → 不低于九成)."""
_WORDS_BEFORE = tuple((word, op) for word, op in OPERATORS if word not in AFTER_WORDS and _HAN_WORD_RE.fullmatch(word))
"""Comparison words said before the number (低于九成), as the planner reads them; single characters (为, 过) are
too common to tell a comparison by."""
_WORDS_AFTER = tuple((word, op) for word, op in OPERATORS if word in AFTER_WORDS)
"""Comparison words said after the number (99分以上)."""
_NUMBER_RE = re.compile(r"(?:百分之)?[\d.零〇一二两三四五六七八九十百千万亿点]+(?:成[一二三四五六七八九\d]?|%|％|分|万元|万|亿元|亿|元|个百分点)?$")
"""The number (spoken or written, with its unit) right before a comparison word said after it."""
_LEAVE_AFTER_RE = re.compile(r"^(?P<cond>[^，,。；;？?\s把]+?)的(?:项目|那些|那几个)?(?:都|也|就)?(?:先)?"
                             r"(?:不算|不要|除外|不管|去掉|排除|不看|别算|不计|不考虑|剔除)(?:了|掉)?[，,；;\s]*(?P<rest>.+)$")
"""执行率低于九成的不算，……: the condition, then the word leaving it out, then the question (the condition one
stretch: in 预算五十万以下的小项目 把水务局的去掉 what is left out is the department, not the condition)."""
_LEAVE_BEFORE_RE = re.compile(r"^(?:把)?(?:除去|除了|除开|不算|去掉|刨掉|刨去|排除|剔除|不含|不包括|撇开)(?:掉)?"
                              r"(?P<cond>[^，,。；;？?]+?)的(?:项目|那些|那几个)?(?:以外|之外)?[，,；;\s]*(?P<rest>.+)$")
"""除去得分99以上的，……: the word leaving out, the condition, then the question."""
_REMAINDER_RE = re.compile(r"(?:剩下|剩余|其余|余下|其他|其它)(?:的|那些|这些|那几个)?")
"""剩下那些: what is left, which the negated condition now names."""


_ALL_ASKED_RE = re.compile(r"^(?P<head>[^，,。；;？?]*?)(?:的项目)?(?:是不是|是否)(?:(?:每一?个|所有的?|各个?|全部)?项目)?"
                           r"(?P<mid>[^，,。；;？?\s都全]{0,6}?)(?:都|全都|全部|全)(?P<what>[^，,。；;？?\s]+?)"
                           r"(?:了|的)?(?:吗|呢)?(?:[，,；;\s].*)?$")
"""水务局的项目是不是都评上优了 (不是的话哪个不是): whether every project meets a condition — answered by the ones that
do not."""
_GRADE_SAID_RE = re.compile(r"^(?:评上|评为|评成|评的|评了|评|是|拿了?)?(?P<grade>优|良|中|差)(?:秀|好|等)?$")


_EACH_ONE_RE = re.compile(r"^(?:一个个|个个|每一个|每个|各个)")


def all_asked(question: str) -> str | None:
    """``question`` asking whether every project meets a condition, turned into which projects do not (水务局的项目
    是不是都评上优了 → 水务局哪些项目没评为优; 执行率是不是都在九成以上 → 执行率低于九成的项目有哪些); None when it asks
    no such thing, or its condition is neither a grade nor one comparison with a number."""
    match = _ALL_ASKED_RE.match(question.strip())
    if match is None:
        return None
    mid = _EACH_ONE_RE.sub("", match.group("mid"))  # 是不是个个都是优: 个个 is every project, not the condition
    head, what = match.group("head"), mid + match.group("what")  # 每个项目执行率都过了九成八
    grade = _GRADE_SAID_RE.match(what)
    if grade:
        return f"{head}哪些项目没评为{grade.group('grade')}"
    negated = negated_condition(head + what)
    return f"{negated}的项目有哪些" if negated else None


def condition_left_out(question: str) -> str | None:
    """``question`` with a condition it leaves out turned into the negated condition kept
    (执行率低于九成的不算，生态局剩下那些项目整体执行率多少 → 执行率不低于九成的项目里生态局项目整体执行率多少);
    None when it leaves out no condition."""
    for pattern in (_LEAVE_AFTER_RE, _LEAVE_BEFORE_RE):
        match = pattern.match(question.strip())
        if match is None:
            continue
        negated = negated_condition(match.group("cond"))
        if negated is not None:
            rest = _REMAINDER_RE.sub("", match.group("rest"))
            return f"{negated}的项目里{rest}"
    return None


def negated_condition(clause: str) -> str | None:
    """The clause with its one comparison negated (低于九成 → 不低于九成, 99分以上 → 低于99分), or None when it holds
    no comparison with a number, or more than one."""
    found = _longest_hits(clause, _WORDS_BEFORE)
    after = _longest_hits(clause, _WORDS_AFTER)
    if len(found) + len(after) != 1:
        return None
    if found:
        start, word, op = found[0]
        if not re.search(r"\d|[零一二两三四五六七八九十百千]", clause[start + len(word):]):
            return None
        return clause[:start] + _NEGATED_BEFORE[op] + clause[start + len(word):]
    start, word, op = after[0]
    number = _NUMBER_RE.search(clause[:start])
    if number is None:
        return None
    return clause[:number.start()] + _NEGATED_BEFORE[op] + number.group(0) + clause[start + len(word):]


def _longest_hits(clause: str, words: tuple[tuple[str, str], ...]) -> list[tuple[int, str, str]]:
    """Where each word of ``words`` first occurs in ``clause``, less those inside a longer hit (低于 in 不低于)."""
    hits = [(clause.find(word), word, op) for word, op in words if word in clause]
    return [(start, word, op) for start, word, op in hits
            if not any(len(other) > len(word) and o_start <= start and start + len(word) <= o_start + len(other)
                       for o_start, other, _ in hits)]
