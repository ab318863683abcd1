"""The wording that signals what a question asks, and the typed pieces read from it.

Each cue is a pattern of words people use (扣分/丢分/没拿满分, 最低/倒数,
合计/一共, 低于/不到/以下 …); the functions turn the words of a question into
the plan's typed parts: figures named (``detect_metrics``), conditions
(``detect_conditions``), how many (``limit_of``), which way (``order_of``).
The rules in ``assistant.rules`` decide the intent from these cues.
"""

from __future__ import annotations

import re
import unicodedata

from assistant.metrics import (
    FUND_SYNONYMS,
    METRIC_BUNDLES,
    METRIC_PATTERNS,
    METRICS,
    TOTAL_FUND,
    Metric,
    metric,
)
from assistant.numbers_zh import amount_in_wanyuan, money_mentions, percent_mentions
from assistant.plan import Condition, MetricRef, ratio
from assistant.resolve import mask_spans
from assistant.understand.numbers import write_numbers

FINDINGS_RE = re.compile(r"对不上|数据质量|核对|勾稽|校验|算错|不平|数据.{0,4}(问题|错误|异常|有误)|不匹配|矛盾|不符|对得上")
RESTORED_RE = re.compile(r"不是原(?:表|文)(?:上|里)?(?:的|印的|读到的?)|不是表(?:上|里)(?:的|印的)|(?:表上|原表(?:上|里)?|表里)没(?:印|打印|显示|写|填)(?:出来)?|按公式(?:补算|算|推)|系统(?:补算|算出)|补全|补上|补出来|补出|补算|是[^，,。]{0,8}?(算|推|推算)出来的|不是(表里|原表|表上)印的|(表上|表里|原表|原文)[^，,。]{0,4}没写|不是原文的?|原文缺失|原文缺了?|原文没有|缺失的?数|推定|推算出|恢复的?数|没有?填写?|未填写?|空白|留空|漏填|是空的|为空|空着")
NAMELESS_RE = re.compile(
    r"(缺少|缺失|没有|没|无)(项目)?(名称|名字)|(名称|名字)(都|也)?(缺失|缺了|为空|空白|是空的|没有|没了|丢了|丢失了?|不见了|漏了|漏掉了)|没有名字|无名|"
    r"(名称|名字)(读|认|识别|看)不出|读不出(项目)?(名称|名字)|(名称|名字)(没|未)(识别|认|读)(出来)?"
)
ADJUSTED_RE = re.compile(
    r"(年初.{0,8}全年|全年.{0,8}年初).{0,6}(不一致|不同|不一样|有差异|差异|变化|变动|对不上|不符|不相等|不匹配)|预算(被)?(年中|后来|中途|中间)?(调整|调减|调增|变动|调)过?|"
    r"(年中|后来|中途|中间)(被)?(调整|调减|调增|变动|调|改|动)过(的)?(预算)?|"
    r"(年中)?调(整|减|增)?(过|了)预算|调整预算"
)
UNADJUSTED_RE = re.compile(
    r"(年初.{0,8}全年|全年.{0,8}年初).{0,6}((?<![不没])(一致|相同|一样|相等|对得上|相符)|没变|没有变|未变|没差别|没有差别|没有差异|无差异|没动|没有动)|"
    r"(预算|年初预算|全年预算)(都|也)?(没|没有|未|从没|从来没)(有)?(被)?(调整|调减|调增|调过|变过|变动|变|动过|动)过?|"
    r"(没|没有|未)(有)?(被)?调(整|减|增)?过?(的)?预算|(没|没有|未|不曾)(有)?(调整|变动|变)过"
)
"""年初预算和全年预算没变过的, 预算没调整过的: 年初预算数 = 全年预算数 (read before ``ADJUSTED_RE``, which 调整过预算
inside 没有调整过预算 would match)."""
CAUSE_WORDS = r"有关系?|相关|的影响|影响|的原因|导致|造成|引起"
CAUSE_RE = re.compile(rf"(?:跟|和|与|同|因为|由于|受)(?P<cause>[^，,。？?\s]{{1,8}}?)(?:{CAUSE_WORDS})")
"""A cause asked of the points lost (扣分是不是跟汛期有关): answered by the reasons, not a topic, period or field;
the cause's own words must be found in the reasons quoted."""
TOPIC_RE = re.compile(r"涉及|有关|相关|沾边|搭边|挂钩|有联系|关于|提到|提及|包含|包括|围绕|关联|方面|领域|哪(个|些)项目(在做|在搞|在负责|负责|做的|干的|承担)|"
                      r"(?<=有)(?:管|搞|做|负责)(?=[^，,。\s]{2,12}的项目)")
"""Which projects touch a topic: 哪些项目涉及X, and X是哪个项目在做."""
EQUAL_YET_LOST_RE = re.compile(r"(?:实际(?:完成)?值?|完成值).{0,6}(?:跟|和|与)?(?:目标值?|年度指标值).{0,4}(?:一样|相等|相同|持平|相符)"
                               r".{0,8}扣|(?:实际(?:完成)?值?|完成值).{0,4}(?:正好|刚好|恰好|就)?等于(?:目标值?|年度指标值).{0,10}扣")
"""实际完成值跟目标值一样还被扣了分: the rows whose operator the validation suspects (equal, yet points lost)."""
MIS_ENTRY_RE = re.compile(EQUAL_YET_LOST_RE.pattern + r"|误录|填错|录错|写错|误填|录入错误|填报错误|目标值.{0,12}(错|有误|有问题|不对|矛盾)|"
                          r"(?:比较|大于小于|大小于)符号.{0,6}(?:错|有误|有问题|不对|矛盾)|目标值.{0,6}(跟|和|与)实际.{0,4}(对不上|不符|矛盾)")
