"""Third fresh blind set over the two-report store: standalone, never split into dev/held-out.

Store: the sample (上海市生态环境局 2024, 18 projects) plus
evals/documents/water_bureau_2023.txt (某市水务局 2023, 4 projects), as in
multi.py and fresh.py. Written blind (without reading or running the assistant,
its tests or the eval sets), stressing what earlier sets under-covered:
long rambling questions with the ask at the end (我们下午要开会，领导想知道…),
two asks in one question (预算多少、执行率多少; 哪个最低、扣了多少), three-turn
conversations ("|" between turns, only the last graded) with pronouns,
ellipsis and switches, typos (homophones, a wrong or dropped character,
pinyin/English abbreviations: zxl, yusuan, PM2.5), numbers in spoken forms
(两千五百万, 1.5个亿, 百分之八十五, 九成五, 五十万), negations (不是优的,
一分没扣的, 没到百分之百的, 没变过的), indicators asked by their own names, and
goal/result texts (主要干啥的, 完成得怎么样).

Readings: 预算 = 全年预算数 of 年度资金总额, 得分 = 总分, 执行率 = the printed
rate, 整体/总体执行率 = Σ执行/Σ预算, 没花掉 = 预算 − 执行数, 调成/调到 = 全年预算数.
"不是优" is written as 总分 < 90 (the grade rule), "没到百分之百" as rate < 99.99
(the oracle refuses a value sitting on a threshold), "没变过" as 年初 − 全年 < 1.

Selectors: E(seq) / W(seq) pick inside one report (the sample's names are
partly garbled: 监测/排污权 #1, 气候变化 #2, 自然生态/农业农村 #3, 海洋 #4,
土壤固废 #5, 水生态 #6, 全市生态环境保障 #7, 大气 #8, 科技与国际合作 #9,
党建 #10, 法规与标准 #11 (name missing), 队伍建设 #12, 执法和应急 #13,
核与辐射 #14, 环评/排污许可 #15, 督察 #16 (stored as 上海市环保全费),
综合规划 #17, 宣传教育/后勤 #18; 水务局: 泵站 #1, 水文站网 #2, 农村饮水 #3,
节水宣传 #4).

New op (appended to oracle.py): ``fr3_both``, several asks in one question:
each part is a spec of its own; figures are concatenated, projects united.

About 29% (25 of 86) cannot be answered from the annual tables (found=false): a period
the table lacks (季度, 月份), a future or absent year, a field the template
lacks (人员编制, 采购方式, 中标单位, 合同金额, 联系电话, 填报人), a department
not in the store, an opinion or prediction, and near-misses that twist one
detail (中央资金, 专项债, 市级/区级, 按区拆分, 工会经费, 第三方评分, a project
that sounds real but does not exist).
"""

from evals.bank.source.multi import COUNT, E, ECO, FILTER, GAP, IN, IND, MEAN, OVERALL, POS, SMP, SUM, TEXT, W, WAT, WATER
from evals.bank.source import multi
from evals.bank.source.sample import NONE, RANK, F

PREFIX = "fr3"
DOCUMENT = "*"
WITH_STORE = True
store_paths = multi.store_paths  # the sample + the water bureau, as multi.py


def BOTH(*parts, **kw):
    return {"op": "fr3_both", "parts": list(parts), **kw}


