"""Blind set 13 over the sample (上海市生态环境局 2024, 18 projects) + evals/documents/water_bureau_2023.txt (某市水务局
2023, 4 projects), the store of ``multi.py``.

Selectors as in ``multi.py``: E(seq) for the 生态环境局 report, W(seq) for the 水务局 report; scopes ECO / WATER; no
scope is both reports. Projects are named the way staff name them, not as stored (the stored names are partly
garbled): 督察 E16 (stored as 上海市环保全费), 应对气候变化 E2, 党建 E10, 海洋 E4, 核辐射 E14, 大气 E8, 土壤固废 E5,
科技国际合作 E9, 队伍建设 E12, 执法应急 E13, 全市生态环境保障 E7, 综合规划 E17, 监测/总量控制/排污权 E1, 环评 E15,
水生态 E6; 泵站 W1 (实施单位 排水管理处), 水文站网 W2 (水文总站), 农村饮水 W3 (农村供水服务中心), 节水宣传 W4
(节约用水办公室).

Written blind: the author read DESIGN.md, the bank's README, oracle.py, build.py, split.py, evals/questions.py,
ingest/records.py, the two documents and only the helper definitions at the top of ``sample.py`` and ``multi.py``;
never the assistant, its tests, prompts or docs, nor any other set's question list, and the assistant was not run.

What it stresses: chat typed during a meeting (no question marks, filler, background before the ask, clauses run
together, 的 left out), homophones and pinyin (核幅射, 督查, turang, 节水宣穿, 水物局), spoken numbers (九成, 八成五,
六成, 过千万, 九十九点五到九十九点九, 三十五万六千, 一千二百三十四万多), a project named by its work, its 实施单位 or an
amount, about a third of the conversations in two or three turns that lean on the previous answer (其中/这三个里头/它俩/
倒数第二/去掉它/换成生态局/不是 我要的是整体的), the median (new op ``bl13_median``), one fund row's share of a project's money (``bl13_fund_share``), a
budget cut between 年初 and 全年 in percent (``bl13_change_pct``), a project against the department's plain mean
(``bl13_vs_mean``), the mean of rates next to the overall rate, and refusals that sound answerable (一季度, 截至11月底,
每个月, 汛期那几个月, 下半年, 12月份, 明年, 二五年, 租船费用, 施工单位, 负责人电话, 课题经费, 人员经费, 管网公里数,
采购设备, an unstored year, department or project).
"""

from evals.bank.source.multi import (COUNT, ECO, FILTER, GAP, IND, MEAN, OVERALL, POS, SHARE, SUM, TEXT, WATER, E,
                                     W)
from evals.bank.source.sample import NONE, NTH, RANK, F

PREFIX = "bl13"
DOCUMENT = "*"
WITH_STORE = True


def store_paths():
    return ["data/samples/000_714f557b0e494d5f.txt", "evals/documents/water_bureau_2023.txt"]


def MED(metric, *where, **kw):
    return {"op": "bl13_median", "metric": metric, "where": list(where), **kw}


def FSHARE(project, kind):
    return {"op": "bl13_fund_share", "project": project, "kind": kind}


def CHG(project, direction, **kw):
    return {"op": "bl13_change_pct", "project": project, "direction": direction, **kw}


def VSMEAN(project, metric, direction, **kw):
    return {"op": "bl13_vs_mean", "project": project, "metric": metric, "direction": direction, **kw}


def INDC(**kw):
    return {"op": "bl11_ind_count", **kw}


def BOTH(*parts):
    return {"op": "fr3_both", "parts": list(parts)}


def LOST(project, *words):
    return {"op": "lost_rows", "project": project, "contains": list(words)}


