"""Ninth blind set over the eleven-report store: the real sample plus the ten corpus PDFs (as corpus.py).

Store: data/samples/000_714f557b0e494d5f.txt (上海市生态环境局 2024) and evals/documents/corpus/*.pdf
(规资局 2022–2024, 交通委 2023–2024, 水务局 2022–2024, 绿容局 2024, 生态环境局 2023): 64 projects.
Written blind: without reading or running the assistant, its tests or prompts, and without seeing the
other sets' questions (helpers only). Staff chat in a meeting: short or misheard department names
(贵资局, 交委, lvrong局, shuiwu局), 实施单位 instead of the department, a project named by its work,
two-digit and spoken years (二三年), spoken numbers, follow-ups ("|", last turn graded).

Readings as corpus.py: a department with several stored years is given a year unless the question says
三年/历年/这几年/每年; single-report questions are asked about that report (``document``). Uses the
oracle ops ``bl9_top_sum`` and ``bl9_subset_share`` added with blind9.py.
"""

from evals.bank.source.blind3_corpus import IND, SHARE
from evals.bank.source.blind9 import DIFF, LOST_ROWS, PART_SHARE, RESTORED, TOPIC, TOPSUM
from evals.bank.source import corpus
from evals.bank.source.corpus import (
    GZ, JT, LR, SW, AT, COUNT, FD, FILTER, GAP, MEAN, ONE, OVERALL, PER, RANK, SGAP, SUM, S, Y,
)
from evals.bank.source.multi import POS, TEXT
from evals.bank.source.sample import NONE, NTH

PREFIX = "bc9"
DOCUMENT = "*"
WITH_STORE = True
store_paths = corpus.store_paths  # the eleven reports, as corpus.py


def BEST(by, metric, order, *words, **kw):
    """The best department or year (op fc3_best_group); ``words`` must name it."""
    return {"op": "fc3_best_group", "by": by, "metric": metric, "order": order, "contains": list(words), **kw}


