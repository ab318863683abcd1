"""Blind set 14 over the eleven reports: questions typed in a meeting chat by finance and bureau staff.

Store: the real sample (上海市生态环境局 2024, 18 projects) and the ten corpus PDFs (上海市规划和自然资源局
2022–2024, 上海市交通委员会 2023–2024, 上海市水务局 2022–2024, 上海市绿化和市容管理局 2024, 上海市生态环境局
2023), as ``corpus.py``: 64 projects.

Selectors: GZ/JT/SW/LR/ST(year, word_or_seq) pick inside one department-year (from ``corpus.py``); AT/FD/ONE
ask a question about one report; a store-wide question uses "*" and "FILE#SEQ".

What it stresses: department short names and homophones (规资局, 交通委, 水乌局, 绿化市容, 环境局), two-digit and
spoken years (二三年, 24年), spoken amounts and rates (三千万, 九十), the overall rate (Σ执行/Σ预算) against the
mean of rates and against each project (op bl14c_vs_overall), the same project over several years (growth, new
and every-year projects, per-year series), rankings, totals, counts per grade (op bl14c_grade_counts), shares,
indicators and lost points with their reasons, result and goal texts, restored and contradictory values, yes/no
asks, and follow-ups whose last turn leans on the previous answer. About a quarter are found=false: a
department-year not stored (交通委 2022, 绿容局 2023, 生态环境局 2022, 2021, 2025, 明年), a department not stored,
a recurring project in a year it was not reported, a seq beyond a report's projects, and fields or periods the
tables lack (负责人, 采购方式, 合同金额, 上半年, 一季度, 第三方机构, 拨付月份).

Written blind: from DESIGN.md, oracle.py, build.py, split.py, evals/questions.py, ingest/records.py, the
documents as the project's ingest reads them, and the helper definitions of corpus.py and sample.py only;
no other set's questions, and the assistant was neither read nor run.
"""

from evals.bank.source.corpus import (  # noqa: F401  (store and selector helpers)
    AT, COUNT, FD, FILTER, GAP, GZ, JT, LR, MEAN, ONE, OVERALL, PER, RANK, S, SGAP, ST, SUM, SW, Y, store_paths)
from evals.bank.source.sample import NONE, NTH, F

__all__ = ["store_paths"]

PREFIX = "bl14c"
DOCUMENT = "*"
WITH_STORE = True

GZD, JTD, SWD, LRD, STD = "规划和自然资源局", "交通委员会", "水务局", "绿化和市容管理局", "生态环境局"


def VS_OVERALL(side, **kw):
    """Projects below/above the scope's overall rate Σ执行/Σ预算 (op bl14c_vs_overall)."""
    return {"op": "bl14c_vs_overall", "side": side, **kw}


def GRADES(**kw):
    """Projects per 评分等级 (op bl14c_grade_counts)."""
    return {"op": "bl14c_grade_counts", **kw}


def IND(name, field=None, **kw):
    spec = {"op": "indicator", "name": name, **kw}
    if field:
        spec["field"] = field
    return spec


def LOST_ROWS(project, *words):
    spec = {"op": "lost_rows", "project": project}
    if words:
        spec["contains"] = list(words)
    return spec


def TEXT(project, field, *words):
    return {"op": "text", "project": project, "field": field, "contains": list(words)}


def SHARE(project, metric, scope):
    return {"op": "share", "project": project, "metric": metric, "scope": scope}


def BOTH(*parts):
    return {"op": "fr3_both", "parts": list(parts)}


