"""The words a question may use, by the part of the query they fill: the tables the accounting reads.

Every word of a question must land in some part of the plan (scope, projects,
figures, conditions, ranking, aggregate …) or be filler (请问, 多少, 的). The
cue patterns of ``assistant.cues`` are the planner's own words for each part;
this module groups them by *role*, so that the accounting can tell a word the
plan used from a word the plan ignored. A role's words only count as understood
when the plan's kind uses that role (``ROLES_OF_INTENT``): 平均 in a question
planned as a filter was not used, and the question was not understood.

What the tables cannot hold are also data here: periods and fields the
template does not have (上半年, 人员编制), each with the reason told to the user.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant import cues
from assistant.metrics import FUND_SYNONYMS, METRIC_BUNDLES


def _words(words: Iterable[str]) -> re.Pattern[str]:
    """One pattern matching any of ``words``, longest first."""
    return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))


INSIDE_LIST = r"其中|这里面|这里头|这些里面?|这些里头|这些中|这当中|里面|里头|里边|当中"
"""Words for "among the projects just listed" (其中, 里头): one pattern the planner's follow-up readings all share."""

NAME_STOP_ROLES = ("metric", "operator", "rank", "count", "lost", "why", "compare", "position", "share", "aggregate",
                   "when")
"""Roles whose words end a project or indicator name typed in one piece (海洋生态环境保护|的|执行率)."""
NAME_JOINERS = "和与及、"
"""Characters joining two names (海洋和大气) that also occur inside one (综合规划、区域协作和财务审计管理)."""
NAME_BREAK_RE = re.compile(r"[的和与及跟同、，,。？?！!；;：:\s]|项目|那个|这个|哪个|哪些|是|有|在")
"""Function words that end a typed name."""

