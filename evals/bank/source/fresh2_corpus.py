"""A fresh blind set over the eleven-report store of ``corpus.py`` (the sample + evals/documents/corpus/*.pdf:
规资局 2022–24, 交通委 2023–24, 水务局 2022–24, 绿容局 2024, 生态环境局 2023–24; 64 projects).

Written without reading or running the assistant, in phrasings of its own: meeting-room shorthand, filler
(帮我查下, 那个啥, 麻烦看一眼), homophones and slips (输浚, 景关, 防止), spoken numbers (九成九, 两百万, 八十五点五,
百分之九十五), two-digit years, follow-ups (第二个, 倒数第二, 去掉它, 它们加起来, 那水务局呢, 23年的呢) and questions
across departments and years. About 29% (21 of 72) are questions the data cannot answer: periods (三季度, 上半年, 12月份), future
years and predictions, fields the table lacks, department-years not stored, and near misses that twist one detail
(专项债, 中央资金, 按季度, 市级/区级, 部门总支出).

Readings: 预算 = 全年预算数 of 年度资金总额; 得分 = 总分; 整体执行率/支出进度 = Σ执行/Σ预算; a question naming no
department or year is about all eleven reports; "两年/三年/这几年/历年" of a department takes every stored year of it.
Differences use ``fc2_gap`` (two projects) and ``fc2_scope_gap`` (two scopes), appended to oracle.py.
"""

from evals.bank.source.corpus import GAP, SGAP
from evals.bank.source.corpus import (  # noqa: F401  (DEPTS/STORED document the store)
    AT, COUNT, DEPTS, FD, FILTER, GZ, JT, MEAN, ONE, OVERALL, PER, RANK, STORED, SUM, SW, S, Y, store_paths,
)
from evals.bank.source.sample import NONE, NTH, F

PREFIX = "fc2"
DOCUMENT = "*"
WITH_STORE = True


