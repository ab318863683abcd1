"""Blind set 14: questions written without reading the assistant, its prompts, its tests or any other set's questions.

Store: as ``multi.py``, the real sample (上海市生态环境局 2024, 18 projects) plus
evals/documents/water_bureau_2023.txt (某市水务局 2023, 4 projects); ``document`` is "*".
Selectors: ``E(seq)`` / ``W(seq)`` from ``multi.py`` (("生态环境局", 2024, seq) / ("水务局", 2023, seq)),
scopes ``ECO`` / ``WATER``; the staff's words for the sample's projects are those in ``sample.py``'s docstring
(大气 #8, 核与辐射 #14, 督察 #16, 党建 #10, 队伍建设 #12, 法规与标准 #11 whose name the document lacks,
宣传教育/后勤 #18, 全市生态环境保障 #7, 监测 #1, 科技与国际合作 #9, 水生态 #6, 海洋 #4, 气候变化 #2);
the water bureau's are 泵站 #1, 水文站网 #2, 农村饮水 #3, 节水宣传 #4.

What it stresses: questions as finance and ecology-bureau staff type them in a chat during a meeting —
terse, no question marks, filler and context before the ask (下午开会要用, 领导问), typos and homophones
(核福射, 督查, 得份), pinyin (zhixinglv), spoken numbers (九成, 一千万, 一百万, 九十九), two-digit years
(23年, 24年, 25年), follow-ups that lean on the previous answer (它们, 这俩, 第二呢, 剩下三个); single
figures, lists by a condition, rankings and places, totals, averages and overall rates, shares, ratios,
indicators (目标值, 实际完成值, 分值/得分), lost points with their reasons, goal and result texts, topics,
data quality (a missing name, values restored, targets whose operator looks mis-entered), comparisons,
yes/no, per-department answers. About a quarter are found=false: a year, a department or a project not
stored, a period or the future, or facts the tables do not hold (负责人, 中央转移支付, 政府采购, a number
where the table only says 达成指标, why a budget was cut).

Written blind: only DESIGN.md, the oracle, the build and split scripts, evals/questions.py,
ingest/records.py, the two documents and the helper definitions of sample.py / multi.py were read.
One oracle op was added for it: ``bl14_ratio`` (X是Y的几倍).
"""

from evals.bank.source.multi import (
    ECO,
    GAP,
    IND,
    MEAN,
    OVERALL,
    POS,
    SHARE,
    SUM,
    TEXT,
    WATER,
    COUNT,
    FILTER,
    E,
    W,
    store_paths,  # noqa: F401  (the build reads it from this module)
)
from evals.bank.source.sample import NONE, NTH, RANK, F

PREFIX = "bl14"
DOCUMENT = "*"
WITH_STORE = True

ECO24 = {"dept": "生态环境局", "year": 2024}
WATER23 = {"dept": "水务局", "year": 2023}


def INDS(name, field, scope):
    """An indicator named by its words inside one scope (the same words name rows of other departments)."""
    return {**IND(name, field), "scope": scope}


def BOTH(*parts):
    return {"op": "fr3_both", "parts": list(parts)}


def IND_COUNT(**kw):
    return {"op": "bl11_ind_count", **kw}


def TOP_IND(field, order, **kw):
    return {"op": "bl12_top_ind", "field": field, "order": order, **kw}


def LOST(project, *words):
    spec = {"op": "lost_rows", "project": project}
    if words:
        spec["contains"] = list(words)
    return spec


def TOPIC(*words, **kw):
    return {"op": "topic", "words": list(words), **kw}


def PER(metric, **kw):
    return {"op": "per", "by": "dept", "metric": metric, **kw}


def GROUPS(metric, *groups, **kw):
    return {"op": "bc3_groups", "metric": metric, "groups": list(groups), **kw}


def RATIO(a, b, metric):
    return {"op": "bl14_ratio", "a": a, "b": b, "metric": metric}