FULL_RE = re.compile(r"(?<![不没未离距])(?<!不是)(?<!距离)(?:拿到?了?|得到?了?|获得了?|是|为|打了?)?满分(?!的?(?:是|为|有)?(?:多少|几))")
"""满分的项目, 拿了满分: 总分 equal to its 分值 (满分是多少 asks the 分值; 没拿满分 is NOT_FULL_RE)."""
NOT_FULL_RE = re.compile(r"不是满分|没有满分|没拿满分|没拿到满分|未得满分|没满分|未拿满分|不满分|没有拿满分|没有得满分")
LOST_RE = re.compile(r"扣分|扣了|扣过|扣在|丢分|失分|丢了|被扣|减分|扣除|扣(几|多少)|扣的(?:分|是)|扣(?:在)?哪|扣(?:得|的)?最(?:多|少)")
WHY_RE = re.compile(r"为什么|为何|为啥|原因|偏差|怎么回事|咋回事|理由|怎么会|怎么(只|才)")
EXCEEDED_RE = re.compile(r"超额|超过目标|超出目标|高于目标|超过指标|超标完成")
NOT_MET_RE = re.compile(r"未达标|没达标|没有达标|未达到|没达到|没有达到|未完成|没完成|没有完成|不达标")
SATISFACTION_RE = re.compile(r"满意")
INDICATOR_RE = re.compile(
    r"指标|目标值|指标值|完成值|实际完成|完成了多少|完成多少|完成情况如何|达到多少|目标是?(多少|几)|实际(是|达到|完成了?)?(多少|几)"
)
RESULT_TEXT_RE = re.compile(
    r"完成了(哪些|什么)|(做|干|搞)了(些|哪些|什么|啥)|(干|做|办)成了?(哪些|什么|啥)(事|工作)?|实际完成(了)?(哪些|什么)|主要工作|工作内容|成效|成果|取得|实际完成情况|开展了|"
    r"(完成|做|干|搞)得(怎么样|如何|咋样|好不好)|完成情况(怎么样|如何|咋样|咋说|怎么说|怎么写)"
)
RESULT_TEXT_SAID_RE = re.compile(r"完成情况(里|中|上|里面|里头)?(说|写|提|讲|怎么解释|解释)(了|到|的)?")
"""完成情况里说立项了多少个, 完成情况里提到哪个活动: what the result text says, asked outright — the text answers."""
GOAL_TEXT_RE = re.compile(
    r"(总体|预期|年度)?目标是(什么|啥)|预期目标|总体目标|年度目标|绩效目标|工作目标|(?<!完成)(?<!达到)(?<!实现)(?<!达成)(?<!没有)的?目标[?？]?$|(当初|原来|原先)?定的目标|目标是?怎么写的?|目标(里|上)?(写|说)(的|了)(些)?(啥|什么)|计划(做|干)|要做什么|"
    r"(是)?(做|干|搞)(什么|啥|嘛)的|(要|是)(做|干|搞)(什么|啥|嘛)|主要(做|干|搞)(什么|啥)|主要(工作|任务)是(什么|啥)|目的是什么|的目的|用途|旨在|打算"
)
NTH_RE = re.compile(r"倒数第\s*(\d+)|第\s*(\d+)\s*(?:高|低|大|小|多|少|快|慢)|按\S{1,8}?排(?:在)?第\s*(\d+)(?!名?(?:是|在))")
"""One place of a ranking, not the first N: 倒数第二, 执行率第三高, 按预算排第二的."""
RANK_RE = re.compile(r"最(高|低|大|小|多|少|好|差|快|慢)|(大|小|高|低)(到|往)(小|大|低|高)|(多|少)(到|往)(少|多)|按\S{1,8}?排(一|1)?下|排个?序|前\s*\d+|最?后\s*\d+\s*(?:名|个|位)|倒数|排名|排序|排行|第一名|垫底|名列|" + NTH_RE.pattern)
SHARE_RE = re.compile(r"占比|比例|比重|份额|占.{0,10}(百分之|多少|几成|%)|占(全部|所有|总)")
POSITION_RE = re.compile(r"排(名|第(?!\s*\d)|在(?!\s*第?\s*\d))|第几|名次|位列|排多少|排老几|排几|(放|搁)(到|在|进)")
ASC_RE = re.compile(r"最(低|小|少|差|慢)|倒数|垫底|(低|小|少)的?(排)?(在)?前(面|头)|低到高|小到大|少到多|低往高|小往大|少往多|末位|后\s*\d+|第\s*\d+\s*(低|小|少|慢)")
LIMIT_RE = re.compile(r"(?:前|倒数第?|后)\s*(\d+)|(?<![那这每均单部有共\d.])(\d+)\s*(?:个|项|名|家)")
COUNT_RE = re.compile(r"的有多少(?:个|项)?(?=$|[\s，,。？?！!]|呢|啊)|(?<![哪那这十百])几个(?!(?:百分)?点)|多少个(?!(?:百分)?点)|项目数|(?<!执行)(?<!预算)(?<!按)总数|(?<!指标)数量|(?<![哪那这])几项|多少项|(?<!指标)个数|有多少项目|多少家|多少张|几张|多少份|几份")
"""How many: 哪几个 asks which, not how many (得分倒数三名是哪几个项目)."""
_SUMMING = r"合计|总计|总共|一共|共计|总额|总和|加起来|加一块|加一起|加到一起|汇总(?!表)|累计|总盘子|盘子"
"""Words that can only sum; 合在一起 and 合起来 may also pool the reports a ranking runs over."""
SUM_RE = re.compile(_SUMMING + r"|加在一起|合在一起|合起来|总(预算|执行|支出|金额)|还剩|剩下")
OVERALL_RE = re.compile(r"整体|总体|全部项目|所有项目|平均执行率|全局|总的(?=执行率|支出进度)|合起来的?(?=执行率)|"
                        r"(按)?(总|合计的?)?执行(总)?数?(总数)?除以?(总|合计的?)?预算(总)?数?(总数)?算?|按(总数|总额|合计数?)算?|"
                        r"(总|合计的?)?执行(总)?数?(总数)?(/|÷)(总|合计的?)?预算(总)?数?(总数)?")
MEAN_RE = re.compile(r"平均|均值")
MEDIAN_RE = re.compile(r"中位数|中位值|中值|中间值")
"""The middle value of a figure over projects (执行率的中位数): neither a mean nor an overall rate."""
MEAN_OF_RATES_RE = re.compile(r"执行率的?(平均值|平均数|均值|算术平均)|执行率.{0,3}平均(一下|1下|下)|各个?项目.{0,6}执行率.{0,4}平均|简单平均")
"""The mean of the projects' rates asked in so many words; 平均执行率 alone is the overall rate (Σ执行/Σ预算)."""
ASKS_PROJECTS_RE = re.compile(r"(哪些|哪个|什么|几个|多少个?)项目|项目(都|一共|总共)?有哪(些|几个|个|一个)|项目都?是哪(些|几个|个|一个)|是否有.{0,12}项目|^有.{1,12}的?项目(吗|么|没有?)$|项目.{0,4}(找出来|找一下|找找|列出来|列一下)|(找|搜|查)(下|一下|找)?.{0,12}项目")
LIST_RE = re.compile(r"(?:那|这)[一1]?(?:栏|列)|(有|包括|包含)(哪些|什么|哪几个)项目|项目有哪些|项目(都|总共|一共|分别|主要)(有|是|包括|包含)(哪些|哪几个|啥|什么)|"
                     r"项目(是|包括|包含)(哪些|哪几个)|项目(清单|列表|名单)|列出|列一下|列一列|列个表|(?<![排])列下|所有(的)?项目|全部(的)?项目|哪些项目|按\S{1,8}?(来)?看(一下|看|下)?$")
