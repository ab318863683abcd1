"""The figures a question can ask about, the words people use for them, and how to read them from a project.

A question says 支出进度 or 执行率, 分数 or 总分, 花了多少钱 or 执行数; the
planner maps each phrase to one ``Metric`` here. Reading a metric's value from a
record also lives here, so every operation reads a figure the same way and gets
the row it came from for the citation.
"""

from __future__ import annotations

from dataclasses import dataclass

from ingest.records import FUND_KINDS, Project, SourceRef
from ingest.scoring import GRADE_BANDS

TOTAL_FUND = FUND_KINDS[0]
"""年度资金总额: the fund line a money question means unless it names another."""


@dataclass(frozen=True)
class Metric:
    """One figure of a project's table: ``key`` is stable, ``label`` is how answers name it.

    ``fund_field`` names the FundLine attribute for money figures; None for the
    footer figures (总分, 评分等级). ``numeric`` is False for 评分等级.
    ``difference`` names the two FundLine attributes a derived money figure
    subtracts (全年预算数 − 全年执行数): a question naming it also names its
    operands (预算没有执行), which are then not figures asked on their own.
    """

    key: str
    label: str
    unit: str
    fund_field: str | None
    synonyms: tuple[str, ...]
    numeric: bool = True
    difference: tuple[str, str] | None = None


GRADE_LINES: tuple[tuple[str, str, float], ...] = tuple(
    (grade, {"优": "excellent", "良": "good", "中": "pass"}[grade], line) for line, grade in GRADE_BANDS if line > 0)
"""The lowest 总分 of each grade (ingest.scoring.GRADE_BANDS): how far a project is from one (离优还差几分)."""

METRICS: tuple[Metric, ...] = (
    Metric("rate", "执行率", "%", "rate",
           ("预算执行率", "资金执行率", "执行率", "支出进度", "执行进度", "支出率", "执行比例", "执行比率", "执行")),
    Metric("executed", "全年执行数", "万元", "executed",
           ("全年执行数", "执行数", "执行总额", "执行总和", "执行合计", "支出总额", "支出总和", "支出合计", "执行金额", "执行了多少", "执行多少", "执行了", "实际支出", "实际执行", "实际花出去", "花出去", "实际花了", "实际花掉", "实际花", "实际用了", "实际用掉",
            "支出了", "花了", "用了多少", "花费", "支出金额", "支出多少", "执行额")),
    Metric("initial", "年初预算数", "万元", "initial", ("年初预算数", "年初预算", "初始预算", "年初安排", "调整前的年初预算", "调整前年初", "调整前的预算", "调整前预算", "调整前")),
    Metric("full_year", "全年预算数", "万元", "full_year",
           ("全年预算数", "全年预算", "预算规模", "预算总额", "预算金额", "调整后的全年预算", "调整后全年预算", "调整后的预算", "调整后预算", "预算数", "资金规模",
            "预算", "经费", "资金量")),
    Metric("funds_score", "资金得分", "分", "score", ("资金得分", "预算执行得分", "执行率得分", "资金执行得分")),
    Metric("total_score", "总分", "分", None,
           ("自评得分", "自评分", "总得分", "总分", "得分", "分数", "评分", "打分", "几分", "多少分", "得了多少")),
    Metric("adjustment", "预算调整额", "万元", None,
           ("预算调整额", "调整了多少", "调整多少", "调整额", "调整幅度", "调增了多少", "预算调整", "调整金额", "调了多少",
            "调多少", "变了多少", "变动了多少"),
           difference=("full_year", "initial")),
    Metric("reduction", "预算调减额", "万元", None,
           ("预算调减额", "调减额", "调减了多少", "调减多少", "调减", "砍掉", "砍了", "砍得", "砍", "压减", "核减", "削减",
            "缩减"),
           difference=("initial", "full_year")),
    Metric("unexecuted", "未执行数", "万元", None,
           ("未执行数", "未执行金额", "未执行", "结余资金", "结余", "剩余资金", "剩余", "余额", "还剩", "剩下"),
           difference=("full_year", "executed")),
    Metric("lost", "扣分", "分", None, ("扣分", "失分", "丢分", "被扣")),
    Metric("funds_lost", "资金扣分", "分", None, ("资金扣分", "预算执行扣分", "执行率扣分", "资金执行扣分"),
           difference=("weight", "score")),
    Metric("indicators_lost", "绩效指标扣分", "分", None, ()),
    Metric("indicator_count", "绩效指标数", "个", None, ("绩效指标数", "指标数量", "指标个数", "指标条数", "指标数")),
    Metric("lost_indicator_count", "扣分指标数", "个", None,
           ("扣分指标数", "扣分的指标数", "扣分的指标条数", "扣分指标条数", "扣分的指标个数", "扣了分的指标条数")),
    Metric("total_weight", "总分分值", "分", None, ("总分分值", "总分的分值", "总分值")),
    Metric("grade", "评分等级", "", None, ("评分等级", "评价等级", "自评等级", "等级", "评级", "档次"), numeric=False),
    Metric("implementer", "实施单位", "", None, ("实施单位", "执行单位", "承担单位", "实施部门"), numeric=False),
    Metric("department", "主管部门", "", None, ("主管部门", "主管单位"), numeric=False),
    *(Metric(f"below_{key}", f"距“{grade}”（{line:g} 分）还差", "分", None, ()) for grade, key, line in GRADE_LINES),
    *(Metric(f"above_{key}", f"高出“{grade}”线（{line:g} 分）", "分", None, ()) for grade, key, line in GRADE_LINES),
)
METRICS_BY_KEY: dict[str, Metric] = {m.key: m for m in METRICS}

