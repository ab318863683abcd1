"""Reference answers for the question bank, computed from the stored records only.

Each bank question is written with a small spec (see ``source/*.py``): an
``op`` and its arguments. ``expect(spec, docs, document)`` turns the spec into
the grader's ``expect`` object (and a short note with the arithmetic) from the
``ingest.records.Document`` objects of the question's store. Nothing here reads
the assistant or its output.

Project selectors (``project``, ``exclude``): an int is a seq in the scope's
only document; a str is a word that must occur in exactly one project name of
the scope (garbled names are matched as stored); a ``(dept_word, year, sel)``
tuple picks inside one department/year first.

Scope: ``scope={"dept": word, "year": 2023}`` (both optional) keeps the
documents whose department contains ``word`` (or whose implementers all do)
and whose year matches; default is every document of the store when the
question's document is "*", else that document.
"""

from __future__ import annotations

import operator
from dataclasses import dataclass

from ingest.records import Document, Project

TOL = 0.011
TOL_COMPUTED = 0.02

# metric name -> (label for the grader, getter on a project)
def _fund(kind: str, attr: str):
    def get(p: Project):
        line = p.fund(kind)
        return None if line is None else getattr(line, attr)
    return get


METRICS = {
    "budget": ("预算", _fund("年度资金总额", "full_year")),
    "initial": ("年初预算", _fund("年度资金总额", "initial")),
    "executed": ("执行数", _fund("年度资金总额", "executed")),
    "rate": ("执行率", _fund("年度资金总额", "rate")),
    "funds_score": ("资金得分", _fund("年度资金总额", "score")),
    "score": ("总分", lambda p: p.total_score),
    "lost": ("扣分", lambda p: round(p.total_weight - p.total_score, 2)),
    "ind_lost": ("扣分", lambda p: round(sum(i.lost or 0 for i in p.indicators), 2)),
    "funds_lost": ("扣分", lambda p: round(p.fund("年度资金总额").weight - p.fund("年度资金总额").score, 2)),
    "unexecuted": ("未执行", lambda p: round(_fund("年度资金总额", "full_year")(p) - _fund("年度资金总额", "executed")(p), 2)),
    "adjust": ("调整", lambda p: round(_fund("年度资金总额", "initial")(p) - _fund("年度资金总额", "full_year")(p), 2)),
    "approp": ("财政拨款", _fund("当年财政拨款", "full_year")),
    "approp_executed": ("财政拨款执行数", _fund("当年财政拨款", "executed")),
    "approp_rate": ("财政拨款执行率", _fund("当年财政拨款", "rate")),
    "other": ("其他资金", _fund("其他资金", "full_year")),
    "carry": ("上年结转", _fund("上年结转资金", "full_year")),
    "approp_share": ("占比", lambda p: _fund("当年财政拨款", "full_year")(p) / _fund("年度资金总额", "full_year")(p) * 100),
    "n_indicators": ("指标", lambda p: len(p.indicators)),
    "n_lost_indicators": ("指标", lambda p: sum(1 for i in p.indicators if (i.lost or 0) > 0)),
}
OPS = {">": operator.gt, ">=": operator.ge, "<": operator.lt, "<=": operator.le, "==": operator.eq, "!=": operator.ne}


class SpecError(ValueError):
    """A spec that does not have exactly one right answer in the data (ambiguous, tied, unknown)."""


@dataclass(frozen=True)
class Row:
    doc: Document
    project: Project


class Oracle:
    def __init__(self, docs: list[Document], document: str):
        self.docs = docs
        self.document = document

    # --- scope and selection -------------------------------------------------
    def rows(self, scope: dict | None = None) -> list[Row]:
        scope = scope or {}
        docs = self.docs if self.document == "*" or scope else [d for d in self.docs if d.file_name == self.document]
        if "dept" in scope:
            docs = [d for d in docs if scope["dept"] in (d.department or "")]
        if "year" in scope:
            docs = [d for d in docs if d.year == scope["year"]]
        if "file" in scope:
            docs = [d for d in docs if d.file_name == scope["file"]]
        if not docs:
            raise SpecError(f"scope {scope} holds no document")
        return [Row(d, p) for d in docs for p in d.projects]

    def pick(self, sel, scope: dict | None = None) -> Row:
        if isinstance(sel, (tuple, list)):
            dept, year, sel = sel
            scope = {"dept": dept, "year": year}
        rows = self.rows(scope)
        if isinstance(sel, int):
            found = [r for r in rows if r.project.seq == sel]
        else:
            found = [r for r in rows if sel in r.project.name]
        if len(found) != 1:
            raise SpecError(f"selector {sel!r} in {scope} matches {len(found)} projects")
        return found[0]

    def ref(self, row: Row):
        return row.project.seq if row.doc.file_name == self.document else f"{row.doc.file_name}#{row.project.seq}"

    def value(self, row: Row, metric: str) -> float:
        v = METRICS[metric][1](row.project)
        if v is None:
            raise SpecError(f"{metric} missing for {row.doc.file_name}#{row.project.seq}")
        return v

    def select(self, spec: dict) -> list[Row]:
        rows = self.rows(spec.get("scope"))
        excluded = {id(self.pick(s, spec.get("scope")).project) for s in spec.get("exclude", [])}
        rows = [r for r in rows if id(r.project) not in excluded]
        for cond in spec.get("where", []):
            rows = [r for r in rows if self.test(r, cond, spec)]
        return rows

    def test(self, row: Row, cond, spec) -> bool:
        kind = cond[0]
        if kind == "name":  # ("name", word): the project's name holds the word (same project over several years)
            return cond[1] in row.project.name
        if kind == "lost_indicator":
            return any((i.lost or 0) > 0 for i in row.project.indicators)
        if kind == "no_lost_indicator":
            return not any((i.lost or 0) > 0 for i in row.project.indicators)
        if kind == "grade":
            return row.project.grade == cond[1]
        if kind == "implementer":
            return cond[1] in (row.project.implementer or "")
        if kind == "finding":
            return any(f.kind in cond[1:] for f in row.project.findings)
        if kind == "restored":
            return any(f.kind == "restored" for f in row.project.findings)
        if kind == "changed_budget":
            return self.value(row, "initial") != self.value(row, "budget")
        if kind == "above_mean" or kind == "below_mean":
            base = self.rows(spec.get("scope"))
            mean = sum(self.value(r, cond[1]) for r in base) / len(base)
            return self.value(row, cond[1]) > mean if kind == "above_mean" else self.value(row, cond[1]) < mean
        if kind == "share_of_total":  # ("share_of_total", metric, op, fraction)
            base = self.rows(spec.get("scope"))
            total = sum(self.value(r, cond[1]) for r in base)
            return OPS[cond[2]](self.value(row, cond[1]), cond[3] * total)
        metric, op, threshold = cond
        value = self.value(row, metric)
        if abs(value - threshold) < 0.005:
            raise SpecError(f"{metric} {value} sits on the threshold {threshold}: ambiguous")
        return OPS[op](value, threshold)

    def ordered(self, rows: list[Row], metric: str, order: str) -> list[Row]:
        return sorted(rows, key=lambda r: self.value(r, metric), reverse=(order == "desc"))

    def fig(self, value: float, metric_or_label: str, row: Row | None = None, tol: float = TOL) -> dict:
        label = METRICS[metric_or_label][0] if metric_or_label in METRICS else metric_or_label
        out = {"value": round(float(value), 2), "tol": tol}
        if row is not None:
            out["project_seq"] = self.ref(row)
        out["label"] = label
        return out


def _ref_key(ref):
    """Ints (seqs) first in numeric order, then "FILE#SEQ" strings by file and seq."""
    if isinstance(ref, int):
        return (0, "", ref)
    name, _, seq = ref.rpartition("#")
    return (1, name, int(seq))


def _no_tie(values: list[float], upto: int, what: str) -> None:
    """Places 1..upto are strictly ordered and the cut after ``upto`` is not a tie."""
    for i in range(min(upto, len(values) - 1)):
        if abs(values[i] - values[i + 1]) < 0.005:
            raise SpecError(f"tie in {what} at places {i + 1}/{i + 2}: {values[i]}")


def expect(spec: dict, docs: list[Document], document: str) -> tuple[dict, str]:
    """The grader's ``expect`` for ``spec`` and a note with the arithmetic."""
    o = Oracle(docs, document)
    op = spec["op"]
    if op == "none":
        return {"found": False}, spec.get("why", "数据中没有")
    handler = globals()[f"_op_{op}"]
    out, note = handler(o, spec)
    out = {"found": True, **out}
    if "contains" in spec:
        out["contains"] = list(spec["contains"])
    return out, note


def _op_figure(o: Oracle, spec):
    row = o.pick(spec["project"], spec.get("scope"))
    figures, parts, contains = [], [], []
    for metric in spec.get("metrics", []):
        if metric == "grade":
            contains.append(row.project.grade)
            parts.append(f"等级 {row.project.grade}")
            continue
        if metric == "implementer":
            contains.append(row.project.implementer)
            parts.append(f"实施单位 {row.project.implementer}")
            continue
        tol = TOL_COMPUTED if metric == "approp_share" else TOL
        figures.append(o.fig(o.value(row, metric), metric, row, tol))
        parts.append(f"{METRICS[metric][0]} {o.value(row, metric):.2f}")
    out = {"projects": [o.ref(row)]}
    if figures:
        out["figures"] = figures
    if contains:
        out["contains"] = contains
    return out, f"{row.doc.file_name}#{row.project.seq}: " + "，".join(parts)


def _op_filter(o: Oracle, spec):
    rows = o.select(spec)
    if not rows:
        raise SpecError("filter keeps no project: write it as op none")
    out = {"projects": sorted((o.ref(r) for r in rows), key=_ref_key)}
    show = spec.get("show")
    if show:
        out["figures"] = [o.fig(o.value(r, show), show, r) for r in rows]
    return out, f"{len(rows)} 个：" + "、".join(f"{r.doc.file_name[:12]}#{r.project.seq}" for r in rows)


def _op_count(o: Oracle, spec):
    rows = o.select(spec)
    return {"figures": [o.fig(len(rows), spec.get("label", "项目数"))]}, "计数 = " + "、".join(
        f"#{r.project.seq}" for r in rows) + f" → {len(rows)}"


def _op_sum(o: Oracle, spec):
    rows = o.select(spec)
    metric = spec["metric"]
    total = sum(o.value(r, metric) for r in rows)
    return {"figures": [o.fig(total, metric)]}, f"Σ{METRICS[metric][0]} over {len(rows)} = {total:.2f}"


def _op_mean(o: Oracle, spec):
    rows = o.select(spec)
    metric = spec["metric"]
    total = sum(o.value(r, metric) for r in rows)
    return {"figures": [o.fig(total / len(rows), "平均", tol=TOL_COMPUTED)]}, (
        f"Σ{METRICS[metric][0]} {total:.2f} / {len(rows)} = {total / len(rows):.4f}")


def _op_overall_rate(o: Oracle, spec):
    rows = o.select(spec)
    ex = sum(o.value(r, "executed") for r in rows)
    bu = sum(o.value(r, "budget") for r in rows)
    return {"figures": [o.fig(ex / bu * 100, "执行率", tol=TOL_COMPUTED)]}, (
        f"Σ执行 {ex:.2f} / Σ预算 {bu:.2f} = {ex / bu * 100:.4f}%（{len(rows)} 个项目）")


