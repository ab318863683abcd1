"""Blind set 12: staff-style questions over the sample plus the water bureau report (as ``multi.py``).

Store: ``data/samples/000_714f557b0e494d5f.txt`` (上海市生态环境局 2024, 18 projects) and
``evals/documents/water_bureau_2023.txt`` (某市水务局 2023, 4 projects). Selectors: ``E(seq)`` / ``W(seq)`` of
``multi.py`` (a project inside one department-year), ``ECO`` / ``WATER`` scopes; a question that names no department
is over both reports (22 projects), and says so (两个局都算, 两个局一起排) where a reader could doubt it.

Written blind: the helper that wrote it neither read nor ran the assistant (nor its tests, prompts or docs) and saw
no other set's questions, only the helper definitions at the top of ``sample.py`` and ``multi.py``; the wording is
its own. Expectations come from ``oracle.py`` over the stored records.

What it stresses: projects named by their work or 实施单位 when the stored name is garbled or missing (法规标准 #11,
督察 #16, 宣传后勤 #18, 气候变化 #2 as ``qihou``), homophones (徒让, 执形, 水问), spoken thresholds (九成五,
三分之二, 九十九点五, 三分之一, 两百万, 八成五), two-digit years, background before the ask, two asks in one
message, follow-ups (第二个, 它们合计, 去掉它们, 其中, 跟X比呢, 换成X呢, 那水务局呢), yes/no answered by the project
that settles it, per-department answers, data quality (restored grades and totals, operator findings), and near-miss
refusals (上半年, 三季度末, 12月份, 前三个月, 中标单位, 合同金额, 采购方式, 负责人, 租船费用, 审计意见, unstored
years and departments, a project that does not exist). Three oracle ops were added for it (end of ``oracle.py``):
``bl12_grade_line`` (离优还差几分 / 比优秀线高出几分), ``bl12_ind_vs_target`` (实际值比目标值高/低的指标有几条) and
``bl12_top_ind`` (分值最高 / 扣分最多的那条指标).
"""

from evals.bank.source.multi import (COUNT, ECO, FILTER, GAP, IND, MEAN, OVERALL, POS, SHARE, SUM, TEXT, WATER, E,
                                     W, store_paths)
from evals.bank.source.sample import NONE, RANK, F

PREFIX = "bl12"
DOCUMENT = "*"
WITH_STORE = True


def BOTH(*parts):
    return {"op": "fr3_both", "parts": list(parts)}


def NTH_SHOW(metric, order, k, show, **kw):
    return {"op": "bl11_nth_show", "metric": metric, "order": order, "k": k, "show": show, **kw}


def TOP_SUM(metric, order, n, of, **kw):
    return {"op": "bl9_top_sum", "metric": metric, "order": order, "n": n, "of": of, **kw}


def LINE(project, grade, direction):
    return {"op": "bl12_grade_line", "project": project, "grade": grade, "direction": direction}


def VS_TARGET(cmp, **kw):
    return {"op": "bl12_ind_vs_target", "cmp": cmp, **kw}


def TOP_IND(field, order, **kw):
    return {"op": "bl12_top_ind", "field": field, "order": order, **kw}


