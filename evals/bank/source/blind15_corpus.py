"""Blind set 15 over the eleven-report store: the real sample plus the ten corpus PDFs, written blind.

Store: as ``corpus.py`` — data/samples/000_714f557b0e494d5f.txt (上海市生态环境局 2024, 18 projects) and
evals/documents/corpus/*.pdf (规划和自然资源局 2022–2024, 交通委员会 2023–2024, 水务局 2022–2024,
绿化和市容管理局 2024, 生态环境局 2023): 64 projects in five departments and three years.

Selectors: GZ/JT/SW/LR/ST(year, word_or_seq) pick a project inside one department-year; S(key[, year]) and Y(year)
are scopes; AT/FD/ONE ask a question about the one report its answer lies in; the others use "*" and "FILE#SEQ".

What it stresses: the way finance and bureau staff type in a meeting chat over several departments and years —
short and misheard department names (规资局, 交委, jiaotongwei, 水屋局, 绿荣局, 生态局), projects named by a
word or by their 实施单位 (测绘院, 公路事务中心, 城市规划设计研究院), two-digit, spoken and relative years (二四年,
前一年, 明年), spoken amounts (九成, 一千万, 两千万, 九十九); recurring projects followed across years (each year's
value, the year of the extreme, growth, projects in every year, new projects, the largest change); per-department
and per-year aggregates; overall rate (Σ执行/Σ预算) against the plain mean of rates; rankings, places, conditions,
counts, shares (of a total, of a fund row, of projects by grade), indicators, lost points and their reasons, goal and
result texts, data quality (restored values, contradicting target operators, a nameless project), comparisons,
yes/no questions and follow-ups. About a quarter sound answerable and are not: a department-year or a department not
stored, a project in a year it was not reported, a period inside a year, the future, a field the tables lack.

Written blind: from DESIGN.md, the oracle, the ingest records, the documents and the helper definitions of
``corpus.py``/``sample.py`` only, without reading the assistant or any other set's questions. Two ops were added to
``oracle.py`` for it: ``bl15c_trend`` (one project's value in each year it was reported) and ``bl15c_count_share``
(how many projects meet a condition, and their share by number).
"""

from evals.bank.source.corpus import (  # noqa: F401  (store and selector helpers)
    AT, COUNT, FD, FILTER, GAP, GZ, JT, LR, MEAN, ONE, OVERALL, PER, RANK, S, SGAP, ST, SUM, SW, Y, store_paths)
from evals.bank.source.sample import NONE, F

__all__ = ["store_paths"]

PREFIX = "bl15c"
DOCUMENT = "*"
WITH_STORE = True

NOT_STORED = "库里没有这个部门-年度的报告"
NOT_REPORTED = "该项目这一年没有报（那一年的表里没有它）"
PERIOD = "自评表只有全年数，没有年内分期数"
FUTURE = "库里最晚是2024年，没有以后年份的数据"
FIELD = "自评表没有这个栏目"


def TREND(dept, word, metric):
    return {"op": "bl15c_trend", "dept": dept, "word": word, "metric": metric}


def CSHARE(*part, **kw):
    return {"op": "bl15c_count_share", "part": list(part), **kw}


