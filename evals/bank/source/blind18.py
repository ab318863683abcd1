"""Blind set 18: a new hire in a district finance office briefing the boss on two bureaus' self-evaluation tables.

Written blind. Read while writing: /work/shared/DESIGN.md, evals/bank/oracle.py, evals/bank/build.py,
evals/bank/split.py, evals/questions.py, ingest/records.py, the two documents
(data/samples/000_714f557b0e494d5f.txt, evals/documents/water_bureau_2023.txt) and their records as the project's
ingest stores them (ingested the way build.py does), the top sections of evals/bank/README.md ("How it is written",
conventions), and only the helper definitions (F, NONE, RANK, NTH, FILTER, COUNT; E, W, POS, IND, GAP, SHARE, SUM,
MEAN, OVERALL, TEXT) of source/sample.py and source/multi.py. Not read: the assistant, its tests and prompts, the app,
any other set's questions or JSONL files. Neither the assistant nor evals.run was run.

Store: the sample (上海市生态环境局 2024, 18 projects) plus water_bureau_2023.txt (某市水务局 2023, 4 projects), as
multi.py's store. Questions are typed on a phone between meetings: terse, no question marks, typos and homophones
(执行律, 泵占, 党见, 生太局, 水务句), a pinyin slip or two, short names (生态局, 水务局, 科技那个, 泵站, 节水宣传), spoken
numbers (九成, 一千万, 三百到五百万, 十七万), two-digit years, background before the ask, follow-ups that lean on the
previous answer (第二个, 其中水务局的, 拿掉它呢, 加上水务局的) and corrections (不是 我想问…); turns are joined by " | " and
the last one is graded. What it stresses: the whole store by default, one department when named; conditions and
rankings across both bureaus; sums, means, the median and the overall rate (Σ执行/Σ预算, not a mean of rates); shares
of a department's money, of the fund rows and of one department against the other; indicator rows (targets, actuals,
weights, shortfalls, words-only targets, lost points and their reasons); goal and result texts; restored values and
mis-entered operators; per-department answers; and about a quarter of questions that sound answerable but that these
tables cannot answer (other years, future, fields no table holds, departments not stored).

Selectors: E(seq) = ("生态环境局", 2024, seq), W(seq) = ("水务局", 2023, seq); scopes ECO = {"dept": "生态环境局"},
WATER = {"dept": "水务局"}. Conventions as the bank's README: 预算 = 全年预算数 of 年度资金总额, 得分 = 总分, 执行率 =
the printed rate. Two ops were added for this set at the end of oracle.py: bl18_scope_ratio (one department's aggregate
as a percentage of the other's) and bl18_ind_kind_count (indicator rows whose 年度指标值 is words, 定性指标).
"""

from evals.bank.source.multi import (COUNT, ECO, FILTER, GAP, IND, MEAN, OVERALL, POS, SHARE, SUM, TEXT, WATER, E,
                                     W)
from evals.bank.source.sample import NONE, NTH, RANK, F

PREFIX = "bl18"
DOCUMENT = "*"
WITH_STORE = True


def store_paths():
    return ["data/samples/000_714f557b0e494d5f.txt", "evals/documents/water_bureau_2023.txt"]


