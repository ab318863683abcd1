"""Blind set 13 over the eleven reports: the real sample plus the ten corpus PDFs (64 projects).

Store: as ``corpus.py`` — data/samples/000_714f557b0e494d5f.txt (上海市生态环境局 2024, 18 projects) and
evals/documents/corpus/*.pdf (规资局 2022–2024, 交通委 2023–2024, 水务局 2022–2024, 绿容局 2024, 生态环境局 2023).
Selectors and scope helpers are those of ``corpus.py`` (GZ/JT/SW/LR/ST(year, word), S, Y, AT, FD, ONE …); a question
whose answer lies in one report is asked about that report, the rest use "*".

Written blind: the helper that wrote it neither read nor ran the assistant (nor its tests, prompts or docs) and saw no
other set's questions — only DESIGN.md, the bank's README, oracle.py, build.py, split.py, evals/questions.py,
ingest/records.py, the documents as the ingest reads them, and the helper definitions at the top of ``corpus.py`` and
``sample.py``.

What it stresses: old and misheard department names (规划国土, 环保局, 交通卫, 规姿局, shuiwu局), a department named by
a project's 实施单位 (公园管理事务中心是哪个局的 | 那个局…), recurring projects across years, 去年/前年 after a named
year, a scope set in a turn that asks little (先看23年的 | …), the best/worst department of a year and over its years,
which department's overall rate rose most or fell between two years (op ``bl13c_group_change``), how many departments
or years a condition spans (op ``bl13c_groups``), overall rate vs plain average, homophones in project words (等级,
地址, 正治, 养户), spoken thresholds (九成七, 两千万, 百分之九十九), and refusals that sound answerable: a project asked in
a year it was not reported (地质灾害 22年, 海塘 23年, 生态局23年党建), department-years not stored (绿容局23年, 生态局22年,
规资局21年, 绿容局22年, 交委22年), other departments (浦东新区生态环境局, 卫健委, 北京市水务局), periods the table lacks
(上半年, 前三季度, 四季度, 一季度), the future (25年, 明年, 下一年, 26年), fields it lacks (中标单位, 负责人, 合同金额, 建在哪
几个区, 政府采购金额, 科目编码, 停机时长). No question mark anywhere.
"""

from evals.bank.source.corpus import (  # noqa: F401  (store and selector helpers)
    AT, COUNT, FD, FILTER, GAP, GZ, JT, LR, MEAN, ONE, OVERALL, PER, RANK, ST, SUM, SW, S, Y, store_paths)
from evals.bank.source.sample import NONE, F

__all__ = ["store_paths"]

PREFIX = "bl13c"
DOCUMENT = "*"
WITH_STORE = True


def LOST_ROWS(project, *words):
    spec = {"op": "lost_rows", "project": project}
    if words:
        spec["contains"] = list(words)
    return spec


def IND(name, field, scope):
    return {"op": "indicator", "name": name, "field": field, "scope": scope}


def BEST(by, metric, order, word, **kw):
    return {"op": "fc3_best_group", "by": by, "metric": metric, "order": order, "contains": [word], **kw}


def GROUPS(by, *words, **kw):
    spec = {"op": "bl13c_groups", "by": by, **kw}
    if words:
        spec["contains"] = list(words)
    return spec


def CHANGE(metric, a, b, order, word, **kw):
    return {"op": "bl13c_group_change", "metric": metric, "a": a, "b": b, "order": order, "contains": [word], **kw}


