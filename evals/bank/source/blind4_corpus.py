"""Blind set 4 over the eleven-report store: the real sample plus the ten corpus PDFs.

Store (same as ``corpus.py``): data/samples/000_714f557b0e494d5f.txt (上海市生态环境局
2024, 18 projects) and evals/documents/corpus/*.pdf (规资局 2022–2024, 交通委 2023–2024,
水务局 2022–2024, 绿容局 2024, 生态环境局 2023): 64 projects.

Written blind: without reading or running the assistant, its tests or the other
sets' questions. Typed as staff type during a meeting: short department names
(规资局, 交通委, 绿容局, 环境局), a project's 实施单位 instead of its department,
two-digit years, spoken amounts (两千万, 九成九, 五百万), typos and pinyin
(耕底, 景观找明, jiaotongwei), rambling background, follow-ups ("|" between
turns, only the last turn graded). Expectations come from ``evals/bank/oracle.py``.

Readings as in ``corpus.py``: 预算 = 全年预算数 of 年度资金总额; 整体执行率 =
Σ执行/Σ预算; a department with several stored years is given a year unless the
question says 三年/两年/历年/每年; a question whose answer lies in one report is
asked about that report (``AT``/``FD``/``ONE``); the rest use "*".
"""

from evals.bank.source import corpus
from evals.bank.source.blind3_corpus import IND, SHARE
from evals.bank.source.blind4 import LOST_ROWS
from evals.bank.source.corpus import (
    AT, COUNT, FD, FILTER, GAP, JT, LR, MEAN, ONE, OVERALL, PER, RANK, SUM, SW, S, Y,
)
from evals.bank.source.multi import POS, TEXT
from evals.bank.source.sample import NONE, NTH

PREFIX = "bc4"
DOCUMENT = "*"
WITH_STORE = True
store_paths = corpus.store_paths  # the eleven reports, as corpus.py


