"""Fourth blind bank set over the two-report store: standalone, never split into dev/held-out.

Store: the sample (上海市生态环境局 2024, 18 projects) plus
evals/documents/water_bureau_2023.txt (某市水务局 2023, 4 projects), as in
multi.py. Written blind: without reading or running the assistant, its tests or
the other sets' questions, and without reusing their wording. Chat typed during
a meeting: terse, no question marks, homophone typos (和辐射, 大起, 水纹, 党键),
spoken numbers (一千万, 九成五, 两百万, 百分之十), two-digit years, filler and
rambling background, two- and three-turn follow-ups ("|" between turns, only the
last turn graded).

Selectors: E(seq) / W(seq) pick inside one report (see blind3.py's docstring
for which seq is which project). A question about one report is asked about
that report (``IN``); a question over both uses "*".
"""

from evals.bank.source import multi
from evals.bank.source.multi import (
    COUNT, E, FILTER, GAP, IN, IND, MEAN, OVERALL, POS, SHARE, SMP, SUM, TEXT, W, WAT,
)
from evals.bank.source.sample import NONE, NTH, RANK, F

PREFIX = "bl4"
DOCUMENT = "*"
WITH_STORE = True
store_paths = multi.store_paths  # the sample + the water bureau, as multi.py


def LOST_ROWS(project, *reasons):
    """A project's indicator rows that lost points; ``reasons`` must occur in their deviation reasons."""
    spec = {"op": "lost_rows", "project": project}
    if reasons:
        spec["contains"] = list(reasons)
    return spec


