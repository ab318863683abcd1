"""Fresh blind set 3 over the eleven-report store of ``corpus.py`` (the sample + evals/documents/corpus/*.pdf:
规资局 2022–24, 交通委 2023–24, 水务局 2022–24, 绿容局 2024, 生态环境局 2023–24; 64 projects).

Written without reading or running the assistant. It leans on what earlier sets covered thinly:
- three-turn conversations (turns split by "|", only the last graded) that switch department, year or
  project, or drill into a list (第二个, 第三个, 去掉它, 剩下这几个合计, 那一年);
- departments said every way (full name, short name, reversed 市容绿化局, by a project's 实施单位, with a
  homophone slip: 水物局, 绿融局, 交通为) and years every way (2022年, 23年, 二三年, 2023年度, 去年/前年 after 24年);
- per-group answers (每个局, 各年度, 三年分别) and comparisons between departments or years
  (哪个局…最低, 哪一年…最多, 跟…比差了几个点);
- one project across its years (历年, 三年里哪年最高, 24年比去年多多少, 哪几年有);
- long rambling questions with context before the ask; negations (一分没扣, 不低于, 没有上年结转, 不是优);
  indicators named by their own words.
20 of 72 (28%) are questions the data cannot answer: quarters, half-years and months; 2025 and predictions; an
opinion; a fund source or breakdown the table does not split (中央资金, 专项债, 市级/区级资金, by district, the
contractor); a department that is not stored or only sounds like one (住建委, 浦东新区生态环境局); a department-year
not stored (绿容局 2022, 规资局 2021, 交通委 2022); a project asked in a year it does not exist in.

Readings: 预算 = 全年预算数 of 年度资金总额; 得分 = 总分; 整体执行率 = Σ执行/Σ预算×100; 执行率的平均值 = mean of
the printed rates; 扣了几分 of a project = 总分分值 − 总分; a question naming no department and no year is about all
eleven reports ("*"); 三年/历年/两年 of a department or project takes every stored year of it. Single-report
questions are asked about that report (``document``).

Families: multi_turn 13 (2 found=false), dept_naming 6, year_naming 3, per_group 5, compare 5, recurring 5,
rambling 5, negation 3, indicator 4, usual 5 (figure, ranking, nth, rank position, exclusion),
unanswerable_period 3, unanswerable_future_opinion 3, unanswerable_field 5, unanswerable_scope 4,
unanswerable_other_year 3.

Oracle op added for this file (appended to oracle.py): ``fc3_best_group`` (哪个局/哪一年 is best by an aggregate:
the winner's value, and a word naming it in ``contains``).
"""

from evals.bank.source.corpus import GAP, SGAP
from evals.bank.source.corpus import (  # noqa: F401  (DEPTS/STORED document the store)
    AT, COUNT, DEPTS, FD, FILTER, GZ, JT, LR, MEAN, ONE, OVERALL, PER, RANK, S, ST, STORED, SUM, SW, Y,
    store_paths,
)
from evals.bank.source.sample import NONE, NTH, F

PREFIX = "fc3"
DOCUMENT = "*"
WITH_STORE = True


def GROUPS(metric, *groups, **kw):
    """One aggregate per named scope (op bc3_groups)."""
    return {"op": "bc3_groups", "metric": metric, "groups": list(groups), **kw}


def BEST(by, metric, order, word, **kw):
    """The best department/year by an aggregate, named by ``word`` (op fc3_best_group)."""
    return {"op": "fc3_best_group", "by": by, "metric": metric, "order": order, "contains": [word], **kw}


def IND(name, field, scope=None):
    spec = {"op": "indicator", "name": name, "field": field}
    if scope:
        spec["scope"] = scope
    return spec


def COMB(metric, *projects):
    return {"op": "combined", "metric": metric, "projects": list(projects)}


def POS(project, metric, order, scope):
    return {"op": "position", "project": project, "metric": metric, "order": order, "scope": scope}


