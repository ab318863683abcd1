"""Tenth blind bank set over the two-report store: standalone, never split into dev/held-out.

Store: the sample (上海市生态环境局 2024, 18 projects) plus evals/documents/water_bureau_2023.txt
(某市水务局 2023, 4 projects), as in multi.py. Written blind: without reading or running the assistant,
its tests or prompts, and without the other sets' questions (helpers only). Chat typed during a
meeting: terse, no question marks, homophones and pinyin, spoken numbers, rambling context before the
ask, about a third of the conversations two or three turns ("|" between turns, only the last graded).

Weighted toward follow-ups, two asks or two conditions in one question, yes/no (有没有/是不是/…吗),
谁多/多多少 between two projects or the two departments, projects named by their work, indicators
(target vs actual, how many, which lost points), goal/result texts, and about a quarter refused.

Selectors: E(seq) / W(seq) as in multi.py (see blind3.py's docstring for what each seq is).
No new oracle op.
"""

from evals.bank.source import multi
from evals.bank.source.multi import COUNT, E, ECO, FILTER, GAP, IND, MEAN, OVERALL, POS, SHARE, SUM, TEXT, W, WATER
from evals.bank.source.sample import NONE, RANK, F

PREFIX = "bl10"
DOCUMENT = "*"
WITH_STORE = True
store_paths = multi.store_paths  # the sample + the water bureau, as multi.py


def BOTH(*parts):
    return {"op": "fr3_both", "parts": list(parts)}


def LOST(project, *words):
    spec = {"op": "lost_rows", "project": project}
    if words:
        spec["contains"] = list(words)
    return spec


def INDS(name, field, scope=None):
    spec = IND(name, field)
    if scope:
        spec["scope"] = scope
    return spec


def GROUPS(metric, *groups):
    return {"op": "bc3_groups", "metric": metric, "groups": list(groups)}


def SGAP(metric, a, b):
    return {"op": "fc2_scope_gap", "metric": metric, "a": a, "b": b}