METRIC_BUNDLES: dict[str, tuple[str, ...]] = {
    "预算执行情况": ("full_year", "executed", "rate"),
    "资金执行情况": ("full_year", "executed", "rate"),
    "资金使用情况": ("full_year", "executed", "rate"),
    "执行情况": ("full_year", "executed", "rate"),
    "资金情况": ("initial", "full_year", "executed", "rate"),
    "预算情况": ("initial", "full_year"),
}
"""Phrases that ask for several figures at once (metric keys, in answer order)."""

_GAP_ASKED = r"(?:差了?多少|相差|差额|差距|差几)"
METRIC_PATTERNS: dict[str, str] = {
    "adjustment": rf"年初预算数?.{{0,6}}全年预算数?.{{0,4}}{_GAP_ASKED}|全年预算数?.{{0,6}}年初预算数?.{{0,4}}{_GAP_ASKED}",
    "reduction": r"(?:一共|总共|共|预算|合计)(?:被)?(?:减|降|调低|缩|少)了?(?=(?:多少|几))",
    "unexecuted": r"(?:预算|资金|经费|钱)?(?:还|尚)?(?:没有|没|未)(?:有)?(?:执行|花|用|支出|使用)(?:完|掉|出去)?|(?:还|尚)有?多少(?:钱|万)?(?:没有|没|未)(?:花|用|执行|支出)(?:完|掉|出去)?|剩(?:得|下得|下的钱)(?=最)|"
                  r"(?:全年)?预算数?减(?:去|掉)?(?:全年)?执行数?|"
                  rf"预算数?.{{0,6}}执行(?!率)数?.{{0,4}}{_GAP_ASKED}",
    "rate": r"(?:总|全年)?执行数?(?:总额|合计)?除以(?:总|全年)?预算数?|(?:花|用|执行|支出)了?(?:百分之多少|百分之几|多少比例|几成)|"
            r"(?<![没未])(?:花|用|执行)(?:完|光)",
    "implementer": r"(?:哪个|哪家|什么|哪一个)(?:单位|部门|机构)(?:来)?(?:实施|负责|承担|执行|承办|做|干|搞|管)|由?谁(?:来)?(?:实施|负责|承担|承办|做|干|管)|实施单位|"
                   r"(?:是|归)(?:哪个|哪家|什么|哪一个)单位的?(?!来|实施|负责|承担|执行|承办|做|干|搞|管)",
    "department": r"(?:是|属于|归|隶属于?|在)(?:哪个|哪家|什么|哪一个)(?:局|委|部门|委办局)(?:的|管|下面的?|下属的?|底下的?)?|"
                  r"(?:所属|上级|主管)(?:的)?(?:局|部门|单位)是?(?:哪个|哪家|什么)?",
    "full_year": r"(?<![花用了])钱(?=最|比较|较|更)|(?:预算)?(?:调|调整)(?:成|到|为|至)了?(?:多少|几)|(?<=年初多少)[，,、\s]*全年(?=(?:是)?多少)",
    "initial": r"年初(?:的时候)?(?:报|申报|上报|批|安排)(?:上去|上来)?(?:的|了)?|年初(?=(?:是)?多少|[，,、\s]*全年(?:是)?多少)",
    "executed": r"(?:花|用|执行)(?:的|掉的?|出去的?|了的)?钱",
    "indicator_count": r"(?:绩效)?指标(?:的)?(?=(?:不超过|超过|少于|多于|低于|高于|不到|不少于|不多于|不足|大于|小于|至少|最多)"
                       r"\s*\d+\s*(?:个|条|项))",
    "funds_score": r"(?:预算执行|资金执行|资金)(?:这|那)?[一1]?(?:项|块|部分|方面|那块|这块|栏)的?(?:得分|得了?几分|得了?多少分|分数)",
    "funds_lost": r"(?:预算执行|资金执行|资金|执行率)(?:这[一1]?项)?[^\d%％最的]{0,4}?的?(?:扣分|扣了|失分|丢分|丢了|被扣)",
    "total_score": r"(?:拿|得|获得|打)了?(?=\s*\d+(?:\.\d+)?\s*分(?!值))",
    **{f"below_{key}": rf"(?:离|距离?|到)(?:评上?)?{grade}(?:秀|好|等)?(?:线|等级|档|那条线)?(?:还)?(?:差|缺)(?:几|多少)?分?|"
                       rf"差(?:几|多少)分?(?:就)?(?:能|可以)?评(?:上|为|成)?{grade}(?:秀|好|等)?"
       for grade, key, _ in GRADE_LINES},
    **{f"above_{key}": rf"比{grade}(?:秀|好|等)?(?:线|那条线|的线)(?:高出?|多出?|超出?)了?(?:几|多少)?分?|"
                       rf"超(?:出|过){grade}(?:秀|好|等)?(?:线|那条线)了?(?:几|多少)?分?"
       for grade, key, _ in GRADE_LINES},
    "lost": r"(?:总分|得分|分数|分)?(?:扣|丢|失)(?:得|的)?(?=最(?:多|少|狠))|(?:总分|得分|分数|分)?(?:扣|丢|失)(?:得|的)(?=多|少)|"
            r"(?:离|距离?)满分(?:还)?(?:差|缺)(?:几|多少)分?|(?:离|距离?)满分(?:还)?差(?:得|的)?(?=最)",
}
"""Phrasings a fixed synonym cannot hold (预算没有执行, 没花完的钱, 年初预算和全年预算差了多少), as regular
expressions per metric key."""

