"""Bank questions over a store of several documents.

The corpus of Shanghai departments (evals/documents/corpus/*.pdf) was not there
when this file was written (35 minutes into the session), so, as the brief
allows, this store is the sample (上海市生态环境局 2024, 18 projects) plus
evals/documents/water_bureau_2023.txt (某市水务局 2023, 4 projects).
Selectors: ("生态环境局", 2024, seq) / ("水务局", 2023, seq), or a word unique in
the whole store's project names.
"""

from evals.bank.source.sample import NONE, RANK, F

PREFIX = "mul"
DOCUMENT = "*"
WITH_STORE = True
SMP = "000_714f557b0e494d5f.txt"
WAT = "water_bureau_2023.txt"
ECO = {"dept": "生态环境局"}
WATER = {"dept": "水务局"}


def store_paths():
    return ["data/samples/000_714f557b0e494d5f.txt", "evals/documents/water_bureau_2023.txt"]


def E(seq):
    return ("生态环境局", 2024, seq)


def W(seq):
    return ("水务局", 2023, seq)


def IN(document, spec):
    """A question about one document of the store."""
    return {**spec, "document": document}


def FILTER(*where, **kw):
    return {"op": "filter", "where": list(where), **kw}


def COUNT(*where, **kw):
    return {"op": "count", "where": list(where), **kw}


# --- spec helpers shared by the standalone sets (fresh, fresh2, fresh3, blind3, blind4; POS, TEXT: blind4_corpus) -----


def POS(project, metric, order, **kw):
    return {"op": "position", "project": project, "metric": metric, "order": order, **kw}


def IND(name, field=None):
    spec = {"op": "indicator", "name": name}
    if field:
        spec["field"] = field
    return spec


def GAP(a, b, metric, **kw):
    return {"op": "fr2_gap", "a": a, "b": b, "metric": metric, **kw}


def SHARE(project, metric, **kw):
    return {"op": "share", "project": project, "metric": metric, **kw}


def SUM(metric, *where, **kw):
    return {"op": "sum", "metric": metric, "where": list(where), **kw}


def MEAN(metric, *where, **kw):
    return {"op": "mean", "metric": metric, "where": list(where), **kw}


def OVERALL(*where, **kw):
    return {"op": "overall_rate", "where": list(where), **kw}


def TEXT(project, field, *words):
    return {"op": "text", "project": project, "field": field, "contains": list(words)}