QUESTIONS = [
    # --- departments said short or misheard -------------------------------------------------------------------
    ("department_short", "规资局24年一共报了几个项目", ONE("GZ", 2024, COUNT())),
    ("department_short", "lvrong局预算最大的是哪个项目", AT("LR", 2024, RANK("budget", "desc"))),
    ("department_short", "交委二三年整体执行率是多少", ONE("JT", 2023, OVERALL())),
    # --- 实施单位 ----------------------------------------------------------------------------------------------
    ("implementer", "测绘院那个项目24年执行率多少", AT("GZ", 2024, FILTER(["implementer", "测绘院"], show="rate"))),
    ("implementer", "23年各个信息中心负责实施的项目有哪些", FILTER(["implementer", "信息中心"], scope=Y(2023))),
    ("implementer", "港航事业发展中心做的那个项目 年初预算和全年预算各是多少", FD("JT", 2024, "航道", "initial", "budget")),
    # --- recurring projects across years ----------------------------------------------------------------------
    ("recurring", "河道综合整治这三年执行数加起来多少", SUM("executed", scope=S("SW"), where=[["name", "河道综合整治"]])),
    ("recurring", "国土空间规划编制哪一年得分最低", RANK("score", "asc", scope=S("GZ"), where=[["name", "国土空间规划"]])),
    ("recurring", "公路养护管理23年执行率多少|24年呢 两年差了多少", GAP("rate", JT(2023, "公路"), JT(2024, "公路"))),
    # --- year scope --------------------------------------------------------------------------------------------
    ("year_scope", "2023年度所有部门加一块有多少个项目", COUNT(scope=Y(2023))),
    # --- switches ----------------------------------------------------------------------------------------------
    ("switch", "规资局23年整体执行率|那24年呢", ONE("GZ", 2024, OVERALL())),
    ("switch", "水务局24年得分最低的项目|那23年呢", AT("SW", 2023, RANK("score", "asc"))),
    ("switch", "规资局23年得分最低的是哪个项目|那交通委呢", AT("JT", 2023, RANK("score", "asc"))),
    ("switch", "交通委24年有几个项目|22年的呢", NONE("交通委只有 2023、2024 年度")),
    ("switch", "绿容局预算合计多少|那23年的呢", NONE("绿容局只有 2024 年度")),
    ("switch", "生态环境局23年平均得分|那21年呢", NONE("没有 2021 年度的表")),
    # --- per group, best group, whole store --------------------------------------------------------------------
    ("per_group", "24年每个局执行率最低的项目分别是哪个", {"op": "per_group", "metric": "rate", "order": "asc", "scope": Y(2024)}),
    ("per_group", "各年度分别有几个项目", PER("year", "count")),
    ("per_group", "每个部门历年预算加起来各是多少", PER("dept", "sum:budget")),
    ("per_group", "哪个部门历年整体执行率最低", BEST("dept", "overall", "asc", "交通")),
    ("whole_store", "库里所有报告里得分最低的是哪个项目", RANK("score", "asc")),
    # --- figures, typos, spoken numbers ------------------------------------------------------------------------
    ("figure", "口袋公园建设的其他资金是多少", FD("LR", 2024, "口袋公园", "other")),
    ("figure", "管黄浦江两岸和苏州河沿线灯光的那个项目 花了多少钱", FD("LR", 2024, "景观照明", "executed")),
    ("typo", "贵资局22年耕地保户那个执行率", FD("GZ", 2022, "耕地", "rate")),
    ("typo", "shuiwu局24年海糖堤防巡查养护得分多少 评的什么等级", FD("SW", 2024, "海塘", "score", "grade")),
    ("spoken_number", "水务局23年预算超过一千万的项目", AT("SW", 2023, FILTER(["budget", ">", 1000]))),
    ("spoken_number", "24年预算两千万以上的项目都有哪些", FILTER(["budget", ">", 2000], scope=Y(2024))),
    # --- rankings, counts, sums, overall rates -----------------------------------------------------------------
    ("ranking", "23年得分最低的三个项目", RANK("score", "asc", 3, scope=Y(2023))),
    ("count", "评了良的项目全库一共几个", COUNT(["grade", "良"])),
    ("sum", "24年所有部门的当年财政拨款加起来多少", SUM("approp", scope=Y(2024))),
    ("overall_rate", "绿容局总体执行率", ONE("LR", 2024, OVERALL())),
    ("overall_rate", "水务局三年合在一起算 整体执行率多少", OVERALL(scope=S("SW"))),
    # --- conditions, exclusions, ranges ------------------------------------------------------------------------
    ("compound", "23年里预算调整过而且得分低于九十九的项目", FILTER(["changed_budget"], ["score", "<", 99], scope=Y(2023))),
    ("exclusion", "规资局24年除了国土空间规划编制以外 预算最高的是哪个", AT("GZ", 2024, RANK("budget", "desc", exclude=[GZ(2024, "国土空间规划")]))),
    ("exclusion", "交通委23年不算公路养护 其他几个的执行率平均值", AT("JT", 2023, MEAN("rate", exclude=[JT(2023, "公路")]))),
    ("range", "23年执行率在九成五到九成八之间的有哪些项目", FILTER(["rate", ">", 95], ["rate", "<", 98], scope=Y(2023))),
    # --- shares, averages, rank positions ----------------------------------------------------------------------
    ("share", "口袋公园一个项目占绿容局总预算的百分之几", AT("LR", 2024, SHARE(LR(2024, "口袋公园"), "budget", S("LR", 2024)))),
    ("share", "河道综合整治24年执行数占当年水务局执行数的比重", AT("SW", 2024, SHARE(SW(2024, "河道"), "executed", S("SW", 2024)))),
    ("average", "规资局三年所有项目平均得分多少", MEAN("score", scope=S("GZ"))),
    ("rank_position", "水文监测站网运行维护24年的预算在当年水务局里排第几", AT("SW", 2024, POS(SW(2024, "水文"), "budget", "desc"))),
    # --- indicators --------------------------------------------------------------------------------------------
    ("indicator", "列车正点率这个指标24年实际完成多少", AT("JT", 2024, IND("列车正点率", "actual", S("JT", 2024)))),
    ("indicator", "生态海塘建设长度目标定的是多少", AT("SW", 2024, IND("生态海塘建设长度", "target", S("SW", 2024)))),
    ("indicator_count", "公路养护管理23年有几条指标扣了分", FD("JT", 2023, "公路", "n_lost_indicators")),
    # --- lost points -------------------------------------------------------------------------------------------
    ("lost_points", "交通委23年哪个项目得分最低|它扣分的指标都是哪些 各扣几分", AT("JT", 2023, LOST_ROWS(JT(2023, "公路")))),
    ("lost_points", "规资局信息化系统运维23年一共扣了多少分", FD("GZ", 2023, "信息化", "lost")),
    # --- texts and topics --------------------------------------------------------------------------------------
    ("text", "林业有害生物防治那个项目是干嘛的", AT("LR", 2024, TEXT(LR(2024, "林业"), "goal_text", "美国白蛾"))),
    ("text", "内河航道疏浚那个 实际完成情况里怎么写的", AT("JT", 2024, TEXT(JT(2024, "航道"), "result_text", "63.5万立方米"))),
    ("topic", "帮我找下跟垃圾分类有关的项目", TOPIC("垃圾")),
    # --- follow-ups --------------------------------------------------------------------------------------------
    ("follow_up", "交通委24年执行率最低的两个项目|第二个呢", AT("JT", 2024, NTH("rate", "asc", 2))),
    ("follow_up", "绿容局得分最高的项目|去掉它呢", AT("LR", 2024, RANK("score", "desc", exclude=[LR(2024, "绿地")]))),
    ("follow_up", "规资局24年预算最少的三个项目|它们加起来多少", AT("GZ", 2024, TOPSUM("budget", "asc", 3, "sum:budget"))),
    ("follow_up", "水务局22年河道整治执行率|23年的呢|24年呢", FD("SW", 2024, "河道", "rate")),
    # --- comparisons and yes/no --------------------------------------------------------------------------------
    ("comparison", "绿地养护跟口袋公园比 谁执行的钱多", AT("LR", 2024, DIFF(LR(2024, "绿地"), LR(2024, "口袋公园"), "executed"))),
    ("comparison", "交通委23年和24年整体执行率哪年高 差多少", SGAP("overall", S("JT", 2023), S("JT", 2024))),
    ("yes_no", "交委24年有没有指标扣了分的项目", AT("JT", 2024, FILTER(["lost_indicator"]))),
    ("yes_no", "规资局22年是不是每个项目执行率都过了九成八", AT("GZ", 2022, FILTER(["rate", "<", 98]))),
    # --- data quality, combinations ----------------------------------------------------------------------------
    ("data_quality", "生态环境局24年那份表里 哪些项目有指标得分是补算出来的", AT("ST", 2024, RESTORED("indicator_score"))),
    ("combination", "24年得分最低的三个项目|预算加起来多少", TOPSUM("score", "asc", 3, "sum:budget", scope=Y(2024))),
    ("combination", "规资局这三年有指标扣分的项目 预算占规资局三年总预算的百分之几", PART_SHARE("budget", ["lost_indicator"], scope=S("GZ"))),
    # --- unanswerable: departments and years not stored -------------------------------------------------------
    ("unanswerable_scope", "财政局22年的项目得分", NONE("财政局不在库里")),
    ("unanswerable_scope", "交通委2022年整体执行率", NONE("交通委没有 2022 年度")),
    ("unanswerable_scope", "绿容局23年预算合计", NONE("绿容局只有 2024 年度")),
    ("unanswerable_scope", "生态环境局2022年有几个项目", NONE("生态环境局只有 2023、2024 年度")),
    ("unanswerable_scope", "规资局2021年国土空间规划编制得了几分", NONE("规资局没有 2021 年度")),
    # --- unanswerable: periods the table lacks ----------------------------------------------------------------
    ("unanswerable_period", "规资局24年上半年执行了多少", NONE("只有全年数")),
    ("unanswerable_period", "河道综合整治24年执行率|三季度的呢", NONE("没有季度数")),
    ("unanswerable_period", "交通委23年一月份支出多少", NONE("没有月度数")),
    ("unanswerable_period", "口袋公园前两个季度开放了几座", NONE("没有季度数")),
    # --- unanswerable: the future -----------------------------------------------------------------------------
    ("unanswerable_future", "水务局明年预算怎么安排的", NONE("没有下一年度")),
    ("unanswerable_future", "26年河道综合整治计划整治多少公里", NONE("没有 2026 年度")),
    ("unanswerable_future", "公路养护管理下一年度会不会还扣分", NONE("没有下一年度")),
    ("unanswerable_future", "规资局24年整体执行率|那25年呢", NONE("没有 2025 年度")),
    # --- unanswerable: fields the table lacks -----------------------------------------------------------------
    ("unanswerable_field", "口袋公园建设预算多少|中标单位是哪家", NONE("表里没有中标单位")),
    ("unanswerable_field", "测绘院那个项目的采购方式", NONE("表里没有采购方式")),
    ("unanswerable_field", "交通委有多少在编人员", NONE("表里没有人员编制")),
    ("unanswerable_field", "河道综合整治有没有用到专项债", NONE("表里没有专项债")),
    ("unanswerable_field", "城市绿地养护签的合同金额多少", NONE("表里没有合同金额")),
]
