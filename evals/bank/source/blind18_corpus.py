"""Blind set 18 over the eleven reports (the real sample plus the ten corpus PDFs), written without seeing the assistant.

What was read to write it: /work/shared/DESIGN.md; evals/bank/oracle.py, build.py, split.py; evals/questions.py;
ingest/records.py; the top sections of evals/bank/README.md (how it is written, conventions, families); the corpus
README; the eleven reports as the project's own ingest stores them (dumped record by record: funds, indicators,
texts, findings); and only the helper definitions of source/corpus.py and source/sample.py (their QUESTIONS lists
were not read). Nothing in assistant/, tests/, prompts/, app.py or webapp/ was read or run, nor any other set's
questions or JSONL.

The voice: a deputy director of the municipal finance bureau going through several departments' 2022–2024 reports
with a colleague before the annual performance review — short department names (规资局/规自局, 交委, 水务, 绿容局/
市容局, 生态局/环境局), two-digit years, spoken numbers (三千万, 九成), typos and homophones (绿荣局, 水舞局, 地址灾害,
hedao), background before the ask, follow-ups that switch year or department or lean on the last answer (24年呢,
水务局呢, 第二个, 把它去掉, 这几个), and corrections (哦记错了 是23年).

What it stresses: one department-year picked out of eleven reports (the same project in several years);
overall rates (Σ执行/Σ预算) next to plain means of rates; shares of a row of the money table, of a department in a
year's total, of projects by number; per-department and per-year answers; recurring projects across years (new and
steady, biggest rise, percentage change, an indicator's actuals by year); indicator rows (an actual, a completion
ratio, a shortfall, the lowest satisfaction, rows that miss their target); lost points and their reasons; result
texts; data quality of the garbled sample (a missing name, restored grades, mis-entered operators); budgets moved
during the year (年中追加 / 调减, op ``bl18c_adjusted``); and about a quarter found=false — years not stored,
departments not stored, the future, and fields a 绩效自评表 does not hold (procurement, contractors, monthly
progress, staff, 部门整体 self-evaluation, budget cuts tied to the results).

Selectors (from source/corpus.py): GZ/JT/SW/LR/ST(year, word_or_seq) pick inside one department-year; S(key, year)
scopes a department (all its years) or a department-year; Y(year) a year over every department. Every question is
asked of the whole store (document "*").
"""

from evals.bank.source.corpus import GAP, GZ, JT, LR, OVERALL, PER, RANK, S, SGAP, ST, SUM, SW, Y, COUNT, FILTER, MEAN
from evals.bank.source.corpus import store_paths  # noqa: F401  (the same eleven reports as corpus.py)
from evals.bank.source.sample import NONE, F

PREFIX = "bl18c"
DOCUMENT = "*"
WITH_STORE = True

GZN, JTN, SWN = "规划和自然资源局", "交通委员会", "水务局"


def NTH(metric, order, k, **kw):
    return {"op": "nth", "metric": metric, "order": order, "k": k, **kw}


def ADJ(direction, *what, **kw):
    """Budgets moved during the year (op bl18c_adjusted): "up" 追加, "down" 调减; ``what`` projects/count/total."""
    return {"op": "bl18c_adjusted", "direction": direction, "what": list(what) or ["projects"], **kw}