ROLE_PATTERNS: dict[str, tuple[re.Pattern[str], ...]] = {
    "metric": (
        *(pattern for pattern, _ in cues.METRIC_PHRASES),
        _words([w for ws in FUND_SYNONYMS.values() for w in ws] + list(METRIC_BUNDLES)), cues.FUND_UNUSED_RE,
        re.compile(r"多少钱|多少资金|多少万|资金(来源|构成|组成|明细|结构)|各(项|类)资金|钱|资金|经费|款项|全年|年初|当年|本年度?|年度"),
    ),
    "rank": (cues.RANK_RE, cues.ASC_RE, cues.LIMIT_RE, re.compile(r"(?<=前)\s*\d+\s*(?:大|强)"),
             re.compile(r"(哪个|谁|哪边|哪家|哪一?年)[^，,。？?\s]{0,8}?(更)?(高|低|多(?!少)|(?<!多)少|大|小|好|差)(一些|一点)?"),
             re.compile(r"(高|大|多|低|小|少)的?(排)?(在)?前(面|头)?(?!\s*\d)|高到低|低到高|大到小|小到大|多到少|少到多数?|高往低|低往高|大往小|小往大|按顺序(说|列|讲|排)?下?|降序|升序|排[一个下1]*序|排[一个下1]*名|排(一|1)下|靠前|靠后|倒数|最后|前面|后面|名次|"
                        r"按?(?:大小|高低|多少|顺序)排(?:序|名|列|一下|个序)?")),
    "position": (cues.POSITION_RE, re.compile(r"在?(全局|全库|全部项目|所有项目)(里|中|内|里面)?")),
    "aggregate": (cues.SUM_RE, cues.MEAN_RE, cues.MEDIAN_RE, cues.OVERALL_RE, cues.MEAN_OF_RATES_RE,
                  re.compile(r"全局|全部|所有|总的|总体上|总共|合起来|算下来|加总|总"),
                  re.compile(r"(直接|就|按)?算术平均(数|值)?(就行|就好|即可|就可以|就够了)?|(不要|不是|不按|别用|不用)(算术)?平均(数|值)?(的|那种)?|(?<=整体执行率)(的|那种)+"),
                  re.compile(r"合(一|1|到一|到1)块(算|儿)?|放(一|1|到一|到1)(块|起)(算)?|(两|2)个口径(各是多少)?|(?<=平均)水平|(?:[一1]起|合起来|放[一1]起|放在[一1]起|合在[一1]起)看")),
    "count": (cues.COUNT_RE, re.compile(r"占了?(?:几个|多少个|几项|几家)|几个(?!(?:百分)?点)|多少个(?!(?:百分)?点)|几项|多少项|多少家|几家|几条|多少条|个数|条数|数量|指标数")),
    "lost": (cues.LOST_RE, cues.NOT_FULL_RE, cues.HAS_INDICATOR_LOSS_RE, cues.NO_INDICATOR_LOSS_RE, re.compile(r"满分|拿满|得满|扣|丢"),
             re.compile(r"光(?=指标)")),
    "why": (cues.WHY_RE, re.compile(cues.CAUSE_WORDS + "|因为|由于"), re.compile(r"(为啥|为什么|为何|怎么)[^，,。？?]{0,8}?(低|高|少|慢|差|多)|说明|解释|(只有|只|才|仅)(得了?|拿了?|有|打了?)?\s*\d+(?:\.\d+)?\s*分?|(这么|那么|偏|太|很|比较)(低|高|少|多|慢|快|差)")),
    "indicator": (cues.INDICATOR_RE, cues.EXCEEDED_RE, cues.NOT_MET_RE, cues.SATISFACTION_RE, cues.MIS_ENTRY_RE,
                  re.compile(cues.TARGET_WORDS), re.compile(cues.ACTUAL_WORDS), re.compile(r"标出来|标出|标了|标记"),
                  cues.INDICATOR_LEVEL_RE,
                  re.compile(r"(?:正好|刚好|恰好)?等于|大于号|小于号|却|达标|达成|完成|实际|目标|超额|超出|没达到|未达到|[一二三123]级|指标值?|值|符号|(大于|小于|大于小于|大小于|不等|比较)号|自己[^，,。]{0,6}承认|(偏差|原因)(说明)?里?也?承认|做到|定的|定了|定为|设定|才|"
                             r"(校验|核对|检查|审核)(时|中|后|出来|出)?(发现)?")),
    "text": (cues.RESULT_TEXT_RE, cues.GOAL_TEXT_RE,
             re.compile(r"说要|说是|写着|写的是|写了要|定了要|里面?说"),
             re.compile(r"(?:要|准备|打算|计划)(?:新)?(?:搞|做|干|开展|办|建|修|种|完成)|(?:说|写|提|讲)(?:了|到|的)?(?:啥|什么)?|提到|提及|提了|说到|写到|讲到|写了|当初定的?|原定的?|目标|预期|完成情况|做了|干了|干成|做成|办成|哪些事|咋说|怎么说|怎么写|怎么解释|解释|内容|文字|原文|描述|写的|成效|成果|工作|实际|主要|"
                        r"最后|最终|到底")),
    "topic": (cues.TOPIC_RE,),
    "findings": (cues.FINDINGS_RE, cues.RESTORED_RE, cues.NAMELESS_RE,
                 re.compile(r"名称|名字|问题|数据|填|缺|后|过|指标|得分|分值|被|出|系统|算出来|推算|自动|上去|发现|的时候|时|表|"
                            r"按规则|规则|标出来|标出|标了|标记|原表里?没有?|表里没有?|"
                            r"(有)?没有?[?？]?$")),
    "adjusted": (cues.ADJUSTED_RE, cues.UNADJUSTED_RE),
    "share": (cues.SHARE_RE, re.compile(r"占|比例|比重|百分之几|多大|几成")),
    "list": (cues.LIST_RE, re.compile(r"列出|列一下|列表|清单|名单|都有|有哪些|哪些|明细|逐条|逐项|1条条|1项项|1条1条|1项1项|拉个?单子|拉个?清单|出个?单子|(都)?(拉|捞|筛|挑|找)出来|列|^\W*(先|再)看(看|一下|下)?")),
    "overview": (cues.OVERVIEW_RE, re.compile(r"概况|简介|介绍|基本情况|怎么样|咋样|如何|情况")),
    "change": (re.compile(r"(?:涨|增长|增加|加|提高|提升|上升|降|下降|减少|降低|缩减|跌|砍)(?:得|了)?(?=最)"),),
    "remark": (re.compile(r"(?:咋|怎么)?(?:挺|很|偏|比较|有点|有些|太|蛮|相当|特别|非常|这么|那么)(?:低|高|差|好|少|多|慢|快)(?:的|了|啊|呀)?"),
               re.compile(r"(?<=那个)(?:大|小)(?=项目)")),
    "grade": (re.compile(r"(?:(?:只|就|才)?(?:评了个?|拿了个?|评成|评上|评的|评|拿到|拿)\s*)?(不是|并非|非|未评为|没评为|没有评为|没被评为|达不到|没评上|没有评上|没能评上|未评上|没拿到|没评成)?\s*[“\"'「]?(优秀|优|良好|良|中等|中|差)(?:秀|等)?[”\"'」]?"),
              re.compile(r"评为|评成|评了|等级为|等级是|评级为|评级是|评定为|被评为|等级|评级|档次")),
    "compare": (re.compile(r"(?:涨|增长|增加|上涨|上升|下降|降|减少|多|少|高|低)了?(?:百分之几|百分之多少|多少百分比|几成)|"
                           r"增长率|增幅|涨幅|降幅|增速|变化率|涨了|增长了|增加了|上涨了|下降了|减少了|降了|"
                           r"(?:提|涨|升|降|增|减|高|低|多|少)了?(?:几|多少)个?(?:百分)?点|(?:比|对比)下来|两年比"),
                re.compile(r"(?:是不是|是否)?比[^，,。？?差多少高低大小]{0,8}?(?:还|更|要)?(?:高|低|多|少|大|小)(?:一些|一点)?(?![了\s]*(?:多少|几)|[多少])|变化|变动|对比|比较|相比|比一比|比起|比|(哪个|谁|哪边|哪家|哪一?年)[^，,。？?]{0,8}?(更)?(高|低|多|少|大|小|好|差|快|慢)(一些|一点)?|"
                           r"(?:是)?(?:的)?(?:几|多少)倍|差距|差别|区别|差多少|差了多少|相差|差了?(?:几|多少)个?(?:百分)?点|(?:多|少|高|低|大|小)[^，,。？?\d]{0,3}?了?多少|高多少|低多少|多多少|少多少|差几|更高|更低|更多|更少|分别"),),
    "operator": (re.compile(r"不低于|不少于|至少|及以上|以上|往上|往下|打底|不高于|不超过|没有?超过|没上|至多|及以下|以下|低于|小于|少于|不足|不到|"
                            r"没到|没有到|未到|没达到|没有达到|未达到|未达|不满|高于|高过|大于|超过|多于|超出|等于|达到|介于|区间|"
                            r"[<>=≥≤]|之间|以内|范围内|到|至|~|～|-|—|过|超"),),
    "indicator_rank": (re.compile(r"(?:给|设|定|打|评)(?:得|的)|百分之(?:多少|几)|分值|权重|一条|哪条|哪一条"),),
    "groups": (re.compile(r"(?:分布在|涉及|覆盖|来自|有)?(?:几|多少|哪几|哪些)个?(?:实施单位|部门|局|单位|委办局|年度|年份|年)(?:的)?(?:数据|表|报告|自评表|项目)?|"
                          r"(?:实施单位|执行单位)(?:有|都有|分别是|都是)?(?:几个|多少个|哪些|哪几个|谁)|在做|在干|在搞|"
                          r"库里(?:现在)?|现在"),),
    "size": (re.compile(r"(?<![最较更])(大|小)(的)?项目"),),
    "whole": (re.compile(r"(全部|所有|全体|整个|全库|整个库)(的)?(部门|局|单位)?(的)?(项目)?(里面|里|当中|中)?|不分哪?个?(部门|局|单位)|不管哪?个?(部门|局|单位)|(2|两)个(局|部门)(一块|一起|合起来)算|两边都算上?|两边都看看?|(2|两)个(局|部门)都(算上?|看看?)|((所有|全部|各个?|\d+个)(局|部门|单位))?(放|混|合|摆)(在)?一起排?|一起排|统一排"),),
    "when": (re.compile(r"今年|本年度?|当年|年底|年末|年内|全年|这一年|历年|这几年|年度|年"),),
    "conjunction": (re.compile(r"并且|而且|同时|但是|但|且|又|还|并|也|以及|和|与|及|、"),),
    "follow": (re.compile(r"换成|改成|换到|切到|切换到|(这|那|它|剩下的?|其余的?)\d+个|" + INSIDE_LIST + r"|它们|它|他们|该项目|这个项目|那个项目|此项目|"
                          r"这些|那些|这几个|上述|这两个|倒数第\s*\d+\s*(个|项|名)?|^\W*垫底|"
                          r"第\s*\d+\s*个|第\s*\d+|头\s*1\s*个|中间(?:的|那|这)?(?:1?个|项)|那么|那|还有|另外|再|呢|这个|那个"),),
}
"""Each role's words: the planner's cue patterns, plus the plain words people say for the same part."""
GROUPS_COUNTED: dict[str, re.Pattern[str]] = {
    "implementers": re.compile(r"(?:几|多少|哪几|哪些)个?(?:实施单位|单位)(?:在做|在干|在搞|负责|实施|来做)?|"
                               r"(?:实施单位|执行单位)(?:有|都有|分别是|都是)?(?:几个|多少个|哪些|哪几个|谁)"),
    "departments": re.compile(r"(?:几|多少|哪几)个?(?:部门|局|单位|委办局)(?!\S{0,3}?(?:项目|分别|各))"),
    "years": re.compile(r"(?:几|多少|哪几)个?(?:年度|年份|年)(?:的)?(?:数据|表|报告|自评表)|(?:几|多少|哪几)个(?:年度|年份)|"
                        r"哪(?:几|些)年(?:度|份)?(?![初底末中内])(?!\S{0,3}?(?:项目|分别|各))"),
}
"""有几个部门的表, 分布在几个部门, 有几年的数据, 哪几年: the departments or years of the projects kept, counted."""

