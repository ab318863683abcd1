"""Blind set 19 over the eleven reports (the real sample + the ten corpus PDFs), written without reading or running
the assistant, its tests or prompts, or any other set's questions.

Read: /work/shared/DESIGN.md, evals/bank/oracle.py, build.py, evals/questions.py, ingest/records.py, the corpus
README and the stored records of the eleven reports (ingested as build.py does), the bank README's top sections,
and the helper definitions of source/corpus.py and source/sample.py.

Voice: a budget officer of the finance bureau checking 2022–2024 before next year's allocations — terse, typos and
homophones (贵资局, 水吴局, 绿蓉局, 侧绘), two-digit years, spoken numbers (三千万, 九成), short department names,
follow-ups that switch department or year or lean on the last answer. Stresses departments × years: per-department
and per-year answers, recurring projects, budget adjustments, overall rate vs the mean of rates, shares, indicator
gaps and lost points, 实施单位, data quality of the real sample, and unstored department-years / fields the tables
do not hold.

Selectors: corpus.py's GZ/JT/SW/LR/ST(year, word) inside one department-year and S(key, year) / Y(year) scopes; a
bare word only when unique in the store. Every question is asked of the whole store ("*").
"""

from evals.bank.source.corpus import COUNT, FILTER, GZ, JT, LR, MEAN, OVERALL, PER, RANK, SGAP, ST, SUM, SW, GAP, S, Y
from evals.bank.source.corpus import store_paths as _corpus_store_paths
from evals.bank.source.sample import F, NONE

PREFIX = "bl19c"
DOCUMENT = "*"
WITH_STORE = True


def store_paths():
    return _corpus_store_paths()


GZD, JTD, SWD, LRD, STD = "规划和自然资源局", "交通委员会", "水务局", "绿化和市容管理局", "生态环境局"


def OP(op, **kw):
    return {"op": op, **kw}


