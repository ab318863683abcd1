"""Ninth blind bank set over the two-report store: standalone, never split into dev/held-out.

Store: the sample (上海市生态环境局 2024, 18 projects) plus evals/documents/water_bureau_2023.txt
(某市水务局 2023, 4 projects), as in multi.py. Written blind: without reading or running the assistant,
its tests or prompts, and without seeing the other sets' questions (helpers only). Chat typed during a
meeting: terse, no question marks, homophones and pinyin (大汽, 水纹, dangjian, he辐射, shuiwu局),
spoken numbers (一千万, 九成, 九十九点五, 百分之九十), two-digit years, filler and background before the
ask, two- and three-turn follow-ups ("|" between turns, only the last turn graded).

Selectors: E(seq) / W(seq) pick inside one report (see blind3.py's docstring for which seq is which
project). A question about one report is asked about that report (``IN``); a question over both uses "*".

Oracle ops added for this file (appended to oracle.py): ``bl9_top_sum`` (the first n projects by one
metric and an aggregate of another over them: 预算最高的三个得分加起来) and ``bl9_subset_share`` (the share
of a total that the projects meeting a condition hold: 有扣分的项目预算占总预算多少).
"""

from evals.bank.source import multi
from evals.bank.source.multi import (
    COUNT, E, FILTER, GAP, IN, IND, MEAN, OVERALL, POS, SHARE, SMP, SUM, TEXT, W, WAT,
)
from evals.bank.source.sample import NONE, NTH, RANK, F

PREFIX = "bl9"
DOCUMENT = "*"
WITH_STORE = True
store_paths = multi.store_paths  # the sample + the water bureau, as multi.py


def DIFF(a, b, metric):
    return {"op": "diff", "a": a, "b": b, "metric": metric}


def LOST_ROWS(project):
    return {"op": "lost_rows", "project": project}


def TOPIC(*words):
    return {"op": "topic", "words": list(words)}


def RESTORED(field, **kw):
    return {"op": "restored_field", "field": field, **kw}


def FLAGGED(*kinds, **kw):
    return {"op": "flagged", "kinds": list(kinds), **kw}


def PERG(metric=None, order=None):
    spec = {"op": "per_group", "metric": metric}
    if order:
        spec["order"] = order
    return spec


def TOPSUM(metric, order, n, of, **kw):
    """The first n by ``metric``/``order`` and ``of`` ("sum:<m>", "mean:<m>", "overall") over them (op bl9_top_sum)."""
    return {"op": "bl9_top_sum", "metric": metric, "order": order, "n": n, "of": of, **kw}


def PART_SHARE(metric, *part, **kw):
    """The share (%) of the metric's total held by the projects meeting ``part`` (op bl9_subset_share)."""
    return {"op": "bl9_subset_share", "metric": metric, "part": list(part), **kw}