QUESTIONS = [
    # --- one project's figure in one department-year ---
    ("figure", "帮我看下规资局二四年国土空间规划编制的全年预算数", FD("GZ", 2024, "国土空间规划", "budget")),
    ("figure", "交委23年公路养护执行率多少来着 印象里挺低的", FD("JT", 2023, "公路养护", "rate")),
    ("figure", "水屋局22年河道整治总分几分", FD("SW", 2022, "河道", "score")),
    ("figure", "jiaotongwei 24年 内河航道疏浚 年初预算跟全年预算各多少",
     FD("JT", 2024, "内河航道", "initial", "budget")),

    # --- a project named by its 实施单位 ---
    ("implementer", "测绘院那个项目二三年总分多少", FD("GZ", 2023, "基础测绘", "score")),
    ("implementer", "公路事务中心24年那个项目执行数", FD("JT", 2024, "公路养护", "executed")),
    ("implementer", "城市规划设计研究院三年的项目预算加起来多少",
     SUM("budget", where=[("implementer", "城市规划设计研究院")])),

    # --- recurring projects across years ---
    ("recurring", "河道综合整治这三年执行率分别多少", TREND("水务局", "河道综合整治", "rate")),
    ("recurring", "不动产登记服务保障 | 这几年预算分别是多少 列一下", TREND("规划和自然资源局", "不动产登记", "budget")),
    ("recurring", "生态局科技与国际合作交流那个 两年执行率各多少", TREND("生态环境局", "科技与国际合作", "rate")),
    ("recurring", "河道整治22年预算多少 | 23年涨了百分之多少",
     {"op": "bl11c_growth", "a": SW(2022, "河道"), "b": SW(2023, "河道"), "metric": "budget", "direction": "up"}),
    ("recurring", "公路养护24年比23年执行率提高了几个点", GAP("rate", JT(2024, "公路养护"), JT(2023, "公路养护"))),
    ("recurring", "水务局哪些项目三年都报了", {"op": "bl12c_every_year", "dept": "水务局"}),
    ("recurring", "交通委24年比23年新增了啥项目",
     {"op": "bl12c_new_projects", "dept": "交通委员会", "a": 2023, "b": 2024, "which": "new"}),
    ("recurring", "规资局23年和24年的项目都列下 | 两年都有的里面哪个预算加得最多 加了多少",
     {"op": "bl12c_max_change", "dept": "规划和自然资源局", "a": 2023, "b": 2024, "metric": "budget",
      "order": "desc"}),

    # --- department totals ---
    ("total", "绿化市容局一共几个项目 预算合计多少",
     AT("LR", 2024, {"op": "fr3_both", "parts": [COUNT(scope=S("LR", 2024)), SUM("budget", scope=S("LR", 2024))]})),
    ("total", "交委两年平均一个项目多少预算", MEAN("budget", scope=S("JT"))),
    ("total", "生态局24年预算里没执行掉的钱加起来多少", ONE("ST", 2024, SUM("unexecuted"))),

    # --- counts ---
    ("count", "22年库里一共多少个项目", COUNT(scope=Y(2022))),
    ("count", "预算两千万以上的项目有几个 全部门全年份", COUNT(("budget", ">", 2000))),
    ("count", "水务局三年里有指标扣分的项目几个", COUNT(("lost_indicator",), scope=S("SW"))),

    # --- overall rate against the mean of rates ---
    ("overall_vs_mean", "水务局22年整体执行率", ONE("SW", 2022, OVERALL())),
    ("overall_vs_mean", "水务局22年整体执行率多少 | 那几个项目执行率直接平均一下呢", ONE("SW", 2022, MEAN("rate"))),
    ("overall_vs_mean", "24年全部项目合一块算 总体执行率多少", OVERALL(scope=Y(2024))),

    # --- one answer per department / per year ---
    ("per_group", "24年各局分别报了几个项目", PER("dept", "count", scope=Y(2024))),
    ("per_group", "每个局执行率最低的项目分别是哪个 不分年份", PER("dept", "rate", "asc")),
    ("per_group", "按年份汇总下预算总额 每年多少", PER("year", "sum:budget")),

    # --- the best department / year ---
    ("best_group", "24年各局整体执行率 | 哪个最高",
     {"op": "fc3_best_group", "by": "dept", "metric": "overall", "order": "desc", "scope": Y(2024),
      "contains": ["水务局"]}),
    ("best_group", "哪一年项目平均得分最低",
     {"op": "fc3_best_group", "by": "year", "metric": "mean:score", "order": "asc", "contains": ["2023"]}),
    ("best_group", "23到24年哪个局整体执行率涨得最多",
     {"op": "bl13c_group_change", "a": 2023, "b": 2024, "metric": "overall", "order": "desc",
      "contains": ["交通委"]}),

    # --- rankings and places ---
    ("ranking", "所有局所有年份 执行率最低的三个项目", RANK("rate", "asc", 3)),
    ("ranking", "绿荣局预算最高的项目 | 第二呢",
     ONE("LR", 2024, {"op": "nth", "metric": "budget", "order": "desc", "k": 2})),
    ("ranking", "规资局24年不动产登记执行率多少 | 在局里当年排第几",
     ONE("GZ", 2024, {"op": "position", "project": GZ(2024, "不动产"), "metric": "rate", "order": "desc"})),

    # --- conditions ---
    ("condition", "执行率不到九成的项目 所有部门所有年份都算", FILTER(("rate", "<", 90))),
    ("condition", "哪些项目没评上优", FILTER(("score", "<", 90))),
    ("condition", "24年预算一千万以上但执行率不到九十九的有哪些",
     FILTER(("budget", ">", 1000), ("rate", "<", 99), scope=Y(2024))),

    # --- shares ---
    ("share", "交委24年公路养护预算多少 | 占交委当年总预算多少",
     ONE("JT", 2024, {"op": "share", "project": JT(2024, "公路养护"), "metric": "budget"})),
    ("share", "交通委两年的项目里评优的比例多少", CSHARE(("grade", "优"), scope=S("JT"))),
    ("share", "口袋公园的钱里其他资金占几成",
     AT("LR", 2024, {"op": "bl13_fund_share", "project": LR(2024, "口袋公园"), "kind": "其他资金"})),

    # --- indicators ---
    ("indicator", "公路养护23年MQI实际多少分",
     ONE("JT", 2023, {"op": "indicator", "name": "MQI", "field": "actual"})),
    ("indicator", "水务局24年有哪些项目 | 满意度指标一共几条",
     ONE("SW", 2024, {"op": "bl11_ind_count", "level": "满意度"})),
    ("indicator", "交委23年有扣分的指标吗 | 扣最多的是哪条",
     ONE("JT", 2023, {"op": "bl12_top_ind", "field": "lost", "order": "desc", "contains": ["养护工程按期完工率"]})),

    # --- lost points ---
    ("lost_points", "规资局23年信息化运维 哪些指标扣了分", AT("GZ", 2023, {"op": "lost_rows", "project": GZ(2023, "信息化")})),
    ("lost_points", "绿容局垃圾分类得了多少分 | 离优还差几分",
     AT("LR", 2024, {"op": "bl12_grade_line", "project": LR(2024, "垃圾分类"), "grade": "优", "direction": "below"})),
    ("lost_points", "公路养护23年光指标扣了多少 资金那块不算", FD("JT", 2023, "公路养护", "ind_lost")),

    # --- goal, result and deviation texts ---
    ("text", "河道整治22年为啥没完成 完成情况里怎么说的",
     AT("SW", 2022, {"op": "text", "project": SW(2022, "河道"), "field": "result_text", "contains": ["征地动迁", "疫情"]})),
    ("text", "景观照明那个项目年度目标写的啥",
     AT("LR", 2024, {"op": "text", "project": LR(2024, "景观照明"), "field": "goal_text", "contains": ["黄浦江", "苏州河"]})),
    ("text", "海塘那个项目扣了分吧 | 为啥",
     AT("SW", 2024, {"op": "lost_rows", "project": SW(2024, "海塘"), "contains": ["施工窗口期"]})),

    # --- data quality ---
    ("data_quality", "生态局24年那份表 哪些项目有数是按规则补出来的", ONE("ST", 2024, {"op": "restored"})),
    ("data_quality", "目标写的大于号小于号 实际刚好等于目标还被扣分的 是哪几个项目",
     {"op": "flagged", "kinds": ["operator_contradiction"]}),
    ("data_quality", "生态局24年那份有个项目没名字 | 它预算多少", FD("ST", 2024, 11, "budget")),

    # --- comparisons ---
    ("comparison", "绿地养护执行率多少 | 跟口袋公园比谁高",
     AT("LR", 2024, {"op": "diff", "metric": "rate", "a": LR(2024, "绿地养护"), "b": LR(2024, "口袋公园")})),
    ("comparison", "规资局24年总预算比23年多多少", SGAP("sum:budget", S("GZ", 2024), S("GZ", 2023))),
    ("comparison", "交通信息化跟水务信息化24年预算差多少",
     GAP("budget", JT(2024, "交通信息化"), SW(2024, "水务信息化"))),

    # --- yes / no ---
    ("yes_no", "公路养护23年是不是评了个中", FD("JT", 2023, "公路养护", "grade")),
    ("yes_no", "交委24年项目列一下 | 有没有指标扣分的", ONE("JT", 2024, FILTER(("lost_indicator",)))),
    ("yes_no", "河道整治23年预算是不是比22年高",
     {"op": "diff", "metric": "budget", "a": SW(2023, "河道"), "b": SW(2022, "河道")}),

    # --- follow-ups on the previous answer ---
    ("follow_up", "规资局23年执行率最低的是哪个 | 它一共扣了几分", FD("GZ", 2023, "信息化", "lost")),
    ("follow_up", "交通委24年有几个项目 | 执行率最高的两个是", ONE("JT", 2024, RANK("rate", "desc", 2))),
    ("follow_up", "绿容局24年评良的是哪个 | 它湿垃圾处理能力实际做到多少",
     ONE("LR", 2024, {"op": "indicator", "name": "湿垃圾", "field": "actual"})),
    ("follow_up", "国土空间规划编制24年得分多少 | 前一年呢", FD("GZ", 2023, "国土空间规划", "score")),
    ("follow_up", "交委23年公路养护 | 哪些指标扣分了 | 偏差原因怎么写的",
     AT("JT", 2023, {"op": "lost_rows", "project": JT(2023, "公路养护"), "contains": ["管线搬迁"]})),
    ("follow_up", "口袋公园 | 年初预算多少 | 后来调成多少了 降了百分之几",
     AT("LR", 2024, {"op": "bl13_change_pct", "project": LR(2024, "口袋公园"), "direction": "down"})),
    ("follow_up", "24年哪个局整体执行率最低 | 那个局当年执行率最低的项目是哪个", ONE("ST", 2024, RANK("rate", "asc"))),

    # --- what the store covers ---
    ("coverage", "库里现在有几个部门的表",
     {"op": "bl13c_groups", "by": "dept",
      "contains": ["规划和自然资源局", "交通委", "水务局", "绿化和市容管理局", "生态环境局"]}),
    ("coverage", "耕地保护那个项目库里有几年的数据",
     {"op": "bl13c_groups", "by": "year", "where": [("name", "耕地保护")], "contains": ["2022", "2024"]}),
    ("coverage", "交委有几年的数据", {"op": "bl13c_groups", "by": "year", "scope": S("JT"), "contains": ["2023", "2024"]}),

    # --- found=false: a department-year or a department not stored ---
    ("unanswerable_scope", "交委22年公路养护预算多少", NONE(NOT_STORED + "：交通委只有2023、2024年")),
    ("unanswerable_scope", "绿容局23年整体执行率", NONE(NOT_STORED + "：绿容局只有2024年")),
    ("unanswerable_scope", "生态局二二年项目有几个", NONE(NOT_STORED + "：生态环境局只有2023、2024年")),
    ("unanswerable_scope", "卫健委24年项目执行率", NONE("库里没有卫健委的报告")),
    ("unanswerable_scope", "规资局21年国土空间规划编制预算", NONE(NOT_STORED + "：规资局是2022–2024年")),
    ("unanswerable_scope", "交委24年整体执行率 | 那22年的呢", NONE(NOT_STORED + "：交通委没有2022年")),
    ("unanswerable_scope", "绿容局垃圾分类扣分原因 | 前一年的呢", NONE(NOT_STORED + "：绿容局没有2023年")),

    # --- found=false: a project in a year it was not reported ---
    ("unanswerable_project_year", "防汛泵闸24年执行率多少", NONE(NOT_REPORTED + "：防汛泵闸只有2022、2023年")),
    ("unanswerable_project_year", "内河航道疏浚23年得了几分", NONE(NOT_REPORTED + "：内河航道疏浚只有2024年")),
    ("unanswerable_project_year", "水务信息化22年预算", NONE(NOT_REPORTED + "：水务信息化系统运维是2023、2024年")),
    ("unanswerable_project_year", "耕地保护23年执行率", NONE(NOT_REPORTED + "：耕地保护是2022、2024年")),
    ("unanswerable_project_year", "水务局24年海塘那个项目 | 23年的预算呢", NONE(NOT_REPORTED + "：海塘堤防只有2024年")),
    ("unanswerable_project_year", "规资局23年信息化系统运维执行率 | 22年的呢",
     NONE(NOT_REPORTED + "：规划资源信息化是2023、2024年")),

    # --- found=false: a period inside the year ---
    ("unanswerable_period", "规资局24年上半年执行率", NONE(PERIOD)),
    ("unanswerable_period", "交委23年第四季度花了多少钱", NONE(PERIOD)),
    ("unanswerable_period", "河道整治22年每个月支出多少", NONE(PERIOD)),
    ("unanswerable_period", "口袋公园执行率多少 | 年中那会儿执行到多少了", NONE(PERIOD)),

    # --- found=false: the future ---
    ("unanswerable_future", "水务局25年预算安排多少", NONE(FUTURE)),
    ("unanswerable_future", "26年河道整治计划投多少钱", NONE(FUTURE)),
    ("unanswerable_future", "交委2025年的自评结果", NONE(FUTURE)),
    ("unanswerable_future", "规资局24年整体执行率 | 明年的呢", NONE(FUTURE)),

    # --- found=false: a field the tables lack ---
    ("unanswerable_field", "口袋公园项目负责人是谁", NONE(FIELD + "（项目负责人）")),
    ("unanswerable_field", "公路养护24年招标采购金额多少", NONE(FIELD + "（招标采购）")),
    ("unanswerable_field", "规资局24年不动产登记办事群众满意度 调查了多少人", NONE(FIELD + "（满意度调查样本量）")),
    ("unanswerable_field", "党建那个项目 | 第三方评价机构是哪家", NONE(FIELD + "（第三方评价机构）")),
]
