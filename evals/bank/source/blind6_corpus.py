"""Sixth blind bank set over the eleven-report store: standalone, never split into dev/held-out.

Store (same as ``corpus.py``): data/samples/000_714f557b0e494d5f.txt (上海市生态环境局
2024, 18 projects) and evals/documents/corpus/*.pdf (规资局 2022–2024, 交通委 2023–2024,
水务局 2022–2024, 绿容局 2024, 生态环境局 2023): 64 projects.

Written blind: without reading or running the assistant, its tests, prompts or the
other eval sets' questions. Typed the way staff type in a meeting chat: short and
misheard department names (规资局/贵资局, 绿容局, 环境局, shuiwu局), 实施单位 instead of
the department (测绘院, 港航中心, 水文总站), a project named by what it does (管黄浦江
两岸灯光的那个), recurring projects scoped by year or across years, spoken numbers
and two-digit years, filler, 谁更…/有没有… shapes, and follow-ups ("|" between
turns, only the last graded) that switch department or year, some to one not stored.

Readings as in ``corpus.py``: 预算 = 全年预算数; 得分 = 总分; 整体/总的执行率 =
Σ执行/Σ预算; a department with several stored years is given a year unless the
question says 三年/两年/历年/这几年/每年. Single-report questions are asked about
that report (``document``). No new oracle op: ``fr3_both``, ``fc2_gap``,
``bc3_share``, ``per``, ``per_group``, ``position``, ``lost_rows``, ``restored_field``.
"""

from evals.bank.source.blind3_corpus import IND, SHARE  # noqa: F401  (spec helpers)
from evals.bank.source.corpus import (  # noqa: F401  (store and selector helpers)
    AT, COUNT, FD, FILTER, GAP, GZ, JT, LR, MEAN, ONE, OVERALL, PER, RANK, ST, SUM, SW, S, Y, store_paths,
)
from evals.bank.source.sample import NONE, NTH, F

PREFIX = "bc6"
DOCUMENT = "*"
WITH_STORE = True


def POS(project, metric, order, **kw):
    return {"op": "position", "project": project, "metric": metric, "order": order, **kw}


def TEXT(project, field, *words):
    return {"op": "text", "project": project, "field": field, "contains": list(words)}


def LOST(project, *words):
    spec = {"op": "lost_rows", "project": project}
    if words:
        spec["contains"] = list(words)
    return spec


def COMBINED(metric, *projects):
    return {"op": "combined", "metric": metric, "projects": list(projects)}


def BOTH(*parts):
    return {"op": "fr3_both", "parts": list(parts)}


def TOPIC(*words, **kw):
    return {"op": "topic", "words": list(words), **kw}


def PERG(metric, order=None, **kw):
    spec = {"op": "per_group", "metric": metric, **kw}
    if order:
        spec["order"] = order
    return spec


