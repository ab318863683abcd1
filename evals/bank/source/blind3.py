"""Third blind bank set over the two-report store: standalone, never split into dev/held-out.

Store: the sample (上海市生态环境局 2024, 18 projects) plus
evals/documents/water_bureau_2023.txt (某市水务局 2023, 4 projects), as in
multi.py and fresh.py. Written blind: without reading or running the assistant,
its tests or the other eval sets, and without reusing the other bank files'
wording. Chat typed during a meeting: terse, no question marks, homophone
typos (生太, 党见, 和与辐射, 排物, 宣船, 引水), spoken numbers, two-digit years,
filler, follow-ups ("|" between turns, only the last turn graded).

Selectors: E(seq) / W(seq) pick inside one report (the sample's names are
partly garbled: 监测/排污权 #1, 气候变化 #2, 自然生态/农业农村 #3, 海洋 #4,
土壤固废 #5, 水生态 #6, 全市生态环境保障 #7, 大气 #8, 科技与国际合作 #9,
党建 #10, 法规与标准 #11 (name missing), 队伍建设 #12, 执法和应急 #13,
核与辐射 #14, 环评/排污许可 #15, 督察 #16 (stored as 上海市环保全费),
综合规划 #17, 宣传教育/后勤 #18; 水务局: 泵站 #1, 水文站网 #2, 农村饮水 #3,
节水宣传 #4).

New op (appended to oracle.py): ``bl3_share``, one project's share (%) of a
metric's total over the rows scope/where/exclude keep.
"""

from evals.bank.source.multi import COUNT, E, ECO, FILTER, IN, IND, POS, SHARE, SMP, TEXT, W, WAT, WATER
from evals.bank.source import multi
from evals.bank.source.sample import NONE, NTH, RANK, F

PREFIX = "bl3"
DOCUMENT = "*"
WITH_STORE = True
store_paths = multi.store_paths  # the sample + the water bureau, as multi.py


def DIFF(a, b, metric):
    return {"op": "diff", "a": a, "b": b, "metric": metric}


