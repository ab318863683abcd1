"""blind19: an auditor from the municipal audit bureau skimming both bureaus' tables for anything odd.

Written without reading or running the assistant (nor its tests, prompts, app or web app) and without seeing any
other set's questions. Read: /work/shared/DESIGN.md, evals/bank/oracle.py, evals/bank/build.py, evals/questions.py,
ingest/records.py, the two documents and their stored records (ingested with the project's ingest, as build.py does),
the top of evals/bank/README.md, and only the helper definitions of source/sample.py and source/multi.py.

Store: the sample (上海市生态环境局 2024, 18 projects) + water_bureau_2023.txt (某市水务局 2023, 4 projects), as
multi.py's. Selectors: E(seq) / W(seq) from multi.py (("生态环境局", 2024, seq) / ("水务局", 2023, seq)).

Stresses: an auditor's terse, sloppy typing (typos, homophones, pinyin, spoken numbers, two-digit years), background
turns before the ask and follow-ups leaning on the last answer (about a third multi-turn), odd spots an auditor looks
for (low execution, budget cut mid-year, restored grades/scores, operator slips, lost points and their reasons), and
near-miss questions the tables cannot answer (other years, quarters, contractors, people, other departments).
No new oracle op.
"""

from evals.bank.source.multi import E, W, ECO, WATER, FILTER, COUNT, POS, IND, GAP, SHARE, SUM, MEAN, OVERALL, TEXT
from evals.bank.source.sample import F, NONE, RANK, NTH

PREFIX = "bl19"
DOCUMENT = "*"
WITH_STORE = True


def store_paths():
    return ["data/samples/000_714f557b0e494d5f.txt", "evals/documents/water_bureau_2023.txt"]