QUESTIONS = [
    # --- one figure of one project in one department-year ---------------------------------------------------
    ("figure", "交委23年公路养护执行率多少来着", F(JT(2023, "公路养护"), "rate")),
    ("figure", "下午要跟规资局碰一下 先看他们22年不动产登记那个预算批了多少", F(GZ(2022, "不动产"), "budget")),
    ("figure", "口袋公园全年预算多少 | 年初的呢", F(LR(2024, "口袋公园"), "initial")),
    ("figure", "水务局24年海塘那个得了几分 评的啥等级", F(SW(2024, "海塘"), "score", "grade")),
    ("figure", "生态局23年科技合作那块是哪个单位具体在做", F(ST(2023, "科技"), "implementer")),
    ("figure", "环境局24年督察那个项目预算多少", F(ST(2024, 16), "budget")),

    # --- sloppy spelling: homophones, a pinyin slip, odd short names -----------------------------------------
    ("typo", "绿荣局林业有害生物房治执行率", F(LR(2024, "林业"), "rate")),
    ("typo", "水舞局23年供水水质检测那个总分多少", F(SW(2023, "供水"), "score")),
    ("typo", "规自局24年地址灾害防治预算多少", F(GZ(2024, "地质灾害"), "budget")),
    ("typo", "水务局22年hedao综合整治执行率", F(SW(2022, "河道"), "rate")),

    # --- conditions said the way people say numbers ----------------------------------------------------------
    ("condition", "全部报告里预算三千万以上的项目 | 这里头执行率最低的是哪个",
     RANK("rate", "asc", where=[["budget", ">", 3000]])),
    ("condition", "执行率不到九成的一共几个", COUNT(["rate", "<", 90])),
    ("condition", "24年总分没上九十八的有哪些", FILTER(["score", "<", 98], scope=Y(2024))),

    # --- rankings ----------------------------------------------------------------------------------------------
    ("ranking", "24年所有项目里执行率垫底的三个是哪些", RANK("rate", "asc", 3, scope=Y(2024))),
    ("ranking", "几个局几年的表放一块 预算最大的是哪个项目", RANK("budget", "desc")),
    ("ranking", "交委24年几个项目 | 按预算从大到小排第二的是哪个", NTH("budget", "desc", 2, scope=S("JT", 2024))),
    ("ranking", "规资局24年国土空间规划那个预算在24年所有项目里排老几",
     {"op": "position", "project": GZ(2024, "国土"), "metric": "budget", "order": "desc", "scope": Y(2024)}),

    # --- counts and sums -----------------------------------------------------------------------------------------
    ("count_sum", "交通委两年里有几个项目指标被扣了分", COUNT(["lost_indicator"], scope=S("JT"))),
    ("count_sum", "全部项目里评了良的几个 | 中的呢", COUNT(["grade", "中"])),
    ("count_sum", "22年有哪几个局的表 | 两个局预算加一起多少", SUM("budget", scope=Y(2022))),
    ("count_sum", "执行率没到九成的那些项目 没花掉的钱合计多少", SUM("unexecuted", where=[["rate", "<", 90]])),

    # --- overall rate (Σ执行/Σ预算) next to the plain mean of rates -----------------------------------------------
    ("overall_vs_mean", "生态局23年整体执行率多少", OVERALL(scope=S("ST", 2023))),
    ("overall_vs_mean", "生态局23年整体执行率多少 | 那四个项目执行率的平均值呢", MEAN("rate", scope=S("ST", 2023))),
    ("overall_vs_mean", "全部项目的执行率直接算个平均数是多少", MEAN("rate")),
    ("overall_vs_mean", "交通委24年哪些项目执行率低于全委整体执行率 整体是多少也说下",
     {"op": "bl14c_vs_overall", "side": "below", "show_base": True, "scope": S("JT", 2024)}),

    # --- shares ----------------------------------------------------------------------------------------------------
    ("share", "航道疏浚预算多少 | 里面上年结转的占几成",
     {"op": "bl13_fund_share", "project": JT(2024, "航道"), "kind": "上年结转资金"}),
    ("share", "24年几个局的总预算里头 生态局占了多少",
     {"op": "bl12c_scope_share", "part": S("ST", 2024), "whole": Y(2024), "metric": "sum:budget"}),
    ("share", "水务局三年的项目里指标被扣过分的占几成",
     {"op": "bl15c_count_share", "part": [["lost_indicator"]], "scope": S("SW")}),
    ("share", "绿容局24年的钱里头其他资金占多大比例",
     {"op": "bl15_fund_row_share", "kind": "其他资金", "scope": S("LR", 2024)}),

    # --- per department, per year ---------------------------------------------------------------------------------
    ("per_group", "24年各个局整体执行率分别多少 | 那23年呢", PER("dept", "overall", scope=Y(2023))),
    ("per_group", "按年份看 每年所有部门合起来的整体执行率", {"op": "per_year"}),
    ("per_group", "几年合起来算 哪个局整体执行率最高",
     {"op": "fc3_best_group", "by": "dept", "metric": "overall", "order": "desc", "contains": ["规划和自然资源"]}),
    ("per_group", "23年到24年哪个局整体执行率提升得最多",
     {"op": "bl13c_group_change", "a": 2023, "b": 2024, "metric": "overall", "order": "desc", "contains": ["交通"]}),

    # --- recurring projects over the years -----------------------------------------------------------------------
    ("recurring", "河道综合整治这三年预算分别多少",
     {"op": "bl15c_trend", "dept": SWN, "word": "河道", "metric": "budget"}),
    ("recurring", "规资局24年比23年新冒出来哪个项目",
     {"op": "bl12c_new_projects", "dept": GZN, "a": 2023, "b": 2024, "which": "new"}),
    ("recurring", "交通委24年几个项目 | 跟23年比哪个项目预算涨得最多 涨了多少",
     {"op": "bl12c_max_change", "dept": JTN, "a": 2023, "b": 2024, "metric": "budget", "order": "desc"}),
    ("recurring", "规资局哪几个项目预算是年年往上涨的",
     {"op": "bl17c_steady", "dept": GZN, "metric": "budget", "direction": "up"}),
    ("recurring", "河道综合整治24年预算多少 | 比23年降了百分之几",
     {"op": "bl11c_growth", "a": SW(2023, "河道"), "b": SW(2024, "河道"), "metric": "budget", "direction": "down"}),
    ("recurring", "不动产登记办件量这三年实际各办了多少万件",
     {"op": "bl17c_ind_trend", "dept": GZN, "name": "不动产登记办件量"}),

    # --- comparisons between projects, departments, years ----------------------------------------------------------
    ("comparison", "交通信息化运维24年执行率多少 | 跟水务那个信息化比差几个点",
     GAP("rate", JT(2024, "信息化"), SW(2024, "信息化"))),
    ("comparison", "24年规资局和交委整体执行率哪家高",
     {"op": "bc3_groups", "groups": [S("GZ", 2024), S("JT", 2024)], "metric": "overall"}),
    ("comparison", "规资局24年总预算比23年多了多少", SGAP("sum:budget", S("GZ", 2023), S("GZ", 2024))),
    ("comparison", "出租车监管24年预算比交委当年平均一个项目少多少",
     {"op": "bl13_vs_mean", "project": JT(2024, "出租"), "metric": "budget", "direction": "below",
      "scope": S("JT", 2024)}),

    # --- indicator rows ---------------------------------------------------------------------------------------------
    ("indicator", "交委23年公路养护扣了哪些指标 | MQI实际才多少分",
     {"op": "indicator", "name": "MQI", "scope": S("JT", 2023), "field": "actual"}),
    ("indicator", "湿垃圾日处理能力完成了目标的百分之几", {"op": "bl17_ind_completion", "name": "湿垃圾日处理能力"}),
    ("indicator", "公路大中修里程23年比目标少了多少公里",
     {"op": "bl17c_ind_gap", "name": "大中修里程", "scope": S("JT", 2023), "direction": "short"}),
    ("indicator", "23年那几个局里 满意度实际完成值最低的是哪个项目",
     {"op": "bl16_top_actual", "level": "满意度", "unit": "%", "order": "asc", "scope": Y(2023)}),
    ("indicator", "水务局三年没达到年度指标值的指标一共几条", {"op": "bl16c_missed", "scope": S("SW")}),

    # --- lost points and why ----------------------------------------------------------------------------------------
    ("lost_points", "生活垃圾分类哪几条指标扣了分 各扣多少", {"op": "lost_rows", "project": LR(2024, "垃圾")}),
    ("lost_points", "规资局23年信息化那个为啥只评了良 | 核心系统可用率是什么原因扣的分",
     {"op": "bl15_ind_reason", "name": "核心系统可用率", "scope": S("GZ", 2023), "contains": ["供电改造"]}),
    ("lost_points", "所有项目里总分扣得最多的是哪个", RANK("lost", "desc")),
    ("lost_points", "河道整治22年资金执行扣了几分 指标扣了几分", F(SW(2022, "河道"), "funds_lost", "ind_lost")),

    # --- texts ------------------------------------------------------------------------------------------------------
    ("text", "规资局23年信息化那个执行率这么低 完成情况里怎么解释的",
     {"op": "text", "project": GZ(2023, "信息化"), "field": "result_text", "contains": ["硬件采购延后"]}),
    ("text", "海塘巡查养护24年总分多少 | 实际完成情况写的啥",
     {"op": "text", "project": SW(2024, "海塘"), "field": "result_text", "contains": ["生态海塘建设4.2公里"]}),
    ("text", "水务局22年河道整治为啥没按期完成 看下完成情况里怎么说",
     {"op": "text", "project": SW(2022, "河道"), "field": "result_text", "contains": ["征地动迁", "疫情"]}),

    # --- data quality of the garbled sample ---------------------------------------------------------------------------
    ("data_quality", "哪些指标的目标符号可能填错了 在哪几个项目里", {"op": "flagged", "kinds": ["operator_contradiction"]}),
    ("data_quality", "生态局24年哪些项目的评分等级是按总分补出来的 原表上没印",
     {"op": "restored_field", "field": "grade", "scope": S("ST", 2024)}),
    ("data_quality", "生态局24年有个项目名字没读出来 是第几个 | 它预算多少", F(ST(2024, 11), "budget")),
    ("data_quality", "一共有几个项目的数据是系统按规则补全的", {"op": "restored", "count": True}),

    # --- follow-ups that lean on the previous answer or switch year / department -------------------------------------
    ("follow_up", "规资局23年信息化运维执行率多少 | 24年呢", F(GZ(2024, "信息化"), "rate")),
    ("follow_up", "交委24年整体执行率 | 水务局呢", OVERALL(scope=S("SW", 2024))),
    ("follow_up", "水务局23年预算最高的三个 | 第二个执行率多少",
     {"op": "bl11_nth_show", "metric": "budget", "order": "desc", "k": 2, "show": "rate", "scope": S("SW", 2023)}),
    ("follow_up", "绿容局24年哪些项目指标扣了分 | 扣得最多那条是什么原因",
     {"op": "bl15_ind_reason", "name": "居住区分类达标率", "scope": S("LR", 2024), "contains": ["老旧小区"]}),
    ("follow_up", "规资局24年执行率最低的是哪个 | 把它去掉 局里整体执行率多少",
     OVERALL(scope=S("GZ", 2024), exclude=[GZ(2024, "基础测绘")])),
    ("follow_up", "交通委两年指标扣了分的项目 | 这几个预算加起来多少",
     SUM("budget", where=[["lost_indicator"]], scope=S("JT"))),
    ("follow_up", "公路养护23年评的什么等级 | 离优秀还差几分",
     {"op": "bl12_grade_line", "project": JT(2023, "公路"), "grade": "优", "direction": "below"}),
    ("follow_up", "河道综合整治22年总分多少 | 23年呢 | 24年", F(SW(2024, "河道"), "score")),

    # --- corrections -------------------------------------------------------------------------------------------------
    ("correction", "交通委22年公路养护得了几分 | 哦记错了 是23年", F(JT(2023, "公路"), "score")),
    ("correction", "水务局24年防汛泵闸预算多少 | 不对24年没这项 看23年的", F(SW(2023, "泵闸"), "budget")),
    ("correction", "绿容局24年整体执行率 | 哦不是绿容 是规资局", OVERALL(scope=S("GZ", 2024))),

    # --- budgets moved during the year ---------------------------------------------------------------------------------
    ("adjustment", "24年哪些项目年中追加了预算 一共追加了多少", ADJ("up", "projects", "total", scope=Y(2024))),
    ("adjustment", "水务局三年里被调减过预算的项目 | 一共减了多少", ADJ("down", "total", scope=S("SW"))),
    ("adjustment", "生态局24年有几个项目全年预算比年初砍了", ADJ("down", "count", scope=S("ST", 2024))),

    # --- found=false: years and department-years not stored --------------------------------------------------------------
    ("unanswerable_period", "交通委22年公路养护执行率多少", NONE("交通委 2022 没有报告")),
    ("unanswerable_period", "绿容局23年口袋公园预算批了多少", NONE("绿容局只有 2024")),
    ("unanswerable_period", "生态局22年整体执行率", NONE("生态环境局 2022 没有报告")),
    ("unanswerable_period", "规资局21年国土空间规划总分", NONE("2021 年没有报告")),
    ("unanswerable_period", "水务局23年整体执行率 | 那21年的呢", NONE("2021 年没有报告")),
    ("unanswerable_period", "规资局信息化运维23年执行率 | 22年呢", NONE("规资局 2022 没有报这个项目")),
    ("unanswerable_period", "交通委24年整体执行率 | 那市容局23年呢", NONE("绿化市容局 2023 没有报告")),

    # --- found=false: the future ------------------------------------------------------------------------------------------
    ("unanswerable_future", "明年河道整治预算大概能给多少", NONE("预测，表里没有")),
    ("unanswerable_future", "照这个势头25年交通委整体执行率能到多少", NONE("2025 年没有报告，不做预测")),
    ("unanswerable_future", "规资局25年国土空间规划预算批下来没", NONE("2025 年没有报告")),

    # --- found=false: fields a 绩效自评表 does not hold -----------------------------------------------------------------
    ("unanswerable_field", "口袋公园全年预算多少 | 里面政府采购花了多少", NONE("表里没有政府采购金额")),
    ("unanswerable_field", "公路养护管理是哪家施工单位中的标", NONE("表里只有实施单位，没有中标施工单位")),
    ("unanswerable_field", "河道整治24年每个月的支出进度", NONE("表里只有全年执行数，没有月度进度")),
    ("unanswerable_field", "生态局24年这些项目的负责人分别是谁", NONE("表里没有项目负责人")),
    ("unanswerable_field", "交通信息化运维这个项目有几个人在做", NONE("表里没有人员")),
    ("unanswerable_field", "出租车监管的钱按经济分类都花在哪些科目上", NONE("表里没有经济分类明细")),
    ("unanswerable_field", "水务局23年部门整体支出绩效自评得了多少分", NONE("只有项目支出自评表，没有部门整体自评")),
    ("unanswerable_field", "绿容局24年垃圾分类那个 财政重点评价复核下来是多少分", NONE("只有单位自评，没有财政重点评价结果")),
    ("unanswerable_field", "规资局24年哪个项目总分最低 | 这个项目结果应用扣减了下年多少预算",
     NONE("表里没有结果应用和下年预算")),

    # --- found=false: departments not stored ------------------------------------------------------------------------------
    ("unanswerable_scope", "卫健委24年项目执行率最低的是哪个", NONE("没有卫健委的报告")),
    ("unanswerable_scope", "教委23年有几个项目指标扣了分", NONE("没有教委的报告")),
    ("unanswerable_scope", "浦东新区水务局河道整治执行率多少", NONE("只有市水务局，没有区级报告")),
    ("unanswerable_scope", "住建委24年整体执行率比交通委高还是低", NONE("没有住建委的报告")),
]