GROUP_PATTERNS: dict[str, re.Pattern[str]] = {
    "department": re.compile(r"(每个|每一个|每一|每|各个|各|(?<!不)分)(局|部门|单位|委办局|委|厅|办)(分别|各自)?|按(局|部门)分(一下|开|别)?|"
                             r"\d+个?(局|部门|单位)(分别|各自)"),
    "year": re.compile(r"(每个|每一个|每一|每|各个|各|(?<!不)分)(年度?|年份)(?!都有|都报)(分别|各自)?|逐年|按年度?|(\d+|[两三四五])个?年度?(分别|各自)"),
}
"""Per-group asks (每个局得分最低的, 各年度的整体执行率): the plan answered once per department or per year."""
WHICH_GROUP_PATTERNS: dict[str, re.Pattern[str]] = {
    "department": re.compile(r"哪(?:个|一个|家|一家)?(?:局|部门|单位|委办局)"),
    "year": re.compile(r"哪(?:一|个)?(?:年度|年份|年)(?!初|底|末)"),
}
"""Which group stands out (哪个局整体执行率最低, 哪一年的总预算最多): the plan answered per group, then the extreme
group named — only for a figure of the whole group (a sum, mean, count or overall rate), never a project's own."""
ALL_YEARS_RE = re.compile(r"历年来?|这几年|近几年|这些年|(?:所有|全部)(?:的)?(?:年份|年度)(?:合起来|加起来|合在一起|一起)?(?:算)?|"
                          r"不分年份?|不分年度")