QUESTIONS = [
    # --- figures of a named project ---------------------------------------------------------------------------
    ("figure", "帮我看下海洋那个项目 全年预算多少 实际执行了多少", IN(SMP, F(E(4), "budget", "executed"))),
    ("figure", "得分和评级 节约用水宣传那个项目的", IN(WAT, F(W(4), "score", "grade"))),
    ("figure", "开会要用 排涝泵站维修改造那个当年财政拨款是多少", IN(WAT, F(W(1), "approp"))),
    # --- typos, homophones, pinyin ---------------------------------------------------------------------------
    ("typo", "大汽生态环境保护执形率多少", IN(SMP, F(E(8), "rate"))),
    ("typo", "dangjian群建那个项目执行数", IN(SMP, F(E(10), "executed"))),
    ("typo", "水纹水质监测站网的总分", IN(WAT, F(W(2), "score"))),
    # --- spoken numbers ----------------------------------------------------------------------------------------
    ("spoken_number", "生态局预算过了一千万的项目有哪几个", IN(SMP, FILTER(["budget", ">", 1000]))),
    ("spoken_number", "两个局都算上 执行率不到九成的都列出来", FILTER(["rate", "<", 90])),
    ("spoken_number", "生态局得分低于九十九点五的项目几个", IN(SMP, COUNT(["score", "<", 99.5]))),
    # --- exclusions --------------------------------------------------------------------------------------------
    ("exclusion", "生态局除去科技与国际合作那个 剩下的里面预算最大的是哪个", IN(SMP, RANK("budget", "desc", exclude=[E(9)]))),
    ("exclusion", "水务局不含农村饮水那个 执行率最高的项目", IN(WAT, RANK("rate", "desc", exclude=[W(3)]))),
    # --- two conditions at once --------------------------------------------------------------------------------
    ("compound", "生态局里预算五百万以上同时执行率又低于百分之九十九的", IN(SMP, FILTER(["budget", ">", 500], ["rate", "<", 99]))),
    ("compound", "有指标扣了分但总分还在九十五以上的项目有哪些", FILTER(["lost_indicator"], ["score", ">", 95])),
    # --- ranges ------------------------------------------------------------------------------------------------
    ("range", "执行率在百分之九十到九十九之间的项目", FILTER(["rate", ">", 90], ["rate", "<", 99])),
    ("range", "生态局预算三百万到五百万这个区间的有哪些", IN(SMP, FILTER(["budget", ">", 300], ["budget", "<", 500]))),
    # --- averages ----------------------------------------------------------------------------------------------
    ("average", "水务局四个项目平均下来每个预算多少", IN(WAT, MEAN("budget"))),
    ("average", "生态局得分高过本局平均分的是哪些项目", IN(SMP, FILTER(["above_mean", "score"]))),
    # --- share of a total --------------------------------------------------------------------------------------
    ("share", "科技与国际合作这一个项目的预算占到生态局总预算的百分之几", IN(SMP, SHARE(E(9), "budget"))),
    ("share", "水务局执行数里头农村饮水占多大比重", IN(WAT, SHARE(W(3), "executed"))),
    # --- rank position -----------------------------------------------------------------------------------------
    ("rank_position", "党建那个项目执行率在生态局里从高往低排第几", IN(SMP, POS(E(10), "rate", "desc"))),
    ("rank_position", "管中央督察配合保障和市级督察的那个项目 预算在局里排老几", IN(SMP, POS(E(16), "budget", "desc"))),
    # --- rankings ----------------------------------------------------------------------------------------------
    ("ranking", "两个局一起排 执行率最低的三个项目", RANK("rate", "asc", 3)),
    ("ranking", "生态局得分倒数两名是哪两个", IN(SMP, RANK("score", "asc", 2))),
    # --- counts and sums ---------------------------------------------------------------------------------------
    ("count", "生态局执行率过了百分之九十九的有多少个", IN(SMP, COUNT(["rate", ">", 99]))),
    ("count", "那个啥 有指标被扣分的项目一共几个", COUNT(["lost_indicator"])),
    ("sum", "得分不到九十八的项目有哪些|这几个预算合计多少", SUM("budget", ["score", "<", 98])),
    # --- overall rate (Σ执行/Σ预算) ----------------------------------------------------------------------------
    ("overall_rate", "水务局整体的资金执行率多少", IN(WAT, OVERALL())),
    ("overall_rate", "生态局如果不算科技与国际合作那个 整体执行率是多少", IN(SMP, OVERALL(exclude=[E(9)]))),
    # --- indicators by their own name --------------------------------------------------------------------------
    ("indicator", "PM2.5年均浓度这个指标是挂在哪个项目下面的", IND("PM2.5年均浓度")),
    ("indicator", "泵站维修数量这个指标 实际完成了几座", IND("泵站维修数量", "actual")),
    ("indicator", "单站运维成本定的目标值是多少", IND("单站运维成本", "target")),
    # --- indicator counts --------------------------------------------------------------------------------------
    ("indicator_count", "宣传教育和后勤保障那个项目一共列了多少条绩效指标", IN(SMP, F(E(18), "n_indicators"))),
    ("indicator_count", "水务局哪个项目的指标条数最多", IN(WAT, RANK("n_indicators", "desc"))),
    # --- lost points -------------------------------------------------------------------------------------------
    ("lost_points", "水务局哪个项目扣分最多|具体扣在哪几条指标上 各扣了几分", IN(WAT, LOST_ROWS(W(1)))),
    ("lost_points", "监测和排污权交易那个项目 总共被扣了几分", IN(SMP, F(E(1), "lost"))),
    # --- goal and result texts ---------------------------------------------------------------------------------
    ("text", "领导问督察那个项目年初定的目标是啥 帮我找一下原文", IN(SMP, TEXT(E(16), "goal_text", "督察"))),
    ("text", "那个管全市水文站和水质断面监测的项目 是做什么的", IN(WAT, TEXT(W(2), "goal_text", "水质断面"))),
    # --- topics ------------------------------------------------------------------------------------------------
    ("topic", "跟he辐射有关的项目是哪个", TOPIC("辐射")),
    ("topic", "我记得有个搞节水的项目 是哪个来着", TOPIC("节水", "节约用水")),
    # --- data quality ------------------------------------------------------------------------------------------
    ("data_quality", "哪些项目的评分等级原表没写 是按分数补出来的", RESTORED("grade")),
    ("data_quality", "目标值大于小于号填反了的那种 一共有几个项目", FLAGGED("operator_contradiction", count=True)),
    ("data_quality", "生态局哪个项目的总分原文缺了", IN(SMP, RESTORED("total_score"))),
    # --- follow-ups --------------------------------------------------------------------------------------------
    ("follow_up", "生态局预算最高的三个项目|第二个呢", IN(SMP, NTH("budget", "desc", 2))),
    ("follow_up", "执行率最低的五个项目|其中预算最大的那个", RANK("budget", "desc", where=[["rate", "<", 85]])),
    ("follow_up", "节约用水宣传预算多少|那执行了多少|没花掉的有多少", IN(WAT, F(W(4), "unexecuted"))),
    ("follow_up", "生态局得分最低的项目|去掉它 再看最低的是哪个", IN(SMP, RANK("score", "asc", exclude=[E(1)]))),
    ("follow_up", "水务局执行率最低的两个|它们加起来预算多少", IN(WAT, TOPSUM("rate", "asc", 2, "sum:budget"))),
    ("follow_up", "海洋项目预算多少|跟气候变化那个比呢", IN(SMP, GAP(E(4), E(2), "budget"))),
    ("follow_up", "生态局执行率从高到低排一下|倒数第一是哪个", IN(SMP, RANK("rate", "asc"))),
    # --- departments said short, 实施单位 ---------------------------------------------------------------------
    ("department_short", "环境局预算总盘子多大", IN(SMP, SUM("budget"))),
    ("department_short", "shuiwu局的项目里得分最低的那个", IN(WAT, RANK("score", "asc"))),
    ("implementer", "排水管理处负责实施的那个项目执行率多少", IN(WAT, FILTER(["implementer", "排水管理处"], show="rate"))),
    ("implementer", "实施单位填的就是生态环境局本身的项目有几个", IN(SMP, COUNT(["implementer", "上海市生态环境局"]))),
    # --- per group ---------------------------------------------------------------------------------------------
    ("per_group", "每个局各自得分最低的项目分别是哪个", PERG("score", "asc")),
    ("per_group", "两个局分别算一下整体执行率", PERG()),
    # --- comparisons and yes/no --------------------------------------------------------------------------------
    ("comparison", "土壤固废和环评排污许可 谁的预算更多", IN(SMP, DIFF(E(5), E(15), "budget"))),
    ("comparison", "泵站改造跟水文站网比 哪个执行率高 高多少", IN(WAT, GAP(W(1), W(2), "rate"))),
    ("yes_no", "水务局是不是每个项目都评了优", IN(WAT, FILTER(["grade", "良"]))),
    ("yes_no", "有没有哪个项目钱是百分之百花完的", FILTER(["rate", ">", 99.99])),
    # --- combinations ------------------------------------------------------------------------------------------
    ("combination", "预算最高的三个项目|它们得分加起来多少", TOPSUM("budget", "desc", 3, "sum:score")),
    ("combination", "有指标扣分的那些项目 预算加起来占两个局总预算的百分之多少", PART_SHARE("budget", ["lost_indicator"])),
    ("combination", "生态局执行率最低的三个项目合在一起算 整体执行率多少", IN(SMP, TOPSUM("rate", "asc", 3, "overall"))),
    # --- switches ----------------------------------------------------------------------------------------------
    ("switch", "生态局平均得分多少|那水务局呢", IN(WAT, MEAN("score"))),
    ("switch", "水务局整体执行率|那生态局的呢", IN(SMP, OVERALL())),
    ("switch", "生态局得分最高的项目|那交通委呢", NONE("交通委员会不在这个库里")),
    ("switch", "水务局23年预算合计多少|那22年的呢", NONE("水务局只有 2023 年度的表")),
    # --- unanswerable: periods the table lacks ----------------------------------------------------------------
    ("unanswerable_period", "生态局上半年一共执行了多少钱", NONE("自评表只有全年数")),
    ("unanswerable_period", "水务局三季度的支出进度怎么样", NONE("没有季度数")),
    ("unanswerable_period", "泵站那个项目十二月份花了多少", NONE("没有月度数")),
    ("unanswerable_period", "海洋项目执行率多少|那上半年的呢", NONE("没有半年数")),
    ("unanswerable_period", "24年下半年生态局整体执行率", NONE("没有半年数")),
    ("unanswerable_period", "党建项目头三个月花了多少", NONE("没有月度数")),
    # --- unanswerable: the future -----------------------------------------------------------------------------
    ("unanswerable_future", "明年海洋那个项目预算打算给多少", NONE("没有下一年度的数")),
    ("unanswerable_future", "水务局整体执行率|25年能到多少", NONE("没有 2025 年的数")),
    ("unanswerable_future", "生态局下一年度的绩效目标定了没有", NONE("表里没有下一年度目标")),
    ("unanswerable_future", "泵站剩下那两座预计几月份能修完", NONE("表里没有完工时间")),
    # --- unanswerable: fields the table lacks -----------------------------------------------------------------
    ("unanswerable_field", "生态局在编人员多少人", NONE("表里没有人员编制")),
    ("unanswerable_field", "泵站改造工程采购方式是不是公开招标", NONE("表里没有采购方式")),
    ("unanswerable_field", "水文站网那个项目中标单位是哪家", NONE("表里没有中标单位")),
    ("unanswerable_field", "生态局这些项目里有没有用专项债的", NONE("表里没有资金是否专项债")),
    ("unanswerable_field", "农村饮水项目预算多少|合同金额呢", NONE("表里没有合同金额")),
    ("unanswerable_field", "科技与国际合作那个项目负责人是谁 电话多少", NONE("表里没有负责人")),
    ("unanswerable_field", "节水宣传周那几场活动是请哪家公司办的", NONE("表里没有承办单位")),
    # --- unanswerable: departments and years not stored -------------------------------------------------------
    ("unanswerable_scope", "财政局的项目得分都多少", NONE("财政局不在库里")),
    ("unanswerable_scope", "生态局2022年的整体执行率", NONE("生态局只有 2024 年度")),
    ("unanswerable_scope", "北京市生态环境局有几个项目", NONE("只有上海市生态环境局")),
    ("unanswerable_scope", "绿容局口袋公园那个项目预算多少", NONE("绿容局不在这个库里")),
    ("unanswerable_scope", "水务局24年的河道整治得了几分", NONE("水务局只有 2023 年度，也没有河道整治")),
]