OVERVIEW_RE = re.compile(r"介绍|情况|怎么样|如何|概况|概要|总体|详情|详细|基本信息|表现")
ASKS_VALUE_RE = re.compile(r"多少|几|是什么|是啥|哪个|哪些|怎样|如何|谁|哪里|哪儿|何时|什么时候|多久|多长")
FILLER_RE = re.compile(r"[□\s?？。，,！!、:：]|的|是|了|吗|呢|请问|告诉我|一下|帮我|查询|查一下|看看|各个|各|每个|分别")
FUND_UNUSED_RE = re.compile(
    r"(?:没有|没|无|不含|未安排)\s*(?:" + "|".join(w for ws in FUND_SYNONYMS.values() for w in ws) + ")"
)
"""A fund line a project does not have (没有上年结转资金的): its 全年预算数 is nil."""
_NOT_GRADE_RE = re.compile(r"(?:不是|并非|非|未评为|没评为|没有评为|没被评为|达不到|没评上|没有评上|没能评上|未评上|没拿到|没评成)"
                           r"\s*[“\"'「]?(优|良|中|差)")
_FUND_USED_RE = re.compile(
    r"(?:有|用了|用到了?|动用了?|使用了?|含有?|包含|涉及|安排了?)\s*(?:" + "|".join(w for ws in FUND_SYNONYMS.values() for w in ws) + ")"
)
GRADE_RE = re.compile(r"(?:评为|评上|拿到|评的(?=[优良中差])|评了个?|拿了个?|评的是|评成|评(?=[优良中差])|等级为|等级是|评级为|评级是|等级|评定为|被评为|为)\s*[“\"'「]?(优|良|中|差)(?:秀|等)?")
"""A grade said with its verb (评为优, 评上良, 等级是中): a condition on the grade, or a test of one project's."""
_BETWEEN_RE = re.compile(
    r"(?:介于|在)?\s*(?P<low>\d+(?:\.\d+)?)\s*(?P<low_unit>%|％|万元|万|亿元|亿|元|分)?\s*(?:到|至|~|～|-|—|和|与)\s*"
    r"(?P<high>\d+(?:\.\d+)?)\s*(?P<unit>%|％|万元|万|亿元|亿|元|分)?\s*(?P<between>之间|以内|范围内|区间)?"
)
"""A range with both ends: 90%到98%, 介于90和98之间 (a bare range needs 之间; its unit is then the figure's)."""
_BARE_NUMBER_RE = re.compile(r"(?<![\d.第前后])(\d+(?:\.\d+)?)(?![\d.%％万亿元分个项名次家年月日号])")
"""A number typed without a unit (执行率不到95, 得分99以下): its unit is that of the figure named before it."""
_NAME_TAILS = frozenset({"经费", "资金"})
_NAME_TAIL_BEFORE = ("工作", "专项", "业务", "运行", "保障", "维护", "补助", "建设")
_GRADE_COUNTED_RE = re.compile(r"(?:^|[和、，,及与])\s*(优|良|中|差)(?:秀|等)?的?(?:项目)?的?(?:个数|数量|几个|多少个|有几个|有多少)")
"""A grade counted with no 评为 before it: 平均分和优的个数, 优秀的项目有几个."""
_CLAUSE_BREAK_RE = re.compile(r"(?<!总)和|以及|还有|、|[，,；;]")
"""Where a question asking several things at once splits (总和 is one word, not a break)."""
_ASKS_ITS_OWN_RE = re.compile(r"多少|(?<![哪那这])几(个|项)|总共|一共|合计|平均")
"""A part of a question asking a figure of its own (预算总共多少, 一共几个项目)."""
_RUN_ON_ASK_RE = re.compile(r"(?<=多少)(?=[\u4e00-\u9fff])(?![钱万个项分元条家次名倍呢吗啊呀吧的])|"
                            r"(?:(?<=一共几个项目)|(?<=总共几个项目)|(?<=有几个项目))(?=[\u4e00-\u9fff])(?![的呢吗啊呀吧里中])")
"""After 多少 or 几个项目, the start of another ask typed without a pause (…是多少整体执行率又是多少, 一共几个项目预算合计多少)."""
_FUND_BREAKDOWN_RE = re.compile(r"资金(来源|构成|组成|明细|结构)|各(项|类)资金|每(项|类)资金|资金分别")
"""Every fund line asked at once: 全年预算数 and 全年执行数 of 年度资金总额, 财政拨款, 上年结转, 其他资金."""
_HOW_MUCH_MONEY_RE = re.compile(r"多少钱|多少资金|多少万")
"""Money asked without naming a figure (有多少钱) means the budget; with one (花了多少钱) that figure wins."""
OPERATORS: tuple[tuple[str, str], ...] = (
    ("不低于", ">="), ("不少于", ">="), ("至少", ">="), ("以上", ">="), ("及以上", ">="), ("往上", ">="), ("≥", ">="),
    (">=", ">="),
    ("不高于", "<="), ("不超过", "<="), ("没超过", "<="), ("没有超过", "<="), ("至多", "<="), ("以下", "<="), ("及以下", "<="), ("往下", "<="), ("≤", "<="),
    ("以内", "<="), ("之内", "<="),
    ("<=", "<="),
    ("都不到", "<"), ("也不到", "<"), ("都没到", "<"), ("满了", ">="),
    ("低于", "<"), ("小于", "<"), ("少于", "<"), ("不足", "<"), ("不到", "<"), ("未达到", "<"), ("<", "<"),
    ("没到", "<"), ("没有到", "<"), ("没上", "<"), ("未到", "<"), ("没达到", "<"), ("没有达到", "<"), ("未达", "<"), ("不满", "<"),
    ("高于", ">"), ("高过", ">"), ("大于", ">"), ("超过", ">"), ("多于", ">"), ("超出", ">"), ("超", ">"), (">", ">"),
    ("等于", "="), ("达到", ">="), ("为", "="), ("是", "="), ("过了", ">"), ("过", ">"),
)


