"""Bank questions over the real sample only: 上海市生态环境局 2024, 18 projects.

Projects are picked by seq (the stored names are partly garbled; staff name them
by their real words: 海洋 #4, 大气 #8, 督察 #16, 党建 #10, 核与辐射 #14, 监测 #1,
法规与标准 #11 (no name in the document), 宣传教育/后勤 #18, 执法和应急 #13,
气候变化 #2, 队伍建设 #12, 全市生态环境保障 #7, 科技与国际合作 #9, 环评/排污许可 #15,
土壤固废 #5, 水生态 #6, 自然生态/农业农村 #3, 综合规划 #17).
Each entry: (family, question, spec); the spec language is evals/bank/oracle.py.
"""

PREFIX = "smp"
DOCUMENT = "000_714f557b0e494d5f.txt"
WITH_STORE = False


def store_paths():
    return ["data/samples/000_714f557b0e494d5f.txt"]


def F(project, *metrics):
    return {"op": "figure", "project": project, "metrics": list(metrics)}


def NONE(why):
    return {"op": "none", "why": why}


def RANK(metric, order, n=1, **kw):
    return {"op": "rank", "metric": metric, "order": order, "n": n, **kw}


def NTH(metric, order, k, **kw):
    return {"op": "nth", "metric": metric, "order": order, "k": k, **kw}


def FILTER(*where, **kw):
    return {"op": "filter", "where": list(where), **kw}


def COUNT(*where, **kw):
    return {"op": "count", "where": list(where), **kw}