FUND_FIELD_LABELS: dict[str, str] = {
    "initial": "年初预算数", "full_year": "全年预算数", "executed": "全年执行数", "weight": "资金分值", "score": "资金得分",
}
"""How a formula names a FundLine attribute that a difference subtracts."""

FUND_SYNONYMS: dict[str, tuple[str, ...]] = {
    FUND_KINDS[0]: ("年度资金总额", "资金总额"),
    FUND_KINDS[1]: ("当年财政拨款", "财政拨款", "财政资金"),
    FUND_KINDS[2]: ("上年结转资金", "上年结转", "结转资金"),
    FUND_KINDS[3]: ("其他资金", "其它资金", "自有资金"),
    FUND_KINDS[4]: ("财政专户管理资金", "财政专户资金", "专户资金", "财政专户"),
    FUND_KINDS[5]: ("单位资金",),
}


@dataclass(frozen=True)
class MetricValue:
    """A metric as read from one project: the value (text for 评分等级), its source row, and why it may be derived."""

    value: float | str | None
    source: SourceRef
    field: str
    derived_rule: str | None = None
    formula: str | None = None


def metric(key: str) -> Metric:
    """The metric named ``key``; a KeyError names a programming error, not a user's question."""
    return METRICS_BY_KEY[key]


def read_metric(project: Project, which: Metric, fund_kind: str = TOTAL_FUND) -> MetricValue:
    """The value of ``which`` in ``project`` (of fund line ``fund_kind`` for money figures), with its source row."""
    if which.fund_field is not None:
        line = project.fund(fund_kind)
        if line is None:
            return MetricValue(None, project.source, "funds")
        return MetricValue(getattr(line, which.fund_field), line.source, "funds", line.derived.get(which.fund_field))
    if which.key == "grade":
        return MetricValue(project.grade, project.source_for("grade"), "grade", project.derived.get("grade"))
    if which.key == "total_weight":
        return MetricValue(project.total_weight, project.source_for("total_weight"), "total",
                           project.derived.get("total_weight"))
    if which.key == "lost":
        return _lost_total(project)
    if which.key == "indicators_lost":
        return _indicators_lost(project)
    if which.key == "indicator_count":
        return MetricValue(float(len(project.indicators)), project.source, "indicator")
    if which.key == "lost_indicator_count":
        lost = [ind for ind in project.indicators if ind.lost is not None and ind.lost > 0.005]
        return MetricValue(float(len(lost)), project.source, "indicator")
    if which.difference is not None:
        return _fund_difference(project, fund_kind, *which.difference)
    if which.key.startswith(("below_", "above_")):
        return _grade_gap(project, which)
    if which.key in ("implementer", "department"):
        return MetricValue(getattr(project, which.key), project.source, "header")
    return MetricValue(project.total_score, project.source_for("total_score"), "total", project.derived.get("total_score"))