QUESTIONS = [
    # --- single figures
    ("figure", "审计抽查 水务局泵站改造那个 全年预算跟执行数报一下", F(W(1), "budget", "executed")),
    ("figure", "在翻生态局的表 | 核与辐射那个执行率几", F(E(14), "rate")),
    ("figure", "环评排污许可那个项目 | 它年初预算报的多少", F(E(15), "initial")),
    ("figure", "全市生态环境保障 其他资金那行是多少", F(E(7), "other")),
    # --- typos / homophones / pinyin
    ("typo", "大汽生态环境保护 只行率", F(E(8), "rate")),
    ("typo", "dangjian那个项目执行数多少", F(E(10), "executed")),
    ("typo", "节约用水宣船 得了几分", F(W(4), "score")),
    # --- spoken numbers
    ("spoken_number", "执行率不到九成的都列出来", FILTER(["rate", "<", 90])),
    ("spoken_number", "预算过一千万的有几个", COUNT(["budget", ">", 1000])),
    ("spoken_number", "分数都挺高啊 | 低于九十六分的有哪些", FILTER(["score", "<", 96])),
    # --- exclusion
    ("exclusion", "生态局除开科技与国际合作 预算最大的是哪个", RANK("budget", "desc", exclude=[E(9)], scope=ECO)),
    ("exclusion", "执行率最低的三个 | 把节水宣传去掉呢", RANK("rate", "asc", 3, exclude=[W(4)])),
    # --- compound conditions
    ("compound", "预算过五百万但执行率不到95的", FILTER(["budget", ">", 500], ["rate", "<", 95])),
    ("compound", "评优的那些 | 里面执行率低于85的", FILTER(["grade", "优"], ["rate", "<", 85])),
    # --- ranges
    ("range", "预算三百到五百万之间的项目", FILTER(["budget", ">", 300], ["budget", "<", 500])),
    # --- averages
    ("average", "生态局18个项目平均一个预算多少", {"op": "mean", "metric": "budget", "where": [], "scope": ECO}),
    ("average", "水务局那几个 | 执行率的平均值", {"op": "mean", "metric": "rate", "where": [], "scope": WATER}),
    # --- shares
    ("share", "科技与国际合作的预算占生态局总预算百分之几", SHARE(E(9), "budget", scope=ECO)),
    ("share", "泵站那个钱里头上年结转占几成", {"op": "bl13_fund_share", "project": W(1), "kind": "上年结转资金"}),
    ("share", "生态局有指标扣了分的项目 预算加起来占全局多少", {"op": "bl9_subset_share", "metric": "budget",
                                                  "part": [["lost_indicator"]], "scope": ECO}),
    # --- rankings and positions
    ("rank_position", "党建那个执行率在两个局里排倒数第几", POS(E(10), "rate", "asc")),
    ("rank_position", "水文监测站网预算在全部项目里排老几", POS(W(2), "budget", "desc")),
    ("rank_position", "生态局得分最低的是哪个 | 那它执行率在局里从高往低排第几", POS(E(1), "rate", "desc", scope=ECO)),
    ("ranking", "预算最少的三个", RANK("budget", "asc", 3)),
    ("ranking", "生态局执行率倒数第二是谁", NTH("rate", "asc", 2, scope=ECO)),
    # --- counts and sums
    ("count", "俩局加起来评优的一共几个", COUNT(["grade", "优"])),
    ("count", "有指标被扣分的项目有多少个", COUNT(["lost_indicator"])),
    ("count", "生态局预算不到三百万的 | 几个", COUNT(["budget", "<", 300], scope=ECO)),
    ("sum", "两个局没执行掉的钱一共多少", SUM("unexecuted")),
    ("sum", "生态局年中调减了预算的 | 一共减了多少", {"op": "bl18c_adjusted", "direction": "down",
                                           "what": ["total"], "scope": ECO}),
    # --- overall rates
    ("overall_rate", "先看生态局 | 整体执行率呢", OVERALL(scope=ECO)),
    ("overall_rate", "评优的项目 | 这些总体执行率多少", OVERALL(["grade", "优"])),
    # --- comparisons
    ("comparison", "泵站改造跟农村饮水 谁预算多 差多少", GAP(W(1), W(3), "budget")),
    ("comparison", "水务局总预算比生态局少多少", {"op": "fc2_scope_gap", "a": WATER, "b": ECO, "metric": "sum:budget"}),
    ("comparison", "大气那个跟水生态那个执行率差几个点", GAP(E(8), E(6), "rate")),
    # --- indicators
    ("indicator", "汛前完工率 实际干到多少", IND("汛前完工率", "actual")),
    ("indicator", "单站运维成本指标值定的多少", IND("单站运维成本", "target")),
    ("indicator", "科研项目综合绩效评价那条 | 实际完成了几项", IND("科研项目综合绩效评价", "actual")),
    ("indicator_count", "水文监测站网那个一共几条三级指标", {"op": "bl11_ind_count", "project": W(2)}),
    ("indicator_count", "生态局总共几条指标扣了分", {"op": "bl11_ind_count", "scope": ECO, "lost": True}),
    ("indicator_count", "后勤保障那个项目 | 满意度指标几条", {"op": "bl11_ind_count", "project": E(18), "level": "满意度"}),
    # --- lost points and reasons
    ("lost_points", "泵站维修改造哪几条指标扣了 各扣多少", {"op": "lost_rows", "project": W(1)}),
    ("lost_points", "生态环境监测总量控制那个 指标扣分明细", {"op": "lost_rows", "project": E(1)}),
    ("lost_points", "水务局那个维修工程验收合格率咋没拿满", {"op": "bl15_ind_reason", "name": "维修工程验收合格率",
                                                 "contains": ["返工"]}),
    ("lost_points", "排污权那条指标 | 扣几分 啥原因", {"op": "bl15_ind_reason", "name": "排污权", "contains": ["节点调整"]}),
    # --- goal / result texts
    ("text", "农村饮水那个实际完成了啥 受益多少人", TEXT(W(3), "result_text", "2.1万人")),
    ("text", "泵站那个绩效目标写的啥", TEXT(W(1), "goal_text", "12座泵站")),
    ("text", "督察那个 | 年度目标里要拍什么片子", TEXT(E(16), "goal_text", "警示片")),
    ("topic", "跟海洋沾边的项目有哪个", {"op": "topic", "words": ["海洋"]}),
    # --- data quality
    ("data_quality", "表里有的是系统补的吧 | 评分等级补出来的有哪几个", {"op": "restored_field", "field": "grade"}),
    ("data_quality", "目标值运算符可能填错的是哪些项目", {"op": "flagged", "kinds": ["operator_contradiction"]}),
    ("data_quality", "总分原文缺的是哪个 | 补出来几分", {"op": "restored_field", "field": "total_score", "show": "score"}),
    # --- per department
    ("department_short", "水务局哪个执行率最低", RANK("rate", "asc", scope=WATER)),
    ("department_short", "生态局预算前三", RANK("budget", "desc", 3, scope=ECO)),
    ("per_group", "两个局各自整体执行率", {"op": "per_group"}),
    ("per_group", "两边各自得分最低的项目", {"op": "per_group", "metric": "score", "order": "asc"}),
    ("yes_no", "水务局有没有评良的", FILTER(["grade", "良"], scope=WATER)),
    # --- follow-ups
    ("follow_up", "执行率最低的五个 | 第三个呢 预算多少", {"op": "bl11_nth_show", "metric": "rate", "order": "asc",
                                             "k": 3, "show": "budget"}),
    ("follow_up", "预算最多的是哪个 | 它执行率呢", F(E(9), "rate")),
    ("follow_up", "得分低于97的 | 它们预算合计多少", SUM("budget", ["score", "<", 97])),
    ("follow_up", "水务局预算最高的 | 那生态局呢", RANK("budget", "desc", scope=ECO)),
    ("follow_up", "生态局执行率最低那个 | 它其他资金多少", F(E(7), "other")),
    # --- switches
    ("switch", "生态局24年整体执行率 | 23年的呢", NONE("生态局只存了2024年")),
    ("switch", "水务局23年总预算 | 那生态局的呢", SUM("budget", scope=ECO)),
    ("switch", "水务局23年几个评优 | 24年的呢", NONE("水务局只存了2023年")),
    # --- unanswerable: period
    ("unanswerable_period", "生态局22年执行率多少", NONE("没有2022年的表")),
    ("unanswerable_period", "泵站那个 | 一季度花了多少", NONE("没有季度数据")),
    ("unanswerable_period", "水务局上半年执行进度咋样", NONE("只有全年数")),
    ("unanswerable_period", "节水宣传去年预算给了多少", NONE("水务局只有2023年")),
    # --- unanswerable: future
    ("unanswerable_future", "25年生态局预算会给多少", NONE("没有预算安排")),
    ("unanswerable_future", "泵站延期那两座 下年度安排多少钱", NONE("表里没有下年度金额")),
    ("unanswerable_future", "水务局24年执行率预计能到多少", NONE("没有预测")),
    # --- unanswerable: field
    ("unanswerable_field", "泵站维修改造 | 施工单位是哪家", NONE("表里没有施工单位名称")),
    ("unanswerable_field", "党建那个项目负责人谁", NONE("没有负责人")),
    ("unanswerable_field", "科技与国际合作签了多少合同 合同金额多少", NONE("没有合同金额")),
    ("unanswerable_field", "生态局人员经费多少", NONE("项目支出表不含人员经费")),
    ("unanswerable_field", "后勤保障那个房屋装修花了多少钱", NONE("没有分项支出")),
    ("unanswerable_field", "生态局哪些项目被审计查出问题了", NONE("表里没有审计结论")),
    ("unanswerable_field", "节水宣传搞了6场 | 每场多少人参加", NONE("没有参加人数")),
    # --- unanswerable: scope
    ("unanswerable_scope", "规资局的项目执行率", NONE("规资局不在库里")),
    ("unanswerable_scope", "交通委报了几个项目", NONE("交通委不在库里")),
    ("unanswerable_scope", "两个局的我看过了 | 全市所有委办局平均执行率呢", NONE("只有两个局")),
    ("unanswerable_scope", "水文总站人员编制多少", NONE("不是项目表内容")),
    ("unanswerable_scope", "水务局那个农村饮水 | 跟隔壁市比怎么样", NONE("没有别的市的表")),
]