QUESTIONS = [
    # --- one project's figure inside one department-year ----------------------------------------
    ("figure", "规资局24年一共几个项目 | 耕地保护那个 全年预算批了多少",
     FD("GZ", 2024, "耕地保护", "budget")),
    ("figure", "领导在问 交通委23年公路养护执行率多少来着",
     FD("JT", 2023, "公路养护", "rate")),
    ("figure", "绿容局24年的 | 口袋公园年初预算多少 后来调成多少了",
     FD("LR", 2024, "口袋公园", "initial", "budget")),
    ("figure", "环境局23年干部人事那个项目是哪个单位实施的",
     FD("ST", 2023, "干部人事", "implementer")),
    ("figure", "先看交通委24年的 | 内河航道疏浚那个实际执行了多少钱",
     FD("JT", 2024, "内河航道", "executed")),
    ("figure", "水乌局24年海塘那个 财政拨款多少 其他资金多少",
     FD("SW", 2024, "海塘", "approp", "other")),

    # --- overall rate vs the mean of rates ---------------------------------------------------------
    ("overall_mean", "交通委23年的总预算多少 | 整体执行率呢 总执行除以总预算那种",
     ONE("JT", 2023, OVERALL())),
    ("overall_mean", "水务局二二年 几个项目执型率的平均值是多少",
     ONE("SW", 2022, MEAN("rate"))),
    ("overall_mean", "规资局三年合在一起算 整体执行率多少",
     OVERALL(scope=S("GZ"))),
    ("overall_mean", "24年各个局的整体执行率分别是多少 列一下",
     PER("dept", "overall", scope=Y(2024))),
    ("overall_mean", "规资局23年整体执行率多少 | 那要是把各项目执行率直接取平均呢",
     ONE("GZ", 2023, MEAN("rate"))),
    ("overall_mean", "环境局24年整体执行率是多少 低于这个数的项目有哪些",
     AT("ST", 2024, VS_OVERALL("below", scope=S("ST", 2024), show_base=True))),

    # --- the same project over several years -------------------------------------------------------
    ("recurring", "河道综合整治这几年的预算分别是多少",
     PER("year", "budget", "desc", where=[("name", "河道综合整治")])),
    ("recurring", "公路养护 24年执行率比23年提高了几个点",
     GAP("rate", JT(2024, "公路养护"), JT(2023, "公路养护"))),
    ("recurring", "规资局哪些项目是三年都报了的",
     {"op": "bl12c_every_year", "dept": GZD}),
    ("recurring", "水务局24年跟23年比 新增的是哪个项目",
     {"op": "bl12c_new_projects", "dept": SWD, "a": 2023, "b": 2024, "which": "new"}),
    ("recurring", "交通委23和24两年都报了哪些项目 | 这些里面哪个预算涨得最多 涨了多少",
     {"op": "bl12c_max_change", "dept": JTD, "a": 2023, "b": 2024, "metric": "budget", "order": "desc"}),
    ("recurring", "不动产登记22年预算多少 | 24年呢 | 两年比涨了百分之几",
     {"op": "bl11c_growth", "a": GZ(2022, "不动产"), "b": GZ(2024, "不动产"), "metric": "budget",
      "direction": "up"}),

    # --- rankings --------------------------------------------------------------------------------
    ("ranking", "嗯 全部局全部年份里 执行率最低的三个项目",
     RANK("rate", "asc", 3)),
    ("ranking", "24年预算最大的是哪个项目 所有局一起看",
     RANK("budget", "desc", scope=Y(2024))),
    ("ranking", "规资局24年的项目按预算排一下 | 排第三的是哪个",
     ONE("GZ", 2024, NTH("budget", "desc", 3))),
    ("ranking", "水务局23年供水水质监测 执行率在局里从高到低排第几",
     AT("SW", 2023, {"op": "position", "project": SW(2023, "供水水质"), "metric": "rate", "order": "desc",
                     "scope": S("SW", 2023)})),
    ("ranking", "看一下交通委24年 | 执行率最高的是哪个",
     ONE("JT", 2024, RANK("rate", "desc"))),

    # --- totals and counts ------------------------------------------------------------------------
    ("totals", "库里现在总共多少个项目 所有局所有年份",
     COUNT()),
    ("totals", "规资局每年预算多少 | 三年加起来呢",
     SUM("budget", scope=S("GZ"))),
    ("totals", "每个局分别报了几个项目 年份合一起算",
     PER("dept", "count")),
    ("totals", "绿容局24年总预算多少 其中财政拨款合计多少",
     ONE("LR", 2024, BOTH(SUM("budget", scope=S("LR", 2024)), SUM("approp", scope=S("LR", 2024))))),
    ("totals", "所有项目里 优 良 中 各有多少个",
     GRADES()),

    # --- conditions ------------------------------------------------------------------------------
    ("conditions", "预算超过三千万的项目有哪些",
     FILTER(("budget", ">", 3000))),
    ("conditions", "zhixinglv不到九十的一共几个",
     COUNT(("rate", "<", 90))),
    ("conditions", "有上年结转资金的项目 列一下",
     FILTER(("carry", ">", 0.01))),
    ("conditions", "评级是良的都有哪些项目",
     FILTER(("grade", "良"))),
    ("conditions", "看下22年的项目 | 执行率九十九以上的有哪些",
     FILTER(("rate", ">", 99), scope=Y(2022))),

    # --- shares ----------------------------------------------------------------------------------
    ("shares", "绿容局24年总预算多少 | 口袋公园占了百分之多少",
     AT("LR", 2024, SHARE(LR(2024, "口袋公园"), "budget", S("LR", 2024)))),
    ("shares", "24年全部局的总预算里 水务局占几成",
     {"op": "bl12c_scope_share", "part": S("SW", 2024), "whole": Y(2024), "metric": "sum:budget"}),
    ("shares", "没评上优的那几个项目 预算加起来占全部预算的百分之几",
     {"op": "bl9_subset_share", "part": [("score", "<", 90)], "metric": "budget"}),
    ("shares", "河道综合整治24年预算多少 | 占水务局当年总预算的比例呢",
     AT("SW", 2024, SHARE(SW(2024, "河道"), "budget", S("SW", 2024)))),

    # --- indicators ------------------------------------------------------------------------------
    ("indicators", "列车正点率24年实际完成多少",
     AT("JT", 2024, IND("列车正点率", "actual", scope=S("JT", 2024)))),
    ("indicators", "生态海塘建设长度 目标多少 实际做了多少",
     AT("SW", 2024, BOTH(IND("生态海塘建设长度", "target"), IND("生态海塘建设长度", "actual")))),
    ("indicators", "规资局23年 | 时效指标一共几条",
     AT("GZ", 2023, {"op": "bl11_ind_count", "level": "时效", "scope": S("GZ", 2023)})),
    ("indicators", "交通委23年扣分最多的是哪条指标 扣了几分",
     AT("JT", 2023, {"op": "bl12_top_ind", "field": "lost", "order": "desc", "scope": S("JT", 2023)})),
    ("indicators", "公路养护23年的 | MQI那条实际多少分",
     AT("JT", 2023, IND("MQI", "actual", scope=S("JT", 2023)))),

    # --- lost points -----------------------------------------------------------------------------
    ("lost_points", "交通委23年哪个项目得分最低 | 它哪几条指标扣了分 各扣多少",
     AT("JT", 2023, LOST_ROWS(JT(2023, "公路养护")))),
    ("lost_points", "所有项目的指标扣分加起来 一共扣了多少分",
     SUM("ind_lost")),
    ("lost_points", "河道综合整冶22年为啥扣分",
     AT("SW", 2022, LOST_ROWS(SW(2022, "河道"), "征地动迁"))),
    ("lost_points", "生活垃圾分类那个项目 | 扣分原因是啥",
     AT("LR", 2024, LOST_ROWS(LR(2024, "垃圾分类"), "调试延期"))),

    # --- goal and result texts ---------------------------------------------------------------------
    ("texts", "规资局23年执行率最低的是哪个 | 完成情况里怎么解释的",
     AT("GZ", 2023, TEXT(GZ(2023, "信息化"), "result_text", "硬件采购"))),
    ("texts", "口袋公园那个项目 年度目标写的什么",
     AT("LR", 2024, TEXT(LR(2024, "口袋公园"), "goal_text", "120座"))),
    ("texts", "景观照明运维 完成情况里提到哪个重大活动了",
     AT("LR", 2024, TEXT(LR(2024, "景观照明"), "result_text", "进博会"))),

    # --- data quality -----------------------------------------------------------------------------
    ("data_quality", "环境局24年的表 哪些项目有数是按规则补出来的 不是原文读到的",
     AT("ST", 2024, {"op": "restored", "scope": S("ST", 2024)})),
    ("data_quality", "有没有目标值符号录错的指标 在哪些项目里",
     {"op": "flagged", "kinds": ["operator_contradiction"]}),
    ("data_quality", "环境局24年那个名称缺失的项目 预算多少",
     FD("ST", 2024, 11, "budget")),

    # --- comparisons ------------------------------------------------------------------------------
    ("compare", "规资局跟shuiwu局 24年哪个整体执行率高",
     {"op": "bc3_groups", "metric": "overall", "groups": [S("GZ", 2024), S("SW", 2024)], "contains": ["水务"]}),
    ("compare", "交通委24年总预算多少 | 比23年多了多少",
     SGAP("sum:budget", S("JT", 2024), S("JT", 2023))),
    ("compare", "所有年份合起来看 哪个局整体执行率最差",
     {"op": "fc3_best_group", "by": "dept", "metric": "overall", "order": "asc", "contains": ["交通"]}),
    ("compare", "规资局23年总预算多少 | 跟水务局同一年比 谁多 多多少",
     {**SGAP("sum:budget", S("GZ", 2023), S("SW", 2023)), "contains": ["水务"]}),

    # --- yes / no ----------------------------------------------------------------------------------
    ("yes_no", "公路养护23年是中 | 24年评上优了没",
     FD("JT", 2024, "公路养护", "grade")),
    ("yes_no", "水务局22年有没有评良的项目",
     ONE("SW", 2022, FILTER(("grade", "良")))),
    ("yes_no", "交通委24年有没有得分低于九十八的项目",
     ONE("JT", 2024, FILTER(("score", "<", 98)))),
    ("yes_no", "垃圾分类那个评上优了吗 没有的话还差几分",
     AT("LR", 2024, {"op": "bl12_grade_line", "project": LR(2024, "垃圾分类"), "grade": "优",
                     "direction": "below"})),

    # --- follow-ups that lean on the previous answer --------------------------------------------------
    ("followup", "水务局23年执行率最低的项目是哪个 | 它为什么扣分",
     AT("SW", 2023, LOST_ROWS(SW(2023, "供水水质"), "检测设备"))),
    ("followup", "规资局24年有哪些项目 | 去掉国土空间规划编制 剩下的预算合计多少",
     ONE("GZ", 2024, SUM("budget", exclude=[GZ(2024, "国土空间")]))),
    ("followup", "24年得分最低的三个项目 | 这三个预算加起来多少",
     {"op": "bl9_top_sum", "metric": "score", "order": "asc", "n": 3, "of": "sum:budget", "scope": Y(2024)}),
    ("followup", "规资局22年的项目 | 执行率最高的是哪个 | 它23年执行率多少",
     FD("GZ", 2023, "不动产", "rate")),
    ("followup", "交通委23年有几个项目 | 各等级分别几个",
     ONE("JT", 2023, GRADES())),

    # --- found=false: the department-year is not stored ------------------------------------------------
    ("not_stored", "交通委22年整体执行率多少",
     NONE("交通委只有 2023、2024 年")),
    ("not_stored", "绿容局23年项目预算合计多少",
     NONE("绿容局只有 2024 年")),
    ("not_stored", "环境局二二年报了几个项目",
     NONE("生态环境局只有 2023、2024 年")),
    ("not_stored", "规资局2021年国土空间规划编制执行率",
     NONE("规资局只有 2022–2024 年")),
    ("not_stored", "水务局明年河道整治预算打算安排多少",
     NONE("将来的年度没有报告")),
    ("not_stored", "市教委24年项目执行率怎么样",
     NONE("库里没有教委的报告")),
    ("not_stored", "绿容局24年总预算 | 那前一年呢",
     NONE("绿容局 2023 年未入库")),
    ("not_stored", "交通委23年公路养护得分多少 | 那再往前一年呢",
     NONE("交通委 2022 年未入库")),
    ("not_stored", "25年各局整体执行率出来了吗 多少",
     NONE("2025 年没有报告")),
    ("not_stored", "22年交通委执行率最低的是哪个项目",
     NONE("交通委 2022 年未入库")),

    # --- found=false: the project was not reported that year ------------------------------------------
    ("not_reported", "耕地保护那个项目23年执行率多少",
     NONE("规资局 2023 年没有报耕地保护项目（只有 2022、2024）")),
    ("not_reported", "防汛泵闸23年得分多少 | 24年的呢",
     NONE("防汛泵闸设施运行维护只在 2022、2023 年")),
    ("not_reported", "海塘堤防巡查养护22年预算多少",
     NONE("海塘堤防巡查养护只在 2024 年")),
    ("not_reported", "环境局23年大气那个项目预算多少",
     NONE("生态环境局 2023 年只有四个项目，没有大气")),
    ("not_reported", "内河航道疏浚维护24年执行率 | 23年的呢",
     NONE("内河航道疏浚维护只在 2024 年")),
    ("not_reported", "地质灾害防治22年扣分没",
     NONE("地质灾害防治与地面沉降监测只在 2023、2024 年")),
    ("not_reported", "水务局24年第五个项目预算多少",
     NONE("水务局 2024 年只有 4 个项目")),
    ("not_reported", "规划资源信息化22年执行率",
     NONE("规划资源信息化系统运维只在 2023、2024 年")),

    # --- found=false: a field or a period the tables lack ---------------------------------------------
    ("no_field", "公路养护23年的项目负责人是谁",
     NONE("自评表没有项目负责人")),
    ("no_field", "河道综合整治24年执行率 | 上半年的执行率呢",
     NONE("自评表只有全年执行数，没有半年数")),
    ("no_field", "规资局24年各项目用的什么采购方式",
     NONE("自评表没有采购方式")),
    ("no_field", "水务局23年一季度支出进度怎么样",
     NONE("自评表没有季度数")),
    ("no_field", "出租汽车行业监管24年请的哪家第三方评价机构",
     NONE("自评表没有评价机构")),
    ("no_field", "交通委23年各项目签的合同金额多少",
     NONE("自评表没有合同金额")),
    ("no_field", "城市绿地养护24年的资金是几月份拨付到位的",
     NONE("自评表没有拨付时间")),
]