QUESTIONS = [
    # --- long, rambling: context first, the ask at the end --------------------------
    ("long_context", "我们下午两点要开预算执行分析会，处长让我先摸个底，就是生态环境局那个科技与国际合作交流的项目，全年预算到底是多少",
     IN(SMP, F(E(9), "budget"))),
    ("long_context", "明天局务会要通报执行进度，我在整理材料，麻烦帮忙看一下环境局这十几个项目里头，执行率最差的是哪一个",
     IN(SMP, RANK("rate", "asc", 1, scope=ECO))),
    ("long_context", "财政局那边刚来电话说要核对水务局排涝泵站那个工程，年初报上去是一千五百万，后来调成多少了",
     IN(WAT, F(W(1), "budget"))),
    ("long_context", "领导在会上随口问了句，两个局加起来到底有多少个项目评了优，我一下子数不过来，帮我数数",
     COUNT(["grade", "优"])),
    ("long_context", "我在写年度绩效分析报告的综述部分，要一个总的数：生态局全部项目合在一起的整体执行率，就是总执行数除以总预算那种口径",
     IN(SMP, OVERALL(scope=ECO))),
    ("long_context", "上周审计的同志提了个问题，说有些项目年初预算和全年预算对不上，要我们解释，你先把生态局里面全年预算跟年初不一样的项目列出来",
     IN(SMP, FILTER(["changed_budget"], scope=ECO))),
    ("long_context", "这个周五要给分管领导报个简要情况，别的都有了，就差一个：水务局那边执行数最多的是哪个项目，花了多少",
     IN(WAT, RANK("executed", "desc", 1, scope=WATER))),
    # --- two asks in one question ---------------------------------------------------
    ("two_asks", "督察那个项目预算多少、执行率多少", IN(SMP, F(E(16), "budget", "rate"))),
    ("two_asks", "节约用水宣传这个项目执行了多少钱，最后得了几分", IN(WAT, F(W(4), "executed", "score"))),
    ("two_asks", "水务局四个项目总预算多少，整体执行率又是多少",
     IN(WAT, BOTH(SUM("budget", scope=WATER), OVERALL(scope=WATER)))),
    ("two_asks", "生态局总分最低的是哪个项目，一共扣了多少分",
     IN(SMP, BOTH(RANK("score", "asc", 1, scope=ECO), F(E(1), "lost")))),
    ("two_asks", "两个局里执行率最高的和最低的分别是哪个",
     BOTH(RANK("rate", "desc", 1), RANK("rate", "asc", 1))),
    ("two_asks", "队伍建设那个项目年初预算多少，后来调到了多少", IN(SMP, F(E(12), "initial", "budget"))),
    ("two_asks", "单站运维成本这个指标目标定的多少，实际做到多少",
     IN(WAT, BOTH(IND("单站运维成本", "target"), IND("单站运维成本", "actual")))),
    # --- three-turn conversations (only the last turn is graded) --------------------
    ("multi_turn", "生态局预算最多的三个项目|第三个是哪个|它执行率多少", IN(SMP, F(E(15), "rate"))),
    ("multi_turn", "水务局都有哪些项目|里面得分最低的是哪个|那它扣分的原因呢",
     IN(WAT, {"op": "lost_rows", "project": W(1), "contains": ["汛期提前"]})),
    ("multi_turn", "党建那个项目预算多少|执行率呢|那执法和应急呢", IN(SMP, F(E(13), "rate"))),
    ("multi_turn", "海洋项目得了多少分|督察那个呢|两个差几分", IN(SMP, GAP(E(4), E(16), "score"))),
    ("multi_turn", "两个局执行率低于九成的项目|去掉泵站那个|剩下的预算加起来多少",
     SUM("budget", ["rate", "<", 90], exclude=["泵站"])),
    ("multi_turn", "水务局整体执行率多少|生态局呢|两个局合起来呢", OVERALL()),
    ("multi_turn", "哪些项目有指标被扣了分|一共几个|其中生态局的占几个", IN(SMP, COUNT(["lost_indicator"], scope=ECO))),
    ("multi_turn", "农村饮水那个项目|它主要是干啥的|最后完成得怎么样",
     IN(WAT, TEXT(W(3), "result_text", "管网延伸"))),
    ("multi_turn", "执行率最低的五个项目|第四个是谁|它预算多少", F(E(10), "budget")),
    ("multi_turn", "生态局指标条数最多的是哪个项目|多少条|那水务局最多的呢",
     IN(WAT, RANK("n_indicators", "desc", 1, scope=WATER))),
    ("multi_turn", "泵站项目的汛前完工率|目标是多少|这条扣了几分", IN(WAT, IND("汛前完工率", "lost"))),
    ("multi_turn", "执行率不到九成的项目有哪些|有几个是水务局的|具体是哪几个",
     IN(WAT, FILTER(["rate", "<", 90], scope=WATER))),
    ("multi_turn", "生态局一共几个项目|预算加起来多少|平均下来一个项目多少", IN(SMP, MEAN("budget", scope=ECO))),
    # --- typos: homophones, a wrong or dropped character, abbreviations -------------
    ("typo", "和辐射安全那个项目 预算多少 执行率多少", IN(SMP, F(E(14), "budget", "rate"))),
    ("typo", "水纹水质监测站网 得了几分", IN(WAT, F(W(2), "score"))),
    ("typo", "党建群建项目的zxl是多少", IN(SMP, F(E(10), "rate"))),
    ("typo", "排涝泵站项目的yusuan是多少", IN(WAT, F(W(1), "budget"))),
    ("typo", "汛前完公率实际完成多少", IN(WAT, IND("汛前完工率", "actual"))),
    ("typo", "换评和排污许可证那个项目得分", IN(SMP, F(E(15), "score"))),
    ("typo", "大汽生态环境保护 支出进度", IN(SMP, F(E(8), "rate"))),
    # --- numbers in spoken forms ----------------------------------------------------
    ("spoken_number", "预算在五百万到一千五百万之间的项目有哪些", FILTER(["budget", ">", 500], ["budget", "<", 1500])),
    ("spoken_number", "预算不到五十万的是哪几个", FILTER(["budget", "<", 50])),
    ("spoken_number", "执行率百分之八十五以下的，两个局一共几个", COUNT(["rate", "<", 85])),
    ("spoken_number", "生态局得分九十九分以上的有多少个", IN(SMP, COUNT(["score", ">", 99], scope=ECO))),
    ("spoken_number", "执行率在九成五到九成九之间的有哪些", FILTER(["rate", ">", 95], ["rate", "<", 99])),
    ("spoken_number", "两个局全年执行数加起来过没过1.5个亿，具体多少", SUM("executed")),
    # --- negations ------------------------------------------------------------------
    ("negation", "评级不是优的项目有哪些", FILTER(["score", "<", 90])),
    ("negation", "水务局执行率没到百分之百的有哪几个", IN(WAT, FILTER(["rate", "<", 99.99], scope=WATER))),
    ("negation", "生态局哪些项目的指标一分都没扣", IN(SMP, FILTER(["no_lost_indicator"], scope=ECO))),
    ("negation", "执行率低于九成的不算，生态局剩下那些项目整体执行率多少", IN(SMP, OVERALL(["rate", ">", 90], scope=ECO))),
    ("negation", "水务局年初预算和全年预算没变过的有几个", IN(WAT, COUNT(["adjust", "<", 1], scope=WATER))),
    # --- indicators by their own names ----------------------------------------------
    ("indicator", "城区易涝点减少数量这条指标扣了几分，为啥扣",
     IN(WAT, {**IND("城区易涝点减少数量", "lost"), "contains": ["设置有误"]})),
    ("indicator", "科研项目综合绩效评价完成数量 实际完成了多少项", IN(SMP, IND("科研项目综合绩效评价完成数量", "actual"))),
    ("indicator", "全市主要河流断面水质达标率 年初目标定的多少", IN(SMP, IND("全市主要河流断面水质达标率", "target"))),
    ("indicator", "PM2.5年均浓度那个指标是哪个项目里的", IN(SMP, IND("PM2.5"))),
    # --- goal and result texts ------------------------------------------------------
    ("text", "科技与国际合作交流那个项目主要是干啥的", IN(SMP, TEXT(E(9), "goal_text", "上合组织"))),
    ("text", "督察那个项目今年完成得怎么样", IN(SMP, TEXT(E(16), "result_text", "警示片"))),
    ("text", "泵站改造最后实际完成了几座", IN(WAT, TEXT(W(1), "result_text", "10座"))),
    # --- a named project's figures, rankings, positions, differences ----------------
    ("ranking", "全部项目里预算最少的三个，从小到大排一下", RANK("budget", "asc", 3)),
    ("rank_position", "大气项目的预算在生态局排第几", IN(SMP, POS(E(8), "budget", "desc", scope=ECO))),
    ("rank_position", "泵站执行率在所有项目里从低往高数排第几", POS("泵站", "rate", "asc")),
    ("difference", "泵站的预算比水文站网多多少", IN(WAT, GAP(W(1), W(2), "budget"))),
    # --- sums, averages, overall rate, exclusions, per department -------------------
    ("sum", "水务局几个项目一共没花掉多少钱", IN(WAT, SUM("unexecuted", scope=WATER))),
    ("exclusion", "除了科技与国际合作交流，生态局预算最多的是哪个", IN(SMP, RANK("budget", "desc", 1, scope=ECO, exclude=[9]))),
    ("exclusion", "把节约用水宣传去掉，水务局整体执行率多少", IN(WAT, OVERALL(scope=WATER, exclude=["节约用水"]))),
    ("overall_rate", "预算过千万的那几个项目，总体执行率是多少", OVERALL(["budget", ">", 1000])),
    ("per_group", "两个局各自的整体执行率分别多少", {"op": "per", "by": "dept", "metric": "overall"}),
    # --- what the tables cannot answer ----------------------------------------------
    ("unanswerable_period", "处里在准备下个月的汇报，领导想看生态局分季度的支出进度，尤其是三季度末执行到多少了", NONE("只有全年数，没有季度数")),
    ("unanswerable_period", "大气项目12月份一个月支出了多少", NONE("没有月度数")),
    ("unanswerable_period", "水务局的项目|泵站那个预算多少|那它每个月的支出明细呢", NONE("没有月度数")),
    ("unanswerable_future", "生态局明年哪个项目最有可能执行不到位", NONE("预测，表中没有")),
    ("unanswerable_future", "生态局2025年的预算执行率怎么样", NONE("库里没有2025年")),
    ("unanswerable_scope", "水务局2024年的自评结果出来没，得分多少", NONE("水务局只有2023年")),
    ("unanswerable_scope", "上海市绿化市容局的项目执行率能查吗", NONE("库里没有这个部门")),
    ("unanswerable_scope", "固废那个项目跟去年比执行率提高了多少", NONE("生态局只有2024年，没有上年")),
    ("unanswerable_field", "泵站维修改造工程是哪家施工单位中标的，合同金额多少", NONE("没有中标单位、合同金额")),
    ("unanswerable_field", "核与辐射那个项目配了几个人员编制", NONE("没有人员编制")),
    ("unanswerable_field", "科技与国际合作交流项目是公开招标还是竞争性磋商", NONE("没有采购方式")),
    ("unanswerable_field", "节水宣传项目负责人的联系电话多少", NONE("没有联系电话")),
    ("unanswerable_field", "生态局这批自评表是谁填报的，哪天报送财政的", NONE("没有填报人、报送日期")),
    ("unanswerable_field", "生态局执行率最低的|它的实施单位是哪个|这个单位有多少在编人员", NONE("没有人员编制")),
    ("unanswerable_field", "上午财政局绩效处来电话要抽查，问泵站工程的政府采购预算是多少、实际采购金额多少，帮我查下",
     NONE("没有政府采购数")),
    ("unanswerable_twist", "水文站网那个项目的钱里中央资金占多少", NONE("资金只分财政拨款/上年结转/其他，不分中央资金")),
    ("unanswerable_twist", "农村饮水安全巩固提升项目用了多少专项债", NONE("不分专项债")),
    ("unanswerable_twist", "大气项目的钱市级和区级各出了多少", NONE("不分市级区级")),
    ("unanswerable_twist", "海洋生态环境保护项目按区分的话，浦东用了多少", NONE("没有按区拆分")),
    ("unanswerable_twist", "泵站项目上年结转那两百万里头，中央补助是多少", NONE("结转资金不分中央补助")),
    ("unanswerable_twist", "党建项目的经费里有多少是工会经费", NONE("不分工会经费")),
    ("unanswerable_twist", "第三方评价机构给水文站网项目打了多少分", NONE("只有自评分，没有第三方评分")),
    ("unanswerable_twist", "长江口水环境综合治理项目的执行率多少", NONE("没有这个项目")),
    ("unanswerable_twist", "水务局的城市供水管网改造项目预算多少", NONE("没有这个项目")),
    ("unanswerable_opinion", "你觉得泵站那个项目评个良合不合理", NONE("评价意见，表中没有")),
]