QUESTIONS = [
    # --- figure: one project's figure -------------------------------------------------------------------------
    ("figure", "大气那个项目执行率多少来着", F(E(8), "rate")),
    ("figure", "核福射那个 预算批了多少", F(E(14), "budget")),
    ("figure", "下午开会要用 泵站维修改造那个实际花了多少钱", F(W(1), "executed")),
    ("figure", "节水宣传年初报了多少 全年预算又是多少", F(W(4), "initial", "budget")),
    ("figure", "先看生态局的 | 法规与标准那个执行率多少 表上名字好像没印出来",
     F(E(11), "rate")),
    ("figure", "督查那个项目 | 得份和等级报一下", F(E(16), "score", "grade")),
    ("figure", "河道保洁那个项目预算多少", NONE("两份报告都没有河道保洁项目")),

    # --- listing: the projects meeting a condition ------------------------------------------------------------
    ("listing", "生态局执行率没到95的都有哪些项目", FILTER(("rate", "<", 95), scope=ECO)),
    ("listing", "预算过一千万的项目 两个局一起看", FILTER(("budget", ">", 1000))),
    ("listing", "哪些项目中途调过预算 就是年初和全年对不上的 各调了多少",
     FILTER(("changed_budget",), show="adjust")),
    ("listing", "生态局预算不到一百万的有哪些 | 这俩执行率分别多少",
     FILTER(("budget", "<", 100), scope=ECO, show="rate")),
    ("listing", "看下水务局 | 有上年结转资金的是哪个项目", FILTER(("carry", ">", 1), scope=WATER)),
    ("listing", "水务局得分不到八十的项目有哪些", NONE("水务局最低的泵站也有 88.41 分，没有不到 80 分的")),

    # --- ranking: the first n, a place --------------------------------------------------------------------------
    ("ranking", "生态局zhixinglv倒数三名", RANK("rate", "asc", 3, scope=ECO)),
    ("ranking", "24年生态局的 | 年初预算最高的两个项目", RANK("initial", "desc", 2, scope=ECO24)),
    ("ranking", "得分最低的五个 从低往高排", RANK("score", "asc", 5)),
    ("ranking", "执行率第二高的是哪个", NTH("rate", "desc", 2)),
    ("ranking", "没花完的钱 哪三个项目剩得最多", RANK("unexecuted", "desc", 3)),
    ("ranking", "核辐射那个项目 | 执行率在生态局里排老几", POS(E(14), "rate", "desc", scope=ECO)),
    ("ranking", "生态局23年执行率最低的是哪个", NONE("生态环境局只存了 2024 年的报告")),

    # --- total: sums, averages, overall rates, counts ---------------------------------------------------------
    ("total", "生态局18个项目预算一共多少万", SUM("budget", scope=ECO)),
    ("total", "生态局整体执行率 就是总执行除以总预算那种", OVERALL(scope=ECO)),
    ("total", "两个局所有项目的平均得分", MEAN("score")),
    ("total", "水务局几个项目执行率的平均值", MEAN("rate", scope=WATER)),
    ("total", "水务局的 | 满意度指标一共几条", IND_COUNT(level="满意度", scope=WATER)),
    ("total", "两个局一起看扣分情况 | 扣了分的指标一共多少条", IND_COUNT(lost=True)),
    ("total", "两个局22年的预算总额", NONE("库里只有生态环境局 2024 年和水务局 2023 年的报告，没有 2022 年")),

    # --- share: one part of a total ------------------------------------------------------------------------------
    ("share", "科技与国际合作占生态局总预算百分之几", SHARE(E(9), "budget", scope=ECO)),
    ("share", "泵站那个预算占水务局的几成", SHARE(W(1), "budget", scope=WATER)),
    ("share", "全市生态环境保障那个项目 | 财政拨款占了多少比例", F(E(7), "approp_share")),
    ("share", "生态局人员经费占总支出的比例", NONE("项目支出绩效自评表不分人员经费，也没有部门总支出")),

    # --- indicator: one indicator row's target, actual, weight, score; the top row ------------------------------
    ("indicator", "泵站维修数量 目标是几座", IND("泵站维修数量", "target")),
    ("indicator", "汛前完工率实际完成了多少", IND("汛前完工率", "actual")),
    ("indicator", "单站运维成本那条 目标值多少万", IND("单站运维成本", "target")),
    ("indicator", "水生态那个项目 | 市民满意度实际多少", INDS("市民满意度", "actual", ECO)),
    ("indicator", "培训次数那个指标 分值几分 得了几分",
     BOTH(IND("培训次数", "weight"), IND("培训次数", "score"))),
    ("indicator", "核辐射那个项目 | 应急演练实际搞了几次", IND("应急演", "actual")),
    ("indicator", "生态局哪条指标分值最高", TOP_IND("weight", "desc", scope=ECO)),
    ("indicator", "大气那个 空气质量优良率实际达到百分之多少",
     NONE("空气质量优良率的实际完成值只写“达成指标”，表里没有百分比")),

    # --- lostpts: points lost and why ---------------------------------------------------------------------------
    ("lostpts", "泵站项目哪些指标扣分了 为啥扣", LOST(W(1), "汛期")),
    ("lostpts", "生态局监测那个 扣了哪几项 什么原因", LOST(E(1), "据实调整")),
    ("lostpts", "科技那个扣的0.1分是咋回事", LOST(E(9), "超计划完成")),
    ("lostpts", "宣传教育后勤保障那个项目 | 扣分原因是啥", LOST(E(18), "符号")),
    ("lostpts", "生态局指标上一共扣了多少分 资金那块不算", SUM("ind_lost", scope=ECO)),
    ("lostpts", "水务局有哪几个项目 | 哪条指标扣分最多", TOP_IND("lost", "desc", scope=WATER)),
    ("lostpts", "资金执行那10分 扣得最多的是哪个项目", RANK("funds_lost", "desc")),
    ("lostpts", "农村饮水那个 | 哪条指标扣了分", NONE("农村饮水总分 100，没有扣分的指标")),

    # --- goaltext: 年度总体目标 / 实际完成情况 ---------------------------------------------------------------------
    ("goaltext", "水文站网那个项目年度目标写的啥", TEXT(W(2), "goal_text", "14个水文站")),
    ("goaltext", "泵站项目实际完成情况怎么写的", TEXT(W(1), "result_text", "10座")),
    ("goaltext", "督察那个 | 目标是什么", TEXT(E(16), "goal_text", "警示片")),
    ("goaltext", "科技合作那个完成情况里 立项了多少科研项目", TEXT(E(9), "result_text", "37项")),
    ("goaltext", "海洋那个项目明年目标定了啥", NONE("只有 2024 年的自评表，没有下一年的目标")),

    # --- topic: projects about a subject ------------------------------------------------------------------------
    ("topic", "跟辐射有关的项目有哪些", TOPIC("辐射")),
    ("topic", "涉及农村的项目 两个局都看下", TOPIC("农村")),
    ("topic", "生态局的 | 固废这块有项目吗", TOPIC("固废", scope=ECO)),
    ("topic", "有没有充电桩补贴相关的项目", NONE("两份报告都没有充电桩补贴方面的项目")),

    # --- quality: what the document lacked or what does not add up ----------------------------------------------
    ("quality", "哪个项目名称缺失了 | 它预算多少", F(E(11), "budget")),
    ("quality", "哪些项目有指标得分是原文缺了后来补算的",
     {"op": "restored_field", "field": "indicator_score"}),
    ("quality", "评分等级那栏 | 原文没写后来补上的有几个项目",
     {"op": "restored_field", "field": "grade", "count": True}),
    ("quality", "实际完成值跟目标值一样还被扣了分的 有哪几个项目",
     {"op": "flagged", "kinds": ["operator_contradiction"]}),

    # --- compare: two projects, two departments ----------------------------------------------------------------
    ("compare", "大气和水生态哪个执行率高 差多少", GAP(E(8), E(6), "rate")),
    ("compare", "泵站比水文站网预算多多少", GAP(W(1), W(2), "budget")),
    ("compare", "生态局跟水务局整体执行率比一比", GROUPS("overall", ECO, WATER)),
    ("compare", "科技合作的预算是党建的多少倍", RATIO(E(9), E(10), "budget")),
    ("compare", "海洋那个执行率多少 | 跟气候变化那个比差多少", GAP(E(4), E(2), "rate")),
    ("compare", "生态局今年跟去年比 执行率提高了多少", NONE("生态环境局只存了一年（2024）的报告，没有上一年可比")),

    # --- yesno ----------------------------------------------------------------------------------------------------
    ("yesno", "泵站那个是不是评的良", F(W(1), "grade")),
    ("yesno", "水务局有执行率到百分之百的吗", FILTER(("rate", ">", 99.9), scope=WATER)),
    ("yesno", "核辐射那个有没有扣分 扣了多少", F(E(14), "lost")),
    ("yesno", "生态局 | 是不是所有项目都评了优", COUNT(("grade", "优"), scope=ECO)),
    ("yesno", "生态局有没有评良的项目", NONE("生态环境局 18 个项目都是优，没有良")),
    ("yesno", "有没有项目执行率超过百分之百的", NONE("最高的农村饮水执行率正好 100%，没有超过的")),

    # --- perdept: one answer per department --------------------------------------------------------------------
    ("perdept", "两个局各有几个项目", PER("count")),
    ("perdept", "按局分一下 预算总额各是多少", PER("sum:budget")),
    ("perdept", "每个局的整体执行率", PER("overall")),
    ("perdept", "按局分开 | 各自执行率最低的是哪个项目", PER("rate", order="asc")),
    ("perdept", "各区县的执行率分别多少", NONE("自评表按项目填报，没有分区县的数据")),

    # --- followup: the last turn leans on the answer before it -------------------------------------------------
    ("followup", "生态局执行率最低的三个 | 它们预算加起来多少",
     {"op": "combined", "projects": [E(7), E(12), E(10)], "metric": "budget"}),
    ("followup", "水务局哪个执行率最低 | 它年初预算多少", F(W(4), "initial")),
    ("followup", "预算最大的是哪个 | 第二呢", NTH("budget", "desc", 2)),
    ("followup", "队伍建设那个项目 | 预算调减了多少", F(E(12), "adjust")),
    ("followup", "23年水务局四个项目 | 去掉农村饮水 剩下三个预算合计",
     SUM("budget", scope=WATER23, exclude=[W(3)])),
    ("followup", "执行率不到九成的项目有哪些 | 它们预算加起来占全部的百分之几",
     {"op": "bl9_subset_share", "metric": "budget", "part": [("rate", "<", 90)]}),
    ("followup", "泵站那个执行率多少 | 财政拨款那块的执行率呢", F(W(1), "approp_rate")),
    ("followup", "队伍建设那个 | 预算为啥调减了 表里有写吗",
     NONE("自评表没有预算调整原因一栏，这个项目也没有偏差原因")),

    # --- absent: sounds answerable, the tables do not hold it --------------------------------------------------
    ("absent", "生态局25年预算大概安排多少", NONE("2025 年的预算不在库里，只有已完成年度的自评表")),
    ("absent", "水务局24年执行率多少", NONE("水务局只存了 2023 年的报告")),
    ("absent", "绿化市容局的项目得分情况", NONE("库里没有绿化市容局的报告")),
    ("absent", "大气那个项目 | 上半年执行进度呢", NONE("自评表只有全年执行数，没有上半年")),
    ("absent", "泵站项目负责人是谁 有联系电话吗", NONE("自评表不载项目负责人和电话")),
    ("absent", "核辐射那个项目中央转移支付有多少", NONE("资金只分当年财政拨款、上年结转、其他资金，不分中央转移支付")),
    ("absent", "生态局24年总预算多少 | 23年的呢", NONE("生态环境局没有 2023 年的报告")),
    ("absent", "各项目政府采购金额汇总一下", NONE("自评表没有政府采购金额")),
    ("absent", "节水宣传 | 明年预算打算多少", NONE("下一年的预算不在 2023 年的自评表里")),
    ("absent", "泵站那两座没修完的 | 下年度什么时候能完工", NONE("偏差原因只说列入下年度计划，没有完工时间")),
    ("absent", "生态局12月份单月支出多少", NONE("自评表只有全年执行数，没有分月支出")),
    ("absent", "生态局各个处室分别花了多少钱", NONE("自评表按项目填报，没有分处室的支出")),
]