QUESTIONS = [
    # --- departments said short, by an old name, or misheard ---------------------------------------------------
    ("department_short", "等下要跟财政对数 规划国土那边24年项目预算加起来多少来着",
     ONE("GZ", 2024, SUM("budget"))),
    ("department_short", "环保局23年那四个项目里执行率最低的是哪个",
     ONE("ST", 2023, RANK("rate", "asc"))),
    ("department_short", "交通卫的表帮我调一下 | 24年公路养户拿了多少预算",
     FD("JT", 2024, "公路养护", "budget")),

    # --- typos, homophones, pinyin -------------------------------------------------------------------------------
    ("typo", "规姿局23年不动产等级服务保障年初预算和全年预算各多少",
     FD("GZ", 2023, "不动产", "initial", "budget")),
    ("typo", "地址灾害防治那个24年得了几分",
     FD("GZ", 2024, "地质灾害", "score")),
    ("typo", "shuiwu局河道综合正治22年执行率",
     FD("SW", 2022, "河道综合整治", "rate")),

    # --- projects and departments named by their 实施单位 ---------------------------------------------------------
    ("implementer", "测绘院做的那个项目这几年预算分别多少",
     FILTER(["implementer", "测绘院"], show="budget")),
    ("implementer", "公园管理事务中心是哪个局的 | 那个局24年一共几个项目",
     ONE("LR", 2024, COUNT())),
    ("implementer", "港航中心负责的是哪个项目 | 它哪条指标扣了分扣了多少",
     AT("JT", 2024, LOST_ROWS(JT(2024, "内河航道")))),
    ("implementer", "水文总站所在那个局23年整体执行率多少",
     ONE("SW", 2023, OVERALL())),

    # --- recurring projects across years -------------------------------------------------------------------------
    ("recurring", "国土空间规划编制这三年得分列一下",
     FILTER(["name", "国土空间规划编制"], show="score")),
    ("recurring", "河道整治三年里哪年预算最高 多少",
     RANK("budget", "desc", where=[["name", "河道综合整治"]])),
    ("recurring", "公路养护管理23年执行率多少 | 24年呢 比23年高了几个点",
     GAP("rate", JT(2023, "公路养护"), JT(2024, "公路养护"))),

    # --- a year as scope -----------------------------------------------------------------------------------------
    ("year_scope", "先看23年的 | 所有项目预算合计多少",
     SUM("budget", scope=Y(2023))),

    # --- switches of department or year (some to department-years not stored) ------------------------------------
    ("switch", "交委24年整体执行率 | 去年呢",
     ONE("JT", 2023, OVERALL())),
    ("switch", "绿容局垃圾分类执行率多少 | 23年的呢",
     NONE("绿容局只有2024年的报告，没有2023年")),
    ("switch", "水务局23年得分最低的项目 | 换成规资局",
     ONE("GZ", 2023, RANK("score", "asc"))),
    ("switch", "生态局24年有几个项目 | 前年呢",
     NONE("生态环境局只有2023、2024年的报告，没有2022年")),
    ("switch", "水务局24年项目总预算 | 前年呢",
     ONE("SW", 2022, SUM("budget"))),
    ("switch", "交委23年公路养护预算 | 那水务局同一年的河道整治呢",
     FD("SW", 2023, "河道综合整治", "budget")),
    ("switch", "规资局24年执行率最低的项目 | 21年呢",
     NONE("规资局只有2022–2024年的报告，没有2021年")),
    ("switch", "规资局22年几个项目 | 绿容局同一年呢",
     NONE("绿容局只有2024年的报告，没有2022年")),

    # --- one answer per report, per department or per year ------------------------------------------------------
    ("per_group", "24年每个局各自的整体执行率",
     {"op": "per_group", "scope": Y(2024)}),
    ("per_group", "每年项目数各多少",
     PER("year", "count")),
    ("per_group", "23年各局得分最低的项目分别是哪个",
     {"op": "per_group", "scope": Y(2023), "metric": "score", "order": "asc"}),

    # --- the whole store ------------------------------------------------------------------------------------------
    ("whole_store", "全部项目里没评上优的有几个",
     COUNT(["score", "<", 90])),

    # --- figures of one project -----------------------------------------------------------------------------------
    ("figure", "交委24年内河航道疏浚维护上年结转多少",
     FD("JT", 2024, "内河航道", "carry")),
    ("figure", "水务局24年海塘那个项目年初预算跟调整后的全年预算差了多少",
     FD("SW", 2024, "海塘", "initial", "budget", "adjust")),

    # --- spoken numbers ---------------------------------------------------------------------------------------------
    ("spoken_number", "24年执行率低于九成七的项目有哪些",
     FILTER(["rate", "<", 97], scope=Y(2024))),
    ("spoken_number", "预算超过两千万的项目都列一下",
     FILTER(["budget", ">", 2000])),
    ("spoken_number", "水务局三年里执行率不到百分之九十九的项目几个",
     COUNT(["rate", "<", 99], scope=S("SW"))),

    # --- rankings --------------------------------------------------------------------------------------------------
    ("ranking", "规资局历年预算前三大的项目",
     RANK("budget", "desc", 3, scope=S("GZ"))),
    ("ranking", "24年得分倒数三个是哪几个",
     RANK("score", "asc", 3, scope=Y(2024))),

    # --- counts, sums -----------------------------------------------------------------------------------------------
    ("count", "24年有指标扣分的项目有几个",
     COUNT(["lost_indicator"], scope=Y(2024))),
    ("sum", "交委23年 | 四个项目没花掉的钱加起来多少",
     ONE("JT", 2023, SUM("unexecuted"))),
    ("sum", "生态局两年的财政拨款预算加一起多少",
     SUM("approp", scope=S("ST"))),

    # --- overall rate (Σ执行/Σ预算) and plain averages ---------------------------------------------------------------
    ("overall_rate", "水务局22年整体执行率 不要平均的 按总数算",
     ONE("SW", 2022, OVERALL())),
    ("overall_rate", "规资局三年预算合计 | 那三年总的执行率呢",
     OVERALL(scope=S("GZ"))),
    ("average", "交委23年四个项目执行率 | 简单平均一下多少",
     ONE("JT", 2023, MEAN("rate"))),

    # --- compound conditions, exclusions, ranges ------------------------------------------------------------------
    ("compound", "24年预算一千万以上执行率又低于99的有哪些",
     FILTER(["budget", ">", 1000], ["rate", "<", 99], scope=Y(2024))),
    ("compound", "水务局历年调整过预算又扣了指标分的项目有哪些",
     FILTER(["changed_budget"], ["lost_indicator"], scope=S("SW"))),
    ("exclusion", "生态局24年执行率最低的是哪个 | 把它去掉以后整体执行率多少",
     ONE("ST", 2024, OVERALL(exclude=[7]))),
    ("exclusion", "不算公路养护 交委两年总预算多少",
     SUM("budget", scope=S("JT"), exclude=[JT(2023, "公路养护"), JT(2024, "公路养护")])),
    ("range", "执行率在95到98之间的项目有哪些 全库的",
     FILTER(["rate", ">", 95], ["rate", "<", 98])),

    # --- shares -----------------------------------------------------------------------------------------------------
    ("share", "24年五个局的总预算里水务局占多少",
     {"op": "bl12c_scope_share", "part": S("SW", 2024), "whole": Y(2024), "metric": "sum:budget"}),
    ("share", "交委23年公路养护预算多少 | 占那年交委总预算几成",
     AT("JT", 2023, {"op": "share", "project": JT(2023, "公路养护"), "metric": "budget", "scope": S("JT", 2023)})),

    # --- a project's place ------------------------------------------------------------------------------------------
    ("rank_position", "公路养护24年执行率在交委那年五个项目里排第几",
     AT("JT", 2024, {"op": "position", "project": JT(2024, "公路养护"), "metric": "rate", "order": "desc",
                     "scope": S("JT", 2024)})),
    ("rank_position", "规资局信息化23年得分在23年全部项目里从低往高排第几",
     {"op": "position", "project": GZ(2023, "信息化"), "metric": "score", "order": "asc", "scope": Y(2023)}),

    # --- indicators ---------------------------------------------------------------------------------------------------
    ("indicator", "湿垃圾日处理能力目标定的多少吨 实际完成多少",
     AT("LR", 2024, {"op": "fr3_both", "parts": [IND("湿垃圾日处理能力", "target", S("LR", 2024)),
                                                  IND("湿垃圾日处理能力", "actual", S("LR", 2024))]})),
    ("indicator", "水务局22年河道整治 | 河道整治长度那条指标扣了几分",
     AT("SW", 2022, IND("河道整治长度", "lost", S("SW", 2022)))),
    ("indicator_count", "规资局23年扣了分的指标几条",
     AT("GZ", 2023, {"op": "bl11_ind_count", "lost": True, "scope": S("GZ", 2023)})),

    # --- lost points ----------------------------------------------------------------------------------------------------
    ("lost_points", "垃圾分类那个项目哪几条指标扣分了 原因呢",
     AT("LR", 2024, LOST_ROWS(LR(2024, "垃圾分类"), "老旧小区", "调试延期", "作息"))),
    ("lost_points", "23年各局加起来一共扣了多少分",
     SUM("lost", scope=Y(2023))),

    # --- texts and topics -----------------------------------------------------------------------------------------------
    ("text", "规资局信息化23年执行率为啥那么低 表里怎么写的",
     AT("GZ", 2023, {"op": "text", "project": GZ(2023, "信息化"), "field": "result_text",
                     "contains": ["硬件采购"]})),
    ("text", "口袋公园24年年度目标是啥",
     AT("LR", 2024, {"op": "text", "project": LR(2024, "口袋公园"), "field": "goal_text", "contains": ["120座"]})),
    ("topic", "跟信息化有关的项目都有哪些 不分年份",
     {"op": "topic", "words": ["信息化"]}),

    # --- follow-ups on the previous answer ------------------------------------------------------------------------------
    ("follow_up", "交委24年执行率最低的三个 | 第二个预算多少",
     AT("JT", 2024, {"op": "bl11_nth_show", "metric": "rate", "order": "asc", "k": 2, "show": "budget",
                     "scope": S("JT", 2024)})),
    ("follow_up", "规资局24年有哪些项目调过预算 | 这几个全年预算加起来多少",
     AT("GZ", 2024, {"op": "combined", "metric": "budget", "scope": S("GZ", 2024),
                     "projects": ["测绘", "耕地保护", "地质灾害"]})),
    ("follow_up", "水务局23年的项目按得分排一下 | 去掉第一名 剩下的平均多少",
     ONE("SW", 2023, MEAN("score", exclude=["水文监测"]))),
    ("follow_up", "生态局24年得分低于97的 | 其中预算最大的是哪个",
     ONE("ST", 2024, RANK("budget", "desc", where=[["score", "<", 97]]))),
    ("follow_up", "22年两个局的项目 | 执行率最高的呢",
     RANK("rate", "desc", scope=Y(2022))),

    # --- comparisons, yes/no --------------------------------------------------------------------------------------------
    ("comparison", "24年交通伟和水务局哪个整体执行率高",
     {"op": "bc3_groups", "groups": [S("JT", 2024), S("SW", 2024)], "metric": "overall"}),
    ("comparison", "水文监测24年预算多少 | 跟22年比多了多少",
     GAP("budget", SW(2022, "水文监测"), SW(2024, "水文监测"))),
    ("yes_no", "交委23年有没有项目没评上优",
     ONE("JT", 2023, FILTER(["score", "<", 90]))),
    ("yes_no", "水务局24年的情况 | 有没有哪个项目执行率低于98",
     ONE("SW", 2024, FILTER(["rate", "<", 98]))),

    # --- data quality -----------------------------------------------------------------------------------------------------
    ("data_quality", "哪些表的数据有问题 像目标值符号录错那种",
     {"op": "flagged", "kinds": ["operator_contradiction"]}),
    ("data_quality", "生态局24年评分等级是补出来的不是原表上的 有哪几个",
     AT("ST", 2024, {"op": "restored_field", "field": "grade", "scope": S("ST", 2024)})),

    # --- top-n then an aggregate ---------------------------------------------------------------------------------------
    ("combination", "24年预算最大的三个项目整体执行率多少",
     {"op": "bl9_top_sum", "metric": "budget", "order": "desc", "n": 3, "of": "overall", "scope": Y(2024)}),

    # --- the best / worst department ---------------------------------------------------------------------------------
    ("best_group", "领导下午要看排名 24年哪个局整体执行率最差",
     BEST("dept", "overall", "asc", "生态", scope=Y(2024))),
    ("best_group", "看下各局历年整体执行率 | 哪个局最低",
     BEST("dept", "overall", "asc", "交通")),

    # --- a department's change between two years (op bl13c_group_change) -------------------------------------------
    ("group_change", "23到24年整体执行率提升最多的是哪个局",
     CHANGE("overall", 2023, 2024, "desc", "交通")),
    ("group_change", "哪个局24年跟23年比整体执行率反而降了",
     CHANGE("overall", 2023, 2024, "asc", "生态", only=True)),

    # --- how many departments / years (op bl13c_groups) ---------------------------------------------------------------
    ("group_count", "那个啥 交委库里有几年的数据",
     GROUPS("year", "2023", "2024", scope=S("JT"))),
    ("group_count", "有项目评了良或者中的部门有几个 分别哪几个",
     GROUPS("dept", "规", "交通", "水务", "绿", where=[["score", "<", 90]])),

    # --- not stored: department-years, projects in years they were not reported, other departments ---------------------
    ("unanswerable_scope", "交委22年公路养护执行率多少",
     NONE("交通委只有2023、2024年的报告")),
    ("unanswerable_scope", "地质灾害防治22年预算多少",
     NONE("规资局2022年的报告没有地质灾害防治项目（2023、2024年才有）")),
    ("unanswerable_scope", "水务局23年海塘堤防巡查养护得分",
     NONE("水务局2023年的报告没有海塘项目（只在2024年）")),
    ("unanswerable_scope", "生态局23年党建那块执行率",
     NONE("生态环境局2023年的报告只有四个项目，没有党建")),
    ("unanswerable_scope", "浦东新区生态环境局24年项目总预算",
     NONE("库里没有浦东新区生态环境局")),
    ("unanswerable_scope", "市卫健委24年整体执行率",
     NONE("库里没有卫健委")),
    ("unanswerable_scope", "北京市水务局23年河道整治预算",
     NONE("库里的是上海市水务局，没有北京")),

    # --- periods the table lacks ---------------------------------------------------------------------------------------
    ("unanswerable_period", "交委24年公路养护执行率 | 上半年呢",
     NONE("自评表只有全年数")),
    ("unanswerable_period", "规资局24年国土空间规划前三季度执行了多少",
     NONE("自评表只有全年执行数")),
    ("unanswerable_period", "麻烦看下口袋公园四季度花了多少钱",
     NONE("没有分季度的支出")),
    ("unanswerable_period", "河道整治23年一季度执行进度",
     NONE("没有分季度的执行进度")),

    # --- the future ----------------------------------------------------------------------------------------------------
    ("unanswerable_future", "水务局25年预算安排多少",
     NONE("库里最晚是2024年")),
    ("unanswerable_future", "水务局24年整体执行率 | 明年预计能到多少",
     NONE("没有预测")),
    ("unanswerable_future", "绿容局口袋公园下一年计划新建几座",
     NONE("只有2024年的目标（120座），没有下一年的计划")),
    ("unanswerable_future", "交委26年公路养护预算",
     NONE("库里最晚是2024年")),

    # --- fields the table lacks ---------------------------------------------------------------------------------------
    ("unanswerable_field", "测绘院那个项目中标单位是谁",
     NONE("表里没有中标单位")),
    ("unanswerable_field", "规资局24年国土空间规划 | 项目负责人是谁",
     NONE("表里没有项目负责人")),
    ("unanswerable_field", "交委24年内河航道疏浚合同金额多少",
     NONE("表里没有合同金额")),
    ("unanswerable_field", "口袋公园24年预算 | 在哪几个区建的",
     NONE("表里没有建设地点")),
    ("unanswerable_field", "水务局河道整治24年政府采购金额",
     NONE("表里没有政府采购金额")),
    ("unanswerable_field", "生态局24年项目的支出功能分类科目编码",
     NONE("表里没有科目编码")),
    ("unanswerable_field", "规资局信息化23年有几次计划外停机 | 停了多长时间",
     NONE("偏差原因只说两次计划外停机，没有停机时长")),
]