def _op_rank(o: Oracle, spec):
    rows = o.ordered(o.select(spec), spec["metric"], spec["order"])
    n = spec.get("n", 1)
    values = [o.value(r, spec["metric"]) for r in rows]
    _no_tie(values, n, spec["metric"])
    top = rows[:n]
    out = {"projects": [o.ref(r) for r in top], "ordered": n > 1,
           "figures": [o.fig(o.value(r, spec["metric"]), spec["metric"], r) for r in top]}
    if n == 1:
        del out["ordered"]
    return out, f"按{METRICS[spec['metric']][0]}{'降' if spec['order'] == 'desc' else '升'}序前{n}：" + "、".join(
        f"#{r.project.seq}={o.value(r, spec['metric']):.2f}" for r in top)


def _op_nth(o: Oracle, spec):
    rows = o.ordered(o.select(spec), spec["metric"], spec["order"])
    k = spec["k"]
    if k < 0:
        k = len(rows) + k + 1
    values = [o.value(r, spec["metric"]) for r in rows]
    for j in (k - 2, k):
        if 0 <= j < len(values) and abs(values[j] - values[k - 1]) < 0.005:
            raise SpecError(f"tie at place {k}")
    r = rows[k - 1]
    return {"projects": [o.ref(r)], "figures": [o.fig(values[k - 1], spec["metric"], r)]}, (
        f"按{METRICS[spec['metric']][0]}{'降' if spec['order'] == 'desc' else '升'}序第{k}：#{r.project.seq}={values[k - 1]:.2f}")


def _op_position(o: Oracle, spec):
    target = o.pick(spec["project"], spec.get("scope"))
    rows = o.select(spec)
    v = o.value(target, spec["metric"])
    better = [r for r in rows if (o.value(r, spec["metric"]) > v if spec["order"] == "desc" else o.value(r, spec["metric"]) < v)]
    if any(abs(o.value(r, spec["metric"]) - v) < 0.005 and r.project is not target.project for r in rows):
        raise SpecError("position tied")
    pos = len(better) + 1
    return {"projects": [o.ref(target)], "figures": [o.fig(pos, "排名", target)]}, (
        f"{METRICS[spec['metric']][0]} {v:.2f}，{'高' if spec['order'] == 'desc' else '低'}于它的 {len(better)} 个 → 第{pos}（共{len(rows)}）")


def _op_diff(o: Oracle, spec):
    a = o.pick(spec["a"], spec.get("scope_a", spec.get("scope")))
    b = o.pick(spec["b"], spec.get("scope_b", spec.get("scope")))
    m = spec["metric"]
    va, vb = o.value(a, m), o.value(b, m)
    return {"projects": sorted([o.ref(a), o.ref(b)], key=_ref_key),
            "figures": [o.fig(va, m, a), o.fig(vb, m, b)]}, f"{va:.2f} vs {vb:.2f}，差 {abs(va - vb):.2f}"


def _op_combined(o: Oracle, spec):
    """Σ of a metric over named projects (它们合计多少)."""
    rows = [o.pick(s, spec.get("scope")) for s in spec["projects"]]
    m = spec["metric"]
    total = sum(o.value(r, m) for r in rows)
    if m == "rate":
        raise SpecError("use overall_rate")
    return {"figures": [o.fig(total, m)]}, "Σ " + " + ".join(f"{o.value(r, m):.2f}" for r in rows) + f" = {total:.2f}"


def _op_indicator(o: Oracle, spec):
    """An indicator named by its own words: which project, and the asked field."""
    rows = o.rows(spec.get("scope"))
    hits = [(r, i) for r in rows for i in r.project.indicators if spec["name"] in i.name]
    if len(hits) != 1:
        raise SpecError(f"indicator {spec['name']!r} matches {len(hits)} rows")
    r, ind = hits[0]
    field = spec.get("field")
    out = {"projects": [o.ref(r)]}
    if field:
        value = {"target": ind.target_value, "actual": ind.actual_value, "weight": ind.weight,
                 "score": ind.score, "lost": ind.lost}[field]
        if value is None:
            raise SpecError(f"indicator field {field} is words, not a number")
        label = {"target": "目标", "actual": "实际", "weight": "分值", "score": "得分", "lost": "扣分"}[field]
        out["figures"] = [o.fig(value, label, r)]
    return out, f"{ind.name}（#{r.project.seq}）：目标 {ind.target_text}，实际 {ind.actual_text}，{ind.weight}/{ind.score}"


def _op_lost_rows(o: Oracle, spec):
    """A project's indicator rows that lost points, each with 分值 − 得分."""
    row = o.pick(spec["project"], spec.get("scope"))
    lost = [i for i in row.project.indicators if (i.lost or 0) > 0]
    if not lost:
        raise SpecError("no indicator lost points")
    figures = [o.fig(i.lost, "扣分", row) for i in lost]
    for word in spec.get("contains", []):
        if not any(word in (i.reason or "") for i in lost):
            raise SpecError(f"{word!r} is in no deviation reason of #{row.project.seq}")
    return {"projects": [o.ref(row)], "figures": figures}, "；".join(
        f"{i.name} {i.weight}−{i.score}={i.lost}" for i in lost)


def _op_text(o: Oracle, spec):
    row = o.pick(spec["project"], spec.get("scope"))
    where = spec.get("field", "goal_text")
    for word in spec["contains"]:
        if word not in getattr(row.project, where):
            raise SpecError(f"{word!r} not in {where} of #{row.project.seq}")
    return {"projects": [o.ref(row)]}, f"{where} of #{row.project.seq} holds " + "、".join(spec["contains"])


def _op_topic(o: Oracle, spec):
    """Projects whose name holds one of the words; the words must not occur in any other project's goal text."""
    rows = o.rows(spec.get("scope"))
    words = spec["words"]
    hits = [r for r in rows if any(w in r.project.name for w in words)]
    for r in rows:
        if r not in hits and any(w in r.project.goal_text for w in words):
            raise SpecError(f"topic {words} also in the goal text of #{r.project.seq}: ambiguous")
    if not hits:
        raise SpecError("topic matches nothing")
    return {"projects": sorted((o.ref(r) for r in hits), key=_ref_key)}, "名称含 " + "/".join(words) + "：" + "、".join(
        f"#{r.project.seq}" for r in hits)


def _op_restored(o: Oracle, spec):
    """Values the document lacked and the table's arithmetic restored (findings of kind restored)."""
    if "project" in spec:
        row = o.pick(spec["project"], spec.get("scope"))
        rows = [row] if any(f.kind == "restored" for f in row.project.findings) else []
    else:
        rows = [r for r in o.select(spec) if any(f.kind == "restored" for f in r.project.findings)]
    if not rows:
        raise SpecError("nothing restored")
    out = {"projects": sorted((o.ref(r) for r in rows), key=_ref_key)}
    if spec.get("count"):
        out = {"figures": [o.fig(len(rows), "项目数")]}
    return out, "；".join(f"#{r.project.seq}: " + "，".join(f.message[:30] for f in r.project.findings if f.kind == "restored")
                         for r in rows)


def _op_flagged(o: Oracle, spec):
    """Rows validation flagged (findings other than restored values)."""
    kinds = spec.get("kinds")
    rows = [r for r in o.select(spec)
            if any(f.kind != "restored" and (kinds is None or f.kind in kinds) for f in r.project.findings)]
    if not rows:
        raise SpecError("nothing flagged")
    out = {"projects": sorted((o.ref(r) for r in rows), key=_ref_key)}
    if spec.get("count"):
        out = {"figures": [o.fig(len(rows), "项目数")]}
    return out, "；".join(f"#{r.project.seq}: " + "，".join(f.kind for f in r.project.findings if f.kind != "restored")
                         for r in rows)


def _op_per_group(o: Oracle, spec):
    """One answer per document of the scope: the extreme project (metric/order), or the overall rate (metric None)."""
    projects, figures, notes = [], [], []
    for doc in o.docs if o.document == "*" else [d for d in o.docs if d.file_name == o.document]:
        if "year" in spec.get("scope", {}) and doc.year != spec["scope"]["year"]:
            continue
        if "dept" in spec.get("scope", {}) and spec["scope"]["dept"] not in (doc.department or ""):
            continue
        rows = [Row(doc, p) for p in doc.projects]
        if spec.get("metric") == "count":
            figures.append(o.fig(len(rows), "项目数"))
            notes.append(f"{doc.department}{doc.year} {len(rows)} 个")
            continue
        if spec.get("metric") == "count_lost":
            n = sum(1 for r in rows if any((i.lost or 0) > 0 for i in r.project.indicators))
            figures.append(o.fig(n, "项目数"))
            notes.append(f"{doc.department}{doc.year} {n} 个有指标扣分")
            continue
        if spec.get("metric") == "sum_budget":
            total = sum(o.value(r, "budget") for r in rows)
            figures.append(o.fig(total, "预算"))
            notes.append(f"{doc.department}{doc.year} Σ预算 {total:.2f}")
            continue
        if spec.get("metric") is None:
            ex = sum(o.value(r, "executed") for r in rows)
            bu = sum(o.value(r, "budget") for r in rows)
            figures.append(o.fig(ex / bu * 100, "执行率", tol=TOL_COMPUTED))
            notes.append(f"{doc.department}{doc.year} {ex:.2f}/{bu:.2f}")
            continue
        ranked = o.ordered(rows, spec["metric"], spec["order"])
        _no_tie([o.value(r, spec["metric"]) for r in ranked], 1, f"{doc.file_name} {spec['metric']}")
        best = ranked[0]
        projects.append(o.ref(best))
        figures.append(o.fig(o.value(best, spec["metric"]), spec["metric"], best))
        notes.append(f"{doc.department}{doc.year}#{best.project.seq}={o.value(best, spec['metric']):.2f}")
    out = {"figures": figures}
    if projects:
        out["projects"] = sorted(projects, key=_ref_key)
    return out, "；".join(notes)


def _op_per_year(o: Oracle, spec):
    """Overall rate (Σ执行/Σ预算) for each year over the scope's departments."""
    rows = o.rows(spec.get("scope"))
    figures, notes = [], []
    for year in sorted({r.doc.year for r in rows}):
        ys = [r for r in rows if r.doc.year == year]
        ex = sum(o.value(r, "executed") for r in ys)
        bu = sum(o.value(r, "budget") for r in ys)
        figures.append(o.fig(ex / bu * 100, "执行率", tol=TOL_COMPUTED))
        notes.append(f"{year}: {ex:.2f}/{bu:.2f}={ex / bu * 100:.2f}")
    return {"figures": figures}, "；".join(notes)


_RESTORED_FIELDS = {"grade": "评分等级", "total_score": "总分", "total_weight": "总分分值"}


def _op_restored_field(o: Oracle, spec):
    """Projects whose ``field`` was restored: a project field (grade, total_score, total_weight) or an indicator's score."""
    field = spec["field"]
    rows = []
    for r in o.select(spec):
        if field == "indicator_score":
            hit = any("score" in i.derived for i in r.project.indicators)
        else:
            hit = field in r.project.derived
        if hit:
            rows.append(r)
    if not rows:
        raise SpecError("nothing restored for " + field)
    if spec.get("count"):
        return {"figures": [o.fig(len(rows), "项目数")]}, f"{field} 补全：" + "、".join(f"#{r.project.seq}" for r in rows)
    out = {"projects": sorted((o.ref(r) for r in rows), key=_ref_key)}
    if spec.get("show"):
        out["figures"] = [o.fig(o.value(r, spec["show"]), spec["show"], r) for r in rows]
    return out, f"{field} 补全：" + "、".join(f"#{r.project.seq}" for r in rows)