QUESTIONS = [
    # --- a named project's figures --------------------------------------------------
    ("figure", "帮我查下大气那个项目全年预算是多少", IN(SMP, F(E(8), "budget"))),
    ("figure", "那个啥 核辐射安全的 实际执行了多少钱", IN(SMP, F(E(14), "executed"))),
    ("figure", "执法和应急项目 资金那一栏得了几分", IN(SMP, F(E(13), "funds_score"))),
    ("figure", "泵站改造工程上年结转过来多少钱", IN(WAT, F(W(1), "carry"))),
    ("figure", "全市生态环境保障 其他资金有多少", IN(SMP, F(E(7), "other"))),
    ("figure", "队伍建设那个 年初预算和调整后预算各是多少", IN(SMP, F(E(12), "initial", "budget"))),
    ("figure", "泵站那个财政拨款部分执行率多少", IN(WAT, F(W(1), "approp_rate"))),
    # --- typos and homophones -------------------------------------------------------
    ("typo", "海洋生太环境保护执行率", IN(SMP, F(E(4), "rate"))),
    ("typo", "党见群建工作预算多少", IN(SMP, F(E(10), "budget"))),
    ("typo", "环评和排物许可证那个 总分", IN(SMP, F(E(15), "score"))),
    ("typo", "农村引水安全巩固 执行率多少", IN(WAT, F(W(3), "rate"))),
    # --- spoken numbers, thresholds -------------------------------------------------
    ("spoken_number", "执行率低于百分之八十五的都列一下", FILTER(["rate", "<", 85])),
    ("spoken_number", "生态局预算五百万以上的项目", IN(SMP, FILTER(["budget", ">", 500], scope=ECO))),
    ("spoken_number", "得分九十九点九往上的有几个", COUNT(["score", ">", 99.9])),
    ("spoken_number", "实际花掉的钱不到一百万的是哪几个", FILTER(["executed", "<", 100])),
    ("range", "预算在一千万到三千万之间的", FILTER(["budget", ">", 1000], ["budget", "<", 3000])),
    ("compound", "生态局 执行率九五以上 预算又在三百万以内的", IN(SMP, FILTER(["rate", ">", 95], ["budget", "<", 300], scope=ECO))),
    ("compound", "得分低于九十八点五 执行率还不到七成的", FILTER(["score", "<", 98.5], ["rate", "<", 70])),
    ("share", "哪个项目财政拨款占它自己预算的比例最低", RANK("approp_share", "asc", 1)),
    ("share", "科技国际合作的预算占生态局总预算百分之几", IN(SMP, SHARE(E(9), "budget", scope=ECO))),
    # --- rankings, nth ----------------------------------------------------------------
    ("ranking", "生态局执行率倒数三名", IN(SMP, RANK("rate", "asc", 3, scope=ECO))),
    ("ranking", "所有项目里执行数前三", RANK("executed", "desc", 3)),
    ("ranking", "年中预算砍得最多的项目", RANK("adjust", "desc", 1)),
    ("ranking", "哪个项目剩下没花的钱最多", RANK("unexecuted", "desc", 1)),
    ("nth", "预算第二多的是哪个", NTH("budget", "desc", 2)),
    # --- counts, sums, averages, overall rate -----------------------------------------
    ("count", "生态局有几个项目年中调过预算", IN(SMP, COUNT(["changed_budget"], scope=ECO))),
    ("count", "两边加起来评级为优的一共多少个", COUNT(["grade", "优"])),
    ("sum", "两家单位年初预算总共多少", {"op": "sum", "metric": "initial"}),
    ("sum", "执行率没到九成的那些 预算合计", {"op": "sum", "metric": "budget", "where": [["rate", "<", 90]]}),
    ("average", "水务局四个项目平均得分", IN(WAT, {"op": "mean", "metric": "score", "scope": WATER})),
    ("average", "执行率比全部项目执行率平均值还低的有哪些", FILTER(["below_mean", "rate"])),
    ("overall_rate", "生态局总体执行率 拿执行总额除以预算总额", IN(SMP, {"op": "overall_rate", "scope": ECO})),
    ("overall_rate", "不算泵站 水务局整体执行率", IN(WAT, {"op": "overall_rate", "scope": WATER, "exclude": [W(1)]})),
    # --- rank position, differences ---------------------------------------------------
    ("rank_position", "两个局所有项目里 党建群建执行率从低往高排第几", POS(E(10), "rate", "asc")),
    ("rank_position", "核与辐射执行数在生态局排老几", IN(SMP, POS(E(14), "executed", "desc", scope=ECO))),
    ("diff", "大气跟水生态 预算差多少", IN(SMP, DIFF(E(8), E(6), "budget"))),
    ("diff", "党建的得分跟执法应急比 谁高", IN(SMP, DIFF(E(10), E(13), "score"))),
    # --- indicators, lost points ------------------------------------------------------
    ("indicator", "雨水情预报服务 实际搞了几次", IN(WAT, IND("雨水情预报", "actual"))),
    ("indicator", "汛前完工率扣了几分", IN(WAT, IND("汛前完工率", "lost"))),
    ("indicator", "科研项目综合绩效评价完成数量 年度指标值是多少", IN(SMP, IND("科研项目综合绩效评价", "target"))),
    ("indicator_count", "队伍建设那个项目有几条指标", IN(SMP, F(E(12), "n_indicators"))),
    ("indicator_count", "水务局每个项目各有几个三级指标", IN(WAT, FILTER(scope=WATER, show="n_indicators"))),
    ("lost_points", "泵站项目哪几个指标扣分了", IN(WAT, {"op": "lost_rows", "project": W(1)})),
    ("lost_points", "有指标被扣分的项目都有哪些", FILTER(["lost_indicator"])),
    ("lost_points", "环境局指标扣分加起来最多的是哪个", IN(SMP, RANK("ind_lost", "desc", 1, scope=ECO))),
    # --- goal and result texts, topics ------------------------------------------------
    ("text", "核与辐射安全那个主要是干啥的", IN(SMP, TEXT(E(14), "goal_text", "辐射事故应急"))),
    ("text", "环保督察那个项目目标是啥", IN(SMP, TEXT(E(16), "goal_text", "督察"))),
    ("text", "农村饮水最后完成情况怎么样", IN(WAT, TEXT(W(3), "result_text", "2.1万人"))),
    ("topic", "跟排污有关的项目有哪些", {"op": "topic", "words": ["排污"]}),
    # --- data quality -----------------------------------------------------------------
    ("data_quality", "哪些项目评分等级表上没写 是按分数推出来的", {"op": "restored_field", "field": "grade"}),
    ("data_quality", "有没有指标的目标值符号填错的项目", {"op": "flagged", "kinds": ["operator_contradiction"]}),
    ("data_quality", "指标得分原文缺失 后来补算的有哪几个项目", {"op": "restored_field", "field": "indicator_score"}),
    # --- follow-ups -------------------------------------------------------------------
    ("follow_up", "执行率最低的五个|第四个预算多少", IN(SMP, F(E(10), "budget"))),
    ("follow_up", "预算最多的三个|它们加起来多少",
     {"op": "combined", "metric": "budget", "projects": [E(9), W(3), E(5)]}),
    ("follow_up", "生态局得分最低的|那水务局呢", IN(WAT, RANK("score", "asc", 1, scope=WATER))),
    ("follow_up", "大气那个执行率|跟水生态比呢", IN(SMP, DIFF(E(8), E(6), "rate"))),
    ("follow_up", "水务局项目按执行数排一下|倒数第一是哪个", IN(WAT, NTH("executed", "desc", -1, scope=WATER))),
    ("follow_up", "执行率低于九十的|去掉水务局的 还剩哪些", IN(SMP, FILTER(["rate", "<", 90], scope=ECO))),
    ("follow_up", "生态局预算前五|第三个执行率多少", IN(SMP, F(E(15), "rate"))),
    # --- exclusions, per group, year ---------------------------------------------------
    ("exclusion", "除了科技国际合作 生态局预算最高的", IN(SMP, RANK("budget", "desc", 1, scope=ECO, exclude=[E(9)]))),
    ("exclusion", "不算农村饮水 全部项目预算总和", {"op": "sum", "metric": "budget", "exclude": [W(3)]}),
    ("exclusion", "党建和干部队伍那俩除外 生态局执行率最低的", IN(SMP, RANK("rate", "asc", 1, scope=ECO, exclude=[E(10), E(12)]))),
    ("per_group", "两个局的平均分各是多少", {"op": "per", "by": "dept", "metric": "mean:score"}),
    ("year_scope", "23年的项目里执行率最低的", IN(WAT, RANK("rate", "asc", 1, scope={"year": 2023}))),
    # --- what the store cannot answer ---------------------------------------------------
    ("unanswerable_period", "生态局三季度执行率多少", NONE("只有全年数，没有季度数")),
    ("unanswerable_period", "泵站那个上半年花出去多少", NONE("只有全年数，没有半年数")),
    ("unanswerable_period", "大气项目12月份的支出", NONE("没有月度数")),
    ("unanswerable_period", "泵站改造执行率|那截至九月底呢", NONE("没有月度或季度数")),
    ("unanswerable_future", "25年生态局项目平均得分", NONE("生态环境局只有 2024 年度，没有 2025")),
    ("unanswerable_future", "全市生态环境保障明年执行率能不能上九成", NONE("预测，表中没有")),
    ("unanswerable_field", "泵站改造工程合同金额多少", NONE("表中无合同金额")),
    ("unanswerable_field", "水文站网运维是哪家中的标", NONE("表中无招标/中标信息")),
    ("unanswerable_field", "科技国际合作项目负责人电话多少", NONE("表中无负责人联系方式")),
    ("unanswerable_field", "党建那块占了几个人员编制", NONE("表中无人员编制")),
    ("unanswerable_field", "大气项目走的什么采购方式", NONE("表中无采购方式")),
    ("unanswerable_scope", "交通委的项目执行率", NONE("库里没有交通委")),
    ("unanswerable_scope", "水务局24年预算最多的项目", NONE("水务局只有 2023 年度")),
    ("unanswerable_scope", "核与辐射去年得了多少分", NONE("生态环境局只有 2024 年度，没有 2023")),
    ("unanswerable_scope", "环境局评级是良或者中的项目", NONE("生态环境局 18 个项目全部为优")),
    ("unanswerable_opinion", "队伍建设那个预算为什么被砍了一半多", NONE("表中没有预算调整的原因")),
    ("unanswerable_opinion", "节水宣传执行率这么低 明年还给不给钱", NONE("意见/预测，表中没有")),
    ("unanswerable_twist", "海洋项目中央资金那部分执行了多少", NONE("表中不分中央/地方资金")),
    ("unanswerable_twist", "泵站改造里专项债资金有多少", NONE("表中无专项债")),
    ("unanswerable_twist", "生态局项目里 中央转移支付的有几个", NONE("表中不分中央转移支付")),
    ("unanswerable_twist", "水文站网区级配套资金到位多少", NONE("表中无区级配套资金")),
    ("unanswerable_twist", "泵站年初预算里工程费和设备费各多少", NONE("表中预算不分费用科目")),
    ("unanswerable_twist", "节水宣传活动实际覆盖了多少人", NONE("指标只有宣传活动场次，没有人数")),
    ("unanswerable_twist", "大气项目PM2.5年均浓度实际降到多少", NONE("该指标实际完成值只写达成指标，没有浓度数")),
]
