"""Blind set 16 over the eleven reports (the real sample plus the ten corpus PDFs): 64 projects, five departments.

Written blind. Read: /work/shared/DESIGN.md, evals/bank/oracle.py, build.py, split.py, evals/questions.py,
ingest/records.py, the top sections of evals/bank/README.md, the helper definitions (not the QUESTIONS lists) of
source/corpus.py and source/sample.py, evals/documents/corpus/README.md, and the records of the eleven reports as the
project's own ingest stores them (dumped once with evals.bank.build.ingest). Nothing of assistant/, tests/, prompts/,
the app, or any other set's questions was read or run.

What it stresses: questions typed in a meeting over a store of several departments and years — short and old
department names (交委, 规土局, 环保局, 绿容局), typos and homophones (水物局, 执形率, 养户, 疏竣, 口代), two-digit and
spoken years (二二年), spoken amounts and shares (一千万, 九成, 几成), context before the question, and follow-ups
that switch department or year or lean on the previous answer (about a third are conversations, the last turn
graded). Across departments and years: figures, rankings, counts and sums, the overall rate (Σ执行/Σ预算) against
the mean of rates, shares, one answer per department or per year, recurring projects over years, gaps, ratios and
grade lines, indicators (with the new count of rows short of their target read with its operator), lost points and
their reasons, goal and result texts, data quality (restored totals and grades, mis-entered operators, a nameless
project), the implementing units (new op), and a quarter that sound answerable but are not: department-years not
stored, other departments or districts, periods within a year, the future, fields the table does not print, and a
recurring project asked in a year it was not reported.

Selectors: GZ/JT/SW/LR/ST(year, word_or_seq) of source/corpus.py pick inside one department-year; a bare word is
unique in the whole store; scopes S(key[, year]) and Y(year). Every question is asked of the whole store ("*"), so
projects are "FILE#SEQ". New oracle ops: bl16c_missed, bl16c_implementers.
"""

from evals.bank.source.corpus import (COUNT, GAP, GZ, JT, LR, OVERALL, PER, RANK, SGAP, ST, SUM, SW, MEAN, S, Y,
                                      store_paths as _corpus_store_paths)
from evals.bank.source.sample import NONE, F

PREFIX = "bl16c"
DOCUMENT = "*"
WITH_STORE = True

GZ_NAME, JT_NAME, SW_NAME, LR_NAME, ST_NAME = "规划和自然资源局", "交通委员会", "水务局", "绿化和市容管理局", "生态环境局"


def store_paths():
    """The eleven reports of source/corpus.py."""
    return _corpus_store_paths()


def TREND(dept, word, metric):
    return {"op": "bl15c_trend", "dept": dept, "word": word, "metric": metric}


def MISSED(**kw):
    return {"op": "bl16c_missed", **kw}


def UNITS(**kw):
    return {"op": "bl16c_implementers", **kw}


