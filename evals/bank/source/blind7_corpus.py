"""Seventh blind bank set over the eleven-report store (as corpus.py): standalone, never split.

Store: data/samples/000_714f557b0e494d5f.txt (上海市生态环境局 2024) and evals/documents/corpus/*.pdf
(规资局 2022–2024, 交通委 2023–2024, 水务局 2022–2024, 绿容局 2024, 生态环境局 2023): 64 projects.
Written without reading or running the assistant, its tests, prompts or the other sets' questions.
Staff chat: short or misheard department names, 实施单位, recurring projects across years, spoken numbers,
two-digit years, follow-ups ("|" between turns, last turn graded), no question marks. Readings as corpus.py:
a department with several stored years is given a year unless the question says 历年/三年/两年/每年.
No new oracle op.
"""

from evals.bank.source.corpus import (  # noqa: F401
    AT, COUNT, FD, FILTER, GAP, GZ, JT, LR, MEAN, ONE, OVERALL, PER, RANK, SGAP, ST, SUM, SW, S, Y, store_paths,
)
from evals.bank.source.sample import NONE, NTH, F

PREFIX = "bc7"
DOCUMENT = "*"
WITH_STORE = True


def IND(name, field, scope):
    return {"op": "indicator", "name": name, "field": field, "scope": scope}


def SHARE(project, metric, scope):
    return {"op": "share", "project": project, "metric": metric, "scope": scope}


def POS(project, metric, order, scope):
    return {"op": "position", "project": project, "metric": metric, "order": order, "scope": scope}


def TEXT(project, field, *words):
    return {"op": "text", "project": project, "field": field, "contains": list(words)}


def TOPIC(*words, **kw):
    return {"op": "topic", "words": list(words), **kw}


