"""Fifth blind bank set over the two-report store: standalone, never split into dev/held-out.

Store: the sample (上海市生态环境局 2024, 18 projects) plus
evals/documents/water_bureau_2023.txt (某市水务局 2023, 4 projects), as in
multi.py. Written blind: without reading or running the assistant, its tests or
the other sets' questions. Chat typed during a meeting: terse, no question
marks, homophones and pinyin (海阳, he辐射, 水闻, 科级, 都察, 党健), spoken numbers
(一千万, 九成, 九十九点九, 五十万), two-digit years, filler, rambling background,
questions embedded in a sentence or asked as yes/no (有没有…, 是不是都…), the
figure named before the project, a project named by what it does, and two- and
three-turn follow-ups ("|" between turns, only the last turn graded).

Projects are picked by E(seq) (生态环境局 2024) and W(seq) (水务局 2023); blind3.py's
docstring maps each seq to the words staff use for it. Questions answered by one
report carry that report as their ``document`` (``IN``); the rest reach both ("*").

``TOPIC`` and ``PER_REPORT`` are shared with ``blind5_corpus.py``.
"""

from evals.bank.source import multi
from evals.bank.source.blind4 import LOST_ROWS
from evals.bank.source.multi import (
    COUNT, E, FILTER, GAP, IN, IND, MEAN, OVERALL, POS, SHARE, SMP, SUM, TEXT, W, WAT,
)
from evals.bank.source.sample import NONE, NTH, RANK, F

PREFIX = "bl5"
DOCUMENT = "*"
WITH_STORE = True
store_paths = multi.store_paths  # the sample + the water bureau, as multi.py


def TOPIC(*words, **kw):
    return {"op": "topic", "words": list(words), **kw}


def PER_REPORT(metric, order=None, **kw):
    """One answer per report of the scope (op per_group): the extreme project (``order``), a count ("count"), a
    budget total ("sum_budget"), or the overall rate (None)."""
    spec = {"op": "per_group", "metric": metric, **kw}
    if order:
        spec["order"] = order
    return spec


