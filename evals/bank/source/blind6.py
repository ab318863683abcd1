"""Sixth blind bank set over the two-report store: standalone, never split into dev/held-out.

Store: the sample (上海市生态环境局 2024, 18 projects) plus
evals/documents/water_bureau_2023.txt (某市水务局 2023, 4 projects), as in
multi.py. Written blind: without reading or running the assistant, its tests,
prompts or the other eval sets' questions. Typed the way bureau staff type in a
meeting chat: no question marks, homophones and pinyin (海阳, 督擦, 只行率,
jieshui), spoken numbers (两千万, 九成, 六成五, 九十九点九), two-digit years,
filler and rambling background before the ask, sentence shapes that put the
figure before the project or name a project by what it does, 谁更… comparisons,
有没有…/是不是都… questions the data answers with a project set, and two- and
three-turn conversations ("|" between turns, only the last one graded).

Selectors: E(seq) / W(seq) pick inside one report (see blind3.py's docstring
for the sample's projects by number; 水务局: 泵站 #1, 水文站网 #2, 农村饮水 #3,
节水宣传 #4). Readings: 预算 = 全年预算数; 得分 = 总分; 花了/用了 = 全年执行数;
整体/总体执行率 = Σ执行/Σ预算; 执行率平均一下 = mean of the printed rates.
No new oracle op.
"""

from evals.bank.source import multi
from evals.bank.source.multi import (  # noqa: F401  (selector and spec helpers)
    COUNT, E, ECO, FILTER, GAP, IND, MEAN, OVERALL, POS, SHARE, SUM, TEXT, W, WATER,
)
from evals.bank.source.sample import NONE, NTH, RANK, F

PREFIX = "bl6"
DOCUMENT = "*"
WITH_STORE = True
store_paths = multi.store_paths  # the sample + the water bureau, as multi.py


def DIFF(a, b, metric):
    return {"op": "diff", "a": a, "b": b, "metric": metric}


def COMBINED(metric, *projects):
    return {"op": "combined", "metric": metric, "projects": list(projects)}


def LOST(project, *words):
    spec = {"op": "lost_rows", "project": project}
    if words:
        spec["contains"] = list(words)
    return spec


def TOPIC(*words, **kw):
    return {"op": "topic", "words": list(words), **kw}


def RESTORED(field, **kw):
    return {"op": "restored_field", "field": field, **kw}


def FLAGGED(**kw):
    return {"op": "flagged", **kw}


def PERG(metric, order=None, **kw):
    spec = {"op": "per_group", "metric": metric, **kw}
    if order:
        spec["order"] = order
    return spec


def BOTH(*parts):
    return {"op": "fr3_both", "parts": list(parts)}