def _op_per(o: Oracle, spec):
    """One answer per department (``by: "dept"``, over every year of it) or per year (``by: "year"``, over every
    department), from the rows the scope/where/exclude keep: ``metric`` "count", "sum:<m>", "mean:<m>",
    "overall" (Σ执行/Σ预算), or a metric with ``order`` (the extreme project of each group)."""
    rows = o.select(spec)
    key = (lambda r: r.doc.department) if spec["by"] == "dept" else (lambda r: r.doc.year)
    groups: dict = {}
    for r in rows:
        groups.setdefault(key(r), []).append(r)
    if len(groups) < 2:
        raise SpecError("per: fewer than two groups")
    metric = spec["metric"]
    projects, figures, notes = [], [], []
    for name, rs in groups.items():
        if metric == "count":
            figures.append(o.fig(len(rs), "项目数"))
            notes.append(f"{name} {len(rs)} 个")
        elif metric.startswith("sum:") or metric.startswith("mean:"):
            kind, m = metric.split(":")
            total = sum(o.value(r, m) for r in rs)
            value = total if kind == "sum" else total / len(rs)
            figures.append(o.fig(value, m if kind == "sum" else "平均", tol=TOL if kind == "sum" else TOL_COMPUTED))
            notes.append(f"{name} {'Σ' if kind == 'sum' else 'avg'}{METRICS[m][0]} {value:.2f}（{len(rs)} 个）")
        elif metric == "overall":
            ex = sum(o.value(r, "executed") for r in rs)
            bu = sum(o.value(r, "budget") for r in rs)
            figures.append(o.fig(ex / bu * 100, "执行率", tol=TOL_COMPUTED))
            notes.append(f"{name} {ex:.2f}/{bu:.2f}={ex / bu * 100:.2f}")
        else:
            ranked = o.ordered(rs, metric, spec["order"])
            _no_tie([o.value(r, metric) for r in ranked], 1, f"{name} {metric}")
            best = ranked[0]
            projects.append(o.ref(best))
            figures.append(o.fig(o.value(best, metric), metric, best))
            notes.append(f"{name} {best.doc.file_name}#{best.project.seq}={o.value(best, metric):.2f}")
    out = {"figures": figures}
    if projects:
        out["projects"] = sorted(projects, key=_ref_key)
    return out, "；".join(notes)


def _op_fr2_gap(o: Oracle, spec):
    """Two projects' values of one metric and their difference (X比Y多多少 / 差几个点): both figures and |a − b|."""
    a = o.pick(spec["a"], spec.get("scope_a", spec.get("scope")))
    b = o.pick(spec["b"], spec.get("scope_b", spec.get("scope")))
    if a.project is b.project:
        raise SpecError("fr2_gap: the two selectors pick the same project")
    m = spec["metric"]
    va, vb = o.value(a, m), o.value(b, m)
    gap = abs(va - vb)
    tol = TOL_COMPUTED if m in ("rate", "approp_rate", "approp_share") else TOL
    return {"projects": sorted([o.ref(a), o.ref(b)], key=_ref_key),
            "figures": [o.fig(va, m, a), o.fig(vb, m, b), o.fig(gap, "差", tol=tol)]}, (
        f"{va:.2f} − {vb:.2f}，差 {gap:.2f}")


def _op_fc2_gap(o: Oracle, spec):
    """One metric of two projects (``a``, ``b``) and |a − b| (X比Y多了多少): both projects, the two values and the gap."""
    a, b = o.pick(spec["a"], spec.get("scope")), o.pick(spec["b"], spec.get("scope"))
    if a.project is b.project:
        raise SpecError("fc2_gap: both selectors pick one project")
    m = spec["metric"]
    va, vb = o.value(a, m), o.value(b, m)
    return {"projects": sorted([o.ref(a), o.ref(b)], key=_ref_key),
            "figures": [o.fig(va, m, a), o.fig(vb, m, b), o.fig(abs(va - vb), "差", tol=TOL_COMPUTED)]}, (
        f"{va:.2f} − {vb:.2f} = {va - vb:.2f}")


def _op_fc2_scope_gap(o: Oracle, spec):
    """One aggregate over two scopes (``a``, ``b``: scope dicts) and |A − B| (规资局24年总预算比23年多多少):
    ``metric`` "sum:<m>", "mean:<m>", "count" or "overall" (Σ执行/Σ预算×100). No projects: the figures are totals."""
    def agg(scope):
        rows = o.select({"scope": scope, "where": spec.get("where", [])})
        kind, _, m = spec["metric"].partition(":")
        if kind == "count":
            return len(rows), "项目数", TOL
        if kind == "overall":
            return sum(o.value(r, "executed") for r in rows) / sum(o.value(r, "budget") for r in rows) * 100, "执行率", TOL_COMPUTED
        total = sum(o.value(r, m) for r in rows)
        return (total, m, TOL) if kind == "sum" else (total / len(rows), "平均", TOL_COMPUTED)
    (va, la, ta), (vb, lb, tb) = agg(spec["a"]), agg(spec["b"])
    if spec["a"] == spec["b"]:
        raise SpecError("fc2_scope_gap: both scopes are one")
    return {"figures": [o.fig(va, la, tol=ta), o.fig(vb, lb, tol=tb), o.fig(abs(va - vb), "差", tol=TOL_COMPUTED)]}, (
        f"{spec['a']} {va:.4f} − {spec['b']} {vb:.4f} = {va - vb:.4f}")


def _op_bc3_groups(o: Oracle, spec):
    """One aggregate per named group (``groups``: two or more scope dicts, e.g. 规资局24年 vs 交通委24年):
    ``metric`` "count", "sum:<m>", "mean:<m>" or "overall" (Σ执行/Σ预算×100); ``where``/``exclude`` apply in
    each group. Refuses two groups with one value (谁高 would have no answer). No projects: figures are totals."""
    groups = spec["groups"]
    if len(groups) < 2 or any(g == h for i, g in enumerate(groups) for h in groups[i + 1:]):
        raise SpecError("bc3_groups: needs two or more distinct groups")
    kind, _, m = spec["metric"].partition(":")
    figures, values, notes = [], [], []
    for scope in groups:
        rows = o.select({**spec, "scope": scope})
        if not rows:
            raise SpecError(f"bc3_groups: {scope} keeps no project")
        if kind == "count":
            value, label, tol = len(rows), "项目数", TOL
        elif kind == "overall":
            ex, bu = sum(o.value(r, "executed") for r in rows), sum(o.value(r, "budget") for r in rows)
            value, label, tol = ex / bu * 100, "执行率", TOL_COMPUTED
        elif kind in ("sum", "mean"):
            total = sum(o.value(r, m) for r in rows)
            value, label, tol = (total, m, TOL) if kind == "sum" else (total / len(rows), "平均", TOL_COMPUTED)
        else:
            raise SpecError(f"bc3_groups: unknown metric {spec['metric']}")
        if any(abs(value - v) < 0.005 for v in values):
            raise SpecError("bc3_groups: two groups tie")
        values.append(value)
        figures.append(o.fig(value, label, tol=tol))
        notes.append(f"{scope} {value:.4f}（{len(rows)} 个）")
    return {"figures": figures}, "；".join(notes)


def _op_fr3_both(o: Oracle, spec):
    """Two (or more) asks in one question (预算多少、执行率多少 / 哪个最低、它扣了多少分): ``parts`` are specs of
    their own, run on the same store; the figures are concatenated and the projects are the union (present when any
    part names projects). A part must not be an ordered ranking or ``none``."""
    figures, projects, notes, named = [], [], [], False
    if len(spec.get("parts", [])) < 2:
        raise SpecError("fr3_both: needs two or more parts")
    for part in spec["parts"]:
        if part["op"] in ("none", "fr3_both"):
            raise SpecError(f"fr3_both: part op {part['op']} not allowed")
        out, note = globals()[f"_op_{part['op']}"](o, dict(part))
        if out.get("ordered"):
            raise SpecError("fr3_both: an ordered part cannot be merged")
        figures.extend(out.get("figures", []))
        if "projects" in out:
            named = True
            projects.extend(p for p in out["projects"] if p not in projects)
        notes.append(note)
    out = {"figures": figures}
    if named:
        out["projects"] = sorted(projects, key=_ref_key)
    return out, " ‖ ".join(notes)


def _op_fc3_best_group(o: Oracle, spec):
    """The best group (哪个局/哪一年…最高/最低): rows scope/where/exclude keep, grouped ``by`` "dept" (a department
    over all its stored years) or "year" (a year over every department); ``metric`` "overall" (Σ执行/Σ预算×100),
    "count", "sum:<m>" or "mean:<m>"; ``order`` desc/asc. Gives the best group's value; ``contains`` (required) is
    a word that must name that group (part of the department's name, or the year), checked here. Refuses a tie
    between the best and the runner-up."""
    rows = o.select(spec)
    key = (lambda r: r.doc.department or "") if spec["by"] == "dept" else (lambda r: str(r.doc.year))
    groups: dict = {}
    for r in rows:
        groups.setdefault(key(r), []).append(r)
    if len(groups) < 2:
        raise SpecError("fc3_best_group: fewer than two groups")
    kind, _, m = spec["metric"].partition(":")
    values = {}
    for name, rs in groups.items():
        if kind == "overall":
            values[name] = (sum(o.value(r, "executed") for r in rs) / sum(o.value(r, "budget") for r in rs) * 100,
                            "执行率", TOL_COMPUTED)
        elif kind == "count":
            values[name] = (len(rs), "项目数", TOL)
        elif kind in ("sum", "mean"):
            total = sum(o.value(r, m) for r in rs)
            values[name] = (total, m, TOL) if kind == "sum" else (total / len(rs), "平均", TOL_COMPUTED)
        else:
            raise SpecError(f"fc3_best_group: unknown metric {spec['metric']}")
    ranked = sorted(values.items(), key=lambda kv: kv[1][0], reverse=(spec["order"] == "desc"))
    if abs(ranked[0][1][0] - ranked[1][1][0]) < 0.005:
        raise SpecError("fc3_best_group: best and runner-up tie")
    best, (value, label, tol) = ranked[0]
    words = spec.get("contains") or []
    if not words or any(w not in best for w in words):
        raise SpecError(f"fc3_best_group: contains {words} does not name the best group {best}")
    return {"figures": [o.fig(value, label, tol=tol)]}, "；".join(f"{n} {v[0]:.4f}" for n, v in ranked) + f" → {best}"


def _op_share(o: Oracle, spec):
    """One project's share (%) of a metric's total over the rows ``scope``/``where``/``exclude`` keep (X占总预算的百分之
    几); the project must be one of them."""
    target = o.pick(spec["project"], spec.get("scope"))
    rows = o.select(spec)
    if not any(r.project is target.project for r in rows):
        raise SpecError("share: the project is not in the base it is a share of")
    m = spec["metric"]
    total = sum(o.value(r, m) for r in rows)
    v = o.value(target, m)
    return {"projects": [o.ref(target)], "figures": [o.fig(v / total * 100, "占比", target, TOL_COMPUTED)]}, (
        f"{METRICS[m][0]} {v:.2f} / Σ {total:.2f}（{len(rows)} 个）= {v / total * 100:.4f}%")


_op_fr2_share = _op_bl3_share = _op_bc3_share = _op_share  # the names the helpers' sets were written with


