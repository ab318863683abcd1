"""Second fresh blind set over the two-report store: standalone, never split into dev/held-out.

Store: the sample (上海市生态环境局 2024, 18 projects) plus
evals/documents/water_bureau_2023.txt (某市水务局 2023, 4 projects), as in
multi.py and fresh.py. Written blind (without reading or running the assistant),
in wording of its own: chat typed during a meeting (帮我查下, 那个啥, 麻烦看一眼),
short department names (环境局, 生态局, 水务口, 排水处), homophone typos (海阳, 和辐射,
党见, 宣转, 排无), spoken numbers (八成五, 两成, 九十九点九, 一千二百万), two-digit years
and follow-ups (第二个, 倒数第一, 拿掉它, 它们一共, 跟X比呢, 换成X).

Readings: 预算 = 全年预算数 of 年度资金总额, 得分 = 总分, 执行率 = the printed
rate, 整体/合计执行率 = Σ执行/Σ预算, 没花完/结余 = 预算 − 执行数. "差多少" questions
expect both values and the gap (new op ``fr2_gap``); "X占多少" expects the share
in percent (new op ``fr2_share``). Sample projects are picked by seq with E(seq)
(names are garbled: 海洋 #4, 全市生态环境保障 #7, 党建 #10, 法规与标准 #11 (name
missing), 队伍建设 #12, 执法和应急 #13, 核与辐射 #14, 环评/排污许可 #15, 督察 #16
(stored as 上海市环保全费), 宣传教育/后勤 #18), water projects by W(seq).

About 28% cannot be answered from the annual tables (found=false): a period the
table lacks, a future year or a prediction, a field the template lacks, a
department or year not in the store, and near-misses that twist one detail (中央
资金部分, 专项债, 按季度, 市级/区级拨款, 第三方评价).
"""

from evals.bank.source.multi import COUNT, E, ECO, FILTER, GAP, IN, IND, MEAN, OVERALL, POS, SHARE, SMP, SUM, W, WAT, WATER
from evals.bank.source import multi
from evals.bank.source.sample import NONE, RANK, F

PREFIX = "fr2"
DOCUMENT = "*"
WITH_STORE = True
store_paths = multi.store_paths  # the sample + the water bureau, as multi.py


