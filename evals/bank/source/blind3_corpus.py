"""Blind set 3 over the eleven-report store: the real sample plus the ten corpus PDFs.

Store (same as ``corpus.py``): data/samples/000_714f557b0e494d5f.txt (上海市生态环境局
2024, 18 projects) and evals/documents/corpus/*.pdf (规资局 2022–2024, 交通委 2023–2024,
水务局 2022–2024, 绿容局 2024, 生态环境局 2023): 64 projects.

Written without reading or running the assistant: questions typed the way staff
type in a meeting (short department names, 实施单位 instead of the department,
two-digit and spoken years, spoken amounts, typos, follow-ups separated by "|",
only the last turn graded). Expectations come from ``evals/bank/oracle.py``.

Readings: 预算 = 全年预算数 of 年度资金总额; 得分 = 总分; 整体执行率 = Σ执行/Σ预算;
执行率的平均值 = mean of printed rates. A department with several stored years is
given a year unless the question says 三年/两年/历年/这几年/每年. A question that
names no department and no year is over the whole store ("*"). Single-report
questions are asked about that report (``document``).

Oracle ops added for this file (appended to oracle.py): ``bc3_groups`` (one
aggregate per named scope: 规资局24年 vs 交通委24年, 水务局22年 vs 24年) and
``bc3_share`` (one project's share of a scope's total).
"""

from evals.bank.source.corpus import (  # noqa: F401  (store and selector helpers)
    DEPTS, GZ, JT, LR, ST, STORED, SW, AT, COUNT, FD, FILTER, MEAN, ONE, OVERALL, PER, RANK, SUM, S, Y,
    store_paths,
)
from evals.bank.source.sample import NONE, NTH, F

PREFIX = "bc3"
DOCUMENT = "*"
WITH_STORE = True


def GROUPS(metric, *groups, **kw):
    """One aggregate per named scope (op bc3_groups)."""
    return {"op": "bc3_groups", "metric": metric, "groups": list(groups), **kw}


def SHARE(project, metric, scope, **kw):
    """A project's share (%) of the scope's total (op bc3_share)."""
    return {"op": "bc3_share", "project": project, "metric": metric, "scope": scope, **kw}


def IND(name, field, scope):
    return {"op": "indicator", "name": name, "field": field, "scope": scope}