QUESTIONS = [
    # --- departments said short ----------------------------------------------------------------------------------
    ("department_short", "规资局24年预算最高的是哪个项目", ONE("GZ", 2024, RANK("budget", "desc"))),
    ("department_short", "绿容局执行率最低的项目 执行率多少", ONE("LR", 2024, RANK("rate", "asc"))),
    ("department_short", "下周要跟交通委碰头 先帮我看下 交通委23年得分垫底的是哪个", ONE("JT", 2023, RANK("score", "asc"))),
    ("department_short", "环境局23年报了几个项目", ONE("ST", 2023, COUNT())),
    # --- by 实施单位 -----------------------------------------------------------------------------------------------
    ("implementer", "测绘院负责的那个项目 三年预算加起来多少", SUM("budget", where=[["implementer", "测绘院"]])),
    ("implementer", "那个啥 港航事业发展中心做的那个项目执行率多少",
     AT("JT", 2024, FILTER(["implementer", "港航事业发展中心"], show="rate"))),
    ("implementer", "24年各个信息中心实施的项目有哪些", FILTER(["implementer", "信息中心"], scope=Y(2024))),
    # --- recurring projects over years ---------------------------------------------------------------------------
    ("recurring", "河道综合整治这三年 哪一年执行率最低", RANK("rate", "asc", where=[["name", "河道综合整治"]])),
    ("recurring", "国土空间规划编制三年的执行数一共多少", SUM("executed", where=[["name", "国土空间规划编制"]])),
    ("recurring", "公路养护24年执行率比23年高了多少个点", GAP("rate", JT(2024, "公路养护"), JT(2023, "公路养护"))),
    ("recurring", "不动产登记服务保障历年得分最高是哪一年", RANK("score", "desc", where=[["name", "不动产登记"]])),
    # --- year scope ----------------------------------------------------------------------------------------------
    ("year_scope", "22年所有项目放一起的整体执行率", OVERALL(scope=Y(2022))),
    ("year_scope", "二三年各局加起来一共多少个项目", COUNT(scope=Y(2023))),
    # --- switching department or year ----------------------------------------------------------------------------
    ("switch", "规资局24年整体执行率多少|那23年呢", ONE("GZ", 2023, OVERALL())),
    ("switch", "水务局24年预算最高的项目|交通委呢", ONE("JT", 2024, RANK("budget", "desc"))),
    ("switch", "交通委24年有几个项目|22年的呢", NONE("交通委只存了 2023、2024 年")),
    ("switch", "绿容局24年执行率最低的是哪个|那23年的呢", NONE("绿容局只存了 2024 年")),
    ("switch", "生态环境局23年得分最低的项目|21年的呢", NONE("没有 2021 年")),
    # --- per group -----------------------------------------------------------------------------------------------
    ("per_group", "24年每个局执行率最低的项目分别是哪个", {"op": "per_group", "metric": "rate", "order": "asc", "scope": Y(2024)}),
    ("per_group", "各个部门历年预算合计分别多少", PER("dept", "sum:budget")),
    ("per_group", "每一年各有几个项目", PER("year", "count")),
    ("per_group", "每个局历年执行率最低的项目是哪个", PER("dept", "rate", "asc")),
    # --- whole store ---------------------------------------------------------------------------------------------
    ("whole_store", "领导刚问到 所有报告里执行率最低的三个项目是哪些", RANK("rate", "asc", 3)),
    ("whole_store", "全部六十四个项目里预算最大的是哪个", RANK("budget", "desc")),
    ("whole_store", "不分局不分年 总分不到九十的项目一共几个", COUNT(["score", "<", 90])),
    # --- figures, typos, spoken numbers --------------------------------------------------------------------------
    ("figure", "帮我看下口袋公园建设 年初预算和全年预算各是多少", FD("LR", 2024, "口袋公园", "initial", "budget")),
    ("figure", "内河航道疏浚那个项目上年结转资金有多少", FD("JT", 2024, "航道", "carry")),
    ("typo", "规资局22年耕底保护那个执行率", FD("GZ", 2022, "耕地", "rate")),
    ("typo", "绿容局景观找明那个得了几分", FD("LR", 2024, "景观照明", "score")),
    ("typo", "jiaotongwei 24年出租车监管那个预算多少", FD("JT", 2024, "出租", "budget")),
    ("spoken_number", "23年预算两千万以上的项目有哪些", FILTER(["budget", ">", 2000], scope=Y(2023))),
    ("spoken_number", "水务局24年执行率九成九以上的是哪几个", ONE("SW", 2024, FILTER(["rate", ">", 99]))),
    # --- rankings, counts, sums, overall rates -------------------------------------------------------------------
    ("ranking", "交通委24年按预算从大到小排前三", ONE("JT", 2024, RANK("budget", "desc", 3))),
    ("ranking", "23年所有局里得分最低的三个项目", RANK("score", "asc", 3, scope=Y(2023))),
    ("count", "规资局这三年里头 有指标扣分的项目有几个", COUNT(["lost_indicator"], scope=S("GZ"))),
    ("count", "24年预算年中调整过的项目有几个 年初跟全年不一样的那种", COUNT(["changed_budget"], scope=Y(2024))),
    ("sum", "绿容局五个项目预算合计", ONE("LR", 2024, SUM("budget"))),
    ("sum", "麻烦查一下 水务局22到24年三年执行数一共多少", SUM("executed", scope=S("SW"))),
    ("overall_rate", "交通委两年合起来的整体执行率", OVERALL(scope=S("JT"))),
    ("overall_rate", "环境局23年总体资金执行率 总执行除以总预算", ONE("ST", 2023, OVERALL())),
    # --- conditions, exclusions, ranges --------------------------------------------------------------------------
    ("compound", "24年预算一千万以上 执行率又不到九十九的项目", FILTER(["budget", ">", 1000], ["rate", "<", 99], scope=Y(2024))),
    ("compound", "规资局23年 预算超过五百万但是得分不到九十六的", ONE("GZ", 2023, FILTER(["budget", ">", 500], ["score", "<", 96]))),
    ("exclusion", "水务局23年不算河道整治 预算最高的是哪个", ONE("SW", 2023, RANK("budget", "desc", exclude=[SW(2023, "河道")]))),
    ("exclusion", "交通委24年除了公路养护 其他几个执行数合计多少",
     ONE("JT", 2024, SUM("executed", exclude=[JT(2024, "公路养护")]))),
    ("range", "23年预算在五百万到一千万之间的项目列一下", FILTER(["budget", ">", 500], ["budget", "<", 1000], scope=Y(2023))),
    ("range", "交通委两年 执行率在九十八到九十九点五之间的有几个", COUNT(["rate", ">", 98], ["rate", "<", 99.5], scope=S("JT"))),
    # --- shares, averages, rank positions ------------------------------------------------------------------------
    ("share", "口袋公园占绿容局总预算的百分之多少", AT("LR", 2024, SHARE(LR(2024, "口袋公园"), "budget", S("LR", 2024)))),
    ("share", "写汇报材料要用 24年河道综合整治占水务局当年预算的比例", AT("SW", 2024, SHARE(SW(2024, "河道"), "budget", S("SW", 2024)))),
    ("average", "水务局三年所有项目执行率的平均值", MEAN("rate", scope=S("SW"))),
    ("average", "规资局24年预算高于平均水平的项目有哪些", ONE("GZ", 2024, FILTER(["above_mean", "budget"]))),
    ("rank_position", "口袋公园的预算在24年所有项目里排第几", POS(LR(2024, "口袋公园"), "budget", "desc", scope=Y(2024))),
    ("rank_position", "交通委24年 轨道交通那个得分在本局排第几", ONE("JT", 2024, POS(JT(2024, "轨道"), "score", "desc"))),
    # --- indicators ----------------------------------------------------------------------------------------------
    ("indicator", "列车正点率24年实际完成多少", AT("JT", 2024, IND("列车正点率", "actual", S("JT", 2024)))),
    ("indicator", "生态海塘建设长度这个指标扣了几分", AT("SW", 2024, IND("生态海塘", "lost", S("SW", 2024)))),
    ("indicator_count", "垃圾分类那个项目有几个指标没拿满分", FD("LR", 2024, "垃圾分类", "n_lost_indicators")),
    ("indicator_count", "规资局23年信息化运维那个一共设了几个指标", FD("GZ", 2023, "信息化", "n_indicators")),
    ("lost_points", "公路养护23年哪些指标扣了分 各扣多少", AT("JT", 2023, LOST_ROWS(JT(2023, "公路养护")))),
    ("lost_points", "垃圾分类减量那个扣分的指标和原因说一下 居民那块为啥扣",
     AT("LR", 2024, LOST_ROWS(LR(2024, "垃圾分类"), "作息"))),
    # --- texts and topics ----------------------------------------------------------------------------------------
    ("text", "林业有害生物防治那个 主要防的是什么虫", AT("LR", 2024, TEXT(LR(2024, "林业"), "goal_text", "美国白蛾"))),
    ("text", "河道整治22年为啥没完成 实际完成情况怎么写的",
     AT("SW", 2022, TEXT(SW(2022, "河道"), "result_text", "征地动迁"))),
    ("topic", "最近在弄耕保的材料 22年跟耕地有关的项目有哪些", {"op": "topic", "words": ["耕地"], "scope": Y(2022)}),
    ("topic", "跟垃圾有关的项目是哪个", {"op": "topic", "words": ["垃圾"]}),
    # --- follow-ups ----------------------------------------------------------------------------------------------
    ("follow_up", "水务局24年执行率从低到高排一下|第二个呢", ONE("SW", 2024, NTH("rate", "asc", 2))),
    ("follow_up", "交通委24年有指标扣分的项目|它们预算加起来多少",
     AT("JT", 2024, {"op": "combined", "projects": [JT(2024, "轨道"), JT(2024, "航道")], "metric": "budget"})),
    ("follow_up", "绿容局得分最低的是哪个|跟口袋公园比呢", AT("LR", 2024, GAP("score", LR(2024, "垃圾分类"), LR(2024, "口袋公园")))),
    # --- data quality --------------------------------------------------------------------------------------------
    ("data_quality", "所有报告里原文缺数 被系统补全的项目有几个", {"op": "restored", "count": True}),
    ("data_quality", "24年生态环境局哪些项目的评分等级是补出来的",
     AT("ST", 2024, {"op": "restored_field", "field": "grade", "scope": S("ST", 2024)})),
    # --- departments and years not stored ------------------------------------------------------------------------
    ("unanswerable_scope", "交通委22年公路养护的预算", NONE("交通委只存了 2023、2024 年")),
    ("unanswerable_scope", "绿容局23年的整体执行率", NONE("绿容局只存了 2024 年")),
    ("unanswerable_scope", "生态环境局22年有几个项目", NONE("生态环境局只存了 2023、2024 年")),
    ("unanswerable_scope", "规资局2021年的项目有哪些", NONE("没有 2021 年")),
    ("unanswerable_scope", "民政局24年执行率最低的项目", NONE("没有民政局")),
    ("unanswerable_scope", "杭州水务局河道整治的执行率", NONE("没有杭州")),
    ("unanswerable_scope", "财政局23年扣分的项目有哪些", NONE("没有财政局")),
    # --- periods the table lacks ---------------------------------------------------------------------------------
    ("unanswerable_period", "规资局24年上半年执行进度怎么样", NONE("只有全年数")),
    ("unanswerable_period", "水务局23年三季度河道整治花了多少", NONE("没有季度数")),
    ("unanswerable_period", "交通委24年每个月的支出帮我拉一下", NONE("没有月度数")),
    ("unanswerable_period", "绿容局一季度执行率", NONE("没有季度数")),
    # --- the future ----------------------------------------------------------------------------------------------
    ("unanswerable_future", "规资局25年预算怎么安排的", NONE("没有 2025 年")),
    ("unanswerable_future", "明年河道综合整治还有多少钱", NONE("没有以后年度的数")),
    ("unanswerable_future", "交通委26年公路养护的目标定了多少公里", NONE("没有 2026 年")),
    ("unanswerable_future", "规资局27年国土空间规划编制的预算", NONE("没有 2027 年")),
    # --- fields the table lacks ----------------------------------------------------------------------------------
    ("unanswerable_field", "口袋公园建设的中标单位是哪家", NONE("表里没有中标单位")),
    ("unanswerable_field", "公路养护那个是不是用的专项债 发了多少", NONE("表里没有专项债")),
    ("unanswerable_field", "水务局24年人员编制多少", NONE("表里没有编制")),
    ("unanswerable_field", "不动产登记那个项目采购方式是啥", NONE("表里没有采购方式")),
    ("unanswerable_field", "轨道交通安全监管那个合同哪天签的", NONE("表里没有合同日期")),
]
