"""Seventh blind bank set over the two-report store: standalone, never split into dev/held-out.

Store: the sample (上海市生态环境局 2024, 18 projects) plus evals/documents/water_bureau_2023.txt
(某市水务局 2023, 4 projects), as multi.py. Written without reading or running the assistant, its tests,
prompts or the other sets' questions. Meeting-chat style: terse, spoken numbers, homophones and pinyin,
two-digit years, rambling context, follow-ups ("|" between turns, the last turn graded), no question marks.
Selectors E(seq) / W(seq) as in multi.py and blind3.py. No new oracle op.
"""

from evals.bank.source import multi
from evals.bank.source.multi import (COUNT, E, ECO, FILTER, GAP, IND, MEAN, OVERALL, POS, SHARE, SUM, TEXT, W,
                                     WATER)
from evals.bank.source.sample import NONE, NTH, RANK, F

PREFIX = "bl7"
DOCUMENT = "*"
WITH_STORE = True
store_paths = multi.store_paths


def LOST(project):
    return {"op": "lost_rows", "project": project}


def TOPIC(*words):
    return {"op": "topic", "words": list(words)}


QUESTIONS = [
    # --- figures of a named project ---
    ("figure", "海洋那个项目全年预算多少来着", F(E(4), "budget")),
    ("figure", "开会要用 负责泵站维修改造的那个项目实际花了多少", F(W(1), "executed")),
    ("figure", "党建群建的年初预算跟全年预算分别报一下", F(E(10), "initial", "budget")),
    ("figure", "得分和等级 节水宣传那个", F(W(4), "score", "grade")),
    # --- typos, pinyin ---
    ("typo", "海羊生太那个执发率", F(E(4), "rate")),
    ("typo", "和与辐射安全管里 得分多少", F(E(14), "score")),
    ("typo", "dangjian那个执行了多少万", F(E(10), "executed")),
    # --- spoken numbers ---
    ("spoken_number", "生态局预算超过一千万的是哪几个", FILTER(["budget", ">", 1000], scope=ECO)),
    ("spoken_number", "两个局都算 执行率不到九成的项目", FILTER(["rate", "<", 90])),
    ("spoken_number", "只看生态局 得分九十九点九以上的有几个", COUNT(["score", ">", 99.9], scope=ECO)),
    # --- exclusions ---
    ("exclusion", "生态局预算最高的是哪个|除了科技合作那个呢", RANK("budget", "desc", scope=ECO, exclude=[E(9)])),
    ("exclusion", "生态局除开党建 总预算多少", SUM("budget", scope=ECO, exclude=[E(10)])),
    ("exclusion", "水务局那几个里头去掉农村饮水 平均得分", MEAN("score", scope=WATER, exclude=[W(3)])),
    # --- two conditions ---
    ("compound", "预算过五百万 执行率又低于百分之九十五的有哪些", FILTER(["budget", ">", 500], ["rate", "<", 95])),
    ("compound", "生态局里得分九十九以上但是有指标扣了分的", FILTER(["score", ">", 99], ["lost_indicator"], scope=ECO)),
    ("compound", "年初预算后来调过 而且执行率不到九成的项目", FILTER(["changed_budget"], ["rate", "<", 90])),
    # --- ranges ---
    ("range", "执行率在百分之八十到九十五之间的项目列一下", FILTER(["rate", ">", 80], ["rate", "<", 95])),
    ("range", "得分介于九十六和九十九之间的 一共几个", COUNT(["score", ">", 96], ["score", "<", 99])),
    ("range", "生态局预算三四百万那个区间的", FILTER(["budget", ">", 300], ["budget", "<", 400], scope=ECO)),
    # --- above / below average ---
    ("average", "生态局预算高于平均数的项目有哪些", FILTER(["above_mean", "budget"], scope=ECO)),
    ("average", "两个局放一起 执行率比平均水平低的", FILTER(["below_mean", "rate"])),
    ("average", "水务局一共几个项目|平均下来每个预算多少", MEAN("budget", scope=WATER)),
    # --- share of a total ---
    ("share", "科技与国际合作占生态局总预算的百分之几", SHARE(E(9), "budget", scope=ECO)),
    ("share", "农村饮水那个在水务局预算里占多大比重", SHARE(W(3), "budget", scope=WATER)),
    # --- rank position ---
    ("rank_position", "土壤固废那个预算多少|在生态局排老几", POS(E(5), "budget", "desc", scope=ECO)),
    ("rank_position", "执法和应急的执行率 生态局里从高到低排第几名", POS(E(13), "rate", "desc", scope=ECO)),
    # --- rankings ---
    ("ranking", "两个局合在一起 预算最大的三个", RANK("budget", "desc", 3)),
    ("ranking", "生态局得分倒数两个是谁", RANK("score", "asc", 2, scope=ECO)),
    ("ranking", "执行率第二高的是哪个项目", NTH("rate", "desc", 2)),
    # --- counts vs sums ---
    ("count", "一共有多少个项目评了优", COUNT(["grade", "优"])),
    ("count", "指标有扣分的项目几个 两边都算上", COUNT(["lost_indicator"])),
    ("sum", "生态局所有项目执行数加起来是多少", SUM("executed", scope=ECO)),
    ("sum", "执行率低于九成的那些项目 预算总共多少钱", SUM("budget", ["rate", "<", 90])),
    # --- overall rate ---
    ("overall_rate", "生态局整体执行率 就是总执行除以总预算那个", OVERALL(scope=ECO)),
    ("overall_rate", "水务局整体支出进度多少|不算泵站那个呢", OVERALL(scope=WATER, exclude=[W(1)])),
    # --- indicators by name ---
    ("indicator", "合同法律审查完成率这个指标得了几分", IND("合同法律审查完成率", "score")),
    ("indicator", "汛前完工率 年度目标值定的多少", IND("汛前完工率", "target")),
    ("indicator", "系统漏洞扫描和渗透测试那条指标扣了几分 哪个项目的", IND("系统漏洞扫描", "lost")),
    # --- indicator counts ---
    ("indicator_count", "党建群建那个项目|一共几个绩效指标", F(E(10), "n_indicators")),
    ("indicator_count", "哪个项目的指标最多", RANK("n_indicators", "desc")),
    # --- lost points ---
    ("lost_points", "监测总量控制那个 哪些指标扣分了各扣几分", LOST(E(1))),
    ("lost_points", "排涝泵站项目扣分的指标和扣的分数", LOST(W(1))),
    ("lost_points", "丢分最多的项目是哪个|扣了多少分", RANK("lost", "desc")),
    # --- goal / result texts ---
    ("text", "督察那个项目年度目标是啥 好像提到中央督察办", TEXT(E(16), "goal_text", "中央督察办")),
    ("text", "泵站那个实际完成情况怎么写的 完成了几座", TEXT(W(1), "result_text", "10座")),
    # --- topics with filler ---
    ("topic", "那个啥 跟辐射有关的项目帮我找下", TOPIC("辐射")),
    ("topic", "嗯 海洋方面的项目有哪些", TOPIC("海洋")),
    # --- data quality ---
    ("data_quality", "哪些项目的评分等级是按总分补出来的 原表没写", {"op": "restored_field", "field": "grade"}),
    ("data_quality", "校验发现目标值符号前后矛盾的项目有哪些", {"op": "flagged", "kinds": ["operator_contradiction"]}),
    ("data_quality", "总分是算出来补上的项目有几个", {"op": "restored_field", "field": "total_score", "count": True}),
    # --- follow-ups ---
    ("follow_up", "生态局执行率最低的三个|第二个呢", NTH("rate", "asc", 2, scope=ECO)),
    ("follow_up", "海洋的预算|那执行数呢|执行率", F(E(4), "rate")),
    ("follow_up", "水务局得分最高的|去掉它以后呢", RANK("score", "desc", scope=WATER, exclude=[W(3)])),
    ("follow_up", "预算超过一千万的有哪些|它们一共多少钱", SUM("budget", ["budget", ">", 1000])),
    ("follow_up", "生态局扣了指标分的项目|其中预算最高的那个", RANK("budget", "desc", where=[["lost_indicator"]], scope=ECO)),
    ("follow_up", "党建那个项目|预算多少|执行率呢", F(E(10), "rate")),
    # --- department short names, 实施单位 ---
    ("department_short", "环境局的项目一共几个", COUNT(scope=ECO)),
    ("department_short", "水务那边预算最高的是啥项目", RANK("budget", "desc", scope=WATER)),
    ("implementer", "排水管理处负责的那个项目执行率多少", FILTER(["implementer", "排水管理处"], show="rate")),
    ("implementer", "农村供水服务中心实施的项目得了几分", F(W(3), "score")),
    # --- per group ---
    ("per_group", "每个局得分最低的项目各是哪个", {"op": "per_group", "metric": "score", "order": "asc"}),
    ("per_group", "两个局各自的整体执行率", {"op": "per_group", "metric": None}),
    # --- comparisons, yes/no ---
    ("comparison", "大气和水生态谁的预算多 差多少", GAP(E(8), E(6), "budget")),
    ("comparison", "农村饮水比泵站改造多花了多少钱", GAP(W(3), W(1), "executed")),
    ("yes_no", "有没有执行率百分之百的项目", FILTER(["rate", ">", 99.99])),
    ("yes_no", "有没有评良的项目 两个局都看看", FILTER(["grade", "良"])),
    # --- switches ---
    ("switch", "生态局执行率最低的|换成水务局", RANK("rate", "asc", scope=WATER)),
    ("switch", "水务局扣了指标分的项目有几个|生态局的呢", COUNT(["lost_indicator"], scope=ECO)),
    ("switch", "水务局23年总预算|那24年的", NONE("水务局只存了2023年")),
    ("switch", "生态局24年得分最低的|23年的呢", NONE("生态局只存了2024年")),
    # --- unanswerable: periods ---
    ("unanswerable_period", "生态局一季度执行率多少", NONE("表里只有全年数")),
    ("unanswerable_period", "海洋那个执行数|上半年花了多少钱", NONE("表里只有全年执行数")),
    ("unanswerable_period", "水务局22年的预算报一下", NONE("水务局只存了2023年")),
    ("unanswerable_period", "生态局十二月份单月支出多少", NONE("没有月度数")),
    ("unanswerable_period", "泵站项目去年同期执行数", NONE("水务局2022年未存")),
    ("unanswerable_period", "党建这个项目近三年执行率怎么变的", NONE("只有一年")),
    # --- unanswerable: future ---
    ("unanswerable_future", "生态局24年总预算|明年能批多少", NONE("未来")),
    ("unanswerable_future", "25年海洋项目的目标定了没", NONE("2025未存")),
    ("unanswerable_future", "水务局明年要上哪些新项目", NONE("未来")),
    ("unanswerable_future", "26年生态局的预算安排出来了吗", NONE("未来")),
    # --- unanswerable: fields the table lacks ---
    ("unanswerable_field", "党建项目得分多少|负责人是谁 电话多少", NONE("表中无联系人")),
    ("unanswerable_field", "海洋项目合同签给哪家公司了", NONE("表中无合同")),
    ("unanswerable_field", "泵站改造用的什么招标方式", NONE("表中无招标")),
    ("unanswerable_field", "生态局项目里人员经费占多少", NONE("表中无经济分类")),
    ("unanswerable_field", "核辐射那个项目审计意见是啥", NONE("表中无审计")),
    ("unanswerable_field", "科技合作那个项目哪天开工的", NONE("表中无开工日期")),
    ("unanswerable_field", "大气项目政府采购金额多少", NONE("表中无采购")),
    # --- unanswerable: scope ---
    ("unanswerable_scope", "财政局的项目执行率怎么样", NONE("财政局未存")),
    ("unanswerable_scope", "北京市生态环境局24年得分", NONE("北京未存")),
    ("unanswerable_scope", "交通委项目有几个", NONE("交通委不在这个库")),
    ("unanswerable_scope", "绿容局口袋公园的预算", NONE("绿容局不在这个库")),
    ("unanswerable_scope", "浦东新区生态局的项目列一下", NONE("区级未存")),
    ("unanswerable_scope", "教育局今年自评得分最低的", NONE("教育局未存")),
]
