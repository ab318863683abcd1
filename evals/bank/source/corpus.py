"""Bank questions over one store of eleven reports: the real sample plus the ten corpus PDFs.

Store: data/samples/000_714f557b0e494d5f.txt (上海市生态环境局 2024, 18 projects) and
evals/documents/corpus/*.pdf (上海市规划和自然资源局 2022–2024, 上海市交通委员会
2023–2024, 上海市水务局 2022–2024, 上海市绿化和市容管理局 2024, 上海市生态环境局
2023): 64 projects. Staff name departments short (规资局, 交通委, 水务局, 绿容局,
环境局) or by a project's 实施单位, and scope recurring projects (国土空间规划编制,
河道综合整治, 公路养护管理 …) by year.

Selectors: GZ/JT/SW/LR/ST(year, word_or_seq) pick inside one department-year; a
bare word must be unique in the whole store. A question whose answer lies in one
report is asked about that report (``document``); the others use "*" and
"FILE#SEQ". Department-years not stored (交通委 2022, 绿容局 2022/2023, 生态环境局
2022, any year before 2022 or after 2024) and other departments are found=false.
"""

from evals.bank.source.sample import NONE, F

PREFIX = "cor"
DOCUMENT = "*"
WITH_STORE = True
SMP = "000_714f557b0e494d5f.txt"

DEPTS = {
    "GZ": ("规划和自然资源局", "guizi"),
    "JT": ("交通委员会", "jiaotong"),
    "SW": ("水务局", "shuiwu"),
    "LR": ("绿化和市容管理局", "lvrong"),
    "ST": ("生态环境局", "shengtai"),
}
STORED = {"GZ": (2022, 2023, 2024), "JT": (2023, 2024), "SW": (2022, 2023, 2024), "LR": (2024,), "ST": (2023, 2024)}


def store_paths():
    files = [f"evals/documents/corpus/{stem}_{year}.pdf"
             for key, (_, stem) in sorted(DEPTS.items(), key=lambda kv: kv[1][1])
             for year in STORED[key] if not (key == "ST" and year == 2024)]
    return ["data/samples/000_714f557b0e494d5f.txt"] + files


def file_of(key: str, year: int) -> str:
    if key == "ST" and year == 2024:
        return SMP
    return f"{DEPTS[key][1]}_{year}.pdf"


def _sel(key):
    def sel(year, what):
        return (DEPTS[key][0], year, what)
    return sel


GZ, JT, SW, LR, ST = (_sel(k) for k in ("GZ", "JT", "SW", "LR", "ST"))


def S(key, year=None):
    """Scope of a department (all its years) or of one department-year."""
    scope = {"dept": DEPTS[key][0]}
    if year is not None:
        scope["year"] = year
    return scope


def Y(year):
    return {"year": year}


def AT(key, year, spec):
    """A question about one department-year: asked about that report."""
    return {**spec, "document": file_of(key, year)}


def FD(key, year, word, *metrics):
    """Figure(s) of a project picked inside one department-year, asked about its report."""
    return AT(key, year, F((DEPTS[key][0], year, word), *metrics))


def RANK(metric, order, n=1, **kw):
    return {"op": "rank", "metric": metric, "order": order, "n": n, **kw}


def FILTER(*where, **kw):
    return {"op": "filter", "where": list(where), **kw}


def COUNT(*where, **kw):
    return {"op": "count", "where": list(where), **kw}


def SUM(metric, **kw):
    return {"op": "sum", "metric": metric, **kw}


def MEAN(metric, **kw):
    return {"op": "mean", "metric": metric, **kw}


def OVERALL(**kw):
    return {"op": "overall_rate", **kw}


def PER(by, metric, order=None, **kw):
    spec = {"op": "per", "by": by, "metric": metric, **kw}
    if order:
        spec["order"] = order
    return spec


def ONE(key, year, spec):
    """A scoped aggregate over one department-year, asked about that report."""
    return AT(key, year, {**spec, "scope": S(key, year)})


def GAP(metric, a, b, **kw):
    """Two projects' values and |a − b| (op fc2_gap); shared by the standalone sets over this store."""
    return {"op": "fc2_gap", "metric": metric, "a": a, "b": b, **kw}