QUESTIONS = [
    # --- figure: one named project's figures ---------------------------------------------------------------
    ("figure", "农村饮水巩固提升 年初预算跟全年预算各是多少 我对一下数", F(W(3), "initial", "budget")),
    ("figure", "等级和总分 执法应急那个项目 报一下", F(E(13), "grade", "score")),
    ("figure", "预算数麻烦说一下 就大气那个", F(E(8), "budget")),
    # --- typo: homophones, pinyin ------------------------------------------------------------------------
    ("typo", "海阳生态环保那个只行率多少", F(E(4), "rate")),
    ("typo", "督擦那个项目最后花了多少", F(E(16), "executed")),
    ("typo", "jieshui宣传的得分是多少", F(W(4), "score")),
    # --- spoken numbers --------------------------------------------------------------------------------
    ("spoken_number", "预算超过两千万的项目有哪些", FILTER(["budget", ">", 2000])),
    ("spoken_number", "执行率不到九成的列一下", FILTER(["rate", "<", 90])),
    # --- exclusion -------------------------------------------------------------------------------------
    ("exclusion", "科技与国际合作那个是大头 先扣掉 生态局剩下的预算加一块多少", SUM("budget", scope=ECO, exclude=[E(9)])),
    ("exclusion", "不算农村饮水 水务局另外几个的执行率平均一下", MEAN("rate", scope=WATER, exclude=[W(3)])),
    ("exclusion", "两个局里执行率最低的是哪个|把它去掉 再看最低的", RANK("rate", "asc", exclude=[W(4)])),
    # --- compound: two conditions ----------------------------------------------------------------------
    ("compound", "预算五百万以上 同时执行率又低于百分之九十五的有没有", FILTER(["budget", ">", 500], ["rate", "<", 95])),
    ("compound", "有指标扣过分的项目有哪些|里头执行率不到97的是哪几个", FILTER(["lost_indicator"], ["rate", "<", 97])),
    ("compound", "年中调过预算的 而且执行率还在八成以上的", FILTER(["changed_budget"], ["rate", ">", 80])),
    # --- range -----------------------------------------------------------------------------------------
    ("range", "下午开会要讲执行进度 我先看看执行率落在九十到九十八之间的是哪些项目", FILTER(["rate", ">", 90], ["rate", "<", 98])),
    ("range", "预算三百万到五百万这个档的有几个", COUNT(["budget", ">", 300], ["budget", "<", 500])),
    # --- average: above/below the mean, means --------------------------------------------------------------
    ("average", "领导问哪些项目预算比平均水平高 两个局放一起算", FILTER(["above_mean", "budget"])),
    ("average", "水务局四个项目得分列一下|平均下来多少", MEAN("score", scope=WATER)),
    ("average", "生态局里执行率低于本局平均值的那几个", FILTER(["below_mean", "rate"], scope=ECO)),
    # --- share of a total ------------------------------------------------------------------------------
    ("share", "生态局预算一共多少|科技合作那个占了百分之几", SHARE(E(9), "budget", scope=ECO)),
    ("share", "农村饮水在水务局总预算里大概占几成", SHARE(W(3), "budget", scope=WATER)),
    ("share", "单个项目预算占到全部预算一成以上的 有哪些", FILTER(["share_of_total", "budget", ">", 0.1])),
    # --- rank position ---------------------------------------------------------------------------------
    ("rank_position", "党建那个执行率 所有项目里从低往高数排第几", POS(E(10), "rate", "asc")),
    ("rank_position", "光看生态局 综合规划管理的执行率从高到低第几名", POS(E(17), "rate", "desc", scope=ECO)),
    # --- ranking ---------------------------------------------------------------------------------------
    ("ranking", "执行率垫底的三个帮我按顺序排一下", RANK("rate", "asc", n=3)),
    ("ranking", "预算少的那头数 第二个是哪个项目", NTH("budget", "asc", 2)),
    # --- count vs sum ----------------------------------------------------------------------------------
    ("count", "评了良的有几个", COUNT(["grade", "良"])),
    ("count", "指标上被扣过分的项目 数一下几个", COUNT(["lost_indicator"])),
    ("sum", "水务局四个项目执行数合计", SUM("executed", scope=WATER)),
    ("sum", "两个局加起来一共还有多少钱没花出去", SUM("unexecuted")),
    # --- overall rate ----------------------------------------------------------------------------------
    ("overall_rate", "生态局总预算多少 总执行多少|那整体执行率呢 按总的算", OVERALL(scope=ECO)),
    ("overall_rate", "两个局合在一起 总体执行率是多少", OVERALL()),
    ("overall_rate", "水务局要是不算泵站那个 总的执行率能到多少", OVERALL(scope=WATER, exclude=[W(1)])),
    # --- indicators asked by their own name ---------------------------------------------------------------
    ("indicator", "农村饮水那个项目有哪些指标|受益人口实际完成了多少", IND("受益人口", "actual")),
    ("indicator", "单站运维成本 目标值定的是多少", IND("单站运维成本", "target")),
    ("indicator", "PM2.5年均浓度这个指标挂在哪个项目下面", IND("PM2.5")),
    # --- indicator counts ------------------------------------------------------------------------------
    ("indicator_count", "水文站网运维那个项目一共设了多少条绩效指标", F(W(2), "n_indicators")),
    ("indicator_count", "哪个项目指标条数最多", RANK("n_indicators", "desc")),
    ("indicator_count", "指标不超过四条的项目是哪几个", FILTER(["n_indicators", "<", 4.5])),
    # --- lost points -----------------------------------------------------------------------------------
    ("lost_points", "泵站那个指标分都扣在哪几条上了 各扣多少", LOST(W(1))),
    ("lost_points", "排污权交易管理那个监测项目 指标扣了哪些分", LOST(E(1))),
    ("lost_points", "除了泵站 指标扣分加起来超过一分的还有谁", FILTER(["ind_lost", ">", 1], exclude=[W(1)])),
    # --- goal / result texts ---------------------------------------------------------------------------
    ("text", "节水宣传这个项目是干啥的", TEXT(W(4), "goal_text", "节水宣传周")),
    ("text", "农村饮水那个 实际做成啥样了", TEXT(W(3), "result_text", "2.1万人")),
    # --- topic -----------------------------------------------------------------------------------------
    ("topic", "那个啥 跟核辐射沾边的项目帮我找出来", TOPIC("辐射")),
    ("topic", "我们有没有管排涝的项目", TOPIC("排涝")),
    # --- data quality ----------------------------------------------------------------------------------
    ("data_quality", "评分等级原表里是空的 后来按分数补上的 是哪几个项目", RESTORED("grade")),
    ("data_quality", "校验的时候发现有问题的表 都列出来", FLAGGED()),
    ("data_quality", "目标值的大于小于号可能填错了的 有几个项目", FLAGGED(kinds=["operator_contradiction"], count=True)),
    # --- follow-ups ------------------------------------------------------------------------------------
    ("follow_up", "生态局执行率最低的三个|第二个呢", NTH("rate", "asc", 2, scope=ECO)),
    ("follow_up", "预算最多的三个项目|它们加起来多少钱", COMBINED("budget", E(9), W(3), E(5))),
    ("follow_up", "执行率低于百分之七十的有哪些|其中预算最多的那个", RANK("budget", "desc", where=[["rate", "<", 70]])),
    ("follow_up", "生态局预算最少的三个|第三个呢|它执行率多少", F(E(13), "rate")),
    ("follow_up", "哪些项目年初预算后来调整过|它们一共调减了多少", COMBINED("adjust", E(12), E(13), W(1), W(4))),
    ("follow_up", "海洋那个项目执行率多少|跟应对气候变化那个比呢", DIFF(E(4), E(2), "rate")),
    # --- department short names, implementers ------------------------------------------------------------
    ("department_short", "水务那边一共几个项目 预算总共多少", BOTH(COUNT(scope=WATER), SUM("budget", scope=WATER))),
    ("department_short", "环境局执行率最高的是哪个", RANK("rate", "desc", scope=ECO)),
    ("implementer", "排水管理处负责的那个项目最后得了几分", FILTER(["implementer", "排水管理处"], show="score")),
    ("implementer", "水文总站实施的项目执行率多少", FILTER(["implementer", "水文总站"], show="rate")),
    # --- per group -------------------------------------------------------------------------------------
    ("per_group", "每个局执行率最低的项目分别是哪个", PERG("rate", "asc")),
    ("per_group", "两个局各自的整体执行率 分开说", PERG(None)),
    # --- comparisons (谁更…), yes/no --------------------------------------------------------------------
    ("comparison", "核与辐射跟环评排污许可 谁的执行率更高", DIFF(E(14), E(15), "rate")),
    ("comparison", "泵站改造比水文站网运维 预算多出多少", GAP(W(1), W(2), "budget")),
    ("yes_no", "水务局的项目是不是都评上优了", FILTER(["grade", "良"], scope=WATER)),
    ("yes_no", "有没有执行率不到六成五的项目", FILTER(["rate", "<", 65])),
    # --- switches --------------------------------------------------------------------------------------
    ("switch", "生态局24年的预算合计|那水务局23年呢", SUM("budget", scope=WATER)),
    ("switch", "生态局预算最高的是哪个|水务局呢", RANK("budget", "desc", scope=WATER)),
    ("switch", "水务局总体执行率多少|那去年的呢", NONE("水务局只存了2023年")),
    ("switch", "生态局一共几个项目|那交通委呢", NONE("库里没有交通委")),
    # --- unanswerable: periods the table lacks --------------------------------------------------------------
    ("unanswerable_period", "生态局上半年执行率到多少了", NONE("表里只有全年数")),
    ("unanswerable_period", "三季度末水务局一共花了多少钱", NONE("表里没有季度数")),
    ("unanswerable_period", "泵站改造每个月的支出进度给我拉一下", NONE("表里没有月度数")),
    ("unanswerable_period", "24年一季度大气那个的执行数", NONE("表里没有季度数")),
    ("unanswerable_period", "节水宣传12月份当月花了多少", NONE("表里没有月度数")),
    ("unanswerable_period", "党建那个预算多少|那年中的时候执行到多少了", NONE("表里没有年中数")),
    # --- unanswerable: the future ------------------------------------------------------------------------
    ("unanswerable_future", "25年生态局预算安排了多少", NONE("没有2025年的表")),
    ("unanswerable_future", "明年泵站项目还有多少预算", NONE("没有下一年度的数")),
    ("unanswerable_future", "预计下一年度农村饮水能拿几分", NONE("没有预测")),
    ("unanswerable_future", "26年水务局的绩效目标定了没有", NONE("没有2026年的表")),
    ("unanswerable_future", "生态局执行率最高的项目|那它25年的呢", NONE("没有2025年的表")),
    # --- unanswerable: fields the table lacks -----------------------------------------------------------------
    ("unanswerable_field", "党建那个项目人员编制是几个人", NONE("表里没有人员编制")),
    ("unanswerable_field", "泵站维修那个预算多少|用的什么采购方式 公开招标吗", NONE("表里没有采购方式")),
    ("unanswerable_field", "大气保护那个项目中标单位是谁", NONE("表里没有中标单位")),
    ("unanswerable_field", "农村饮水这块有没有用专项债的钱", NONE("表里没有专项债")),
    ("unanswerable_field", "科技合作那个签的合同金额多少", NONE("表里没有合同金额")),
    ("unanswerable_field", "执法应急那个的评审专家都有谁", NONE("表里没有评审专家")),
    ("unanswerable_field", "节水宣传项目负责人叫什么 电话多少", NONE("表里没有负责人和电话")),
    # --- unanswerable: departments / years not stored ------------------------------------------------------
    ("unanswerable_scope", "财政局的项目执行率怎么样", NONE("库里没有财政局")),
    ("unanswerable_scope", "22年生态局的总预算", NONE("生态局只存了2024年")),
    ("unanswerable_scope", "北京市生态环境局大气项目得了多少分", NONE("库里没有北京")),
    ("unanswerable_scope", "交通委执行率最低的项目", NONE("库里没有交通委")),
    ("unanswerable_scope", "水务局23年总预算多少|24年的呢", NONE("水务局只存了2023年")),
    ("unanswerable_scope", "生态局23年那几个项目得分怎么样", NONE("生态局只存了2024年")),
]