QUESTIONS = [
    # --- single figures -----------------------------------------------------------------------------------------------
    ("figure", "海洋那个项目全年预算多少 实际花了多少", F(E(4), "budget", "executed")),
    ("figure", "帮我看下水务局泵站那个 | 得了几分 评的啥等级", F(W(1), "score", "grade")),
    ("figure", "党建群建那个执行律多少来着", F(E(10), "rate")),
    ("figure", "科技与国际合作交流那个预算多少 | 执行数呢", F(E(9), "executed")),
    ("figure", "全市生态环境保障那个执行率多少 | 不是 我想问它其他资金那一行有多少", F(E(7), "other")),
    ("figure", "干部队伍建设那个执行率咋这么低 | 还有多少钱没花出去", F(E(12), "unexecuted")),

    # --- lists under conditions ---------------------------------------------------------------------------------------
    ("filter", "领导让我把执行率不到九成的项目拎出来 两个局都算", FILTER(["rate", "<", 90])),
    ("filter", "生态局一共几个项目 | 预算过一千万的有哪几个", FILTER(["budget", ">", 1000], scope=ECO)),
    ("filter", "哪些项目年中调过预算的 年初跟全年对不上那种", FILTER(["changed_budget"])),
    ("filter", "执行率低于百分之九十五的都有哪些 | 只要生态局的", FILTER(["rate", "<", 95], scope=ECO)),
    ("filter", "预算在三百到五百万之间的项目有哪些", FILTER(["budget", ">", 300], ["budget", "<", 500])),

    # --- rankings -----------------------------------------------------------------------------------------------------
    ("ranking", "两家加一起预算最大的前三个", RANK("budget", "desc", 3)),
    ("ranking", "生态局zhixinglv最低的是哪个 | 两个局放一起看呢", RANK("rate", "asc")),
    ("ranking", "水务局哪个项目结余最多 就是没花掉的钱", RANK("unexecuted", "desc", scope=WATER)),
    ("ranking", "生态局扣分最多的三个项目 | 第二个的执行率是多少",
     {"op": "bl11_nth_show", "metric": "lost", "order": "desc", "k": 2, "show": "rate", "scope": ECO}),
    ("ranking", "生太局执行率倒数第三是哪个", NTH("rate", "asc", 3, scope=ECO)),

    # --- positions ----------------------------------------------------------------------------------------------------
    ("position", "水文水质监测那个预算在两家所有项目里排第几", POS(W(2), "budget", "desc")),
    ("position", "党见执行率多少 | 在生态局排第几 从高往低数", POS(E(10), "rate", "desc", scope=ECO)),
    ("position", "生态局预算最多的是科技那个吧 | 那土壤固废的排第几", POS(E(5), "budget", "desc", scope=ECO)),

    # --- counts -------------------------------------------------------------------------------------------------------
    ("count", "麻烦问下 两个局一共报了多少个项目", COUNT()),
    ("count", "指标上有扣分的项目有几个", COUNT(["lost_indicator"])),
    ("count", "被扣分的指标一共多少条 两家合计", {"op": "bl11_ind_count", "lost": True}),
    ("count", "预算调整过的有几个 | 其中水务局的呢", COUNT(["changed_budget"], scope=WATER)),

    # --- sums ---------------------------------------------------------------------------------------------------------
    ("sum", "两家项目预算加起来一共多少钱", SUM("budget")),
    ("sum", "生态局执行率不到九成的那几个 一共还有多少没花", SUM("unexecuted", ["rate", "<", 90], scope=ECO)),
    ("sum", "哪些项目年中调减了预算 | 一共减了多少万", SUM("adjust", ["changed_budget"])),
    ("sum", "生态局财政拨款一共多少 | 加上水务局的呢", SUM("approp")),

    # --- averages and the median --------------------------------------------------------------------------------------
    ("average", "生态局平均一个项目预算多少", MEAN("budget", scope=ECO)),
    ("average", "所有项目执行率的平均值 简单平均就行", MEAN("rate")),
    ("average", "生态局得分平均多少 | 把最低的那个去掉再算下", MEAN("score", scope=ECO, exclude=[E(1)])),
    ("average", "生态局yusuan中位数多少", {"op": "bl13_median", "metric": "budget", "scope": ECO}),

    # --- overall rates ------------------------------------------------------------------------------------------------
    ("overall_rate", "明天要跟领导汇报 两家合起来整体执行率是多少", OVERALL()),
    ("overall_rate", "生态局不算科技那个大头 整体执行率多少", OVERALL(scope=ECO, exclude=[E(9)])),
    ("overall_rate", "预算五百万以下的那些项目 总体执行率多少", OVERALL(["budget", "<", 500])),
    ("overall_rate", "水务句整体执行率 | 泵站那个拿掉呢", OVERALL(scope=WATER, exclude=[W(1)])),

    # --- shares -------------------------------------------------------------------------------------------------------
    ("share", "科技与国际合作那个预算多少 | 占生态局总盘子多少", SHARE(E(9), "budget", scope=ECO)),
    ("share", "生态局项目资金里财拨占多大比例", {"op": "bl15_fund_row_share", "kind": "当年财政拨款", "scope": ECO}),
    ("share", "泵站那个资金来源有哪几块 | 上年结转占几成", {"op": "bl13_fund_share", "project": W(1), "kind": "上年结转资金"}),
    ("share", "指标有扣分的那些项目 预算占两家总预算百分之几",
     {"op": "bl9_subset_share", "metric": "budget", "part": [["lost_indicator"]]}),

    # --- comparisons --------------------------------------------------------------------------------------------------
    ("compare", "泵占跟水文监测执行率差几个点", GAP(W(1), W(2), "rate")),
    ("compare", "科技那个预算是党建的多少倍", {"op": "bl14_ratio", "a": E(9), "b": E(10), "metric": "budget"}),
    ("compare", "水务局项目预算总额是生态局的百分之几",
     {"op": "bl18_scope_ratio", "a": WATER, "b": ECO, "metric": "sum:budget"}),
    ("compare", "干部队伍那个年初预算多少 | 全年只剩十七万了吧 砍了百分之几",
     {"op": "bl13_change_pct", "project": E(12), "direction": "down"}),
    ("compare", "海洋那个执行率多少 | 跟大气的比呢 差多少", GAP(E(4), E(8), "rate")),

    # --- indicators ---------------------------------------------------------------------------------------------------
    ("indicator", "泵站维修数量差了几座没完成", {"op": "bl17c_ind_gap", "name": "泵站维修数量", "direction": "short"}),
    ("indicator", "科研项目绩效评价那条指标完成了目标的百分之几", {"op": "bl17_ind_completion", "name": "科研项目综合绩效评价"}),
    ("indicator", "所有指标里分值给的最高的是哪条 哪个项目的", {"op": "bl12_top_ind", "field": "weight", "order": "desc"}),
    ("indicator", "水务局满意渡调查结果哪个项目最高",
     {"op": "bl16_top_actual", "level": "满意度", "unit": "%", "order": "desc", "scope": WATER}),
    ("indicator", "水务局的定性指标有几条 就是没写数字那种", {"op": "bl18_ind_kind_count", "kind": "words", "scope": WATER}),
    ("indicator", "水务局实际完成值比年度指标值高的指标有几条", {"op": "bl12_ind_vs_target", "cmp": "above", "scope": WATER}),
    ("indicator", "泵站项目看下 | 汛前完工率那条目标多少 实际多少",
     {"op": "fr3_both", "parts": [IND("汛前完工率", "target"), IND("汛前完工率", "actual")]}),
    ("indicator", "党建那个产出指标一共占多少分",
     {"op": "bl17_level_points", "project": E(10), "level": "产出", "fields": ["weight"]}),

    # --- lost points and their reasons --------------------------------------------------------------------------------
    ("lost_points", "监测总量控制那个项目 指标扣分明细发我下", {"op": "lost_rows", "project": E(1)}),
    ("lost_points", "生态局扣分最多的是哪条指标", {"op": "bl12_top_ind", "field": "lost", "order": "desc", "scope": ECO}),
    ("lost_points", "节水宣船为啥没满分 扣在哪了", F(W(4), "rate", "funds_lost")),
    ("lost_points", "法规标准那个项目有扣分吗 | 合同法律审查完成率那条为啥扣的",
     {"op": "bl15_ind_reason", "name": "合同法律审查完成率", "contains": ["误录"]}),
    ("lost_points", "哪些项目指标被扣分了 | 泵站那个具体扣在哪几条", {"op": "lost_rows", "project": W(1)}),

    # --- goal and result texts ----------------------------------------------------------------------------------------
    ("text", "泵站项目年度目标是怎么写的", TEXT(W(1), "goal_text", "12座")),
    ("text", "科技那个完成情况里说立了多少个科研项目", TEXT(E(9), "result_text", "37项")),
    ("text", "水文监测站网那个得分多少 | 完成情况里雨水情预报服务了多少次", TEXT(W(2), "result_text", "86次")),

    # --- topics -------------------------------------------------------------------------------------------------------
    ("topic", "跟排污有关的项目有哪些", {"op": "topic", "words": ["排污"]}),
    ("topic", "大气和海洋这两块的项目是哪俩", {"op": "topic", "words": ["大气", "海洋"]}),
    ("topic", "有没有管农村饮水的项目", {"op": "topic", "words": ["饮水"]}),

    # --- data quality -------------------------------------------------------------------------------------------------
    ("data_quality", "这两份表数据靠谱吗 | 哪些项目有数是系统补出来的 原表没有", {"op": "restored"}),
    ("data_quality", "目标值符号填错的有哪几个项目", {"op": "flagged", "kinds": ["operator_contradiction"]}),
    ("data_quality", "原表没写评分等级的有几个", {"op": "restored_field", "field": "grade", "count": True}),
    ("data_quality", "目标值符号录错的项目有哪些 | 水务局那个是哪条指标",
     {"op": "indicator", "name": "易涝点", "contains": ["易涝点"]}),

    # --- per department -----------------------------------------------------------------------------------------------
    ("per_dept", "两个局各自执行率最低的是哪个", {"op": "per", "by": "dept", "metric": "rate", "order": "asc"}),
    ("per_dept", "两家各有几个项目 预算分别多少",
     {"op": "fr3_both", "parts": [{"op": "per", "by": "dept", "metric": "count"},
                                  {"op": "per", "by": "dept", "metric": "sum:budget"}]}),
    ("per_dept", "生态局预算最少的项目 | 水务局呢", RANK("budget", "asc", scope=WATER)),

    # --- found=false: years and periods the tables do not hold --------------------------------------------------------
    ("unanswerable_period", "泵站那个执行率多少 | 那24年的呢", NONE("水务局只有2023年的表")),
    ("unanswerable_period", "生态局23年的项目预算总额是多少", NONE("生态环境局只有2024年的表")),
    ("unanswerable_period", "明年生态局这些项目预算会不会涨", NONE("表里没有以后年度的预算")),
    ("unanswerable_period", "泵站那个上半年执行了多少", NONE("表里只有全年执行数，没有半年数")),
    ("unanswerable_period", "生态局第三季度支出进度咋样", NONE("表里没有季度执行数")),
    ("unanswerable_period", "节水宣传得了多少分 | 那它22年呢", NONE("水务局只有2023年的表")),
    ("unanswerable_period", "生态局得分最低的是哪个 | 它去年得了多少", NONE("生态环境局只有2024年的表")),

    # --- found=false: fields no table holds ---------------------------------------------------------------------------
    ("unanswerable_field", "泵站项目中标单位是哪家", NONE("自评表没有中标单位")),
    ("unanswerable_field", "科技那37个科研项目各花了多少钱", NONE("自评表没有子项目的金额")),
    ("unanswerable_field", "生态局这些项目一共涉及多少人员编制", NONE("自评表没有人员编制")),
    ("unanswerable_field", "水文监测站网的运维合同金额多少", NONE("自评表没有合同金额")),
    ("unanswerable_field", "党建那个执行率多少 | 钱具体花哪了 有明细没", NONE("自评表没有支出明细")),
    ("unanswerable_field", "生态局项目资金里中央转移支付有多少", NONE("项目资金没有中央转移支付这一行")),
    ("unanswerable_field", "农村饮水那2.1万受益人口里低收入的有多少", NONE("表里没有受益人口的构成")),
    ("unanswerable_field", "生态局预算最大的是哪个 | 它的供应商都有谁", NONE("自评表没有供应商")),
    ("unanswerable_field", "泵站那个表是谁填的 有联系人电话吗", NONE("自评表没有填报人和联系方式")),

    # --- found=false: departments and kinds of spending not stored ----------------------------------------------------
    ("unanswerable_scope", "交通委的项目执行率怎么样", NONE("库里没有交通委的表")),
    ("unanswerable_scope", "浦东新区生态环境局的自评表里得分最低的是哪个", NONE("库里没有浦东新区生态环境局的表")),
    ("unanswerable_scope", "绿化市容局23年的项目预算总额", NONE("库里没有绿化市容局的表")),
    ("unanswerable_scope", "水务局的基本支出有多少", NONE("项目支出绩效自评表不含基本支出")),
    ("unanswerable_scope", "水务局整体执行率多少 | 那住建委的呢", NONE("库里没有住建委的表")),
    ("unanswerable_scope", "我们区财政局自己的项目自评结果呢", NONE("库里没有区财政局的表")),
]