QUESTIONS = [
    # --- follow-ups leaning on the previous answer --------------------------------------
    ("follow_up", "两个局放一起看 执行率最低的三个是哪几个 | 中间那个预算给了多少", F(E(7), "budget")),
    ("follow_up", "生态局哪个项目得分最低 | 它是哪几条指标扣的分 啥原因", LOST(E(1))),
    ("follow_up", "水务局那四个项目预算一共多少 | 把农村饮水那个去掉再算一下", SUM("budget", scope=WATER, exclude=[W(3)])),
    ("follow_up", "大气那个执行率多少 | 海洋那个呢 | 这俩谁高 差多少", GAP(E(8), E(4), "rate")),
    ("follow_up", "修泵站那个项目总分多少来着 | 评级呢 | 那主要是哪几项扣的分", LOST(W(1))),
    ("follow_up", "预算过一千万的项目有哪些 | 这几个加起来执行了多少", SUM("executed", ["budget", ">", 1000])),
    ("follow_up", "党建群建那个花了多少钱 | 那它执行率算下来多少", F(E(10), "rate")),
    ("follow_up", "环评排污许可那个项目得分 | 它底下一共几条指标", F(E(15), "n_indicators")),

    # --- two asks or two conditions ------------------------------------------------------
    ("compound", "水务局里面执行率没到九成 并且还有指标扣分的 是哪个", FILTER(["rate", "<", 90], ["lost_indicator"], scope=WATER)),
    ("compound", "生态局的 预算五百万往上 执行率又不到百分之九十九的 有哪几个", FILTER(["budget", ">", 500], ["rate", "<", 99], scope=ECO)),
    ("compound", "帮我调一下核辐射安全管理那个项目 | 预算多少 实际执行多少", F(E(14), "budget", "executed")),
    ("compound", "生态局执行率最差的是哪个 它总共扣了几分", BOTH({"op": "rank", "metric": "rate", "order": "asc", "n": 1, "scope": ECO}, F(E(7), "lost"))),
    ("compound", "年中调过预算 而且执行率还不到八成五的 都有谁", FILTER(["changed_budget"], ["rate", "<", 85])),

    # --- yes / no ---------------------------------------------------------------------
    ("yes_no", "水务局有没有评级只拿了良的项目", FILTER(["grade", "良"], scope=WATER)),
    ("yes_no", "生态局24年是不是所有项目都评的优", FILTER(["grade", "优"], scope=ECO)),
    ("yes_no", "执行率低于七成的都有谁 | 那有没有连六成五都不到的", FILTER(["rate", "<", 65])),
    ("yes_no", "两个局里有总分没上九十的吗", FILTER(["score", "<", 90])),
    ("yes_no", "节水宣传那个预算多少 | 年初预算跟全年预算是一样的吗", F(W(4), "initial", "budget")),
    ("yes_no", "刚才说到满分 水务局有没有哪个项目拿了一百分的", FILTER(["score", ">", 99.99], scope=WATER)),

    # --- which is bigger / by how much ------------------------------------------------
    ("comparison", "大气跟海洋两个项目 预算谁多 多出多少", GAP(E(8), E(4), "budget")),
    ("comparison", "农村饮水那个预算多少 | 跟生态局科技合作那个比 哪个钱多 差多少", GAP(W(3), E(9), "budget")),
    ("comparison", "泵站改造和水文站网运维 执行率差了几个点", GAP(W(1), W(2), "rate")),
    ("comparison", "督察那个得分多少 | 跟党建那个比呢 谁高", GAP(E(16), E(10), "score")),
    ("comparison", "生态局和水务局 哪边整体执行率高一点", GROUPS("overall", ECO, WATER)),
    ("comparison", "两个局的预算总盘子 谁大 大多少", SGAP("sum:budget", ECO, WATER)),

    # --- a project named by what it does -----------------------------------------------
    ("figure", "水务局那几个项目 | 就是修城区排涝泵站的那个 执行率多少", F(W(1), "rate")),
    ("figure", "搞生物多样性调查 生态文明创建那个项目 预算多少", F(E(3), "budget")),
    ("figure", "管公务员招录 职称评审那一块的项目 实际花了多少", F(E(12), "executed")),
    ("figure", "海洋那块我记得是做长江口近岸海域监测的 | 它得了多少分", F(E(4), "score")),
    ("figure", "农村水厂管网延伸那个 实施单位是哪家", F(W(3), "implementer")),

    # --- typos, pinyin, spoken numbers ----------------------------------------------
    ("typo", "he辐射安全那个 执行数多少", F(E(14), "executed")),
    ("typo", "都察那个项目年初预算是多少", F(E(16), "initial")),
    ("typo", "jieshui宣传那个 最后得分", F(W(4), "score")),
    ("spoken_number", "生态局预算不到三百万的有哪些", FILTER(["budget", "<", 300], scope=ECO)),
    ("spoken_number", "执行率九成九以上的一共有几个", COUNT(["rate", ">", 99])),

    # --- ranking, position, counts, sums, means --------------------------------------
    ("ranking", "两个局合一块 预算最大的前三个", RANK("budget", "desc", 3)),
    ("ranking", "开会要讲问题项目 生态局得分倒数三个是哪些", RANK("score", "asc", 3, scope=ECO)),
    ("rank_position", "党建那个执行率多少 | 在生态局里排倒数第几", POS(E(10), "rate", "asc", scope=ECO)),
    ("rank_position", "水务局四个项目里 水文站网那个预算排第几", POS(W(2), "budget", "desc", scope=WATER)),
    ("count", "生态局一共几个项目 | 其中有指标扣了分的有几个", COUNT(["lost_indicator"], scope=ECO)),
    ("count", "年初预算跟全年预算对不上的 也就是调过预算的 有几个", COUNT(["changed_budget"])),
    ("sum", "水务局当年财政拨款 加一块多少", SUM("approp", scope=WATER)),
    ("average", "水务局几个项目得分都列一下 | 平均多少", MEAN("score", scope=WATER)),
    ("overall_rate", "两个局合起来 总的执行率多少", OVERALL()),
    ("overall_rate", "生态局哪个项目执行率最低 | 不算它 整体执行率多少", OVERALL(scope=ECO, exclude=[E(7)])),
    ("share", "生态局总预算多少 | 科技国际合作那个占了百分之多少", SHARE(E(9), "budget", scope=ECO)),
    ("share", "农村饮水那个项目 执行数占水务局全部执行数的比例", SHARE(W(3), "executed", scope=WATER)),

    # --- indicators ------------------------------------------------------------------
    ("indicator", "泵站维修数量那条指标 定的几座 实际修了几座", BOTH(IND("泵站维修数量", "target"), IND("泵站维修数量", "actual"))),
    ("indicator", "泵站那个项目 | 汛前完工率实际做到多少", IND("汛前完工率", "actual")),
    ("indicator", "科研项目综合绩效评价完成数量 计划多少 完成多少", BOTH(IND("科研项目综合绩效评价完成数量", "target"), IND("科研项目综合绩效评价完成数量", "actual"))),
    ("indicator", "农村饮水那个 | 受益人口那条指标实际是多少", IND("受益人口", "actual")),
    ("indicator", "河流断面水质达标率 当初目标定的多少", IND("河流断面水质达标率", "target")),
    ("indicator", "水文站那个单站运维成本 实际花到多少", IND("单站运维成本", "actual")),
    ("indicator_count", "后勤保障宣传教育那个项目 一共设了多少个指标", F(E(18), "n_indicators")),
    ("indicator_count", "泵站那个项目 有几条指标扣了分", F(W(1), "n_lost_indicators")),
    ("indicator_count", "搞生物多样性那个 执行率挺高的 | 它一共几个指标", F(E(3), "n_indicators")),
    ("lost_points", "监测 排污权交易那个项目 哪几条指标扣分了", LOST(E(1))),
    ("lost_points", "法规与标准那个项目名称都缺了 | 扣分的指标和原因说一下", LOST(E(11), "误录")),
    ("lost_points", "泵站项目扣分是不是跟汛期有关 具体哪几项", LOST(W(1), "汛期")),
    ("lost_points", "哪些项目有指标扣分 | 指标扣分最多的是哪个", RANK("ind_lost", "desc", where=[["lost_indicator"]])),
    ("lost_points", "后勤保障那个项目 扣的是哪一项", LOST(E(18))),

    # --- goal / result texts ---------------------------------------------------------
    ("text", "泵站那个评了良 | 年初定的总体目标是啥", TEXT(W(1), "goal_text", "12座")),
    ("text", "农村饮水实际完成得怎么样 受益多少人", TEXT(W(3), "result_text", "2.1万人")),
    ("text", "督察那个项目 年度目标里是不是有拍警示片", TEXT(E(16), "goal_text", "警示片")),

    # --- data quality ----------------------------------------------------------------
    ("data_quality", "有没有指标目标值那个符号可能填错了的", {"op": "flagged", "kinds": ["operator_contradiction"]}),
    ("data_quality", "评分等级原表上没写 是按分数补出来的 是哪几个项目", {"op": "restored_field", "field": "grade"}),

    # --- switches --------------------------------------------------------------------
    ("switch", "生态局整体执行率多少 | 那水务局呢", OVERALL(scope=WATER)),
    ("switch", "生态局预算最多的项目是哪个 | 水务局的呢", RANK("budget", "desc", scope=WATER)),
    ("switch", "水务局23年节水宣传预算多少 | 那24年的呢", NONE("水务局只存了2023年")),
    ("switch", "生态局24年一共几个项目 | 22年的呢", NONE("生态环境局只存了2024年")),

    # --- must be refused -------------------------------------------------------------
    ("unanswerable_period", "大气那个项目上半年花了多少", NONE("只有全年执行数，没有半年数")),
    ("unanswerable_period", "泵站维修 三季度末执行进度多少", NONE("没有季度进度")),
    ("unanswerable_period", "生态局23年整体执行率多少", NONE("生态环境局只存了2024年")),
    ("unanswerable_period", "核辐射那个 | 每个月支出分别多少", NONE("没有分月支出")),
    ("unanswerable_period", "水务局22年的预算总数", NONE("水务局只存了2023年")),
    ("unanswerable_future", "明年海洋那个项目预算能给多少", NONE("未来年度预算不在表里")),
    ("unanswerable_future", "二五年水务局能拿到多少钱", NONE("未来年度")),
    ("unanswerable_future", "党建那个执行率偏低 | 下个年度预计能执行到多少", NONE("没有预测")),
    ("unanswerable_future", "二六年生态局项目会不会增加", NONE("未来年度")),
    ("unanswerable_field", "泵站那个预算多少 | 工程施工单位是哪家", NONE("表里没有施工单位")),
    ("unanswerable_field", "水文站运维 每个站配了几个人", NONE("表里没有人员数")),
    ("unanswerable_field", "海洋项目租船具体花了多少钱", NONE("没有分项支出")),
    ("unanswerable_field", "大气项目负责人是谁 联系电话多少", NONE("表里没有负责人")),
    ("unanswerable_field", "科技合作那个 钱花在哪几个合同上 合同金额多少", NONE("没有合同明细")),
    ("unanswerable_field", "农村饮水那个里头 中央补助占了多少", NONE("资金来源只分财政拨款/结转/其他，没有中央地方")),
    ("unanswerable_future", "泵站那个还有两座没修 | 今年汛期前能修完吗", NONE("未来进度不在表里")),
    ("unanswerable_field", "党建那个搞了不少活动 | 一共多少人参加", NONE("表里没有参加人数")),
    ("unanswerable_scope", "交通委的项目执行率怎么样", NONE("交通委不在这个库")),
    ("unanswerable_scope", "北京市生态环境局24年的得分", NONE("北京不在库里")),
    ("unanswerable_scope", "区一级的水务局 比如浦东的自评表有吗", NONE("区级不在库里")),
    ("unanswerable_scope", "财政局自评里最高分的项目", NONE("财政局不在库里")),
    ("unanswerable_scope", "绿容局口袋公园那个预算多少", NONE("绿容局不在这个库")),
]