BASELINE_RE = re.compile(
    r"(?P<before>所有|全部|各个?|全体|本局|本部门|本单位|全局|全委)?(当年|本年度?|同年|全年|□+)?(?P<whom>项目)?的?(?P<metric>[\u4e00-\u9fff]{0,5}?)的?"
    r"(平均值|平均数|平均水平|均值|平均(?P<tail>分|预算|执行率|执行数|得分)?)"
)
"""The mean a project is compared with (高于平均分, 低于所有项目平均分, 比平均预算高)."""
SHARE_OF_TOTAL_RE = re.compile(r"占(了|到)?[□\s]*(全部|所有|全委|全局|总|全)[\u4e00-\u9fff□]{0,6}?(预算|执行数|执行|额|数)?的?")
"""A project's figure as a share of the total over the projects in question (占总预算四分之一以上)."""
_RELATIVE_OPS: tuple[tuple[str, str], ...] = (
    ("不低于", ">="), ("不少于", ">="), ("不高于", "<="), ("不超过", "<="), ("低于", "<"), ("小于", "<"), ("少于", "<"),
    ("不足", "<"), ("不到", "<"), ("不及", "<"), ("未达到", "<"), ("没到", "<"), ("高于", ">"), ("大于", ">"),
    ("超过", ">"), ("多于", ">"), ("超出", ">"), ("达到", ">="), ("高过", ">"),
)
"""Comparison words before a baseline (低于平均分, 不到自身预算的九成)."""
_REL_OP = "(?P<op>" + "|".join(word for word, _ in _RELATIVE_OPS) + ")"
_AFTER_OP = r"(?P<after>及以上|及以下|以上|以下|多(?![少大])|出头)"
_ADJECTIVE_OPS = {"高": ">", "多": ">", "大": ">", "低": "<", "少": "<", "小": "<"}
_MEAN_RES = (
    re.compile(_REL_OP + r"(?P<base>" + BASELINE_RE.pattern + ")"),
    re.compile(r"比(?P<base>" + BASELINE_RE.pattern + r")(还|更|要)?(?P<adjective>高|低|多|少|大|小)"),
    re.compile(r"(?P<base>" + BASELINE_RE.pattern + ")" + _AFTER_OP),
)
"""A figure compared with its mean over the projects in question, said three ways (低于平均分, 比平均预算高, 平均值以上)."""
_SHARE_OF_TOTAL_RE = re.compile(
    "(?:" + SHARE_OF_TOTAL_RE.pattern + _REL_OP + r"?|" + _REL_OP.replace("<op>", "<over>") + r"(全部|所有|总)[\u4e00-\u9fff□]{0,4}?"
    r"(预算|执行数|执行|额)的?)(?P<value>\d+(?:\.\d+)?)%" + _AFTER_OP + "?")
"""预算占总额25%以上: a project's figure compared with a share of the total over the projects in question."""
_SELF_SHARE_RE = re.compile(
    _REL_OP + r"?占?(?:(?:它|其)(?:自身|自己|本身)?|自身|自己|本身|本项目|该项目)的?"
    r"(?P<den>(?:全年|年初)?(?:预算数?|执行数|资金|经费))?的?(?:(?P<value>\d+(?:\.\d+)?)%" + _AFTER_OP + "?)?"
    r"(?:比例|比重|占比|百分比)?"
)
"""财政拨款占它自己预算的比例, 财政拨款不到自身预算九成: a figure of a project over another figure of its own."""
_FUND_SHARE_RE = re.compile(
    r"(?P<fund>" + "|".join(w for kind, ws in FUND_SYNONYMS.items() if kind != TOTAL_FUND for w in ws) + r")的?"
    r"(?:占比|比例|比重|所占比例|占了?(?:多少|几成|百分之几|多大)(?:的)?(?:比例|比重)?(?!\S*(?:全部|所有|总|合计)))"
    + _REL_OP + r"?(?:(?P<value>\d+(?:\.\d+)?)%" + _AFTER_OP + "?)?"
)
"""财政拨款占比不到九成: a fund line's share of the project's own budget (its 全年预算数 over the total line's)."""
_FUND_OF_TOTAL_RE = re.compile(
    r"(?P<fund>" + "|".join(w for kind, ws in FUND_SYNONYMS.items() if kind != TOTAL_FUND for w in ws) + r")的?(?:资金)?"
    r"占(?:了|到)?(?:全部|所有|总)[^，,。\d]{0,6}?(?:预算|资金|经费|盘子)(?:数|总额)?的?"
    r"(?:几成|多少|百分之几|多大比例|多大比重|比例|比重|占比|百分比)"
)
"""当年财政拨款占总预算的比例, 上年结转占全部资金多少: a fund line's share of the whole budget (pooled over the
projects asked about: Σ of the line over Σ全年预算数)."""
_CUT_SHARE_RE = re.compile(r"(?:砍|砍掉|调减|削减|压减|缩减|核减)了?(?:百分之几|百分之多少|几成|多少比例|多大比例|百分比)|"
                           r"(?<=调)(?:成|到|为|至|整)[^。；;]{0,10}?(?P<cut>(?:降|减|少)了?(?:百分之几|百分之多少|几成|多少比例|百分比))")
"""队伍建设年初到全年砍掉了百分之几: the budget cut as a share of the 年初预算 (预算调减额 / 年初预算数 × 100)."""
_FUND_IN_OWN_RE = re.compile(
    r"(?:钱|资金|预算|经费)(?:里头|里面|里边|当中|中|里)[\s,，]*[^，,。]{0,6}?(?P<fund>"
    + "|".join(w for kind, ws in FUND_SYNONYMS.items() if kind != TOTAL_FUND for w in ws)
    + r")的?(?:资金)?占(?:了|的)?(?:几成|多少|百分之几|百分之多少|百分比|多大比例|多大比重|比例|比重|的比例)"
)
"""泵站那个项目的钱里头 上年结转的占几成: a fund line's share of the project's own money, said as part of it."""
HAS_INDICATOR_LOSS_RE = re.compile(r"有(绩效)?指标(被)?扣(了|过)?分|有扣(了|过)?分的?(绩效)?指标的?(那些|这些)?项目|扣(了|过)(绩效)?指标(的)?分|(绩效)?指标(上)?(还是|也|仍然|却|还)?(有|被)扣(了|过)?分|"
                                   r"(绩效)?指标(上)?(还是|也|仍然|却|还)?扣(了|过)?分的?项目")
"""Projects with an indicator that lost points, as a condition (有指标扣分而且预算500万以上的项目)."""
NO_INDICATOR_LOSS_RE = re.compile(r"(绩效)?指标(上)?(都|全|均|也)?(没|没有|未|不)(被)?扣(过|了)?分|(绩效)?指标(都|全|均)?(拿|得)(了)?满分|"
                                  r"(绩效)?指标(上)?(都|全)?(1|一)分(都|也)?(没|没有|未)(被)?扣")
"""Projects none of whose indicators lost points, as a condition (指标没扣分但执行率不到90的项目)."""


_ROUND_AMOUNTS = {"千万": "1000万", "百万": "100万", "亿": "1亿"}
_ROUND_AMOUNT_RE = re.compile(r"(?<=[过超上破逾])(千万|百万|亿)")
"""过千万, 超亿: a round amount said without its 一 (千万 alone is also an adverb, so only after these words)."""


_WHETHER_RE = re.compile(r"有没有|有木有|有冇|有没")
"""有没有 asks whether; written 是否有 so that its 没有 reads as no negation (预算有没有超过1000万 is 超过, not 没有超过)."""
_VERB_WHETHER_RE = re.compile(r"(超过|超|过|达到|到|够|满)没(?:有)?(\1)")
"""过没过, 超没超过, 到没到: whether — written 是否过 (its 没过 is no negation either)."""
_ASK_END = r"(?=$|[\s，,。？?！!]|呢|吧|啊|呀|来着)"
"""Where a yes-or-no 没 ends the question (before a particle or 来着)."""
_VERB_WHETHER_TAIL_RE = re.compile(r"(超过|高于|低于|达到|够|满|过|到)(\d[^，,。；;没]{0,8}?)了?没有?" + _ASK_END)
_WORD_TYPOS = {"嘉起来": "加起来", "家起来": "加起来", "佳起来": "加起来", "加启来": "加起来", "和计": "合计", "合记": "合计",
               "一工": "一共", "一公": "一共", "总攻": "总共", "平军": "平均", "平局值": "平均值"}