"""Every stored year, pooled (历年, 所有年份合起来算): a scope word that names no single year."""
TOGETHER_RE = re.compile(r"\W*(的)?(项目)?(都)?(加起来|合起来|加在一起|合在一起|合计|一共|总共|总计|共计)")
"""After 各局 / 每年: the groups taken together (二三年各局加起来一共多少个项目), not one answer per group."""
EXCLUDE_RE = re.compile(r"除去|除了|除开|不算|不含|不包括|不包含|不计入?|去掉|去除|刨掉|刨去|刨除|扣除|排除掉?|剔除|剔掉|拿掉|"
                        r"扣掉(?![了\d几多的]|分)|先?不看|撇开|抛开|别算|不要算?|除(?!以|外)")
"""Words leaving projects (or a department) out before the question is answered: 除去X, 不算X, 去掉最大的."""
REMAINDER_RE = re.compile(r"还剩(下)?(哪些|哪几个|几个|什么)|(以外|之外|外)?的?(其他|其它|其余|剩下|剩余|余下)(的)?(项目)?|(以外|之外)的?(项目)?|(以|之)后的?|(?<=[掉去除算它个])后的?")
"""What is left once projects are left out (其他项目, 剩下的, 以外的, 去掉以后): part of the exclusion, not a figure
(剩下 alone would be 未执行数)."""
EXCLUDED_LAST_RE = re.compile(
    r"^(那|那么)?(把)?(?:(去掉|除去|不算|刨掉|排除掉?|剔除|剔掉|拿掉)(?:(这|那)(?P<count>个|些|几个|\d+个|两个)?|(?P<it>它们|它))(项目)?|"
    r"(?P<which>它们|它|这个|那个|这些|这几个)(项目)?(去掉|除去|刨掉|排除|剔除|剔掉|拿掉)(以后|之后|后)?)"
)
"""去掉这个以后呢: the last answer's projects left out, and the last question asked again."""
DROP_RE = re.compile(
    r"(?P<word>" + EXCLUDE_RE.pattern + r")\s*(?P<body>(?!再|然后|重新|看|它|这|那|以后|之后|后|剩|其余|余下|其他|其它)[^，,。；;\s]{0,10}?最(?P<way>高|低|大|小|多|少)的?(那|这)?\s*"
    r"(?P<count>\d+)?\s*(个|项|名)?(项目)?)"
)
"""去掉得分最低的那个, 刨掉预算最大的两个: projects left out by a ranking."""
FILLER_RE = re.compile(
    r"(?:[一1]起|放[一1]起|放在[一1]起|合在[一1]起)看|请问|请|麻烦|帮我|帮忙|给我|告诉我|我想知道|想知道|想问|问一下|问下|一下|看看|看一下|看下|查询|查一下|查下|查|"
    r"说说|讲讲|说一下|讲一下|显示|统计一下|统计|算一下|算下|计算|那个啥|就是|大概|具体|分别|各自|各个|各|每个|每一个|"
    r"目前|现在|知道|能不能|可以|能否|是否有|是否|是不是|我们|咱们|这边|你|我|自评表|报告|表里|表中|表上|本表|这份|"
    r"绩效|自评|项目|数据|数值|数字|信息|结果|是多少|多少|多大(?=$|[，,。？?呢啊])|几|哪些|哪个|哪几个|哪|什么|啥|怎么|怎样|谁|"
    r"一共|共|都|也|就|又|还|是|有|在|和|与|及|跟|同|对|从|按|把|被|给|的|了|吗|呢|吧|啊|呀|哦|嘛|么|嗯|"
    r"个|些|份|项|下|一|本|该|此|这|那|其|中|里|内|为|之|所|以|啦|哈|嘞|咧|来着|一点|情况|方面|相关|可能|也许|或许|疑似|"
    r"(?:如果|要是|假如)(?=不算|不含|不计|去掉|除去|除了|扣掉|刨掉|剔除|排除)|到底|究竟|后来|过来|这部分|那部分|部分|最后(?=得|实际|是|执行|完成|花|打)|光看|单看|就看|只看|光算|单算|只算|(?:那|这)[一1]?行的话|的话|主要|数数|数一数|算算|算一算|(?:负责|管)(?=[^，,。]{2,14}的?(那个|这个)?项目)|连(?=\d)|找出来|能到(?=多少)|最终|1下|的时候|报上来的?|报上去的?|报过来的?|交上来的?|(?<=了)没有?(?=$|[\s，,。？?])|(?:我)?记得|印象中|印象里|好像|据说|听说|时候|几张表|哪几张表|张表|某条|某个|某些|原表|原始表|分开说|分开列|分开|分别说|说一声|报一下|看一眼|瞅一眼|瞄一眼|(那种|这种|这个|按这个)?口径|汇总表|台账|(我)?要填表|填表用|填报用"
)
"""Words that ask or politely frame a question and fill no part of the plan (汇总表, 台账: what the asker is
working on, not a sum)."""

