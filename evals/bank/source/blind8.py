"""Eighth blind bank set over the two-report store: standalone, never split into dev/held-out.

Store: the sample (上海市生态环境局 2024, 18 projects) plus evals/documents/water_bureau_2023.txt
(某市水务局 2023, 4 projects), as in multi.py. Written blind: without reading or running the assistant,
its tests or prompts, and without seeing the other sets' questions (helpers only). Chat typed during a
meeting: terse, no question marks, homophones and pinyin, spoken numbers, two-digit years, filler,
background before the ask, follow-ups ("|" between turns, only the last graded).

Selectors: E(seq) / W(seq) pick inside one report (see blind3.py's docstring for the sample's numbering;
水务局: 泵站 #1, 水文水质站网 #2, 农村饮水 #3, 节水宣传 #4). No new oracle op.
"""

from evals.bank.source.multi import COUNT, E, ECO, FILTER, IND, POS, SHARE, TEXT, W, WATER, GAP, SUM, MEAN, OVERALL
from evals.bank.source import multi
from evals.bank.source.sample import NONE, NTH, RANK, F

PREFIX = "bl8"
DOCUMENT = "*"
WITH_STORE = True
store_paths = multi.store_paths


QUESTIONS = [
    # --- figures ------------------------------------------------------------------------------
    ("figure", "在对海洋这块的账 那个海洋的项目全年预算是多少来着", F(E(4), "budget")),
    ("figure", "核辐射那块钱实际花出去多少", F(E(14), "executed")),
    ("figure", "领导问泵站维修改造那个 最后得了几分 评的啥等级", F(W(1), "score", "grade")),
    # --- typo ---------------------------------------------------------------------------------
    ("typo", "生太局大汽项目只行率报一下", F(E(8), "rate")),
    ("typo", "dangjian那个项目得了几分啊", F(E(10), "score")),
    # --- spoken numbers -----------------------------------------------------------------------
    ("spoken_number", "生态局执行率不到九成五的 帮我拉个单子", FILTER(["rate", "<", 95], scope=ECO)),
    ("spoken_number", "两个局放一起 预算过一千万的都有哪几个", FILTER(["budget", ">", 1000])),
    # --- exclusion ----------------------------------------------------------------------------
    ("exclusion", "生态局科技合作那个太大了先不算 剩下预算最多的是哪个", RANK("budget", "desc", scope=ECO, exclude=[E(9)])),
    ("exclusion", "水务局把农村饮水拿掉 其余几个预算加一块多少", SUM("budget", scope=WATER, exclude=[W(3)])),
    # --- compound -----------------------------------------------------------------------------
    ("compound", "预算五百万往上 执行率又没到百分之九十九的 两边都看", FILTER(["budget", ">", 500], ["rate", "<", 99])),
    ("compound", "生态局里头有指标扣分 但是执行率还在九十七以上的是哪些", FILTER(["lost_indicator"], ["rate", ">", 97], scope=ECO)),
    # --- range --------------------------------------------------------------------------------
    ("range", "环境局预算三百到五百万之间的项目列一下", FILTER(["budget", ">=", 300], ["budget", "<=", 500], scope=ECO)),
    ("range", "执行率落在百分之八十到九十五中间的 一共几个 两个局一块算", COUNT(["rate", ">=", 80], ["rate", "<=", 95])),
    # --- average ------------------------------------------------------------------------------
    ("average", "生态局这些项目预算平均摊下来每个多少", MEAN("budget", scope=ECO)),
    ("average", "水务局里预算比平均数低的是哪几个", FILTER(["below_mean", "budget"], scope=WATER)),
    # --- share --------------------------------------------------------------------------------
    ("share", "科技与国际合作那个 占生态局全部预算百分之多少", SHARE(E(9), "budget", scope=ECO)),
    ("share", "生态局哪几个项目单个就占了总预算一成以上", FILTER(["share_of_total", "budget", ">", 0.1], scope=ECO)),
    # --- rank position ------------------------------------------------------------------------
    ("rank_position", "核与辐射的执行率 放生态局里从高往低排第几", POS(E(14), "rate", "desc", scope=ECO)),
    ("rank_position", "土壤固废那个预算 在两个局全部项目里能排老几", POS(E(5), "budget", "desc")),
    # --- ranking ------------------------------------------------------------------------------
    ("ranking", "两边一起看 执行率垫底的三个", RANK("rate", "asc", 3)),
    ("ranking", "生态局得分倒数第二是哪个", NTH("score", "asc", 2, scope=ECO)),
    # --- counts and sums ----------------------------------------------------------------------
    ("count", "不管哪个局 有指标被扣分的项目总共几个", COUNT(["lost_indicator"])),
    ("count", "水务局年初预算后来调过的 有几个", COUNT(["changed_budget"], scope=WATER)),
    ("sum", "生态局十八个项目执行数全加起来是多少", SUM("executed", scope=ECO)),
    ("sum", "两个局预算合计 总共多少钱", SUM("budget")),
    # --- overall rate -------------------------------------------------------------------------
    ("overall_rate", "开会要个数 环境局整体执行率多少", OVERALL(scope=ECO)),
    ("overall_rate", "水务局总的支出进度 按总执行除总预算算", OVERALL(scope=WATER)),
    # --- indicators ---------------------------------------------------------------------------
    ("indicator", "汛前完工率那个指标 实际完成多少", IND("汛前完工率", "actual")),
    ("indicator", "科研项目综合绩效评价那条 年初目标定的多少项", IND("科研项目综合绩效评价", "target")),
    ("indicator_count", "后勤保障那个项目底下一共挂了多少条三级指标", F(E(18), "n_indicators")),
    ("indicator_count", "泵站那个 扣了分的指标有几条", F(W(1), "n_lost_indicators")),
    # --- lost points --------------------------------------------------------------------------
    ("lost_points", "监测总量控制那个项目 哪几条指标扣了分 各扣多少", {"op": "lost_rows", "project": E(1)}),
    ("lost_points", "生态局里哪个项目丢分最多", RANK("lost", "desc", scope=ECO)),
    # --- texts and topics ---------------------------------------------------------------------
    ("text", "农村饮水那个项目 当初定的目标是怎么写的", TEXT(W(3), "goal_text", "农村供水")),
    ("text", "节水宣传最后完成情况咋说的", TEXT(W(4), "result_text", "6场")),
    ("topic", "跟排污许可沾边的项目有哪个", {"op": "topic", "words": ["排污许可"]}),
    # --- data quality -------------------------------------------------------------------------
    ("data_quality", "哪些项目目标值的符号填错了 自己在偏差里也承认的", {"op": "flagged", "kinds": ["operator_contradiction"]}),
    ("data_quality", "表里等级没写 是按分数推出来的那些项目", {"op": "restored_field", "field": "grade"}),
    # --- follow-ups ---------------------------------------------------------------------------
    ("follow_up", "水务局执行率最低的是哪个|它预算多少", F(W(4), "budget")),
    ("follow_up", "生态局预算最高的三个|第三个执行率呢", F(E(15), "rate")),
    ("follow_up", "大气项目执行率多少|那海洋的呢", F(E(4), "rate")),
    ("follow_up", "生态局执行率低于八成的有哪些|它俩预算一共多少",
     {"op": "combined", "projects": [E(7), E(12)], "metric": "budget"}),
    ("follow_up", "泵站那个项目得分多少|扣了几分|主要扣在哪几条指标上", {"op": "lost_rows", "project": W(1)}),
    ("follow_up", "生态局得分最低的项目|把它去掉以后最低的呢", RANK("score", "asc", scope=ECO, exclude=[E(1)])),
    # --- departments and 实施单位 -------------------------------------------------------------
    ("department_short", "环境局一共报了几个项目", COUNT(scope=ECO)),
    ("department_short", "水务那边得分最高的是哪个", RANK("score", "desc", scope=WATER)),
    ("implementer", "排水管理处负责的那个项目执行率多少", F(W(1), "rate")),
    # --- per group, comparison, yes/no --------------------------------------------------------
    ("per_group", "两个局各自执行率最低的项目分别是哪个", {"op": "per_group", "metric": "rate", "order": "asc"}),
    ("comparison", "泵站跟水文站网哪个预算多 多出多少", GAP(W(1), W(2), "budget")),
    ("yes_no", "水务局有没有评良的项目", FILTER(["grade", "良"], scope=WATER)),
    # --- switches -----------------------------------------------------------------------------
    ("switch", "生态局24年执行率最低的是哪个|那水务局呢", RANK("rate", "asc", scope=WATER)),
    ("switch", "水务局得分最低的|生态局呢", RANK("score", "asc", scope=ECO)),
    ("switch", "水务局23年预算合计多少|22年的呢", NONE("水务局只存了2023年")),
    ("switch", "生态局24年整体执行率|那23年的呢", NONE("生态局只存了2024年")),
    # --- unanswerable: periods ----------------------------------------------------------------
    ("unanswerable_period", "生态局上半年执行到多少了", NONE("表只有全年数")),
    ("unanswerable_period", "水务局三季度的支出进度怎么样", NONE("没有季度数")),
    ("unanswerable_period", "大气项目十二月份单月花了多少", NONE("没有月度数")),
    ("unanswerable_period", "核辐射项目执行率跟去年同期比涨了多少", NONE("没有上年数")),
    ("unanswerable_period", "生态局每个月执行数能不能拉个表出来", NONE("没有月度数")),
    # --- unanswerable: future -----------------------------------------------------------------
    ("unanswerable_future", "明年生态局预算大概能给多少", NONE("未来")),
    ("unanswerable_future", "预测一下泵站项目明年能拿几分", NONE("未来")),
    ("unanswerable_future", "节水宣传下一年目标定多少比较合适", NONE("未来")),
    # --- unanswerable: fields -----------------------------------------------------------------
    ("unanswerable_field", "海洋项目的负责人是谁 联系电话有没有", NONE("表无负责人")),
    ("unanswerable_field", "泵站改造工程中标单位是哪家", NONE("表无中标单位")),
    ("unanswerable_field", "大气项目里政府采购金额多少", NONE("表无采购金额")),
    ("unanswerable_field", "农村饮水那个项目审计查出啥问题没有", NONE("表无审计")),
    # --- unanswerable: scope ------------------------------------------------------------------
    ("unanswerable_scope", "财政局的项目执行率多少", NONE("未存财政局")),
    ("unanswerable_scope", "水务局21年得分最高的是哪个", NONE("水务局只有2023")),
    ("unanswerable_scope", "浦东新区生态环境局的项目情况说一下", NONE("未存")),
    ("unanswerable_scope", "住建委那几个项目预算多少", NONE("未存住建委")),
    ("unanswerable_scope", "嗯 生态局二二年一共几个项目", NONE("生态局只有2024")),
]
