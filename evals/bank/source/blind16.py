"""Blind set 16: staff-style questions over the sample plus the water bureau's report (22 projects).

Written without reading or running the assistant, its tests or prompts, and without reading any other set's
questions. Read: /work/shared/DESIGN.md, evals/bank/oracle.py, evals/bank/build.py, evals/bank/split.py,
evals/questions.py, ingest/records.py, the two documents (data/samples/000_714f557b0e494d5f.txt,
evals/documents/water_bureau_2023.txt) and their records as the project's ingest stores them, the top sections of
evals/bank/README.md, and only the helper definitions of source/sample.py and source/multi.py.

Store: the sample (上海市生态环境局 2024, 18 projects) + water_bureau_2023.txt (某市水务局 2023, 4 projects), as
multi.py's. Selectors: E(seq) = ("生态环境局", 2024, seq), W(seq) = ("水务局", 2023, seq); scopes ECO / WATER.
Projects as staff name them: 监测/总量 E1, 气候变化 E2, 自然生态 E3, 海洋 E4, 土壤固废 E5, 水生态 E6, 全市保障 E7,
大气 E8, 科技与国际合作 E9, 党建 E10, 法规标准 E11 (no name in the document), 队伍建设 E12, 执法和应急 E13,
核与辐射 E14, 环评/排污许可 E15, 督察 E16, 综合规划 E17, 宣教/后勤 E18; 泵站 W1, 水文站网 W2, 农村饮水 W3,
节水宣传 W4.

What it stresses: terse meeting talk with typos and homophones, spoken amounts (一千万, 九成, 百分之九十), context
before the question, follow-ups that lean on the previous answer (它, 第二个, 这几个, 两个差多少, 那水务局呢),
whole-store questions over two departments and two years, ordinal places and positions counted from either end,
sums/means/medians/overall rates, shares of money rows and of counts, ratios, spreads between extremes, points per
indicator level (产出/效益/满意度), numeric actuals of satisfaction rows, deviation reasons, restored and flagged
values, and about a quarter of questions the tables cannot answer (periods within a year, the future, departments
or years not stored, fields a 绩效自评表 does not print), some of them as the last turn of a conversation.

Ops added for this set (oracle.py): bl16_level_points (Σ分值/得分/扣分 of the indicator rows under a 一级/二级 word),
bl16_spread (max − min of a metric and both extreme projects), bl16_top_actual (the indicator row with the highest
or lowest numeric 实际完成值 under a level word).
"""

from evals.bank.source.multi import GAP, IND, MEAN, OVERALL, POS, SHARE, SUM, TEXT
from evals.bank.source.sample import COUNT, FILTER, NONE, NTH, RANK, F

PREFIX = "bl16"
DOCUMENT = "*"
WITH_STORE = True
ECO = {"dept": "生态环境局"}
WATER = {"dept": "水务局"}


def store_paths():
    return ["data/samples/000_714f557b0e494d5f.txt", "evals/documents/water_bureau_2023.txt"]


def E(seq):
    return ("生态环境局", 2024, seq)


def W(seq):
    return ("水务局", 2023, seq)


def NTH_SHOW(metric, order, k, show, **kw):
    return {"op": "bl11_nth_show", "metric": metric, "order": order, "k": k, "show": show, **kw}


def IND_COUNT(**kw):
    return {"op": "bl11_ind_count", **kw}


def REASON(name, *words):
    return {"op": "bl15_ind_reason", "name": name, "contains": list(words)}


def TOP_IND(field, order, **kw):
    return {"op": "bl12_top_ind", "field": field, "order": order, **kw}


def LEVEL_POINTS(project, level, field):
    return {"op": "bl16_level_points", "project": project, "level": level, "field": field}


def SPREAD(metric, **kw):
    return {"op": "bl16_spread", "metric": metric, **kw}


def TOP_ACTUAL(level, order, **kw):
    return {"op": "bl16_top_actual", "level": level, "order": order, **kw}


