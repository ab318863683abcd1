"""Blind set 17 over the eleven reports: a municipal finance bureau's performance office preparing a review meeting.

Written blind. Read: /work/shared/DESIGN.md, evals/bank/oracle.py, build.py, split.py, evals/questions.py,
ingest/records.py, the corpus README and the eleven documents' stored records (ingested with the project's own
ingest, as build.py does), the top sections of evals/bank/README.md, and only the helper definitions of
``source/corpus.py`` and ``source/sample.py`` (not their QUESTIONS). Not read nor run: the assistant, its tests,
prompts, app or web code, and any other set's questions or JSONL.

Store: the sample (上海市生态环境局 2024, 18 projects) and the ten corpus PDFs (规资局 2022–2024, 交通委 2023–2024,
水务局 2022–2024, 绿容局 2024, 生态环境局 2023): 64 projects.

What it stresses: a finance-bureau reviewer's chat over several departments and years — short, misheard, pinyin
and old department names (规资局, 规土局, 交委, 水屋局, 绿荣局, 环保局, 生态局), two-digit and spoken years and
numbers (二三年, 上千万, 九成, 七十多), background before the ask, a correction mid-conversation (不对/说错了),
follow-ups that switch department or year or lean on the previous answer; recurring projects over years (each
year's value, growth, projects in every year, new projects, steady rises, the extreme year), comparisons between
departments and years, the overall rate Σ执行/Σ预算 against the plain mean of rates, shares, per-department and
per-year answers, counts and sums, indicators (an indicator's gap to its target, one indicator over the years, the
row that lost most), lost points and their reasons, texts and data quality. The found=false questions sound
answerable: a department or department-year not stored, a project in a year it was not reported, a period inside a
year, the future, fields the tables do not hold.

Selectors: GZ/JT/SW/LR/ST(year, word) from corpus.py pick inside one department-year; S(key[, year]) and Y(year)
are scopes. Every question is asked of the whole store (document "*"). Three ops were added for this set at the end
of oracle.py: ``bl17c_ind_gap``, ``bl17c_ind_trend``, ``bl17c_steady``.
"""

from evals.bank.source.corpus import (COUNT, FILTER, GZ, JT, LR, MEAN, OVERALL, PER, RANK, SGAP, ST, SUM, SW, S, Y,
                                      store_paths)
from evals.bank.source.sample import NONE, F

PREFIX = "bl17c"
DOCUMENT = "*"
WITH_STORE = True

__all__ = ["PREFIX", "DOCUMENT", "WITH_STORE", "QUESTIONS", "store_paths"]

GZW, JTW, SWW, LRW, STW = "规划和自然资源局", "交通委员会", "水务局", "绿化和市容管理局", "生态环境局"


def TREND(dept, word, metric):
    return {"op": "bl15c_trend", "dept": dept, "word": word, "metric": metric}


def IND(name, field=None, **kw):
    spec = {"op": "indicator", "name": name, **kw}
    if field:
        spec["field"] = field
    return spec