QUESTIONS = [
    # --- a named project's figures --------------------------------------------------
    ("figure", "那个啥 核辐射安全那块资金得分几分", IN(SMP, F(E(14), "funds_score"))),
    ("figure", "泵站改造工程上年结转的钱有多少", IN(WAT, F(W(1), "carry"))),
    ("figure", "全市生态环境保障这个项目 财政拨款和其他资金各是多少", IN(SMP, F(E(7), "approp", "other"))),
    ("figure", "队伍建设那个 年初报了多少 后来全年预算又是多少", IN(SMP, F(E(12), "initial", "budget"))),
    ("figure", "水文水质监测站网 评了个啥等级 总分多少", IN(WAT, F(W(2), "grade", "score"))),
    # --- typos and homophones -------------------------------------------------------
    ("typo", "海阳生态环境保护 一共执行了多少", IN(SMP, F(E(4), "executed"))),
    ("typo", "帮我查下 节约用水宣转年初预算多少", IN(WAT, F(W(4), "initial"))),
    ("typo", "环评跟排无许可证管理那个 预算", IN(SMP, F(E(15), "budget"))),
    ("typo", "党见群建工作执行率", IN(SMP, F(E(10), "rate"))),
    # --- spoken numbers -------------------------------------------------------------
    ("spoken_number", "执行率低于八十五点五的项目都列一下", FILTER(["rate", "<", 85.5])),
    ("spoken_number", "两边预算不到两百万的有几个", COUNT(["budget", "<", 200])),
    ("spoken_number", "执行率过了百分之九十九点五的项目数", COUNT(["rate", ">", 99.5])),
    # --- exclusions -----------------------------------------------------------------
    ("exclusion", "党建先剔掉 环境局支出进度排最后三名的", IN(SMP, RANK("rate", "asc", 3, scope=ECO, exclude=[E(10)]))),
    ("exclusion", "科技国际合作那个太大了 不算它 生态局项目平均预算多少",
     IN(SMP, MEAN("budget", scope=ECO, exclude=[E(9)]))),
    ("exclusion", "泵站跟节水宣传先不看 还有哪些执行率没到九成的",
     FILTER(["rate", "<", 90], exclude=[W(1), W(4)])),
    # --- two conditions, ranges -----------------------------------------------------
    ("compound", "执行率九成五往上 但指标还是被扣了分的项目", FILTER(["rate", ">", 95], ["lost_indicator"])),
    ("compound", "生态局年中调过预算 而且执行率还不到九成的",
     IN(SMP, FILTER(["changed_budget"], ["rate", "<", 90], scope=ECO))),
    ("range", "生态局预算在三百到五百万之间的项目", IN(SMP, FILTER(["budget", ">", 300], ["budget", "<", 500], scope=ECO))),
    ("range", "得分在九十六到九十七分中间的有哪些", FILTER(["score", ">", 96], ["score", "<", 97])),
    # --- shares ---------------------------------------------------------------------
    ("share", "哪个项目一家就占了环境局全部预算的两成以上",
     IN(SMP, FILTER(["share_of_total", "budget", ">", 0.2], scope=ECO))),
    ("share", "农村饮水安全占水务局总预算百分之多少", IN(WAT, SHARE(W(3), "budget", scope=WATER))),
    ("share", "财政拨款占比不到九成的项目", FILTER(["approp_share", "<", 90])),
    # --- averages -------------------------------------------------------------------
    ("average", "生态局项目执行数平均下来每个多少", IN(SMP, MEAN("executed", scope=ECO))),
    ("average", "执行率比两个局所有项目平均值还低的", FILTER(["below_mean", "rate"])),
    # --- rank position --------------------------------------------------------------
    ("rank_position", "执法和应急的执行率 在环境局从低往高数排第几", IN(SMP, POS(E(13), "rate", "asc", scope=ECO))),
    ("rank_position", "泵站那个预算在两家所有项目里排老几", POS(W(1), "budget", "desc")),
    # --- rankings -------------------------------------------------------------------
    ("ranking", "钱最多的三个项目 按大小排", RANK("budget", "desc", 3)),
    ("ranking", "支出进度垫底的四个项目", RANK("rate", "asc", 4)),
    ("ranking", "环境局资金那一项得分最低的俩", IN(SMP, RANK("funds_score", "asc", 2, scope=ECO))),
    # --- counts ---------------------------------------------------------------------
    ("count", "执行率达到百分百的项目几个", COUNT(["rate", ">", 99.99])),
    ("count", "有上年结转资金的项目有几个", COUNT(["carry", ">", 0.01])),
    # --- sums -----------------------------------------------------------------------
    ("sum", "生态局那些没花完的钱总共剩多少", IN(SMP, SUM("unexecuted", scope=ECO))),
    ("sum", "预算过一千万的那几个 执行数加一块是多少", SUM("executed", ["budget", ">", 1000])),
    # --- overall rate ---------------------------------------------------------------
    ("overall_rate", "水务局扣掉农村饮水那个 总的执行率", IN(WAT, OVERALL(scope=WATER, exclude=[W(3)]))),
    ("overall_rate", "预算一千万以上那几个大项目 合起来执行率多少", OVERALL(["budget", ">", 1000])),
    # --- difference between two projects -------------------------------------------
    ("difference", "大气比海洋多执行了多少钱", IN(SMP, GAP(E(8), E(4), "executed"))),
    ("difference", "泵站改造跟水文站网执行率差了几个点", IN(WAT, GAP(W(1), W(2), "rate"))),
    # --- indicators -----------------------------------------------------------------
    ("indicator", "汛前完工率实际才做到多少", IN(WAT, IND("汛前完工率", "actual"))),
    ("indicator", "单站运维成本实际是多少", IN(WAT, IND("单站运维成本", "actual"))),
    ("indicator", "培训次数那条指标扣了几分", IN(SMP, IND("培训次数", "lost"))),
    ("indicator_count", "水务局四个项目分别有几条指标", IN(WAT, FILTER(scope=WATER, show="n_indicators"))),
    ("indicator_count", "生态局指标条数最多的三个项目", IN(SMP, RANK("n_indicators", "desc", 3, scope=ECO))),
    # --- lost points ----------------------------------------------------------------
    ("lost_points", "监测总量控制排污权那个 扣分的指标跟扣的分数", IN(SMP, {"op": "lost_rows", "project": E(1)})),
    ("lost_points", "泵站那个项目指标上一共被扣了多少分", IN(WAT, F(W(1), "ind_lost"))),
    ("lost_points", "两个局总分扣得最多的前三名", RANK("lost", "desc", 3)),
    # --- goal and result texts, topics ----------------------------------------------
    ("text", "督察那个项目年度目标写的啥", IN(SMP, {"op": "text", "project": E(16), "contains": ["警示片"]})),
    ("text", "科技与国际合作交流 实际干成了哪些事", IN(SMP, {"op": "text", "project": E(9), "field": "result_text",
                                                    "contains": ["37项"]})),
    ("topic", "涉及辐射的项目", {"op": "topic", "words": ["辐射"]}),
    # --- data quality ---------------------------------------------------------------
    ("data_quality", "哪几张表的指标符号可能填错了", {"op": "flagged", "kinds": ["operator_contradiction"]}),
    ("data_quality", "有没有项目某条指标原表没填得分 是系统补的", {"op": "restored_field", "field": "indicator_score"}),
    # --- follow-ups -----------------------------------------------------------------
    ("follow_up", "水务局执行率最高的两个|第二个年初预算多少", IN(WAT, F(W(2), "initial"))),
    ("follow_up", "环境局分数最低三个|垫底那个执行率呢", IN(SMP, F(E(1), "rate"))),
    ("follow_up", "预算最大的五个项目|拿掉科技那个 剩下四个预算合计",
     {"op": "combined", "metric": "budget", "projects": [W(3), E(5), E(15), W(1)]}),
    ("follow_up", "党建项目执行率|跟执法应急比呢 差多少", IN(SMP, GAP(E(10), E(13), "rate"))),
    ("follow_up", "执行率低于九成的项目|它们一共还有多少钱没花出去", SUM("unexecuted", ["rate", "<", 90])),
    ("follow_up", "环境局钱最少的项目|这个项目几条绩效指标", IN(SMP, F(E(12), "n_indicators"))),
    ("follow_up", "支出进度前三|头名剔掉 重新取前三", RANK("rate", "desc", 3, exclude=[W(3)])),
    # --- department short names, switching, per group, whole store ------------------
    ("department_short", "环境局执行数合计", IN(SMP, SUM("executed", scope=ECO))),
    ("department_short", "排水处负责的那个项目得了几分", IN(WAT, FILTER(["implementer", "排水管理处"], show="score"))),
    ("switch", "环境局谁得分最低|水务那边呢", IN(WAT, RANK("score", "asc", 1, scope=WATER))),
    ("switch", "水务局执行率的平均值|换成生态局", IN(SMP, MEAN("rate", scope=ECO))),
    ("per_group", "俩局各算各的 总执行率多少", {"op": "per_group"}),
    ("year_scope", "23年度那份里执行数最多的", IN(WAT, RANK("executed", "desc", 1, scope={"year": 2023}))),
    # --- what the store cannot answer -----------------------------------------------
    ("unanswerable_period", "生态局三季度执行率多少", NONE("只有全年数，没有季度数")),
    ("unanswerable_period", "泵站项目上半年花了多少钱", NONE("只有全年数，没有半年数")),
    ("unanswerable_period", "大气那个12月份执行数", NONE("没有月度数")),
    ("unanswerable_period", "水文站网按季度的支出进度给我排一下", NONE("没有季度数")),
    ("unanswerable_future", "25年生态局预算会不会涨", NONE("没有 2025 年度，也不做预测")),
    ("unanswerable_future", "泵站剩下那两座明年能修完不", NONE("不做预测，没有下一年度数据")),
    ("unanswerable_future", "27年节水宣传准备安排多少钱", NONE("没有 2027 年度")),
    ("unanswerable_field", "党建项目负责人电话多少", NONE("表中无联系人电话")),
    ("unanswerable_field", "农村饮水那个工程最后哪家中标的", NONE("表中无招标与中标单位")),
    ("unanswerable_field", "大气项目签的合同金额是多少", NONE("表中无合同金额")),
    ("unanswerable_field", "水务局人员编制多少人", NONE("表中无人员编制")),
    ("unanswerable_field", "科技合作那个项目走的什么采购方式", NONE("表中无采购方式")),
    ("unanswerable_field", "泵站改造具体修的是哪几座泵站 叫啥名", NONE("表中只有座数，没有泵站名称")),
    ("unanswerable_scope", "交通委的项目执行率怎么样", NONE("库里没有交通委")),
    ("unanswerable_scope", "生态局22年自评表里得分最低的", NONE("生态环境局只有 2024 年度")),
    ("unanswerable_scope", "水务局24年预算合计", NONE("水务局只有 2023 年度")),
    ("unanswerable_scope", "闵行生态环境局哪个项目执行率最差", NONE("库里没有区级生态环境局")),
    ("unanswerable_opinion", "党建项目为啥只批了二十五万", NONE("表中无预算审批理由")),
    ("unanswerable_twist", "全市生态环境保障那个 中央资金部分执行率多少", NONE("表中无中央资金一行，只有财政拨款与其他资金")),
    ("unanswerable_twist", "泵站改造用的专项债资金执行了多少", NONE("表中无专项债资金")),
    ("unanswerable_twist", "生态局财政拨款里市级和区级各多少", NONE("财政拨款不分市级区级")),
    ("unanswerable_twist", "节约用水宣传第三方评价打了多少分", NONE("只有自评，没有第三方评价")),
    ("switch", "水务局预算合计|那规划资源局的呢", NONE("库里没有规划资源局")),
    ("switch", "环境局24年总体支出进度|23年呢", NONE("生态环境局只有 2024 年度")),
]