QUESTIONS = [
    # --- single figures -------------------------------------------------------------------------------------------
    ("figure", "海洋那个项目全年预算多少 实际花了多少", F(E(4), "budget", "executed")),
    ("figure", "节水宣传那个最后得了几分 评的啥等级", F(W(4), "score", "grade")),
    ("figure", "水文站网运维那个是哪家单位实施的", F(W(2), "implementer")),
    ("figure", "全市生态环境保障那个项目里头其他资金是多少", F(E(7), "other")),
    ("figure", "泵站维修那个项目上年结转过来多少钱", F(W(1), "carry")),
    ("typo", "核辐设安全那个执行率多少", F(E(14), "rate")),
    ("typo", "党件工作的执行数是多少啊", F(E(10), "executed")),
    ("typo", "大汽生态环境保护得了多少分", F(E(8), "score")),
    # --- spoken numbers and lists under conditions ----------------------------------------------------------------
    ("spoken_number", "生态局预算超过一千万的都有哪些", FILTER(["budget", ">", 1000], scope=ECO)),
    ("spoken_number", "执行率不到百分之九十的项目列一下", FILTER(["rate", "<", 90])),
    ("spoken_number", "生态局执行率九十九以上的有几个", COUNT(["rate", ">", 99], scope=ECO)),
    ("spoken_number", "预算五百万以下 得分又没到九十八的 有哪几个",
     FILTER(["budget", "<", 500], ["score", "<", 98])),
    # --- rankings and positions ------------------------------------------------------------------------------------
    ("ranking", "生态局24年执行率垫底的三个", RANK("rate", "asc", 3, scope=ECO)),
    ("ranking", "两个局放一块儿 预算最大的前五个", RANK("budget", "desc", 5)),
    ("ranking", "哪个项目剩下没花的钱最多", RANK("unexecuted", "desc")),
    ("rank_position", "得分倒数第二的是哪个", NTH("score", "asc", 2)),
    ("rank_position", "后勤保障那个的得分从低往高排第几", POS(E(18), "score", "asc")),
    # --- counts, sums, averages, overall rates ---------------------------------------------------------------------
    ("count", "一共几个评了优的", COUNT(["grade", "优"])),
    ("count", "财政那边问预算调整的事 年初预算跟全年预算对不上的有几个", COUNT(["changed_budget"])),
    ("sum", "生态局总共还有多少钱没执行掉", SUM("unexecuted", scope=ECO)),
    ("sum", "生态局所有指标加起来一共扣了多少分", SUM("ind_lost", scope=ECO)),
    ("average", "写材料用 生态局预算的中位数是多少", {"op": "bl13_median", "metric": "budget", "scope": ECO}),
    ("average", "所有项目执行率的平均值多少 直接算术平均就行", MEAN("rate")),
    ("overall_rate", "汇报材料要个总数 两个局合起来总体执行率多少", OVERALL()),
    ("overall_rate", "全市保障那个拖后腿 不算它的话生态局整体执行率能到多少", OVERALL(exclude=[E(7)], scope=ECO)),
    # --- shares, comparisons ----------------------------------------------------------------------------------------
    ("share", "有指标被扣分的那几个项目 预算加起来占全部预算几成",
     {"op": "bl9_subset_share", "metric": "budget", "part": [["lost_indicator"]]}),
    ("share", "泵站那个的钱里头 上年结转的占多少", {"op": "bl13_fund_share", "project": W(1), "kind": "上年结转资金"}),
    ("share", "两个局所有项目资金里 当年财政拨款占多大比例", {"op": "bl15_fund_row_share", "kind": "当年财政拨款"}),
    ("compare", "生态局跟水务局 平均得分各是多少",
     {"op": "bc3_groups", "groups": [ECO, WATER], "metric": "mean:score"}),
    ("compare", "哪个局整体执行率高一点", {"op": "fc3_best_group", "by": "dept", "metric": "overall", "order": "desc",
                                      "contains": ["生态环境局"]}),
    ("compare", "22个项目里预算最大的跟最小的差多少", SPREAD("budget")),
    # --- indicators -------------------------------------------------------------------------------------------------
    ("indicator", "汛钱完工率实际完成多少", IND("汛前完工率", "actual")),
    ("indicator", "单站运维成本 目标定的多少万", IND("单站运维成本", "target")),
    ("indicator", "所有指标里分值给得最高的是哪条", TOP_IND("weight", "desc")),
    ("indicator", "党建那个产出指标加起来占多少分", LEVEL_POINTS(E(10), "产出", "weight")),
    ("indicator", "满意度哪个项目最低 百分之多少", TOP_ACTUAL("满意度", "asc", unit="%")),
    # --- lost points --------------------------------------------------------------------------------------------------
    ("lost_points", "泵站那个哪几条指标扣了分 各扣多少", {"op": "lost_rows", "project": W(1)}),
    ("lost_points", "生态局扣分最多的一条指标是啥", TOP_IND("lost", "desc", scope=ECO)),
    ("lost_points", "泵站的产出指标一共扣了几分", LEVEL_POINTS(W(1), "产出", "lost")),
    # --- goal and result texts, topics --------------------------------------------------------------------------------
    ("text", "泵站那个年度总体目标写的啥", TEXT(W(1), "goal_text", "12座")),
    ("text", "督察保障那个实际完成情况说了啥", TEXT(E(16), "result_text", "警示片")),
    ("text", "科技合作项目完成情况里说立项了多少个科研项目", TEXT(E(9), "result_text", "37")),
    ("topic", "跟辐射有关的项目有哪些", {"op": "topic", "words": ["辐射"]}),
    ("topic", "搞大气的是哪个项目", {"op": "topic", "words": ["大气"]}),
    # --- data quality ---------------------------------------------------------------------------------------------------
    ("data_quality", "哪些指标的目标值符号可能录错了 列下项目", {"op": "flagged", "kinds": ["operator_contradiction"]}),
    ("data_quality", "评分等级原文没有 是按分数补出来的有哪些", {"op": "restored_field", "field": "grade"}),
    ("data_quality", "有没有指标得分原文缺了 是倒推算出来的", {"op": "restored_field", "field": "indicator_score"}),
    # --- per department -------------------------------------------------------------------------------------------------
    ("per_dept", "两个局各自执行率最低的是哪个项目", {"op": "per", "by": "dept", "metric": "rate", "order": "asc"}),
    ("per_dept", "两家的预算总额分别多少", {"op": "per", "by": "dept", "metric": "sum:budget"}),
    # --- conversations: the last turn is graded ---------------------------------------------------------------------
    ("follow_up", "执行率最低的是哪个 | 它年初预算多少", F(W(4), "initial")),
    ("follow_up", "生态局执行率最低的三个 | 第二个预算多少", NTH_SHOW("rate", "asc", 2, "budget", scope=ECO)),
    ("follow_up", "预算最大的是哪个项目 | 排第二的呢 | 它执行率多少", NTH_SHOW("budget", "desc", 2, "rate")),
    ("follow_up", "水务局哪几个项目有指标扣分 | 一共扣了几条", IND_COUNT(scope=WATER, lost=True)),
    ("follow_up", "泵站那个年初预算多少 | 后来调到多少 | 砍了百分之几",
     {"op": "bl13_change_pct", "project": W(1), "direction": "down"}),
    ("switch", "党建那个执行率多少 | 执法和应急呢", F(E(13), "rate")),
    ("switch", "生态局整体执行率多少 | 那水务局呢", OVERALL(scope=WATER)),
    ("follow_up", "执行率低于95的有哪些 | 这几个预算加起来多少", SUM("budget", ["rate", "<", 95])),
    ("follow_up", "执行率低于95的项目 | 去掉全市保障那个还剩几个", COUNT(["rate", "<", 95], exclude=[E(7)])),
    ("follow_up", "生态局被扣分的指标有哪些 | 扣得最多那条是啥原因", REASON("排污权", "调整")),
    ("follow_up", "培训次数那条指标 | 目标写的多少 | 实际呢", IND("培训次数", "actual")),
    ("follow_up", "水务局得分最低的是哪个 | 评的什么等级", F(W(1), "grade")),
    ("follow_up", "汛前完工率 | 扣了多少分 为啥", REASON("汛前完工率", "降雨")),
    ("follow_up", "科技与国际合作那个项目 | 占生态局总预算多少", SHARE(E(9), "budget", scope=ECO)),
    ("follow_up", "生态局执行率最高的是哪个 | 最低的呢 | 俩差几个点", SPREAD("rate", scope=ECO)),
    ("follow_up", "水务局一共四个项目对吧 | 平均每个多少预算", MEAN("budget", scope=WATER)),
    ("follow_up", "得分低于97的有哪些 | 里面执行率最低的是哪个",
     RANK("rate", "asc", where=[["score", "<", 97]])),
    ("follow_up", "泵站那个项目 | 居民满意度实际多少", IND("沿线居民满意度", "actual")),
    ("follow_up", "生态局预算前三是哪几个 | 它们合计多少",
     {"op": "bl9_top_sum", "metric": "budget", "order": "desc", "n": 3, "of": "sum:budget", "scope": ECO}),
    ("follow_up", "年初跟全年预算不一样的项目 | 哪个调减得最多",
     RANK("adjust", "desc", where=[["changed_budget"]])),
    ("follow_up", "水文站网运维那个 | 一共多少条指标 | 其中满意度的几条", IND_COUNT(project=W(2), level="满意度")),
    ("follow_up", "党建那个得分 | 离满分还差几分", F(E(10), "lost")),
    ("follow_up", "泵站那个得了多少分 | 离评优还差几分",
     {"op": "bl12_grade_line", "project": W(1), "grade": "优", "direction": "below"}),
    ("switch", "核与辐射执行率多少 | 跟环评那个比谁高 差多少", GAP(E(14), E(15), "rate")),
    ("follow_up", "农村饮水那个预算多少 | 节水宣传的呢 | 前一个是后一个的几倍",
     {"op": "bl14_ratio", "a": W(3), "b": W(4), "metric": "budget"}),
    ("per_dept", "执行率低于九成的项目有哪些 | 按局分一下各几个",
     {"op": "per", "by": "dept", "metric": "count", "where": [["rate", "<", 90]]}),
    ("unanswerable_future", "泵站那个项目 | 延期那两座明年几月能完工", NONE("表中只写延至下年度，没有完工时间")),
    ("unanswerable_scope", "生态局预算最小的是哪个 | 它前年预算多少", NONE("只存了生态局2024年的表")),
    ("unanswerable_scope", "水务局整体执行率 | 24年的呢", NONE("水务局只存了2023年")),
    ("unanswerable_field", "海洋那个项目 | 负责人是谁 电话多少", NONE("自评表不印负责人和电话")),
    ("unanswerable_period", "党建那个执行率 | 上半年执行到多少了", NONE("只有全年执行数")),
    ("unanswerable_future", "科技合作那个 | 明年预算打算报多少", NONE("没有下年度预算")),
    # --- not answerable from these tables ---------------------------------------------------------------------------
    ("unanswerable_period", "生态局24年上半年的预算执行率多少", NONE("只有全年数")),
    ("unanswerable_period", "水务局三季度支出进度到多少了", NONE("只有全年数")),
    ("unanswerable_period", "泵站项目12月份当月花了多少", NONE("没有月度数")),
    ("unanswerable_period", "海洋那个一季度执行了多少", NONE("只有全年数")),
    ("unanswerable_future", "25年生态局总预算多少", NONE("没有2025年的表")),
    ("unanswerable_future", "明年泵站还得投多少钱", NONE("没有下年度预算")),
    ("unanswerable_future", "水务局24年估计能评几个优", NONE("没有2024年水务局的表，也不做预测")),
    ("unanswerable_future", "下年度大气项目绩效目标定了啥", NONE("没有下年度目标")),
    ("unanswerable_scope", "生态局23年的整体执行率", NONE("生态局只存了2024年")),
    ("unanswerable_scope", "水务局24年的泵站项目得了多少分", NONE("水务局只存了2023年")),
    ("unanswerable_scope", "交通委那边项目执行率咋样", NONE("没有交通委的表")),
    ("unanswerable_scope", "绿化市容局有几个项目", NONE("没有绿化市容局的表")),
    ("unanswerable_scope", "浦东新区生态环境局党建项目预算多少", NONE("没有区级生态环境局的表")),
    ("unanswerable_field", "泵站那个项目负责人是谁", NONE("自评表不印负责人")),
    ("unanswerable_field", "科技合作那个用的什么采购方式", NONE("自评表不印采购方式")),
    ("unanswerable_field", "农村饮水那个中央资金跟地方配套各多少", NONE("资金表只分财政拨款/结转/其他，不分中央地方")),
    ("unanswerable_field", "海洋项目合同金额多少 供应商是谁", NONE("自评表不印合同和供应商")),
    ("unanswerable_field", "党建那个钱具体花在哪些经济科目上", NONE("自评表不印经济分类科目")),
]