BACKGROUND_RE = re.compile(
    r"领导|处长|局长|科长|主任|书记|老板|同事|财务|财政(?:那边|局|处|口)|审计|上级|上面|我们|咱们|(?:问|说|提|催)(?:了)?[^，,。\s]{0,8}?的事(?:儿|情)?|我(?!想知道)(?=在|想|要|刚|这|一下|得)|"
    r"别的都有了|都有了|就差|还差一个|"
    r"开会|会上|会前|汇报|材料|碰头|对账|报进度|报数|排查|整理|准备|核对|写|弄|要用|用到|问到|问起|关心|催|急用|着急|要[一1]个|"
    r"要个|要一个|让我|叫我|摸个?底|下午|上午|明天|今天|今晚|下周|这周|本周|月底|刚才?|马上|等会|待会|最近|一会|"
    r"(?:快|要|就要|眼看)(?:就)?(?:到|来)了"
)
"""Words saying who wants a figure or what for (领导刚问到, 下午要跟财务对账, 写汇报材料要用): a clause holding one and
nothing that narrows may be said around a question and left out of it (``understand/clauses.py``)."""
BACKGROUND_LEAD_RE = re.compile(r"(领导|处长|局长|科长|主任|书记|同事|财务|审计|上级|上面)(刚才?|又|还|特别|一直)?"
                                r"(问到|问起|问|说|想知道|关心|交代|催)(了|过|起)?")