QUESTIONS = [
    # --- department short names ------------------------------------------------------------------------
    ("department_short", "规资局24年一共报了几个项目 预算总共多少", AT("GZ", 2024, BOTH(
        COUNT(scope=S("GZ", 2024)), SUM("budget", scope=S("GZ", 2024))))),
    ("department_short", "绿容局24年一共几个项目|里面执行率最低的是哪个", ONE("LR", 2024, RANK("rate", "asc"))),
    # --- implementers ----------------------------------------------------------------------------------
    ("implementer", "测绘院那个项目24年实际花了多少", ONE("GZ", 2024, FILTER(["implementer", "测绘院"], show="executed"))),
    ("implementer", "港航事业发展中心负责的项目执行率多少", AT("JT", 2024, FILTER(["implementer", "港航"], show="rate"))),
    ("implementer", "水文总站实施的项目 三年执行数加一块多少", SUM("executed", where=[["implementer", "水文总站"]])),
    # --- recurring projects ----------------------------------------------------------------------------
    ("recurring", "河道综合整治这三年 哪一年执行率最低", RANK("rate", "asc", where=[["name", "河道综合整治"]])),
    ("recurring", "公路养护管理23年跟24年比 预算差了多少", GAP("budget", JT(2023, "公路养护"), JT(2024, "公路养护"))),
    ("recurring", "不动产登记那个项目 三年得分分别多少", FILTER(["name", "不动产登记"], show="score")),
    ("recurring", "国土空间规划编制22年执行数多少|三年加起来呢", SUM("executed", where=[["name", "国土空间规划编制"]])),
    # --- year scope ------------------------------------------------------------------------------------
    ("year_scope", "23年所有局加在一起的总预算", SUM("budget", scope=Y(2023))),
    ("year_scope", "22年那批一共报了几个项目", COUNT(scope=Y(2022))),
    # --- switches --------------------------------------------------------------------------------------
    ("switch", "规资局23年执行率最低的是哪个|24年呢", ONE("GZ", 2024, RANK("rate", "asc"))),
    ("switch", "水务局24年总预算|那22年的呢", ONE("SW", 2022, SUM("budget"))),
    ("switch", "交通委24年整体执行率多少|23年的呢", ONE("JT", 2023, OVERALL())),
    ("switch", "交通委24年有几个项目|那22年的呢", NONE("交通委只存了2023、2024年")),
    ("switch", "绿容局得分最低的是哪个|那它23年的呢", NONE("绿容局只存了2024年")),
    # --- per group -------------------------------------------------------------------------------------
    ("per_group", "24年每个局执行率最低的项目各是哪个", PERG("rate", "asc", scope={"year": 2024})),
    ("per_group", "各部门历年预算合计 分部门列一下", PER("dept", "sum:budget")),
    ("per_group", "每一年的整体执行率分别是多少", PER("year", "overall")),
    # --- whole store -----------------------------------------------------------------------------------
    ("whole_store", "库里所有报告放一起 执行率最低的是哪个项目", RANK("rate", "asc")),
    # --- figures of a named project --------------------------------------------------------------------
    ("figure", "口袋公园建设 全年预算和执行数各多少", FD("LR", 2024, "口袋公园", "budget", "executed")),
    ("figure", "那个管黄浦江两岸苏州河灯光的项目 得分和等级", FD("LR", 2024, "景观照明", "score", "grade")),
    # --- typo ------------------------------------------------------------------------------------------
    ("typo", "贵资局22年耕地保户的执行率", FD("GZ", 2022, "耕地", "rate")),
    ("typo", "shuiwu局24年海糖堤防那个预算多少", FD("SW", 2024, "海塘", "budget")),
    ("typo", "交通委24年内河行道书浚 得了几分", FD("JT", 2024, "内河航道", "score")),
    # --- spoken numbers --------------------------------------------------------------------------------
    ("spoken_number", "预算超过四千万的项目都有哪些", FILTER(["budget", ">", 4000])),
    ("spoken_number", "执行率不到八成的一共几个", COUNT(["rate", "<", 80])),
    # --- ranking ---------------------------------------------------------------------------------------
    ("ranking", "24年预算排前三的项目 按多少排", RANK("budget", "desc", n=3, scope=Y(2024))),
    ("ranking", "水务局23年得分最低的两个", ONE("SW", 2023, RANK("score", "asc", n=2))),
    # --- count / sum / overall rate --------------------------------------------------------------------
    ("count", "23年有指标扣了分的项目 几个", COUNT(["lost_indicator"], scope=Y(2023))),
    ("sum", "绿容局五个项目执行数合计多少", ONE("LR", 2024, SUM("executed"))),
    ("sum", "交通委两年没花出去的钱一共多少", SUM("unexecuted", scope=S("JT"))),
    ("overall_rate", "规资局三年合起来总的执行率", OVERALL(scope=S("GZ"))),
    ("overall_rate", "24年全部项目 整体执行率按总数算是多少", OVERALL(scope=Y(2024))),
    # --- compound, exclusion, range --------------------------------------------------------------------
    ("compound", "24年预算一千万以上 执行率又低于百分之九十九的", FILTER(["budget", ">", 1000], ["rate", "<", 99], scope=Y(2024))),
    ("compound", "水务局这几年里 年初预算后来调过而且得分不到九十九的", FILTER(["changed_budget"], ["score", "<", 99], scope=S("SW"))),
    ("exclusion", "规资局24年 国土空间规划编制先不算 其余的预算加起来", ONE("GZ", 2024, SUM("budget", exclude=[GZ(2024, "国土空间")]))),
    ("exclusion", "交通委两年的项目 去掉公路养护那两个 得分平均多少", MEAN("score", scope=S("JT"), exclude=[JT(2023, "公路养护"), JT(2024, "公路养护")])),
    ("range", "执行率在九十五到九十八之间的项目有哪些", FILTER(["rate", ">", 95], ["rate", "<", 98])),
    # --- share, average, rank position -----------------------------------------------------------------
    ("share", "绿容局24年总预算多少|口袋公园一个占了几成", AT("LR", 2024, SHARE(LR(2024, "口袋公园"), "budget", S("LR", 2024)))),
    ("share", "河道整治24年在水务局当年预算里占百分之多少", AT("SW", 2024, SHARE(SW(2024, "河道"), "budget", S("SW", 2024)))),
    ("average", "规资局24年 预算高于本局当年平均的是哪几个", ONE("GZ", 2024, FILTER(["above_mean", "budget"]))),
    ("average", "23年所有项目得分的平均值", MEAN("score", scope=Y(2023))),
    ("rank_position", "轨道交通安全监管24年的预算 在交通委当年里排第几", ONE("JT", 2024, POS(JT(2024, "轨道交通"), "budget", "desc"))),
    ("rank_position", "海塘巡查养护的执行率 放到24年全部项目里从高往低第几", POS(SW(2024, "海塘"), "rate", "desc", scope=Y(2024))),
    # --- indicators ------------------------------------------------------------------------------------
    ("indicator", "列车正点率24年实际做到多少", AT("JT", 2024, IND("列车正点率", "actual", S("JT", 2024)))),
    ("indicator", "生态海塘建设长度那条指标扣了几分", IND("生态海塘建设长度", "lost", None)),
    ("indicator_count", "基础测绘那个项目22年设了几条指标", FD("GZ", 2022, "测绘", "n_indicators")),
    ("indicator_count", "24年哪个项目指标条数最多", RANK("n_indicators", "desc", scope=Y(2024))),
    # --- lost points -----------------------------------------------------------------------------------
    ("lost_points", "公路养护23年的指标扣分明细 一条条列", AT("JT", 2023, LOST(JT(2023, "公路养护")))),
    ("lost_points", "垃圾分类那个项目扣分的原因里 有没有提到老旧小区", AT("LR", 2024, LOST(LR(2024, "垃圾分类"), "老旧小区"))),
    # --- texts, topic ----------------------------------------------------------------------------------
    ("text", "林业有害生物防治这个项目主要是干嘛的", AT("LR", 2024, TEXT(LR(2024, "林业"), "goal_text", "美国白蛾"))),
    ("text", "规资局23年信息化运维那个 实际完成情况里怎么解释的", AT("GZ", 2023, TEXT(GZ(2023, "信息化"), "result_text", "机房供电改造"))),
    ("topic", "帮我看下有没有跟海塘有关的项目", TOPIC("海塘")),
    # --- follow-ups ------------------------------------------------------------------------------------
    ("follow_up", "交通委24年执行率最低的三个|第二个呢", ONE("JT", 2024, {"op": "nth", "metric": "rate", "order": "asc", "k": 2})),
    ("follow_up", "评为良的项目有哪些|它们预算加起来多少", COMBINED("budget", GZ(2023, "信息化"), LR(2024, "垃圾分类"), SW(2022, "河道"))),
    ("follow_up", "规资局24年得分最低的是哪个|它执行率多少", FD("GZ", 2024, "测绘", "rate")),
    # --- comparisons, yes/no, data quality -------------------------------------------------------------
    ("comparison", "河道综合整治22年执行率多少|跟24年比呢 哪年高一些", GAP("rate", SW(2022, "河道"), SW(2024, "河道"))),
    ("yes_no", "水务局这三年里有没有评成良的项目", FILTER(["grade", "良"], scope=S("SW"))),
    ("data_quality", "环境局24年那份表里 评分等级是按分数补出来的有哪些", ONE("ST", 2024, {"op": "restored_field", "field": "grade"})),
    ("data_quality", "环境局24年的表 校验时发现目标值符号跟实际对不上的是哪几个项目", ONE("ST", 2024, {"op": "flagged", "kinds": ["operator_contradiction"]})),
    # --- unanswerable: periods -------------------------------------------------------------------------
    ("unanswerable_period", "规资局24年上半年执行率多少", NONE("表里只有全年数")),
    ("unanswerable_period", "水务局23年三季度一共执行了多少", NONE("表里没有季度数")),
    ("unanswerable_period", "交通委24年一季度花了多少钱", NONE("表里没有季度数")),
    ("unanswerable_period", "口袋公园每个月建成几座 给我个月度的表", NONE("表里没有月度数")),
    ("unanswerable_period", "垃圾分类那个项目执行率多少|那四季度单季的呢", NONE("表里没有季度数")),
    # --- unanswerable: future --------------------------------------------------------------------------
    ("unanswerable_future", "25年规资局预算安排多少", NONE("没有2025年的表")),
    ("unanswerable_future", "河道综合整治24年预算多少|那明年的呢", NONE("没有2025年的表")),
    ("unanswerable_future", "绿容局下一年度口袋公园要建几座", NONE("没有下一年度的数")),
    ("unanswerable_future", "2026年交通委整体执行率能到多少", NONE("没有2026年的表")),
    # --- unanswerable: fields --------------------------------------------------------------------------
    ("unanswerable_field", "口袋公园建设的中标单位是哪家", NONE("表里没有中标单位")),
    ("unanswerable_field", "公路养护管理24年用的啥采购方式", NONE("表里没有采购方式")),
    ("unanswerable_field", "轨道交通监管那个项目人员编制多少人", NONE("表里没有人员编制")),
    ("unanswerable_field", "河道综合整治里有多少是专项债的钱", NONE("表里没有专项债")),
    ("unanswerable_field", "不动产登记24年预算多少|合同金额是多少", NONE("表里没有合同金额")),
    ("unanswerable_field", "测绘院一共有多少在编人员", NONE("表里没有编制人数")),
    # --- unanswerable: departments / years not stored --------------------------------------------------
    ("unanswerable_scope", "财政局24年的项目执行率", NONE("库里没有财政局")),
    ("unanswerable_scope", "交通委23年总预算多少|那22年的呢", NONE("交通委只存了2023、2024年")),
    ("unanswerable_scope", "绿容局23年执行率最低的项目", NONE("绿容局只存了2024年")),
    ("unanswerable_scope", "21年水务局河道整治花了多少", NONE("水务局只存了2022–2024年")),
    ("unanswerable_scope", "北京市规划和自然资源局24年得分最低的", NONE("库里没有北京")),
]
