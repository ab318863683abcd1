"""Blind set over the eleven-report store (the sample + the ten corpus PDFs), written without reading or running the
assistant and without seeing any other set's questions (helpers only).

Store and selectors as in ``corpus.py``: GZ/JT/SW/LR/ST(year, word_or_seq) pick inside one department-year; a
question whose answer lies in one report is asked about that report (``AT``/``FD``/``ONE``), the rest use "*".
Stressed here: staff shorthand and misheard department names (规资局, 贵资局, 交委, 交通为, 水雾局, shuiwu局, lvrong局,
生态局), departments named by a project's 实施单位 (测绘院, 公路事务中心, 海塘管理事务中心, 信息中心), recurring projects
across years and their change in percent (op ``bl11c_growth``), year-to-year gaps of a department's totals, the
worst department of a year, per-year and per-department answers, spoken numbers (九成五, 两千万, 百分之九十九),
follow-ups that lean on the previous answer (其中, 第二个, 去掉最低的, 它们合计, 前年/去年, 换成…), and refusals that sound
answerable: a project asked in a year it was not reported, a department-year not stored (交委22年, 绿容局23年,
生态局21/22年), periods (上半年, 三季度, 12月, 十三五), the future, and fields the table lacks (中标单位, 合同金额, 采购方式,
编制, 负责人, 供应商).
Each entry: (family, question, spec); the spec language is evals/bank/oracle.py.
"""

from evals.bank.source.corpus import (AT, FD, GAP, GZ, JT, LR, ONE, OVERALL, PER, SGAP, ST, SW, SUM, COUNT, FILTER,
                                      MEAN, RANK, S, Y, store_paths)
from evals.bank.source.sample import NONE, F

__all__ = ["store_paths"]

PREFIX = "bl11c"
DOCUMENT = "*"
WITH_STORE = True


def GROWTH(metric, a, b, direction="up", **kw):
    """|b − a| / a × 100 between two selectors (one project, two years) or two scopes (metric "sum:<m>")."""
    return {"op": "bl11c_growth", "metric": metric, "a": a, "b": b, "direction": direction, **kw}


def WORST(metric, order, contains, **kw):
    """The best/worst department (``by`` dept) of the rows the scope keeps (op fc3_best_group)."""
    return {"op": "fc3_best_group", "by": "dept", "metric": metric, "order": order, "contains": contains, **kw}


def IND(name, field=None, **kw):
    spec = {"op": "indicator", "name": name, **kw}
    if field:
        spec["field"] = field
    return spec