def _op_bl9_top_sum(o: Oracle, spec):
    """The first ``n`` projects by ``metric``/``order`` (of the rows scope/where/exclude keep) and one aggregate over
    them (预算最高的三个项目得分加起来 / 它们执行率整体多少): ``of`` "sum:<m>", "mean:<m>" or "overall" (Σ执行/Σ预算×100).
    Gives those projects (a set) and the aggregate; refuses a tie at the cut."""
    rows = o.ordered(o.select(spec), spec["metric"], spec["order"])
    n = spec["n"]
    if n < 2 or n >= len(rows):
        raise SpecError("bl9_top_sum: n must pick two or more, and fewer than all")
    _no_tie([o.value(r, spec["metric"]) for r in rows], n, spec["metric"])
    top = rows[:n]
    kind, _, m = spec["of"].partition(":")
    if kind == "overall":
        ex, bu = sum(o.value(r, "executed") for r in top), sum(o.value(r, "budget") for r in top)
        value, label, tol, how = ex / bu * 100, "执行率", TOL_COMPUTED, f"Σ执行 {ex:.2f} / Σ预算 {bu:.2f}"
    elif kind in ("sum", "mean"):
        total = sum(o.value(r, m) for r in top)
        value = total if kind == "sum" else total / n
        label, tol = (m, TOL) if kind == "sum" else ("平均", TOL_COMPUTED)
        how = " + ".join(f"{o.value(r, m):.2f}" for r in top)
    else:
        raise SpecError(f"bl9_top_sum: unknown aggregate {spec['of']}")
    return {"projects": sorted((o.ref(r) for r in top), key=_ref_key), "figures": [o.fig(value, label, tol=tol)]}, (
        f"按{METRICS[spec['metric']][0]}前{n}：" + "、".join(f"#{r.project.seq}" for r in top) + f"；{how} → {value:.4f}")


def _op_bl9_subset_share(o: Oracle, spec):
    """The share (%) of a metric's total that the rows meeting ``part`` (conditions as in ``where``) hold, over the
    rows scope/where/exclude keep (扣分项目的预算占总预算几成). A figure only; refuses an empty or a whole part."""
    base = o.select(spec)
    part = [r for r in base if all(o.test(r, cond, spec) for cond in spec["part"])]
    if not part or len(part) == len(base):
        raise SpecError("bl9_subset_share: the part keeps none or all of the base")
    m = spec["metric"]
    num, den = sum(o.value(r, m) for r in part), sum(o.value(r, m) for r in base)
    return {"figures": [o.fig(num / den * 100, "占比", tol=TOL_COMPUTED)]}, (
        f"Σ{METRICS[m][0]} {num:.2f}（{len(part)} 个）/ Σ {den:.2f}（{len(base)} 个）= {num / den * 100:.4f}%")


def _op_bl11c_growth(o: Oracle, spec):
    """The change from ``a`` to ``b`` as a percentage of ``a`` (24年比23年涨了百分之几 / 总预算增长了百分之多少):
    ``a``/``b`` are project selectors (one project in two years) with ``metric`` a METRICS name, or scope dicts with
    ``metric`` "sum:<m>" (a total over each scope). Gives both values and |b − a| / a × 100; the question's wording
    must say the direction (涨/降), which ``direction`` ("up"/"down", required) checks here. Projects only for selectors."""
    m = spec["metric"]
    if isinstance(spec["a"], dict) != isinstance(spec["b"], dict):
        raise SpecError("bl11c_growth: a and b must both be selectors or both be scopes")
    if isinstance(spec["a"], dict):
        kind, _, m = m.partition(":")
        if kind != "sum" or spec["a"] == spec["b"]:
            raise SpecError("bl11c_growth: scopes need metric sum:<m> and two distinct scopes")
        va, vb = (sum(o.value(r, m) for r in o.select({"scope": s, "where": spec.get("where", [])}))
                  for s in (spec["a"], spec["b"]))
        rows = None
    else:
        ra, rb = o.pick(spec["a"], spec.get("scope")), o.pick(spec["b"], spec.get("scope"))
        if ra.project is rb.project:
            raise SpecError("bl11c_growth: both selectors pick one project")
        va, vb = o.value(ra, m), o.value(rb, m)
        rows = (ra, rb)
    if abs(va) < 0.005 or abs(vb - va) < 0.005:
        raise SpecError("bl11c_growth: no base or no change")
    if (vb > va) != (spec["direction"] == "up"):
        raise SpecError(f"bl11c_growth: {va} → {vb} is not {spec['direction']}")
    pct = abs(vb - va) / va * 100
    figures = [o.fig(va, m, rows[0] if rows else None), o.fig(vb, m, rows[1] if rows else None),
               o.fig(pct, "增幅" if vb > va else "降幅", tol=TOL_COMPUTED)]
    out = {"figures": figures}
    if rows:
        out["projects"] = sorted((o.ref(r) for r in rows), key=_ref_key)
    return out, f"{va:.2f} → {vb:.2f}，|Δ| {abs(vb - va):.2f} / {va:.2f} = {pct:.4f}%"


def _op_bl11_nth_show(o: Oracle, spec):
    """The k-th project by ``metric``/``order`` of the rows scope/where/exclude keep (k ≥ 1; k < 0 counts from the
    end, -1 the last) and another metric ``show`` of it (执行率最低的三个 | 第二个的预算多少; 预算第三大的那个得了几分):
    the project and the shown figure only. Refuses a tie on ``metric`` at place k."""
    rows = o.ordered(o.select(spec), spec["metric"], spec["order"])
    k = spec["k"]
    if k < 0:
        k = len(rows) + k + 1
    if not 1 <= k <= len(rows):
        raise SpecError(f"bl11_nth_show: place {spec['k']} outside 1..{len(rows)}")
    values = [o.value(r, spec["metric"]) for r in rows]
    for j in (k - 2, k):
        if 0 <= j < len(values) and abs(values[j] - values[k - 1]) < 0.005:
            raise SpecError(f"bl11_nth_show: tie at place {k}")
    r, show = rows[k - 1], spec["show"]
    return {"projects": [o.ref(r)], "figures": [o.fig(o.value(r, show), show, r)]}, (
        f"按{METRICS[spec['metric']][0]}{'降' if spec['order'] == 'desc' else '升'}序第{k}：#{r.project.seq}"
        f"（{values[k - 1]:.2f}），{METRICS[show][0]} {o.value(r, show):.2f}")


def _op_bl11_ind_count(o: Oracle, spec):
    """How many indicator rows (三级指标) one project (``project``) or the rows scope/where/exclude keep hold, counting
    only rows whose 一级 or 二级指标 contains ``level`` when given (时效, 成本, 满意度, 效益) and only rows that lost
    points when ``lost`` is true (综合规划那个时效指标有几条 / 水务局一共几条成本指标). A count figure only (no projects);
    refuses a count of zero."""
    rows = [o.pick(spec["project"], spec.get("scope"))] if "project" in spec else o.select(spec)
    level, lost = spec.get("level"), spec.get("lost", False)
    hits = [(r, i) for r in rows for i in r.project.indicators
            if (level is None or level in (i.level1 or "") or level in (i.level2 or ""))
            and (not lost or (i.lost or 0) > 0)]
    if not hits:
        raise SpecError("bl11_ind_count: no indicator row matches")
    return {"figures": [o.fig(len(hits), "指标数")]}, f"{len(hits)} 条：" + "、".join(
        f"#{r.project.seq} {i.name[:10]}" for r, i in hits)


_BL12_GRADE_LINES = {"优": 90.0, "良": 80.0, "中": 60.0}  # DESIGN.md: 90 (inclusive) and up 优, 80–90 良, 60–80 中


def _op_bl12_grade_line(o: Oracle, spec):
    """How far one project's 总分 is from the lower line of a grade (泵站那个离评优还差几分 / 它比优秀线高出几分):
    ``grade`` 优/良/中 (lines 90/80/60, the rule of DESIGN.md), ``direction`` "below" (the 总分 is under the line:
    points still missing) or "above" (points to spare), which the question's wording says and is checked here. Gives
    the project and |总分 − line|; refuses a 总分 on the line."""
    row = o.pick(spec["project"], spec.get("scope"))
    line = _BL12_GRADE_LINES[spec["grade"]]
    score = o.value(row, "score")
    if abs(score - line) < 0.005:
        raise SpecError(f"bl12_grade_line: 总分 {score} sits on the {spec['grade']} line")
    if (score < line) != (spec["direction"] == "below"):
        raise SpecError(f"bl12_grade_line: 总分 {score} is not {spec['direction']} the {spec['grade']} line {line}")
    gap = abs(score - line)
    return {"projects": [o.ref(row)], "figures": [o.fig(gap, "差", row)]}, (
        f"#{row.project.seq} 总分 {score:.2f}，{spec['grade']}线 {line:.0f}，差 {gap:.2f}")


def _op_bl12_ind_vs_target(o: Oracle, spec):
    """How many indicator rows of one project (``project``) or of the rows scope/where/exclude keep have a numeric
    实际完成值 above (``cmp`` "above") or below ("below") the number of their 年度指标值, compared literally, the
    target's operator aside (实际值比目标值高的指标有几条 / 实际完成值比年度指标值低的有几条). Rows whose target or
    actual is words (提升, 达成指标) are not counted. A count figure only (no projects); refuses a count of zero."""
    rows = [o.pick(spec["project"], spec.get("scope"))] if "project" in spec else o.select(spec)
    cmp = spec["cmp"]
    if cmp not in ("above", "below"):
        raise SpecError(f"bl12_ind_vs_target: unknown cmp {cmp}")
    hits = [(r, i) for r in rows for i in r.project.indicators
            if i.target_value is not None and i.actual_value is not None
            and (i.actual_value > i.target_value + 0.005 if cmp == "above" else i.actual_value < i.target_value - 0.005)]
    if not hits:
        raise SpecError("bl12_ind_vs_target: no indicator row matches")
    return {"figures": [o.fig(len(hits), "指标数")]}, f"{len(hits)} 条：" + "、".join(
        f"#{r.project.seq} {i.name[:10]} {i.actual_value:g}{'>' if cmp == 'above' else '<'}{i.target_value:g}"
        for r, i in hits)


def _op_bl12_top_ind(o: Oracle, spec):
    """The one indicator row with the highest (``order`` "desc") or lowest ("asc") ``field`` — weight (分值), score
    (得分) or lost (扣分) — over the rows scope/where/exclude keep (生态局分值最高的是哪条指标 / 水务局扣分最多的指标):
    its project and the value. Rows without the value are skipped; refuses a tie at the top."""
    field = spec["field"]
    label = {"weight": "分值", "score": "得分", "lost": "扣分"}[field]
    hits = [(r, i, getattr(i, field)) for r in o.select(spec) for i in r.project.indicators
            if getattr(i, field) is not None]
    if len(hits) < 2:
        raise SpecError("bl12_top_ind: fewer than two indicator rows")
    hits.sort(key=lambda h: h[2], reverse=(spec["order"] == "desc"))
    if abs(hits[0][2] - hits[1][2]) < 0.005:
        raise SpecError(f"bl12_top_ind: tie at the top ({hits[0][1].name} / {hits[1][1].name} = {hits[0][2]})")
    r, ind, value = hits[0]
    return {"projects": [o.ref(r)], "figures": [o.fig(value, label, r)]}, (
        f"{ind.name}（{r.doc.file_name[:12]}#{r.project.seq}）{label} {value:.2f}；次之 {hits[1][1].name[:12]} {hits[1][2]:.2f}")

def _bl12c_year_rows(o: Oracle, dept: str, year: int) -> list[Row]:
    """The rows of one department-year (``dept`` a word of its name); refuses a report with a project whose name is
    missing, since projects are matched across years by name."""
    rows = o.rows({"dept": dept, "year": year})
    if any(r.project.name_missing for r in rows):
        raise SpecError(f"{dept} {year}: a project has no name, it cannot be matched across years")
    return rows


