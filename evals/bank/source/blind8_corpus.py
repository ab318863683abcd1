"""Eighth blind set over the eleven-report store: the real sample plus the ten corpus PDFs (as corpus.py).

Store: data/samples/000_714f557b0e494d5f.txt (上海市生态环境局 2024) and evals/documents/corpus/*.pdf
(规资局 2022–2024, 交通委 2023–2024, 水务局 2022–2024, 绿容局 2024, 生态环境局 2023): 64 projects.
Written blind: without reading or running the assistant, its tests or prompts, and without seeing the
other sets' questions (helpers only). Staff chat in a meeting: short or misheard department names,
实施单位 instead of the department, two-digit years, spoken numbers, follow-ups ("|", last turn graded).

Readings as corpus.py: a department with several stored years is given a year unless the question says
三年/两年/历年/每年; single-report questions are asked about that report (``document``). No new oracle op.
"""

from evals.bank.source.corpus import (  # noqa: F401  (store and selector helpers)
    GZ, JT, LR, ST, SW, AT, COUNT, FD, FILTER, MEAN, ONE, OVERALL, PER, RANK, SUM, S, Y, GAP, store_paths,
)
from evals.bank.source.blind3_corpus import SHARE, IND
from evals.bank.source.multi import POS, TEXT
from evals.bank.source.sample import NONE, F

PREFIX = "bc8"
DOCUMENT = "*"
WITH_STORE = True


