"""Blind set 15: staff typing in a meeting chat, over the two-report store.

Store (as ``multi.py``): the sample (上海市生态环境局 2024, 18 projects) plus
evals/documents/water_bureau_2023.txt (某市水务局 2023, 4 projects).
Selectors: ``E(seq)`` / ``W(seq)`` from ``multi.py``; scopes ``ECO`` / ``WATER``.
Staff name the ecology bureau's projects by their real words (海洋 #4, 大气 #8,
核与辐射 #14, 党建 #10, 科技与国际合作 #9, 全市生态环境保障 #7, 队伍建设 #12,
执法和应急 #13, 土壤固废 #5, 环评/排污许可 #15, 综合规划 #17, 督察 #16, 监测/总量 #1,
the nameless #11 is 法规与标准) and the water bureau's by theirs (泵站 #1, 水文水质监测 #2,
农村饮水 #3, 节水宣传 #4). A question that names no department is about both.

Written blind: only DESIGN.md, the oracle, build/split, the question loader,
the record model, the two documents (and their stored records) and the helper
definitions of sample.py / multi.py were read; the assistant was neither read
nor run, and no other set's questions were looked at. The wording is my own.

What it stresses: chat-style typing (no question marks, filler, homophones such
as 执行绿 / 与算 / 扣份 / 海样 / 水纹 / 党见 / 嘉起来, pinyin, 24年/23年, spoken numbers
such as 一千万 / 百分之九十 / 七成 / 零点一分, context said before the ask); a third of
the conversations are multi-turn (follow-ups on the previous answer, a switch
of project, a correction); about a quarter sound answerable but are not (a
year, a department, a project, a period or the future the tables do not hold,
and things no 绩效自评表 prints: 人员经费, 中标单位, 负责人, 问卷份数, 申诉, 各区分配).
Two oracle ops were added for it: ``bl15_fund_row_share`` and ``bl15_ind_reason``.
"""

from evals.bank.source.multi import (COUNT, ECO, FILTER, GAP, IND, MEAN, OVERALL, POS, SHARE, SUM, TEXT, WATER, E,
                                     W)
from evals.bank.source.sample import NONE, RANK, F

PREFIX = "bl15"
DOCUMENT = "*"
WITH_STORE = True


def store_paths():
    return ["data/samples/000_714f557b0e494d5f.txt", "evals/documents/water_bureau_2023.txt"]


def LOST_ROWS(project, *words):
    spec = {"op": "lost_rows", "project": project}
    if words:
        spec["contains"] = list(words)
    return spec


def BOTH(*parts):
    return {"op": "fr3_both", "parts": list(parts)}


def TOPIC(*words, **kw):
    return {"op": "topic", "words": list(words), **kw}


def PER(metric, **kw):
    return {"op": "per", "by": "dept", "metric": metric, **kw}