def _op_bl12c_new_projects(o: Oracle, spec):
    """The projects of a department reported in one year and not in the other (24年比23年新增了哪些 / 哪些项目去年有今年没了):
    ``dept``, years ``a`` (earlier) and ``b`` (later), ``which`` "new" (in ``b``, name absent from ``a``: the ``b`` rows) or
    "dropped" (in ``a``, name absent from ``b``: the ``a`` rows). Names match exactly. Refuses an empty answer."""
    ra, rb = _bl12c_year_rows(o, spec["dept"], spec["a"]), _bl12c_year_rows(o, spec["dept"], spec["b"])
    if spec["a"] >= spec["b"]:
        raise SpecError("bl12c_new_projects: year a must come before year b")
    names_a, names_b = {r.project.name for r in ra}, {r.project.name for r in rb}
    if spec["which"] == "new":
        rows = [r for r in rb if r.project.name not in names_a]
    elif spec["which"] == "dropped":
        rows = [r for r in ra if r.project.name not in names_b]
    else:
        raise SpecError(f"bl12c_new_projects: unknown which {spec['which']}")
    if not rows:
        raise SpecError("bl12c_new_projects: none: write it as op none or rephrase")
    return {"projects": sorted((o.ref(r) for r in rows), key=_ref_key)}, (
        f"{spec['dept']} {spec['a']}→{spec['b']} {spec['which']}：" + "、".join(r.project.name for r in rows))


def _op_bl12c_max_change(o: Oracle, spec):
    """Among a department's projects reported (by the same name) in both years ``a`` and ``b``, the one whose ``metric``
    rose most (``order`` "desc": 哪个项目预算涨得最多) or fell most (``order`` "asc": 降得最多), and by how much: the
    project in both years, its two values and |b − a|. Refuses a tie at the top, or a top change of the wrong sign
    (nothing rose / nothing fell)."""
    ra, rb = _bl12c_year_rows(o, spec["dept"], spec["a"]), _bl12c_year_rows(o, spec["dept"], spec["b"])
    m = spec["metric"]
    by_name = {r.project.name: r for r in ra}
    pairs = [(by_name[r.project.name], r) for r in rb if r.project.name in by_name]
    if len(pairs) < 2:
        raise SpecError("bl12c_max_change: fewer than two projects in both years")
    deltas = sorted(((o.value(b, m) - o.value(a, m), a, b) for a, b in pairs), key=lambda t: t[0],
                    reverse=(spec["order"] == "desc"))
    if abs(deltas[0][0] - deltas[1][0]) < 0.005:
        raise SpecError("bl12c_max_change: tie at the top")
    delta, a, b = deltas[0]
    if (delta > 0.005) != (spec["order"] == "desc") or abs(delta) < 0.005:
        raise SpecError(f"bl12c_max_change: the top change {delta:.2f} does not go the asked way")
    return {"projects": sorted([o.ref(a), o.ref(b)], key=_ref_key),
            "figures": [o.fig(o.value(a, m), m, a), o.fig(o.value(b, m), m, b), o.fig(abs(delta), "变化")]}, (
        "；".join(f"{x.project.name} {o.value(x, m):.2f}→{o.value(y, m):.2f}（{d:+.2f}）" for d, x, y in deltas))


def _op_bl12c_scope_share(o: Oracle, spec):
    """One scope's share (%) of a wider scope's total (24年五个局的总预算里绿容局占几成): ``part`` and ``whole`` are scope
    dicts, ``metric`` "sum:<m>" or "count"; ``where`` applies to both. The part's rows must be a proper, non-empty
    subset of the whole's. A figure only."""
    part = o.select({"scope": spec["part"], "where": spec.get("where", [])})
    whole = o.select({"scope": spec["whole"], "where": spec.get("where", [])})
    ids = {id(r.project) for r in whole}
    if not part or len(part) == len(whole) or any(id(r.project) not in ids for r in part):
        raise SpecError("bl12c_scope_share: part must be a proper non-empty subset of whole")
    kind, _, m = spec["metric"].partition(":")
    if kind == "count":
        num, den = len(part), len(whole)
    elif kind == "sum":
        num, den = sum(o.value(r, m) for r in part), sum(o.value(r, m) for r in whole)
    else:
        raise SpecError(f"bl12c_scope_share: unknown metric {spec['metric']}")
    return {"figures": [o.fig(num / den * 100, "占比", tol=TOL_COMPUTED)]}, (
        f"{spec['part']} {num:.2f}（{len(part)} 个）/ {spec['whole']} {den:.2f}（{len(whole)} 个）= {num / den * 100:.4f}%")


def _op_bl12c_every_year(o: Oracle, spec):
    """The projects a department reported in every one of its stored years (``dept``; two or more years stored):
    their names, matched exactly, as ``contains`` (规资局哪几个项目三年都有). ``count`` true gives their number as a
    figure instead. Refuses none."""
    years = sorted({r.doc.year for r in o.rows({"dept": spec["dept"]})})
    if len(years) < 2:
        raise SpecError("bl12c_every_year: the department has fewer than two stored years")
    per_year = [[r.project.name for r in _bl12c_year_rows(o, spec["dept"], y)] for y in years]
    names = [n for n in per_year[-1] if all(n in ns for ns in per_year)]
    if not names:
        raise SpecError("bl12c_every_year: no project in every year")
    note = f"{spec['dept']} {years}：" + "、".join(names)
    if spec.get("count"):
        return {"figures": [o.fig(len(names), "项目数")]}, note
    return {"contains": names}, note


def _op_bl13_median(o: Oracle, spec):
    """The median of ``metric`` over the rows scope/where/exclude keep (生态局执行率的中位数 / 预算中位数多少): the middle
    value of the sorted values, or the mean of the two middle ones when their number is even. A figure only; refuses
    fewer than three rows (a median of one or two says nothing a list does not)."""
    rows = o.select(spec)
    m = spec["metric"]
    if len(rows) < 3:
        raise SpecError("bl13_median: fewer than three rows")
    values = sorted(o.value(r, m) for r in rows)
    n, mid = len(values), len(values) // 2
    if n % 2:
        median, tol, how = values[mid], TOL, f"第{mid + 1}个 {values[mid]:.2f}"
    else:
        median, tol = (values[mid - 1] + values[mid]) / 2, TOL_COMPUTED
        how = f"（第{mid}个 {values[mid - 1]:.2f} + 第{mid + 1}个 {values[mid]:.2f}）/ 2"
    return {"figures": [o.fig(median, "中位数", tol=tol)]}, (
        f"{METRICS[m][0]} 升序 {n} 个：" + "、".join(f"{v:.2f}" for v in values) + f" → {how} = {median:.4f}")


def _op_bl13_fund_share(o: Oracle, spec):
    """One project's 项目资金 row ``kind`` (当年财政拨款 / 上年结转资金 / 其他资金) as a share (%) of its 年度资金总额, both
    taken as 全年预算数 (泵站那个的钱里上年结转占几成 / 全市保障那个有多少比例不是财政拨款): the project, the row's amount and
    the share. Refuses a row the table lacks, a row of zero, or a row that is the whole total."""
    row = o.pick(spec["project"], spec.get("scope"))
    kind = spec["kind"]
    line, total = row.project.fund(kind), row.project.fund("年度资金总额")
    if line is None or line.full_year is None or total is None or not total.full_year:
        raise SpecError(f"bl13_fund_share: {kind} or 年度资金总额 missing for #{row.project.seq}")
    if abs(line.full_year) < 0.005 or abs(line.full_year - total.full_year) < 0.005:
        raise SpecError(f"bl13_fund_share: {kind} is zero or the whole total ({line.full_year})")
    share = line.full_year / total.full_year * 100
    return {"projects": [o.ref(row)], "figures": [o.fig(line.full_year, kind, row),
                                                  o.fig(share, "占比", row, TOL_COMPUTED)]}, (
        f"#{row.project.seq} {kind} {line.full_year:.2f} / 年度资金总额 {total.full_year:.2f} = {share:.4f}%")


def _op_bl13_change_pct(o: Oracle, spec):
    """How far one project's ``to`` metric (default budget, 全年预算数) moved from its ``from`` metric (default initial,
    年初预算数), in percent of the ``from`` value (年初39万全年只剩17万，砍了百分之几): both values and
    |to − from| / from × 100. ``direction`` "down" (调减/砍/压) or "up" (追加/调增), which the question's wording says,
    is checked here. Refuses an unchanged value or a zero base."""
    row = o.pick(spec["project"], spec.get("scope"))
    a_m, b_m = spec.get("from", "initial"), spec.get("to", "budget")
    va, vb = o.value(row, a_m), o.value(row, b_m)
    if abs(va) < 0.005 or abs(vb - va) < 0.005:
        raise SpecError("bl13_change_pct: zero base or no change")
    if (vb < va) != (spec["direction"] == "down"):
        raise SpecError(f"bl13_change_pct: {va} → {vb} is not {spec['direction']}")
    pct = abs(vb - va) / va * 100
    return {"projects": [o.ref(row)], "figures": [o.fig(va, a_m, row), o.fig(vb, b_m, row),
                                                  o.fig(pct, "降幅" if vb < va else "增幅", row, TOL_COMPUTED)]}, (
        f"#{row.project.seq} {METRICS[a_m][0]} {va:.2f} → {METRICS[b_m][0]} {vb:.2f}，|Δ| {abs(vb - va):.2f} / {va:.2f} "
        f"= {pct:.4f}%")


def _op_bl13_vs_mean(o: Oracle, spec):
    """One project's ``metric`` against the plain mean of that metric over the rows scope/where/exclude keep, the project
    among them (党建预算比局里平均一个项目少多少): the value, the mean and |value − mean|. ``direction`` "above"/"below",
    said by the question, is checked here. Refuses rates (an average rate has two readings: mean of rates or
    Σ执行/Σ预算) and a value on the mean."""
    m = spec["metric"]
    if m in ("rate", "approp_rate", "approp_share"):
        raise SpecError("bl13_vs_mean: an average of rates is ambiguous; ask the mean explicitly")
    target = o.pick(spec["project"], spec.get("scope"))
    rows = o.select(spec)
    if not any(r.project is target.project for r in rows):
        raise SpecError("bl13_vs_mean: the project is not among the rows averaged")
    mean = sum(o.value(r, m) for r in rows) / len(rows)
    v = o.value(target, m)
    if abs(v - mean) < 0.005:
        raise SpecError("bl13_vs_mean: the value sits on the mean")
    if (v > mean) != (spec["direction"] == "above"):
        raise SpecError(f"bl13_vs_mean: {v} is not {spec['direction']} the mean {mean:.4f}")
    return {"projects": [o.ref(target)], "figures": [o.fig(v, m, target), o.fig(mean, "平均", tol=TOL_COMPUTED),
                                                     o.fig(abs(v - mean), "差", tol=TOL_COMPUTED)]}, (
        f"#{target.project.seq} {METRICS[m][0]} {v:.2f}，平均 {mean:.4f}（{len(rows)} 个），差 {abs(v - mean):.4f}")

def _bl13c_groups_of(o: Oracle, rows: list[Row], by: str) -> dict:
    """Rows grouped by department (``by`` "dept") or by year ("year"), in first-seen order."""
    if by not in ("dept", "year"):
        raise SpecError(f"bl13c: unknown grouping {by}")
    key = (lambda r: r.doc.department or "") if by == "dept" else (lambda r: str(r.doc.year))
    groups: dict = {}
    for r in rows:
        groups.setdefault(key(r), []).append(r)
    return groups


def _bl13c_agg(o: Oracle, rows: list[Row], metric: str):
    """One aggregate over rows: "overall" (Σ执行/Σ预算×100), "count", "sum:<m>" or "mean:<m>" → (value, label, tol)."""
    kind, _, m = metric.partition(":")
    if not rows:
        raise SpecError("bl13c: an aggregate over no project")
    if kind == "overall":
        ex, bu = sum(o.value(r, "executed") for r in rows), sum(o.value(r, "budget") for r in rows)
        return ex / bu * 100, "执行率", TOL_COMPUTED
    if kind == "count":
        return len(rows), "项目数", TOL
    if kind in ("sum", "mean"):
        total = sum(o.value(r, m) for r in rows)
        return (total, m, TOL) if kind == "sum" else (total / len(rows), "平均", TOL_COMPUTED)
    raise SpecError(f"bl13c: unknown metric {metric}")


