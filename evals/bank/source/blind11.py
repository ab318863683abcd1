"""Blind set 11 over the multi store: the sample (上海市生态环境局 2024, 18 projects) + water_bureau_2023.txt
(某市水务局 2023, 4 projects).

Written without reading or running the assistant (nor its tests, prompts or docs) and without seeing any other
set's questions: only DESIGN.md, oracle.py, build.py, the record model, the two documents and the helpers at the top
of sample.py / multi.py. Expectations are computed by oracle.py from the stored records.

Selectors: E(seq) = 生态环境局 2024 #seq, W(seq) = 水务局 2023 #seq. A question naming no department is about the
whole store (两个局). Staff phrasing: no question marks, homophones, spoken numbers, follow-ups joined by " | ".
"""

from evals.bank.source.multi import (
    COUNT, ECO, FILTER, GAP, IND, MEAN, OVERALL, POS, SHARE, SUM, TEXT, WATER, E, W, store_paths,  # noqa: F401
)
from evals.bank.source.sample import NONE, RANK, F

PREFIX = "bl11"
DOCUMENT = "*"
WITH_STORE = True


def NTH_SHOW(metric, order, k, show, **kw):
    return {"op": "bl11_nth_show", "metric": metric, "order": order, "k": k, "show": show, **kw}


def IND_COUNT(**kw):
    return {"op": "bl11_ind_count", **kw}


def TOP(metric, order, n, of, **kw):
    return {"op": "bl9_top_sum", "metric": metric, "order": order, "n": n, "of": of, **kw}


def LOST(project, *words):
    return {"op": "lost_rows", "project": project, "contains": list(words)}