QUESTIONS = [
    # --- one named project's figures in a department-year -------------------------------------
    ("figure", "帮我查下规资局23年那个地灾防治项目执行了多少", FD("GZ", 2023, "地质", "executed")),
    ("figure", "水务局24年海塘巡查养护 年初预算跟调整后的预算各多少", FD("SW", 2024, "海塘", "initial", "budget")),
    ("figure", "生态环境局24年表里名字缺了的那个项目 执行率多少", FD("ST", 2024, 11, "rate")),
    # --- typos and homophones -------------------------------------------------------------------
    ("typo", "出租汽车行业监关23年得分", FD("JT", 2023, "出租", "score")),
    ("typo", "景关照明运维还有多少钱没执行完", F("景观照明", "unexecuted")),
    ("typo", "水物局22年一共执行了多少", ONE("SW", 2022, SUM("executed"))),
    # --- spoken numbers ---------------------------------------------------------------------------
    ("spoken_number", "二三年预算超过一千五百万的项目", FILTER(["budget", ">", 1500], scope=Y(2023))),
    ("spoken_number", "二四年执行率不到百分之九十八点五的有多少个", COUNT(["rate", "<", 98.5], scope=Y(2024))),
    # --- rankings ---------------------------------------------------------------------------------
    ("ranking", "22年预算前三名", RANK("budget", "desc", 3, scope=Y(2022))),
    ("ranking", "交通委两年里单年执行数最大的三个项目", RANK("executed", "desc", 3, scope=S("JT"))),
    # --- thresholds: ranges and two conditions ----------------------------------------------------
    ("range", "生态局23年预算在四百到一千万之间的项目", ONE("ST", 2023, FILTER(["budget", ">", 400], ["budget", "<", 1000]))),
    ("range", "24年总分落在97到99分之间的有哪些", FILTER(["score", ">", 97], ["score", "<", 99], scope=Y(2024))),
    ("compound", "23年执行率没到九成九但得分过了九十九的", FILTER(["rate", "<", 99], ["score", ">", 99], scope=Y(2023))),
    # --- counts, sums, averages, overall rates -----------------------------------------------------
    ("count", "水务局三年的项目数加起来多少", COUNT(scope=S("SW"))),
    ("count", "用了上年结转资金的项目数 全库", COUNT(["carry", ">", 1])),
    ("sum", "麻烦看一眼 交通委24年当年财政拨款合计", ONE("JT", 2024, SUM("approp"))),
    ("average", "绿容局平均一个项目多少预算", ONE("LR", 2024, MEAN("budget"))),
    ("overall_rate", "24年所有部门合起来 总执行除以总预算是多少", OVERALL(scope=Y(2024))),
    # --- positions and differences --------------------------------------------------------------
    ("rank_position", "口袋公园执行率在绿容局排老几",
     ONE("LR", 2024, {"op": "position", "project": "口袋", "metric": "rate", "order": "desc"})),
    ("rank_position", "公路养护23年预算在23年所有项目里排第几",
     {"op": "position", "project": JT(2023, "公路"), "metric": "budget", "order": "desc", "scope": Y(2023)}),
    ("diff", "公路养护23年跟24年执行率差多少", {"op": "diff", "metric": "rate", "a": JT(2023, "公路"), "b": JT(2024, "公路")}),
    # --- indicators, lost points, texts ----------------------------------------------------------
    ("indicator", "24年列车正点率实际完成多少", AT("JT", 2024, IND("列车正点率", "actual", Y(2024)))),
    ("indicator", "安全隐患整改完成率24年扣了几分", AT("JT", 2024, IND("安全隐患整改完成率", "lost", Y(2024)))),
    ("indicator_count", "交通委24年航道疏浚有几条指标扣了分", FD("JT", 2024, "航道", "n_lost_indicators")),
    ("lost_points", "航道疏浚那个资源化利用率为啥没达标",
     AT("JT", 2024, {"op": "lost_rows", "project": JT(2024, "航道"), "contains": ["含水率"]})),
    ("text", "轨交安全监管24年完成情况咋说的",
     AT("JT", 2024, {"op": "text", "project": JT(2024, "轨道"), "field": "result_text", "contains": ["设备更新"]})),
    # --- follow-ups ---------------------------------------------------------------------------
    ("follow_up", "水务局24年按预算从大到小排一下|倒数第一是哪个", ONE("SW", 2024, NTH("budget", "desc", -1))),
    ("follow_up", "24年得分最低的五个|去掉绿容局的呢",
     RANK("score", "asc", 5, scope=Y(2024), exclude=[LR(2024, k) for k in range(1, 6)])),
    ("follow_up", "水务局22年执行率最低的那个|把它剔掉以后整体执行率多少", ONE("SW", 2022, OVERALL(exclude=["河道"]))),
    ("follow_up", "规资局24年预算最大的两个|它俩加起来多少",
     AT("GZ", 2024, {"op": "combined", "metric": "budget", "projects": [GZ(2024, "国土空间"), GZ(2024, "测绘")]})),
    ("follow_up", "交通委23年执行率最低的三个|第三个得分多少", FD("JT", 2023, "轨道", "score")),
    # --- exclusions -----------------------------------------------------------------------------
    ("exclusion", "除了公路养护 交通委24年其余项目预算一共多少", ONE("JT", 2024, SUM("budget", exclude=["公路"]))),
    # --- projects named by their implementer --------------------------------------------------
    ("implementer", "规划院负责的那个项目23年扣了几分", FD("GZ", 2023, "国土空间", "lost")),
    ("implementer", "执法总队的项目两年得分分别多少", FILTER(["implementer", "执法总队"], show="score")),
    # --- departments said short ----------------------------------------------------------------
    ("department_short", "规划资源局22年得分最高的", ONE("GZ", 2022, RANK("score", "desc"))),
    ("department_short", "环境局23年指标扣了分的项目", ONE("ST", 2023, FILTER(["lost_indicator"]))),
    # --- year scope over every department ----------------------------------------------------
    ("year_scope", "二三年库里总共几个项目", COUNT(scope=Y(2023))),
    ("year_scope", "2022年度执行率最低的是哪个", RANK("rate", "asc", scope=Y(2022))),
    # --- follow-ups switching department or year ---------------------------------------------
    ("switch", "水务局24年得分最低的|那规资局呢", ONE("GZ", 2024, RANK("score", "asc"))),
    ("switch", "绿容局执行率最低的项目|交通委24年呢", ONE("JT", 2024, RANK("rate", "asc"))),
    ("switch", "生态局23年科技与国际合作交流得分|24年呢", FD("ST", 2024, "科技", "score")),
    ("switch", "规资局22年总预算|那绿容局呢", NONE("绿容局只有 2024 年度，没有 2022 年")),
    ("switch", "交通委24年执行率最低的|那前年的呢", NONE("交通委没有 2022 年度")),
    ("switch", "水务局24年整体执行率|那住建委的呢", NONE("库里没有住建委")),
    # --- one answer per group ----------------------------------------------------------------
    ("per_group", "每个局历年执行数合计", PER("dept", "sum:executed")),
    ("per_group", "各年度执行率的平均值分别多少", PER("year", "mean:rate")),
    ("per_group", "23年各部门预算最大的项目分别是哪个",
     {"op": "per_group", "metric": "budget", "order": "desc", "scope": Y(2023)}),
    # --- comparisons across departments or years ----------------------------------------------
    ("compare", "24年规资局和交通委哪家总预算多", GROUPS("sum:budget", S("GZ", 2024), S("JT", 2024))),
    ("compare", "水务局22年跟24年整体执行率对比一下", GROUPS("overall", S("SW", 2022), S("SW", 2024))),
    ("compare", "交通委跟绿容局24年平均得分谁高", GROUPS("mean:score", S("JT", 2024), S("LR", 2024))),
    ("share", "口袋公园预算占绿容局总预算百分之多少", AT("LR", 2024, SHARE("口袋", "budget", S("LR", 2024)))),
    # --- the same project over several years --------------------------------------------------
    ("recurring", "基础测绘22到24年每年预算列一下", FILTER(["name", "基础测绘"], show="budget")),
    ("recurring", "不动产登记服务保障三年里执行率最好的是哪年", RANK("rate", "desc", where=[["name", "不动产登记"]])),
    ("recurring", "泵闸那个项目两年预算加起来", SUM("budget", where=[["name", "泵闸"]])),
    # --- the whole store ---------------------------------------------------------------------
    ("whole_store", "全库里花钱最少的三个项目", RANK("executed", "asc", 3)),
    ("whole_store", "所有项目里扣分最多的是哪个", RANK("lost", "desc")),
    # --- what the store cannot answer ---------------------------------------------------------
    ("unanswerable_period", "规资局24年执行率按季度拆一下", NONE("表里只有全年数，没有季度")),
    ("unanswerable_period", "交通委23年上半年花了多少", NONE("表里只有全年执行数")),
    ("unanswerable_period", "水务局22年12月份执行数是多少", NONE("没有月度数")),
    ("unanswerable_period", "绿容局24年前三季度整体执行率", NONE("没有季度数")),
    ("unanswerable_field", "公路养护24年合同金额多少", NONE("表中无合同金额")),
    ("unanswerable_field", "测绘院那个项目用的啥采购方式 公开招标吗", NONE("表中无采购方式、招标信息")),
    ("unanswerable_field", "那个啥 绿容局各项目负责人电话给我一下", NONE("表中无负责人及电话")),
    ("unanswerable_field", "规资局编制内人员多少", NONE("表中无人员编制")),
    ("unanswerable_twist", "口袋公园中央资金那部分执行率", NONE("资金只分当年财政拨款/上年结转/其他资金，没有中央资金")),
    ("unanswerable_twist", "河道综合整治24年专项债资金多少", NONE("表中无专项债")),
    ("unanswerable_twist", "口袋公园预算按区分一下 各区多少", NONE("表中无分区数")),
    ("unanswerable_twist", "出租汽车行业监管24年财政拨款里市级和区级各多少", NONE("财政拨款不分市级区级")),
    ("unanswerable_twist", "海塘堤防巡查养护23年执行率", NONE("海塘堤防巡查养护只有 2024 年度")),
    ("unanswerable_future", "交通委25年预算安排多少", NONE("没有 2025 年度")),
    ("unanswerable_future", "水务局明年执行率能不能到百分百", NONE("预测，表中没有")),
    ("unanswerable_future", "垃圾分类那个项目明年能不能达标", NONE("预测，表中没有")),
    ("unanswerable_scope", "绿容局23年口袋公园预算", NONE("绿容局只有 2024 年度")),
    ("unanswerable_scope", "交通委22年整体执行率", NONE("交通委只有 2023、2024 年度")),
    ("unanswerable_scope", "住建委24年得分最低的项目", NONE("库里没有住建委")),
]