"""Asking words typed by sound (嘉起来, 和计, 一工): staff's pinyin input picks a homophone; the word meant, not a name."""
_WORD_TYPOS_RE = re.compile("|".join(sorted(_WORD_TYPOS, key=len, reverse=True)))
_FUNDS_LEFT_OUT_RE = re.compile(r"[，,\s]*(?:(?:预算执行|资金执行|资金)(?:那|这)?[一1]?(?:块|部分|项)?(?:不算|除外|不要|不看|先不看)|"
                                r"(?:不算|除去|去掉|不含|不包括)(?:预算执行|资金执行|资金)(?:那|这)?[一1]?(?:块|部分|项)?)")
"""…一共扣了多少分资金那块不算, 不算资金那块: the funds line left out of lost points — written 只看指标, so no project is
left out and the lost-points rule reads the indicator rows."""
_GRADES_LISTED_RE = re.compile(r"(?<=[优良中差])[，,]\s*(?=[优良中差](?:[，,、\s]|各|的|$)|各)|[，,]\s*(?=[优良中差][，,、])")
"""优，良，中，各有多少个: grades listed with commas, read as spaced (one list, not clauses)."""
_TWO_HOUSES_RE = re.compile(r"(?<![\d哪几那这每])2家(?:单位|局)?(?=的|分别|各|都|一共|加|合|比|谁|哪|预算|执行|得分|项目)")
"""两家的预算总额分别多少: the two departments (家 counts bureaus as 个 does) — written 2个局."""
_BOTH_TOGETHER_RE = re.compile(r"(?:两|2)个(?:局|部门|单位)的?(?:加|放|合|摆)(?:到|在)?(?:一块儿?|一起)(?:算|看)?"
                               r"(?=[^。；;]*?(?:哪|最|前\d|\d个|几个|多少个|超过|以上|以下|低于|高于|不到|排))")
"""两个局加一块 预算超过一千万的有哪几个: both departments taken as one scope, before a list, ranking or count — not a
sum (两个局加一块预算多少 stays one)."""
_GRADE_WHETHER_RE = re.compile(r"(评上|评为|评成|拿到|拿了|评了|评)(优秀|优|良好|良|中等|中|差)(?:等)?了?没有?" + _ASK_END)
"""泵站那个评上优没有: whether its grade is that one — written 评上优了吗 (its 没有 negates nothing)."""
_DONE_WHETHER_RE = re.compile(r"过没有?" + _ASK_END)
"""调过没, 扣过没有: whether it happened — written 过吗 (its 没 negates nothing)."""
_REACHED = {"到": "达到", "够": "达到", "满": "达到"}
"""到90分没有, 超过500万了没: whether, asked by 没 after the number — written 是否达到90分 (到 alone is no operator:
22到24年)."""


_CODE_RE = re.compile(r"(?<![A-Za-z])[A-Za-z]{1,4}\d+(?:\.\d+)?(?![A-Za-z])")
"""A code typed with digits (pm2.5, so2): indicator names print it in capitals."""


_OVERALL_SPELLED_RE = re.compile(r"(?:拿|用)?(?:总|Σ|合计的?)执行(?:数|金额)?(?:除以?|÷|/)(?:总|Σ|合计的?)?预算(?:数)?")
"""总执行数除以总预算, 拿总执行除总预算: the overall rate spelled out — read as 整体执行率."""
_WORST_RE = re.compile(r"最(?:拉胯|拉垮|烂|糟糕?|不行|弱)")
"""哪个最拉胯, 最糟: said of a standing, the worst — as 最差."""


def normalize_question(question: str) -> str:
    """Full-width to half-width, spaces collapsed, codes upper-cased (pm2.5 → PM2.5), 最拉胯 as 最差, 总执行除以总预算 as 整体执行率, 有没有 as 是否有,
    Chinese counting numerals as digits."""
    text = unicodedata.normalize("NFKC", question)
    text = _CODE_RE.sub(lambda code: code.group(0).upper(), text)
    text = re.sub(r"\s+", " ", text).strip()
    text = _WORST_RE.sub("最差", text)
    text = _OVERALL_SPELLED_RE.sub("整体执行率", text)
    text = _WHETHER_RE.sub("是否有", text)
    text = _VERB_WHETHER_RE.sub(lambda m: "是否" + m.group(2), text)
    text = _ROUND_AMOUNT_RE.sub(lambda m: _ROUND_AMOUNTS[m.group(1)], text)
    text = _WORD_TYPOS_RE.sub(lambda m: _WORD_TYPOS[m.group(0)], text)
    text = _GRADES_LISTED_RE.sub(" ", text)
    text = _FUNDS_LEFT_OUT_RE.sub(" 只看指标", text)
    text = _BOTH_TOGETHER_RE.sub("两个局都算", _TWO_HOUSES_RE.sub("2个局", write_numbers(text)))
    text = _DONE_WHETHER_RE.sub("过吗", text)
    text = _GRADE_WHETHER_RE.sub(lambda m: m.group(1) + m.group(2) + "了吗", text)
    return _VERB_WHETHER_TAIL_RE.sub(lambda m: "是否" + _REACHED.get(m.group(1), m.group(1)) + m.group(2), text)


def detect_metrics(text: str) -> list[MetricRef]:
    """The figures a text names, in the order it names them, with the fund line it names (年度资金总额 if none)."""
    kind = fund_kind(text)
    found = [
        (start, order, MetricRef(m, kind if m.fund_field or m.difference else TOTAL_FUND))
        for start, _, metrics in metric_spans(text)
        for order, m in enumerate(metrics)
    ]
    ordered = [ref for _, _, ref in sorted(found, key=lambda item: item[:2])]
    unique = _without_operands(list(dict.fromkeys(ordered)))
    if not unique and kind != TOTAL_FUND:
        unique = [MetricRef(metric("full_year"), kind), MetricRef(metric("executed"), kind)]
    elif not unique and _HOW_MUCH_MONEY_RE.search(text):
        unique = [MetricRef(metric("full_year"))]
    if _FUND_BREAKDOWN_RE.search(text):
        unique = [MetricRef(metric(key), k) for k in FUND_SYNONYMS for key in ("full_year", "executed")]
    return unique