"""领导问…, 处长刚问到…: who asked, said at the start of the clause that asks; a clause of its own."""

CRITICAL_CHARS = frozenset("不没非未无除减去外超低高多少大小前后第否别但且并或仅只占空优良各每")
"""Single characters that change a question's meaning (不, 除, 前 …): never dropped unread, even alone."""

TIME_GAPS: dict[str, str] = {
    "period": "自评表只有全年数据，没有半年、季度或月度的数字",
    "future": "自评表记录的是已结束年度的执行情况，没有以后年度的数据",
}
PERIOD_RE = re.compile(r"同期|每个月|各个?月份?|逐月|按月|每个?季度|各季度|按季度?|汛期|汛前|汛后|雨季|旱季|节假日|寒假|暑假|春节|国庆")
"""Periods find_times leaves to other words (每个月); told as a period the table does not have."""
"""What to tell the user when a question names a time the annual table does not have (kinds of times.find_times)."""
MISSING_FIELD_RE = re.compile(
    r"人员编制|编制|人员|人数|工作人员|采购方式|采购|招标|中标|投标|供应商|合同|负责人|联系人|联系电话|电话|地址|"
    r"开工|竣工|工期|审计意见|审批|批复文号|文号|项目编号|编号|代码|面积|工资|社保|公积金|"
    r"中的标|中了标|谁中标|哪家中|多少人|几个人|几人|人手|人力|用人|办公经费|办公费|差旅费|会议费|公用经费|人员经费|三公经费|公务接待|公车|"
    r"专项债|债券|中央(?:资金|财政|补助|转移支付|预算内|拨款|部分)|转移支付|(?:省|市|区|县)级(?:财政|资金|拨款|配套|部分)?|"
    r"配套资金|自筹|社会资本|第三方评价|第三方|从哪(?:里|儿)?来|哪(?:里|儿)?来的|来自哪|出处|"
    r"各?区县|各区(?!间)|街道|乡镇|镇街|处室|科室|下属单位分别"
)
"""Fields people ask about that the national template does not have."""
MISSING_FIELD_REASON = ("自评表没有这一项（表中有：预算、执行数、执行率、得分、评分等级、实施单位、绩效指标、目标与完成情况；"
                        "资金按表中所列来源分：当年财政拨款、上年结转资金、其他资金，有的表还有财政专户管理资金、单位资金）")