QUESTIONS = [
    # --- one project's figures, the project named by its work or 实施单位 -------------------------------------------
    ("figure", "帮我看下那个搞海洋的项目 钱实际花出去多少", F(E(4), "executed")),
    ("figure", "排水管理处那个泵站改造 全年预算跟执行数各是多少", F(W(1), "budget", "executed")),
    ("figure", "等会儿开会要用 核辐射那个最后得了多少分 评的啥等级", F(E(14), "score", "grade")),
    ("typo", "那个啥 徒让固废那个执形率多少", F(E(5), "rate")),
    ("typo", "水问水质监测站网那个 全年预算多少来着", F(W(2), "budget")),
    ("typo", "qihou变化管理那个项目 执行了多少钱", F(E(2), "executed")),
    ("implementer", "水文总站负责的是哪个项目 | 得了几分", F(W(2), "score")),
    ("implementer", "节约用水办公室做的那个 年初预算多少", F(W(4), "initial")),
    # --- spoken numbers, ranges, conditions ------------------------------------------------------------------------
    ("spoken_number", "生态局执行率不到九成五的有哪些 列出来", FILTER(["rate", "<", 95], scope=ECO)),
    ("spoken_number", "执行率连三分之二都没到的 两个局都看一下", FILTER(["rate", "<", 200 / 3])),
    ("spoken_number", "生态局执行率过了九十九点五的有几个", COUNT(["rate", ">", 99.5], scope=ECO)),
    ("spoken_number", "水务局哪个项目一个就占了全局预算的三分之一以上",
     FILTER(["share_of_total", "budget", ">", 1 / 3], scope=WATER)),
    ("range", "24年生态局预算在两百万到五百万之间的有几个",
     COUNT(["budget", ">", 200], ["budget", "<", 500], scope=ECO)),
    ("range", "总分在九十六到九十九之间的项目 麻烦列一下 两个局都算", FILTER(["score", ">", 96], ["score", "<", 99])),
    ("compound", "下午预算执行分析会要用 生态局里预算三百万以上 执行率又不到百分之九十五的 有哪几个",
     FILTER(["budget", ">", 300], ["rate", "<", 95], scope=ECO)),
    ("compound", "处长让把问题项目拎出来 有指标被扣分 而且执行率还低于九成的是哪些项目", FILTER(["lost_indicator"], ["rate", "<", 90])),
    ("compound", "年中调过预算的那些里面 执行率没到八成五的是哪些", FILTER(["changed_budget"], ["rate", "<", 85])),
    ("exclusion", "除了科技国际合作那个 生态局预算最高的是哪个", RANK("budget", "desc", exclude=[E(9)], scope=ECO)),
    ("exclusion", "水务局那几个里先把泵站那个拿掉 | 剩下三个一共花了多少钱",
     SUM("executed", scope=WATER, exclude=[W(1)])),
    # --- aggregates ---------------------------------------------------------------------------------------------------
    ("count", "两个局加起来有几个项目有指标扣了分", COUNT(["lost_indicator"])),
    ("sum", "生态局所有项目没花掉的钱一共多少", SUM("unexecuted", scope=ECO)),
    ("department_short", "水务那边得分最高的项目", RANK("score", "desc", scope=WATER)),
    ("department_short", "shengtai局十八个项目预算总共多少", SUM("budget", scope=ECO)),
    ("average", "领导要两个数 生态局执行率的平均值 还有整体执行率",
     BOTH(MEAN("rate", scope=ECO), OVERALL(scope=ECO))),
    ("overall_rate", "两个局合在一起算 总体执行率多少", OVERALL()),
    ("overall_rate", "生态局执行率不到百分之九十的那几个 合起来整体执行率是多少",
     OVERALL(["rate", "<", 90], scope=ECO)),
    ("share", "科技与国际合作交流那个的预算 占生态局全部预算百分之多少", SHARE(E(9), "budget", scope=ECO)),
    ("share", "水务局执行数最大的是哪个 | 它占水务局总执行数的百分之几", SHARE(W(3), "executed", scope=WATER)),
    ("combination", "有指标扣分的那些项目 预算加起来占两个局总预算的百分之几",
     {"op": "bl9_subset_share", "metric": "budget", "part": [["lost_indicator"]]}),
    ("per_group", "每个局各自执行率最低的项目", {"op": "per_group", "metric": "rate", "order": "asc"}),
    ("per_group", "两个局各自预算总额多少", {"op": "per_group", "metric": "sum_budget"}),
    # --- rankings and positions ---------------------------------------------------------------------------------------
    ("ranking", "我在弄24年自评的汇总表 生态局执行数最多的前三个项目", RANK("executed", "desc", 3, scope=ECO)),
    ("ranking", "得分垫底的三个 两个局放一起排", RANK("score", "asc", 3)),
    ("rank_position", "大气那个项目预算在生态局里排第几", POS(E(8), "budget", "desc", scope=ECO)),
    ("rank_position", "泵站那个执行率多少 | 在两个局所有项目里从低往高排第几", POS(W(1), "rate", "asc")),
    # --- comparisons and yes/no ---------------------------------------------------------------------------------------
    ("comparison", "综合规划和宣传后勤那个 谁执行率低 差多少", GAP(E(17), E(18), "rate")),
    ("comparison", "大气那个执行率多少 | 跟海洋的比呢", {"op": "diff", "a": E(8), "b": E(4), "metric": "rate"}),
    ("comparison", "水务局和生态局 哪个整体执行率高", {"op": "bc3_groups", "metric": "overall", "groups": [WATER, ECO]}),
    ("yes_no", "两个局一共多少项目 | 是不是都评的优", FILTER(["grade", "良"], contains=["良"])),
    ("yes_no", "水务局有没有项目用了上年结转的钱", FILTER(["carry", ">", 0.01], scope=WATER)),
    ("grade_gap", "泵站那个离评优还差几分", LINE(W(1), "优", "below")),
    ("grade_gap", "生态局得分最低的是哪个 | 它比优秀线高出几分", LINE(E(1), "优", "above")),
    # --- indicators ---------------------------------------------------------------------------------------------------
    ("indicator", "水文站网那个 | 单站运维成本目标定的多少 实际做到多少",
     BOTH(IND("单站运维成本", "target"), IND("单站运维成本", "actual"))),
    ("indicator", "科研项目综合绩效评价完成数量那条指标 扣了几分 啥原因",
     {**IND("科研项目综合绩效评价", "lost"), "contains": ["超计划完成"]}),
    ("indicator", "生态局所有指标里分值最高的是哪一条 哪个项目的", TOP_IND("weight", "desc", scope=ECO)),
    ("indicator", "有条指标实际完成了四万三千多家 那是哪个项目的 目标定的多少", IND("区企事业单位生态", "target")),
    ("indicator_count", "生态局一共有多少条满意度指标", {"op": "bl11_ind_count", "level": "满意度", "scope": ECO}),
    ("indicator_count", "水务局那几个项目里 生态效益指标一共几条",
     {"op": "bl11_ind_count", "level": "生态效益", "scope": WATER}),
    ("indicator_count", "泵站那个扣了几分 | 实际完成值比年度指标值低的有几条", VS_TARGET("below", project=W(1))),
    ("indicator_count", "水文站网那个 有几条指标实际值比目标值高", VS_TARGET("above", project=W(2))),
    ("lost_points", "泵站改造扣分的是哪几条指标 各扣了几分", {"op": "lost_rows", "project": W(1)}),
    ("lost_points", "监测总量那个项目 三级指标上一共被扣了几分", F(E(1), "ind_lost")),
    ("lost_points", "法规标准那个项目 | 为啥扣分", {"op": "lost_rows", "project": E(11), "contains": ["误录"]}),
    # --- texts and topics ---------------------------------------------------------------------------------------------
    ("text", "节水宣传那个 | 目标写的啥", TEXT(W(4), "goal_text", "节水宣传周")),
    ("text", "督察那个项目是干嘛的", TEXT(E(16), "goal_text", "督察")),
    ("text", "泵站项目实际完成情况表里怎么写的", TEXT(W(1), "result_text", "延至下年度")),
    ("topic", "有跟土壤固废沾边的项目吗", {"op": "topic", "words": ["土壤", "固废"]}),
    ("topic", "排涝方面的项目都有哪些", {"op": "topic", "words": ["排涝"]}),
    # --- data quality -------------------------------------------------------------------------------------------------
    ("data_quality", "哪些项目的评分等级原表没写 是按总分补上的", {"op": "restored_field", "field": "grade"}),
    ("data_quality", "目标值的符号填错了的指标 出在哪几个项目",
     {"op": "flagged", "kinds": ["operator_contradiction"]}),
    ("data_quality", "原表项目名称丢了的那个 | 它预算多少 执行率多少", F(E(11), "budget", "rate")),
    # --- follow-ups ---------------------------------------------------------------------------------------------------
    ("follow_up", "生态局执行率最低的三个 | 第二个预算多少", NTH_SHOW("rate", "asc", 2, "budget", scope=ECO)),
    ("follow_up", "两个局得分最低的是哪个 | 它资金那块得了几分", F(W(1), "funds_score")),
    ("follow_up", "生态局预算超过一千万的项目 | 它们合计多少钱", SUM("budget", ["budget", ">", 1000], scope=ECO)),
    ("follow_up", "水务局执行率低于九成的 | 去掉它们 剩下的整体执行率",
     OVERALL(scope=WATER, exclude=[W(1), W(4)])),
    ("follow_up", "有指标扣分的项目有哪些 | 其中预算最大的", RANK("budget", "desc", where=[["lost_indicator"]])),
    ("follow_up", "执行数最多的三个 两个局都算 | 它们合起来执行率多少", TOP_SUM("executed", "desc", 3, "overall")),
    ("follow_up", "水务局哪几个项目调过预算 | 各调了多少", FILTER(["changed_budget"], scope=WATER, show="adjust")),
    # --- switches -----------------------------------------------------------------------------------------------------
    ("switch", "泵站那个执行率 | 那水文站网呢", F(W(2), "rate")),
    ("switch", "生态局得分低于九十七的有哪些 | 那水务局呢", FILTER(["score", "<", 97], scope=WATER)),
    ("switch", "生态局预算最高的项目 | 换成执行数呢", RANK("executed", "desc", scope=ECO)),
    ("switch", "水务局23年整体执行率 | 22年的呢", NONE("水务局只存了 2023 年的报告")),
    ("switch", "生态局24年得分最低的 | 那25年呢", NONE("生态环境局只存了 2024 年的报告")),
    # --- near-miss refusals -------------------------------------------------------------------------------------------
    ("unanswerable_period", "泵站那个上半年执行了多少", NONE("自评表只有全年执行数，没有半年数")),
    ("unanswerable_period", "生态局三季度末的支出进度到多少了", NONE("自评表只有全年数，没有季度进度")),
    ("unanswerable_period", "水文站网那个 | 12月份花了多少钱", NONE("没有分月的执行数")),
    ("unanswerable_period", "大气那个执行率 | 一季度的呢", NONE("没有季度执行率")),
    ("unanswerable_period", "执法应急那个前三个月花了多少钱", NONE("没有分月的执行数")),
    ("unanswerable_period", "农村饮水那个每个月的执行进度 帮我列一下", NONE("没有分月的执行进度")),
    ("unanswerable_period", "科技国际合作那个 截至10月底执行了多少", NONE("只有全年执行数")),
    ("unanswerable_future", "明年海洋那个项目预算打算安排多少", NONE("表里没有下一年的预算")),
    ("unanswerable_future", "泵站那个 | 25年预算会不会增加", NONE("表里没有以后年度的预算")),
    ("unanswerable_future", "预测一下水务局下一年的整体执行率", NONE("不做预测，表里只有 2023 年的数")),
    ("unanswerable_future", "党建那个项目明年还做不做", NONE("表里没有以后年度的安排")),
    ("unanswerable_field", "泵站改造的中标单位是哪家", NONE("自评表没有中标单位")),
    ("unanswerable_field", "审计那边来问 大气那个项目签的合同金额是多少", NONE("自评表没有合同金额")),
    ("unanswerable_field", "科技国际合作那个采购方式是公开招标还是磋商", NONE("自评表没有采购方式")),
    ("unanswerable_field", "核辐射那个 | 项目负责人是谁", NONE("自评表没有项目负责人")),
    ("unanswerable_field", "海洋那个项目 | 租船花了多少钱", NONE("资金只按年度总额和来源列，没有租船费用")),
    ("unanswerable_field", "节水宣传那次发了多少份宣传资料", NONE("表里只有宣传活动场次，没有资料份数")),
    ("unanswerable_field", "水生态那个项目 | 审计意见怎么写的", NONE("自评表没有审计意见")),
    ("unanswerable_scope", "绿化市容局24年的项目执行率多少", NONE("没有绿化市容局的报告")),
    ("unanswerable_scope", "生态局23年总预算多少", NONE("生态环境局只存了 2024 年")),
    ("unanswerable_scope", "水务局24年有几个项目", NONE("水务局只存了 2023 年")),
    ("unanswerable_scope", "上海交通委公路养护那个得分", NONE("没有交通委的报告")),
    ("unanswerable_scope", "水务局的污水处理厂提标改造项目得分多少", NONE("水务局没有这个项目")),
    ("unanswerable_scope", "生态局整体执行率 | 北京生态环境局的呢", NONE("没有北京的报告")),
]