QUESTIONS = [
    # --- figure -------------------------------------------------------------
    ("figure", "执行率是多少来着 那个核与辐射安全管理的", IN(SMP, F(E(14), "rate"))),
    ("figure", "水务局修泵站那个工程 最后打了几分 评的什么等级", IN(WAT, F(W(1), "score", "grade"))),
    ("figure", "领导问农村饮水巩固提升那个 年初预算跟全年预算分别多少 我这边对一下", IN(WAT, F(W(3), "initial", "budget"))),
    ("figure", "两个局的项目是不是都评的优 不是的话哪个不是", FILTER(["grade", "良"])),
    # --- typo ---------------------------------------------------------------
    ("typo", "海阳生态环境保护预算多少", IN(SMP, F(E(4), "budget"))),
    ("typo", "he辐射那个项目得分", IN(SMP, F(E(14), "score"))),
    ("typo", "水闻水质监测站网 执行数", IN(WAT, F(W(2), "executed"))),
    # --- spoken_number ------------------------------------------------------
    ("spoken_number", "两个局放一起 全年预算超过一千万的都有哪些", FILTER(["budget", ">", 1000])),
    ("spoken_number", "预算连五十万都不到的项目有哪几个", FILTER(["budget", "<", 50])),
    # --- exclusion ----------------------------------------------------------
    ("exclusion", "生态局执行率的平均值 不算全市生态环境保障那个", IN(SMP, MEAN("rate", exclude=[E(7)]))),
    ("exclusion", "水务局除了农村饮水 剩下三个预算加起来多少", IN(WAT, SUM("budget", exclude=[W(3)]))),
    ("exclusion", "两个局执行率最低的是哪个|把节水宣传去掉再看", RANK("rate", "asc", exclude=[W(4)])),
    # --- compound -----------------------------------------------------------
    ("compound", "预算五百万以上 执行率又没到百分之九十九的 两个局都看", FILTER(["budget", ">", 500], ["rate", "<", 99])),
    ("compound", "执行率九成五以上而且预算三百万以下的有几个", COUNT(["rate", ">", 95], ["budget", "<", 300])),
    # --- range --------------------------------------------------------------
    ("range", "执行率八十到九十五之间的有哪些 不分局", FILTER(["rate", ">", 80], ["rate", "<", 95])),
    ("range", "生态局得分介于九十六和九十九之间的", IN(SMP, FILTER(["score", ">", 96], ["score", "<", 99]))),
    # --- share --------------------------------------------------------------
    ("share", "科技与国际合作的预算占生态局总预算百分之几", IN(SMP, SHARE(E(9), "budget"))),
    ("share", "泵站工程的预算 占两个局全部项目预算的多少", SHARE(W(1), "budget")),
    # --- average ------------------------------------------------------------
    ("average", "生态局十八个项目平均一个预算多少钱", IN(SMP, MEAN("budget"))),
    ("average", "哪些项目预算比生态局平均水平高", IN(SMP, FILTER(["above_mean", "budget"]))),
    ("average", "水务局里得分低于它们平均分的有没有", IN(WAT, FILTER(["below_mean", "score"]))),
    # --- rank_position ------------------------------------------------------
    ("rank_position", "大气项目的预算在生态局排第几", IN(SMP, POS(E(8), "budget", "desc"))),
    ("rank_position", "党建群建那个预算从少往多数排老几", IN(SMP, POS(E(10), "budget", "asc"))),
    # --- ranking ------------------------------------------------------------
    ("ranking", "执行数最多的三个项目 不分哪个局", RANK("executed", "desc", 3)),
    ("ranking", "生态局得分倒数第二是谁", IN(SMP, NTH("score", "asc", 2))),
    ("ranking", "年初到全年调减最多的是哪个项目", RANK("adjust", "desc")),
    # --- count --------------------------------------------------------------
    ("count", "两个局评了良的一共几个", COUNT(["grade", "良"])),
    ("count", "生态局预算过千万的项目有几个", IN(SMP, COUNT(["budget", ">", 1000]))),
    ("spoken_number", "有没有执行率满了百分之百的 有的话是哪个", FILTER(["rate", ">", 99.99])),
    # --- sum ----------------------------------------------------------------
    ("sum", "两个局当年财政拨款加一块是多少", SUM("approp")),
    ("sum", "有指标扣了分的那些项目 预算一共多少钱", SUM("budget", ["lost_indicator"])),
    # --- overall_rate -------------------------------------------------------
    ("overall_rate", "生态局24年整体执行率多少", IN(SMP, OVERALL())),
    ("overall_rate", "生态局预算过千万的有哪几个|这几个合起来的执行率算一下", IN(SMP, OVERALL(["budget", ">", 1000]))),
    # --- indicator ----------------------------------------------------------
    ("indicator", "泵站维修数量那个指标实际修了几座", IND("泵站维修数量", "actual")),
    ("indicator", "PM2.5年均浓度是哪个项目里的指标", IND("PM2.5")),
    ("indicator", "全市主要河流断面水质达标率 实际做到了多少", IND("河流断面水质达标率", "actual")),
    # --- indicator_count ----------------------------------------------------
    ("indicator_count", "水文站网运维那个项目一共设了几个指标", IN(WAT, F(W(2), "n_indicators"))),
    ("indicator_count", "指标数超过十五个的项目有哪些", FILTER(["n_indicators", ">", 15])),
    # --- lost_points --------------------------------------------------------
    ("lost_points", "监测排污权那个项目总分扣了几分", IN(SMP, F(E(1), "lost"))),
    ("lost_points", "两边一起看 扣分最多的项目是哪个", RANK("lost", "desc")),
    ("lost_points", "泵站项目得了多少分|哪几个指标扣了 为啥扣的", IN(WAT, LOST_ROWS(W(1), "降雨"))),
    # --- text ---------------------------------------------------------------
    ("text", "节水宣传那个是干嘛的", IN(WAT, TEXT(W(4), "goal_text", "节水宣传周"))),
    ("text", "水文站网那个目标里要运维多少个水文站", IN(WAT, TEXT(W(2), "goal_text", "14个水文站"))),
    ("text", "农村饮水那个最后完成情况怎么样 受益多少人", IN(WAT, TEXT(W(3), "result_text", "2.1万人"))),
    # --- topic --------------------------------------------------------------
    ("topic", "那个啥 我在写个材料 跟海洋有关的项目有哪些", TOPIC("海洋")),
    ("topic", "有没有跟饮水安全相关的项目", TOPIC("饮水")),
    # --- data_quality -------------------------------------------------------
    ("data_quality", "哪些项目的评分等级原表里没写 是按总分补出来的", {"op": "restored_field", "field": "grade"}),
    ("data_quality", "校验发现指标目标值符号写错的项目有几个", {"op": "flagged", "kinds": ["operator_contradiction"], "count": True}),
    ("data_quality", "水务局有没有哪个项目的数是补全的 不是原文的", IN(WAT, {"op": "restored"})),
    # --- follow_up ----------------------------------------------------------
    ("follow_up", "生态局执行率最低的三个|第二个呢", IN(SMP, NTH("rate", "asc", 2))),
    ("follow_up", "两个局预算排前五的|倒数第一个是谁", NTH("budget", "desc", 5)),
    ("follow_up", "水务局得分最高的是哪个|它预算多少", IN(WAT, F(W(3), "budget"))),
    ("follow_up", "生态局执行率低于九成的有哪些|其中预算最高的", IN(SMP, RANK("budget", "desc", where=[["rate", "<", 90]]))),
    ("follow_up", "大气项目执行率多少|跟海洋那个比呢 谁高", GAP(E(8), E(4), "rate")),
    ("follow_up", "生态局得分最低的|去掉它以后呢", IN(SMP, RANK("score", "asc", exclude=[E(1)]))),
    ("follow_up", "水务局哪些项目执行率不到九十|那预算呢|它们加起来多少", IN(WAT, SUM("budget", ["rate", "<", 90]))),
    ("follow_up", "生态局有指标扣分的项目|一共几个", IN(SMP, COUNT(["lost_indicator"]))),
    # --- department_short ---------------------------------------------------
    ("department_short", "环境局预算最少的项目是哪个", IN(SMP, RANK("budget", "asc"))),
    ("department_short", "水务那边执行率最高的", IN(WAT, RANK("rate", "desc"))),
    # --- implementer --------------------------------------------------------
    ("implementer", "排水管理处负责的项目预算多少", FILTER(["implementer", "排水管理处"], show="budget")),
    ("implementer", "泵站工程是哪个单位实施的", IN(WAT, F(W(1), "implementer"))),
    # --- per_group ----------------------------------------------------------
    ("per_group", "每个局得分最低的项目各是哪个", PER_REPORT("score", "asc")),
    ("per_group", "两个局各自的整体执行率", PER_REPORT(None)),
    # --- switch -------------------------------------------------------------
    ("switch", "生态局整体执行率|那水务局呢", IN(WAT, OVERALL())),
    ("switch", "水务局执行率最低的项目|生态局呢", IN(SMP, RANK("rate", "asc"))),
    ("switch", "泵站那个执行率多少|那前年的呢", NONE("只有水务局 2023 年的报告，2021 年没有")),
    ("switch", "水务局预算合计|交通委的呢", NONE("库里没有交通委的报告")),
    ("switch", "生态局预算最高的项目|水务局呢", IN(WAT, RANK("budget", "desc"))),
    ("switch", "生态局24年整体执行率|那去年的呢", NONE("生态局只有 2024 年的报告")),
    # --- unanswerable_period ------------------------------------------------
    ("unanswerable_period", "生态局上半年执行了多少", NONE("自评表只有全年数，没有半年数")),
    ("unanswerable_period", "大气项目执行率多少|那三季度的呢", NONE("没有季度数")),
    ("unanswerable_period", "泵站工程一月份花了多少钱", NONE("没有月度数")),
    ("unanswerable_period", "帮我查下水务局第四季度的支出", NONE("没有季度数")),
    ("unanswerable_period", "截至六月底海洋项目执行进度到哪了", NONE("没有年中进度")),
    ("unanswerable_period", "23年下半年节水宣传执行数", NONE("没有半年数")),
    # --- unanswerable_future ------------------------------------------------
    ("unanswerable_future", "明年生态局预算打算给多少", NONE("没有以后年度的预算")),
    ("unanswerable_future", "25年泵站还要再投多少", NONE("没有 2025 年数据")),
    ("unanswerable_future", "帮忙预测一下水务局下一年执行率能到多少", NONE("不做预测")),
    ("unanswerable_future", "2026年科技合作那个预算会不会增加", NONE("没有 2026 年数据")),
    # --- unanswerable_field -------------------------------------------------
    ("unanswerable_field", "大气那个项目配了多少人员编制", NONE("自评表没有人员编制")),
    ("unanswerable_field", "泵站工程采购方式是公开招标吗", NONE("自评表没有采购方式")),
    ("unanswerable_field", "泵站改造那个预算多少|中标的是哪家单位", NONE("自评表没有中标单位")),
    ("unanswerable_field", "有没有用了专项债的项目 用了多少", NONE("自评表没有专项债")),
    ("unanswerable_field", "农村饮水那个合同金额是多少", NONE("自评表没有合同金额")),
    ("unanswerable_field", "党建项目负责人是谁 电话多少", NONE("自评表没有负责人和电话")),
    ("unanswerable_field", "科技与国际合作今年出国了几个人次", NONE("自评表没有出国人次")),
    # --- unanswerable_scope -------------------------------------------------
    ("unanswerable_scope", "交通委23年的项目得分情况", NONE("库里没有交通委")),
    ("unanswerable_scope", "生态局22年的整体执行率", NONE("生态局只有 2024 年")),
    ("unanswerable_scope", "北京市生态环境局的项目执行率", NONE("库里没有北京")),
    ("unanswerable_scope", "水务局24年预算合计多少", NONE("水务局只有 2023 年")),
    ("unanswerable_scope", "财政局有哪些项目", NONE("库里没有财政局")),
]