QUESTIONS = [
    # --- department short names ---
    ("department_short", "规资局24年一共几个项目", ONE("GZ", 2024, COUNT())),
    ("department_short", "交委23年预算最高的是哪个", ONE("JT", 2023, RANK("budget", "desc"))),
    ("department_short", "shuiwu局22年整体执行率多少", ONE("SW", 2022, OVERALL())),
    # --- 实施单位 ---
    ("implementer", "测绘院做的那个项目 23年执行了多少",
     AT("GZ", 2023, FILTER(["implementer", "测绘院"], scope=S("GZ", 2023), show="executed"))),
    ("implementer", "港航事业发展中心负责的是啥项目|预算多少", FD("JT", 2024, "内河航道", "budget")),
    ("implementer", "水文总站负责的 历年预算加一起多少", SUM("budget", where=[["implementer", "水文总站"]], scope=S("SW"))),
    # --- recurring projects ---
    ("recurring", "国土空间规划编制哪一年得分最低", RANK("score", "asc", where=[["name", "国土空间规划编制"]], scope=S("GZ"))),
    ("recurring", "河道综合整治三年执行数加起来", SUM("executed", where=[["name", "河道综合整治"]], scope=S("SW"))),
    ("recurring", "公路养护管理23年跟24年的执行率 差了多少个点", GAP("rate", JT(2023, "公路养护"), JT(2024, "公路养护"))),
    ("recurring", "供水水质监测22年得分|23年呢", FD("SW", 2023, "供水水质", "score")),
    # --- years ---
    ("year_scope", "24年所有局加起来有多少个项目", COUNT(scope=Y(2024))),
    ("year_scope", "22年的总预算是多少", SUM("budget", scope=Y(2022))),
    # --- per group ---
    ("per_group", "各局历年预算合计分别多少", PER("dept", "sum:budget")),
    ("per_group", "每一年得分最低的项目分别是哪个", PER("year", "score", "asc")),
    ("per_group", "24年每个局的整体执行率", {"op": "per_group", "metric": None, "scope": Y(2024)}),
    ("per_group", "哪个局这几年整体执行率最低 总执行比总预算那种",
     {"op": "fc3_best_group", "by": "dept", "metric": "overall", "order": "asc", "contains": ["交通"]}),
    # --- whole store ---
    ("whole_store", "全部项目里执行率最低的三个", RANK("rate", "asc", 3)),
    # --- figures, typos, spoken numbers ---
    ("figure", "绿容局有几个项目|口袋公园预算多少", FD("LR", 2024, "口袋公园", "budget")),
    ("figure", "执行率 海塘堤防巡查养护那个", FD("SW", 2024, "海塘", "rate")),
    ("typo", "林业有害生五防治的得分", FD("LR", 2024, "林业有害", "score")),
    ("typo", "guizi局23年信息化运维 只行率", FD("GZ", 2023, "信息化", "rate")),
    ("spoken_number", "24年预算超过两千万的项目有哪些", FILTER(["budget", ">", 2000], scope=Y(2024))),
    ("spoken_number", "水务局23年执行率九成九以上的几个", ONE("SW", 2023, COUNT(["rate", ">", 99]))),
    # --- rankings, counts, sums, overall ---
    ("ranking", "交通委24年执行率最低的两个", ONE("JT", 2024, RANK("rate", "asc", 2))),
    ("count", "23年有指标扣分的项目 几个", COUNT(["lost_indicator"], scope=Y(2023))),
    ("sum", "交委两年执行数总共多少", SUM("executed", scope=S("JT"))),
    ("sum", "规资局24年年初预算加一块", ONE("GZ", 2024, SUM("initial"))),
    ("overall_rate", "绿容局总体支出进度 总执行比总预算", ONE("LR", 2024, OVERALL())),
    ("overall_rate", "23年全部局放一起整体执行率", OVERALL(scope=Y(2023))),
    # --- compound, exclusion, range ---
    ("compound", "24年预算过一千万 执行率又不到九十九的", FILTER(["budget", ">", 1000], ["rate", "<", 99], scope=Y(2024))),
    ("compound", "水务局三年里 年初预算调过而且有指标扣分的", FILTER(["changed_budget"], ["lost_indicator"], scope=S("SW"))),
    ("exclusion", "绿容局不算口袋公园 预算合计", ONE("LR", 2024, SUM("budget", exclude=[LR(2024, "口袋公园")]))),
    ("exclusion", "交通委23年除了公路养护 执行率最低的", ONE("JT", 2023, RANK("rate", "asc", exclude=[JT(2023, "公路养护")]))),
    ("range", "24年执行率在九十七到九十八之间的", FILTER(["rate", ">", 97], ["rate", "<", 98], scope=Y(2024))),
    ("range", "规资局三年里预算五百到八百万的有几个", COUNT(["budget", ">", 500], ["budget", "<", 800], scope=S("GZ"))),
    # --- share, average, rank position ---
    ("share", "绿容局总预算多少|口袋公园占多少比例", AT("LR", 2024, SHARE(LR(2024, "口袋公园"), "budget", S("LR", 2024)))),
    ("share", "河道综合整治在水务局24年预算里占几成", AT("SW", 2024, SHARE(SW(2024, "河道"), "budget", S("SW", 2024)))),
    ("average", "交通委24年哪些项目预算高于平均", ONE("JT", 2024, FILTER(["above_mean", "budget"]))),
    ("average", "规资局24年执行率的平均值", ONE("GZ", 2024, MEAN("rate"))),
    ("rank_position", "口袋公园得分在绿容局排第几", AT("LR", 2024, POS(LR(2024, "口袋公园"), "score", "desc", S("LR", 2024)))),
    ("rank_position", "水务局24年海塘那个预算|在局里排老几", AT("SW", 2024, POS(SW(2024, "海塘"), "budget", "desc", S("SW", 2024)))),
    # --- indicators, lost points, texts, topics ---
    ("indicator", "核心系统可用率那个指标扣了多少 23年的", AT("GZ", 2023, IND("核心系统可用率", "lost", S("GZ", 2023)))),
    ("indicator", "疏浚土资源化利用率实际完成多少", AT("JT", 2024, IND("疏浚土资源化利用率", "actual", S("JT", 2024)))),
    ("indicator_count", "24年指标扣了分的项目 每个局分开说各几个", {"op": "per_group", "metric": "count_lost", "scope": Y(2024)}),
    ("indicator_count", "口袋公园一共几个绩效指标", FD("LR", 2024, "口袋公园", "n_indicators")),
    ("lost_points", "公路养护23年哪些指标扣分 各扣多少", AT("JT", 2023, {"op": "lost_rows", "project": JT(2023, "公路养护")})),
    ("lost_points", "垃圾分类那个项目得了几分|总共丢了几分", FD("LR", 2024, "垃圾分类", "lost")),
    ("text", "口袋公园实际完成情况 新建了多少座来着", AT("LR", 2024, TEXT(LR(2024, "口袋公园"), "result_text", "124座"))),
    ("text", "林业有害生物防治目标里有没有提美国白蛾", AT("LR", 2024, TEXT(LR(2024, "林业"), "goal_text", "美国白蛾"))),
    ("topic", "呃 照明那块的项目是哪个", TOPIC("照明")),
    # --- follow-ups ---
    ("follow_up", "交通委24年预算最高的|它执行率多少", FD("JT", 2024, "公路养护", "rate")),
    ("follow_up", "水务局24年的项目|按预算排第二的", ONE("SW", 2024, NTH("budget", "desc", 2))),
    ("follow_up", "规资局23年扣了指标分的项目|去掉国土空间规划编制呢",
     ONE("GZ", 2023, FILTER(["lost_indicator"], exclude=[GZ(2023, "国土空间")]))),
    ("follow_up", "绿容局执行率最低的|它扣了哪些指标", AT("LR", 2024, {"op": "lost_rows", "project": LR(2024, "垃圾分类")})),
    # --- comparison, yes/no ---
    ("comparison", "口袋公园和城市绿地养护谁花钱多 差多少", GAP("executed", LR(2024, "口袋公园"), LR(2024, "城市绿地"))),
    ("comparison", "规资局24年总预算比23年多多少", SGAP("sum:budget", S("GZ", 2024), S("GZ", 2023))),
    ("yes_no", "22年有没有评良的项目", FILTER(["grade", "良"], scope=Y(2022))),
    # --- data quality ---
    ("data_quality", "生态局24年哪些项目的评分等级是补出来的",
     AT("ST", 2024, {"op": "restored_field", "field": "grade", "scope": S("ST", 2024)})),
    ("data_quality", "环境局24年校验出目标值符号矛盾的项目有几个",
     AT("ST", 2024, {"op": "flagged", "kinds": ["operator_contradiction"], "count": True, "scope": S("ST", 2024)})),
    # --- switches ---
    ("switch", "交通委24年得分最低的|23年的呢", ONE("JT", 2023, RANK("score", "asc"))),
    ("switch", "规资局24年执行率最低的|换成水务局", ONE("SW", 2024, RANK("rate", "asc"))),
    ("switch", "规资局22年评良的有没有|23年呢", ONE("GZ", 2023, FILTER(["grade", "良"]))),
    ("switch", "绿容局总预算|22年的呢", NONE("绿容局只存了2024年")),
    ("switch", "生态局23年几个项目|22年呢", NONE("生态环境局2022未存")),
    ("switch", "水务局24年整体执行率|那25年的", NONE("2025未存")),
    # --- unanswerable: scope ---
    ("unanswerable_scope", "财政局22年的项目有哪些", NONE("财政局未存")),
    ("unanswerable_scope", "交通委22年预算合计", NONE("交通委2022未存")),
    ("unanswerable_scope", "绿容局23年得分最低的", NONE("绿容局2023未存")),
    ("unanswerable_scope", "卫健委的项目执行率", NONE("卫健委未存")),
    ("unanswerable_scope", "浦东新区水务局的项目列一下", NONE("区级未存")),
    ("unanswerable_scope", "发改委24年整体执行率", NONE("发改委未存")),
    # --- unanswerable: period ---
    ("unanswerable_period", "规资局24年三季度执行率", NONE("只有全年数")),
    ("unanswerable_period", "口袋公园执行数|上半年执行了多少", NONE("只有全年数")),
    ("unanswerable_period", "21年河道综合整治预算多少", NONE("2021未存")),
    ("unanswerable_period", "水务局24年每个月的支出进度", NONE("没有月度数")),
    ("unanswerable_period", "交通委20年到22年的项目个数", NONE("交通委只存2023、2024")),
    # --- unanswerable: future ---
    ("unanswerable_future", "规资局24年总预算|25年能有多少", NONE("未来")),
    ("unanswerable_future", "明年绿容局口袋公园打算建多少座", NONE("未来")),
    ("unanswerable_future", "公路养护管理下一年度执行率预计多少", NONE("未来")),
    ("unanswerable_future", "26年交通委有哪些项目", NONE("未来")),
    # --- unanswerable: fields ---
    ("unanswerable_field", "口袋公园得分|中标单位是谁", NONE("表中无中标")),
    ("unanswerable_field", "河道整治项目负责人叫啥", NONE("表中无负责人")),
    ("unanswerable_field", "交通委项目审计整改情况", NONE("表中无审计")),
    ("unanswerable_field", "测绘院有多少人员编制", NONE("表中无编制")),
    ("unanswerable_field", "林业有害生物防治的政府采购合同金额", NONE("表中无采购")),
    ("unanswerable_field", "景观照明一年电费花了多少", NONE("表中无经济分类")),
]
