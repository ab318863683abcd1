"""Tenth blind bank set over the eleven-report store (the sample plus the ten corpus PDFs, as corpus.py).

Store: data/samples/000_714f557b0e494d5f.txt (上海市生态环境局 2024) and evals/documents/corpus/*.pdf
(规资局 2022–2024, 交通委 2023–2024, 水务局 2022–2024, 绿容局 2024, 生态环境局 2023): 64 projects.
Written blind: without reading or running the assistant, its tests or prompts, and without the other
sets' questions (helpers only). Staff chat: short or misheard department names (规资局, guizi局, 交委,
shuiwu局, 绿容局), 实施单位 instead of the department, projects by what they do, two-digit years,
spoken numbers, follow-ups ("|" between turns, only the last graded), about a quarter refused.

Readings as corpus.py: a department with several stored years is given a year unless the question
says 三年/历年/每年; a question whose answer lies in one report is asked about that report.
No new oracle op.
"""

from evals.bank.source import corpus
from evals.bank.source.corpus import (  # store and selector helpers
    GZ, JT, LR, ST, SW, AT, COUNT, FD, FILTER, GAP, MEAN, ONE, OVERALL, PER, RANK, SGAP, SUM, S, Y,
)
from evals.bank.source.multi import TEXT
from evals.bank.source.sample import NONE, F

PREFIX = "bl10c"
DOCUMENT = "*"
WITH_STORE = True
store_paths = corpus.store_paths  # the eleven reports, as corpus.py


def BOTH(*parts):
    return {"op": "fr3_both", "parts": list(parts)}


def IND(name, field, scope):
    return {"op": "indicator", "name": name, "field": field, "scope": scope}


def LOST(project, *words):
    spec = {"op": "lost_rows", "project": project}
    if words:
        spec["contains"] = list(words)
    return spec


def GROUPS(metric, *groups):
    return {"op": "bc3_groups", "metric": metric, "groups": list(groups)}


def SHARE(project, metric, scope):
    return {"op": "share", "project": project, "metric": metric, "scope": scope}