QUESTIONS = [
    # --- a named project's figures in a department-year --------------------------------------
    ("figure", "帮我查下规资局22年耕地保护那个项目预算", FD("GZ", 2022, "耕地", "budget")),
    ("figure", "水务局二三年供水水质监测执行率多少", FD("SW", 2023, "供水", "rate")),
    ("figure", "不动产登记23年年初预算和调整后的预算分别多少", FD("GZ", 2023, "不动产", "initial", "budget")),
    ("figure", "口袋公园预算没花完的还剩多少", F("口袋", "unexecuted")),
    ("figure", "水生态环境综合管理23年当年财政拨款多少", FD("ST", 2023, "水生态", "approp")),
    # --- slips and homophones ------------------------------------------------------------------
    ("typo", "那个啥 交通委24年内河航道输浚的执行数", FD("JT", 2024, "航道", "executed")),
    ("typo", "麻烦看一眼 景关照明得了几分", F("景观照明", "score")),
    ("typo", "地质灾害防止24年执行率", FD("GZ", 2024, "地质", "rate")),
    # --- rankings ------------------------------------------------------------------------------
    ("ranking", "水务局二四年预算从高到低前两个", ONE("SW", 2024, RANK("budget", "desc", 2))),
    ("ranking", "23年预算最多的前三个项目 所有局放一起排", RANK("budget", "desc", 3, scope=Y(2023))),
    ("ranking", "绿容局执行率倒数第二是哪个", ONE("LR", 2024, NTH("rate", "asc", 2))),
    # --- filters, thresholds, ranges, spoken numbers --------------------------------------------
    ("filter", "交通委这两年预算过千万的项目", FILTER(["budget", ">", 1000], scope=S("JT"))),
    ("compound", "2023年度得分低于九十九点五而且预算超五百万的", FILTER(["score", "<", 99.5], ["budget", ">", 500], scope=Y(2023))),
    ("range", "得分八十五点五以上九十以下的有哪些", FILTER(["score", ">", 85.5], ["score", "<", 90])),
    ("spoken_number", "两百万以下的项目有哪些", FILTER(["budget", "<", 200])),
    ("spoken_number", "23年执行率不到百分之九十五的", FILTER(["rate", "<", 95], scope=Y(2023))),
    ("spoken_number", "规资局24年执行率九成九以上的", ONE("GZ", 2024, FILTER(["rate", ">", 99]))),
    # --- counts, sums, averages, overall rates -------------------------------------------------
    ("count", "评为良的一共几个", COUNT(["grade", "良"])),
    ("count", "水务局三年里调整过预算的项目有几个", COUNT(["changed_budget"], scope=S("SW"))),
    ("sum", "交通委两年预算加一块多少", SUM("budget", scope=S("JT"))),
    ("average", "水务局22年平均每个项目预算多少", ONE("SW", 2022, MEAN("budget"))),
    ("overall_rate", "交通委两年合起来执行率 总执行除以总预算", OVERALL(scope=S("JT"))),
    ("overall_rate", "22年整体支出进度", OVERALL(scope=Y(2022))),
    ("exclusion", "交通委23年除开公路养护 整体执行率多少", ONE("JT", 2023, OVERALL(exclude=["公路"]))),
    ("exclusion", "24年除了河道整治和口袋公园 预算最大的项目",
     RANK("budget", "desc", scope=Y(2024), exclude=[SW(2024, "河道"), "口袋"])),
    # --- rank position, differences ------------------------------------------------------------
    ("rank_position", "口袋公园执行率在绿容局里从高到低排第几",
     ONE("LR", 2024, {"op": "position", "project": "口袋", "metric": "rate", "order": "desc"})),
    ("difference", "国土空间规划编制24年比22年预算多了多少", GAP("budget", GZ(2024, "国土"), GZ(2022, "国土"))),
    ("difference", "规资局24年总预算比23年多多少", SGAP("sum:budget", S("GZ", 2024), S("GZ", 2023))),
    ("difference", "交通委跟水务局24年整体执行率差几个点", SGAP("overall", S("JT", 2024), S("SW", 2024))),
    # --- indicators, lost points, texts --------------------------------------------------------
    ("indicator", "轨交24年列车正点率目标定的多少",
     ONE("JT", 2024, {"op": "indicator", "name": "列车正点率", "field": "target"})),
    ("indicator", "居住区分类达标率实际做到多少", {"op": "indicator", "name": "居住区分类达标率", "field": "actual"}),
    ("lost_points", "河道整治22年哪些指标没达标 各扣多少", AT("SW", 2022, {"op": "lost_rows", "project": SW(2022, "河道")})),
    ("text", "公路养护23年咋没完成 啥原因",
     AT("JT", 2023, {"op": "text", "project": JT(2023, "公路"), "field": "result_text", "contains": ["管线搬迁"]})),
    ("text", "海塘那个项目年度目标是啥", {"op": "text", "project": "海塘", "contains": ["520公里"]}),
    # --- follow-ups ----------------------------------------------------------------------------
    ("follow_up", "水务局23年执行率从低到高前三|第二个的预算是多少", AT("SW", 2023, F(SW(2023, "河道"), "budget"))),
    ("follow_up", "规资局24年预算前三|它们加起来多少",
     AT("GZ", 2024, {"op": "combined", "metric": "budget", "projects": [GZ(2024, "国土"), GZ(2024, "测绘"), GZ(2024, "信息化")]})),
    ("follow_up", "24年得分最低的项目|去掉它再看最低的", RANK("score", "asc", scope=Y(2024), exclude=["垃圾"])),
    ("follow_up", "绿容局预算最少的|倒数第二呢", ONE("LR", 2024, NTH("budget", "asc", 2))),
    ("follow_up", "水务局三年里执行率最低的是哪个|排除掉它呢", RANK("rate", "asc", scope=S("SW"), exclude=[SW(2022, "河道")])),
    ("follow_up", "公路养护管理23年得分|跟24年差多少", GAP("score", JT(2024, "公路"), JT(2023, "公路"))),
    # --- switching department or year ----------------------------------------------------------
    ("switch", "交通委24年有几个项目|那水务局呢", ONE("SW", 2024, COUNT())),
    ("switch", "22年整体执行率|23年呢|24年呢", OVERALL(scope=Y(2024))),
    ("switch", "规资局23年有指标扣分的项目|交通委同一年呢", ONE("JT", 2023, FILTER(["lost_indicator"]))),
    # --- one answer per group ------------------------------------------------------------------
    ("per_group", "每个局一共有多少张项目自评表 分开说", PER("dept", "count")),
    ("per_group", "各年度得分最低的项目分别是哪个", PER("year", "score", "asc")),
    ("per_group", "23年每个局的平均得分", PER("dept", "mean:score", scope=Y(2023))),
    # --- recurring projects, implementers ------------------------------------------------------
    ("recurring", "水文监测站网三年里哪年得分最低", RANK("score", "asc", where=[["name", "水文监测"]])),
    ("recurring", "测绘院那个项目历年预算|哪年最多", RANK("budget", "desc", where=[["name", "基础测绘"]])),
    ("recurring", "不动产登记这几年执行率的平均值", MEAN("rate", where=[["name", "不动产登记"]])),
    ("implementer", "水利管理事务中心的项目三年得分分别多少", FILTER(["implementer", "水利管理事务中心"], show="score")),
    ("implementer", "信息中心实施的项目24年预算合计", SUM("budget", where=[["implementer", "信息中心"]], scope=Y(2024))),
    # --- what the data cannot answer -----------------------------------------------------------
    ("unanswerable_period", "规资局24年第三季度的执行情况", NONE("只有全年数，没有季度数")),
    ("unanswerable_period", "交通委23年上半年支出进度咋样", NONE("只有全年数")),
    ("unanswerable_period", "口袋公园12月份花了多少钱", NONE("没有月度数")),
    ("unanswerable_future", "水务局2025年预算安排多少", NONE("没有 2025 年度")),
    ("unanswerable_future", "绿容局明年执行率能不能到九成九", NONE("预测，表中无下一年度")),
    ("unanswerable_future", "公路养护管理26年预算会不会增加", NONE("没有 2026 年度")),
    ("unanswerable_field", "公路养护管理24年是哪家中标的", NONE("表中无中标单位")),
    ("unanswerable_field", "规资局24年这些项目采购方式都是啥", NONE("表中无采购方式")),
    ("unanswerable_field", "基础测绘项目联系人电话给我一下", NONE("表中无联系人电话")),
    ("unanswerable_field", "河道综合整治23年合同金额和实际结算差多少", NONE("表中无合同金额、结算额")),
    ("unanswerable_scope", "绿容局2023年度整体执行率", NONE("绿容局只有 2024 年度")),
    ("unanswerable_scope", "交通委22年出租车监管预算", NONE("交通委只有 2023、2024 年度")),
    ("unanswerable_scope", "卫健委24年执行率最低的项目", NONE("库里没有卫健委")),
    ("unanswerable_scope", "水务局24年预算最多的项目|那21年的呢", NONE("水务局只有 2022–2024 年度")),
    ("unanswerable_scope", "规资局24年整体执行率|那浦东新区规资局呢", NONE("库里只有上海市规划和自然资源局")),
    ("unanswerable_twist", "水务局23年专项债资金用了多少", NONE("表中资金按财政拨款/上年结转/其他资金分，无专项债")),
    ("unanswerable_twist", "口袋公园中央资金部分执行了多少", NONE("表中无中央/地方资金之分")),
    ("unanswerable_twist", "规资局23年信息化运维执行率按季度拆开看", NONE("只有全年执行率")),
    ("unanswerable_twist", "公路养护管理24年财政拨款里市级和区级各多少", NONE("表中无市级/区级之分")),
    ("unanswerable_twist", "生态环境局23年项目支出占部门总支出的比例", NONE("表中无部门总支出")),
    ("unanswerable_twist", "林业有害生物防治执行率比去年提高了多少", NONE("绿容局只有 2024 年度，无上年可比")),
]