QUESTIONS = [
    # --- figure: one value of one project, named loosely, department and year said short -----------------------
    ("figure", "交委23年公路养户那个执形率多少", F(JT(2023, "公路养护"), "rate")),
    ("figure", "领导要个数 规土局24年测绘那个项目全年预算多少", F(GZ(2024, "测绘"), "budget")),
    ("figure", "水物局二二年河道整治总分跟等级", F(SW(2022, "河道"), "score", "grade")),
    ("figure", "绿容局口代公园年初预算多少 后来调成多少了", F(LR(2024, "口袋"), "initial", "budget")),
    ("figure", "环保局24年党建那个预算多少 | 实际花出去多少", F(ST(2024, "党建"), "executed")),
    ("figure", "水务局24年水文监测站网的预算 | 23年呢", F(SW(2023, "水文"), "budget")),
    ("figure", "规资局23年信息化运维执行率多少 | 同一年交通委那个信息化的呢", F(JT(2023, "信息化"), "rate")),

    # --- ranking -----------------------------------------------------------------------------------------------
    ("ranking", "24年执行率低于九成的有哪些 | 最低的三个", RANK("rate", "asc", 3, scope=Y(2024))),
    ("ranking", "整个库里预算最多的是哪个项目 多少钱", RANK("budget", "desc")),
    ("ranking", "22年预算前三的项目 | 把河道那个去掉再排一下", RANK("budget", "desc", 3, scope=Y(2022),
                                                         exclude=[SW(2022, "河道")])),
    ("ranking", "24年哪个项目离满分差得最多 差几分", RANK("lost", "desc", scope=Y(2024))),
    ("ranking", "23年执行率最低的五个 | 第四个是哪个 它预算多少",
     {"op": "bl11_nth_show", "metric": "rate", "order": "asc", "k": 4, "show": "budget", "scope": Y(2023)}),

    # --- count -------------------------------------------------------------------------------------------------
    ("count", "23年库里一共多少个项目 所有局加一起", COUNT(scope=Y(2023))),
    ("count", "全库评优的有多少 | 良呢", COUNT(["grade", "良"])),
    ("count", "水务局三年里预算过一千万的项目有几个", COUNT(["budget", ">", 1000], scope=S("SW"))),
    ("count", "交通委两年里有指标扣分的项目几个 | 规资局呢", COUNT(["lost_indicator"], scope=S("GZ"))),
    ("count", "所有表里执行率不到九成的一共几个项目", COUNT(["rate", "<", 90])),

    # --- sum ---------------------------------------------------------------------------------------------------
    ("sum", "规资局24年一共几个项目 | 预算合计多少", SUM("budget", scope=S("GZ", 2024))),
    ("sum", "河道综合整治这三年一共执行了多少钱", SUM("executed", scope=S("SW"), where=[["name", "河道"]])),
    ("sum", "22年所有项目加起来有多少钱没执行掉", SUM("unexecuted", scope=Y(2022))),
    ("sum", "绿荣局24年财政拨款合计 | 其他资金呢", SUM("other", scope=S("LR", 2024))),
    ("sum", "规资局23年指标一共被扣了多少分", SUM("ind_lost", scope=S("GZ", 2023))),

    # --- overall rate against the mean of rates, and plain means ---------------------------------------------
    ("overall_rate", "交通委23年整体执行率", OVERALL(scope=S("JT", 2023))),
    ("overall_rate", "24年所有项目执行率的平均值是多少 整体执行率又是多少",
     {"op": "fr3_both", "parts": [MEAN("rate", scope=Y(2024)), OVERALL(scope=Y(2024))]}),
    ("overall_rate", "下午开会要用 水务局22年整体执形率多少 | 那23年呢", OVERALL(scope=S("SW", 2023))),
    ("overall_rate", "生态局24年平均每个项目预算多少", MEAN("budget", scope=S("ST", 2024))),
    ("overall_rate", "交通委24年项目执行率简单平均一下 | 换成总执行数除以总预算算呢", OVERALL(scope=S("JT", 2024))),

    # --- share -------------------------------------------------------------------------------------------------
    ("share", "口袋公园预算占绿容局总预算百分之多少",
     {"op": "share", "project": LR(2024, "口袋"), "metric": "budget", "scope": S("LR", 2024)}),
    ("share", "24年五个局总预算里交通委占几成",
     {"op": "bl12c_scope_share", "part": S("JT", 2024), "whole": Y(2024), "metric": "sum:budget"}),
    ("share", "水务局三年的资金里上年结转占多大比例",
     {"op": "bl15_fund_row_share", "kind": "上年结转资金", "scope": S("SW")}),
    ("share", "交通委23年公路养护预算多少 | 占交委当年总预算几成",
     {"op": "share", "project": JT(2023, "公路养护"), "metric": "budget", "scope": S("JT", 2023)}),

    # --- one answer per department or per year -----------------------------------------------------------------
    ("per_group", "每个局各有几个项目 几年加一起算", PER("dept", "count")),
    ("per_group", "按年份看 每年整体执行率各是多少", PER("year", "overall")),
    ("per_group", "23年各部门执行率最低的分别是哪个项目", PER("dept", "rate", "asc", scope=Y(2023))),
    ("per_group", "24年各局预算总额分别多少 | 哪个局最多",
     {"op": "fc3_best_group", "by": "dept", "metric": "sum:budget", "order": "desc", "scope": Y(2024),
      "contains": ["生态环境"]}),
    ("per_group", "哪一年有指标扣分的项目最多",
     {"op": "fc3_best_group", "by": "year", "metric": "count", "order": "desc", "where": [["lost_indicator"]],
      "contains": ["2024"]}),

    # --- recurring projects over years ---------------------------------------------------------------------------
    ("trend", "不动产登记服务保障24年预算多少 | 前两年呢 三年都列一下", TREND(GZ_NAME, "不动产", "budget")),
    ("trend", "规资局哪些项目三年都报了", {"op": "bl12c_every_year", "dept": GZ_NAME}),
    ("trend", "交通委24年比23年多了哪个项目",
     {"op": "bl12c_new_projects", "dept": JT_NAME, "a": 2023, "b": 2024, "which": "new"}),
    ("trend", "水务局23到24年哪个项目预算涨得最多 涨了多少",
     {"op": "bl12c_max_change", "dept": SW_NAME, "a": 2023, "b": 2024, "metric": "budget", "order": "desc"}),
    ("trend", "生态局水生态环境综合管理23年预算 | 24年呢 | 降了百分之几",
     {"op": "bl11c_growth", "a": ST(2023, "水生态"), "b": ST(2024, "水生态"), "metric": "budget", "direction": "down"}),
    ("trend", "规资局24年总预算比22年涨了百分之多少",
     {"op": "bl11c_growth", "a": S("GZ", 2022), "b": S("GZ", 2024), "metric": "sum:budget", "direction": "up"}),

    # --- comparisons ---------------------------------------------------------------------------------------------
    ("compare", "交委24年疏竣预算是出租车监管的几倍",
     {"op": "bl14_ratio", "a": JT(2024, "疏浚"), "b": JT(2024, "出租"), "metric": "budget"}),
    ("compare", "23年水务局和规资局整体执行率哪个高",
     {"op": "bc3_groups", "groups": [S("SW", 2023), S("GZ", 2023)], "metric": "overall"}),
    ("compare", "生态局24年大气那个预算多少 | 比局里平均一个项目少多少",
     {"op": "bl13_vs_mean", "project": ST(2024, "大气"), "metric": "budget", "direction": "below",
      "scope": S("ST", 2024)}),
    ("compare", "各局23年整体执行率 | 到24年哪个局提升最多 提了多少",
     {"op": "bl13c_group_change", "a": 2023, "b": 2024, "metric": "overall", "order": "desc", "contains": ["交通"]}),
    ("compare", "规资局23年信息化运维差几分就能评优",
     {"op": "bl12_grade_line", "project": GZ(2023, "信息化"), "grade": "优", "direction": "below"}),

    # --- indicators ------------------------------------------------------------------------------------------------
    ("indicator", "轨道交通运营安全监管24年列车正点率目标多少 | 实际完成了多少",
     {"op": "indicator", "name": "列车正点率", "field": "actual", "scope": S("JT", 2024)}),
    ("indicator", "规资局23年有几条指标扣了分", {"op": "bl11_ind_count", "scope": S("GZ", 2023), "lost": True}),
    ("indicator", "所有表里分值最高的一条指标是哪个项目的 多少分", {"op": "bl12_top_ind", "field": "weight", "order": "desc"}),
    ("indicator", "交通委23年公路养护得分 | 它有几条指标没达到年度指标值", MISSED(project=JT(2023, "公路养护"))),
    ("indicator", "写年度总结用 23年全部项目里没完成年度指标值的指标一共多少条", MISSED(scope=Y(2023))),

    # --- lost points and their reasons -------------------------------------------------------------------------------
    ("lost_points", "公路养护23年哪几条指标扣了分 各扣多少", {"op": "lost_rows", "project": JT(2023, "公路养护")}),
    ("lost_points", "生活垃圾分类减量那个为什么扣分",
     {"op": "lost_rows", "project": LR(2024, "垃圾"), "contains": ["老旧小区"]}),
    ("lost_points", "疏浚土资源化利用率为啥没拿满分",
     {"op": "bl15_ind_reason", "name": "疏浚土资源化", "contains": ["含水率"]}),
    ("lost_points", "23年扣分最多的是哪个项目 | 它哪些指标扣了 为什么",
     {"op": "lost_rows", "project": JT(2023, "公路养护"), "contains": ["管线搬迁"]}),
    ("lost_points", "国土空间规划编制23年得了多少分 | 扣分原因呢",
     {"op": "lost_rows", "project": GZ(2023, "国土"), "contains": ["上位规划"]}),

    # --- goal and result texts -------------------------------------------------------------------------------------
    ("text", "口袋公园年度目标计划建多少座",
     {"op": "text", "project": LR(2024, "口袋"), "field": "goal_text", "contains": ["120座"]}),
    ("text", "规资局23年哪个项目执行率最低 | 完成情况里怎么解释的",
     {"op": "text", "project": GZ(2023, "信息化"), "field": "result_text", "contains": ["硬件采购"]}),
    ("text", "轨道交通运营安全监管24年得分多少 | 完成情况里隐患整改是怎么说的",
     {"op": "text", "project": JT(2024, "轨道"), "field": "result_text", "contains": ["设备更新"]}),
    ("text", "林业有害生物防治重点防控啥虫子",
     {"op": "text", "project": LR(2024, "林业"), "field": "goal_text", "contains": ["美国白蛾"]}),

    # --- data quality ----------------------------------------------------------------------------------------------
    ("data_quality", "生态局24年那份 哪些项目总分是补算出来的",
     {"op": "restored_field", "field": "total_score", "scope": S("ST", 2024)}),
    ("data_quality", "哪些项目有指标目标值的符号可能填错了", {"op": "flagged", "kinds": ["operator_contradiction"]}),
    ("data_quality", "哪几个项目评分等级原表没印 是按分数推出来的", {"op": "restored_field", "field": "grade"}),
    ("data_quality", "生态局24年第11个项目名字没识别出来 它执行率多少", F(ST(2024, 11), "rate")),
    ("data_quality", "规资局的表有没有需要补数的地方 | 那生态局24年有几个项目的数是原文缺了按规则补算的",
     {"op": "restored", "scope": S("ST", 2024), "count": True}),

    # --- implementing units ------------------------------------------------------------------------------------------
    ("unit", "海塘巡查养护是哪个单位实施的", F("海塘", "implementer")),
    ("unit", "规资局这几年项目都是哪些单位在做", UNITS(scope=S("GZ"))),
    ("unit", "水务局24年有几个实施单位 | 交通委24年呢", UNITS(scope=S("JT", 2024), count_only=True)),

    # --- found=false: department-years, departments and years not stored ------------------------------------------------
    ("unanswerable_scope", "交委22年公路养护执行率多少", NONE("交通委 2022 未入库（只有 2023、2024）")),
    ("unanswerable_scope", "绿容局24年口袋公园预算 | 23年呢", NONE("绿容局只有 2024")),
    ("unanswerable_scope", "生态局23年整体执行率 | 22年的呢", NONE("生态环境局只有 2023、2024")),
    ("unanswerable_scope", "住建委24年项目平均得分", NONE("库里没有住建委")),
    ("unanswerable_scope", "21年规资局国土空间规划编制预算多少", NONE("规资局最早 2022")),
    ("unanswerable_scope", "浦东生态环境局24年党建执行率", NONE("区级生态环境局未入库；库里是上海市生态环境局")),
    # periods within a year
    ("unanswerable_period", "水务局24年上半年执行率多少", NONE("自评表只有全年数，没有半年数")),
    ("unanswerable_period", "河道综合整治23年三季度花了多少钱", NONE("没有分季度执行数")),
    ("unanswerable_period", "规资局24年整体执行率 | 按月拆一下 12月执行了多少", NONE("没有分月执行数")),
    # the future
    ("unanswerable_future", "口袋公园明年预算安排多少", NONE("库里最晚 2024，没有以后年度的预算")),
    ("unanswerable_future", "交通委25年公路养护计划投多少钱", NONE("2025 未入库")),
    ("unanswerable_future", "公路养护24年得分 | 照这趋势明年能到多少分", NONE("预测不在数据里")),
    # fields the table does not print
    ("unanswerable_field", "口袋公园项目负责人是谁", NONE("自评表不印项目负责人")),
    ("unanswerable_field", "城市绿地养护合同金额多少 中标单位是谁", NONE("自评表不印合同和中标单位")),
    ("unanswerable_field", "海塘巡查养护走的什么采购方式", NONE("自评表不印采购方式")),
    ("unanswerable_field", "不动产登记24年预算 | 这个项目联系电话多少", NONE("自评表不印联系电话")),
    ("unanswerable_field", "测绘那个项目用了多少人 人员编制几个", NONE("自评表不印人员和编制")),
    # a recurring project asked in a year it was not reported
    ("unanswerable_year", "规资局22年信息化系统运维执行率", NONE("规划资源信息化系统运维 2022 未报（2023、2024 有）")),
    ("unanswerable_year", "水务局23年防汛泵闸得分 | 24年呢", NONE("防汛泵闸设施运行维护 2024 未报")),
    ("unanswerable_year", "交通委23年内河航道疏浚预算", NONE("内河航道疏浚维护只在 2024")),
    ("unanswerable_year", "供水水质监测23年得分 | 24年的呢", NONE("供水水质监测 2024 未报")),
    ("unanswerable_year", "生态局23年党建群建执行率", NONE("生态环境局 2023 表里没有党建项目")),
    ("unanswerable_year", "规资局23年耕地保护那个项目预算", NONE("耕地保护与永久基本农田监测 2023 未报（2022、2024 有）")),
]
