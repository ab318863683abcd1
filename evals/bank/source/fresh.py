"""Fresh bank questions over the two-report store: a standalone set, never split into dev/held-out.

Store: the sample (上海市生态环境局 2024, 18 projects) plus
evals/documents/water_bureau_2023.txt (某市水务局 2023, 4 projects), as in
multi.py. Written blind (without reading or running the assistant), in phrasings
the other bank files do not use: chat typed during a meeting, short department
names (生态局, 环境局, 环保局, 水务那边), homophone typos, spoken numbers and
follow-ups. Every expectation is computed by oracle.py from the stored records.

Selectors: E(seq) / W(seq) pick inside one report (the sample's names are
partly garbled: 气候变化 #2, 海洋 #4, 水生态 #6, 全市生态环境保障 #7, 党建 #10,
法规与标准 #11, 队伍建设 #12, 执法和应急 #13, 核与辐射 #14, 环评/排污许可 #15,
督察 #16, 综合规划 #17, 宣传教育/后勤 #18); a bare word must be unique in the
whole store's project names.

What the oracle cannot give, so no question asks it: a single project's share
of a total as a number (X占总预算多少: only the share_of_total filter exists),
and a figure per project of a list (水务局四个项目各几个指标).
"""

from evals.bank.source.multi import COUNT, E, ECO, FILTER, IN, IND, POS, SMP, W, WAT, WATER
from evals.bank.source import multi
from evals.bank.source.sample import NONE, NTH, RANK, F

PREFIX = "fre"
DOCUMENT = "*"
WITH_STORE = True
store_paths = multi.store_paths  # the sample + the water bureau, as multi.py