def _op_bl13c_groups(o: Oracle, spec):
    """How many departments (``by`` "dept") or years ("year") the rows scope/where/exclude keep span (22年有几个部门的表 /
    交委库里有几年的数据 / 有项目评了良或中的部门有几个): a count figure. ``contains`` (optional) lists words for the
    groups, each naming exactly one group and every group named by one word, checked here (the answer names them).
    Refuses no group."""
    groups = _bl13c_groups_of(o, o.select(spec), spec["by"])
    if not groups:
        raise SpecError("bl13c_groups: no group")
    words = spec.get("contains") or []
    if words:
        named = []
        for w in words:
            hits = [g for g in groups if w in g]
            if len(hits) != 1:
                raise SpecError(f"bl13c_groups: {w!r} names {len(hits)} groups of {list(groups)}")
            named.append(hits[0])
        if sorted(named) != sorted(groups):
            raise SpecError(f"bl13c_groups: {words} do not name each of {list(groups)} once")
    label = "部门数" if spec["by"] == "dept" else "年数"
    return {"figures": [o.fig(len(groups), label)]}, f"{len(groups)} 个：" + "、".join(
        f"{g}（{len(rs)} 个项目）" for g, rs in groups.items())


def _op_bl13c_group_change(o: Oracle, spec):
    """Among the departments with reports in both years ``a`` (earlier) and ``b``, the one whose aggregate ``metric``
    ("overall", "count", "sum:<m>", "mean:<m>", over the department-year's rows ``where``/``exclude`` keep) rose most
    (``order`` "desc": 23到24年整体执行率提升最多的局) or fell most ("asc": 哪个局反而降了): its two values and |b − a|.
    ``contains`` (required) names that department and is checked here; ``only`` true also requires it to be the one
    department whose change goes that way (哪个局…降了 asked as a single one). Refuses a tie at the top, a top change of
    the wrong sign, and fewer than two departments with both years."""
    if spec["a"] >= spec["b"]:
        raise SpecError("bl13c_group_change: year a must come before year b")
    base = {k: v for k, v in spec.items() if k in ("where", "exclude")}
    depts = sorted({d.department for d in o.docs if d.department})
    changes = []
    for dept in depts:
        years = {d.year for d in o.docs if d.department == dept}
        if spec["a"] not in years or spec["b"] not in years:
            continue
        va, label, tol = _bl13c_agg(o, o.select({**base, "scope": {"dept": dept, "year": spec["a"]}}), spec["metric"])
        vb, _, _ = _bl13c_agg(o, o.select({**base, "scope": {"dept": dept, "year": spec["b"]}}), spec["metric"])
        changes.append((vb - va, dept, va, vb, label, tol))
    if len(changes) < 2:
        raise SpecError("bl13c_group_change: fewer than two departments have both years")
    changes.sort(key=lambda c: c[0], reverse=(spec["order"] == "desc"))
    if abs(changes[0][0] - changes[1][0]) < 0.005:
        raise SpecError("bl13c_group_change: tie at the top")
    delta, dept, va, vb, label, tol = changes[0]
    if abs(delta) < 0.005 or (delta > 0) != (spec["order"] == "desc"):
        raise SpecError(f"bl13c_group_change: the top change {delta:.4f} does not go the asked way")
    if spec.get("only") and any(abs(c[0]) >= 0.005 and (c[0] > 0) == (delta > 0) for c in changes[1:]):
        raise SpecError("bl13c_group_change: another department changed the same way")
    words = spec.get("contains") or []
    if not words or any(w not in dept for w in words):
        raise SpecError(f"bl13c_group_change: contains {words} does not name {dept}")
    return {"figures": [o.fig(va, label, tol=tol), o.fig(vb, label, tol=tol), o.fig(abs(delta), "变化", tol=TOL_COMPUTED)]}, (
        "；".join(f"{d} {x:.4f}→{y:.4f}（{c:+.4f}）" for c, d, x, y, _, _ in changes) + f" → {dept}")

def _op_bl14_ratio(o: Oracle, spec):
    """How many times one project's ``metric`` is another's (科技那个预算是党建的几倍 / 泵站的执行数是节水宣传的多少倍):
    ``a`` over ``b``, both project selectors (``scope`` optional). Gives both projects, both values and a / b.
    Refuses one project picked twice and a zero base."""
    a, b = o.pick(spec["a"], spec.get("scope")), o.pick(spec["b"], spec.get("scope"))
    if a.project is b.project:
        raise SpecError("bl14_ratio: both selectors pick one project")
    m = spec["metric"]
    va, vb = o.value(a, m), o.value(b, m)
    if abs(vb) < 0.005:
        raise SpecError("bl14_ratio: the base is zero")
    ratio = va / vb
    return {"projects": sorted([o.ref(a), o.ref(b)], key=_ref_key),
            "figures": [o.fig(va, m, a), o.fig(vb, m, b), o.fig(ratio, "倍数", tol=TOL_COMPUTED)]}, (
        f"{va:.2f} / {vb:.2f} = {ratio:.4f} 倍")

def _op_bl14c_vs_overall(o: Oracle, spec):
    """The projects whose printed 执行率 lies below (``side`` "below") or above ("above") the overall rate
    Σ执行/Σ预算×100 of the rows scope/where/exclude keep, not the mean of their rates (低于全局整体执行率的项目有哪些).
    Gives those projects (a set); with ``show_base`` true, the overall rate too, as a figure (the question asks it).
    Refuses a rate within 0.005 of the overall rate, and a side that keeps none or every row."""
    rows = o.select(spec)
    ex, bu = sum(o.value(r, "executed") for r in rows), sum(o.value(r, "budget") for r in rows)
    base = ex / bu * 100
    side = spec["side"]
    if side not in ("below", "above"):
        raise SpecError(f"bl14c_vs_overall: unknown side {side}")
    if any(abs(o.value(r, "rate") - base) < 0.005 for r in rows):
        raise SpecError(f"bl14c_vs_overall: a rate sits on the overall rate {base:.4f}")
    hits = [r for r in rows if (o.value(r, "rate") < base if side == "below" else o.value(r, "rate") > base)]
    if not hits or len(hits) == len(rows):
        raise SpecError("bl14c_vs_overall: the side keeps none or every project")
    out = {"projects": sorted((o.ref(r) for r in hits), key=_ref_key)}
    if spec.get("show_base"):
        out["figures"] = [o.fig(base, "执行率", tol=TOL_COMPUTED)]
    return out, f"Σ执行 {ex:.2f} / Σ预算 {bu:.2f} = {base:.4f}%；{'低' if side == 'below' else '高'}于它：" + "、".join(
        f"{r.doc.file_name[:12]}#{r.project.seq}={o.value(r, 'rate'):.2f}" for r in hits)


_BL14C_GRADES = ("优", "良", "中", "差")


def _op_bl14c_grade_counts(o: Oracle, spec):
    """How many of the rows scope/where/exclude keep carry each 评分等级 (优几个、良几个 / 各等级分别多少个): one count
    figure per grade that occurs, in the order 优 良 中 差, and those grades as ``contains``. Refuses a project without a
    grade, a single grade (nothing to split), and two grades with one count (the figures could not tell them apart)."""
    rows = o.select(spec)
    if any(not r.project.grade for r in rows):
        raise SpecError("bl14c_grade_counts: a project has no grade")
    counts = [(g, sum(1 for r in rows if r.project.grade == g)) for g in _BL14C_GRADES]
    counts = [(g, n) for g, n in counts if n]
    if len(counts) < 2:
        raise SpecError("bl14c_grade_counts: only one grade occurs")
    if len({n for _, n in counts}) != len(counts):
        raise SpecError("bl14c_grade_counts: two grades share a count")
    return {"figures": [o.fig(n, "项目数") for _, n in counts], "contains": [g for g, _ in counts]}, (
        "；".join(f"{g} {n} 个" for g, n in counts) + f"（共 {len(rows)} 个）")


def _op_bl15_fund_row_share(o: Oracle, spec):
    """The share (%) one 项目资金 row ``kind`` (当年财政拨款 / 上年结转资金 / 其他资金) holds of the money of the rows
    scope/where/exclude keep, both as 全年预算数 (生态局项目资金里财政拨款占多大比重): Σ of that row, Σ 年度资金总额 and
    the share. Refuses a table without the row, and a share of 0 or 100 (the row holds none or all of the money)."""
    rows = o.select(spec)
    kind = spec["kind"]
    if not rows:
        raise SpecError("bl15_fund_row_share: no project")
    parts, totals = [], []
    for r in rows:
        line, total = r.project.fund(kind), r.project.fund("年度资金总额")
        if line is None or line.full_year is None or total is None or total.full_year is None:
            raise SpecError(f"bl15_fund_row_share: {kind} or 年度资金总额 missing for #{r.project.seq}")
        parts.append(line.full_year)
        totals.append(total.full_year)
    num, den = sum(parts), sum(totals)
    if not den or abs(num) < 0.005 or abs(num - den) < 0.005:
        raise SpecError(f"bl15_fund_row_share: {kind} holds none or all of the money ({num:.2f} / {den:.2f})")
    return {"figures": [o.fig(num, kind), o.fig(den, "预算"), o.fig(num / den * 100, "占比", tol=TOL_COMPUTED)]}, (
        f"Σ{kind} {num:.2f} / Σ年度资金总额 {den:.2f}（{len(rows)} 个）= {num / den * 100:.4f}%")


def _op_bl15_ind_reason(o: Oracle, spec):
    """Why one indicator row, named by its own words (``name``, in exactly one row of the scope), lost points
    (汛前完工率为什么没拿满): its project and 分值 − 得分; ``contains`` (required) are words of its 偏差原因分析, checked
    here. Refuses a row that lost nothing or has no reason."""
    rows = o.rows(spec.get("scope"))
    hits = [(r, i) for r in rows for i in r.project.indicators if spec["name"] in i.name]
    if len(hits) != 1:
        raise SpecError(f"bl15_ind_reason: {spec['name']!r} matches {len(hits)} indicator rows")
    r, ind = hits[0]
    if not (ind.lost or 0) > 0 or not ind.reason:
        raise SpecError(f"bl15_ind_reason: {ind.name} lost no points or has no reason")
    words = spec.get("contains") or []
    if not words or any(w not in ind.reason for w in words):
        raise SpecError(f"bl15_ind_reason: {words} not all in the reason {ind.reason!r}")
    return {"projects": [o.ref(r)], "figures": [o.fig(ind.lost, "扣分", r)]}, (
        f"{ind.name}（{r.doc.file_name[:12]}#{r.project.seq}）{ind.weight} − {ind.score} = {ind.lost}；原因：{ind.reason}")


