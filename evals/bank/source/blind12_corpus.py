"""Blind set 12 over the eleven reports (the sample plus the ten corpus PDFs), written without seeing the assistant.

Store: data/samples/000_714f557b0e494d5f.txt (上海市生态环境局 2024) and evals/documents/corpus/*.pdf (规资局
2022–2024, 交通委 2023–2024, 水务局 2022–2024, 绿容局 2024, 生态环境局 2023): 64 projects, as ``corpus.py``.
Selectors and scope helpers are ``corpus.py``'s: GZ/JT/SW/LR/ST(year, word_or_seq) pick inside one
department-year, S(key, year) / Y(year) are scopes, AT/FD/ONE ask about one report.

Written by a helper that neither read nor ran the assistant (nor its tests, prompts or docs) and saw no other set's
questions, only the helper definitions at the top of ``corpus.py`` and ``sample.py``. The wording is its own.

What it stresses: departments said by old or colloquial names (规土局, 规自局, 环保局, 交委, 绿荣局, shuiwu局)
or through a project's 实施单位 (公路事务中心归口的那个委, 测绘院做的那个); typos and homophones in project and
metric words (信息化运为, 河道整制, 不动产等记, 直行率, 口代公园, 海堂); spoken numbers (两千万, 九成五, 百分之九十九,
八成, 一千万); two-digit years and 去年/前年/前一年 after a year just asked; what changed between two years of a
department (新上的项目, 少了哪些, 哪个预算涨得最多 — oracle ops ``bl12c_new_projects`` and ``bl12c_max_change``), the
projects a department reported every year (``bl12c_every_year``), one department's share of a year's total
(``bl12c_scope_share``); overall rates (Σ执行/Σ预算) against plain averages; the worst department of a year; three-turn
follow-ups (执行率最低的三个 | 去掉最低的 | 剩下两个合计); and refusals that sound answerable: a department-year not
stored, a project asked in a year it was not reported (规资局23年耕地保护, 水务局22年信息化, 防汛泵闸24年), a
period the table lacks (上半年, 第四季度, 截至九月底), the future, and fields the table lacks (中标单位, 采购方式,
负责人, 编制, 合同金额, 第三方评价机构).
"""

from evals.bank.source.corpus import (  # noqa: F401  (store and selector helpers)
    AT, COUNT, FD, FILTER, GAP, GZ, JT, LR, MEAN, ONE, OVERALL, PER, RANK, S, SGAP, ST, SUM, SW, Y, store_paths,
)
from evals.bank.source.sample import NONE, F

__all__ = ["store_paths"]

PREFIX = "bl12c"
DOCUMENT = "*"
WITH_STORE = True

GZD, JTD, SWD = "规划和自然资源局", "交通委员会", "水务局"


def BOTH(*parts):
    """Two or more asks in one question (op fr3_both)."""
    return {"op": "fr3_both", "parts": list(parts)}


def NEW(dept, a, b, which):
    """Projects of ``dept`` reported in year ``b`` and not ``a`` (which "new"), or in ``a`` and not ``b`` ("dropped")."""
    return {"op": "bl12c_new_projects", "dept": dept, "a": a, "b": b, "which": which}


def CHANGE(dept, a, b, metric, order):
    """The project of ``dept`` (in both years) whose metric rose (desc) or fell (asc) most from ``a`` to ``b``."""
    return {"op": "bl12c_max_change", "dept": dept, "a": a, "b": b, "metric": metric, "order": order}


def IND(name, field=None, **kw):
    spec = {"op": "indicator", "name": name, **kw}
    if field:
        spec["field"] = field
    return spec