QUESTIONS = [
    # --- figures ---------------------------------------------------------------------------------
    ("figure", "交委23年公路养护执行率多少", F(JT(2023, "公路养护"), "rate")),
    ("figure", "口袋公园预算多少", F("口袋公园", "budget")),
    ("figure", "规资局22年耕地保护那个 其他资金有多少", F(GZ(2022, "耕地"), "other")),
    ("figure", "垃圾分类那个项目几分 什么等级", F("垃圾分类", "score", "grade")),
    # --- typos / homophones ------------------------------------------------------------------------
    ("typo", "贵资局24年基础侧绘预算", F(GZ(2024, "基础测绘"), "budget")),
    ("typo", "水吴局22年河道整制执行率", F(SW(2022, "河道"), "rate")),
    ("typo", "绿蓉局景观找明实际花了多少", F("景观照明", "executed")),
    ("typo", "jiaotongwei 24年内河航道输浚得分", F("航道", "score")),
    # --- spoken numbers ----------------------------------------------------------------------------
    ("spoken_number", "预算超过三千万的项目有哪些", FILTER(("budget", ">", 3000))),
    ("spoken_number", "执行率不到九成的一共几个", COUNT(("rate", "<", 90))),
    ("spoken_number", "二三年得分不到九十五的", FILTER(("score", "<", 95), scope=Y(2023))),
    # --- rankings ----------------------------------------------------------------------------------
    ("ranking", "24年所有项目执行率最低的三个", RANK("rate", "asc", 3, scope=Y(2024))),
    ("ranking", "水务局这三年得分最低的是哪个", RANK("score", "asc", scope=S("SW"))),
    ("ranking", "规资局23年项目按预算排一下 | 倒数第二是哪个",
     OP("nth", metric="budget", order="desc", k=-2, scope=S("GZ", 2023))),
    # --- counts and sums ---------------------------------------------------------------------------
    ("count", "评良的项目总共几个", COUNT(("grade", "良"))),
    ("count", "有上年结转资金的项目几个", COUNT(("carry", ">", 1))),
    ("sum", "水务局23年预算加起来多少", SUM("budget", scope=S("SW", 2023))),
    ("sum", "交通委24年几个项目 | 钱一共多少", SUM("budget", scope=S("JT", 2024))),
    # --- overall rate vs average -------------------------------------------------------------------
    ("overall_rate", "规资局23年总体执行率", OVERALL(scope=S("GZ", 2023))),
    ("average", "交委23年各项目执行率平均一下 不要整体的", MEAN("rate", scope=S("JT", 2023))),
    ("average", "水务局22年总预算 | 平均一个项目多少", MEAN("budget", scope=S("SW", 2022))),
    ("overall_rate", "交通委23年执行率平均值多少 | 那整体执行率呢", OVERALL(scope=S("JT", 2023))),
    # --- shares ------------------------------------------------------------------------------------
    ("share", "水务局24年总预算多少 | 河道整治占其中百分之几", OP("share", project=SW(2024, "河道"), metric="budget",
                                              scope=S("SW", 2024))),
    ("share", "口袋公园占绿容局总预算几成", OP("share", project="口袋公园", metric="budget", scope=S("LR", 2024))),
    ("share", "生态局23年的钱里财政拨款占多大比重", OP("bl15_fund_row_share", kind="当年财政拨款", scope=S("ST", 2023))),
    ("share", "交通委两年的项目里评优的占几成", OP("bl15c_count_share", part=[("grade", "优")], scope=S("JT"))),
    # --- per department / per year -----------------------------------------------------------------
    ("per_group", "每个局各有几个项目 几年加一起", PER("dept", "count")),
    ("per_group", "每年整体执行率分别多少", PER("year", "overall")),
    ("per_group", "各部门预算最大的项目分别是哪个", PER("dept", "budget", "desc")),
    # --- recurring projects ------------------------------------------------------------------------
    ("recurring", "河道综合整治这三年预算各多少", OP("bl15c_trend", dept=SWD, word="河道", metric="budget")),
    ("recurring", "规资局哪几个项目三年都报了", OP("bl12c_every_year", dept=GZD)),
    ("recurring", "水务局24年比23年少了哪些项目", OP("bl12c_new_projects", dept=SWD, a=2023, b=2024, which="dropped")),
    ("recurring", "规资局哪些项目预算年年在涨", OP("bl17c_steady", dept=GZD, metric="budget", direction="up")),
    ("recurring", "水务局河道整治22年扣分了没 | 整治长度三年实际各完成几公里", OP("bl17c_ind_trend", dept=SWD, name="河道整治长度")),
    # --- comparisons -------------------------------------------------------------------------------
    ("comparison", "公路养护23年执行率 | 24年呢 比23年高了多少", GAP("rate", JT(2024, "公路养护"), JT(2023, "公路养护"))),
    ("comparison", "规资局24年总预算比22年多多少", SGAP("sum:budget", S("GZ", 2024), S("GZ", 2022))),
    ("comparison", "24年水务局和交通委谁的整体执行率高",
     OP("bc3_groups", metric="overall", groups=[S("SW", 2024), S("JT", 2024)])),
    ("comparison", "23到24年哪个局整体执行率提高最多",
     OP("bl13c_group_change", a=2023, b=2024, metric="overall", order="desc", contains=["交通"])),
    # --- indicators and lost points ----------------------------------------------------------------
    ("indicator", "交委23年公路养护咋只拿了75分 | 大中修里程差了多少公里",
     OP("bl17c_ind_gap", name="大中修里程", scope=S("JT", 2023), direction="short")),
    ("indicator", "湿垃圾日处理能力实际完成多少吨", OP("indicator", name="湿垃圾", field="actual")),
    ("indicator", "水务局24年有几条指标没达到目标值", OP("bl16c_missed", scope=S("SW", 2024))),
    ("lost_points", "公路养护23年哪些指标扣分了 各扣多少", OP("lost_rows", project=JT(2023, "公路养护"))),
    ("lost_points", "交通委24年指标一共扣了几分", SUM("ind_lost", scope=S("JT", 2024))),
    ("lost_points", "水务局扣分最多的一条指标", OP("bl12_top_ind", field="lost", order="desc", scope=S("SW"))),
    ("lost_points", "绿容局24年那个评良的 | 湿垃圾处理能力那条为啥扣分", OP("bl15_ind_reason", name="湿垃圾", contains=["调试"])),
    # --- texts -------------------------------------------------------------------------------------
    ("text", "口袋公园年度目标写的啥", OP("text", project="口袋公园", contains=["120座"])),
    ("text", "海塘巡查养护完成情况怎么说", OP("text", project="海塘", field="result_text", contains=["4.2公里"])),
    ("text", "规资局23年信息化那个执行率咋这么低 | 它实际完成情况里怎么写的",
     OP("text", project=GZ(2023, "信息化"), field="result_text", contains=["机房供电改造"])),
    # --- data quality ------------------------------------------------------------------------------
    ("data_quality", "哪些项目有数据是补算出来的", OP("restored")),
    ("data_quality", "24年环境局的表数据靠谱吗 | 哪几个项目等级是推出来的", OP("restored_field", field="grade", scope=S("ST", 2024))),
    ("data_quality", "有没有项目名字没读出来的", FILTER(("name", "名称缺失"))),
    # --- implementers ------------------------------------------------------------------------------
    ("implementer", "测绘院做的项目这几年预算合计", SUM("budget", where=[("implementer", "测绘院")])),
    ("implementer", "交通委24年几个项目 | 有几个实施单位", OP("bl16c_implementers", scope=S("JT", 2024), count_only=True)),
    # --- budget adjustments ------------------------------------------------------------------------
    ("adjustment", "24年哪些项目年中追加了预算", OP("bl18c_adjusted", direction="up", scope=Y(2024))),
    ("adjustment", "水务局哪些项目调过预算 | 被砍的那些一共砍了多少",
     OP("bl18c_adjusted", direction="down", scope=S("SW"), what=["total"])),
    # --- follow-ups --------------------------------------------------------------------------------
    ("follow_up", "24年预算前三的项目 | 它们合计多少",
     OP("bl9_top_sum", metric="budget", order="desc", n=3, of="sum:budget", scope=Y(2024))),
    ("follow_up", "执行率最低的是哪个项目 | 它扣了多少分", F(JT(2023, "公路养护"), "lost")),
    ("follow_up", "水务局22年得分最低的 | 它23年得了多少", F(SW(2023, "河道"), "score")),
    ("follow_up", "生态局23年预算最多的项目 | 24年它预算多少", F(ST(2024, "水生态"), "budget")),
    ("follow_up", "交通委23年评中的有几个 | 那个是哪个单位做的", F(JT(2023, "公路养护"), "implementer")),
    ("follow_up", "绿容局执行率最低的 | 去掉它剩下的整体执行率",
     OVERALL(scope=S("LR", 2024), exclude=[LR(2024, "垃圾")])),
    # --- switches ----------------------------------------------------------------------------------
    ("switch", "交通委24年总预算 | 23年呢", SUM("budget", scope=S("JT", 2023))),
    ("switch", "水务局24年整体执行率 | 换规资局", OVERALL(scope=S("GZ", 2024))),
    ("switch", "生态局23年几个项目 | 水务局同年呢", COUNT(scope=S("SW", 2023))),
    ("switch", "绿容局24年几个项目 | 23年呢", NONE("绿容局 2023 年没有入库")),
    ("switch", "规资局22年得分最低的项目 | 21年那个呢", NONE("2021 年没有任何报表")),
    ("switch", "交委23年公路养护预算 | 22年的呢", NONE("交通委 2022 年没有入库")),
    # --- year scope --------------------------------------------------------------------------------
    ("year_scope", "23年有哪几个部门的表", OP("bl13c_groups", by="dept", scope=Y(2023),
                                        contains=["规划", "交通", "水务", "生态"])),
    # --- unanswerable ------------------------------------------------------------------------------
    ("unanswerable_scope", "交通委22年公路养护执行率", NONE("交通委 2022 年没有入库")),
    ("unanswerable_scope", "绿容局24年口袋公园预算 | 23年的呢", NONE("绿容局 2023 年没有入库")),
    ("unanswerable_scope", "教委24年项目平均得分", NONE("没有教委的报表")),
    ("unanswerable_scope", "生态局23年干部人事那个得分 | 22年呢", NONE("生态环境局 2022 年没有入库")),
    ("unanswerable_scope", "城市绿地养护22年预算多少", NONE("绿容局 2022 年没有入库")),
    ("unanswerable_period", "规资局2021年整体执行率", NONE("2021 年没有报表")),
    ("unanswerable_period", "水务局24年一季度执行了多少", NONE("表里只有全年执行数")),
    ("unanswerable_future", "25年水务局项目预算安排多少", NONE("2025 年没有报表，也不是预算安排")),
    ("unanswerable_future", "河道整治24年执行率 | 明年预计多少", NONE("表里没有预测")),
    ("unanswerable_future", "交通委明年预算会不会压", NONE("表里没有下年度预算安排")),
    ("unanswerable_field", "公路养护23年具体哪几条路没修完", NONE("表里只说 3 个标段，未列路段")),
    ("unanswerable_field", "河道整治的施工单位是哪家", NONE("表里只有实施单位，没有施工单位")),
    ("unanswerable_field", "测绘院有多少在编人员", NONE("表里没有人员编制")),
    ("unanswerable_field", "景观照明一年电费多少", NONE("表里没有电费明细")),
    ("unanswerable_field", "公路养护的第三方评价机构是谁", NONE("表里没有第三方评价机构")),
    ("unanswerable_field", "哪些项目被审计查出问题了", NONE("表里没有审计结果")),
    ("unanswerable_field", "口袋公园建设 | 它的政府采购合同金额多少", NONE("表里没有采购合同")),
    ("unanswerable_field", "交通委23年项目 | 区级配套资金多少", NONE("表里没有区级配套资金")),
]