def _op_bl15c_trend(o: Oracle, spec):
    """One recurring project's ``metric`` in each stored year of its department (河道综合整治这三年执行率分别多少 /
    不动产登记历年预算): ``dept`` a word of the department's name, ``word`` a word of the project's name. In each year the
    word must name at most one project of that department-year; a year where it names none is left out (the project
    was not reported that year). Gives the project of every year it was reported and its value there. Refuses fewer
    than two such years (one year is a plain figure)."""
    years = sorted({d.year for d in o.docs if spec["dept"] in (d.department or "")})
    if not years:
        raise SpecError(f"bl15c_trend: no stored report of {spec['dept']}")
    m, hits = spec["metric"], []
    for year in years:
        found = [r for r in o.rows({"dept": spec["dept"], "year": year}) if spec["word"] in r.project.name]
        if len(found) > 1:
            raise SpecError(f"bl15c_trend: {spec['word']!r} names {len(found)} projects of {spec['dept']} {year}")
        hits.extend(found)
    if len(hits) < 2:
        raise SpecError(f"bl15c_trend: {spec['word']!r} is reported in fewer than two years")
    return {"projects": sorted((o.ref(r) for r in hits), key=_ref_key),
            "figures": [o.fig(o.value(r, m), m, r) for r in hits]}, (
        f"{spec['dept']} {spec['word']}：" + "；".join(f"{r.doc.year} #{r.project.seq} {METRICS[m][0]} {o.value(r, m):.2f}"
                                                    for r in hits))


def _op_bl15c_count_share(o: Oracle, spec):
    """How many of the rows scope/where/exclude keep meet ``part`` (conditions as in ``where``), and their share (%) of
    those rows by number (交通委两年的项目里评优的比例 / 水务局扣了分的项目占几成): the part's count, the base's count and
    part / base × 100. Figures only; refuses an empty or a whole part."""
    base = o.select(spec)
    part = [r for r in base if all(o.test(r, cond, spec) for cond in spec["part"])]
    if not part or len(part) == len(base):
        raise SpecError("bl15c_count_share: the part keeps none or all of the base")
    share = len(part) / len(base) * 100
    return {"figures": [o.fig(len(part), "项目数"), o.fig(len(base), "项目数"), o.fig(share, "占比", tol=TOL_COMPUTED)]}, (
        f"{len(part)} / {len(base)} = {share:.4f}%：" + "、".join(f"{r.doc.file_name[:12]}#{r.project.seq}" for r in part))


def _bl16_level_rows(o: Oracle, spec) -> list:
    """(row, indicator) pairs of one project (``project``) or of the rows scope/where/exclude keep whose 一级 or 二级指标
    contains ``level`` (产出, 效益, 满意度, 数量, 时效 …)."""
    rows = [o.pick(spec["project"], spec.get("scope"))] if "project" in spec else o.select(spec)
    level = spec["level"]
    return [(r, i) for r in rows for i in r.project.indicators
            if level in (i.level1 or "") or level in (i.level2 or "")]


def _op_bl16_level_points(o: Oracle, spec):
    """Σ of one field — ``field`` "weight" (分值), "score" (得分) or "lost" (分值 − 得分) — over the indicator rows under a
    一级/二级指标 word ``level`` of one project (``project``) or of the rows scope/where/exclude keep (党建那个产出指标一共占
    几分 / 泵站的产出指标一共扣了多少分). A figure (and the project when one is named). Refuses no matching row and a row
    without the field's value."""
    field = spec["field"]
    label = {"weight": "分值", "score": "得分", "lost": "扣分"}[field]
    hits = _bl16_level_rows(o, spec)
    if not hits:
        raise SpecError(f"bl16_level_points: no indicator row under {spec['level']!r}")
    values = [getattr(i, field) for _, i in hits]
    if any(v is None for v in values):
        raise SpecError(f"bl16_level_points: a row under {spec['level']!r} has no {field}")
    total = round(sum(values), 2)
    out = {"figures": [o.fig(total, label, hits[0][0] if "project" in spec else None)]}
    if "project" in spec:
        out["projects"] = [o.ref(hits[0][0])]
    return out, f"{spec['level']} 下 {len(hits)} 条 {label}：" + " + ".join(f"{v:g}" for v in values) + f" = {total:.2f}"


def _op_bl16_spread(o: Oracle, spec):
    """The gap between the highest and the lowest ``metric`` of the rows scope/where/exclude keep (执行率最高的跟最低的差
    几个点 / 预算最大最小差多少): both extreme projects, their values and max − min. Refuses fewer than two rows and a tie
    at either end (the extreme project would not be one)."""
    rows = o.ordered(o.select(spec), spec["metric"], "desc")
    m = spec["metric"]
    if len(rows) < 2:
        raise SpecError("bl16_spread: fewer than two projects")
    values = [o.value(r, m) for r in rows]
    _no_tie(values, 1, f"{m} top")
    _no_tie(values[::-1], 1, f"{m} bottom")
    hi, lo = rows[0], rows[-1]
    gap = values[0] - values[-1]
    tol = TOL_COMPUTED if m in ("rate", "approp_rate", "approp_share") else TOL
    return {"projects": sorted([o.ref(hi), o.ref(lo)], key=_ref_key),
            "figures": [o.fig(values[0], m, hi), o.fig(values[-1], m, lo), o.fig(gap, "差", tol=tol)]}, (
        f"最高 {hi.doc.file_name[:12]}#{hi.project.seq} {values[0]:.2f} − 最低 {lo.doc.file_name[:12]}#{lo.project.seq} "
        f"{values[-1]:.2f} = {gap:.2f}（{len(rows)} 个）")


def _op_bl16_top_actual(o: Oracle, spec):
    """The one indicator row with the highest (``order`` "desc") or lowest ("asc") numeric 实际完成值 among the rows under a
    一级/二级指标 word ``level`` of the rows scope/where/exclude keep, only rows whose actual is in ``unit`` when given
    (满意度最低的是哪个项目 / 水务局满意度调查结果最高的): its project and that actual. Rows whose actual is words (达成指标)
    are skipped. Refuses fewer than two numeric rows and a tie at the top."""
    unit = spec.get("unit")
    hits = [(r, i) for r, i in _bl16_level_rows(o, spec)
            if i.actual_value is not None and (unit is None or i.actual_unit == unit)]
    if len(hits) < 2:
        raise SpecError("bl16_top_actual: fewer than two numeric rows")
    hits.sort(key=lambda h: h[1].actual_value, reverse=(spec["order"] == "desc"))
    if abs(hits[0][1].actual_value - hits[1][1].actual_value) < 0.005:
        raise SpecError(f"bl16_top_actual: tie at the top ({hits[0][1].name} / {hits[1][1].name})")
    r, ind = hits[0]
    return {"projects": [o.ref(r)], "figures": [o.fig(ind.actual_value, "实际", r)]}, (
        f"{ind.name}（{r.doc.file_name[:12]}#{r.project.seq}）实际 {ind.actual_text}；次之 {hits[1][1].name[:12]} "
        f"{hits[1][1].actual_text}（{len(hits)} 条）")

_BL16C_SHORT = {"=": "below", "≥": "below", ">": "below", "≤": "above", "<": "above"}  # the side a shortfall lies on


def _op_bl16c_missed(o: Oracle, spec):
    """How many indicator rows of one project (``project``) or of the rows scope/where/exclude keep fall short of their
    年度指标值 read with its operator (没达到年度指标值的指标有几条 / 哪几条没完成目标): for = ≥ > a numeric 实际完成值 below
    the target's number, for ≤ < one above it; doing better than an = target is no shortfall. Rows whose target or
    actual is words (提升, 达成指标), or whose units differ, are not counted. A count figure only (no projects).
    Refuses a strict target (> <) met exactly — the operator may be mis-entered, so the row has no one reading — and a
    count of zero."""
    rows = [o.pick(spec["project"], spec.get("scope"))] if "project" in spec else o.select(spec)
    hits = []
    for r in rows:
        for i in r.project.indicators:
            side = _BL16C_SHORT.get(i.target_op or "")
            if side is None or i.target_value is None or i.actual_value is None:
                continue
            if i.target_unit and i.actual_unit and i.target_unit != i.actual_unit:
                continue
            if i.target_op in (">", "<") and abs(i.actual_value - i.target_value) < 0.005:
                raise SpecError(f"bl16c_missed: {i.name} meets its strict target {i.target_text} exactly: ambiguous")
            if (i.actual_value < i.target_value - 0.005) if side == "below" else (i.actual_value > i.target_value + 0.005):
                hits.append((r, i))
    if not hits:
        raise SpecError("bl16c_missed: no indicator row falls short")
    return {"figures": [o.fig(len(hits), "指标数")]}, f"{len(hits)} 条：" + "、".join(
        f"{r.doc.file_name[:12]}#{r.project.seq} {i.name[:12]} {i.actual_text} vs {i.target_text}" for r, i in hits)


def _op_bl16c_implementers(o: Oracle, spec):
    """The distinct 实施单位 of the rows scope/where/exclude keep (规资局这几年的项目都是哪些单位在做 / 交通委24年有几个实施单位):
    their number as a figure and, unless ``count_only``, their names as ``contains``. Refuses a project whose 实施单位 was
    not read (the answer could not be complete)."""
    rows = o.select(spec)
    if not rows:
        raise SpecError("bl16c_implementers: no project")
    missing = [r for r in rows if not r.project.implementer]
    if missing:
        raise SpecError("bl16c_implementers: no 实施单位 read for " + "、".join(
            f"{r.doc.file_name[:12]}#{r.project.seq}" for r in missing))
    names = list(dict.fromkeys(r.project.implementer for r in rows))
    out = {"figures": [o.fig(len(names), "单位数")]}
    if not spec.get("count_only"):
        out["contains"] = names
    return out, f"{len(names)} 个单位（{len(rows)} 个项目）：" + "、".join(names)

def _op_bl17_level_points(o: Oracle, spec):
    """Σ 分值 / 得分 / 扣分 (``fields``: "weight", "score", "lost", in the order asked) of the indicator rows whose 一级 or
    二级指标 contains ``level`` (产出, 效益, 满意度, 数量, 时效 …), over one project (``project``) or the rows
    scope/where/exclude keep (泵站那个产出指标一共占多少分、扣了多少). One figure per field; the project when one is named.
    Refuses no matching row and a matching row without the asked value."""
    named = "project" in spec
    rows = [o.pick(spec["project"], spec.get("scope"))] if named else o.select(spec)
    level, fields = spec["level"], spec["fields"]
    label = {"weight": "分值", "score": "得分", "lost": "扣分"}
    hits = [(r, i) for r in rows for i in r.project.indicators
            if level in (i.level1 or "") or level in (i.level2 or "")]
    if not hits:
        raise SpecError(f"bl17_level_points: no indicator row under {level!r}")
    figures, parts = [], []
    for field in fields:
        values = [getattr(i, field) for _, i in hits]
        if any(v is None for v in values):
            raise SpecError(f"bl17_level_points: a row under {level!r} has no {field}")
        total = round(sum(values), 2)
        figures.append(o.fig(total, label[field], rows[0] if named else None))
        parts.append(f"Σ{label[field]} {total:.2f}")
    out = {"figures": figures}
    if named:
        out["projects"] = [o.ref(rows[0])]
    return out, f"{level} {len(hits)} 条：" + "、".join(f"#{r.project.seq} {i.name[:10]}" for r, i in hits) + "；" + "，".join(parts)


def _op_bl17_ind_completion(o: Oracle, spec):
    """How far one indicator row, named by its own words (``name``, in exactly one row of the scope), got towards its
    年度指标值: 实际完成值 / 指标值 × 100 (泵站维修数量完成了百分之几 / 科研绩效评价超额了多少). Gives its project, the
    actual, the target and the ratio. Refuses a target or actual in words, a zero target, and units that differ."""
    rows = o.rows(spec.get("scope"))
    hits = [(r, i) for r in rows for i in r.project.indicators if spec["name"] in i.name]
    if len(hits) != 1:
        raise SpecError(f"bl17_ind_completion: {spec['name']!r} matches {len(hits)} indicator rows")
    r, ind = hits[0]
    if ind.target_value is None or ind.actual_value is None or abs(ind.target_value) < 0.005:
        raise SpecError(f"bl17_ind_completion: {ind.name} has no numeric target/actual or a zero target")
    if (ind.target_unit or "") != (ind.actual_unit or ""):
        raise SpecError(f"bl17_ind_completion: units differ ({ind.target_unit} / {ind.actual_unit})")
    pct = ind.actual_value / ind.target_value * 100
    return {"projects": [o.ref(r)], "figures": [o.fig(ind.actual_value, "实际", r), o.fig(ind.target_value, "目标", r),
                                                o.fig(pct, "完成率", r, TOL_COMPUTED)]}, (
        f"{ind.name}（{r.doc.file_name[:12]}#{r.project.seq}）{ind.actual_text} / {ind.target_text} = {pct:.4f}%")