QUESTIONS = [
    # --- departments said short ---------------------------------------------------------------
    ("department_short", "规资局24年哪个项目预算最大", AT("GZ", 2024, RANK("budget", "desc", scope=S("GZ", 2024)))),
    ("department_short", "绿容局总共报了几个项目", ONE("LR", 2024, COUNT())),
    ("department_short", "交委23年得分垫底的是哪个", AT("JT", 2023, RANK("score", "asc", scope=S("JT", 2023)))),
    # --- 实施单位 -----------------------------------------------------------------------------
    ("implementer", "测绘院做的那个项目 22年执行率多少", FD("GZ", 2022, "基础测绘", "rate")),
    ("implementer", "港航事业发展中心负责的那个 预算给了多少", FD("JT", 2024, "内河航道", "budget")),
    ("implementer", "24年各家信息中心实施的项目 列一下", FILTER(["implementer", "信息中心"], scope=Y(2024))),
    # --- recurring projects -------------------------------------------------------------------
    ("recurring", "河道综合整治这三年 哪一年执行率最低", RANK("rate", "asc", scope=S("SW"), where=[["name", "河道综合整治"]])),
    ("recurring", "公路养护管理两年执行数加一起多少", SUM("executed", scope=S("JT"), where=[["name", "公路养护"]])),
    ("recurring", "国土空间规划编制历年预算分别是多少", PER("year", "sum:budget", scope=S("GZ"), where=[["name", "国土空间规划"]])),
    ("recurring", "不动产登记那个项目23年得分多少|24年呢", FD("GZ", 2024, "不动产", "score")),
    # --- year scope ---------------------------------------------------------------------------
    ("year_scope", "24年所有局加一起总预算多少", SUM("budget", scope=Y(2024))),
    ("year_scope", "二二年的项目一共有几个", COUNT(scope=Y(2022))),
    # --- switches -----------------------------------------------------------------------------
    ("switch", "水务局22年得分最低的是哪个|23年呢", AT("SW", 2023, RANK("score", "asc", scope=S("SW", 2023)))),
    ("switch", "交通委24年整体执行率|那23年的呢", ONE("JT", 2023, OVERALL())),
    ("switch", "交通委23年有几个项目|22年的呢", NONE("交通委无2022年")),
    ("switch", "绿容局执行率最低的项目|23年的呢", NONE("绿容局只有2024年")),
    ("switch", "规资局24年得分最低的|二五年的呢", NONE("无2025年")),
    # --- per group ----------------------------------------------------------------------------
    ("per_group", "24年每个局各自执行率最低的项目是哪个", {"op": "per_group", "metric": "rate", "order": "asc", "scope": Y(2024)}),
    ("per_group", "各部门历年预算合计分别多少", PER("dept", "sum:budget")),
    ("per_group", "每一年分别有几个项目", PER("year", "count")),
    # --- whole store --------------------------------------------------------------------------
    ("whole_store", "所有局所有年份放一起 执行率最低的是哪个项目", RANK("rate", "asc")),
    # --- figures and typos --------------------------------------------------------------------
    ("figure", "口袋公园建设全年预算多少", FD("LR", 2024, "口袋公园", "budget")),
    ("figure", "海塘堤防巡查养护 执行率跟得分都报一下", FD("SW", 2024, "海塘", "rate", "score")),
    ("typo", "归资局23年信息化系统运委那个只行率", FD("GZ", 2023, "规划资源信息化", "rate")),
    ("typo", "lvrong局垃圾分累那个项目得了几分", FD("LR", 2024, "垃圾分类", "score")),
    # --- spoken numbers -----------------------------------------------------------------------
    ("spoken_number", "水务局二三年预算超过一千五百万的有哪些", AT("SW", 2023, FILTER(["budget", ">", 1500], scope=S("SW", 2023)))),
    ("spoken_number", "交通委24年执行率不到百分之九十八的", AT("JT", 2024, FILTER(["rate", "<", 98], scope=S("JT", 2024)))),
    # --- ranking, count, sum, overall ---------------------------------------------------------
    ("ranking", "规资局24年预算前三名", AT("GZ", 2024, RANK("budget", "desc", 3, scope=S("GZ", 2024)))),
    ("ranking", "24年全部项目里得分最低的三个", RANK("score", "asc", 3, scope=Y(2024))),
    ("count", "水务局这三年里评良的一共几个", COUNT(["grade", "良"], scope=S("SW"))),
    ("sum", "绿容局五个项目执行数合计", ONE("LR", 2024, SUM("executed"))),
    ("sum", "交通委两年的预算加一起多少", SUM("budget", scope=S("JT"))),
    ("overall_rate", "规资局23年整体执行率多少", ONE("GZ", 2023, OVERALL())),
    ("overall_rate", "水务局三年合起来总的执行率", OVERALL(scope=S("SW"))),
    # --- compound, exclusion, range -----------------------------------------------------------
    ("compound", "24年预算过两千万 执行率又没到九十九的", FILTER(["budget", ">", 2000], ["rate", "<", 99], scope=Y(2024))),
    ("compound", "生态局23年有指标扣了分的项目 执行率多少",
     AT("ST", 2023, FILTER(["lost_indicator"], scope=S("ST", 2023), show="rate"))),
    ("exclusion", "规资局24年除了国土空间规划 其他几个预算合计",
     ONE("GZ", 2024, SUM("budget", exclude=[GZ(2024, "国土空间")]))),
    ("exclusion", "交通委23年公路养护先不看 剩下执行率最低的是哪个",
     AT("JT", 2023, RANK("rate", "asc", scope=S("JT", 2023), exclude=[JT(2023, "公路养护")]))),
    ("range", "水务局24年预算五百到一千万之间的",
     AT("SW", 2024, FILTER(["budget", ">=", 500], ["budget", "<=", 1000], scope=S("SW", 2024)))),
    ("range", "23年执行率在九十五到九十九之间的项目有几个", COUNT(["rate", ">=", 95], ["rate", "<=", 99], scope=Y(2023))),
    # --- share, average, position -------------------------------------------------------------
    ("share", "口袋公园占绿容局总预算百分之几", AT("LR", 2024, SHARE(LR(2024, "口袋公园"), "budget", S("LR", 2024)))),
    ("share", "河道整治24年占水务局当年预算的比例", AT("SW", 2024, SHARE(SW(2024, "河道"), "budget", S("SW", 2024)))),
    ("average", "交通委24年项目平均预算多少", ONE("JT", 2024, MEAN("budget"))),
    ("average", "规资局22年执行率高于平均的有哪几个", AT("GZ", 2022, FILTER(["above_mean", "rate"], scope=S("GZ", 2022)))),
    ("rank_position", "口袋公园的预算 在24年所有项目里排第几", POS(LR(2024, "口袋公园"), "budget", "desc", scope=Y(2024))),
    ("rank_position", "交通委24年内河航道那个执行率 在本局排第几",
     AT("JT", 2024, POS(JT(2024, "内河航道"), "rate", "desc", scope=S("JT", 2024)))),
    # --- indicators and lost points -----------------------------------------------------------
    ("indicator", "核心系统可用率那条指标 23年实际做到多少", AT("GZ", 2023, IND("核心系统可用率", "actual", S("GZ", 2023)))),
    ("indicator", "湿垃圾日处理能力那条扣了几分", AT("LR", 2024, IND("湿垃圾日处理能力", "lost", S("LR", 2024)))),
    ("indicator_count", "林业有害生物防治底下几个指标", FD("LR", 2024, "林业", "n_indicators")),
    ("indicator_count", "公路养护23年扣了分的指标有几条", FD("JT", 2023, "公路养护", "n_lost_indicators")),
    ("lost_points", "河道综合整治22年扣分的指标都有哪些 各扣多少",
     AT("SW", 2022, {"op": "lost_rows", "project": SW(2022, "河道")})),
    ("lost_points", "24年哪个项目丢分最多", RANK("lost", "desc", scope=Y(2024))),
    # --- texts and topics ---------------------------------------------------------------------
    ("text", "口袋公园当年目标定的新建多少座", AT("LR", 2024, TEXT(LR(2024, "口袋公园"), "goal_text", "120座"))),
    ("text", "公路养护23年完成情况里 执行率低是怎么解释的", AT("JT", 2023, TEXT(JT(2023, "公路养护"), "result_text", "管线搬迁"))),
    ("topic", "跟海塘有关的项目有哪些", {"op": "topic", "words": ["海塘"]}),
    # --- follow-ups ---------------------------------------------------------------------------
    ("follow_up", "绿容局执行率最低的是哪个|它总共扣了几分", FD("LR", 2024, "垃圾分类", "lost")),
    ("follow_up", "规资局23年得分最低的两个|第二个预算多少", FD("GZ", 2023, "国土空间", "budget")),
    ("follow_up", "交通委24年预算前三|这三个合计多少",
     AT("JT", 2024, {"op": "combined", "projects": [JT(2024, "公路"), JT(2024, "内河"), JT(2024, "轨道")], "metric": "budget"})),
    ("follow_up", "水务局23年哪个项目有指标扣分|偏差原因写的啥",
     AT("SW", 2023, {"op": "lost_rows", "project": SW(2023, "供水"), "contains": ["检测设备"]})),
    # --- comparison, yes/no, data quality -----------------------------------------------------
    ("comparison", "公路养护24年比23年多花了多少", GAP("executed", JT(2024, "公路养护"), JT(2023, "公路养护"))),
    ("yes_no", "绿容局有没有评良的项目", AT("LR", 2024, FILTER(["grade", "良"], scope=S("LR", 2024)))),
    ("data_quality", "生态局24年哪些项目目标值的符号跟偏差说明对不上",
     AT("ST", 2024, {"op": "flagged", "kinds": ["operator_contradiction"], "scope": S("ST", 2024)})),
    ("data_quality", "整个库里总分不是表上印的 是加出来的项目有几个", {"op": "restored_field", "field": "total_score", "count": True}),
    # --- unanswerable: scope ------------------------------------------------------------------
    ("unanswerable_scope", "交通委22年预算多少", NONE("交通委无2022年")),
    ("unanswerable_scope", "绿容局23年得分最低的是哪个", NONE("绿容局无2023年")),
    ("unanswerable_scope", "教委24年项目有哪些", NONE("未存教委")),
    ("unanswerable_scope", "规资局21年整体执行率", NONE("无2021年")),
    ("unanswerable_scope", "北京市水务局24年河道整治预算", NONE("未存北京")),
    ("unanswerable_scope", "生态局二二年有几个项目", NONE("生态局无2022年")),
    # --- unanswerable: periods ----------------------------------------------------------------
    ("unanswerable_period", "水务局24年上半年执行率多少", NONE("只有全年数")),
    ("unanswerable_period", "口袋公园一季度建成了多少座", NONE("无季度数")),
    ("unanswerable_period", "规资局23年每个月的执行数", NONE("无月度数")),
    ("unanswerable_period", "公路养护24年前三个季度花了多少", NONE("无季度数")),
    ("unanswerable_period", "交通委24年四季度支出进度", NONE("无季度数")),
    # --- unanswerable: future -----------------------------------------------------------------
    ("unanswerable_future", "规资局二五年预算能有多少", NONE("未来")),
    ("unanswerable_future", "河道综合整治明年能完成多少公里", NONE("未来")),
    ("unanswerable_future", "照这个趋势绿容局26年执行率大概多少", NONE("未来")),
    ("unanswerable_future", "估一下交通委明年能拿几个优", NONE("未来")),
    # --- unanswerable: fields -----------------------------------------------------------------
    ("unanswerable_field", "口袋公园的施工单位是谁", NONE("表无施工单位")),
    ("unanswerable_field", "景观照明那个项目一年电费多少", NONE("表无电费")),
    ("unanswerable_field", "河道整治项目走的什么招标方式", NONE("表无招标方式")),
    ("unanswerable_field", "出租汽车监管那个罚没收入多少", NONE("表无罚没收入")),
]