QUESTIONS = [
    # --- figure ---------------------------------------------------------------------------------------------------
    ("figure", "交委24年内河航道疏浚那个 全年预算跟执行数报一下", F(JT(2024, "疏浚"), "budget", "executed")),
    ("figure", "规资局22年不动厂登记的执行律多少", F(GZ(2022, "不动产"), "rate")),
    ("figure", "绿荣局口袋公园 年初预算多少 后来调成多少了", F(LR(2024, "口袋"), "initial", "budget")),
    ("figure", "环保局23年科技跟国际合作那个项目 总分和评分等级", F(ST(2023, "科技"), "score", "grade")),
    ("figure", "下午评审会先过水屋局的 | 二三年供水水质监测得了几分", F(SW(2023, "供水"), "score")),

    # --- recurring projects over years ----------------------------------------------------------------------------
    ("recurring", "水务局河道综合整治22 23 24三年执行率分别多少 我要做个趋势图", TREND(SWW, "河道", "rate")),
    ("recurring", "国土空间规划编制这几年全年预算各是多少", TREND(GZW, "国土空间", "budget")),
    ("recurring", "交委公路养护23年预算多少 | 24年比23年涨了百分之几",
     {"op": "bl11c_growth", "metric": "budget", "a": JT(2023, "公路"), "b": JT(2024, "公路"), "direction": "up"}),
    ("recurring", "规资局有哪几个项目是22到24三年都报了的", {"op": "bl12c_every_year", "dept": GZW}),
    ("recurring", "交委24年比23年新冒出来的项目是哪个",
     {"op": "bl12c_new_projects", "dept": JTW, "a": 2023, "b": 2024, "which": "new"}),
    ("recurring", "规土局哪些项目全年预算是一年比一年多的",
     {"op": "bl17c_steady", "dept": GZW, "metric": "budget", "direction": "up"}),
    ("recurring", "水文监测站网运行维护 水务局三年都有这个项目吧 | 哪一年执行率最高",
     RANK("rate", "desc", scope=S("SW"), where=[["name", "水文监测"]])),

    # --- comparison between departments and years -----------------------------------------------------------------
    ("comparison", "24年交委跟水务局比 按执行数合计除以预算合计算 哪家执行率高",
     {"op": "bc3_groups", "metric": "overall", "groups": [S("JT", 2024), S("SW", 2024)], "contains": ["水务"]}),
    ("comparison", "guiziju 24年项目总预算比22年多出来多少", SGAP("sum:budget", S("GZ", 2024), S("GZ", 2022))),
    ("comparison", "生态局干部人事管理和队伍建设 23年执行率多少 | 24年呢 | 两年差了几个点",
     {"op": "fr2_gap", "metric": "rate", "a": ST(2023, "干部"), "b": ST(2024, "干部")}),
    ("comparison", "交委24年公路养护预算多少来着 | 是出租车监管那个的几倍",
     {"op": "bl14_ratio", "metric": "budget", "a": JT(2024, "公路"), "b": JT(2024, "出租")}),

    # --- ranking --------------------------------------------------------------------------------------------------
    ("ranking", "全部报表里执行率最差的三个项目 从低往高排", RANK("rate", "asc", 3)),
    ("ranking", "24年所有局里面 哪个项目预算最大", RANK("budget", "desc", scope=Y(2024))),
    ("ranking", "23年的总分倒数第二是哪个项目", {"op": "nth", "metric": "score", "order": "asc", "k": 2, "scope": Y(2023)}),
    ("ranking", "水务局三年的项目我都拉出来了 | 年初预算到全年预算 调减最多的是哪个 减了多少",
     RANK("adjust", "desc", scope=S("SW"))),

    # --- count ----------------------------------------------------------------------------------------------------
    ("count", "24年一共多少个项目评的优", COUNT(["grade", "优"], scope=Y(2024))),
    ("count", "执行率不到九成的项目 全库有几个", COUNT(["rate", "<", 90])),
    ("count", "jiaowei两年下来有几个项目指标被扣了分", COUNT(["lost_indicator"], scope=S("JT"))),
    ("count", "先问下库里都有哪几年的表 | 22年的有几个部门",
     {"op": "bl13c_groups", "by": "dept", "scope": Y(2022), "contains": ["规划", "水务"]}),

    # --- total (sums) ---------------------------------------------------------------------------------------------
    ("total", "绿容局24年五个项目全年预算加一起多少", SUM("budget", scope=S("LR"))),
    ("total", "水务局三年的当年财政拨款合计是多少", SUM("approp", scope=S("SW"))),
    ("total", "交委23年那四个项目 | 没花出去的钱一共多少", SUM("unexecuted", scope=S("JT", 2023))),

    # --- overall rate vs mean of rates ----------------------------------------------------------------------------
    ("overall_rate", "生态局24年总体执行率 按钱算的那种 不是各项目平均", OVERALL(scope=S("ST", 2024))),
    ("overall_rate", "水务局22年 执行率的平均值和整体执行率 两个都给我",
     {"op": "fr3_both", "parts": [MEAN("rate", scope=S("SW", 2022)), OVERALL(scope=S("SW", 2022))]}),
    ("overall_rate", "生态局24年18个项目整体执行率多少 | 哪些项目低于这个数",
     {"op": "bl14c_vs_overall", "side": "below", "scope": S("ST", 2024)}),
    ("overall_rate", "交委的整体执行率 24年比23年提高了几个百分点", SGAP("overall", S("JT", 2024), S("JT", 2023))),

    # --- share ----------------------------------------------------------------------------------------------------
    ("share", "绿容局24年总预算多少 | 口袋公园占里面多大比例",
     {"op": "share", "project": LR(2024, "口袋"), "metric": "budget", "scope": S("LR")}),
    ("share", "24年所有报上来的表 水务局预算占多大比重",
     {"op": "bl12c_scope_share", "part": S("SW", 2024), "whole": Y(2024), "metric": "sum:budget"}),
    ("share", "公路养护24年的钱里头 其他资金占百分之多少",
     {"op": "bl13_fund_share", "project": JT(2024, "公路"), "kind": "其他资金"}),
    ("share", "规资局三年一共15个项目吧 | 其中被扣过指标分的占百分之几",
     {"op": "bl15c_count_share", "scope": S("GZ"), "part": [["lost_indicator"]]}),

    # --- per department / per year --------------------------------------------------------------------------------
    ("per_group", "24年各个局的整体执行率分别列一下", PER("dept", "overall", scope=Y(2024))),
    ("per_group", "22 23 24每年各有多少个项目", PER("year", "count")),
    ("per_group", "水务局三年的预算我要按年看 | 每年全年预算总额分别多少", PER("year", "sum:budget", scope=S("SW"))),

    # --- best group -----------------------------------------------------------------------------------------------
    ("best_group", "所有年份合起来算 哪个局整体执行率最低",
     {"op": "fc3_best_group", "by": "dept", "metric": "overall", "order": "asc", "contains": ["交通"]}),
    ("best_group", "哪一年有指标被扣分的项目最多",
     {"op": "fc3_best_group", "by": "year", "metric": "count", "order": "desc", "where": [["lost_indicator"]],
      "contains": ["2024"]}),
    ("best_group", "我在对比各局23年和24年的情况 | 哪个局整体执行率涨得最多",
     {"op": "bl13c_group_change", "a": 2023, "b": 2024, "metric": "overall", "order": "desc", "contains": ["交通"]}),

    # --- condition ------------------------------------------------------------------------------------------------
    ("condition", "预算上千万但执行率不到百分之九十五的项目有哪些", FILTER(["budget", ">", 1000], ["rate", "<", 95])),
    ("condition", "看下24年的表 | 哪些项目年中追加了预算", FILTER(["changed_budget"], ["adjust", "<", 0], scope=Y(2024))),
    ("condition", "评良的项目都有哪些 所有年份", FILTER(["grade", "良"])),

    # --- indicator ------------------------------------------------------------------------------------------------
    ("indicator", "公路养护23年大中修里程 目标多少 实际干了多少 差几公里",
     {"op": "bl17c_ind_gap", "name": "大中修里程", "project": JT(2023, "公路"), "direction": "short"}),
    ("indicator", "水务局河道综合整治 | 河道整治长度这三年实际各完成多少公里",
     {"op": "bl17c_ind_trend", "dept": SWW, "name": "河道整治长度"}),
    ("indicator", "居住区分类达标率实际完成多少", IND("居住区分类达标率", "actual")),
    ("indicator", "规资局23年信息化运维 | 核心系统可用率那条得了几分", IND("核心系统可用率", "score", scope=S("GZ", 2023))),
    ("indicator", "全库单条指标扣分最多的是哪条", {"op": "bl12_top_ind", "field": "lost", "order": "desc"}),

    # --- lost points ----------------------------------------------------------------------------------------------
    ("lost_points", "公路养护23年哪几条指标扣份了 各扣多少", {"op": "lost_rows", "project": JT(2023, "公路")}),
    ("lost_points", "湿垃圾日处理能力那条为啥扣分",
     {"op": "bl15_ind_reason", "name": "湿垃圾日处理能力", "contains": ["调试延期"]}),
    ("lost_points", "环境局24年 有指标扣了分的项目是哪几个", FILTER(["lost_indicator"], scope=S("ST", 2024))),
    ("lost_points", "轨道交通运营安全监管24年总分多少 | 没拿满分 扣在哪几条了", {"op": "lost_rows", "project": JT(2024, "轨道")}),

    # --- text -----------------------------------------------------------------------------------------------------
    ("text", "规资局24年国土空间规划编制 年度目标里说要编几项规划",
     {"op": "text", "project": GZ(2024, "国土"), "field": "goal_text", "contains": ["9项"]}),
    ("text", "规资局23年信息化运维执行率才七十多 完成情况里是怎么解释的",
     {"op": "text", "project": GZ(2023, "信息化"), "field": "result_text", "contains": ["硬件采购延后"]}),
    ("text", "林业有害生物防治 年度目标里重点防的是什么虫",
     {"op": "text", "project": LR(2024, "林业"), "field": "goal_text", "contains": ["美国白蛾"]}),

    # --- data quality ---------------------------------------------------------------------------------------------
    ("data_quality", "生态局24年那份 哪些项目有数字是按规则补出来的 原表上没印", {"op": "restored", "scope": S("ST", 2024)}),
    ("data_quality", "年度指标值的符号像是录错了的 在哪些项目里", {"op": "flagged", "kinds": ["operator_contradiction"]}),
    ("data_quality", "生态局24年那份原文有些格子缺了 | 总分是推算出来的是哪个项目 多少分",
     {"op": "restored_field", "field": "total_score", "show": "score", "scope": S("ST", 2024)}),

    # --- implementer ----------------------------------------------------------------------------------------------
    ("implementer", "测绘院那个项目24年执行率多少", F(GZ(2024, "测绘"), "rate")),
    ("implementer", "上海市公路事务中心 | 它负责的项目两年预算合计多少",
     SUM("budget", where=[["implementer", "公路事务中心"]])),

    # --- correction mid-conversation ------------------------------------------------------------------------------
    ("correction", "水务局23年河道整治预算多少 | 哦不对 我要的是22年的", F(SW(2022, "河道"), "budget")),
    ("correction", "交委24年执行率最低的项目 | 说错了 是23年", RANK("rate", "asc", scope=S("JT", 2023))),
    ("correction", "规资局24年项目总预算 | 不是规资 是绿化市容那边", SUM("budget", scope=S("LR", 2024))),

    # --- follow-ups -----------------------------------------------------------------------------------------------
    ("follow_up", "全库总分最低的是哪个项目 | 它24年总分呢", F(JT(2024, "公路"), "score")),
    ("follow_up", "绿容局哪个项目钱最多 | 执行率多少", F(LR(2024, "口袋"), "rate")),
    ("follow_up", "水务局22年整体执行率 | 23年呢", OVERALL(scope=S("SW", 2023))),
    ("follow_up", "交委24年五个项目 | 其中有指标扣了分的几个", COUNT(["lost_indicator"], scope=S("JT", 2024))),
    ("follow_up", "规资局23年预算前三的项目 | 三个加起来多少",
     {"op": "bl9_top_sum", "metric": "budget", "order": "desc", "n": 3, "of": "sum:budget", "scope": S("GZ", 2023)}),

    # --- found=false: department or department-year not stored ----------------------------------------------------
    ("unanswerable_scope", "交委22年的整体执行率多少", NONE("交通委只存了 2023、2024 年")),
    ("unanswerable_scope", "绿容局23年口袋公园的预算", NONE("绿容局只存了 2024 年")),
    ("unanswerable_scope", "住建委24年一共几个项目", NONE("没有住建委的报表")),
    ("unanswerable_scope", "生态局22年总预算多少", NONE("生态环境局只存了 2023、2024 年")),
    ("unanswerable_scope", "教育局的自评表里评良的有哪些", NONE("没有教育局的报表")),
    ("unanswerable_scope", "水务局22年整体执行率 | 那21年呢", NONE("2021 年没有任何报表")),
    ("unanswerable_scope", "口袋公园24年预算 | 23年呢", NONE("绿容局 2023 年未存")),

    # --- found=false: project not reported that year --------------------------------------------------------------
    ("unanswerable_project_year", "规资局22年信息化系统运维执行率", NONE("规划资源信息化系统运维 2022 年未报")),
    ("unanswerable_project_year", "水务局24年供水水质监测得几分", NONE("供水水质监测 2024 年未报")),
    ("unanswerable_project_year", "交委23年内河航道疏浚预算多少", NONE("内河航道疏浚维护 2023 年未报")),
    ("unanswerable_project_year", "防汛泵闸那个24年执行了多少钱", NONE("防汛泵闸设施运行维护 2024 年未报")),
    ("unanswerable_project_year", "规资局耕地保护23年总分", NONE("耕地保护与永久基本农田监测 2023 年未报")),

    # --- found=false: a period inside a year ----------------------------------------------------------------------
    ("unanswerable_period", "河道综合整治23年执行率多少 | 上半年执行了多少", NONE("表只有全年执行数")),
    ("unanswerable_period", "公路养护24年三季度的支出进度", NONE("没有季度数")),
    ("unanswerable_period", "规资局24年12月份花了多少钱", NONE("没有月度数")),
    ("unanswerable_period", "生态局24年一季度执行率", NONE("没有季度数")),

    # --- found=false: the future ----------------------------------------------------------------------------------
    ("unanswerable_future", "25年水务局总预算会是多少", NONE("没有 2025 年的表，也不做预测")),
    ("unanswerable_future", "交委公路养护24年评的什么等级 | 明年还能评优吗", NONE("预测")),
    ("unanswerable_future", "河道整治长度26年目标定多少合适", NONE("没有 2026 年目标")),

    # --- found=false: a field the tables do not hold --------------------------------------------------------------
    ("unanswerable_field", "公路养护管理 | 项目负责人是谁 电话多少", NONE("表中没有负责人和联系方式")),
    ("unanswerable_field", "水务局河道整治 政府采购合同金额多少", NONE("表中没有采购合同金额")),
    ("unanswerable_field", "出租汽车行业监管 有多少执法人员编制", NONE("表中没有人员编制")),
    ("unanswerable_field", "绿容局垃圾分类那个 财政局复核后打了多少分", NONE("自评表没有财政复核得分")),
    ("unanswerable_field", "规资局24年这几个项目的绩效目标是哪天批复的", NONE("表中没有批复日期")),
]
