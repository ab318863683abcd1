"""Blind set 17: the sample (上海市生态环境局 2024, 18 projects) plus water_bureau_2023.txt (某市水务局 2023, 4 projects).

Written without reading or running the assistant, its tests, prompts, app or web app, and without seeing any other
set's questions. Read: /work/shared/DESIGN.md, evals/bank/oracle.py, build.py, split.py, evals/questions.py,
ingest/records.py, the two documents and their records as the project's ingest stores them, the top sections of
evals/bank/README.md, and only the helper definitions of source/sample.py and source/multi.py.

The asker is a section chief of the ecology bureau and a colleague of the water bureau's finance office, the tables
just landed before an audit meeting: terse spoken typing, homophones and pinyin slips (大汽, 执形率, 党健, 水纹,
xuanchuan), short names (生态局, 水务局, 泵站, 水文站网, 党建, 执法应急), two-digit years, numbers as said (九成五,
过千万, 一千五, 两百四十多万, 七成), background before the ask, corrections mid-conversation (不对/说错了/哦不对),
follow-ups that lean on the previous answer (它们/这个/除了它/第三个/这俩/那水务局呢). A third of the conversations
have two or three turns; a quarter are found=false: earlier or later years, other departments, and fields these
tables do not hold (expenditure breakdowns, contractors, people, PM2.5 figures, per-kilometre work).

Selectors: ("生态环境局", 2024, seq) / ("水务局", 2023, seq) through E()/W(), or a word unique among the store's
stored project names (海洋, 泵站, 水文, 党建, 大气, 科技, 辐射, 执法, 队伍建设, 农村饮水, 节约用水, 水生态,
全市生态环境保障, 环境影响评价). Scopes ECO / WATER as in multi.py. Two ops added at the end of oracle.py:
``bl17_level_points`` (Σ 分值/得分/扣分 of the rows under one 一级/二级指标) and ``bl17_ind_completion`` (实际完成值 /
年度指标值 × 100 of one indicator row).
"""

from evals.bank.source.multi import COUNT, FILTER, GAP, IND, MEAN, OVERALL, POS, SHARE, SUM, TEXT
from evals.bank.source.sample import NONE, NTH, RANK, F

PREFIX = "bl17"
DOCUMENT = "*"
WITH_STORE = True
ECO = {"dept": "生态环境局"}
WATER = {"dept": "水务局"}


def store_paths():
    return ["data/samples/000_714f557b0e494d5f.txt", "evals/documents/water_bureau_2023.txt"]


def E(seq):
    return ("生态环境局", 2024, seq)


def W(seq):
    return ("水务局", 2023, seq)


def BOTH(*parts):
    return {"op": "fr3_both", "parts": list(parts)}


def NTH_SHOW(metric, order, k, show, **kw):
    return {"op": "bl11_nth_show", "metric": metric, "order": order, "k": k, "show": show, **kw}