QUESTIONS = [
    # --- figure -----------------------------------------------------------------------------------------------
    ("figure", "九百四十七万五那个项目 执行率多少来着", F(E(18), "rate")),
    ("figure", "帮我看下水务局搞管网延伸的那个项目 得了几分 啥等级", F(W(3), "score", "grade")),
    ("figure", "环评跟排污许可那块 财政拨款实际执行了多少", F(E(15), "approp_executed")),

    # --- typo -------------------------------------------------------------------------------------------------
    ("typo", "生太局大汽那个项目执形率", F(E(8), "rate")),
    ("typo", "shuiwu局节水宣船全年预算", F(W(4), "budget")),
    ("typo", "核幅射安全管里那个总分几分", F(E(14), "score")),

    # --- spoken numbers ---------------------------------------------------------------------------------------
    ("spoken_number", "生态局执行率不到九成五的都有哪些", FILTER(["rate", "<", 95], scope=ECO)),
    ("spoken_number", "两个局预算两百万以下的项目", FILTER(["budget", "<", 200])),
    ("spoken_number", "生态局得分九十九点五往上的 一共几个", COUNT(["score", ">", 99.5], scope=ECO)),

    # --- exclusion --------------------------------------------------------------------------------------------
    ("exclusion", "水务局四个项目各执行了多少 | 不算农村饮水那个 剩下的加起来多少",
     SUM("executed", exclude=[W(3)], scope=WATER)),
    ("exclusion", "生态局不算全市生态环境保障那个 执行率的平均值是多少", MEAN("rate", exclude=[E(7)], scope=ECO)),

    # --- compound ---------------------------------------------------------------------------------------------
    ("compound", "两个局里评了优但是有指标扣了分的项目", FILTER(["grade", "优"], ["lost_indicator"])),
    ("compound", "水务局年初跟全年预算不一样 执行率还不到九成的 是哪几个",
     FILTER(["changed_budget"], ["rate", "<", 90], scope=WATER)),
    ("compound", "生态局中途调过预算的项目有哪些 各调减了多少", FILTER(["changed_budget"], scope=ECO, show="adjust")),

    # --- range ------------------------------------------------------------------------------------------------
    ("range", "执行率八成到九成五之间的项目 两个局都算上", FILTER(["rate", ">", 80], ["rate", "<", 95])),
    ("range", "预算一千以上的项目有哪些 不分局", FILTER(["budget", ">", 1000])),

    # --- share ------------------------------------------------------------------------------------------------
    ("share", "农村饮水那个执行了多少 | 在水务局执行总额里占多少比例", SHARE(W(3), "executed", scope=WATER)),
    ("share", "有扣分指标的那些项目 预算加起来占两个局总预算几成",
     {"op": "bl9_subset_share", "metric": "budget", "part": [["lost_indicator"]]}),

    # --- average ----------------------------------------------------------------------------------------------
    ("average", "水务局平均得分多少 四个项目的", MEAN("score", scope=WATER)),
    ("average", "生态局哪些项目有指标扣分 | 这几个平均得了多少分", MEAN("score", ["lost_indicator"], scope=ECO)),

    # --- rank position ----------------------------------------------------------------------------------------
    ("rank_position", "泵站改造那个执行率 两个局所有项目从低往高排 它排第几", POS(W(1), "rate", "asc")),
    ("rank_position", "综合规划那个项目得分多少 | 在生态局里从高往低排第几名", POS(E(17), "score", "desc", scope=ECO)),

    # --- ranking ----------------------------------------------------------------------------------------------
    ("ranking", "两个局预算最大的前三个项目", RANK("budget", "desc", 3)),
    ("ranking", "生态局执行率低于九成的有哪些 | 其中最低的三个",
     RANK("rate", "asc", 3, where=[["rate", "<", 90]], scope=ECO)),

    # --- count ------------------------------------------------------------------------------------------------
    ("count", "两个局评了优的项目 | 一共几个", COUNT(["grade", "优"])),
    ("count", "水务局指标一分没扣的项目有几个", COUNT(["no_lost_indicator"], scope=WATER)),

    # --- sum --------------------------------------------------------------------------------------------------
    ("sum", "两个局没花出去的钱加一块多少 就是预算减执行", SUM("unexecuted")),
    ("sum", "水务局每个项目年初预算列一下 | 合计呢", SUM("initial", scope=WATER)),

    # --- overall rate -----------------------------------------------------------------------------------------
    ("overall_rate", "水务局23年总体支出进度多少", OVERALL(scope=WATER)),
    ("overall_rate", "那个啥 两个局合一起的整体执行率", OVERALL()),

    # --- indicators -------------------------------------------------------------------------------------------
    ("indicator", "泵站维修数量 目标几座 实际修了几座",
     {"op": "fr3_both", "parts": [IND("泵站维修数量", "target"), IND("泵站维修数量", "actual")]}),
    ("indicator", "排涝泵站那个项目的指标看下 | 讯前完工率实际是多少", IND("汛前完工率", "actual")),
    ("indicator", "单站运维成本那条 目标值定的多少万", IND("单站运维成本", "target")),
    ("indicator", "PM2.5那个指标分值几分", IND("PM2.5", "weight")),
    ("indicator", "维修工程验收合格率那条扣了几分", IND("维修工程验收", "lost")),

    # --- indicator counts -------------------------------------------------------------------------------------
    ("indicator_count", "生态局哪个项目指标条数最多", RANK("n_indicators", "desc", scope=ECO)),
    ("indicator_count", "综合规划那个项目时效指标有几条", IND_COUNT(project=E(17), level="时效")),
    ("indicator_count", "麻烦查下 水务局一共有几条成本指标", IND_COUNT(scope=WATER, level="成本")),

    # --- lost points ------------------------------------------------------------------------------------------
    ("lost_points", "排涝泵站那个项目扣分的指标和原因", LOST(W(1), "汛期提前")),
    ("lost_points", "国际合作那个项目得分多少 | 扣的那零点一分是啥原因", LOST(E(9), "超计划完成")),
    ("lost_points", "水务局总分扣得最多的是哪个项目", RANK("lost", "desc", scope=WATER)),

    # --- texts ------------------------------------------------------------------------------------------------
    ("text", "节约用水宣传这个项目是做什么的", TEXT(W(4), "goal_text", "节水宣传周")),
    ("text", "环保督察那个项目预算多少 | 它年度目标写了些啥", TEXT(E(16), "goal_text", "警示片")),

    # --- topic ------------------------------------------------------------------------------------------------
    ("topic", "跟辐射有关的项目", {"op": "topic", "words": ["辐射"]}),

    # --- data quality -----------------------------------------------------------------------------------------
    ("data_quality", "哪些项目评分等级原表没写 是后来补出来的 | 其中水务局的是哪个",
     {"op": "restored_field", "field": "grade", "scope": WATER}),
    ("data_quality", "总分原文缺了按规则算出来的是哪个项目", {"op": "restored_field", "field": "total_score"}),
    ("data_quality", "校验标出来目标值符号可能填错的 都是哪些项目",
     {"op": "flagged", "kinds": ["operator_contradiction"]}),

    # --- follow-ups -------------------------------------------------------------------------------------------
    ("follow_up", "生态局执行率最低的三个项目 | 第一个预算多少 | 那第二个呢", NTH_SHOW("rate", "asc", 2, "budget", scope=ECO)),
    ("follow_up", "水务局预算最高的两个 | 它俩执行数一共多少", TOP("budget", "desc", 2, "sum:executed", scope=WATER)),
    ("follow_up", "生态局有扣分指标的项目 | 去掉监测那个 剩下几个预算合计",
     SUM("budget", ["lost_indicator"], exclude=[E(1)], scope=ECO)),
    ("follow_up", "两个局执行率低于七成的项目 | 各自预算多少 | 把它们合起来算整体执行率", OVERALL(["rate", "<", 70])),
    ("follow_up", "生态局预算前五的项目 | 这里面执行率最低的是哪个",
     RANK("rate", "asc", where=[["budget", ">", 700]], scope=ECO)),
    ("follow_up", "水务局各项目得分 | 平均多少 | 不算泵站那个呢", MEAN("score", exclude=[W(1)], scope=WATER)),
    ("follow_up", "生态局执行率倒数第一是哪个 | 它的其他资金是多少", F(E(7), "other")),
    ("follow_up", "生态局总分最低的项目 | 它为啥扣分", LOST(E(1), "节点调整")),
    ("follow_up", "两个局预算最小的三个 | 里面执行率最高的那个", RANK("rate", "desc", where=[["budget", "<", 100]])),

    # --- comparison -------------------------------------------------------------------------------------------
    ("comparison", "科技与国际合作和农村饮水两个 谁预算多 多多少", GAP(E(9), W(3), "budget")),
    ("comparison", "生态局和水务局哪个整体执行率高", {"op": "bc3_groups", "metric": "overall", "groups": [ECO, WATER]}),
    ("comparison", "执法和应机那个预算调减了多少 | 跟队伍建设那个比呢 谁减得多", GAP(E(13), E(12), "adjust")),

    # --- yes / no ---------------------------------------------------------------------------------------------
    ("yes_no", "水务局是不是每个项目都评的优", FILTER(["grade", "良"], scope=WATER, contains=["良"])),
    ("yes_no", "生态局项目的钱都是财政拨款吗 | 有没有用到其他资金的", FILTER(["other", ">", 1], scope=ECO)),
    ("yes_no", "农村饮水那个钱是不是全花完了", F(W(3), "rate")),

    # --- combination ------------------------------------------------------------------------------------------
    ("combination", "生态局预算最高的三个项目 得分平均下来多少", TOP("budget", "desc", 3, "mean:score", scope=ECO)),

    # --- per group / implementer ------------------------------------------------------------------------------
    ("per_group", "每个局执行率最低的项目各是哪个", {"op": "per_group", "metric": "rate", "order": "asc"}),
    ("implementer", "排水管理处实施的是哪个项目 | 它全年预算多少", F(W(1), "budget")),

    # --- switch -----------------------------------------------------------------------------------------------
    ("switch", "生态局预算合计 | 水务局呢", SUM("budget", scope=WATER)),
    ("switch", "生态局执行率最高的项目 | 换水务局看看", RANK("rate", "desc", scope=WATER)),
    ("switch", "海洋那个年初预算 | 换成党建那个", F(E(10), "initial")),
    ("switch", "水务局23年得分最低的 | 24年的呢", NONE("水务局只存了 2023 年")),
    ("switch", "生态局一共几个项目 | 交通委的呢", NONE("库里没有交通委")),
    ("switch", "生态局整体执行率多少 | 那财政局呢", NONE("库里没有财政局")),

    # --- unanswerable: period ---------------------------------------------------------------------------------
    ("unanswerable_period", "生态局上半年执行率多少", NONE("表里只有全年数，没有半年")),
    ("unanswerable_period", "泵站那个项目执行率 | 全年执行了多少 | 三季度呢", NONE("没有分季度的执行数")),
    ("unanswerable_period", "水务局一月份支出进度怎么样", NONE("没有月度数据")),
    ("unanswerable_period", "海洋项目前三个月执行了多少", NONE("没有分月执行数")),
    ("unanswerable_period", "生态局执行率最低的三个 | 它们年中那会儿的执行进度呢", NONE("没有年中进度")),
    ("unanswerable_period", "节水宣传那个十二月单月执行了多少", NONE("没有单月执行数")),

    # --- unanswerable: future ---------------------------------------------------------------------------------
    ("unanswerable_future", "领导问生态局明年预算大概安排多少", NONE("没有下一年的预算")),
    ("unanswerable_future", "没修完的两座泵站明年啥时候能完工", NONE("只说列入下年度计划，没有完工时间")),
    ("unanswerable_future", "农村饮水那个 下个年度的绩效目标定了没", NONE("没有下一年度的目标")),
    ("unanswerable_future", "25年大气那个项目预计能拿多少钱", NONE("没有 2025 年的数据")),
    ("unanswerable_future", "水文站网运维的单站成本 | 明年打算控制在多少", NONE("没有明年的目标")),

    # --- unanswerable: field ----------------------------------------------------------------------------------
    ("unanswerable_field", "泵站维修改造工程中标单位是哪家", NONE("表里没有中标单位")),
    ("unanswerable_field", "节水宣传活动一共多少人参加", NONE("只有场次和满意度，没有参与人数")),
    ("unanswerable_field", "执法和应急那个项目人员编制几个人", NONE("表里没有编制")),
    ("unanswerable_field", "科技与国际合作那个采购方式是啥 公开招标吗", NONE("表里没有采购方式")),
    ("unanswerable_field", "水文站网运维的合同金额多少", NONE("表里没有合同金额")),
    ("unanswerable_field", "dangjian那个项目的负责人是谁", NONE("表里没有项目负责人")),

    # --- unanswerable: scope ----------------------------------------------------------------------------------
    ("unanswerable_scope", "交通委24年项目整体执行率", NONE("库里没有交通委")),
    ("unanswerable_scope", "生态局23年预算合计多少", NONE("生态局只存了 2024 年")),
    ("unanswerable_scope", "水务局22年得分最低的项目", NONE("水务局只存了 2023 年")),
    ("unanswerable_scope", "北京市生态环境局海洋项目预算", NONE("库里没有北京")),
    ("unanswerable_scope", "规资局有几个项目评了良", NONE("库里没有规资局")),
]
