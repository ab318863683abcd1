"""Fifth blind set over the eleven-report store (``corpus.store_paths``): standalone, never split.

The store holds 64 projects: the sample (上海市生态环境局 2024) and the ten corpus PDFs
(规资局 and 水务局 2022–2024, 交通委 2023–2024, 绿容局 2024, 生态环境局 2023).

Nobody who wrote it read or ran the assistant, its tests or another set's
questions. Each line is a chat message from a meeting: departments said short
(规资局, 交通委, 绿容局, 环境局, 水务), a project reached through its 实施单位 or its
work, two-digit years, amounts said aloud (四千万, 九十九点八), misheard or
pinyin words (景官照明, gui资局, 耕地保户), background before the ask, yes/no
questions, 谁更高 comparisons, and conversations of two or three turns joined by
"|" (the last turn is graded). Expectations are computed by ``evals/bank/oracle.py``.

Conventions follow ``corpus.py``: 预算 is 全年预算数 of 年度资金总额, 整体执行率 is
Σ执行/Σ预算 and 执行率的平均值 the mean of printed rates. A department stored for
several years is always named with a year unless the question spans them
(三年, 两年, 历年, 这几年). One-report questions carry that report as ``document``
(``AT``, ``FD``, ``ONE``); questions reaching several reports use "*".
"""

from evals.bank.source import corpus
from evals.bank.source.blind3_corpus import IND, SHARE
from evals.bank.source.blind4 import LOST_ROWS
from evals.bank.source.blind5 import PER_REPORT, TOPIC
from evals.bank.source.corpus import (
    AT, COUNT, FD, FILTER, GAP, GZ, LR, MEAN, ONE, OVERALL, PER, RANK, SUM, SW, S, Y,
)
from evals.bank.source.multi import POS, TEXT
from evals.bank.source.sample import NONE, NTH

PREFIX = "bc5"
DOCUMENT = "*"
WITH_STORE = True
store_paths = corpus.store_paths  # the eleven reports, as corpus.py


def BEST_GROUP(by, metric, order, *words, **kw):
    """The best department or year (op fc3_best_group); ``words`` name it."""
    return {"op": "fc3_best_group", "by": by, "metric": metric, "order": order, "contains": list(words), **kw}