def _grade_gap(project: Project, which: Metric) -> MetricValue:
    """How far the 总分 is below (or above) the lowest 总分 of a grade: line − 总分 (总分 − line), from the 总分 row."""
    line = next(line for _, key, line in GRADE_LINES if which.key.endswith(key))
    score = project.total_score
    if score is None:
        return MetricValue(None, project.source_for("total_score"), "total")
    below = which.key.startswith("below_")
    formula = f"{line:.2f} − {score:.2f}" if below else f"{score:.2f} − {line:.2f}"
    return MetricValue(round((line - score) if below else (score - line), 2), project.source_for("total_score"),
                       "total", project.derived.get("total_score"), formula)


def _fund_difference(project: Project, fund_kind: str, minuend: str, subtrahend: str) -> MetricValue:
    """``minuend − subtrahend`` of a fund line (全年预算数 − 年初预算数: negative when the budget was cut;
    全年预算数 − 全年执行数: what was not executed), None when either was not read."""
    line = project.fund(fund_kind)
    first = getattr(line, minuend) if line is not None else None
    second = getattr(line, subtrahend) if line is not None else None
    if line is None or first is None or second is None:
        return MetricValue(None, project.source, "funds")
    return MetricValue(round(first - second, 2), line.source, "funds", formula=f"{first:.2f} − {second:.2f}")


def _lost_total(project: Project) -> MetricValue:
    """Points the project lost in all: 总分分值 − 总分 (100.00 − 95.90), None when either was not read."""
    if project.total_weight is None or project.total_score is None:
        return MetricValue(None, project.source_for("total_score"), "total")
    formula = f"{project.total_weight:.2f} − {project.total_score:.2f}"
    return MetricValue(round(project.total_weight - project.total_score, 2), project.source_for("total_score"), "total",
                       formula=formula)


def _indicators_lost(project: Project) -> MetricValue:
    """Points the project's indicator rows lost together: Σ(分值 − 得分) over the rows that lost any (0 when none
    did), None when a row's 分值 or 得分 was not read, since the sum would then understate the loss."""
    losses = [ind.lost for ind in project.indicators]
    if any(lost is None for lost in losses):
        return MetricValue(None, project.source, "indicator")
    lost = [value for value in losses if value is not None and value > 0.005]
    formula = " + ".join(f"{value:.2f}" for value in lost) if len(lost) > 1 else None
    return MetricValue(round(sum(lost), 2), project.source, "indicator", formula=formula)


DECIMAL_UNITS = frozenset({"万元", "元", "亿元", "%", "分", "个百分点", ""})
"""Units whose figures are always written with two decimals (money, rates, scores); any other unit counts things
(个, 次, 项, 人次, 天), and a whole count is written as a whole number."""


def format_value(value: float | str | None, unit: str) -> str:
    """A figure as finance staff write it: thousands separated, two decimals, the unit (12,216.04 万元, 98.98%,
    95.90 分, 0.57 个百分点); whole counts as whole numbers (4 个, 3 次, 50 项). The one formatting of numbers for
    answer text, tables, chart labels and exports; formulas keep plain digits, as a calculator takes them, and
    the JSON contract plain numbers."""
    if value is None:
        return "（表中未读出）"
    if isinstance(value, str):
        return value
    if unit not in DECIMAL_UNITS and float(value).is_integer():
        return f"{value:,.0f} {unit}"
    number = f"{value:,.2f}"
    if unit == "%":
        return f"{number}%"
    return f"{number} {unit}".strip()