def metric_spans(text: str) -> list[tuple[int, int, tuple[Metric, ...]]]:
    """Each phrase naming figures, as (start, end, the figures it names), longest phrasing first where they overlap;
    a figure word ending a project name (督察工作经费) names none."""
    spans: list[tuple[int, int, tuple[Metric, ...]]] = []
    taken: set[int] = set()
    for pattern, metrics in METRIC_PHRASES:
        for match in pattern.finditer(text):
            positions = set(range(*match.span()))
            if positions & taken or _ends_a_name(text, match):
                continue
            taken |= positions
            spans.append((match.start(), match.end(), metrics))
    return sorted(spans, key=lambda span: span[0])


def relative_parts(text: str) -> tuple[list[MetricRef], list[Condition], list[tuple[int, int]]]:
    """Figures and conditions relative to a baseline, and the spans that said them: a project's figure over another
    of its own (财政拨款占自身预算的比例 → a ratio; …不到自身预算的九成 → a condition on it), compared with the mean
    (低于平均分) or with a share of the total (预算占总额25%以上). The planner masks the spans, so 总预算 there is no Σ."""
    refs: list[MetricRef] = []
    conditions: list[Condition] = []
    spans: list[tuple[int, int]] = []
    for match in _SELF_SHARE_RE.finditer(text):
        if not (match.group("op") or "占" in match.group(0)) or not re.search(r"它|其|自身|自己|本身|本项目|该项目", match.group(0)):
            continue
        numerator = next((r for r in detect_metrics(text[: match.start()]) if r.metric.unit == "万元"), None)
        if numerator is None:
            continue
        named = [r for r in detect_metrics(match.group("den") or "") if r.metric.unit == "万元"]
        share = ratio(numerator, named[0] if named else MetricRef(numerator.metric))
        op = _relative_op(match)
        if match.group("value") and op:
            conditions.append(Condition(share, op, float(match.group("value"))))
        else:
            refs.append(share)
        spans.append((_metric_start(text, match.start()), match.end()))
    for match in _CUT_SHARE_RE.finditer(text):  # 年初到全年砍掉了百分之几 / 调成多少了 降了百分之几: the cut over 年初预算
        refs.append(ratio(MetricRef(metric("reduction")), MetricRef(metric("initial"))))
        spans.append(match.span("cut") if match.group("cut") else match.span())
    for match in _FUND_IN_OWN_RE.finditer(text):
        refs.append(ratio(MetricRef(metric("full_year"), fund_kind(match.group("fund"))), MetricRef(metric("full_year"))))
        spans.append(match.span())
    for match in _FUND_OF_TOTAL_RE.finditer(text):  # 当年财政拨款占总预算的比例: the fund line over the budget, pooled
        refs.append(ratio(MetricRef(metric("full_year"), fund_kind(match.group("fund"))), MetricRef(metric("full_year"))))
        spans.append(match.span())
    for match in _FUND_SHARE_RE.finditer(text):
        if any(s < match.end() and match.start() < e for s, e in spans):
            continue
        share = ratio(MetricRef(metric("full_year"), fund_kind(match.group("fund"))), MetricRef(metric("full_year")))
        op = _relative_op(match)
        if match.group("value") and op:
            conditions.append(Condition(share, op, float(match.group("value"))))
        else:
            refs.append(share)
        spans.append(match.span())
    for match in _SHARE_OF_TOTAL_RE.finditer(text):
        op = _relative_op(match)
        if op is None:
            continue
        named = [r for r in detect_metrics(text[: match.start()]) if r.metric.unit == "万元"]
        ref = named[-1] if named else MetricRef(metric("full_year"))
        conditions.append(Condition(ref, op, float(match.group("value")), baseline="total"))
        spans.append(match.span())
    for pattern in _MEAN_RES:
        for match in pattern.finditer(text):
            op = _relative_op(match)
            if op is None or any(s < match.end() and match.start() < e for s, e in spans) \
                    or _HOW_MUCH_AFTER_RE.match(text, match.end()):
                continue  # 比平均水平低多少: how far from the mean, a figure — not a condition
            conditions.append(Condition(_mean_metric(text, match), op, baseline="mean"))
            spans.append(match.span())
    return refs, conditions, spans


_HOW_MUCH_AFTER_RE = re.compile(r"(?:了|出)?(?:多少|几)")


def _relative_op(match: re.Match[str]) -> str | None:
    """The comparison a relative phrase makes: its operator word, its 以上/以下, or 比…高/低."""
    groups = match.groupdict()
    if groups.get("op") or groups.get("over"):  # 占总预算超过10%, 超过总预算10%
        return dict(_RELATIVE_OPS)[groups.get("op") or groups["over"]]
    if groups.get("after"):
        return ">" if groups["after"] in ("多", "出头") else ">=" if "上" in groups["after"] else "<="
    if groups.get("adjective"):
        return _ADJECTIVE_OPS[groups["adjective"]]
    return None


def _metric_start(text: str, end: int) -> int:
    """Where the money figure named right before ``end`` starts (财政拨款 of 财政拨款占…), so its words go with the
    ratio rather than being read again as a figure of their own."""
    words = [w for ws in FUND_SYNONYMS.values() for w in ws] + [w for m in METRICS if m.unit == "万元" for w in m.synonyms]
    best = end
    for word in words:
        at = text.rfind(word, 0, end)
        if at >= 0 and at + len(word) >= end - 2:
            best = min(best, at)
    return best


def _mean_metric(text: str, match: re.Match[str]) -> MetricRef:
    """The figure a mean is of: the one its words name (平均预算, 执行率平均值), else the one named before (得分低于
    平均分), else 总分 (平均分)."""
    named = [r for r in detect_metrics(match.group("base")) if r.metric.numeric]
    if named:
        return named[0]
    if match.groupdict().get("tail") in ("分", "得分"):
        return MetricRef(metric("total_score"))
    return _metric_before(text, match.start()) or MetricRef(metric("total_score"))


def _ends_a_name(text: str, match: re.Match[str]) -> bool:
    """Whether a figure word is the tail of a project name (督察工作经费, 专项资金), not a figure asked."""
    return match.group(0) in _NAME_TAILS and text[: match.start()].endswith(_NAME_TAIL_BEFORE)


def _without_operands(refs: list[MetricRef]) -> list[MetricRef]:
    """The figures asked, less the operands of a difference asked with them: 年初预算比全年预算调减了多少 asks
    the adjustment, not the two budgets it subtracts."""
    operands = {(field, ref.fund_kind) for ref in refs if ref.metric.difference for field in ref.metric.difference}
    return [ref for ref in refs if (ref.metric.fund_field, ref.fund_kind) not in operands]


def _metric_phrases() -> tuple[tuple[re.Pattern[str], tuple[Metric, ...]], ...]:
    """Every phrasing naming figures — patterns (预算没有执行) first, then bundles (执行情况) and synonyms longest
    first, so 执行率 beats 执行."""
    words = [(word, tuple(metric(k) for k in keys)) for word, keys in METRIC_BUNDLES.items()]
    words += [(word, (m,)) for m in METRICS for word in m.synonyms]
    words.sort(key=lambda pair: len(pair[0]), reverse=True)
    patterns = [(re.compile(p), (metric(key),)) for key, p in METRIC_PATTERNS.items()]
    return tuple(patterns + [(re.compile(re.escape(word)), metrics) for word, metrics in words])