QUESTIONS = [
    # --- department_short ---------------------------------------------------
    ("department_short", "规资局24年预算最高的是哪个项目", ONE("GZ", 2024, RANK("budget", "desc"))),
    ("department_short", "环境局23年那个科技与国际合作 执行率多少", FD("ST", 2023, "科技", "rate")),
    # --- implementer --------------------------------------------------------
    ("implementer", "测绘院24年那个项目全年预算多少", ONE("GZ", 2024, FILTER(["implementer", "测绘院"], show="budget"))),
    ("implementer", "港航事业发展中心负责的项目执行率多少", FILTER(["implementer", "港航"], show="rate")),
    ("implementer", "几个信息中心实施的项目加起来有几个", COUNT(["implementer", "信息中心"])),
    # --- recurring ----------------------------------------------------------
    ("recurring", "国土空间规划编制22年得了多少分|这几年里哪年最低", RANK("score", "asc", where=[["name", "国土空间规划编制"]])),
    ("recurring", "河道综合整治三年执行数一共多少", SUM("executed", where=[["name", "河道综合整治"]])),
    ("recurring", "基础测绘那个23年和24年比 谁的执行率更高", GAP("rate", GZ(2023, "测绘"), GZ(2024, "测绘"))),
    # --- year_scope ---------------------------------------------------------
    ("year_scope", "24年所有部门里头执行率最低的项目", RANK("rate", "asc", scope=Y(2024))),
    ("year_scope", "22年的报告里一共有几个项目", COUNT(scope=Y(2022))),
    # --- per_group ----------------------------------------------------------
    ("per_group", "24年每个局执行率最低的项目分别是哪个", PER_REPORT("rate", "asc", scope=Y(2024))),
    ("per_group", "各个部门历年预算合计各多少", PER("dept", "sum:budget")),
    ("per_group", "哪个局历年整体执行率最低 多少", BEST_GROUP("dept", "overall", "asc", "交通")),
    # --- whole_store --------------------------------------------------------
    ("whole_store", "库里所有项目里全年预算最大的是哪个", RANK("budget", "desc")),
    ("whole_store", "所有报告里有没有评了中的项目", FILTER(["grade", "中"])),
    # --- figure -------------------------------------------------------------
    ("figure", "口袋公园建设全年预算多少 调整前年初是多少", FD("LR", 2024, "口袋公园", "budget", "initial")),
    ("figure", "得分多少啊 就水务局24年那个海塘堤防巡查养护", FD("SW", 2024, "海塘", "score")),
    # --- typo ---------------------------------------------------------------
    ("typo", "景官照明设施运维执行率", FD("LR", 2024, "景观", "rate")),
    ("typo", "gui资局22年耕地保户那个预算多少", FD("GZ", 2022, "耕地", "budget")),
    # --- spoken_number ------------------------------------------------------
    ("spoken_number", "预算超过四千万的项目有哪些", FILTER(["budget", ">", 4000])),
    ("spoken_number", "九十五分以下的项目全部报告里有几个", COUNT(["score", "<", 95])),
    # --- ranking ------------------------------------------------------------
    ("ranking", "22年执行率最低的两个项目", RANK("rate", "asc", 2, scope=Y(2022))),
    ("ranking", "水务局24年得分倒数第二的是", ONE("SW", 2024, NTH("score", "asc", 2))),
    # --- count --------------------------------------------------------------
    ("count", "23年有指标扣了分的项目一共几个", COUNT(["lost_indicator"], scope=Y(2023))),
    ("count", "交通委24年年初预算和全年预算对不上的有几个", ONE("JT", 2024, COUNT(["changed_budget"]))),
    # --- sum ----------------------------------------------------------------
    ("sum", "绿容局几个项目执行数加起来多少", ONE("LR", 2024, SUM("executed"))),
    ("sum", "规资局三年预算一共多少钱", SUM("budget", scope=S("GZ"))),
    # --- overall_rate -------------------------------------------------------
    ("overall_rate", "交通委23年有哪些项目|整体执行率呢", ONE("JT", 2023, OVERALL())),
    ("overall_rate", "24年所有部门合起来的执行率", OVERALL(scope=Y(2024))),
    # --- compound -----------------------------------------------------------
    ("compound", "预算过千万又有指标扣了分的项目", FILTER(["budget", ">", 1000], ["lost_indicator"])),
    ("compound", "交通委两年里执行率不到九十九 但得分在九十九点八以上的", FILTER(["rate", "<", 99], ["score", ">", 99.8], scope=S("JT"))),
    # --- exclusion ----------------------------------------------------------
    ("exclusion", "规资局24年平均每个项目预算多少 国土空间规划那个不算", ONE("GZ", 2024, MEAN("budget", exclude=[GZ(2024, "国土")]))),
    ("exclusion", "水务局23年预算合计 去掉河道整治", ONE("SW", 2023, SUM("budget", exclude=[SW(2023, "河道")]))),
    # --- range --------------------------------------------------------------
    ("range", "24年预算在一千万到两千万之间的项目", FILTER(["budget", ">", 1000], ["budget", "<", 2000], scope=Y(2024))),
    ("range", "得分在九十到九十八之间的 所有报告", FILTER(["score", ">", 90], ["score", "<", 98])),
    # --- share --------------------------------------------------------------
    ("share", "口袋公园预算占绿容局总预算的百分之多少", AT("LR", 2024, SHARE(LR(2024, "口袋"), "budget", S("LR", 2024)))),
    ("share", "河道整治23年执行数在水务局当年里占多大比重", AT("SW", 2023, SHARE(SW(2023, "河道"), "executed", S("SW", 2023)))),
    # --- average ------------------------------------------------------------
    ("average", "交通委24年执行率的平均值", ONE("JT", 2024, MEAN("rate"))),
    ("average", "规资局23年哪些项目预算高于本局当年平均", ONE("GZ", 2023, FILTER(["above_mean", "budget"]))),
    # --- rank_position ------------------------------------------------------
    ("rank_position", "口袋公园的预算在24年所有项目里排第几", POS(LR(2024, "口袋"), "budget", "desc", scope=Y(2024))),
    ("rank_position", "林业有害生物防治执行率在绿容局从高到低排老几", AT("LR", 2024, POS(LR(2024, "林业"), "rate", "desc", scope=S("LR", 2024)))),
    # --- indicator ----------------------------------------------------------
    ("indicator", "列车正点率24年实际做到多少", AT("JT", 2024, IND("列车正点率", "actual", S("JT", 2024)))),
    ("indicator", "湿垃圾日处理能力实际建成了多少吨", AT("LR", 2024, IND("湿垃圾日处理能力", "actual", S("LR", 2024)))),
    # --- indicator_count ----------------------------------------------------
    ("indicator_count", "口袋公园建设设了几个绩效指标", FD("LR", 2024, "口袋公园", "n_indicators")),
    ("indicator_count", "公路养护23年有几个指标扣分", FD("JT", 2023, "公路", "n_lost_indicators")),
    # --- lost_points --------------------------------------------------------
    ("lost_points", "绿容局得分最低的那个|哪些指标扣了 为啥", AT("LR", 2024, LOST_ROWS(LR(2024, "垃圾"), "老旧小区"))),
    ("lost_points", "规资局23年信息化运维 一网通办那个指标扣了几分", AT("GZ", 2023, IND("一网通办", "lost", S("GZ", 2023)))),
    # --- text ---------------------------------------------------------------
    ("text", "林业有害生物防治重点防的是什么虫", AT("LR", 2024, TEXT(LR(2024, "林业"), "goal_text", "美国白蛾"))),
    ("text", "口袋公园24年计划新建多少座", AT("LR", 2024, TEXT(LR(2024, "口袋"), "goal_text", "120座"))),
    # --- topic --------------------------------------------------------------
    ("topic", "跟垃圾有关的项目", TOPIC("垃圾")),
    ("topic", "那个啥 航道方面的项目有没有", TOPIC("航道")),
    # --- data_quality -------------------------------------------------------
    ("data_quality", "24年哪些项目评分等级是按总分补出来的", {"op": "restored_field", "field": "grade", "scope": Y(2024)}),
    ("data_quality", "校验里目标值符号有问题的项目有哪些", {"op": "flagged", "kinds": ["operator_contradiction"]}),
    # --- follow_up ----------------------------------------------------------
    ("follow_up", "交通委24年预算最高的三个|第三个呢", ONE("JT", 2024, NTH("budget", "desc", 3))),
    ("follow_up", "绿容局执行率最低的是哪个|它总共扣了几分", FD("LR", 2024, "垃圾", "lost")),
    ("follow_up", "规资局24年的项目|哪些年初预算跟全年不一样|它们全年预算加起来", ONE("GZ", 2024, SUM("budget", where=[["changed_budget"]]))),
    ("follow_up", "河道综合整治22年执行率|23年呢|两年差多少", GAP("rate", SW(2022, "河道"), SW(2023, "河道"))),
    ("follow_up", "水务局24年四个项目|其中执行率最低的", ONE("SW", 2024, RANK("rate", "asc"))),
    # --- switch -------------------------------------------------------------
    ("switch", "规资局23年整体执行率|那24年呢", ONE("GZ", 2024, OVERALL())),
    ("switch", "交通委24年预算合计|23年的呢", ONE("JT", 2023, SUM("budget"))),
    ("switch", "水务局24年执行率最低的|换成规资局呢", ONE("GZ", 2024, RANK("rate", "asc"))),
    ("switch", "绿容局24年整体执行率|23年的呢", NONE("绿容局只有 2024 年的报告")),
    ("switch", "交通委23年几个项目|22年呢", NONE("交通委只有 2023、2024 年")),
    ("switch", "水务局22年河道整治执行率|那21年的呢", NONE("水务局最早是 2022 年")),
    # --- unanswerable_scope -------------------------------------------------
    ("unanswerable_scope", "财政局23年的项目有哪些", NONE("库里没有财政局")),
    ("unanswerable_scope", "交通委22年整体执行率多少", NONE("交通委没有 2022 年")),
    ("unanswerable_scope", "帮我看下绿容局23年预算合计", NONE("绿容局没有 2023 年")),
    ("unanswerable_scope", "生态局22年有哪些项目", NONE("生态环境局没有 2022 年")),
    ("unanswerable_scope", "规资局2021年得分最高的", NONE("规资局最早是 2022 年")),
    ("unanswerable_scope", "北京市水务局的执行率", NONE("库里没有北京")),
    # --- unanswerable_period ------------------------------------------------
    ("unanswerable_period", "规资局24年上半年执行数多少", NONE("没有半年数")),
    ("unanswerable_period", "河道整治23年三季度执行到多少了", NONE("没有季度数")),
    ("unanswerable_period", "口袋公园预算多少|一到六月执行率呢", NONE("没有月度数")),
    ("unanswerable_period", "交通委24年每个月支出多少", NONE("没有月度数")),
    # --- unanswerable_future ------------------------------------------------
    ("unanswerable_future", "明年交通委预算大概多少", NONE("没有以后年度的预算")),
    ("unanswerable_future", "25年河道整治打算投多少", NONE("没有 2025 年")),
    ("unanswerable_future", "预测一下绿容局26年整体执行率", NONE("不做预测")),
    ("unanswerable_future", "下一年口袋公园还建几座", NONE("没有以后年度的目标")),
    # --- unanswerable_field -------------------------------------------------
    ("unanswerable_field", "公路养护23年执行率|中标单位是谁", NONE("自评表没有中标单位")),
    ("unanswerable_field", "口袋公园用的什么采购方式", NONE("自评表没有采购方式")),
    ("unanswerable_field", "规资局人员编制多少", NONE("自评表没有人员编制")),
    ("unanswerable_field", "河道整治用了多少专项债", NONE("自评表没有专项债")),
    ("unanswerable_field", "轨道交通安全监管那个项目负责人是谁", NONE("自评表没有负责人")),
]