QUESTIONS = [
    # --- departments by short, old or misheard names ------------------------------------------------------------
    ("department_short", "规土局24年一共报了几个项目 预算总共多少",
     AT("GZ", 2024, BOTH(COUNT(scope=S("GZ", 2024)), SUM("budget", scope=S("GZ", 2024))))),
    ("department_short", "环保局23年那几个项目 执行率最低的是哪个", ONE("ST", 2023, RANK("rate", "asc"))),
    ("department_short", "绿荣局一共几个项目 | 得分最低的那个几分", ONE("LR", 2024, RANK("score", "asc"))),

    # --- departments and projects named by their 实施单位 ---------------------------------------------------------
    ("implementer", "测绘院做的是哪个项目 | 三年执行数加起来多少",
     SUM("executed", where=[["implementer", "测绘院"]])),
    ("implementer", "公路事务中心是哪个部门下面的 | 那个部门23年整体执行率多少", ONE("JT", 2023, OVERALL())),
    ("implementer", "港航中心负责的那个疏浚项目 哪几项扣了分 为什么",
     AT("JT", 2024, {"op": "lost_rows", "project": JT(2024, "疏浚"), "contains": ["含水率"]})),
    ("implementer", "水务局22年的情况 | 执行率最低的是哪个 | 它的实施单位是哪家",
     FD("SW", 2022, "河道", "implementer")),

    # --- recurring projects across years --------------------------------------------------------------------------
    ("recurring", "河道综合整治这三年的执行率分别是多少",
     BOTH(F(SW(2022, "河道"), "rate"), F(SW(2023, "河道"), "rate"), F(SW(2024, "河道"), "rate"))),
    ("recurring", "规资局23年和24年都有的项目 | 哪个预算涨得最多 涨了多少", CHANGE(GZD, 2023, 2024, "budget", "desc")),
    ("recurring", "交委两年比下来 执行率提高最多的是哪个项目 提了几个点", CHANGE(JTD, 2023, 2024, "rate", "desc")),
    ("recurring", "不动产等记那个项目 哪一年执行率最高", RANK("rate", "desc", where=[["name", "不动产登记"]])),
    ("recurring", "规自局哪几个项目是三年都报了的", {"op": "bl12c_every_year", "dept": GZD}),
    ("recurring", "水务局24年跟23年比 少了哪些项目", NEW(SWD, 2023, 2024, "dropped")),

    # --- a year over every department -----------------------------------------------------------------------------
    ("year_scope", "我在对22年的数 那年哪些项目用到了其他资金", FILTER(["other", ">", 1], scope=Y(2022))),

    # --- per department / per year ---------------------------------------------------------------------------------
    ("per_group", "24年五个局都在库里吧 | 各自的整体执行率报一下", {"op": "per_group", "scope": Y(2024)}),
    ("per_group", "23年各部门整体执行率 | 哪个最拉胯", {"op": "fc3_best_group", "by": "dept", "scope": Y(2023),
                                                    "metric": "overall", "order": "asc", "contains": ["交通"]}),
    ("per_group", "水务局哪一年的预算盘子最大", {"op": "fc3_best_group", "by": "year", "scope": S("SW"),
                                             "metric": "sum:budget", "order": "desc", "contains": ["2023"]}),
    ("per_group", "每年各有几个项目得分没到99", PER("year", "count", where=[["score", "<", 99]])),

    # --- the whole store --------------------------------------------------------------------------------------------
    ("whole_store", "库里现在一共多少个项目 预算加起来多少", BOTH(COUNT(), SUM("budget"))),
    ("whole_store", "那个啥 不分年份不分部门 执行率不到八成的项目都拉出来", FILTER(["rate", "<", 80])),

    # --- one figure --------------------------------------------------------------------------------------------------
    ("figure", "水务24年新增的海堂那个项目 | 年初预算和全年预算各是多少", FD("SW", 2024, "海塘", "initial", "budget")),
    ("figure", "口代公园建设 其他资金是多少", FD("LR", 2024, "口袋", "other")),

    # --- typos, homophones, pinyin ------------------------------------------------------------------------------------
    ("typo", "规资居23年信息化运为那个 直行率多少", FD("GZ", 2023, "信息化", "rate")),
    ("typo", "shuiwu局22年河道整制 得了几分", FD("SW", 2022, "河道", "score")),

    # --- spoken numbers ----------------------------------------------------------------------------------------------
    ("spoken_number", "24年的项目按预算看 | 超过两千万的有哪些", FILTER(["budget", ">", 2000], scope=Y(2024))),
    ("spoken_number", "23年执行率不到九成五的是哪几个", FILTER(["rate", "<", 95], scope=Y(2023))),
    ("spoken_number", "绿容局执行率百分之九十九以上的有几个", ONE("LR", 2024, COUNT(["rate", ">", 99]))),

    # --- rankings ----------------------------------------------------------------------------------------------------
    ("ranking", "做个汇总表 全部项目按预算从大到小排 前五个", RANK("budget", "desc", 5)),
    ("rank_position", "环境局24年 督察那个项目 预算在全局排第几",
     AT("ST", 2024, {"op": "position", "project": ST(2024, 16), "metric": "budget", "order": "desc",
                     "scope": S("ST", 2024)})),

    # --- counts, sums, rates, averages ---------------------------------------------------------------------------------
    ("count", "交委两年加起来 有指标扣分的项目几个", COUNT(["lost_indicator"], scope=S("JT"))),
    ("sum", "24年所有部门的上年结转加一块多少", SUM("carry", scope=Y(2024))),
    ("overall_rate", "交委23年总体执行率 不要平均 要总执行除以总预算那种", ONE("JT", 2023, OVERALL())),
    ("overall_rate", "规资局每年的整体执行率 | 三年合起来算呢", OVERALL(scope=S("GZ"))),
    ("average", "交委23年总体执行率多少 | 那几个项目执行率直接平均一下呢", ONE("JT", 2023, MEAN("rate"))),

    # --- conditions, exclusions, ranges, shares -----------------------------------------------------------------------
    ("compound", "领导让把重点项目过一遍 24年预算一千万以上 而且有指标扣了分的 有哪些", FILTER(["budget", ">", 1000], ["lost_indicator"], scope=Y(2024))),
    ("compound", "中途调过预算 又有上年结转的项目 都列一下", FILTER(["changed_budget"], ["carry", ">", 1])),
    ("exclusion", "水务局24年预算合计 | 除了河道整治 剩下的呢", ONE("SW", 2024, SUM("budget", exclude=[SW(2024, "河道")]))),
    ("exclusion", "规资局23年 把信息化那个拿掉 整体执行率能到多少",
     ONE("GZ", 2023, OVERALL(exclude=[GZ(2023, "信息化")]))),
    ("range", "23年得分在95到99分之间的项目", FILTER(["score", ">", 95], ["score", "<", 99], scope=Y(2023))),
    ("share", "规资局24年国土空间规划编制预算多少 | 占全局的百分之几",
     ONE("GZ", 2024, {"op": "share", "project": GZ(2024, "国土"), "metric": "budget"})),
    ("share", "24年五个部门的总预算里 绿容局占多大比例",
     {"op": "bl12c_scope_share", "part": S("LR", 2024), "whole": Y(2024), "metric": "sum:budget"}),

    # --- indicators, lost points, texts, topics ------------------------------------------------------------------------
    ("indicator", "林业有害生物防治有哪些指标 | 成灾率实际做到多少", AT("LR", 2024, IND("成灾率", "actual"))),
    ("indicator", "河道整治长度 22年目标多少 实际多少",
     AT("SW", 2022, BOTH(IND("河道整治长度", "target", scope=S("SW", 2022)),
                         IND("河道整治长度", "actual", scope=S("SW", 2022))))),
    ("indicator_count", "公路养护23年 没达标扣了分的指标有几条",
     AT("JT", 2023, {"op": "bl11_ind_count", "project": JT(2023, "公路"), "lost": True})),
    ("lost_points", "垃圾分类那个项目 哪几项扣了分 各扣多少", AT("LR", 2024, {"op": "lost_rows", "project": LR(2024, "垃圾")})),
    ("lost_points", "水务局23年有指标没达标的是哪个项目 原因是啥",
     AT("SW", 2023, {"op": "lost_rows", "project": SW(2023, "供水"), "contains": ["检测设备"]})),
    ("lost_points", "下午给分管领导汇报 他肯定问交委公路养护23年扣分扣在哪 | 里面扣得最多的那条 扣了几分 啥原因",
     AT("JT", 2023, IND("按期完工率", "lost", scope=S("JT", 2023), contains=["汛期"]))),
    ("text", "口袋公园 年度目标里说要新建多少座",
     AT("LR", 2024, {"op": "text", "project": LR(2024, "口袋"), "contains": ["120座"]})),
    ("text", "交委24年轨交安全那个 完成情况里怎么说隐患没整改完的",
     AT("JT", 2024, {"op": "text", "project": JT(2024, "轨道"), "field": "result_text",
                     "contains": ["设备更新周期跨年"]})),
    ("topic", "地质灾害这块的项目 历年都有哪些", {"op": "topic", "words": ["地质灾害"]}),

    # --- follow-ups on the previous answer -------------------------------------------------------------------------------
    ("follow_up", "水务局24年执行率最低的三个 | 第二个预算多少",
     AT("SW", 2024, {"op": "bl11_nth_show", "metric": "rate", "order": "asc", "k": 2, "show": "budget",
                     "scope": S("SW", 2024)})),
    ("follow_up", "24年得分没到99的有哪些 | 其中预算最大的是哪个",
     RANK("budget", "desc", where=[["score", "<", 99]], scope=Y(2024))),
    ("follow_up", "规资局23年的项目 | 执行率最低的三个 | 去掉最低的 剩下两个预算合计",
     AT("GZ", 2023, {"op": "combined", "metric": "budget", "projects": [GZ(2023, "国土"), GZ(2023, "地质")]})),
    ("follow_up", "交委24年新上的项目是哪个 | 它执行率多少", FD("JT", 2024, "疏浚", "rate")),
    ("follow_up", "23年执行率最低的是哪个项目 | 它指标上扣了哪些分",
     AT("JT", 2023, {"op": "lost_rows", "project": JT(2023, "公路")})),

    # --- comparisons and yes/no ----------------------------------------------------------------------------------------
    ("comparison", "绿容局24年总预算 | 跟交委同年比谁多 多多少", SGAP("sum:budget", S("LR", 2024), S("JT", 2024))),
    ("comparison", "22年规资局和水务局 整体执行率谁高",
     {"op": "bc3_groups", "metric": "overall", "groups": [S("GZ", 2022), S("SW", 2022)]}),
    ("yes_no", "交委24年是不是个个都是优", ONE("JT", 2024, FILTER(["grade", "优"]))),
    ("yes_no", "水务局22年 有没有评良的", ONE("SW", 2022, FILTER(["grade", "良"]))),
    ("yes_no", "生态局23年有没有哪个项目用到了其他资金", ONE("ST", 2023, FILTER(["other", ">", 1]))),

    # --- data quality and combinations -----------------------------------------------------------------------------------
    ("data_quality", "环境局24年那份 哪些项目的总分是系统按公式补算的 表上没印",
     AT("ST", 2024, {"op": "restored_field", "field": "total_score", "scope": S("ST", 2024)})),
    ("data_quality", "环境局24年那份 校验出来指标比较符号有矛盾的是哪几个项目",
     AT("ST", 2024, {"op": "flagged", "kinds": ["operator_contradiction"], "scope": S("ST", 2024)})),
    ("combination", "24年有指标扣分的项目有哪些 | 它们的预算占当年总预算百分之几",
     {"op": "bl9_subset_share", "metric": "budget", "part": [["lost_indicator"]], "scope": Y(2024)}),

    # --- switches of department or year ----------------------------------------------------------------------------------
    ("switch", "规资局23年整体执行率 | 那交委呢", ONE("JT", 2023, OVERALL())),
    ("switch", "水务局23年几个项目 | 22年的呢", ONE("SW", 2022, COUNT())),
    ("switch", "公路养护24年执行率 | 去年的呢", FD("JT", 2023, "公路", "rate")),
    ("switch", "绿容局24年总预算多少 | 23年的呢", NONE("绿容局只有2024年的报告")),
    ("switch", "交委24年得分最低的是哪个 | 前年呢", NONE("交通委2022年没有入库")),
    ("switch", "生态局23年执行率最低的 | 那前一年呢", NONE("生态环境局2022年没有入库")),
    ("switch", "防汛泵闸那个23年执行率多少 | 24年的呢", NONE("防汛泵闸设施运行维护2024年没有报")),
    ("switch", "水务局24年预算合计 | 北京水务局的呢", NONE("库里没有北京市水务局")),

    # --- refusals: scope not stored ----------------------------------------------------------------------------------------
    ("unanswerable_scope", "财政局23年的项目执行率怎么样", NONE("库里没有财政局")),
    ("unanswerable_scope", "规资局21年国土空间规划编制预算多少", NONE("规资局只有2022–2024年")),
    ("unanswerable_scope", "规资局23年耕地保护那个项目 得分多少", NONE("耕地保护项目2023年没有报")),
    ("unanswerable_scope", "水务局22年信息化运维执行率", NONE("水务信息化系统运维2022年没有报")),
    ("unanswerable_scope", "浦东新区生态环境局24年一共几个项目", NONE("库里没有浦东新区的报告")),
    ("unanswerable_scope", "住建委24年预算合计多少", NONE("库里没有住建委")),

    # --- refusals: a period the tables lack ---------------------------------------------------------------------------------
    ("unanswerable_period", "口袋公园全年执行了多少 | 上半年执行了多少", NONE("表里只有全年执行数")),
    ("unanswerable_period", "河道整治23年第四季度花了多少", NONE("表里没有分季度的支出")),
    ("unanswerable_period", "交委24年每个月的支出进度发我一下", NONE("表里没有月度数据")),
    ("unanswerable_period", "规资局24年截至九月底执行率到多少了", NONE("表里只有全年数")),

    # --- refusals: the future --------------------------------------------------------------------------------------------------
    ("unanswerable_future", "水务局25年预算安排了多少", NONE("没有2025年的报告")),
    ("unanswerable_future", "明年口袋公园打算建几座", NONE("没有以后年度的报告")),
    ("unanswerable_future", "26年规资局整体执行率预计能到多少", NONE("没有2026年的报告，也不做预测")),
    ("unanswerable_future", "垃圾分类那个执行率多少 | 明年的呢", NONE("没有以后年度的报告")),

    # --- refusals: fields the tables lack --------------------------------------------------------------------------------------
    ("unanswerable_field", "审计那边来问 公路养护管理的中标单位是哪家", NONE("表里没有中标单位")),
    ("unanswerable_field", "测绘院那个项目24年执行率 | 采购方式是公开招标吗", NONE("表里没有采购方式")),
    ("unanswerable_field", "河道整治项目负责人是谁 联系电话多少", NONE("表里没有负责人和电话")),
    ("unanswerable_field", "规自局24年编制多少人", NONE("表里没有人员编制")),
    ("unanswerable_field", "景观照明设施运维 合同金额多少", NONE("表里没有合同金额")),
    ("unanswerable_field", "公路养护那个项目 是哪家第三方机构做的绩效评价", NONE("表里没有评价机构")),
]