QUESTIONS = [
    # --- three-turn conversations: drill into a list, switch department / year / project -----------------------
    ("multi_turn", "交通委24年执行率最低的三个|第二个呢|它预算多少", FD("JT", 2024, "航道", "budget")),
    ("multi_turn", "评级不是优的项目有哪些|这几个预算加起来多少|去掉公路养护那个呢",
     SUM("budget", where=[["score", "<", 90]], exclude=[JT(2023, "公路")])),
    ("multi_turn", "水务局22年得分最低的是哪个|这个项目23年得了多少|24年的呢", FD("SW", 2024, "河道", "score")),
    ("multi_turn", "规资局24年整体执行率多少|交通委呢|那绿容局呢", ONE("LR", 2024, OVERALL())),
    ("multi_turn", "环境局24年预算最高的项目|去年呢|它执行了多少", FD("ST", 2023, "水生态", "executed")),
    ("multi_turn", "全库执行率最低的五个项目|把公路养护那个去掉|剩下这几个的执行数合计",
     COMB("executed", ST(2024, 7), ST(2024, 12), GZ(2023, "信息化"), SW(2022, "河道"))),
    ("multi_turn", "生态局23年都有哪些项目|第三个预算多少|它24年呢", FD("ST", 2024, "科技", "budget")),
    ("multi_turn", "绿容局执行率低于九成五的项目|它哪些指标扣分了|指标一共扣了多少分",
     FD("LR", 2024, "垃圾", "ind_lost")),
    ("multi_turn", "河道综合整治这三年的执行率|哪一年最低|那一年总分扣了几分", FD("SW", 2022, "河道", "lost")),
    ("multi_turn", "水务局24年预算总额|23年呢|两年差多少", SGAP("sum:budget", S("SW", 2024), S("SW", 2023))),
    ("multi_turn", "规资局24年执行率从高到低排一下|排第二的是哪个|它比第一名低几个点",
     AT("GZ", 2024, GAP("rate", GZ(2024, "国土"), GZ(2024, "地质")))),
    ("multi_turn", "交通委24年有几个项目|23年呢|二二年呢", NONE("交通委 2022 年不在库中（只有 2023、2024）")),
    ("multi_turn", "口袋公园建设执行率多少|谁实施的|去年的呢", NONE("绿容局只有 2024 年，口袋公园建设没有 2023 年的表")),
    # --- departments named every way -----------------------------------------------------------------------------
    ("dept_naming", "上海市规划和自然资源局2022年项目全年预算合计", ONE("GZ", 2022, SUM("budget"))),
    ("dept_naming", "市容绿化局项目平均得分", ONE("LR", 2024, MEAN("score"))),
    ("dept_naming", "水物局24年得分最低的项目", ONE("SW", 2024, RANK("score", "asc"))),
    ("dept_naming", "绿融局预算超过两千万的项目", ONE("LR", 2024, FILTER(["budget", ">", 2000]))),
    ("dept_naming", "交通为23年项目执行率的平均值", ONE("JT", 2023, MEAN("rate"))),
    ("dept_naming", "交通指挥中心负责的那个项目两年里哪年执行率高",
     RANK("rate", "desc", where=[["implementer", "交通指挥中心"]], scope=S("JT"))),
    # --- years every way -----------------------------------------------------------------------------------------
    ("year_naming", "二三年水务局执行率最低的项目", ONE("SW", 2023, RANK("rate", "asc"))),
    ("year_naming", "交通委24年总执行数|去年的呢", ONE("JT", 2023, SUM("executed"))),
    ("year_naming", "规资局24年几个项目|前年呢", ONE("GZ", 2022, COUNT())),
    # --- per group -----------------------------------------------------------------------------------------------
    ("per_group", "24年每个局整体执行率分别多少", {"op": "per_group", "scope": Y(2024)}),
    ("per_group", "各年度项目预算总额分别是多少", PER("year", "sum:budget")),
    ("per_group", "三年分别有多少个项目有指标扣分", PER("year", "count", where=[["lost_indicator"]])),
    ("per_group", "每个局历年项目的平均得分", PER("dept", "mean:score")),
    ("per_group", "生态环境局23年跟24年各有几个项目", PER("year", "count", scope=S("ST"))),
    # --- comparisons between departments or years ------------------------------------------------------------------
    ("compare", "所有年份合起来算，哪个局整体执行率最低", BEST("dept", "overall", "asc", "交通")),
    ("compare", "交通委和水务局24年哪个整体执行率高", GROUPS("overall", S("JT", 2024), S("SW", 2024))),
    ("compare", "哪一年的项目总预算最多", BEST("year", "sum:budget", "desc", "2024")),
    ("compare", "水务局22年整体执行率跟24年比差了几个点", SGAP("overall", S("SW", 2022), S("SW", 2024))),
    ("compare", "哪个部门历年项目平均得分最高", BEST("dept", "mean:score", "desc", "生态")),
    # --- one project over its years --------------------------------------------------------------------------------
    ("recurring", "国土空间规划编制历年得分", FILTER(["name", "国土空间规划编制"], show="score")),
    ("recurring", "河道综合整治三年里哪年执行率最高", RANK("rate", "desc", where=[["name", "河道综合整治"]])),
    ("recurring", "公路养护管理24年得分比23年高多少", GAP("score", JT(2024, "公路"), JT(2023, "公路"))),
    ("recurring", "耕地保护那个项目哪几年有", FILTER(["name", "耕地保护"])),
    ("recurring", "测绘院那个项目，24年比去年预算多了多少", GAP("budget", GZ(2024, "测绘"), GZ(2023, "测绘"))),
    # --- long rambling questions ------------------------------------------------------------------------------------
    ("rambling", "我们在准备下周的绩效复盘会，领导特别关心执行不好的，先帮我看下交通委2023年度评级是中的那个项目，它的执行率到底是多少",
     FD("JT", 2023, "公路", "rate")),
    ("rambling", "上次审计提到规划资源那边的信息化运维23年钱没花出去，我想核对下数，那个项目全年预算多少、实际执行了多少",
     FD("GZ", 2023, "信息化", "budget", "executed")),
    ("rambling", "下午要跟绿容局对账，他们说生活垃圾分类那个项目钱没用完是因为湿垃圾设施调试延期，我想看下这个项目全年预算和执行数之间差了多少",
     FD("LR", 2024, "垃圾", "unexecuted")),
    ("rambling", "领导问24年所有部门的项目里面预算规模最大的是哪一个，不分部门，就要24年全库的第一名",
     RANK("budget", "desc", scope=Y(2024))),
    ("rambling", "我们处里在梳理指标设置，规资局23年有指标扣分的那几个先不管，指标全拿满分的那些项目，它们执行率的平均值是多少",
     ONE("GZ", 2023, MEAN("rate", where=[["no_lost_indicator"]]))),
    # --- negations ---------------------------------------------------------------------------------------------------
    ("negation", "环境局24年指标一分没扣的项目有几个", ONE("ST", 2024, COUNT(["no_lost_indicator"]))),
    ("negation", "绿容局执行率不低于99%的项目有哪些", ONE("LR", 2024, FILTER(["rate", ">=", 99]))),
    ("negation", "所有项目里没有上年结转资金的有几个", COUNT(["carry", "<", 0.01])),
    # --- indicators by their own names ---------------------------------------------------------------------------------
    ("indicator", "核心系统可用率23年实际完成多少", AT("GZ", 2023, IND("核心系统可用率", "actual", S("GZ", 2023)))),
    ("indicator", "疏浚土资源化利用率扣了几分", IND("疏浚土资源化利用率", "lost")),
    ("indicator", "湿垃圾日处理能力建设的年度指标值是多少", AT("LR", 2024, IND("湿垃圾日处理能力建设", "target", S("LR", 2024)))),
    ("indicator", "公路技术状况指数MQI 23年实际多少分", AT("JT", 2023, IND("公路技术状况指数MQI", "actual", S("JT", 2023)))),
    # --- the usual: figures, rankings, position, exclusion ---------------------------------------------------------------
    ("usual", "上海市绿化和市容管理局口袋公园建设年初预算和全年预算各多少", FD("LR", 2024, "口袋公园", "initial", "budget")),
    ("usual", "全库得分最低的三个项目", RANK("score", "asc", 3)),
    ("usual", "水务局三年所有项目中预算第三高的", NTH("budget", "desc", 3, scope=S("SW"))),
    ("usual", "港航中心那个疏浚项目预算在交通委24年排第几",
     AT("JT", 2024, POS(JT(2024, "航道"), "budget", "desc", S("JT", 2024)))),
    ("usual", "交通委24年除了公路养护，其他项目整体执行率多少", ONE("JT", 2024, OVERALL(exclude=["公路"]))),
    # --- the data cannot answer ----------------------------------------------------------------------------------------------
    ("unanswerable_period", "规资局24年第三季度执行了多少", NONE("自评表只有全年数，没有分季度执行数")),
    ("unanswerable_period", "水务局23年上半年的支出进度怎么样", NONE("自评表只有全年执行数，没有半年数")),
    ("unanswerable_period", "生态局23年每个月的执行数分别多少", NONE("自评表没有按月的执行数")),
    ("unanswerable_future_opinion", "交通委2025年项目预算安排了多少", NONE("库中没有 2025 年")),
    ("unanswerable_future_opinion", "照现在的趋势，河道综合整治明年执行率能到多少", NONE("预测，数据中没有")),
    ("unanswerable_future_opinion", "你觉得绿容局哪个项目最该压缩预算", NONE("主观判断，数据中没有")),
    ("unanswerable_field", "国土空间规划编制24年的钱里中央资金占多少", NONE("资金表不分中央/地方资金")),
    ("unanswerable_field", "河道综合整治24年预算多少|其中财政拨款多少|专项债呢", NONE("资金表没有专项债一项")),
    ("unanswerable_field", "公路养护管理24年市级资金和区级资金分别多少", NONE("资金表不分市级/区级资金")),
    ("unanswerable_field", "口袋公园建设分区看，浦东新区建了几座、花了多少钱", NONE("自评表没有按区的分解")),
    ("unanswerable_field", "景观照明设施运维是哪家公司中标的，合同金额多少", NONE("自评表没有中标单位和合同金额")),
    ("unanswerable_scope", "上海市住房和城乡建设管理委员会24年项目平均得分", NONE("住建委不在库中")),
    ("unanswerable_scope", "浦东新区生态环境局24年项目整体执行率", NONE("库中是上海市生态环境局，不是浦东新区生态环境局")),
    ("unanswerable_scope", "绿化市容局二二年的整体执行率", NONE("绿容局只有 2024 年")),
    ("unanswerable_scope", "规划资源局2021年有几个项目", NONE("规资局只有 2022–2024 年")),
    ("unanswerable_other_year", "海塘堤防巡查养护是哪个单位做的|24年执行率多少|那23年呢",
     NONE("海塘堤防巡查养护只在水务局 2024 年")),
    ("unanswerable_other_year", "耕地保护与永久基本农田监测2023年预算多少", NONE("耕地保护项目只有 2022、2024 年")),
    ("unanswerable_other_year", "供水管理事务中心的项目24年得分多少", NONE("供水水质监测只有 2022、2023 年")),
]