METRIC_PHRASES = _metric_phrases()


def fund_kind(text: str) -> str:
    """The fund line a text names (当年财政拨款, 上年结转资金, 其他资金), else 年度资金总额."""
    for kind, synonyms in FUND_SYNONYMS.items():
        if any(s in text for s in synonyms):
            return kind
    return TOTAL_FUND


def limit_of(text: str, default: int = 1) -> int:
    """N of 前N / 倒数N / N个 / 第N高, else ``default``."""
    match = NTH_RE.search(text) or LIMIT_RE.search(text)
    return int(next(g for g in match.groups() if g)) if match else default


def asks_one_place(text: str) -> bool:
    """Whether a ranking asks for the Nth place only (倒数第二, 第三高) rather than the first N."""
    return NTH_RE.search(text) is not None


def names_budget_change(text: str) -> bool:
    """Whether ``text`` names a change of budget during the year as a figure (调减最多, 砍了多少)."""
    return any(m.key in ("adjustment", "reduction") for _, _, metrics in metric_spans(text) for m in metrics)


NOT_FULL_CONDITION = Condition(MetricRef(metric("total_score")), "<", against=MetricRef(metric("total_weight")))
"""不是满分, 扣了分的项目: 总分 below its 分值."""
INDICATOR_LOSS_CONDITION = Condition(MetricRef(metric("indicators_lost")), ">", 0.0)
"""有指标扣分的项目: points lost on an indicator row."""
FUNDS_LOSS_CONDITION = Condition(MetricRef(metric("funds_lost")), ">", 0.0)
"""资金执行扣了分的项目: points lost on the funds line."""


def detect_conditions(text: str, refs: list[MetricRef]) -> list[Condition]:
    """Threshold conditions (执行率低于90%, 预算超过1000万元, 得分不是满分, 评为优, 年初≠全年) in ``text``."""
    conditions: list[Condition] = []
    ranked_by_change = RANK_RE.search(text) and names_budget_change(text)
    if UNADJUSTED_RE.search(text):
        conditions.append(Condition(MetricRef(metric("initial")), "=", against=MetricRef(metric("full_year"))))
    elif ADJUSTED_RE.search(text) and not ranked_by_change:  # 调减最多的: ranked by the cut, not a test of one
        conditions.append(Condition(MetricRef(metric("initial")), "!=", against=MetricRef(metric("full_year"))))
    if NOT_FULL_RE.search(text):
        conditions.append(NOT_FULL_CONDITION)
    elif FULL_RE.search(text) and not NO_INDICATOR_LOSS_RE.search(text):
        conditions.append(Condition(MetricRef(metric("total_score")), "=", against=MetricRef(metric("total_weight"))))
    not_grade = _NOT_GRADE_RE.search(text)
    grade = GRADE_RE.search(text)
    if not_grade:
        conditions.append(Condition(MetricRef(metric("grade")), "!=", not_grade.group(1)))
    elif grade and ("等级" in text or "评" in text):
        conditions.append(Condition(MetricRef(metric("grade")), "=", grade.group(1)))
    elif counted := _GRADE_COUNTED_RE.search(text):
        conditions.append(Condition(MetricRef(metric("grade")), "=", counted.group(1)))
    if NO_INDICATOR_LOSS_RE.search(text):
        conditions.append(Condition(MetricRef(metric("indicators_lost")), "=", 0.0))
    elif HAS_INDICATOR_LOSS_RE.search(text):
        conditions.append(INDICATOR_LOSS_CONDITION)
    unused = FUND_UNUSED_RE.search(text)
    if unused:  # 没有上年结转资金的
        conditions.append(Condition(MetricRef(metric("full_year"), fund_kind(unused.group(0))), "<=", 0.0))
    fund = None if unused else _FUND_USED_RE.search(text)
    if fund:
        kind = fund_kind(fund.group(0))
        conditions.append(Condition(MetricRef(metric("full_year"), kind), ">", 0.0))
    conditions.extend(threshold_conditions(text, refs))
    return conditions


def threshold_conditions(text: str, refs: list[MetricRef]) -> list[Condition]:
    """``metric op number`` for each number with an operator word next to it."""
    conditions: list[Condition] = []
    for match in _BETWEEN_RE.finditer(text):
        unit = match.group("unit") or match.group("low_unit")
        ref = _metric_for_unit(unit.replace("％", "%"), refs) if unit else _metric_before(text, match.start())
        if ref is None or not (unit or match.group("between")):
            continue
        low, high = float(match.group("low")), float(match.group("high"))
        if unit in ("万元", "万", "亿元", "亿", "元"):
            low, high = amount_in_wanyuan(low, unit), amount_in_wanyuan(high, unit)
        conditions += [Condition(ref, ">=", min(low, high)), Condition(ref, "<=", max(low, high))]
        text = mask_spans(text, [match.span()])
    numbers: list[tuple[float, tuple[int, int], MetricRef | None]] = []
    numbers += [(v, span, _metric_for_unit("万元", refs)) for v, span in money_mentions(text)]
    numbers += [(v, span, _metric_for_unit("%", refs)) for v, span in percent_mentions(text)]
    numbers += [(float(m.group(1)), m.span(), _metric_for_unit("分", refs))
                for m in re.finditer(r"(\d+(?:\.\d+)?)\s*分", text)]
    numbers += [(float(m.group(1)), m.span(), _metric_before(text, m.start())) for m in _BARE_NUMBER_RE.finditer(text)]
    counted = next((ref for ref in refs if ref.metric.unit == "个"), None)  # 指标数超过15个: a count of the project's own
    numbers += [(float(m.group(1)), m.span(), counted) for m in re.finditer(r"(\d+)\s*[个条项]", text)] if counted else []
    for value, (start, end), ref in numbers:
        if ref is None or _VAGUE_RE.match(text, end):
            continue  # 三百万上下: no threshold of its own
        op = _operator_near(text, start, end) or _right_after_metric(text, start, ref)
        if op is None:
            continue
        conditions.append(Condition(ref, op, value))
    return conditions


AFTER_WORDS = ("以上", "以下", "及以上", "及以下", "往上", "往下", "都不到", "也不到", "都没到", "以内", "之内")
"""Comparison words said after the number (90%以上, 九成五往上, 连五十万都不到, 三百万以内)."""
_VAGUE_RE = re.compile(r"\s*(上下|左右|前后|附近)")
"""A number said roughly (三百万上下): not a condition by itself."""