def _bl17c_ind_rows(o: Oracle, rows: list[Row], name: str) -> list[tuple[Row, object]]:
    """The (row, indicator) pairs of ``rows`` whose indicator name holds ``name``."""
    return [(r, i) for r in rows for i in r.project.indicators if name in i.name]


def _op_bl17c_ind_gap(o: Oracle, spec):
    """How far one indicator row's numeric 实际完成值 lies from the number of its 年度指标值 (大中修里程差了多少公里 /
    湿垃圾处理能力少了几吨): ``name`` words of the row, naming exactly one row of the scope (or of ``project`` when
    given). ``direction`` "short" (actual under the target's number) or "over", said by the question, is checked here.
    Gives the project, the target's number, the actual number and |actual − target|. Refuses a row whose target or
    actual is words, and equal numbers."""
    rows = [o.pick(spec["project"], spec.get("scope"))] if "project" in spec else o.rows(spec.get("scope"))
    hits = _bl17c_ind_rows(o, rows, spec["name"])
    if len(hits) != 1:
        raise SpecError(f"bl17c_ind_gap: {spec['name']!r} matches {len(hits)} indicator rows")
    r, ind = hits[0]
    if ind.target_value is None or ind.actual_value is None:
        raise SpecError(f"bl17c_ind_gap: {ind.name} has a target or actual in words")
    gap = ind.actual_value - ind.target_value
    if abs(gap) < 0.005:
        raise SpecError(f"bl17c_ind_gap: {ind.name} actual equals its target")
    if (gap < 0) != (spec["direction"] == "short"):
        raise SpecError(f"bl17c_ind_gap: {ind.actual_value} vs {ind.target_value} is not {spec['direction']}")
    return {"projects": [o.ref(r)], "figures": [o.fig(ind.target_value, "目标", r), o.fig(ind.actual_value, "实际", r),
                                               o.fig(abs(gap), "差", r)]}, (
        f"{ind.name}（{r.doc.file_name[:12]}#{r.project.seq}）目标 {ind.target_text}，实际 {ind.actual_text}，"
        f"|差| {abs(gap):.2f}")


def _op_bl17c_ind_trend(o: Oracle, spec):
    """One indicator row of a recurring project in each stored year of its department (河道整治长度这三年实际各完成
    多少公里 / 不动产登记办件量历年目标): ``dept`` a word of the department's name, ``name`` words of the row's name,
    naming at most one row in each department-year (a year where they name none is left out); ``field`` "actual"
    (default), "target", "score" or "lost". Gives the project of every such year and one figure per year. Refuses
    fewer than two years, and a field printed as words."""
    years = sorted({d.year for d in o.docs if spec["dept"] in (d.department or "")})
    if not years:
        raise SpecError(f"bl17c_ind_trend: no stored report of {spec['dept']}")
    field = spec.get("field", "actual")
    attr = {"actual": "actual_value", "target": "target_value", "score": "score", "lost": "lost"}[field]
    label = {"actual": "实际", "target": "目标", "score": "得分", "lost": "扣分"}[field]
    hits = []
    for year in years:
        found = _bl17c_ind_rows(o, o.rows({"dept": spec["dept"], "year": year}), spec["name"])
        if len(found) > 1:
            raise SpecError(f"bl17c_ind_trend: {spec['name']!r} names {len(found)} rows of {spec['dept']} {year}")
        hits.extend(found)
    if len(hits) < 2:
        raise SpecError(f"bl17c_ind_trend: {spec['name']!r} is in fewer than two years")
    if any(getattr(i, attr) is None for _, i in hits):
        raise SpecError(f"bl17c_ind_trend: {field} is words in some year")
    return {"projects": sorted((o.ref(r) for r, _ in hits), key=_ref_key),
            "figures": [o.fig(getattr(i, attr), label, r) for r, i in hits]}, (
        f"{spec['dept']} {spec['name']}：" + "；".join(f"{r.doc.year} #{r.project.seq} {label} {getattr(i, attr):g}"
                                                   for r, i in hits))


def _op_bl17c_steady(o: Oracle, spec):
    """The projects a department reported (by exact name) in every one of its stored years, three or more, whose
    ``metric`` rose (``direction`` "up": 规资局哪些项目预算年年涨) or fell ("down") from each year to the next: their
    names as ``contains`` (``count`` true: their number as a figure instead). A value unchanged between two years is
    not a rise nor a fall. Refuses none."""
    years = sorted({r.doc.year for r in o.rows({"dept": spec["dept"]})})
    if len(years) < 3:
        raise SpecError("bl17c_steady: fewer than three stored years")
    per_year = [{r.project.name: r for r in _bl12c_year_rows(o, spec["dept"], y)} for y in years]
    m, up = spec["metric"], spec["direction"] == "up"
    names, notes = [], []
    for name in per_year[-1]:
        if not all(name in ys for ys in per_year):
            continue
        values = [o.value(ys[name], m) for ys in per_year]
        steps = [b - a for a, b in zip(values, values[1:])]
        ok = all((s > 0.005) if up else (s < -0.005) for s in steps)
        notes.append(f"{name} " + "→".join(f"{v:.2f}" for v in values) + (" ✓" if ok else ""))
        if ok:
            names.append(name)
    if not names:
        raise SpecError("bl17c_steady: no project moves that way every year")
    note = f"{spec['dept']} {years}：" + "；".join(notes)
    if spec.get("count"):
        return {"figures": [o.fig(len(names), "项目数")]}, note
    return {"contains": names}, note


def _op_bl18_scope_ratio(o: Oracle, spec):
    """One aggregate of scope ``a`` as a share (%) of the same aggregate of scope ``b``, two scopes neither inside the
    other (水务局几个项目的预算加起来是生态局的百分之几 / 水务局项目数是生态局的几分之几): ``metric`` "sum:<m>", "mean:<m>",
    "count" or "overall" (Σ执行/Σ预算×100), ``where``/``exclude`` applying in each scope. Gives both values and
    A / B × 100. Refuses one scope twice, scopes sharing a project, and a zero base."""
    if spec["a"] == spec["b"]:
        raise SpecError("bl18_scope_ratio: both scopes are one")
    base = {k: v for k, v in spec.items() if k in ("where", "exclude")}
    ra, rb = o.select({**base, "scope": spec["a"]}), o.select({**base, "scope": spec["b"]})
    if {id(r.project) for r in ra} & {id(r.project) for r in rb}:
        raise SpecError("bl18_scope_ratio: the two scopes share projects")
    (va, la, ta), (vb, lb, tb) = _bl13c_agg(o, ra, spec["metric"]), _bl13c_agg(o, rb, spec["metric"])
    if abs(vb) < 0.005:
        raise SpecError("bl18_scope_ratio: the base is zero")
    pct = va / vb * 100
    return {"figures": [o.fig(va, la, tol=ta), o.fig(vb, lb, tol=tb), o.fig(pct, "占比", tol=TOL_COMPUTED)]}, (
        f"{spec['a']} {va:.4f}（{len(ra)} 个）/ {spec['b']} {vb:.4f}（{len(rb)} 个）= {pct:.4f}%")


def _op_bl18_ind_kind_count(o: Oracle, spec):
    """How many indicator rows of one project (``project``) or of the rows scope/where/exclude keep have a 年度指标值 in
    words (``kind`` "words": 定性指标 — 提升, 及时有效, 稳步提升) or a number with an operator (``kind`` "number": 定量指标),
    optionally only under a 一级/二级指标 word ``level`` (水务局定性指标有几条 / 泵站那个定量指标几条). A count figure (and
    the project when one is named). Refuses a words target holding a digit (a date such as 2024-12-31 or a number the
    reader did not parse: it has no one reading), an empty target, and a count of zero."""
    named = "project" in spec
    rows = [o.pick(spec["project"], spec.get("scope"))] if named else o.select(spec)
    kind, level = spec["kind"], spec.get("level")
    if kind not in ("words", "number"):
        raise SpecError(f"bl18_ind_kind_count: unknown kind {kind}")
    hits = []
    for r in rows:
        for i in r.project.indicators:
            if level is not None and level not in (i.level1 or "") and level not in (i.level2 or ""):
                continue
            text = (i.target_text or "").strip()
            if not text:
                raise SpecError(f"bl18_ind_kind_count: {i.name} has no 年度指标值")
            if i.target_value is None and any(ch.isdigit() for ch in text):
                raise SpecError(f"bl18_ind_kind_count: {i.name} target {text!r} is words with digits: ambiguous")
            if (i.target_value is None) == (kind == "words"):
                hits.append((r, i))
    if not hits:
        raise SpecError("bl18_ind_kind_count: no indicator row of that kind")
    out = {"figures": [o.fig(len(hits), "指标数", rows[0] if named else None)]}
    if named:
        out["projects"] = [o.ref(rows[0])]
    return out, f"{len(hits)} 条{'定性' if kind == 'words' else '定量'}：" + "、".join(
        f"{r.doc.file_name[:12]}#{r.project.seq} {i.name[:10]}（{i.target_text}）" for r, i in hits)

def _op_bl18c_adjusted(o: Oracle, spec):
    """The projects whose 全年预算数 moved from their 年初预算数 in the asked ``direction``: "up" (年中追加 / 调增:
    全年 > 年初) or "down" (调减 / 砍: 全年 < 年初), over the rows scope/where/exclude keep (24年哪些项目年中追加了预算 /
    水务局被调减过预算的项目一共减了多少). ``what`` lists, in the order asked, "projects" (the set), "count" (their
    number) and "total" (Σ |全年 − 年初| over them); default ["projects"]. An unchanged budget is neither. Refuses none."""
    if spec["direction"] not in ("up", "down"):
        raise SpecError(f"bl18c_adjusted: unknown direction {spec['direction']}")
    up = spec["direction"] == "up"
    hits = []
    for r in o.select(spec):
        delta = o.value(r, "budget") - o.value(r, "initial")
        if (delta > 0.005) if up else (delta < -0.005):
            hits.append((r, delta))
    if not hits:
        raise SpecError(f"bl18c_adjusted: no budget moved {spec['direction']}")
    what = spec.get("what", ["projects"])
    if not what or any(w not in ("projects", "count", "total") for w in what):
        raise SpecError(f"bl18c_adjusted: unknown what {what}")
    out: dict = {}
    figures = []
    for w in what:
        if w == "projects":
            out["projects"] = sorted((o.ref(r) for r, _ in hits), key=_ref_key)
        elif w == "count":
            figures.append(o.fig(len(hits), "项目数"))
        else:
            figures.append(o.fig(sum(abs(d) for _, d in hits), "追加" if up else "调减"))
    if figures:
        out["figures"] = figures
    return out, f"{'追加' if up else '调减'} {len(hits)} 个：" + "、".join(
        f"{r.doc.file_name[:12]}#{r.project.seq} {o.value(r, 'initial'):.2f}→{o.value(r, 'budget'):.2f}（{d:+.2f}）"
        for r, d in hits) + f"；Σ|Δ| {sum(abs(d) for _, d in hits):.2f}"