QUESTIONS = [
    # --- one project's figures, named by its work, an amount, loosely -----------------------------------------------
    ("figure", "下午跟财政对账 先帮我看下党建群建那块 全年预算和执行数各多少", F(E(10), "budget", "executed")),
    ("figure", "督查那个项目最后打了多少分 啥等级", F(E(16), "score", "grade")),
    ("figure", "预算一千二百三十四万多的那个项目 全年执行了多少", F(W(1), "executed")),
    # --- homophones, pinyin ----------------------------------------------------------------------------------------
    ("typo", "核幅射安全那个执行率多少来着", F(E(14), "rate")),
    ("typo", "turang固废 预算多少钱", F(E(5), "budget")),
    ("typo", "节水宣穿那个执行率咋这么低 具体多少", F(W(4), "rate")),
    # --- 实施单位 ----------------------------------------------------------------------------------------------------
    ("implementer", "水文总站牵头那个项目 全年预算多少", F(W(2), "budget")),
    ("implementer", "排水管理处那个项目总共扣了多少分", F(W(1), "lost")),
    # --- spoken numbers --------------------------------------------------------------------------------------------
    ("spoken_number", "两个局加起来 执行率不到九成的都有哪几个项目", FILTER(["rate", "<", 90])),
    ("spoken_number", "生态局预算过千万的有几个啊我印象里没几个", COUNT(["budget", ">", 1000], scope=ECO)),
    # --- exclusion -------------------------------------------------------------------------------------------------
    ("exclusion", "生态局的预算 刨掉科技国际合作那个大头 剩下的加起来多少", SUM("budget", scope=ECO, exclude=[E(9)])),
    ("exclusion", "生态局整体执行率多少 | 不算全市生态环境保障那个呢", OVERALL(scope=ECO, exclude=[E(7)])),
    # --- compound conditions ---------------------------------------------------------------------------------------
    ("compound", "生态局执行率95以上的有哪些 | 其中指标上被扣了分的", FILTER(["rate", ">", 95], ["lost_indicator"], scope=ECO)),
    ("compound", "年初跟全年预算对不上 而且总分还在98以上的是哪个", FILTER(["changed_budget"], ["score", ">", 98])),
    ("compound", "生态局指标一分没扣的项目里头 执行率垫底的是哪个",
     RANK("rate", "asc", 1, where=[["no_lost_indicator"]], scope=ECO)),
    # --- ranges ----------------------------------------------------------------------------------------------------
    ("range", "生态局预算三百到五百万之间的项目有哪些", FILTER(["budget", ">", 300], ["budget", "<", 500], scope=ECO)),
    ("range", "总分在九十九点五到九十九点九之间的一共几个", COUNT(["score", ">", 99.5], ["score", "<", 99.9])),
    # --- shares ----------------------------------------------------------------------------------------------------
    ("share", "科技国际合作预算多少 | 占生态局全部项目预算的百分之几", SHARE(E(9), "budget", scope=ECO)),
    ("share", "泵站那个项目的钱里头 上年结转的占几成", FSHARE(W(1), "上年结转资金")),
    # --- averages, median, mean of rates vs overall rate -----------------------------------------------------------
    ("average", "生态局十八个项目执行率的平均值 和整体执行率 两个口径各是多少",
     BOTH(MEAN("rate", scope=ECO), OVERALL(scope=ECO))),
    ("average", "生态局执行率的中位数是多少", MED("rate", scope=ECO)),
    # --- overall rate ----------------------------------------------------------------------------------------------
    ("overall_rate", "两个局合一块算 资金总体执行率多少", OVERALL()),
    ("overall_rate", "生态局执行率平均下来多少 | 不是 我要的是整体的 拿总执行数除总预算那种", OVERALL(scope=ECO)),
    # --- rank position ---------------------------------------------------------------------------------------------
    ("rank_position", "泵站那个执行率 放两个局二十二个项目里从高到低排第几", POS(W(1), "rate", "desc")),
    ("rank_position", "科技国际合作总分多少 | 在生态局里排第几 高的排前面", POS(E(9), "score", "desc", scope=ECO)),
    # --- rankings --------------------------------------------------------------------------------------------------
    ("ranking", "执行率前五 两个局放一起排", RANK("rate", "desc", 5)),
    ("ranking", "哪个项目没花出去的钱最多", RANK("unexecuted", "desc", 1)),
    # --- counts and sums -------------------------------------------------------------------------------------------
    ("count", "两个局一共多少个项目是在指标上扣了分的", COUNT(["lost_indicator"])),
    ("sum", "帮我查下水务局没执行掉的钱一共多少我要填表", SUM("unexecuted", scope=WATER)),
    # --- department short names ------------------------------------------------------------------------------------
    ("department_short", "环境局这次一共报了几个项目的自评表", COUNT(scope=ECO)),
    ("department_short", "环保局那边预算最大的是哪个项目", RANK("budget", "desc", 1, scope=ECO)),
    # --- indicators ------------------------------------------------------------------------------------------------
    ("indicator", "单站运维成本那条实际做到多少", IND("单站运维成本", "actual")),
    ("indicator", "水文站网得分多少 | 里面雨水情预报那条 目标定的几次", IND("雨水情预报", "target")),
    ("indicator", "有条指标目标写的扫描三十五万六千页 是哪个项目的", IND("档案数字化扫描页数")),
    # --- indicator counts by label ---------------------------------------------------------------------------------
    ("indicator_count", "水文站网那个 产出类指标几条 效益类几条",
     BOTH(INDC(project=W(2), level="产出"), INDC(project=W(2), level="效益"))),
    ("indicator_count", "泵站扣了分的指标有几条 | 两个局全部加起来呢", INDC(lost=True)),
    ("indicator_count", "宣传教育后勤那个项目指标特别多 时效指标有几条", INDC(project=E(18), level="时效")),
    # --- lost points and their reasons -----------------------------------------------------------------------------
    ("lost_points", "泵站那个哪几条指标扣分了原因都是啥", LOST(W(1), "汛期提前")),
    ("lost_points", "监测总量控制排污权那个大项目 扣分扣在哪 为什么", LOST(E(1), "据实调整")),
    ("lost_points", "科技国际合作总分多少 | 没满分 指标上扣的那点是啥原因", LOST(E(9), "超计划完成")),
    # --- goal and result texts -------------------------------------------------------------------------------------
    ("text", "水文站网执行率多少 | 它年度目标里说要管几个水文站", TEXT(W(2), "goal_text", "14个水文站")),
    ("text", "党建那个目标里面搞的党建活动叫啥名来着", TEXT(E(10), "goal_text", "红心绿意")),
    # --- topics ----------------------------------------------------------------------------------------------------
    ("topic", "跟核安全辐射这块有关的项目有哪些", {"op": "topic", "words": ["辐射"]}),
    ("topic", "生态局有没有管土壤或者固体废物的项目", {"op": "topic", "words": ["土壤", "固废"], "scope": ECO}),
    # --- data quality ----------------------------------------------------------------------------------------------
    ("data_quality", "有没有评分等级原表上没印 是按分数补上去的 | 都是哪几个", {"op": "restored_field", "field": "grade"}),
    ("data_quality", "目标值大于小于号填错的 一共牵扯几个项目",
     {"op": "flagged", "kinds": ["operator_contradiction"], "count": True}),
    # --- comparisons, yes/no, grade line ---------------------------------------------------------------------------
    ("comparison", "泵站预算多少 | 跟农村饮水比 谁多 差多少", GAP(W(1), W(3), "budget")),
    ("comparison", "生态局和水务局比 哪边整体执行率高", {"op": "bc3_groups", "groups": [ECO, WATER], "metric": "overall"}),
    ("yes_no", "党建和执法应急俩总分是不是一模一样", GAP(E(10), E(13), "score")),
    ("yes_no", "生态局有没有执行率掉到六成以下的项目", NONE("生态局执行率最低的63.23%，没有六成以下的")),
    ("yes_no", "水务局几个项目 | 是不是全评的优", FILTER(["grade", "良"], scope=WATER)),
    ("grade_gap", "泵站评的什么等级 | 离优还差几分",
     {"op": "bl12_grade_line", "project": W(1), "grade": "优", "direction": "below"}),
    # --- combinations, per group -----------------------------------------------------------------------------------
    ("combination", "预算最多的三个项目 合起来执行率多少",
     {"op": "bl9_top_sum", "metric": "budget", "order": "desc", "n": 3, "of": "overall"}),
    ("combination", "指标扣了分的那几个项目 预算占两个局总预算的百分之多少",
     {"op": "bl9_subset_share", "part": [["lost_indicator"]], "metric": "budget"}),
    ("per_group", "两个局各自执行率最低的是哪个项目", {"op": "per_group", "metric": "rate", "order": "asc"}),
    # --- follow-ups leaning on the previous answer -----------------------------------------------------------------
    ("follow_up", "执行率最低的三个项目 | 这三个里头预算最大的是哪个", RANK("budget", "desc", 1, where=[["rate", "<", 70]])),
    ("follow_up", "生态局哪些项目在指标上扣了分 | 这几个预算加一块多少", SUM("budget", ["lost_indicator"], scope=ECO)),
    ("follow_up", "预算最大的项目是哪个 | 它执行率呢", F(E(9), "rate")),
    ("follow_up", "核辐射执行率多少 | 比大气那个低多少", GAP(E(14), E(8), "rate")),
    ("follow_up", "水务局预算前两名是哪俩 | 它俩一共执行了多少", {"op": "combined", "projects": [W(3), W(1)], "metric": "executed"}),
    ("follow_up", "生态局得分最低的是哪个 | 倒数第二呢", NTH("score", "asc", 2, scope=ECO)),
    ("follow_up", "执行率低于八成五的有哪些 | 只看生态局的", FILTER(["rate", "<", 85], scope=ECO)),
    ("follow_up", "队伍建设那个年初预算多少 | 全年预算呢 | 中间砍掉了百分之几", CHG(E(12), "down")),
    ("follow_up", "水务局执行率最低的是哪个 | 把它去掉 剩下三个整体执行率多少", OVERALL(scope=WATER, exclude=[W(4)])),
    ("follow_up", "党建那个预算多少 | 比生态局平均一个项目少多少", VSMEAN(E(10), "budget", "below", scope=ECO)),
    # --- switches --------------------------------------------------------------------------------------------------
    ("switch", "生态局总预算 | 那水务局的呢", SUM("budget", scope=WATER)),
    ("switch", "水物局得分最低的项目 | 换成生态局呢", RANK("score", "asc", 1, scope=ECO)),
    ("switch", "泵站扣了几条指标 | 生态局监测总量控制那个呢", INDC(project=E(1), lost=True)),
    ("switch", "生态局24年项目总预算 | 23年的呢", NONE("生态环境局只有2024年的表")),
    ("switch", "水务局一共几个项目 | 那交委呢", NONE("库里没有交通委的表")),
    # --- periods the tables lack -----------------------------------------------------------------------------------
    ("unanswerable_period", "大气那个项目一季度花了多少钱", NONE("自评表只有全年数，没有季度数")),
    ("unanswerable_period", "跟处长汇报要用 生态局截至11月底的支出进度是多少", NONE("只有全年执行数，没有截至11月底的")),
    ("unanswerable_period", "科技国际合作每个月执行数能拉个表吗", NONE("没有分月执行数")),
    ("unanswerable_period", "水文站网执行率多少 | 汛期那几个月单独算呢", NONE("没有分月/汛期执行数")),
    ("unanswerable_period", "执法应急下半年执行率", NONE("没有半年数")),
    ("unanswerable_period", "节水宣传12月份一个月花了多少", NONE("没有分月执行数")),
    # --- the future ------------------------------------------------------------------------------------------------
    ("unanswerable_future", "泵站有两座延到下年度了是吧 | 那明年给它安排了多少预算", NONE("表里没有下年度预算")),
    ("unanswerable_future", "二五年生态局预算盘子大概多少", NONE("2025年不在库中，也无法预测")),
    ("unanswerable_future", "照现在这个速度 节水宣传明年能执行到多少", NONE("不预测未来")),
    ("unanswerable_future", "水文站网下一年度目标值准备定多少", NONE("表里没有下一年度目标")),
    # --- fields the tables lack ------------------------------------------------------------------------------------
    ("unanswerable_field", "海洋项目执行了多少 | 其中租船花了多少", NONE("表里没有租船费用")),
    ("unanswerable_field", "泵站工程施工单位是哪家公司", NONE("表里只有实施单位，没有施工单位")),
    ("unanswerable_field", "大气项目负责人是谁 电话多少", NONE("表里没有负责人和电话")),
    ("unanswerable_field", "科技国际合作立项的那37个科研课题 每个给了多少经费", NONE("没有课题经费明细")),
    ("unanswerable_field", "生态局这些项目里 人员经费占多少", NONE("没有按经济分类的支出")),
    ("unanswerable_field", "农村饮水完成情况咋样 | 那管网一共铺了多少公里", NONE("表里没有管网长度")),
    ("unanswerable_field", "核辐射那个项目采购了哪些设备 花了多少", NONE("没有采购明细")),
    # --- departments, years, projects not stored -------------------------------------------------------------------
    ("unanswerable_scope", "生态局23年综合规划那个得了多少分", NONE("生态环境局只有2024年")),
    ("unanswerable_scope", "交通委24年项目整体执行率多少", NONE("库里没有交通委")),
    ("unanswerable_scope", "绿化市容局报了几个项目", NONE("库里没有绿化市容局")),
    ("unanswerable_scope", "水务局22年泵站改造得分", NONE("水务局只有2023年")),
    ("unanswerable_scope", "海绵城市那个项目预算多少", NONE("库里没有海绵城市项目")),
    ("unanswerable_scope", "浦东新区生态环境局的自评表里 执行率最低的是哪个", NONE("库里没有浦东新区的表")),
]