QUESTIONS = [
    # --- figures of a named project ---------------------------------------------------------------------------
    ("figure", "帮我看下海洋那个项目全年实际执行了多少钱", IN(SMP, F(E(4), "executed"))),
    ("figure", "下午要跟财务对账 泵站维修改造那个 年初预算和调整后的全年预算各是多少", IN(WAT, F(W(1), "initial", "budget"))),
    ("figure", "核与辐射安全管理 得分多少 评的啥等级", IN(SMP, F(E(14), "score", "grade"))),
    ("figure", "节水宣传那个执行率多少 总分扣了几分", IN(WAT, F(W(4), "rate", "lost"))),
    # --- typos and homophones ------------------------------------------------------------------------------------
    ("typo", "和辐射安全那个预算多少", IN(SMP, F(E(14), "budget"))),
    ("typo", "大起环境保护的执行率报一下", IN(SMP, F(E(8), "rate"))),
    ("typo", "水纹水质监测站网那个总分几分", IN(WAT, F(W(2), "score"))),
    ("typo", "haiyang那个项目得分多少", IN(SMP, F(E(4), "score"))),
    # --- spoken numbers ------------------------------------------------------------------------------------------
    ("spoken_number", "生态局预算超过一千万的项目有哪些", IN(SMP, FILTER(["budget", ">", 1000]))),
    ("spoken_number", "月底要报进度 生态局执行率不到九成五的有几个", IN(SMP, COUNT(["rate", "<", 95]))),
    ("spoken_number", "水务局执行率低于百分之九十的是哪几个", IN(WAT, FILTER(["rate", "<", 90]))),
    # --- exclusions ----------------------------------------------------------------------------------------------
    ("exclusion", "生态局除去科技与国际合作那个 预算最高的是哪个", IN(SMP, RANK("budget", "desc", exclude=[E(9)]))),
    ("exclusion", "不含党建那个 生态局执行率最低的三个按顺序说下", IN(SMP, RANK("rate", "asc", 3, exclude=[E(10)]))),
    ("exclusion", "两个局的项目放一块 去掉预算最大的那个科技合作 剩下的预算合计多少", SUM("budget", exclude=[E(9)])),
    # --- two conditions at once ----------------------------------------------------------------------------------
    ("compound", "我们在排查钱花得慢的大项目 生态局里预算过五百万 同时执行率又低于百分之九十五的是哪个",
     IN(SMP, FILTER(["budget", ">", 500], ["rate", "<", 95]))),
    ("compound", "两个局都算 总分九十九以上但执行率不到九十八的有哪些", FILTER(["score", ">", 99], ["rate", "<", 98])),
    ("compound", "有指标扣了分 而且预算还超过五百万的项目 两边一起找", FILTER(["lost_indicator"], ["budget", ">", 500])),
    # --- ranges --------------------------------------------------------------------------------------------------
    ("range", "生态局预算在三百万到五百万之间的都列一下", IN(SMP, FILTER(["budget", ">", 300], ["budget", "<", 500]))),
    ("range", "执行率八十到九十五之间的一共几个 两个局一起数", COUNT(["rate", ">", 80], ["rate", "<", 95])),
    # --- above / below the average, means ------------------------------------------------------------------------
    ("average", "麻烦看下 生态局哪些项目预算比平均数高", IN(SMP, FILTER(["above_mean", "budget"]))),
    ("average", "两个局全部项目得分的平均值是多少", MEAN("score")),
    # --- share of a total ----------------------------------------------------------------------------------------
    ("share", "科技与国际合作交流那个 占生态局预算总额的百分之几", IN(SMP, SHARE(E(9), "budget"))),
    ("share", "农村饮水安全那个项目的执行数 占水务局全部执行数的比例", IN(WAT, SHARE(W(3), "executed"))),
    ("share", "两个局合起来看 单个项目预算超过总预算百分之十的有哪些",
     FILTER(["share_of_total", "budget", ">", 0.1])),
    # --- rank position -------------------------------------------------------------------------------------------
    ("rank_position", "督察那个项目执行率在生态局里排第几", IN(SMP, POS(E(16), "rate", "desc"))),
    ("rank_position", "泵站那个预算在两个局所有项目里排老几 从大到小", POS(W(1), "budget", "desc")),
    ("rank_position", "党建群建的预算从少到多数 排第几", IN(SMP, POS(E(10), "budget", "asc"))),
    # --- rankings ------------------------------------------------------------------------------------------------
    ("ranking", "帮我拉一下 两个局执行率最低的前三个", RANK("rate", "asc", 3)),
    ("ranking", "23年水务局的项目按总分从高到低排一下", IN(WAT, RANK("score", "desc", 4))),
    # --- counts and sums -----------------------------------------------------------------------------------------
    ("count", "两个局加起来 预算不到一百万的项目有几个", COUNT(["budget", "<", 100])),
    ("count", "生态局所有项目加起来 一共有几条指标扣了分", IN(SMP, SUM("n_lost_indicators"))),
    ("count", "生态局有几个项目年中调过预算 就是全年预算跟年初不一样的", IN(SMP, COUNT(["changed_budget"]))),
    ("sum", "麻烦查下 水务局四个项目执行数加一起是多少", IN(WAT, SUM("executed"))),
    ("sum", "24年生态局那几个执行率没到九成的 预算加起来多少", IN(SMP, SUM("budget", ["rate", "<", 90]))),
    # --- overall rate (Σ执行/Σ预算) -----------------------------------------------------------------------------
    ("overall_rate", "生态局24年整体执行率 就是执行总数除以预算总数", IN(SMP, OVERALL())),
    ("overall_rate", "领导要个总数 两个局合起来的总体资金执行率大概多少", OVERALL()),
    ("overall_rate", "水务局不算泵站改造那个的话 整体执行率是多少", IN(WAT, OVERALL(exclude=[W(1)]))),
    # --- indicators by their own name ----------------------------------------------------------------------------
    ("indicator", "汛期快到了 领导关心汛前完工率这个指标 实际完成了多少", IND("汛前完工率", "actual")),
    ("indicator", "培训次数那条指标扣了几分", IND("培训次数", "lost")),
    ("indicator", "单站运维成本的目标值定的多少", IND("单站运维成本", "target")),
    # --- indicator counts ----------------------------------------------------------------------------------------
    ("indicator_count", "宣传教育后勤保障那个项目一共设了几个绩效指标", IN(SMP, F(E(18), "n_indicators"))),
    ("indicator_count", "泵站那个项目有几个指标没拿满分", IN(WAT, F(W(1), "n_lost_indicators"))),
    # --- lost points ---------------------------------------------------------------------------------------------
    ("lost_points", "泵站维修改造工程哪些指标扣分了 各扣多少", IN(WAT, LOST_ROWS(W(1)))),
    ("lost_points", "法规标准那个项目 扣分的是哪条指标 为啥扣 是不是录错了", IN(SMP, LOST_ROWS(E(11), "误录"))),
    ("lost_points", "生态局有指标被扣分的项目都有哪些", IN(SMP, FILTER(["lost_indicator"]))),
    # --- goal and result texts -----------------------------------------------------------------------------------
    ("text", "农村饮水安全巩固提升是做什么的", IN(WAT, TEXT(W(3), "goal_text", "农村供水"))),
    ("text", "督察那个项目实际干成了啥 警示片拍了没", IN(SMP, TEXT(E(16), "result_text", "警示片"))),
    ("text", "节水宣传那个项目的年度目标是啥 具体要搞什么活动", IN(WAT, TEXT(W(4), "goal_text", "节水宣传周"))),
    # --- topic questions with filler -----------------------------------------------------------------------------
    ("topic", "那个啥 跟排涝有关的项目是哪个", {"op": "topic", "words": ["排涝"]}),
    ("topic", "领导问海洋方面有什么项目 帮我找下", {"op": "topic", "words": ["海洋"]}),
    # --- data quality --------------------------------------------------------------------------------------------
    ("data_quality", "哪些项目的数据原文缺了 是系统按规则补出来的", {"op": "restored"}),
    ("data_quality", "评分等级原表上没填 后来补上的是哪几个项目", {"op": "restored_field", "field": "grade"}),
    ("data_quality", "校验发现目标值符号可能录错的项目有哪些", {"op": "flagged", "kinds": ["operator_contradiction"]}),
    # --- follow-ups ----------------------------------------------------------------------------------------------
    ("follow_up", "生态局预算最少的三个项目|第二个呢", IN(SMP, NTH("budget", "asc", 2))),
    ("follow_up", "水务局执行率最低的两个是哪两个|它们预算加起来多少",
     IN(WAT, {"op": "combined", "projects": [W(4), W(1)], "metric": "budget"})),
    ("follow_up", "生态局执行率倒数五个列一下|去掉全市生态环境保障那个 剩下最低的是谁",
     IN(SMP, RANK("rate", "asc", exclude=[E(7)]))),
    ("follow_up", "大气那个项目预算多少|跟水生态比呢", IN(SMP, GAP(E(8), E(6), "budget"))),
    ("follow_up", "两个局得分最低的是哪个|那执行率呢|倒数第二", NTH("rate", "asc", 2)),
    ("follow_up", "生态局预算超过一千万的项目|其中执行率最低的", IN(SMP, RANK("rate", "asc", where=[["budget", ">", 1000]]))),
    ("follow_up", "生态局执行率最低的是哪个|去掉它 剩下的整体执行率呢", IN(SMP, OVERALL(exclude=[E(7)]))),
    # --- department short names and 实施单位 --------------------------------------------------------------------
    ("department_short", "环境局那边执行数最少的是哪个项目", IN(SMP, RANK("executed", "asc"))),
    ("department_short", "水务那边评了良的那个项目叫啥", IN(WAT, FILTER(["grade", "良"]))),
    ("implementer", "排水管理处负责的项目执行率多少", IN(WAT, FILTER(["implementer", "排水管理处"], show="rate"))),
    ("implementer", "节约用水办公室实施的那个项目预算给了多少",
     IN(WAT, FILTER(["implementer", "节约用水办公室"], show="budget"))),
    # --- per group -----------------------------------------------------------------------------------------------
    ("per_group", "每个局各自得分最低的项目是哪个", {"op": "per_group", "metric": "score", "order": "asc"}),
    ("per_group", "两个局各自的整体执行率分别多少", {"op": "per_group", "metric": None}),
    # --- switching department or year in a follow-up -------------------------------------------------------------
    ("switch", "生态局执行率最低的是哪个项目|那水务局呢", IN(WAT, RANK("rate", "asc"))),
    ("switch", "水务局预算合计多少|生态局的呢", IN(SMP, SUM("budget"))),
    ("switch", "生态局24年有几个项目|那23年的呢", NONE("生态环境局只存了 2024 年")),
    ("switch", "水务局23年整体执行率多少|那去年的呢", NONE("水务局只存了 2023 年")),
    # --- periods the table lacks ---------------------------------------------------------------------------------
    ("unanswerable_period", "生态局上半年执行了多少钱", NONE("自评表只有全年数")),
    ("unanswerable_period", "帮我查下水务局三季度的支出进度", NONE("没有季度数")),
    ("unanswerable_period", "泵站那个项目一月份花了多少", NONE("没有月度数")),
    ("unanswerable_period", "大气那个项目截至六月底的执行率", NONE("没有年中数")),
    ("unanswerable_period", "生态局24年前三个季度累计执行了多少", NONE("没有季度数")),
    ("unanswerable_period", "两个局第四季度执行数加起来多少", NONE("没有季度数")),
    # --- the future ----------------------------------------------------------------------------------------------
    ("unanswerable_future", "明年生态局预算大概会给多少", NONE("没有以后年度的数")),
    ("unanswerable_future", "25年农村饮水那个项目预算多少", NONE("水务局只存了 2023 年")),
    ("unanswerable_future", "预测一下水务局下一年整体执行率能到多少", NONE("不做预测")),
    ("unanswerable_future", "26年海洋那个项目的目标定了没有", NONE("没有 2026 年")),
    # --- fields the table lacks ----------------------------------------------------------------------------------
    ("unanswerable_field", "生态局人员编制多少人", NONE("表里没有编制")),
    ("unanswerable_field", "泵站改造工程采购方式是不是公开招标", NONE("表里没有采购方式")),
    ("unanswerable_field", "节水宣传那个中标单位是谁", NONE("表里没有中标单位")),
    ("unanswerable_field", "两个局有没有用专项债的项目 金额多少", NONE("表里没有专项债")),
    ("unanswerable_field", "大气那个项目签的合同金额多少", NONE("表里没有合同金额")),
    ("unanswerable_field", "农村饮水那个项目负责人叫啥 电话多少", NONE("表里没有联系人")),
    ("unanswerable_field", "科技与国际合作那个出国考察花了多少 三公经费那块", NONE("表里没有三公经费")),
    # --- departments and years not stored ------------------------------------------------------------------------
    ("unanswerable_scope", "财政局的项目执行率怎么样", NONE("没有财政局")),
    ("unanswerable_scope", "生态局22年的整体执行率", NONE("生态环境局只存了 2024 年")),
    ("unanswerable_scope", "水务局21年预算合计多少", NONE("水务局只存了 2023 年")),
    ("unanswerable_scope", "交通委那边得分最低的项目是哪个", NONE("没有交通委")),
    ("unanswerable_scope", "北京市生态环境局海洋项目的预算", NONE("没有北京")),
    ("unanswerable_scope", "住建委有几个项目扣分了", NONE("没有住建委")),
]