def SGAP(metric, a, b, **kw):
    """One aggregate over two scopes and |A − B| (op fc2_scope_gap)."""
    return {"op": "fc2_scope_gap", "metric": metric, "a": a, "b": b, **kw}


QUESTIONS = [
    # --- departments named short --------------------------------------------------------
    ("department_short", "规资局24年总预算多少", ONE("GZ", 2024, SUM("budget"))),
    ("department_short", "规划资源局2023年有几个项目", ONE("GZ", 2023, COUNT())),
    ("department_short", "交通委24年执行率最低的项目", ONE("JT", 2024, RANK("rate", "asc"))),
    ("department_short", "绿容局一共几个项目", ONE("LR", 2024, COUNT())),
    ("department_short", "绿化市容局整体执行率", ONE("LR", 2024, OVERALL())),
    ("department_short", "水务局22年得分最低的是哪个", ONE("SW", 2022, RANK("score", "asc"))),
    ("department_short", "环境局23年预算最多的项目", ONE("ST", 2023, RANK("budget", "desc"))),
    ("department_short", "生态环境局2023年度总执行数", ONE("ST", 2023, SUM("executed"))),
    ("department_short", "交通委23年评为中的项目", ONE("JT", 2023, FILTER(["grade", "中"]))),
    ("department_short", "绿容局有指标扣分的项目", ONE("LR", 2024, FILTER(["lost_indicator"]))),
    ("department_short", "水务局23年预算超过一千万的项目", ONE("SW", 2023, FILTER(["budget", ">", 1000]))),
    ("department_short", "交通委二四年项目平均得分", ONE("JT", 2024, MEAN("score"))),
    ("department_short", "规资局23年执行率不到九成的有几个", ONE("GZ", 2023, COUNT(["rate", "<", 90]))),
    ("department_short", "生态局23年的项目有哪些", ONE("ST", 2023, FILTER())),
    ("department_short", "环境局2024年执行率最低的三个", ONE("ST", 2024, RANK("rate", "asc", 3))),
    # --- named by the implementer ---------------------------------------------------------
    ("implementer", "上海市测绘院的项目22年预算多少", FD("GZ", 2022, "测绘", "budget")),
    ("implementer", "测绘院那个项目24年执行率", FD("GZ", 2024, "测绘", "rate")),
    ("implementer", "公路事务中心23年那个项目得分", FD("JT", 2023, "公路", "score")),
    ("implementer", "水文总站的项目2024年执行了多少", FD("SW", 2024, "水文", "executed")),
    ("implementer", "港航事业发展中心负责的项目预算", FD("JT", 2024, "航道", "budget")),
    ("implementer", "市容环境卫生管理事务中心的项目评级", FD("LR", 2024, "垃圾", "grade")),
    ("implementer", "环境监测中心实施的项目执行率多少", FD("ST", 2023, "水生态", "rate")),
    ("implementer", "实施单位是水利管理事务中心的项目22年执行率", FD("SW", 2022, "河道", "rate")),
    ("implementer", "各个信息中心实施的项目有哪些", FILTER(["implementer", "信息中心"])),
    ("implementer", "不动产登记事务中心三年的预算合计", SUM("budget", where=[["implementer", "不动产登记事务中心"]])),
    ("implementer", "地质调查研究院的项目24年得分", FD("GZ", 2024, "地质", "score")),
    ("implementer", "交通指挥中心那个项目23年上年结转多少", FD("JT", 2023, "信息化", "carry")),
    # --- the same project in several years, scoped by year --------------------------------
    ("recurring", "国土空间规划编制22年预算", FD("GZ", 2022, "国土空间", "budget")),
    ("recurring", "国土空间规划编制2023年度得分", FD("GZ", 2023, "国土空间", "score")),
    ("recurring", "河道综合整治22年执行率", FD("SW", 2022, "河道", "rate")),
    ("recurring", "河道整治24年执行率多少", FD("SW", 2024, "河道", "rate")),
    ("recurring", "公路养护23年得了几分", FD("JT", 2023, "公路", "score")),
    ("recurring", "公路养护管理2024年的预算", FD("JT", 2024, "公路", "budget")),
    ("recurring", "轨交运营安全监管23年执行了多少", FD("JT", 2023, "轨道", "executed")),
    ("recurring", "不动产登记服务保障三年执行数加起来", SUM("executed", where=[["name", "不动产登记"]])),
    ("recurring", "基础测绘这三年哪年执行率最低", RANK("rate", "asc", where=[["name", "基础测绘"]])),
    ("recurring", "河道综合整治哪一年得分最高", RANK("score", "desc", where=[["name", "河道综合整治"]])),
    ("recurring", "水文监测站网运维三年预算分别多少", FILTER(["name", "水文监测"], show="budget")),
    ("recurring", "科技与国际合作交流23年执行率", FD("ST", 2023, "科技", "rate")),
    ("recurring", "土壤固废项目2024年度预算", FD("ST", 2024, "土壤", "budget")),
    ("recurring", "干部人事管理和队伍建设23年执行率", FD("ST", 2023, "干部", "rate")),
    ("recurring", "规划资源信息化系统运维23年的评级", FD("GZ", 2023, "信息化", "grade")),
    # --- year scope over every department -------------------------------------------------
    ("year_scope", "2022年的项目有哪些", FILTER(scope=Y(2022))),
    ("year_scope", "22年总预算多少", SUM("budget", scope=Y(2022))),
    ("year_scope", "23年执行率最低的三个项目", RANK("rate", "asc", 3, scope=Y(2023))),
    ("year_scope", "2024年度得分最低的项目", RANK("score", "asc", scope=Y(2024))),
    ("year_scope", "24年一共多少个项目", COUNT(scope=Y(2024))),
    ("year_scope", "23年整体执行率", OVERALL(scope=Y(2023))),
    ("year_scope", "2023年评为良的项目", FILTER(["grade", "良"], scope=Y(2023))),
    ("year_scope", "22年有指标扣分的项目", FILTER(["lost_indicator"], scope=Y(2022))),
    # --- switching department or year in a follow-up --------------------------------------
    ("switch", "规资局24年总预算|那交通委呢", ONE("JT", 2024, SUM("budget"))),
    ("switch", "水务局23年整体执行率|22年呢", ONE("SW", 2022, OVERALL())),
    ("switch", "交通委24年执行率最低的|去年的呢", ONE("JT", 2023, RANK("rate", "asc"))),
    ("switch", "绿容局项目数|那规资局24年呢", ONE("GZ", 2024, COUNT())),
    ("switch", "河道综合整治24年执行率|22年的呢", FD("SW", 2022, "河道", "rate")),
    ("switch", "国土空间规划编制23年得分|去年的呢", FD("GZ", 2022, "国土空间", "score")),
    ("switch", "生态环境局24年有几个项目|23年呢", ONE("ST", 2023, COUNT())),
    ("switch", "规资局23年得分最低的项目|那水务局呢", ONE("SW", 2023, RANK("score", "asc"))),
    ("switch", "公路养护管理24年预算|23年呢", FD("JT", 2023, "公路", "budget")),
    ("switch", "水务局24年执行率最低的项目|那绿容局呢", ONE("LR", 2024, RANK("rate", "asc"))),
    ("switch", "测绘院的项目22年执行率|24年呢", FD("GZ", 2024, "测绘", "rate")),
    ("switch", "交通委24年有指标扣分的项目|去年的呢", ONE("JT", 2023, FILTER(["lost_indicator"]))),
    ("switch", "绿容局总预算|环境局24年呢", ONE("ST", 2024, SUM("budget"))),
    ("switch", "交通委23年总预算|那2021年呢", NONE("交通委只有 2023、2024 年度")),
    ("switch", "水务局24年项目数|那2025年的呢", NONE("没有 2025 年度")),
    ("switch", "绿容局24年整体执行率|去年的呢", NONE("绿容局只有 2024 年度")),
    ("switch", "生态环境局23年总预算|22年呢", NONE("生态环境局只有 2023、2024 年度")),
    ("switch", "交通委24年得分最低的|22年呢", NONE("交通委没有 2022 年度")),
    ("switch", "规资局22年预算最多的项目|那上海市财政局呢", NONE("库里没有财政局")),
    ("switch", "公路养护管理23年执行率|22年的呢", NONE("交通委没有 2022 年度")),
    ("switch", "口袋公园预算|去年的呢", NONE("绿容局只有 2024 年度")),
    ("switch", "水务局总预算 22年的|那住建委呢", NONE("库里没有住建委")),
    # --- one answer per group ----------------------------------------------------------------
    ("per_group", "24年每个局得分最低的项目", {"op": "per_group", "metric": "score", "order": "asc", "scope": Y(2024)}),
    ("per_group", "各年度整体执行率", {"op": "per_year"}),
    ("per_group", "各部门历年预算合计分别多少", PER("dept", "sum:budget")),
    ("per_group", "23年每个局有几个项目", {"op": "per_group", "metric": "count", "scope": Y(2023)}),
    ("per_group", "各年度分别有几个项目", PER("year", "count")),
    ("per_group", "各年度预算合计", PER("year", "sum:budget")),
    ("per_group", "24年各局整体执行率", {"op": "per_group", "metric": None, "scope": Y(2024)}),
    ("per_group", "23年每个部门执行率最低的项目", {"op": "per_group", "metric": "rate", "order": "asc", "scope": Y(2023)}),
    ("per_group", "24年每个局预算最多的项目", {"op": "per_group", "metric": "budget", "order": "desc", "scope": Y(2024)}),
    ("per_group", "水务局每年的整体执行率", {"op": "per_group", "metric": None, "scope": S("SW")}),
    ("per_group", "规资局各年度预算合计", {"op": "per_group", "metric": "sum_budget", "scope": S("GZ")}),
    ("per_group", "每个局历年得分最低的项目", PER("dept", "score", "asc")),
    ("per_group", "各部门历年整体执行率", PER("dept", "overall")),
    ("per_group", "每年执行率最低的项目", PER("year", "rate", "asc")),
    # --- the whole store, no scope --------------------------------------------------------
    ("whole_store", "全部报告里执行率最低的三个项目", RANK("rate", "asc", 3)),
    ("whole_store", "一共有多少个项目", COUNT()),
    ("whole_store", "哪些项目评为良", FILTER(["grade", "良"])),
    ("whole_store", "所有项目里得分最低的", RANK("score", "asc")),
    ("whole_store", "库里评为中的项目", FILTER(["grade", "中"])),
    ("whole_store", "全部项目总预算", SUM("budget")),
    ("whole_store", "预算最多的三个项目", RANK("budget", "desc", 3)),
    ("whole_store", "全部里面执行率低于90的项目", FILTER(["rate", "<", 90])),
    ("whole_store", "所有报告合起来整体执行率", OVERALL()),
    ("whole_store", "有指标扣分的项目有几个", COUNT(["lost_indicator"])),
    ("whole_store", "得分低于90的有哪些", FILTER(["score", "<", 90])),
    ("whole_store", "全库项目平均得分", MEAN("score")),
    ("whole_store", "所有报告里有上年结转的项目", FILTER(["carry", ">", 1])),
    # --- figures of a named project ---------------------------------------------------------
    ("figure", "口袋公园建设预算多少", F("口袋", "budget")),
    ("figure", "景观照明那个项目执行率", F("景观照明", "rate")),
    ("figure", "林业有害生物防治得分", F("林业", "score")),
    ("figure", "内河航道疏浚执行了多少", F("航道", "executed")),
    ("figure", "海塘项目评级", F("海塘", "grade")),
    ("figure", "出租车监管24年执行率", FD("JT", 2024, "出租", "rate")),
    ("figure", "防汛泵闸23年预算和执行数", FD("SW", 2023, "泵闸", "budget", "executed")),
    ("figure", "城市绿地养护的年初预算", F("绿地养护", "initial")),
    ("figure", "规划资源信息化23年执行率和得分", FD("GZ", 2023, "信息化", "rate", "score")),
    ("figure", "地面沉降监测24年调整后的预算", FD("GZ", 2024, "地质", "budget")),
    ("figure", "防汛泵闸22年其他资金多少", FD("SW", 2022, "泵闸", "other")),
    ("figure", "基础测绘24年上年结转多少", FD("GZ", 2024, "测绘", "carry")),
    ("figure", "垃圾分类那个项目还有多少没花", F("垃圾", "unexecuted")),
    # --- typos and homophones ---------------------------------------------------------------
    ("typo", "口代公园预算", F("口袋", "budget")),
    ("typo", "景观找明执行率", F("景观照明", "rate")),
    ("typo", "河到综合整治22年得分", FD("SW", 2022, "河道", "score")),
    ("typo", "鬼资局24年总预算", ONE("GZ", 2024, SUM("budget"))),
    ("typo", "绿荣局整体执行率", ONE("LR", 2024, OVERALL())),
    ("typo", "交通未23年几个项目", ONE("JT", 2023, COUNT())),
    ("typo", "公路养户23年执行率", FD("JT", 2023, "公路", "rate")),
    ("typo", "水纹监测站网24年预算", FD("SW", 2024, "水文", "budget")),
    ("typo", "林业有害生物放治执行数", F("林业", "executed")),
    # --- spoken numbers ---------------------------------------------------------------------
    ("spoken_number", "二二年规资局总预算", ONE("GZ", 2022, SUM("budget"))),
    ("spoken_number", "交通委二零二四年执行率低于百分之九十八的项目", ONE("JT", 2024, FILTER(["rate", "<", 98]))),
    ("spoken_number", "绿容局预算两千万以上的项目", ONE("LR", 2024, FILTER(["budget", ">", 2000]))),
    ("spoken_number", "二四年得分不到九十八的项目", FILTER(["score", "<", 98], scope=Y(2024))),
    ("spoken_number", "二二年执行率不到九成的项目有几个", COUNT(["rate", "<", 90], scope=Y(2022))),
    ("spoken_number", "水务局二三年预算五百万以下的项目", ONE("SW", 2023, FILTER(["budget", "<", 500]))),
    # --- rankings -------------------------------------------------------------------------
    ("ranking", "规资局24年预算前三", ONE("GZ", 2024, RANK("budget", "desc", 3))),
    ("ranking", "水务局二三年执行率从低到高前两个", ONE("SW", 2023, RANK("rate", "asc", 2))),
    ("ranking", "生态环境局23年得分最高的", ONE("ST", 2023, RANK("score", "desc"))),
    ("ranking", "24年全部预算最小的三个项目", RANK("budget", "asc", 3, scope=Y(2024))),
    ("ranking", "信息化运维项目里哪个执行率最低", RANK("rate", "asc", where=[["name", "信息化"]])),
    ("ranking", "绿容局扣分最多的项目", ONE("LR", 2024, RANK("lost", "desc"))),
    # --- counts, sums, overall rates --------------------------------------------------------
    ("count", "23年评为优的项目有几个", COUNT(["grade", "优"], scope=Y(2023))),
    ("count", "规资局24年调过预算的有几个", ONE("GZ", 2024, COUNT(["changed_budget"]))),
    ("count", "24年有其他资金的项目有几个", COUNT(["other", ">", 1], scope=Y(2024))),
    ("count", "生态环境局23、24两年项目数加起来", COUNT(scope=S("ST"))),
    ("sum", "交通委23年总执行数", ONE("JT", 2023, SUM("executed"))),
    ("sum", "规资局三年年初预算合计", SUM("initial", scope=S("GZ"))),
    ("sum", "水务局24年财政拨款合计", ONE("SW", 2024, SUM("approp"))),
    ("sum", "22年全部项目执行数加起来多少", SUM("executed", scope=Y(2022))),
    ("overall_rate", "规资局23年整体执行率", ONE("GZ", 2023, OVERALL())),
    ("overall_rate", "交通委总体执行率 23年的", ONE("JT", 2023, OVERALL())),
    ("overall_rate", "生态环境局24年整体执行率", ONE("ST", 2024, OVERALL())),
    ("overall_rate", "水务局三年合起来的整体执行率", OVERALL(scope=S("SW"))),
    # --- compounds, exclusions, ranges, shares, averages, positions -------------------------
    ("compound", "24年预算超过一千万并且执行率低于98.5的项目", FILTER(["budget", ">", 1000], ["rate", "<", 98.5], scope=Y(2024))),
    ("compound", "水务局有指标扣分而且预算超过一千万的", FILTER(["lost_indicator"], ["budget", ">", 1000], scope=S("SW"))),
    ("compound", "交通委调过预算又有指标扣分的项目", FILTER(["changed_budget"], ["lost_indicator"], scope=S("JT"))),
    ("compound", "23年评为优但是有指标扣分的项目", FILTER(["grade", "优"], ["lost_indicator"], scope=Y(2023))),
    ("exclusion", "规资局24年除了国土空间规划编制 其他项目预算合计", ONE("GZ", 2024, SUM("budget", exclude=["国土空间"]))),
    ("exclusion", "水务局22年不算河道整治 执行率的平均值", ONE("SW", 2022, MEAN("rate", exclude=["河道"]))),
    ("exclusion", "23年全部项目去掉公路养护 执行率最低的", RANK("rate", "asc", scope=Y(2023), exclude=["公路"])),
    ("exclusion", "交通委24年除了公路养护 预算最多的", ONE("JT", 2024, RANK("budget", "desc", exclude=["公路"]))),
    ("range", "24年执行率在97到98之间的项目", FILTER(["rate", ">", 97], ["rate", "<", 98], scope=Y(2024))),
    ("range", "规资局三年里预算在一千到两千万之间的项目", FILTER(["budget", ">", 1000], ["budget", "<", 2000], scope=S("GZ"))),
    ("range", "水务局得分在九十到九十九点五之间的有几个", COUNT(["score", ">", 90], ["score", "<", 99.5], scope=S("SW"))),
    ("share", "交通委24年预算占全委总预算三成以上的项目", ONE("JT", 2024, FILTER(["share_of_total", "budget", ">", 0.3]))),
    ("share", "口袋公园财政拨款占自身预算多少", F("口袋", "approp_share")),
    ("share", "水务局24年财政拨款不到自身预算九成五的项目", ONE("SW", 2024, FILTER(["approp_share", "<", 95]))),
    ("average", "交通委24年平均预算", ONE("JT", 2024, MEAN("budget"))),
    ("average", "绿容局得分高于局平均分的项目", ONE("LR", 2024, FILTER(["above_mean", "score"]))),
    ("average", "规资局23年执行率的平均值", ONE("GZ", 2023, MEAN("rate"))),
    ("rank_position", "河道综合整治22年执行率在22年全部项目里从高到低排第几",
     {"op": "position", "project": SW(2022, "河道"), "metric": "rate", "order": "desc", "scope": Y(2022)}),
    ("rank_position", "口袋公园预算在24年所有项目里排第几",
     {"op": "position", "project": "口袋", "metric": "budget", "order": "desc", "scope": Y(2024)}),
    ("rank_position", "公路养护24年执行率在交通委24年从高到低排第几",
     ONE("JT", 2024, {"op": "position", "project": "公路", "metric": "rate", "order": "desc"})),
    # --- indicators, lost points, texts, topics ---------------------------------------------
    ("indicator", "湿垃圾日处理能力实际完成多少", {"op": "indicator", "name": "湿垃圾日处理能力", "field": "actual"}),
    ("indicator", "疏浚土资源化利用率扣了几分", {"op": "indicator", "name": "疏浚土资源化利用率", "field": "lost"}),
    ("indicator", "生态海塘建设长度目标多少公里", {"op": "indicator", "name": "生态海塘建设长度", "field": "target"}),
    ("indicator", "公路技术状况指数23年实际多少", ONE("JT", 2023, {"op": "indicator", "name": "公路技术状况指数", "field": "actual"})),
    ("indicator", "核心系统可用率23年扣了几分", ONE("GZ", 2023, {"op": "indicator", "name": "核心系统可用率", "field": "lost"})),
    ("indicator", "地形图更新面积24年实际完成多少", ONE("GZ", 2024, {"op": "indicator", "name": "地形图更新面积", "field": "actual"})),
    ("indicator_count", "口袋公园几个绩效指标", F("口袋", "n_indicators")),
    ("indicator_count", "基础测绘24年有几个指标", FD("GZ", 2024, "测绘", "n_indicators")),
    ("indicator_count", "干部人事管理和队伍建设23年几条指标", FD("ST", 2023, "干部", "n_indicators")),
    ("lost_points", "公路养护23年哪些指标扣分了", AT("JT", 2023, {"op": "lost_rows", "project": JT(2023, "公路")})),
    ("lost_points", "垃圾分类项目扣分的指标和原因", {"op": "lost_rows", "project": "垃圾", "contains": ["老旧小区"]}),
    ("lost_points", "24年全部项目里扣分最多的", RANK("lost", "desc", scope=Y(2024))),
    ("lost_points", "交通委两年里指标扣分最多的项目", RANK("ind_lost", "desc", scope=S("JT"))),
    ("text", "口袋公园项目目标是啥", {"op": "text", "project": "口袋", "contains": ["120座"]}),
    ("text", "河道综合整治22年完成得怎么样", AT("SW", 2022, {"op": "text", "project": SW(2022, "河道"), "field": "result_text", "contains": ["征地动迁"]})),
    ("text", "规划资源信息化23年为啥执行率低", AT("GZ", 2023, {"op": "text", "project": GZ(2023, "信息化"), "field": "result_text", "contains": ["硬件采购延后"]})),
    ("text", "林业有害生物防治的目标", {"op": "text", "project": "林业", "contains": ["美国白蛾"]}),
    ("topic", "信息化相关的项目", {"op": "topic", "words": ["信息化"]}),
    ("topic", "跟航道有关的项目", {"op": "topic", "words": ["航道"]}),
    ("topic", "垃圾分类方面的项目", {"op": "topic", "words": ["垃圾"]}),
    ("topic", "海塘相关的", {"op": "topic", "words": ["海塘"]}),
    # --- follow-ups -------------------------------------------------------------------------
    ("follow_up", "规资局24年预算前三|第二个呢", ONE("GZ", 2024, {"op": "nth", "metric": "budget", "order": "desc", "k": 2})),
    ("follow_up", "23年执行率最低的三个|它们合计预算多少",
     {"op": "combined", "metric": "budget", "projects": [JT(2023, "公路"), GZ(2023, "信息化"), ST(2023, "科技")]}),
    ("follow_up", "交通委24年的项目|其中预算最多的", ONE("JT", 2024, RANK("budget", "desc"))),
    ("follow_up", "水务局23年执行率最低的|去掉这个以后呢", ONE("SW", 2023, RANK("rate", "asc", exclude=["供水"]))),
    ("follow_up", "口袋公园预算|那它的执行率呢", F("口袋", "rate")),
    ("follow_up", "河道综合整治22年得分|跟24年比呢", {"op": "diff", "metric": "score", "a": SW(2022, "河道"), "b": SW(2024, "河道")}),
    # --- what the store cannot answer --------------------------------------------------------
    ("unanswerable_scope", "北京市交通委24年总预算", NONE("库里只有上海市交通委员会")),
    ("unanswerable_scope", "上海市财政局的项目有哪些", NONE("库里没有财政局")),
    ("unanswerable_scope", "交通委2022年执行率最低的项目", NONE("交通委只有 2023、2024 年度")),
    ("unanswerable_scope", "绿容局23年整体执行率", NONE("绿容局只有 2024 年度")),
    ("unanswerable_scope", "生态环境局22年项目数", NONE("生态环境局只有 2023、2024 年度")),
    ("unanswerable_scope", "规资局2021年的预算", NONE("规资局只有 2022–2024 年度")),
    ("unanswerable_scope", "2021年全部项目总预算", NONE("库里没有 2021 年度")),
    ("unanswerable_scope", "教委24年得分最低的", NONE("库里没有教委")),
    ("unanswerable_scope", "上海市住建委的项目", NONE("库里没有住建委")),
    ("unanswerable_scope", "水务局2019年河道整治执行率", NONE("水务局只有 2022–2024 年度")),
    ("unanswerable_scope", "机场建设项目预算", NONE("没有该项目")),
    ("unanswerable_scope", "绿化市容局22年得分最低的项目", NONE("绿容局只有 2024 年度")),
    ("unanswerable_scope", "浦东新区水务局的项目", NONE("库里的水务局是上海市水务局")),
    ("unanswerable_scope", "交通委22年公路养护的预算", NONE("交通委没有 2022 年度")),
    ("unanswerable_scope", "口袋公园23年执行率", NONE("绿容局只有 2024 年度")),
    ("unanswerable_period", "规资局24年上半年执行率", NONE("只有全年数")),
    ("unanswerable_period", "交通委23年三季度执行数", NONE("没有季度数")),
    ("unanswerable_period", "水务局24年一月份花了多少", NONE("没有月度数")),
    ("unanswerable_period", "口袋公园前三季度执行率", NONE("没有季度数")),
    ("unanswerable_period", "河道综合整治24年汛期支出多少", NONE("没有分期数")),
    ("unanswerable_period", "绿容局第四季度执行数", NONE("没有季度数")),
    ("unanswerable_period", "全部项目上半年总执行数", NONE("只有全年数")),
    ("unanswerable_future", "明年规资局预算多少", NONE("没有下一年度")),
    ("unanswerable_future", "水务局2025年项目安排", NONE("没有 2025 年度")),
    ("unanswerable_future", "交通委下一年度整体执行率目标", NONE("没有下一年度")),
    ("unanswerable_future", "口袋公园明年建多少座", NONE("没有下一年度")),
    ("unanswerable_future", "2026年各局预算", NONE("没有 2026 年度")),
    ("unanswerable_field", "公路养护的施工单位是谁", NONE("表中无施工单位")),
    ("unanswerable_field", "口袋公园的中标金额", NONE("表中无中标金额")),
    ("unanswerable_field", "规资局24年人员编制多少", NONE("表中无人员编制")),
    ("unanswerable_field", "测绘院那个项目的负责人", NONE("表中无负责人")),
    ("unanswerable_field", "河道整治24年合同金额", NONE("表中无合同金额")),
    ("unanswerable_field", "交通委项目的采购方式", NONE("表中无采购方式")),
    ("unanswerable_field", "绿容局的办公经费", NONE("表中无办公经费")),
    ("unanswerable_field", "海塘项目的监理单位", NONE("表中无监理单位")),
    ("unanswerable_field", "内河航道疏浚预算|那它的审计意见呢", NONE("表中无审计意见")),
    ("unanswerable_field", "各局在编人数", NONE("表中无人员数")),
    ("unanswerable_field", "口袋公园占地面积多少", NONE("表中无占地面积")),
    ("unanswerable_field", "国土空间规划编制22年的评价机构是谁", NONE("表中无评价机构")),
    ("unanswerable_field", "各局项目的资金文号", NONE("表中无资金文号")),
    ("unanswerable_scope", "上海市交通委员会2022年度总预算", NONE("交通委只有 2023、2024 年度")),
    ("unanswerable_scope", "2020年水务局整体执行率", NONE("水务局只有 2022–2024 年度")),
    ("unanswerable_scope", "上海市民政局得分最低的项目", NONE("库里没有民政局")),
    ("unanswerable_scope", "绿容局24年的桥梁维修项目", NONE("绿容局没有该项目")),
    ("unanswerable_scope", "生态环境局22年的科技与国际合作交流执行率", NONE("生态环境局只有 2023、2024 年度")),
    ("unanswerable_scope", "杭州市水务局的项目", NONE("库里只有上海市水务局")),
    ("unanswerable_period", "交通委24年每个月的执行数", NONE("没有月度数")),
    ("unanswerable_period", "水务局23年下半年执行率", NONE("只有全年数")),
    ("unanswerable_period", "规资局22年一季度花了多少", NONE("没有季度数")),
    ("unanswerable_future", "规资局2025年的项目", NONE("没有 2025 年度")),
    ("unanswerable_future", "公路养护管理明年的预算", NONE("没有下一年度")),
    ("unanswerable_future", "绿容局后年整体执行率", NONE("没有后年")),
    ("switch", "水务局22年总预算|那2021年呢", NONE("水务局只有 2022–2024 年度")),
    ("switch", "规资局24年整体执行率|北京的呢", NONE("库里只有上海市规划和自然资源局")),
    ("switch", "交通委23年项目数|那市财政局呢", NONE("库里没有财政局")),
]