def _operator_near(text: str, start: int, end: int) -> str | None:
    """The comparison word right before a number (低于90%) or right after it (90%以下)."""
    before, after = text[max(0, start - 4) : start], text[end : end + 3]
    for word, op in OPERATORS:
        if after.startswith(word) and word in AFTER_WORDS:
            return op
    for word, op in OPERATORS:
        if before.endswith(word) or before.rstrip("了的 ").endswith(word):
            return op
    return None


def _metric_before(text: str, position: int) -> MetricRef | None:
    """The numeric figure named last before ``position`` (执行率 in 执行率不到95), which gives a bare number its unit."""
    named = [ref for ref in detect_metrics(text[:position]) if ref.metric.numeric]
    return named[-1] if named else None


def _right_after_metric(text: str, start: int, ref: MetricRef) -> str | None:
    """"=" when a number follows its metric directly (执行率100%的项目, 拿了100分的), else None."""
    said = len(text[:start].rstrip())
    return "=" if any(end == said and ref.metric in metrics for _, end, metrics in metric_spans(text)) else None


def _metric_for_unit(unit: str, refs: list[MetricRef]) -> MetricRef:
    """The metric a threshold is about: the named one with that unit, else the usual one (%, 万元 → 预算, 分 → 总分)."""
    for ref in refs:
        if ref.metric.unit == unit:
            return ref
    return MetricRef(metric({"%": "rate", "万元": "full_year", "分": "total_score"}[unit]))


def topic_phrase(rest: str) -> str:
    """The topic of 哪些项目涉及X / 与X有关的项目: the question minus its question words."""
    topic = re.sub(r"(?:是否有|有)(?:管|搞|做|负责)|[□?？。，,！!、]|是否有|看一下|看下|看看|瞅瞅|查一下|查下|查查|麻烦|请问|那个啥|那个|是哪一个|哪一个|"
                   r"领导问|领导|哪几个|哪些|哪个|几个|什么|都|项目[中里]|项目|方面|领域|涉及|有关|相关|关于|提到|提及|包含|包括|围绕|关联|内容|"
                   r"沾边|搭边|挂钩|有联系|在做|在搞|在负责|负责|做的|干的|承担|的|了|有|与|和|跟|同|工作|是|找出来|找下|找一下|找找|"
                   r"搜下|搜一下|帮我|帮忙|吗$|么$|没有?$|^(?:是否有|有)(?:管|搞|做|负责)", " ", rest)
    return " ".join(topic.split())


INDICATOR_LEVEL_RE = re.compile(r"(?P<level>数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度|满意度|产出|效益)"
                                r"(?:类)?指标")
"""A kind of indicator row said by its 一级/二级 label (时效指标有几条, 成本指标): the template's own labels."""
TARGET_WORDS = r"目标值|目标|当初定的?|原定的?|原来定的?|原先定的?|年初定的?|计划定的?|设定的?|定的|定了|定为|定在|当初|起初|最初|一开始|计划|打算"
"""How an indicator's target is asked (当初目标定的多少): question words, never part of an indicator's name."""
ACTUAL_WORDS = r"实际完成|完成值|完成了|完成|实际上|实际|做到|达到|建成了?|建了|修了|搞了|弄了|花到|花了|用了|落实了?"
"""How an indicator's measured value is asked (实际建成多少, 实际花到多少)."""
_INDICATOR_QUESTION_RE = re.compile(rf"[□?？。，,]|(?:那|这)一?条|指标|{TARGET_WORDS}|{ACTUAL_WORDS}|才|(?:多少|几)[次个项条座天人吨家份]?|是|的|了|吗|呢")


def indicator_phrase(rest: str) -> str:
    """The part of a question that may name an indicator (the words asking its target or value stripped)."""
    return _INDICATOR_QUESTION_RE.sub(" ", rest).strip()


def clauses(rest: str) -> list[str]:
    """The parts of a question that may each ask one thing (预算总额、执行总额和整体执行率 → three), non-empty. A
    space splits only where each side asks its own (一共几个项目 预算总共多少), never a condition from its figure
    (预算过一千万的那几个 执行数加一块是多少)."""
    parts = []
    for part in _CLAUSE_BREAK_RE.split(rest):
        for spaced in part.split(" ") if len(part.split()) > 1 and all(_ASKS_ITS_OWN_RE.search(p) for p in part.split()) \
                else [part]:
            pieces = _RUN_ON_ASK_RE.split(spaced)  # 平均值是多少整体执行率又是多少: two asks typed run on
            parts += pieces if len(pieces) > 1 and all(_ASKS_ITS_OWN_RE.search(p) for p in pieces) else [spaced]
    return [part for part in parts if part.strip()]


def order_of(rest: str) -> str:
    """"asc" when the question asks for the lowest (最低, 倒数), else "desc"."""
    return "asc" if ASC_RE.search(rest) else "desc"


_SUMMED_RE = re.compile(_SUMMING)


EACH_ONE_RE = re.compile(r"各(?:自)?(?![局部年委厅家单])|分别|每个项目|各个项目|逐个")
"""Each project's own figure asked (各调减了多少, 分别是多少): no total of them."""


_OVERALL_SAID_RE = re.compile(r"(?:整体|总体|综合)执行率")
"""The overall rate named outright, which a ranking before it only cuts (预算最大的三个项目整体执行率)."""


def aggregate_kind(rest: str, refs: tuple[MetricRef, ...]) -> str | None:
    """count, median, overall_rate, mean or sum, as the wording asks; None when it asks none. 几个项目 followed by a figure's
    Σ or mean (执行率低于85的几个项目预算合计) names the projects summed, not a count."""
    counted = COUNT_RE.search(rest)
    if counted and not (refs and (SUM_RE.search(rest, counted.end()) or MEAN_RE.search(rest, counted.end())
                                  or OVERALL_RE.search(rest, counted.end()))):
        return "count"
    if MEDIAN_RE.search(rest):
        return "median"
    rate_named = any(r.metric.key == "rate" for r in refs)
    if rate_named and MEAN_OF_RATES_RE.search(rest):
        return "mean"
    overall = OVERALL_RE.search(rest) is not None and (not RANK_RE.search(rest) or _OVERALL_SAID_RE.search(rest)
                                                       is not None)  # 全部项目执行率最低的三个 ranks; 最大的三个项目整体执行率: Σ/Σ
    if rate_named and (overall or MEAN_RE.search(rest) or SUM_RE.search(rest)):
        return "overall_rate"
    if MEAN_RE.search(rest):
        return "mean"
    pooled_only = RANK_RE.search(rest) and not _SUMMED_RE.search(rest)  # 两个局合在一起 预算最大的三个: a ranking
    if (SUM_RE.search(rest) and not pooled_only) or (overall and refs):
        return "sum"
    if any(r.metric.difference for r in refs) and "多少" in rest and not RANK_RE.search(rest) \
            and not EACH_ONE_RE.search(rest):  # 各调减了多少: each project's, no Σ
        return "sum"  # 还有多少预算没执行, over the projects in scope: what all of them left
    return None