QUESTIONS = [
    # --- departments said short or misheard -------------------------------------------------------------------
    ("department_short", "绿容局报上来的都有哪些项目 | 里头执行率垫底的是哪个",
     ONE("LR", 2024, RANK("rate", "asc"))),
    ("department_short", "交委24年一共几个项目来着 平均得分多少",
     ONE("JT", 2024, {"op": "fr3_both", "parts": [
         {"op": "count", "where": [], "scope": S("JT", 2024)},
         {"op": "mean", "metric": "score", "scope": S("JT", 2024)}]})),

    # --- a department named by its 实施单位 --------------------------------------------------------------------
    ("implementer", "公路事务中心那个项目23年得了几分 评的啥等级",
     FD("JT", 2023, "公路", "score", "grade")),
    ("implementer", "海塘管理事务中心实施的那个项目得分多少 | 哪几个指标扣了分 为啥扣的",
     AT("SW", 2024, {"op": "lost_rows", "project": SW(2024, "海塘"), "contains": ["窗口期"]})),
    ("implementer", "各个信息中心负责的项目 24年执行率分别多少",
     FILTER(["implementer", "信息中心"], scope=Y(2024), show="rate")),

    # --- recurring projects across years ----------------------------------------------------------------------
    ("recurring", "河道综合整治22年跟24年执行率各是多少 差了多少",
     GAP("rate", SW(2022, "河道"), SW(2024, "河道"))),
    ("recurring", "国土空间规划编制哪一年得分最低 几分",
     RANK("score", "asc", where=[["name", "国土空间规划"]])),
    ("recurring", "水文监测站网运行维护22年预算多少 | 24年呢 | 涨了多少",
     GAP("budget", SW(2022, "水文"), SW(2024, "水文"))),
    ("recurring", "公路养护管理两年的预算各多少 | 24年比23年涨了百分之几",
     GROWTH("budget", JT(2023, "公路"), JT(2024, "公路"))),
    ("recurring", "规资局耕地保护那个项目22年执行率多少 | 它24年的呢",
     FD("GZ", 2024, "耕地", "rate")),
    ("recurring", "河道综合整治这三年合在一起整体执行率多少",
     OVERALL(where=[["name", "河道综合整治"]], scope=S("SW"))),

    # --- a department's totals from year to year --------------------------------------------------------------
    ("year_scope", "规资局24年的总预算比23年多了多少",
     SGAP("sum:budget", S("GZ", 2024), S("GZ", 2023))),
    ("year_scope", "shuiwu局22年项目预算总额多少 | 23年的比它增长了百分之多少",
     GROWTH("sum:budget", S("SW", 2022), S("SW", 2023))),

    # --- per department / per year ----------------------------------------------------------------------------
    ("per_group", "24年每个局各自得分最低的是哪个项目",
     {"op": "per_group", "metric": "score", "order": "asc", "scope": Y(2024)}),
    ("per_group", "各年度分别几个项目 | 那每年的整体执行率呢",
     PER("year", "overall")),
    ("per_group", "每个局历年的预算总额各是多少 按局列一下",
     PER("dept", "sum:budget")),
    ("per_group", "24年各局整体执行率看一下 | 哪个局最差 多少",
     WORST("overall", "asc", ["生态环境局"], scope=Y(2024))),

    # --- the whole store --------------------------------------------------------------------------------------
    ("whole_store", "所有报告里面执行率最低的项目 | 它是哪个单位实施的",
     AT("JT", 2023, F(JT(2023, "公路"), "implementer"))),
    ("whole_store", "全部报告里评级为良的一共几个",
     COUNT(["grade", "良"])),
    ("whole_store", "库里所有局所有年份加一起 整体执行率是多少",
     OVERALL()),

    # --- one figure -------------------------------------------------------------------------------------------
    ("figure", "帮我看下交委24年内河航道疏浚的上年结转是多少",
     FD("JT", 2024, "航道", "carry")),
    ("figure", "lvrong局城市绿地养护 年初预算和全年执行数",
     FD("LR", 2024, "绿地", "initial", "executed")),

    # --- typos and homophones ---------------------------------------------------------------------------------
    ("typo", "水雾局24年海糖堤防那个得了多少分",
     FD("SW", 2024, "海塘", "score")),
    ("typo", "贵资局22年耕地保户项目预算多少",
     FD("GZ", 2022, "耕地", "budget")),
    ("typo", "交通为24年出组汽车行业监管只行率",
     FD("JT", 2024, "出租", "rate")),

    # --- spoken numbers ---------------------------------------------------------------------------------------
    ("spoken_number", "23年各个局执行率不到九成五的项目都有哪些",
     FILTER(["rate", "<", 95], scope=Y(2023))),
    ("spoken_number", "24年预算超过两千万的项目有几个",
     COUNT(["budget", ">", 2000], scope=Y(2024))),

    # --- rankings and rank positions --------------------------------------------------------------------------
    ("ranking", "规资局24年都有哪些项目 | 执行率从低往高排 前三个",
     ONE("GZ", 2024, RANK("rate", "asc", 3))),
    ("rank_position", "交委24年内河航道疏浚那个 预算在交委排老几",
     ONE("JT", 2024, {"op": "position", "project": JT(2024, "航道"), "metric": "budget", "order": "desc"})),
    ("rank_position", "24年全部项目按预算从高往低排 测绘院那个排第几",
     {"op": "position", "project": GZ(2024, "测绘"), "metric": "budget", "order": "desc", "scope": Y(2024)}),

    # --- counts, sums, overall rates --------------------------------------------------------------------------
    ("count", "24年有其他资金来源的项目几个",
     COUNT(["other", ">", 1], scope=Y(2024))),
    ("sum", "交委两年的当年财政拨款加起来多少",
     SUM("approp", scope=S("JT"))),
    ("overall_rate", "绿容局五个项目的预算和执行数 | 整体执行率算一下",
     ONE("LR", 2024, OVERALL())),
    ("overall_rate", "shuiwu局22年整体执行率 | 23年呢",
     ONE("SW", 2023, OVERALL())),

    # --- compound conditions, exclusions, ranges --------------------------------------------------------------
    ("compound", "24年预算一千万以上 执行率又没到百分之九十九的项目",
     FILTER(["budget", ">", 1000], ["rate", "<", 99], scope=Y(2024))),
    ("compound", "23年那些中途调整过预算 而且得分还在九十九以上的项目",
     FILTER(["changed_budget"], ["score", ">", 99], scope=Y(2023))),
    ("exclusion", "交委23年除了公路养护 另外几个项目执行率的平均值",
     ONE("JT", 2023, MEAN("rate", exclude=["公路"]))),
    ("exclusion", "规资局23年执行率最低的是哪个 | 把它去掉再算整体执行率",
     ONE("GZ", 2023, OVERALL(exclude=["信息化"]))),
    ("range", "24年执行率在九十五到九十八之间的项目",
     FILTER(["rate", ">", 95], ["rate", "<", 98], scope=Y(2024))),

    # --- shares and averages ----------------------------------------------------------------------------------
    ("share", "水务局23年总预算多少 | 河道综合整治占了百分之几",
     ONE("SW", 2023, {"op": "share", "project": "河道", "metric": "budget"})),
    ("average", "规资局24年六个项目平均得分",
     ONE("GZ", 2024, MEAN("score"))),

    # --- indicators by their own name -------------------------------------------------------------------------
    ("indicator", "疏浚土资源化利用率 目标定的多少 实际做到多少",
     AT("JT", 2024, {"op": "fr3_both", "parts": [IND("疏浚土资源化利用率", "target"),
                                                  IND("疏浚土资源化利用率", "actual")]})),
    ("indicator", "公路技术状况指数MQI 23年那个指标扣了几分",
     AT("JT", 2023, IND("公路技术状况指数", "lost", scope=S("JT", 2023)))),
    ("indicator_count", "规资局23年信息化运维有几个指标扣了分",
     FD("GZ", 2023, "信息化", "n_lost_indicators")),

    # --- lost points and reasons ------------------------------------------------------------------------------
    ("lost_points", "绿容局垃圾分类那个项目 哪些指标扣分了 原因是啥",
     AT("LR", 2024, {"op": "lost_rows", "project": "垃圾", "contains": ["老旧小区"]})),
    ("lost_points", "交委23年公路养护一共丢了多少分",
     FD("JT", 2023, "公路", "lost")),
    ("lost_points", "规资局23年哪个项目得分最低 | 它主要扣在哪几个指标上",
     AT("GZ", 2023, {"op": "lost_rows", "project": GZ(2023, "信息化")})),

    # --- texts and topics -------------------------------------------------------------------------------------
    ("text", "24年那个地面沉降监测的项目 目标是啥",
     AT("GZ", 2024, {"op": "text", "project": GZ(2024, "沉降"), "contains": ["6毫米"]})),
    ("text", "林业有害生物防治 重点防的是什么虫子",
     AT("LR", 2024, {"op": "text", "project": "林业", "contains": ["美国白蛾"]})),
    ("topic", "24年跟信息化运维有关的项目都有哪些",
     {"op": "topic", "words": ["信息化"], "scope": Y(2024)}),

    # --- follow-ups leaning on the previous answer ------------------------------------------------------------
    ("follow_up", "水务局23年预算最高的三个项目 | 其中执行率最低的是哪个",
     ONE("SW", 2023, RANK("rate", "asc", exclude=[4, 5]))),
    ("follow_up", "24年执行率最低的三个项目 | 第二个是哪个单位的 预算多少",
     {**FD("ST", 2024, 12, "budget"), "contains": ["生态环境局"]}),
    ("follow_up", "交委24年都有哪些项目 | 它们执行数合计多少",
     ONE("JT", 2024, SUM("executed"))),
    ("follow_up", "23年得分最低的三个项目 | 去掉最低的那个 剩下两个预算合计",
     {"op": "combined", "projects": [GZ(2023, "信息化"), GZ(2023, "国土空间")], "metric": "budget"}),

    # --- comparisons and yes/no -------------------------------------------------------------------------------
    ("comparison", "交委24年跟规资局24年 谁的整体执行率高",
     {"op": "bc3_groups", "metric": "overall", "groups": [S("JT", 2024), S("GZ", 2024)]}),
    ("comparison", "口袋公园跟城市绿地养护 哪个执行数多 多出多少",
     ONE("LR", 2024, GAP("executed", "口袋", "绿地"))),
    ("yes_no", "绿容局有没有评级不是优的项目",
     ONE("LR", 2024, FILTER(["grade", "良"]))),
    ("yes_no", "水务局24年各项目得分情况 | 是不是每个都在98分以上",
     ONE("SW", 2024, FILTER(["score", "<", 98]))),

    # --- data quality -----------------------------------------------------------------------------------------
    ("data_quality", "生态环境局24年那份 哪些项目目标值的符号可能填错了",
     ONE("ST", 2024, {"op": "flagged", "kinds": ["operator_contradiction"]})),
    ("data_quality", "生态局24年哪些项目的评分等级原表里没有 是补出来的",
     ONE("ST", 2024, {"op": "restored_field", "field": "grade"})),

    # --- top n, then another metric over them -----------------------------------------------------------------
    ("combination", "24年预算最高的三个项目 执行数加起来多少",
     {"op": "bl9_top_sum", "metric": "budget", "order": "desc", "n": 3, "of": "sum:executed", "scope": Y(2024)}),

    # --- switches of department or year -----------------------------------------------------------------------
    ("switch", "规资局24年总预算多少 | 那交委呢",
     ONE("JT", 2024, SUM("budget"))),
    ("switch", "生态局23年执行率最低的是哪个 | 换成规资局 同一年",
     ONE("GZ", 2023, RANK("rate", "asc"))),
    ("switch", "河道综合整治24年执行率多少 | 前年呢",
     FD("SW", 2022, "河道", "rate")),
    ("switch", "交委23年整体执行率多少 | 那去年的呢",
     NONE("交委只存了2023、2024年，2022年没有")),
    ("switch", "绿容局预算最高的项目是哪个 | 23年的呢",
     NONE("绿容局只存了2024年")),
    ("switch", "水务局24年几个项目 | 那财政局呢",
     NONE("库里没有财政局的报告")),
    ("switch", "生态局23年整体执行率 | 前年的呢",
     NONE("生态环境局只存了2023、2024年，2021年没有")),

    # --- unanswerable: scope not stored -----------------------------------------------------------------------
    ("unanswerable_scope", "住建委24年执行率最低的项目是哪个",
     NONE("库里没有住建委的报告")),
    ("unanswerable_scope", "浦东新区生态环境局那份自评表 平均得分多少",
     NONE("库里没有浦东新区的报告")),
    ("unanswerable_scope", "规资局22年信息化系统运维执行率多少",
     NONE("规资局22年报告里没有信息化系统运维项目（23、24年才有）")),
    ("unanswerable_scope", "交委23年内河航道疏浚预算多少",
     NONE("内河航道疏浚维护只在交委24年报告里")),
    ("unanswerable_scope", "生态局22年大气那个项目得了几分",
     NONE("生态环境局2022年没有存")),
    ("unanswerable_scope", "水务局24年有几个项目 | 供水水质监测那个执行率多少",
     NONE("水务局24年报告里没有供水水质监测（22、23年才有）")),

    # --- unanswerable: a period the tables do not have --------------------------------------------------------
    ("unanswerable_period", "河道综合整治24年执行了多少 | 上半年执行了多少",
     NONE("自评表只有全年数，没有半年数")),
    ("unanswerable_period", "交委24年第三季度的支出进度怎么样",
     NONE("没有季度数据")),
    ("unanswerable_period", "规资局23年12月份当月执行了多少",
     NONE("没有月度数据")),
    ("unanswerable_period", "水文站网那个项目十三五期间一共花了多少",
     NONE("十三五（2016–2020）不在库里，库里是2022–2024")),

    # --- unanswerable: the future -----------------------------------------------------------------------------
    ("unanswerable_future", "规资局24年总预算多少 | 25年打算安排多少",
     NONE("2025年没有报告")),
    ("unanswerable_future", "水务局2025年河道综合整治计划整治多少公里",
     NONE("2025年没有报告")),
    ("unanswerable_future", "绿容局明年口袋公园要建多少座",
     NONE("明年的计划不在自评表里")),
    ("unanswerable_future", "交委下一年度公路养护执行率预计能到多少",
     NONE("预测不在数据里")),

    # --- unanswerable: a field the table lacks ----------------------------------------------------------------
    ("unanswerable_field", "口袋公园建设的中标单位是哪家",
     NONE("自评表没有中标单位")),
    ("unanswerable_field", "测绘院那个项目24年合同金额多少",
     NONE("自评表没有合同金额")),
    ("unanswerable_field", "公路养护管理24年采购方式是不是公开招标",
     NONE("自评表没有采购方式")),
    ("unanswerable_field", "水务局信息中心编制几个人",
     NONE("自评表没有编制人数")),
    ("unanswerable_field", "河道综合整治22年项目负责人是谁",
     NONE("自评表没有项目负责人")),
    ("unanswerable_field", "垃圾分类那个项目预算多少 | 钱具体给了哪几家供应商",
     NONE("自评表没有供应商")),
]