QUESTIONS = [
    # --- departments named short or by an implementer --------------------------------
    ("department_short", "生态局总预算多少", IN(SMP, {"op": "sum", "metric": "budget", "scope": ECO})),
    ("department_short", "水务局一共几个项目", IN(WAT, COUNT(scope=WATER))),
    ("department_short", "环境局执行率最低的三个", IN(SMP, RANK("rate", "asc", 3, scope=ECO))),
    ("department_short", "水务局整体执行率", IN(WAT, {"op": "overall_rate", "scope": WATER})),
    ("department_short", "生态环境局得分最低的项目", IN(SMP, RANK("score", "asc", 1, scope=ECO))),
    ("department_short", "水务的项目里预算最多的", IN(WAT, RANK("budget", "desc", 1, scope=WATER))),
    ("department_short", "排水管理处的项目执行率多少", IN(WAT, F(W(1), "rate"))),
    ("department_short", "水文总站实施的那个项目得分", IN(WAT, F(W(2), "score"))),
    ("department_short", "农村供水服务中心负责的项目预算", IN(WAT, F(W(3), "budget"))),
    ("department_short", "节约用水办公室那个项目执行了多少", IN(WAT, F(W(4), "executed"))),
    ("department_short", "生态局有指标扣分的项目", IN(SMP, FILTER(["lost_indicator"], scope=ECO))),
    ("department_short", "水务局评级为良的项目", IN(WAT, FILTER(["grade", "良"], scope=WATER))),
    ("department_short", "环境局执行率不到90的有几个", IN(SMP, COUNT(["rate", "<", 90], scope=ECO))),
    # --- unscoped questions over the whole store ------------------------------------
    ("whole_store", "所有项目总预算多少", {"op": "sum", "metric": "budget"}),
    ("whole_store", "库里一共多少个项目", COUNT()),
    ("whole_store", "全部项目执行率最低的三个", RANK("rate", "asc", 3)),
    ("whole_store", "得分最低的项目是哪个", RANK("score", "asc", 1)),
    ("whole_store", "所有项目整体执行率", {"op": "overall_rate"}),
    ("whole_store", "预算最多的两个项目", RANK("budget", "desc", 2)),
    ("whole_store", "评级不是优的项目", FILTER(["grade", "良"])),
    ("whole_store", "全部项目里有指标扣分的", FILTER(["lost_indicator"])),
    ("whole_store", "总执行数多少", {"op": "sum", "metric": "executed"}),
    ("whole_store", "得分低于97的项目有哪些", FILTER(["score", "<", 97])),
    ("whole_store", "执行率低于70的项目", FILTER(["rate", "<", 70])),
    ("whole_store", "所有项目平均得分", {"op": "mean", "metric": "score"}),
    ("whole_store", "年初预算全部加起来多少", {"op": "sum", "metric": "initial"}),
    ("whole_store", "没花完的钱最多的三个项目", RANK("unexecuted", "desc", 3)),
    # --- named projects across the store (no department said) -----------------------
    ("figure", "泵站项目执行率", IN(WAT, F("泵站", "rate"))),
    ("figure", "海洋项目预算", IN(SMP, F("海洋", "budget"))),
    ("figure", "节水宣传得分多少", IN(WAT, F("节约用水", "score"))),
    ("figure", "大气项目执行了多少", IN(SMP, F("大气", "executed"))),
    ("figure", "农村饮水项目评级", IN(WAT, F("饮水", "grade"))),
    ("figure", "党建项目执行率和得分", IN(SMP, F("党建", "rate", "score"))),
    ("typo", "海羊项目得分", IN(SMP, F("海洋", "score"))),
    ("typo", "泵占维修改造项目预算", IN(WAT, F("泵站", "budget"))),
    ("typo", "执发应急项目执行率", IN(SMP, F("执法", "rate"))),
    ("typo", "水文水质监侧站网执行数", IN(WAT, F("水文", "executed"))),
    # --- switching department or year in a follow-up --------------------------------
    ("switch", "生态环境局总预算|那水务局呢", IN(WAT, {"op": "sum", "metric": "budget", "scope": WATER})),
    ("switch", "水务局整体执行率|生态局呢", IN(SMP, {"op": "overall_rate", "scope": ECO})),
    ("switch", "水务局执行率最低的项目|那生态环境局呢", IN(SMP, RANK("rate", "asc", 1, scope=ECO))),
    ("switch", "海洋项目执行率|那泵站项目呢", IN(WAT, F("泵站", "rate"))),
    ("switch", "生态局项目数|水务局呢", IN(WAT, COUNT(scope=WATER))),
    ("switch", "水务局得分最高的|那生态局得分最低的呢", IN(SMP, RANK("score", "asc", 1, scope=ECO))),
    ("switch", "泵站项目预算|那党建呢", IN(SMP, F("党建", "budget"))),
    ("switch", "24年的总预算|23年的呢", IN(WAT, {"op": "sum", "metric": "budget", "scope": {"year": 2023}})),
    ("switch", "2023年执行率最低的项目|那2024年的呢", IN(SMP, RANK("rate", "asc", 1, scope={"year": 2024}))),
    ("switch", "水务局有几个项目有指标扣分|环境局呢", IN(SMP, COUNT(["lost_indicator"], scope=ECO))),
    ("switch", "生态局预算最多的三个|那水务局的呢", IN(WAT, RANK("budget", "desc", 3, scope=WATER))),
    ("switch", "23年整体执行率|去年的呢", NONE("2023 的去年是 2022，库里没有 2022 年度")),
    ("switch", "生态环境局2024年总预算|去年的呢", NONE("生态环境局只有 2024 年度")),
    ("switch", "水务局总预算|那交通委呢", NONE("库里没有交通委")),
    ("switch", "水务局23年执行率|24年的呢", NONE("水务局只有 2023 年度")),
    ("switch", "海洋项目预算|那规资局呢", NONE("库里没有规划和自然资源局")),
    # --- per-group questions --------------------------------------------------------
    ("per_group", "每个局得分最低的项目", {"op": "per_group", "metric": "score", "order": "asc"}),
    ("per_group", "各年度的整体执行率", {"op": "per_year"}),
    ("per_group", "每个部门预算最多的项目", {"op": "per_group", "metric": "budget", "order": "desc"}),
    ("per_group", "各局分别有几个项目", {"op": "per_group", "metric": "count"}),
    ("per_group", "两个局各自的整体执行率", {"op": "per_group", "metric": None}),
    ("per_group", "每个局执行率最低的项目", {"op": "per_group", "metric": "rate", "order": "asc"}),
    ("per_group", "各部门总预算分别多少", {"op": "per_group", "metric": "sum_budget"}),
    ("per_group", "每个局执行数最多的是哪个项目", {"op": "per_group", "metric": "executed", "order": "desc"}),
    # --- year scoping ---------------------------------------------------------------
    ("year_scope", "2023年的项目有哪些", IN(WAT, FILTER(scope={"year": 2023}))),
    ("year_scope", "24年总预算多少", IN(SMP, {"op": "sum", "metric": "budget", "scope": {"year": 2024}})),
    ("year_scope", "23年执行率最低的是哪个", IN(WAT, RANK("rate", "asc", 1, scope={"year": 2023}))),
    ("year_scope", "2024年度得分低于97的项目", IN(SMP, FILTER(["score", "<", 97], scope={"year": 2024}))),
    ("year_scope", "2023年度项目平均得分", IN(WAT, {"op": "mean", "metric": "score", "scope": {"year": 2023}})),
    # --- conditions, ranges, exclusions over the store ------------------------------
    ("compound", "预算超过1000万并且执行率低于95的项目", FILTER(["budget", ">", 1000], ["rate", "<", 95])),
    ("compound", "有指标扣分而且预算500万以上的项目", FILTER(["lost_indicator"], ["budget", ">", 500])),
    ("compound", "年初预算调整过并且执行率不到70的", FILTER(["changed_budget"], ["rate", "<", 70])),
    ("range", "执行率介于85和95之间的项目", FILTER(["rate", ">", 85], ["rate", "<", 95])),
    ("range", "预算1000万到2500万之间的", FILTER(["budget", ">", 1000], ["budget", "<", 2500])),
    ("range", "得分在90到97之间的有几个", COUNT(["score", ">", 90], ["score", "<", 97])),
    ("exclusion", "除去科技与国际合作交流 所有项目预算合计", {"op": "sum", "metric": "budget", "exclude": ["科技"]}),
    ("exclusion", "不算泵站项目 得分最低的是哪个", RANK("score", "asc", 1, exclude=["泵站"])),
    ("exclusion", "去掉预算最大的两个 剩下的总预算", {"op": "sum", "metric": "budget", "exclude": ["科技", "饮水"]}),
    ("exclusion", "除了节水宣传 执行率最低的三个", RANK("rate", "asc", 3, exclude=["节约用水"])),
    ("share", "哪些项目预算占全部总预算一成以上", FILTER(["share_of_total", "budget", ">", 0.1])),
    ("share", "泵站项目财政拨款占自己全年预算多少", IN(WAT, F("泵站", "approp_share"))),
    ("share", "当年财政拨款不到自身预算九成的项目", FILTER(["approp_share", "<", 90])),
    ("average", "得分低于所有项目平均分的", FILTER(["below_mean", "score"])),
    ("average", "全部项目平均预算多少", {"op": "mean", "metric": "budget"}),
    ("average", "预算高于全库平均预算的项目有几个", COUNT(["above_mean", "budget"])),
    ("rank_position", "泵站项目执行率在所有项目里从高到低排第几", {"op": "position", "project": "泵站", "metric": "rate", "order": "desc"}),
    ("rank_position", "水文监测项目预算在全部项目里排第几", {"op": "position", "project": "水文", "metric": "budget", "order": "desc"}),
    ("rank_position", "农村饮水项目预算全库排老几", {"op": "position", "project": "饮水", "metric": "budget", "order": "desc"}),
    ("rank_position", "节水宣传得分在所有项目里从低往高排第几", {"op": "position", "project": "节约用水", "metric": "score", "order": "asc"}),
    ("count", "全部项目里评级为优的有几个", COUNT(["grade", "优"])),
    ("count", "执行率不到90的项目有几个", COUNT(["rate", "<", 90])),
    ("count", "所有有指标扣分的项目几个", COUNT(["lost_indicator"])),
    ("overall_rate", "预算超过1000万的项目合起来执行率", {"op": "overall_rate", "where": [["budget", ">", 1000]]}),
    ("overall_rate", "有指标扣分的项目总体执行率", {"op": "overall_rate", "where": [["lost_indicator"]]}),
    ("overall_rate", "除去生态环境局 剩下的整体执行率", {"op": "overall_rate", "scope": WATER}),
    # --- indicators, texts, topics, data quality over the store ---------------------
    ("indicator", "汛前完工率实际多少", IN(WAT, {"op": "indicator", "name": "汛前完工率", "field": "actual"})),
    ("indicator", "培训次数这个指标扣了几分", IN(SMP, {"op": "indicator", "name": "培训次数", "field": "lost"})),
    ("indicator", "受益人口目标多少万人", IN(WAT, {"op": "indicator", "name": "受益人口", "field": "target"})),
    ("indicator", "单站运维成本实际多少", IN(WAT, {"op": "indicator", "name": "单站运维成本", "field": "actual"})),
    ("indicator", "科研项目综合绩效评价完成数量目标多少项", IN(SMP, {"op": "indicator", "name": "科研项目综合绩效评价完成数量", "field": "target"})),
    ("indicator_count", "泵站项目有几个指标", IN(WAT, F("泵站", "n_indicators"))),
    ("indicator_count", "海洋项目几条绩效指标", IN(SMP, F("海洋", "n_indicators"))),
    ("indicator_count", "农村饮水项目指标有几个", IN(WAT, F("饮水", "n_indicators"))),
    ("lost_points", "泵站项目哪些指标扣分 为什么", IN(WAT, {"op": "lost_rows", "project": "泵站", "contains": ["汛期提前"]})),
    ("lost_points", "哪个项目扣分最多", RANK("lost", "desc", 1)),
    ("lost_points", "扣分最多的三个项目", RANK("lost", "desc", 3)),
    ("text", "节水宣传项目是干啥的", IN(WAT, {"op": "text", "project": "节约用水", "contains": ["节水宣传周"]})),
    ("text", "督察项目目标是啥", IN(SMP, {"op": "text", "project": E(16), "contains": ["督察"]})),
    ("text", "农村饮水项目完成得怎么样", IN(WAT, {"op": "text", "project": "饮水", "field": "result_text", "contains": ["受益人口"]})),
    ("topic", "跟海洋有关的项目", {"op": "topic", "words": ["海洋"]}),
    ("topic", "排涝方面的项目有哪些", {"op": "topic", "words": ["排涝"]}),
    ("topic", "饮水安全相关的项目", {"op": "topic", "words": ["饮水"]}),
    ("topic", "跟辐射相关的", {"op": "topic", "words": ["辐射"]}),
    ("data_quality", "哪些项目评分等级没填 是补的", {"op": "restored_field", "field": "grade"}),
    ("data_quality", "所有项目里 哪些指标目标值符号可能录错了", {"op": "flagged", "kinds": ["operator_contradiction"]}),
    ("data_quality", "有指标得分是补全的项目有哪些", {"op": "restored_field", "field": "indicator_score"}),
    ("data_quality", "库里有几个项目有补全的数据", {"op": "restored", "count": True}),
    # --- follow-ups over the store --------------------------------------------------
    ("follow_up", "全部项目执行率最低的三个|第二个呢", {"op": "nth", "metric": "rate", "order": "asc", "k": 2}),
    ("follow_up", "预算最多的三个项目|末尾那个", {"op": "nth", "metric": "budget", "order": "desc", "k": 3}),
    ("follow_up", "得分最低的三个项目|它们合计预算多少", {"op": "combined", "metric": "budget", "projects": [W(1), E(1), W(4)]}),  # 88.41, 95.90, 96.17
    ("follow_up", "泵站项目执行率|跟党建比呢", {"op": "diff", "metric": "rate", "a": "泵站", "b": "党建"}),
    ("follow_up", "执行率最低的是哪个|去掉这个以后呢", RANK("rate", "asc", 1, exclude=["节约用水"])),
    ("follow_up", "评级为良的项目|它的得分呢", IN(WAT, F("泵站", "score"))),
    # --- what the store cannot answer -----------------------------------------------
    ("unanswerable_scope", "交通委的项目有哪些", NONE("库里没有交通委")),
    ("unanswerable_scope", "规资局2023年总预算", NONE("库里没有规划和自然资源局")),
    ("unanswerable_scope", "绿容局执行率最低的项目", NONE("库里没有绿化和市容管理局")),
    ("unanswerable_scope", "生态环境局2023年的整体执行率", NONE("生态环境局只有 2024 年度")),
    ("unanswerable_scope", "水务局24年的项目", NONE("水务局只有 2023 年度")),
    ("unanswerable_scope", "2022年所有项目总预算", NONE("库里没有 2022 年度")),
    ("unanswerable_scope", "21年的项目有几个", NONE("库里没有 2021 年度")),
    ("unanswerable_scope", "北京市交通委的预算", NONE("库里没有北京市交通委")),
    ("unanswerable_scope", "上海市水务局的项目", NONE("库里的水务局是某市水务局")),
    ("unanswerable_scope", "教委得分最低的项目", NONE("库里没有教委")),
    ("unanswerable_scope", "地铁建设项目执行率", NONE("没有该项目")),
    ("unanswerable_period", "所有项目上半年执行率", NONE("只有全年数")),
    ("unanswerable_period", "水务局三季度执行数", NONE("没有季度数")),
    ("unanswerable_period", "生态局一月份花了多少", NONE("没有月度数")),
    ("unanswerable_period", "泵站项目汛前花了多少钱", NONE("没有分期数")),
    ("unanswerable_period", "海洋项目前三季度执行率", NONE("没有季度数")),
    ("unanswerable_future", "明年各局预算多少", NONE("没有下一年度")),
    ("unanswerable_future", "水务局下一年度项目安排", NONE("没有下一年度")),
    ("unanswerable_future", "2025年生态局总预算", NONE("没有 2025 年度")),
    ("unanswerable_future", "泵站项目明年的预算", NONE("没有下一年度")),
    ("unanswerable_field", "各局人员编制多少", NONE("表中无人员编制")),
    ("unanswerable_field", "泵站项目的施工单位", NONE("表中无施工单位")),
    ("unanswerable_field", "海洋项目采购方式", NONE("表中无采购方式")),
    ("unanswerable_field", "水务局项目负责人是谁", NONE("表中无负责人")),
    ("unanswerable_field", "所有项目合同金额合计", NONE("表中无合同金额")),
    ("unanswerable_field", "农村饮水项目的中标单位", NONE("表中无中标单位")),
    ("unanswerable_field", "党建项目的审计结论", NONE("表中无审计结论")),
    ("unanswerable_field", "大气项目的政府采购金额", NONE("表中无政府采购金额")),
    ("unanswerable_field", "泵站项目得分|那它的监理单位呢", NONE("表中无监理单位")),
    ("unanswerable_field", "水文站项目运维人员有多少", NONE("表中无人员数")),
    ("unanswerable_field", "各局的办公经费", NONE("表中无办公经费")),
    ("unanswerable_period", "水务局上半年总执行数", NONE("只有全年数")),
    ("unanswerable_period", "生态局12月份的执行率", NONE("没有月度数")),
    ("unanswerable_future", "下一年度各局整体执行率目标", NONE("没有下一年度")),
    ("unanswerable_scope", "绿化和市容管理局22年的项目", NONE("库里没有绿化和市容管理局")),
    ("unanswerable_scope", "交通委23年执行率最低的项目", NONE("库里没有交通委")),
    ("unanswerable_scope", "生态环境局22年总预算", NONE("生态环境局只有 2024 年度")),
    ("unanswerable_scope", "水务局2024年评级为良的项目", NONE("水务局只有 2023 年度")),
    ("switch", "水务局项目数|那绿容局呢", NONE("库里没有绿化和市容管理局")),
    ("switch", "生态局执行率最低的三个|那水务局的呢", IN(WAT, RANK("rate", "asc", 3, scope=WATER))),
    ("switch", "农村饮水项目预算|那核与辐射呢", IN(SMP, F("辐射", "budget"))),
    ("per_group", "每个局有几个项目有指标扣分", {"op": "per_group", "metric": "count_lost"}),
    ("department_short", "水务局有指标扣分的项目扣了哪些分", IN(WAT, {"op": "lost_rows", "project": W(1)})),
    ("whole_store", "预算不到50万的项目", FILTER(["budget", "<", 50])),
    ("whole_store", "执行率超过99.8的项目有哪些", FILTER(["rate", ">", 99.8])),
    ("year_scope", "2024年有几个项目执行率不到95", IN(SMP, COUNT(["rate", "<", 95], scope={"year": 2024}))),
]