QUESTIONS = [
    # --- single figures ---------------------------------------------------------------------------------------------
    ("figure", "海洋那个项目全年实际执行了多少钱", F("海洋", "executed")),
    ("figure", "下午审计要看水务局的表 我先问几个数 | 泵站改造那个年初报的一千五 后来全年预算调成多少了",
     F("泵站", "budget")),
    ("figure", "辐射那个项目执行率多少 | 得分和等级呢", F("辐射", "score", "grade")),

    # --- typos, homophones, pinyin ----------------------------------------------------------------------------------
    ("typo", "大汽环境保护项目执形率多少", F("大气", "rate")),
    ("typo", "党健群建那个钱实际花了多少", F("党建", "executed")),
    ("typo", "水纹水质监测站网的全年预算", F("水文", "budget")),
    ("typo", "节水xuanchuan那个总分多少", F("节约用水", "score")),

    # --- spoken numbers ---------------------------------------------------------------------------------------------
    ("spoken_number", "生态局的表我这有了 | 执行率不到九成五的有哪些", FILTER(["rate", "<", 95], scope=ECO)),
    ("spoken_number", "预算过千万的项目都有哪几个 两个局都算", FILTER(["budget", ">", 1000])),
    ("spoken_number", "两个局加起来 总分低于九十七分的一共几个", COUNT(["score", "<", 97])),

    # --- rankings and positions -------------------------------------------------------------------------------------
    ("ranking", "生态局执行率垫底的三个 从低往高排", RANK("rate", "asc", 3, scope=ECO)),
    ("ranking", "两张表放一块 预算最多的前五个排一下", RANK("budget", "desc", 5)),
    ("ranking", "生态局得分最低的是哪个 | 倒数第二呢", NTH("score", "asc", 2, scope=ECO)),
    ("rank_position", "科技与国际合作交流那个执行率在生态局排第几 从高往低数", POS("科技", "rate", "desc", scope=ECO)),
    ("rank_position", "党建那个执行率是多少 | 这个在生态局里倒数第几", POS("党建", "rate", "asc", scope=ECO)),

    # --- counts and sums --------------------------------------------------------------------------------------------
    ("count", "有指标被扣分的项目有几个", COUNT(["lost_indicator"])),
    ("count", "水务局那四个项目 | 里面全年预算跟年初比调过的有几个", COUNT(["changed_budget"], scope=WATER)),
    ("sum", "生态局十八个项目预算加一块多少钱", SUM("budget", scope=ECO)),
    ("sum", "执行率低于九十的有哪些 | 它们预算合计多少", SUM("budget", ["rate", "<", 90])),

    # --- averages, medians and overall rates ------------------------------------------------------------------------
    ("average", "生态局项目平均得分", MEAN("score", scope=ECO)),
    ("average", "生态局执行率的平均值 就简单平均 不用加权", MEAN("rate", scope=ECO)),
    ("average", "生态局执行率中位数多少", {"op": "bl13_median", "metric": "rate", "scope": ECO}),
    ("overall_rate", "生态局整体执行率 按总执行除以总预算算", OVERALL(scope=ECO)),
    ("overall_rate", "两家合起来总的预算执行率", OVERALL()),
    ("overall_rate", "水务局总体执行率多少 | 泵站那个剔掉再算一遍", OVERALL(scope=WATER, exclude=["泵站"])),

    # --- shares and ratios ------------------------------------------------------------------------------------------
    ("share", "生态局预算最大的是哪个 | 它占全局总预算百分之几", SHARE("科技", "budget", scope=ECO)),
    ("share", "全市生态环境保障那个 其他资金占它全年预算几成",
     {"op": "bl13_fund_share", "project": "全市生态环境保障", "kind": "其他资金"}),
    ("share", "有指标扣分的那几个项目 预算占两个局总预算多少",
     {"op": "bl9_subset_share", "metric": "budget", "part": [["lost_indicator"]]}),
    ("share", "水务局四个项目 | 有指标扣分的占几成",
     {"op": "bl15c_count_share", "scope": WATER, "part": [["lost_indicator"]]}),

    # --- comparisons ------------------------------------------------------------------------------------------------
    ("comparison", "大气和水生态哪个执行率高 差多少", GAP("大气", "水生态", "rate")),
    ("comparison", "科技那个预算多少 | 是党建的多少倍", {"op": "bl14_ratio", "a": "科技", "b": "党建", "metric": "budget"}),
    ("comparison", "生态局和水务局 哪边整体执行率高一些",
     {"op": "bc3_groups", "metric": "overall", "groups": [ECO, WATER]}),
    ("comparison", "执法应急年初报了两百四十多万 全年调成多少了 压了百分之几",
     {"op": "bl13_change_pct", "project": "执法", "direction": "down"}),

    # --- lists under conditions, exclusions -------------------------------------------------------------------------
    ("range", "执行率在九十到九十八之间的项目", FILTER(["rate", ">", 90], ["rate", "<", 98])),
    ("range", "我是生态局规财处的 下午审计要过一遍表 | 先看得分不到九十九的有哪些",
     FILTER(["score", "<", 99], scope=ECO)),
    ("exclusion", "生态局执行率最低的是哪个 | 除了它 最低的又是哪个",
     RANK("rate", "asc", 1, scope=ECO, exclude=["全市生态环境保障"])),
    ("exclusion", "预算五十万以下的小项目 把水务局的去掉 还剩哪些",
     FILTER(["budget", "<", 50], scope=ECO)),

    # --- indicators -------------------------------------------------------------------------------------------------
    ("indicator", "汛前完工率实际完成了多少", IND("汛前完工率", "actual")),
    ("indicator", "泵站维修数量那条指标分值多少 得了几分",
     BOTH(IND("泵站维修数量", "weight"), IND("泵站维修数量", "score"))),
    ("indicator", "泵站维修数量那条指标 | 实际修了几座 完成了百分之多少",
     {"op": "bl17_ind_completion", "name": "泵站维修数量"}),
    ("indicator_count", "水文站网那个项目一共多少条三级指标", {"op": "bl11_ind_count", "project": "水文"}),
    ("indicator_count", "实际完成值数字比年度指标值还小的指标有几条", {"op": "bl12_ind_vs_target", "cmp": "below"}),

    # --- lost points and their reasons ------------------------------------------------------------------------------
    ("lost_points", "泵站项目哪几条指标扣了分 各扣多少", {"op": "lost_rows", "project": "泵站"}),
    ("lost_points", "汛前完工率为啥没拿满", {"op": "bl15_ind_reason", "name": "汛前完工率", "contains": ["降雨"]}),
    ("lost_points", "监测 总量控制 排污权交易那个大项目 | 扣分的指标有哪些 原因写的啥",
     {"op": "lost_rows", "project": E(1), "contains": ["据实调整培训次数"]}),
    ("lost_points", "泵站那个产出指标总共占多少分 扣了多少",
     {"op": "bl17_level_points", "project": "泵站", "level": "产出", "fields": ["weight", "lost"]}),

    # --- grades -----------------------------------------------------------------------------------------------------
    ("grade", "泵站那个离优还差几分", {"op": "bl12_grade_line", "project": "泵站", "grade": "优", "direction": "below"}),
    ("grade", "两边项目里 优的几个 良的几个", {"op": "bl14c_grade_counts"}),

    # --- goal and result texts, topics ------------------------------------------------------------------------------
    ("text", "泵站改造年初目标是修几座来着", TEXT("泵站", "goal_text", "12座")),
    ("text", "科技与国际合作那个项目 | 完成情况里说立项了多少个科研项目", TEXT("科技", "result_text", "37项")),
    ("topic", "做监测的项目有哪些", {"op": "topic", "words": ["监测"]}),

    # --- data quality -----------------------------------------------------------------------------------------------
    ("data_quality", "哪些项目的评分等级原表里没有 是按规则补的", {"op": "restored_field", "field": "grade"}),
    ("data_quality", "有没有目标值符号填错了的指标 在哪些项目里", {"op": "flagged", "kinds": ["operator_contradiction"]}),
    ("data_quality", "有些表指标得分那栏是空的吧 | 得分被补全的是哪几个项目",
     {"op": "restored_field", "field": "indicator_score"}),

    # --- per department ---------------------------------------------------------------------------------------------
    ("per_group", "两个局各报了多少个项目", {"op": "per", "by": "dept", "metric": "count"}),
    ("per_group", "按局分开看 各自预算最大的是哪个项目", {"op": "per", "by": "dept", "metric": "budget", "order": "desc"}),
    ("department_short", "水务局的表 | 总分最高的哪个", RANK("score", "desc", 1, scope=WATER)),
    ("implementer", "排水管理处实施的那个项目 预算多少", FILTER(["implementer", "排水管理处"], show="budget")),
    ("implementer", "水文水质监测站网是哪个单位实施的", F("水文", "implementer")),

    # --- yes / no ---------------------------------------------------------------------------------------------------
    ("yes_no", "我是水务局财务科的 审计问执行率的事 | 我们有没有执行率不到七成的项目",
     FILTER(["rate", "<", 70], scope=WATER)),
    ("yes_no", "两家有没有哪个项目没评上优", FILTER(["grade", "良"])),

    # --- two asks in one --------------------------------------------------------------------------------------------
    ("compound", "执行率最低的那个项目 预算多少 总分扣了几分",
     BOTH(NTH_SHOW("rate", "asc", 1, "budget"), NTH_SHOW("rate", "asc", 1, "lost"))),
    ("compound", "预算最高的三个项目 合起来执行率多少",
     {"op": "bl9_top_sum", "metric": "budget", "order": "desc", "n": 3, "of": "overall"}),

    # --- follow-ups and corrections ---------------------------------------------------------------------------------
    ("follow_up", "生态局预算前三是哪几个 | 第三个实际执行了多少", NTH_SHOW("budget", "desc", 3, "executed", scope=ECO)),
    ("follow_up", "水务局执行率最低的 | 它年初报了多少 全年又调成多少", F("节约用水", "initial", "budget")),
    ("follow_up", "生态局整体执行率 | 那水务局呢", OVERALL(scope=WATER)),
    ("follow_up", "核与辐射那个得分多少 | 环评那个呢 | 这俩谁执行率高", GAP("辐射", "环境影响评价", "rate")),
    ("follow_up", "全市生态环境保障这个项目 | 光看财政拨款那行 执行率多少", F("全市生态环境保障", "approp_rate")),
    ("correction", "党建那个项目得了多少分 | 不对 我要的是队伍建设那个", F("队伍建设", "score")),
    ("correction", "泵站的执行率 | 哦说错了 是水文站网那个", F("水文", "rate")),
    ("correction", "生态局得分前三 | 不是得分 是预算 前三", RANK("budget", "desc", 3, scope=ECO)),
    ("correction", "生态局预算最少的两个 哦不对 三个", RANK("budget", "asc", 3, scope=ECO)),

    # --- found=false: other years -----------------------------------------------------------------------------------
    ("unanswerable_period", "生态局23年大气项目执行率多少", NONE("生态环境局只有2024年的表")),
    ("unanswerable_period", "水务局24年泵站那个得了几分", NONE("水务局只有2023年的表")),
    ("unanswerable_period", "泵站这个执行率多少 | 比上一年高了还是低了", NONE("没有水务局2022年的表")),
    ("unanswerable_period", "生态局各项目一季度的支出进度怎么样", NONE("表里只有全年执行数，没有分季度")),
    ("unanswerable_period", "生态局今年新增了哪些项目 跟去年比", NONE("生态环境局只有2024年一年的表")),

    # --- found=false: the future ------------------------------------------------------------------------------------
    ("unanswerable_future", "明年生态局项目预算能批多少", NONE("没有下一年的预算")),
    ("unanswerable_future", "剩下那两座泵站25年能修完吗", NONE("表里只说列入下年度计划，没有2025年的结果")),
    ("unanswerable_future", "26年水文站网运维大概要多少钱", NONE("没有2026年的预算")),

    # --- found=false: fields the tables do not hold -----------------------------------------------------------------
    ("unanswerable_field", "党建那个执行了多少 | 里面培训费花了多少", NONE("没有支出明细")),
    ("unanswerable_field", "泵站工程施工单位是哪家", NONE("表里只有实施单位，没有施工单位")),
    ("unanswerable_field", "大气那个项目 | PM2.5年均浓度实际降到多少了", NONE("该指标只写达成指标，没有数值")),
    ("unanswerable_field", "科技那个项目负责人是谁 电话多少", NONE("表里没有负责人和联系方式")),
    ("unanswerable_field", "全市生态环境保障那笔其他资金是从哪来的钱", NONE("表里没有其他资金的来源")),
    ("unanswerable_field", "农村饮水管网延伸了多少公里", NONE("只有3处，没有长度")),
    ("unanswerable_field", "海洋那个项目 | 租船花了多少钱", NONE("没有租船费用")),
    ("unanswerable_field", "生态局人员经费和公用经费各多少", NONE("项目支出表没有基本支出")),
    ("unanswerable_field", "节水宣传活动一共多少市民参加了", NONE("只有场次和满意度，没有参与人数")),
    ("unanswerable_field", "泵站那个项目审计发现了哪些问题", NONE("表里没有审计发现")),

    # --- found=false: other departments and switches ----------------------------------------------------------------
    ("unanswerable_scope", "交通委的项目执行率怎么样", NONE("库里没有交通委的表")),
    ("unanswerable_scope", "浦东新区生态环境局的自评表里有没有扣分的", NONE("库里没有区级生态环境局的表")),
    ("unanswerable_scope", "全国生态环境系统平均执行率多少 我们排第几", NONE("库里没有全国数据")),
    ("unanswerable_scope", "绿化市容局有没有水生态类的项目", NONE("库里没有绿化市容局的表")),
    ("switch", "生态局得分最低的项目 | 那绿容局呢", NONE("库里没有绿化市容局的表")),
    ("switch", "水务局整体执行率 | 22年的呢", NONE("没有水务局2022年的表")),
]