QUESTIONS = [
    # --- figures of a named project -------------------------------------------------
    ("figure", "海洋那个项目预算多少", F(4, "budget")),
    ("figure", "帮我看下大气项目执行率", F(8, "rate")),
    ("figure", "党建群建工作花了多少钱", F(10, "executed")),
    ("figure", "核与辐射安全管理得分", F(14, "score")),
    ("figure", "督察那个项目评分等级是啥", F(16, "grade")),
    ("figure", "执法和应急的全年预算和执行数", F(13, "budget", "executed")),
    ("figure", "麻烦查一下科技与国际合作交流的执行率跟得分", F(9, "rate", "score")),
    ("figure", "法规与标准那个项目执行了多少", F(11, "executed")),
    ("figure", "水生态环境综合管理 执行率多少", F(6, "rate")),
    ("figure", "土壤固废化学品污染防治项目的总分", F(5, "score")),
    ("figure", "队伍建设那个项目年初预算多少", F(12, "initial")),
    ("figure", "环评和排污许可那个项目全年执行数", F(15, "executed")),
    ("figure", "全市生态环境保障项目的其他资金预算是多少", F(7, "other")),
    ("figure", "大气项目实施单位是哪个", F(8, "implementer")),
    ("figure", "气候变化那个项目执行率和得分", F(2, "rate", "score")),
    ("figure", "自然生态和农业农村环境保护的预算", F(3, "budget")),
    ("figure", "综合规划管理项目得了几分", F(17, "score")),
    ("figure", "宣传教育和后勤保障那个项目执行率是多少", F(18, "rate")),
    ("figure", "那个啥 监测和总量控制那个项目预算执行率", F(1, "rate")),
    ("figure", "执法应急项目资金这块得了几分", F(13, "funds_score")),
    ("figure", "干部人事管理和队伍建设项目全年预算调成了多少", F(12, "budget")),
    ("figure", "党建项目还剩多少钱没花", F(10, "unexecuted")),
    ("figure", "全市生态环境保障的当年财政拨款执行率", F(7, "approp_rate")),
    # --- typos and homophones -------------------------------------------------------
    ("typo", "海羊项目执行率", F(4, "rate")),
    ("typo", "党件工作预算多少", F(10, "budget")),
    ("typo", "执发和应急项目得分", F(13, "score")),
    ("typo", "宣船教育后勤那个项目花了多少", F(18, "executed")),
    ("typo", "大汽项目预算", F(8, "budget")),
    ("typo", "核与幅射那个项目执行率多少", F(14, "rate")),
    ("typo", "土壤固费项目执行数", F(5, "executed")),
    ("typo", "督茶项目的预算执行率", F(16, "rate")),
    ("typo", "科记与国际合作交流的得分", F(9, "score")),
    ("typo", "水生太环境综合管理的预算", F(6, "budget")),
    # --- spoken numbers and thresholds without units --------------------------------
    ("spoken_number", "执行率不到95的有哪些", FILTER(["rate", "<", 95])),
    ("spoken_number", "预算一千万以上的项目", FILTER(["budget", ">", 1000])),
    ("spoken_number", "得分九十九点五以上的有几个", COUNT(["score", ">", 99.5])),
    ("spoken_number", "执行率百分之九十七以上的项目有多少个", COUNT(["rate", ">", 97])),
    ("spoken_number", "执行率没到九成的项目", FILTER(["rate", "<", 90])),
    ("spoken_number", "预算两百万以下的", FILTER(["budget", "<", 200])),
    ("spoken_number", "全年预算不到五百万但是超过四百万的项目", FILTER(["budget", "<", 500], ["budget", ">", 400])),
    ("spoken_number", "得分低于九十七分的项目有哪些", FILTER(["score", "<", 97])),
    ("spoken_number", "执行率低于八十五的几个项目预算合计", {"op": "sum", "metric": "budget", "where": [["rate", "<", 85]]}),
    # --- exclusions -----------------------------------------------------------------
    ("exclusion", "除去科技与国际合作交流 其他项目预算一共多少", {"op": "sum", "metric": "budget", "exclude": [9]}),
    ("exclusion", "不含全市生态环境保障的话整体执行率是多少", {"op": "overall_rate", "exclude": [7]}),
    ("exclusion", "去掉得分最高的两个 剩下的平均分", {"op": "mean", "metric": "score", "exclude": [3, 8]}),
    ("exclusion", "除了全市生态环境保障 执行率最低的是哪个", RANK("rate", "asc", 1, exclude=[7])),
    ("exclusion", "刨掉预算最大的那个项目 其余的执行数合计", {"op": "sum", "metric": "executed", "exclude": [9]}),
    ("exclusion", "执行率最低的三个 不算全市生态环境保障", RANK("rate", "asc", 3, exclude=[7])),
    ("exclusion", "不算海洋和大气 其他项目执行率的平均值", {"op": "mean", "metric": "rate", "exclude": [4, 8]}),
    # --- two conditions at once -----------------------------------------------------
    ("compound", "预算超过300万并且有指标扣分的项目", FILTER(["budget", ">", 300], ["lost_indicator"])),
    ("compound", "执行率低于95而且预算400万以上的", FILTER(["rate", "<", 95], ["budget", ">", 400])),
    ("compound", "得分99以上 执行率又低于99的项目", FILTER(["score", ">", 99], ["rate", "<", 99])),
    ("compound", "指标没扣分但执行率不到90的项目有哪些", FILTER(["no_lost_indicator"], ["rate", "<", 90])),
    ("compound", "年初预算和全年预算不一样 而且执行率低于90的", FILTER(["changed_budget"], ["rate", "<", 90])),
    ("compound", "预算不到100万、执行率又在90以下的有几个", COUNT(["budget", "<", 100], ["rate", "<", 90])),
    # --- ranges ---------------------------------------------------------------------
    ("range", "执行率介于90和98之间的项目", FILTER(["rate", ">", 90], ["rate", "<", 98])),
    ("range", "预算在300万到500万之间的有哪些", FILTER(["budget", ">", 300], ["budget", "<", 500])),
    ("range", "得分在96到99分之间的项目", FILTER(["score", ">", 96], ["score", "<", 99])),
    ("range", "执行率80到95之间的有几个", COUNT(["rate", ">", 80], ["rate", "<", 95])),
    ("range", "全年执行数200万到400万之间的项目", FILTER(["executed", ">", 200], ["executed", "<", 400])),
    # --- shares ---------------------------------------------------------------------
    ("share", "哪些项目预算占全局总预算一成以上", FILTER(["share_of_total", "budget", ">", 0.1])),
    ("share", "预算占总额四分之一以上的项目", FILTER(["share_of_total", "budget", ">", 0.25])),
    ("share", "全市生态环境保障项目财政拨款占它自己预算的比例", F(7, "approp_share")),
    ("share", "哪些项目当年财政拨款不到自身全年预算的九成", FILTER(["approp_share", "<", 90])),
    ("share", "执行数占全部执行数5%以上的项目有哪些", FILTER(["share_of_total", "executed", ">", 0.05])),
    # --- compared with the average --------------------------------------------------
    ("average", "高于平均得分的项目有哪些", FILTER(["above_mean", "score"])),
    ("average", "执行率低于各项目执行率平均值的项目", FILTER(["below_mean", "rate"])),
    ("average", "预算比平均预算高的项目有几个", COUNT(["above_mean", "budget"])),
    ("average", "平均每个项目得多少分", {"op": "mean", "metric": "score"}),
    ("average", "各项目执行率的平均值", {"op": "mean", "metric": "rate"}),
    ("average", "平均一个项目执行了多少万", {"op": "mean", "metric": "executed"}),
    # --- rank position --------------------------------------------------------------
    ("rank_position", "大气项目预算排第几", {"op": "position", "project": 8, "metric": "budget", "order": "desc"}),
    ("rank_position", "党建的执行率在所有项目里排老几 从低往高数", {"op": "position", "project": 10, "metric": "rate", "order": "asc"}),
    ("rank_position", "执法应急项目执行率从高到低排第几", {"op": "position", "project": 13, "metric": "rate", "order": "desc"}),
    ("rank_position", "核与辐射项目预算从大到小排第几位", {"op": "position", "project": 14, "metric": "budget", "order": "desc"}),
    ("rank_position", "宣传教育后勤那个预算排名多少", {"op": "position", "project": 18, "metric": "budget", "order": "desc"}),
    # --- top / bottom N -------------------------------------------------------------
    ("ranking", "预算最多的三个项目", RANK("budget", "desc", 3)),
    ("ranking", "执行率最低的五个", RANK("rate", "asc", 5)),
    ("ranking", "得分最低的两个项目", RANK("score", "asc", 2)),
    ("ranking", "哪个项目钱最少", RANK("budget", "asc", 1)),
    ("ranking", "执行数排前四的项目", RANK("executed", "desc", 4)),
    ("ranking", "没花完的钱最多的三个项目", RANK("unexecuted", "desc", 3)),
    ("ranking", "执行率最高的是哪个", RANK("rate", "desc", 1)),
    ("ranking", "预算倒数三个是哪几个", RANK("budget", "asc", 3)),
    ("ranking", "扣分最多的项目", RANK("lost", "desc", 1)),
    # --- counts ---------------------------------------------------------------------
    ("count", "一共多少个项目", COUNT()),
    ("count", "评级是优的有几个", COUNT(["grade", "优"])),
    ("count", "有指标扣分的项目几个", COUNT(["lost_indicator"])),
    ("count", "预算超过五百万的项目数", COUNT(["budget", ">", 500])),
    ("count", "得分不到99分的有多少个项目", COUNT(["score", "<", 99])),
    # --- sums -----------------------------------------------------------------------
    ("sum", "总预算多少", {"op": "sum", "metric": "budget"}),
    ("sum", "全部项目一共执行了多少万", {"op": "sum", "metric": "executed"}),
    ("sum", "年初预算加起来多少", {"op": "sum", "metric": "initial"}),
    ("sum", "所有项目一共还有多少钱没执行", {"op": "sum", "metric": "unexecuted"}),
    ("sum", "执行率低于95的那些项目 预算合计多少", {"op": "sum", "metric": "budget", "where": [["rate", "<", 95]]}),
    ("sum", "有指标扣分的项目执行数加一块多少", {"op": "sum", "metric": "executed", "where": [["lost_indicator"]]}),
    ("sum", "其他资金一共多少", {"op": "sum", "metric": "other"}),
    # --- overall rate ---------------------------------------------------------------
    ("overall_rate", "整体执行率多少", {"op": "overall_rate"}),
    ("overall_rate", "全局预算执行率是多少 按总执行除以总预算", {"op": "overall_rate"}),
    ("overall_rate", "预算500万以上项目的总体执行率", {"op": "overall_rate", "where": [["budget", ">", 500]]}),
    ("overall_rate", "有指标扣分那几个项目合起来的执行率", {"op": "overall_rate", "where": [["lost_indicator"]]}),
    ("overall_rate", "执行率低于90的项目合在一起执行率是多少", {"op": "overall_rate", "where": [["rate", "<", 90]]}),
    # --- indicators -----------------------------------------------------------------
    ("indicator", "培训次数这个指标目标是几次", {"op": "indicator", "name": "培训次数", "field": "target"}),
    ("indicator", "科研项目综合绩效评价完成数量实际完成多少", {"op": "indicator", "name": "科研项目综合绩效评价完成数量", "field": "actual"}),
    ("indicator", "全市主要河流断面水质达标率实际多少", {"op": "indicator", "name": "全市主要河流断面水质达标率", "field": "actual"}),
    ("indicator", "档案数字化扫描页数目标多少页", {"op": "indicator", "name": "档案数字化扫描页数", "field": "target"}),
    ("indicator", "开展市级生态环境保护督察的区 实际几个", {"op": "indicator", "name": "开展市级生态环境保护督察的区", "field": "actual"}),
    ("indicator", "系统漏洞扫描和渗透测试次数扣了几分", {"op": "indicator", "name": "系统漏洞扫描和渗透测试次数", "field": "lost"}),
    ("indicator", "开展生态文明创建地区的数量实际完成了几个", {"op": "indicator", "name": "开展生态文明创建地区的数量", "field": "actual"}),
    ("indicator", "公务员招录这个指标分值多少", {"op": "indicator", "name": "公务员招录", "field": "weight"}),
    ("indicator", "合同法律审查完成率得了几分", {"op": "indicator", "name": "合同法律审查完成率", "field": "score"}),
    ("indicator", "市民满意度那个指标实际多少", {"op": "indicator", "name": "市民满意度", "field": "actual"}),
    ("indicator_count", "海洋项目有几个绩效指标", F(4, "n_indicators")),
    ("indicator_count", "宣传教育后勤那个项目一共多少个指标", F(18, "n_indicators")),
    ("indicator_count", "核与辐射有多少条三级指标", F(14, "n_indicators")),
    ("indicator_count", "自然生态和农业农村环境保护项目设了几个指标", F(3, "n_indicators")),
    ("indicator_count", "党建项目的指标数", F(10, "n_indicators")),
    ("lost_points", "哪些项目有指标扣分", FILTER(["lost_indicator"])),
    ("lost_points", "监测总量控制那个项目哪些指标扣分了 为啥", {"op": "lost_rows", "project": 1}),
    ("lost_points", "科技与国际合作交流哪个指标扣了分", {"op": "lost_rows", "project": 9}),
    ("lost_points", "法规与标准项目指标扣分情况", {"op": "lost_rows", "project": 11}),
    ("lost_points", "宣传教育后勤项目指标哪里扣分了", {"op": "lost_rows", "project": 18}),
    ("lost_points", "执法和应急一共扣了多少分", F(13, "lost")),
    ("lost_points", "有指标扣分的那些项目里 一共几条指标被扣了分", {"op": "sum", "metric": "n_lost_indicators", "where": [["lost_indicator"]]}),
    # --- texts ----------------------------------------------------------------------
    ("text", "党建那个项目是做什么的", {"op": "text", "project": 10, "contains": ["党组织"]}),
    ("text", "督察项目主要干啥", {"op": "text", "project": 16, "contains": ["警示片"]}),
    ("text", "科技与国际合作交流目标是啥", {"op": "text", "project": 9, "contains": ["科普"]}),
    ("text", "核与辐射那个项目的年度目标", {"op": "text", "project": 14, "contains": ["辐射事故应急"]}),
    ("text", "法规与标准那个项目要干嘛", {"op": "text", "project": 11, "contains": ["法规"]}),
    ("text", "督察项目实际完成得怎么样", {"op": "text", "project": 16, "field": "result_text", "contains": ["警示片"]}),
    # --- topics ---------------------------------------------------------------------
    ("topic", "海洋方面的项目有哪些", {"op": "topic", "words": ["海洋"]}),
    ("topic", "跟辐射相关的项目", {"op": "topic", "words": ["辐射"]}),
    ("topic", "帮我找下排污相关的项目", {"op": "topic", "words": ["排污"]}),
    ("topic", "执法方面的有哪些项目", {"op": "topic", "words": ["执法"]}),
    ("topic", "土壤和固废相关的项目", {"op": "topic", "words": ["土壤"]}),
    ("topic", "跟大气有关的项目有哪些", {"op": "topic", "words": ["大气"]}),
    # --- data quality ---------------------------------------------------------------
    ("data_quality", "哪些项目有数据是原文缺失后补上的", {"op": "restored"}),
    ("data_quality", "评分等级没填的项目有哪些", {"op": "restored_field", "field": "grade"}),
    ("data_quality", "哪几个项目总分是算出来的 不是表里印的", {"op": "restored_field", "field": "total_score", "show": "score"}),
    ("data_quality", "哪些项目有指标得分是补全的", {"op": "restored_field", "field": "indicator_score"}),
    ("data_quality", "核对的时候被标出问题的项目有哪些", {"op": "flagged"}),
    ("data_quality", "哪些指标的目标值符号可能填错了", {"op": "flagged", "kinds": ["operator_contradiction"]}),
    ("data_quality", "有几个项目被核对出问题", {"op": "flagged", "count": True}),
    ("data_quality", "补全过数据的项目有几个", {"op": "restored", "count": True}),
    # --- follow-ups -----------------------------------------------------------------
    ("follow_up", "执行率最低的三个|第三个呢", NTH("rate", "asc", 3)),
    ("follow_up", "预算最多的五个项目|倒数第二", NTH("budget", "desc", 4)),
    ("follow_up", "得分最低的三个项目|末尾那个", NTH("score", "asc", 3)),
    ("follow_up", "执行率最低的是哪个|去掉这个以后呢", RANK("rate", "asc", 1, exclude=[7])),
    ("follow_up", "海洋和大气的预算|它们合计多少", {"op": "combined", "metric": "budget", "projects": [4, 8]}),
    ("follow_up", "执行率低于90的项目|其中最高的", RANK("rate", "desc", 1, where=[["rate", "<", 90]])),
    ("follow_up", "海洋项目执行率|跟大气比呢", {"op": "diff", "metric": "rate", "a": 4, "b": 8}),
    ("follow_up", "党建的预算多少|那执法呢", F(13, "budget")),
    ("follow_up", "核与辐射得分多少|那督察呢", F(16, "score")),
    ("follow_up", "预算最少的三个|第二个呢", NTH("budget", "asc", 2)),
    ("follow_up", "有指标扣分的项目|它们预算合计多少", {"op": "sum", "metric": "budget", "where": [["lost_indicator"]]}),
    ("follow_up", "执行率最高的三个|其中预算最大的", RANK("budget", "desc", 1, where=[["rate", ">", 99.7]])),
    ("follow_up", "大气项目执行率|那它的执行数呢", F(8, "executed")),
    ("follow_up", "预算超过一千万的项目|去掉最大的那个以后呢", FILTER(["budget", ">", 1000], exclude=[9])),
    ("follow_up", "执行率最低的三个项目|它们的预算合计", {"op": "combined", "metric": "budget", "projects": [7, 12, 10]}),
    ("follow_up", "党建的执行率|那法规与标准呢", F(11, "rate")),
    # --- questions the data cannot answer -------------------------------------------
    ("unanswerable_period", "上半年执行率多少", NONE("表中只有全年数，没有半年数")),
    ("unanswerable_period", "海洋项目一月份花了多少钱", NONE("没有月度执行数")),
    ("unanswerable_period", "三季度的预算执行情况", NONE("没有季度数")),
    ("unanswerable_period", "大气项目第一季度执行率", NONE("没有季度数")),
    ("unanswerable_period", "截至6月底党建项目执行了多少", NONE("没有年中数")),
    ("unanswerable_period", "前三季度总执行数", NONE("没有季度数")),
    ("unanswerable_period", "帮我看下督察项目下半年花了多少", NONE("没有半年数")),
    ("unanswerable_period", "执法应急项目12月份执行数", NONE("没有月度数")),
    ("unanswerable_period", "海洋项目执行率|那上半年呢", NONE("没有半年数")),
    ("unanswerable_future", "明年的预算多少", NONE("只有2024年度")),
    ("unanswerable_future", "下一年度大气项目预算安排", NONE("没有下一年度")),
    ("unanswerable_future", "25年整体执行率预计多少", NONE("没有2025年")),
    ("unanswerable_future", "党建项目明年还有吗 预算多少", NONE("没有下一年度")),
    ("unanswerable_future", "核与辐射项目2025年的目标", NONE("没有2025年")),
    ("unanswerable_future", "科技与国际合作交流的预算|那明年的呢", NONE("没有下一年度")),
    ("unanswerable_field", "海洋项目人员编制多少", NONE("表中无人员编制")),
    ("unanswerable_field", "大气项目采购方式是什么", NONE("表中无采购方式")),
    ("unanswerable_field", "党建项目负责人是谁", NONE("表中无负责人")),
    ("unanswerable_field", "督察项目合同金额多少", NONE("表中无合同金额")),
    ("unanswerable_field", "执法应急项目中标单位是哪家", NONE("表中无中标单位")),
    ("unanswerable_field", "科技与国际合作交流的联系电话", NONE("表中无联系电话")),
    ("unanswerable_field", "核与辐射项目开工日期", NONE("表中无开工日期")),
    ("unanswerable_field", "各项目政府采购金额合计", NONE("表中无采购金额")),
    ("unanswerable_field", "土壤固废项目用了多少人", NONE("表中无人数")),
    ("unanswerable_field", "水生态项目的审计意见", NONE("表中无审计意见")),
    ("unanswerable_field", "大气项目预算|那它的项目负责人呢", NONE("表中无负责人")),
    ("unanswerable_field", "宣传教育后勤那个项目的招标方式", NONE("表中无招标方式")),
    ("unanswerable_field", "海洋项目租船花了多少钱", NONE("表中无分项支出明细")),
    ("unanswerable_scope", "2021年的总预算", NONE("只有2024年度")),
    ("unanswerable_scope", "23年海洋项目执行率", NONE("只有2024年度")),
    ("unanswerable_scope", "北京市交通委的项目有哪些", NONE("没有北京市交通委")),
    ("unanswerable_scope", "上海市教委的整体执行率", NONE("没有上海市教委")),
    ("unanswerable_scope", "浦东新区生态环境局的项目得分", NONE("没有浦东新区")),
    ("unanswerable_scope", "地铁建设项目预算多少", NONE("没有该项目")),
    ("unanswerable_scope", "垃圾分类那个项目执行率多少", NONE("没有该项目")),
    ("unanswerable_scope", "大气项目得分|去年的呢", NONE("只有2024年度")),
    ("unanswerable_scope", "海洋项目预算|那交通委呢", NONE("没有交通委")),
    ("unanswerable_scope", "2022年评级为优的项目", NONE("只有2024年度")),
    ("unanswerable_scope", "学校食堂改造项目花了多少", NONE("没有该项目")),
    ("unanswerable_scope", "规资局的项目一共多少个", NONE("没有规划和自然资源局")),
    ("unanswerable_scope", "交通运输项目的预算合计", NONE("没有该项目")),
    ("unanswerable_scope", "上海市卫健委 执行率最低的项目", NONE("没有卫健委")),
    ("unanswerable_scope", "去年同期整体执行率多少", NONE("只有2024年度")),
    ("unanswerable_scope", "大气项目2023年预算", NONE("只有2024年度")),
    ("unanswerable_scope", "徐汇区生态环境局的项目有几个", NONE("没有徐汇区")),
    ("unanswerable_scope", "24年跟23年比 整体执行率变化多少", NONE("没有2023年度")),
    ("unanswerable_period", "海洋项目10月底执行进度", NONE("没有月度数")),
    ("unanswerable_period", "第二季度预算执行率", NONE("没有季度数")),
    ("unanswerable_period", "督察项目按月的支付进度", NONE("没有月度数")),
    ("unanswerable_future", "明年哪些项目会加预算", NONE("没有下一年度")),
    ("unanswerable_future", "党建项目下年度绩效目标是啥", NONE("没有下一年度")),
    ("unanswerable_future", "上海市生态环境局2025年预算总额", NONE("没有2025年")),
    ("unanswerable_field", "各项目绩效评价是哪家第三方机构做的", NONE("表中无评价机构")),
    ("unanswerable_field", "核与辐射项目设备采购清单", NONE("表中无采购清单")),
    ("unanswerable_field", "大气项目立项时间", NONE("表中无立项时间")),
    ("unanswerable_field", "执法应急项目的资金支付凭证号", NONE("表中无凭证")),
    ("unanswerable_field", "海洋项目的政府采购预算是多少", NONE("表中无政府采购预算")),
    # more follow-ups and spoken forms
    ("follow_up", "党建执行率|跟执法比呢", {"op": "diff", "metric": "rate", "a": 10, "b": 13}),
    ("follow_up", "得分最低的三个|第二个呢", NTH("score", "asc", 2)),
    ("follow_up", "预算最多的三个项目|那预算最少的呢", RANK("budget", "asc", 3)),
    ("spoken_number", "预算三百万上下 就是两百八到三百二之间的项目", FILTER(["budget", ">", 280], ["budget", "<", 320])),
    ("typo", "环评和排污许可那个项目的得份", F(15, "score")),
    ("figure", "核与辐射安全管理年初预算多少 全年预算多少", F(14, "initial", "budget")),
]