QUESTIONS = [
    # --- a named project's figures --------------------------------------------------
    ("figure", "环境局气候变化那个 年初预算多少来着", IN(SMP, F(E(2), "initial"))),
    ("figure", "水文站网那个项目执行数跟执行率都报一下", IN(WAT, F(W(2), "executed", "rate"))),
    # --- typos and homophones -------------------------------------------------------
    ("typo", "泵站为修改造那个 预算调减了多少", IN(WAT, F(W(1), "adjust"))),
    ("typo", "节约用水宣专 钱花了百分之多少", IN(WAT, F(W(4), "rate"))),
    # --- spoken numbers -------------------------------------------------------------
    ("spoken_number", "两个局执行率不到百分之九十五的都有哪些", FILTER(["rate", "<", 95])),
    ("spoken_number", "预算超过两千万的项目", FILTER(["budget", ">", 2000])),
    ("spoken_number", "生态局哪些项目预算没到两百万", IN(SMP, FILTER(["budget", "<", 200], scope=ECO))),
    # --- exclusions -----------------------------------------------------------------
    ("exclusion", "不算水务局的 执行率最低的两个", IN(SMP, RANK("rate", "asc", 2, scope=ECO))),
    ("exclusion", "党建跟节水宣传不算 剩下项目执行率的平均值",
     {"op": "mean", "metric": "rate", "exclude": ["党建", "节约用水"]}),
    ("exclusion", "水务局去掉泵站那个 得分最低的是谁", IN(WAT, RANK("score", "asc", 1, scope=WATER, exclude=["泵站"]))),
    # --- two conditions, ranges -----------------------------------------------------
    ("compound", "执行率九成以下 可得分还在九十六以上的", FILTER(["rate", "<", 90], ["score", ">", 96])),
    ("range", "执行率八成五到九成五之间的有几个", COUNT(["rate", ">", 85], ["rate", "<", 95])),
    # --- shares ---------------------------------------------------------------------
    ("share", "哪些项目的钱占了两个局加起来总预算的一成多", FILTER(["share_of_total", "budget", ">", 0.1])),
    ("share", "财政拨款占自身预算不到百分之八十五的有哪些", FILTER(["approp_share", "<", 85])),
    # --- against an average ---------------------------------------------------------
    ("average", "水务局哪些项目得分比本局平均分高", IN(WAT, FILTER(["above_mean", "score"], scope=WATER))),
    ("average", "两个局所有项目执行率的平均值是多少", {"op": "mean", "metric": "rate"}),
    ("average", "生态局预算低于本局平均的有几个", IN(SMP, COUNT(["below_mean", "budget"], scope=ECO))),
    # --- rank position, rankings ----------------------------------------------------
    ("rank_position", "综合规划管理的得分在环境局排倒数第几", IN(SMP, POS(E(17), "score", "asc", scope=ECO))),
    ("rank_position", "农村饮水那个项目执行数在两个局里排老几", POS("饮水", "executed", "desc")),
    ("ranking", "两个局加起来 预算排前五的", RANK("budget", "desc", 5)),
    ("ranking", "生态局执行数最少的俩", IN(SMP, RANK("executed", "asc", 2, scope=ECO))),
    # --- counts and sums ------------------------------------------------------------
    ("count", "评级不是优的有几个项目", COUNT(["grade", "良"])),
    ("count", "生态局指标扣了分的项目有几个", IN(SMP, COUNT(["lost_indicator"], scope=ECO))),
    ("sum", "生态局当年财政拨款合计", IN(SMP, {"op": "sum", "metric": "approp", "scope": ECO})),
    ("sum", "生态局预算过千万的那几个 预算加起来多少",
     IN(SMP, {"op": "sum", "metric": "budget", "scope": ECO, "where": [["budget", ">", 1000]]})),
    # --- overall rate ---------------------------------------------------------------
    ("overall_rate", "评级为优的项目合起来执行率多少", {"op": "overall_rate", "where": [["grade", "优"]]}),
    # --- indicators -----------------------------------------------------------------
    ("indicator", "维修工程验收合格率实际做到多少", IN(WAT, IND("维修工程验收合格率", "actual"))),
    ("indicator", "泵站维修数量扣了多少分", IN(WAT, IND("泵站维修数量", "lost"))),
    ("indicator", "地下水位检测覆盖率实际多少", IN(WAT, IND("地下水位监测覆盖率", "actual"))),
    ("indicator_count", "两个局总共有多少条绩效指标", {"op": "sum", "metric": "n_indicators"}),
    ("indicator_count", "指标最多的项目是哪个", RANK("n_indicators", "desc", 1)),
    # --- lost points ----------------------------------------------------------------
    ("lost_points", "扣分的指标条数最多的是哪个项目", RANK("n_lost_indicators", "desc", 1)),
    ("lost_points", "资金执行这块扣分最多的是哪个项目", RANK("funds_lost", "desc", 1)),
    # --- goal and result texts, topics ----------------------------------------------
    ("text", "水文总站那个项目是干嘛的", IN(WAT, {"op": "text", "project": W(2), "contains": ["水质断面"]})),
    ("text", "泵站那个最后完成得咋样", IN(WAT, {"op": "text", "project": W(1), "field": "result_text", "contains": ["10座"]})),
    ("topic", "泵站相关的项目", {"op": "topic", "words": ["泵站"]}),
    ("topic", "农村方面的项目有哪几个", {"op": "topic", "words": ["农村"]}),
    # --- data quality ---------------------------------------------------------------
    ("data_quality", "生态局哪几个项目的评分等级是系统补上去的", IN(SMP, {"op": "restored_field", "field": "grade", "scope": ECO})),
    ("data_quality", "水务局这份表 核对出什么问题没有", IN(WAT, {"op": "flagged", "scope": WATER})),
    ("data_quality", "哪些项目总分的分值是算出来的", {"op": "restored_field", "field": "total_weight"}),
    # --- follow-ups -----------------------------------------------------------------
    ("follow_up", "生态局预算最少的三个项目|第二个是哪个", IN(SMP, NTH("budget", "asc", 2, scope=ECO))),
    ("follow_up", "海洋那个项目执行率|它得分呢", IN(SMP, F(E(4), "score"))),
    ("follow_up", "水务局执行率最低的|把它去掉 再看最低的", IN(WAT, RANK("rate", "asc", 1, scope=WATER, exclude=[W(4)]))),
    ("follow_up", "两个局执行率低于九十的|这里面钱最多的是哪个", RANK("budget", "desc", 1, where=[["rate", "<", 90]])),
    ("follow_up", "支出进度最慢的仨|这仨加起来执行了多少",
     {"op": "combined", "metric": "executed", "projects": [W(4), E(7), E(12)]}),  # 61.66, 63.23, 66.88
    # --- switching department, per-group, year, whole store -------------------------
    ("switch", "水务局执行数最多的|那生态局呢", IN(SMP, RANK("executed", "desc", 1, scope=ECO))),
    ("switch", "环境局指标一共多少条|水务局的又是多少", IN(WAT, {"op": "sum", "metric": "n_indicators", "scope": WATER})),
    ("per_group", "各局执行率最高的项目", {"op": "per_group", "metric": "rate", "order": "desc"}),
    ("per_group", "两个局分别执行了多少钱", {"op": "per", "by": "dept", "metric": "sum:executed"}),
    ("department_short", "环保局一共多少个项目", IN(SMP, COUNT(scope=ECO))),
    ("department_short", "水务那边总共花了多少", IN(WAT, {"op": "sum", "metric": "executed", "scope": WATER})),
    ("year_scope", "23年那份报告里预算最多的", IN(WAT, RANK("budget", "desc", 1, scope={"year": 2023}))),
    ("whole_store", "两份报告里得分垫底的项目", RANK("score", "asc", 1)),
    # --- what the store cannot answer -----------------------------------------------
    ("unanswerable_period", "生态局四季度支出进度", NONE("只有全年数，没有季度数")),
    ("unanswerable_period", "泵站项目五月份花了多少", NONE("没有月度数")),
    ("unanswerable_period", "两个局上半年整体执行率比一比", NONE("只有全年数，没有半年数")),
    ("unanswerable_period", "农村饮水第一季度执行数", NONE("没有季度数")),
    ("unanswerable_period", "大气项目每个月的支出", NONE("没有月度数")),
    ("unanswerable_future", "后年生态局预算大概多少", NONE("没有以后年度")),
    ("unanswerable_future", "泵站还有两座没修 明年这块预算多少", NONE("没有下一年度")),
    ("unanswerable_future", "26年各局整体执行率目标", NONE("没有 2026 年度")),
    ("unanswerable_field", "环境局有多少在编人员", NONE("表中无人员编制")),
    ("unanswerable_field", "泵站项目是公开招标还是竞争性磋商", NONE("表中无采购方式")),
    ("unanswerable_field", "水文站网运维合同签了几年", NONE("表中无合同")),
    ("unanswerable_field", "大气项目的供应商是谁", NONE("表中无供应商")),
    ("unanswerable_field", "节水宣传活动是哪家广告公司做的", NONE("表中无承办单位")),
    ("unanswerable_field", "党建项目的项目编码是多少", NONE("表中无项目编码")),
    ("unanswerable_scope", "浦东水务局的项目", NONE("库里没有浦东新区水务局")),
    ("unanswerable_scope", "生态局2023年得分最低的项目", NONE("生态环境局只有 2024 年度")),
    ("unanswerable_scope", "财政局的项目预算合计", NONE("库里没有财政局")),
    ("unanswerable_scope", "水务局2022年整体执行率", NONE("水务局只有 2023 年度")),
    ("unanswerable_scope", "民政局有没有项目执行率低于九成", NONE("库里没有民政局")),
    ("switch", "生态环境局平均得分|绿化市容局呢", NONE("库里没有绿化和市容管理局")),
    ("switch", "水务局总的执行率是多少|换成22年呢", NONE("水务局只有 2023 年度")),
]