QUESTIONS = [
    # --- departments said short, 实施单位 -------------------------------------------------
    ("department_short", "规资局24年几个项目 | 预算一共多少", ONE("GZ", 2024, SUM("budget"))),
    ("department_short", "交委24年几个项目 | 整体执行率多少", ONE("JT", 2024, OVERALL())),
    ("department_short", "shuiwu局22年得分最低的是哪个", ONE("SW", 2022, RANK("score", "asc"))),
    ("implementer", "测绘院做的那个项目 | 24年预算多少", FD("GZ", 2024, "测绘", "budget")),
    ("implementer", "港航中心负责的那个项目 执行率多少", FD("JT", 2024, "航道", "rate")),
    ("implementer", "各家信息中心实施的项目都有哪些", FILTER(["implementer", "信息中心"])),

    # --- recurring projects over years ------------------------------------------------
    ("recurring", "河道整治那个 每年预算分别多少", PER("year", "sum:budget", where=[["name", "河道综合整治"]])),
    ("recurring", "国土空间规划编制 哪一年得分最高", RANK("score", "desc", where=[["name", "国土空间规划"]])),
    ("recurring", "不动产登记那个 三年执行数加起来多少", SUM("executed", where=[["name", "不动产登记"]])),
    ("recurring", "水文站网运维22年预算多少 | 24年比它多了多少", GAP("budget", SW(2024, "水文"), SW(2022, "水文"))),
    ("recurring", "干部人事队伍建设 生态局23年跟24年 预算差多少", GAP("budget", ST(2023, "干部"), ST(2024, "干部"))),

    # --- per year / department ---------------------------------------------------------
    ("per_group", "23年各个局分别几个项目", {"op": "per_group", "metric": "count", "scope": Y(2023)}),
    ("per_group", "每个局历年预算合计多少", PER("dept", "sum:budget")),
    ("per_group", "每一年执行率最低的是哪个项目", PER("year", "rate", "asc")),
    ("year_scope", "22年一共多少个项目", COUNT(scope=Y(2022))),
    ("whole_store", "这几个局 哪个局历年整体执行率最低", {"op": "fc3_best_group", "by": "dept", "metric": "overall", "order": "asc", "contains": ["交通"]}),

    # --- two conditions / two asks -------------------------------------------------
    ("compound", "水务局24年四个项目 | 预算过一千万而且执行率不到九十九的", ONE("SW", 2024, FILTER(["budget", ">", 1000], ["rate", "<", 99]))),
    ("compound", "绿容局调过预算的项目里 执行率还在九十九以上的有哪些", ONE("LR", 2024, FILTER(["changed_budget"], ["rate", ">", 99]))),
    ("compound", "规资局23年得分最低的是哪个 它执行率多少", AT("GZ", 2023, BOTH(RANK("score", "asc", scope=S("GZ", 2023)), F(GZ(2023, "信息化"), "rate")))),
    ("compound", "生态局23年预算最多的那个 是哪个 执行了多少", AT("ST", 2023, BOTH(RANK("budget", "desc", scope=S("ST", 2023)), F(ST(2023, "水生态"), "executed")))),

    # --- which is bigger / by how much ----------------------------------------------
    ("comparison", "规资局跟交委 24年谁的总预算大 差多少", SGAP("sum:budget", S("GZ", 2024), S("JT", 2024))),
    ("comparison", "口袋公园预算多少 | 跟城市绿地养护比 哪个钱多 多多少", AT("LR", 2024, GAP("budget", LR(2024, "口袋"), LR(2024, "绿地")))),
    ("comparison", "水务局22年整体执行率 | 跟24年比差了多少", SGAP("overall", S("SW", 2022), S("SW", 2024))),
    ("comparison", "绿容局跟生态局23年比 哪边平均得分高", GROUPS("mean:score", S("LR"), S("ST", 2023))),

    # --- yes / no ---------------------------------------------------------------------
    ("yes_no", "规资局23年几个项目 | 有没有评良的", ONE("GZ", 2023, FILTER(["grade", "良"]))),
    ("yes_no", "24年的项目里有没有执行率不到九成的", FILTER(["rate", "<", 90], scope=Y(2024))),
    ("yes_no", "交委23年公路养护是不是只评了个中", FD("JT", 2023, "公路", "grade")),

    # --- figures, projects by their work, typos, spoken numbers -----------------------
    ("figure", "林业有害生物防治那个 执行率多少", FD("LR", 2024, "林业", "rate")),
    ("figure", "林业有害生物防治那个 执行率多少 | 就防美国白蛾那个 最后得了多少分", FD("LR", 2024, "林业", "score")),
    ("typo", "guizi局22年 耕地保户那个预算多少", FD("GZ", 2022, "耕地", "budget")),
    ("typo", "海糖巡查养护那个 年初预算多少", FD("SW", 2024, "海塘", "initial")),
    ("spoken_number", "预算超过四千万的项目有哪些", FILTER(["budget", ">", 4000])),

    # --- ranking, position, aggregates ------------------------------------------------
    ("ranking", "所有局所有年份放一起 预算最大的前三个", RANK("budget", "desc", 3)),
    ("rank_position", "交委24年 内河航道疏浚那个预算排第几", AT("JT", 2024, {"op": "position", "project": JT(2024, "航道"), "metric": "budget", "order": "desc", "scope": S("JT", 2024)})),
    ("average", "生态局23年四个项目 | 执行率的平均值", ONE("ST", 2023, MEAN("rate"))),
    ("overall_rate", "规资局三年合起来整体执行率多少", OVERALL(scope=S("GZ"))),
    ("share", "水务局24年总预算 | 河道整治占了多少", AT("SW", 2024, SHARE(SW(2024, "河道"), "budget", S("SW", 2024)))),
    ("count", "有指标扣了分的项目 全部加起来多少个", COUNT(["lost_indicator"])),

    # --- indicators, lost points, texts -----------------------------------------------
    ("indicator", "规资局信息化运维那个23年扣了分 | 核心系统可用率目标定的多少 实际多少", AT("GZ", 2023, BOTH(IND("核心系统可用率", "target", S("GZ", 2023)), IND("核心系统可用率", "actual", S("GZ", 2023))))),
    ("indicator", "疏浚土资源化利用率实际做到多少", AT("JT", 2024, IND("疏浚土资源化利用率", "actual", S("JT", 2024)))),
    ("indicator", "湿垃圾日处理能力 定的多少 实际建成多少", AT("LR", 2024, BOTH(IND("湿垃圾日处理能力", "target", S("LR", 2024)), IND("湿垃圾日处理能力", "actual", S("LR", 2024))))),
    ("indicator", "供水水质监测23年 | 管网水抽检点次那条扣了几分", AT("SW", 2023, IND("管网水水质抽检点次", "lost", S("SW", 2023)))),
    ("indicator", "水务局24年海塘那个 | 生态海塘建设长度实际完成多少", AT("SW", 2024, IND("生态海塘建设长度", "actual", S("SW", 2024)))),
    ("indicator_count", "口袋公园那个项目 有几个指标", FD("LR", 2024, "口袋", "n_indicators")),
    ("indicator_count", "交委23年公路养护 几条指标扣了分", FD("JT", 2023, "公路", "n_lost_indicators")),
    ("lost_points", "公路养护23年扣分的指标有哪些 是不是跟管线搬迁有关", AT("JT", 2023, LOST(JT(2023, "公路"), "管线搬迁"))),
    ("lost_points", "垃圾分类那个项目 哪几项扣了分 原因呢", AT("LR", 2024, LOST(LR(2024, "垃圾")))),
    ("lost_points", "河道整治22年执行率挺低的 | 哪几条指标扣的分", AT("SW", 2022, LOST(SW(2022, "河道"), "疫情"))),
    ("text", "地质灾害那个 24年目标 沉降控制在多少以内", AT("GZ", 2024, TEXT(GZ(2024, "地质"), "goal_text", "6毫米"))),
    ("text", "口袋公园实际建了多少座", AT("LR", 2024, TEXT(LR(2024, "口袋"), "result_text", "124座"))),

    # --- follow-ups ------------------------------------------------------------------
    ("follow_up", "水务局24年哪个项目得分最低 | 它哪条指标扣的分", AT("SW", 2024, LOST(SW(2024, "海塘")))),
    ("follow_up", "交委24年执行率最低的两个 | 头一个预算多少", FD("JT", 2024, "信息化", "budget")),
    ("follow_up", "规资局22年那四个项目 | 去掉国土规划 剩下预算合计", ONE("GZ", 2022, SUM("budget", exclude=[GZ(2022, "国土")]))),
    ("follow_up", "科技与国际合作 生态局23年执行率多少 | 24年的呢 | 两年差几个点", GAP("rate", ST(2023, "科技"), ST(2024, "科技"))),
    ("follow_up", "绿容局预算最多的三个 | 它们执行数一共多少", AT("LR", 2024, {"op": "combined", "metric": "executed", "projects": [LR(2024, "口袋"), LR(2024, "绿地"), LR(2024, "垃圾")]})),
    ("follow_up", "交委23年哪个项目评级最差 | 它执行率多少", FD("JT", 2023, "公路", "rate")),

    # --- switches --------------------------------------------------------------------
    ("switch", "规资局24年整体执行率 | 那23年呢", ONE("GZ", 2023, OVERALL())),
    ("switch", "水务局24年几个项目 | 绿容局呢", ONE("LR", 2024, COUNT())),
    ("switch", "交委24年总预算多少 | 22年的呢", NONE("交通委只存了2023、2024年")),
    ("switch", "绿容局24年得分最低的 | 23年的呢", NONE("绿容局只存了2024年")),
    ("switch", "生态局23年预算合计 | 那22年呢", NONE("生态环境局只存了2023、2024年")),

    # --- must be refused -------------------------------------------------------------
    ("unanswerable_period", "河道整治22年执行率 | 21年的呢", NONE("水务局最早2022年")),
    ("unanswerable_period", "口袋公园上半年开放了几座 花了多少", NONE("没有半年数")),
    ("unanswerable_period", "交委24年四季度支出多少", NONE("没有季度数")),
    ("unanswerable_period", "水务局20年一共几个项目", NONE("水务局最早2022年")),
    ("unanswerable_future", "25年公路养护预算多少", NONE("未来年度")),
    ("unanswerable_future", "规资局明年会不会新增项目", NONE("未来年度")),
    ("unanswerable_future", "绿容局26年口袋公园计划建几座", NONE("未来年度")),
    ("unanswerable_future", "照这个趋势 河道整治明年执行率能到多少", NONE("没有预测")),
    ("unanswerable_field", "口袋公园建了多少座 | 每一座造价是多少", NONE("没有单座造价")),
    ("unanswerable_field", "航道疏浚的中标单位是哪家", NONE("没有中标单位")),
    ("unanswerable_field", "不动产登记中心有多少工作人员", NONE("没有人员数")),
    ("unanswerable_field", "垃圾分类那个 具体哪些小区没达标", NONE("没有小区明细")),
    ("unanswerable_field", "测绘院24年那个项目 采购合同金额多少", NONE("没有合同金额")),
    ("unanswerable_scope", "财政局22年的项目执行率", NONE("财政局不在库里")),
    ("unanswerable_scope", "广州市水务局24年预算", NONE("广州不在库里")),
    ("unanswerable_scope", "住建委24年有几个项目", NONE("住建委不在库里")),
    ("unanswerable_scope", "公安局23年自评得分最高的", NONE("公安局不在库里")),
]