QUESTIONS = [
    # --- one figure of one project ------------------------------------------------------------------------------
    ("figure", "生态局那个海洋项目 全年预算多少来着", F(E(4), "budget")),
    ("figure", "核辐射那个执行绿多少", F(E(14), "rate")),
    ("figure", "看下水务局的 | 泵站改造那个 年初与算报的多少", F(W(1), "initial")),
    ("figure", "看一下全市生态环境保障 | 光算财政拨款那一行的话 执行率是多少", F(E(7), "approp_rate")),
    ("figure", "海洋项目的钱 人员经费和公用经费各占多少",
     NONE("绩效自评表只有年度资金总额/财政拨款/结转/其他资金，没有经济分类")),
    ("figure", "泵站那个预算多少 | 25年的呢", NONE("水务局只有2023年的表，2025年是将来")),

    # --- lists under a condition --------------------------------------------------------------------------------
    ("listing", "下午要跟财务对生态局的执行进度 | 执行率没到百分之九十的都有哪些 列一下",
     FILTER(("rate", "<", 90), scope=ECO)),
    ("listing", "两个局加一块 yusuan超过一千万的项目有哪几个", FILTER(("budget", ">", 1000))),
    ("listing", "年初预算跟全年预算对不上的 就是中途调过的 两个局都查下", FILTER(("changed_budget",))),
    ("listing", "水务局这几个项目 | 哪个有上年结转资金", FILTER(("carry", ">", 1), scope=WATER)),
    ("listing", "生态局执行率在九十五到九十九之间的项目有哪些",
     FILTER(("rate", ">", 95), ("rate", "<", 99), scope=ECO)),
    ("listing", "生态局哪些项目走了政府采购 采购金额多少", NONE("自评表不记采购方式和采购金额")),

    # --- rankings ---------------------------------------------------------------------------------------------------
    ("ranking", "生态局执行率最低的三个 从低往高说", RANK("rate", "asc", 3, scope=ECO)),
    ("ranking", "水务局 | 四个项目按得分排一下 高的在前", RANK("score", "desc", 4, scope=WATER)),
    ("ranking", "核与辐射 执行率在生态局排老几", POS(E(14), "rate", "desc", scope=ECO)),
    ("ranking", "钱没花完最多的是哪个项目 两个局一起看", RANK("unexecuted", "desc")),
    ("ranking", "生态局预算最大的五个 | 这五个里执行率最低的是哪个",
     RANK("rate", "asc", 1, where=[("budget", ">", 700)], scope=ECO)),
    ("ranking", "生态局的执行率在全市各委办局里排第几", NONE("库里只有生态环境局和水务局，没有全市各委办局")),

    # --- totals and counts ------------------------------------------------------------------------------------------
    ("total", "领导要个数 生态局全年预算合计多少", SUM("budget", scope=ECO)),
    ("total", "生态局有几个项目中途调过预算 | 一共减了多少万", SUM("adjust", scope=ECO)),
    ("total", "预算过一千万的 两个局的 | 这几个嘉起来多少钱", SUM("budget", ("budget", ">", 1000))),
    ("total", "评了优的一共几个 俩局合计", COUNT(("grade", "优"))),
    ("total", "生态局23年项目总预算多少", NONE("生态环境局只有2024年的表")),

    # --- averages and overall rates ---------------------------------------------------------------------------------
    ("average", "生态局整体执行率多少", OVERALL(scope=ECO)),
    ("average", "水务局项目的平均得分", MEAN("score", scope=WATER)),
    ("average", "两个局所有项目的执行率 简单平均一下是多少", MEAN("rate")),
    ("average", "生态局整体执行率算出来了吧 | 水务局的呢", OVERALL(scope=WATER)),
    ("average", "生态局上半年整体执行率到多少了", NONE("自评表只有全年执行数，没有半年数")),

    # --- shares -----------------------------------------------------------------------------------------------------
    ("share", "科技国合预算多少 | 占全局总预算百分之几", SHARE(E(9), "budget", scope=ECO)),
    ("share", "泵站项目的预算里 财政拨款占几成", {"op": "bl13_fund_share", "project": W(1), "kind": "当年财政拨款"}),
    ("share", "生态局所有项目资金里 当年财政拨款占的比重多少",
     {"op": "bl15_fund_row_share", "kind": "当年财政拨款", "scope": ECO}),
    ("share", "海洋项目预算 占全市海洋保护总投入的多少", NONE("表里没有全市海洋保护总投入")),

    # --- indicators -------------------------------------------------------------------------------------------------
    ("indicator", "水纹监测那个 单站运维成本目标定的多少", IND("单站运维成本", "target")),
    ("indicator", "泵站维修数量 年度指标值多少 实际完成多少",
     BOTH(IND("泵站维修数量", "target"), IND("泵站维修数量", "actual"))),
    ("indicator", "农村饮水 受益人口实际是多少万人", IND("受益人口", "actual")),
    ("indicator", "核与辐射那个项目 | 绩效指标一共几条", {"op": "bl11_ind_count", "project": E(14)}),
    ("indicator", "生态局满意度指标总共几条", {"op": "bl11_ind_count", "level": "满意度", "scope": ECO}),
    ("indicator", "看下水务局 | 哪条指标扣分最多", {"op": "bl12_top_ind", "field": "lost", "order": "desc",
                                                     "scope": WATER}),
    ("indicator", "沿线居民满意度 问卷发了多少份 回收多少", NONE("自评表只有满意度指标值，没有问卷份数")),
    ("indicator", "生态局那些满意度是哪家第三方调查的", NONE("自评表不写满意度由谁调查")),

    # --- lost points and why ----------------------------------------------------------------------------------------
    ("lost", "泵站项目哪些指标扣份了 各扣几分", LOST_ROWS(W(1))),
    ("lost", "监测总量那个项目 为啥扣分 原因怎么写的", LOST_ROWS(E(1), "据实调整培训次数")),
    ("lost", "汛前完工率为什么没拿满分",
     {"op": "bl15_ind_reason", "name": "汛前完工率", "contains": ["降雨"]}),
    ("lost", "生态局指标扣分加起来一共扣了多少", SUM("ind_lost", scope=ECO)),
    ("lost", "资金执行这块 | 生态局扣分最多的是哪个项目", RANK("funds_lost", "desc", scope=ECO)),
    ("lost", "科技与国际合作得了几分 | 扣的那零点一分扣在哪 啥原因", LOST_ROWS(E(9), "超计划完成")),
    ("lost", "泵站扣的那几分 后来申诉加回来没", NONE("表里没有申诉或复核记录")),

    # --- goal and result texts --------------------------------------------------------------------------------------
    ("text", "水文水质监测那个项目 年度总体目标是啥", TEXT(W(2), "goal_text", "14个水文站", "40个水质断面")),
    ("text", "农村饮水 实际完成情况写的什么", TEXT(W(3), "result_text", "管网延伸", "2.1万人")),
    ("text", "科技国合 完成情况里说立项了多少个科研项目", TEXT(E(9), "result_text", "37项")),
    ("text", "生态局表里名字缺了的那个项目 | 它年度目标写的啥", TEXT(E(11), "goal_text", "法规与标准")),
    ("text", "海洋项目25年的绩效目标定了哪些", NONE("只有2024年的表，2025年的目标不在里面")),

    # --- topics -----------------------------------------------------------------------------------------------------
    ("topic", "做监测的项目有哪些 两个局都算", TOPIC("监测")),
    ("topic", "跟农村有关的项目 分别是哪几个", TOPIC("农村")),
    ("topic", "生态局排污相关的项目", TOPIC("排污", scope=ECO)),
    ("topic", "生态局有没有垃圾分类相关的项目 预算多少", NONE("生态环境局的18个项目里没有垃圾分类项目")),

    # --- data quality -----------------------------------------------------------------------------------------------
    ("quality", "哪些项目的评分等级表上没印 是后来按分数补的", {"op": "restored_field", "field": "grade"}),
    ("quality", "帮我查下数据有没有毛病 | 实际完成值正好等于目标值 却还被扣了分的 有哪些项目",
     {"op": "flagged", "kinds": ["operator_contradiction"]}),
    ("quality", "生态局哪个项目 总分得分原表里没印出来", {"op": "restored_field", "field": "total_score", "scope": ECO}),
    ("quality", "有几个项目的指标得分是用总分倒推出来的",
     {"op": "restored_field", "field": "indicator_score", "count": True}),

    # --- comparisons ------------------------------------------------------------------------------------------------
    ("compare", "海样和大气 哪个预算多 多多少", GAP(E(4), E(8), "budget")),
    ("compare", "泵站跟节水宣传 执行率差几个点", GAP(W(1), W(4), "rate")),
    ("compare", "生态局整体执行率多少 | 跟水务局比谁高", {"op": "bc3_groups", "groups": [ECO, WATER],
                                                          "metric": "overall"}),
    ("compare", "党见那个的预算 比生态局平均每个项目少多少",
     {"op": "bl13_vs_mean", "project": E(10), "metric": "budget", "direction": "below", "scope": ECO}),
    ("compare", "土壤固废实际支出多少 | 跟环评排污许可那个比 多了多少", GAP(E(5), E(15), "executed")),
    ("compare", "生态局24年整体执行率比23年提高了多少", NONE("生态环境局没有2023年的表")),

    # --- yes / no ---------------------------------------------------------------------------------------------------
    ("yesno", "泵站那个 评上优没有", F(W(1), "grade")),
    ("yesno", "综合规划执行率 | 过没过百分之九十五", F(E(17), "rate")),
    ("yesno", "生态局有没有执行率不到七成的项目", FILTER(("rate", "<", 70), scope=ECO)),
    ("yesno", "核与辐射的预算中途调过没", F(E(14), "initial", "budget")),
    ("yesno", "节水宣传那个项目 明年还继续搞吗", NONE("自评表不说以后是否延续")),

    # --- per department ---------------------------------------------------------------------------------------------
    ("per_dept", "两个局各有几个项目", PER("count")),
    ("per_dept", "每个局执行率最低的分别是哪个项目", PER("rate", order="asc")),
    ("per_dept", "分局看一下 全年预算各是多少", PER("sum:budget")),
    ("per_dept", "两个局各有几个项目 | 那平均下来每个项目预算哪个局多",
     {"op": "fc3_best_group", "by": "dept", "metric": "mean:budget", "order": "desc", "contains": ["水务局"]}),
    ("per_dept", "绿化市容局24年有几个项目", NONE("库里没有绿化市容局")),
    ("per_dept", "交通委的整体执行率多少", NONE("库里没有交通委")),

    # --- follow-ups on the previous answer --------------------------------------------------------------------------
    ("followup", "水务局有几个项目 | 执行率最低的那个 | 它预算多少", F(W(4), "budget")),
    ("followup", "生态局执行率最低的三个列一下 | 第二个的预算呢",
     {"op": "bl11_nth_show", "metric": "rate", "order": "asc", "k": 2, "show": "budget", "scope": ECO}),
    ("followup", "泵站项目得了几分 | 离优还差几分",
     {"op": "bl12_grade_line", "project": W(1), "grade": "优", "direction": "below"}),
    ("followup", "队伍建设那个年初多少全年多少 | 砍了百分之多少",
     {"op": "bl13_change_pct", "project": E(12), "direction": "down"}),
    ("followup", "两个局得分最高的是哪个 | 它是哪个单位实施的", F(W(3), "implementer")),
    ("followup", "海洋的执行率 | 不对 我要的是执行数", F(E(4), "executed")),
    ("followup", "泵站那个执行率多少 | 算了 换成节水宣传", F(W(4), "rate")),
    ("followup", "生态局执行率最低的是哪个 | 它去年执行率多少", NONE("生态环境局只有2024年的表")),
    ("followup", "水务局泵站项目 | 22年的得分呢", NONE("水务局只有2023年的表")),

    # --- what the tables do not hold --------------------------------------------------------------------------------
    ("outside", "水务局23年整体执行率 | 24年的呢", NONE("水务局只有2023年的表")),
    ("outside", "生态局各项目负责人是谁", NONE("自评表不写项目负责人")),
    ("outside", "泵站改造的中标单位是哪家 合同签了多少钱", NONE("自评表没有中标单位和合同金额")),
    ("outside", "生态局12月份当月支出了多少", NONE("自评表只有全年执行数，没有月度数")),
    ("outside", "水务局污水处理厂提标改造那个项目 执行率多少", NONE("水务局的4个项目里没有污水处理厂提标改造")),
    ("outside", "水生态那个项目 各区分了多少钱", NONE("自评表不分区")),
    ("outside", "生态局 | 哪个项目被审计查出问题了", NONE("自评表不记审计发现")),
]
