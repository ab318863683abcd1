"""The words of a conversation, in one table the planner reads: how a follow-up points into the last answer (其中,
倒数第二, 它们, 剩下的), compares with it (跟X比, 两年差多少, 哪边高), or asks anew over everything (所有, 各局).

Each pattern names one part a follow-up may fill; ``assistant.planner`` decides what the part does with the last turn.
Keeping them here, beside ``vocabulary`` (the roles every word must fill), lets a new way of saying a follow-up be
added where the others are, and tested by its examples (``tests/test_understand_follow_words.py``).
"""

from __future__ import annotations

import re

from assistant import cues
from assistant.understand.vocabulary import INSIDE_LIST

ROWS_ASKED_RE = re.compile("|".join(p.pattern for p in (
    cues.LOST_RE, cues.INDICATOR_RE, cues.WHY_RE, cues.GOAL_TEXT_RE, cues.RESULT_TEXT_RE)))
"""A project's rows or texts asked (扣分的指标, 哪些指标, 为什么, 总体目标是啥): after an answer about one project, of
that project."""

WHOLE_SCOPE_RE = re.compile(r"所有|全部|各个?项目|每个项目|哪(些|个)(?!指标|条|项指标)|整体|总体|合计|总计|平均|一共")
"""Words that ask about every project: without a pronoun (它们, 这些) they are no follow-up on the last answer."""

PRONOUN_RE = re.compile(INSIDE_LIST + r"|(这|那)\d+个|这些\d+个|它们|它|该项目|这个项目|那个项目|此项目|这些项目|这几个|上述|这两个|他们|"
                         r"哪一?年度?|哪个年度|这条|该条|这项指标|这个指标|这一条")
"""Words pointing into the last answer's list (哪年最多 after one project's years)."""

MIDDLE_RE = re.compile(r"中间(?:的|那|这)?(?:1?个|项)")
"""中间那个: the middle one of the last list (of an even length, the two middle ones: which is asked back)."""

FOLLOW_UP_RE = re.compile(r"^(那么?|还有|另外|再|那它|只看|光看|单看|就看)|呢[?？]?$")
"""A turn said as a follow-up (那…, …呢): it keeps the last answer's reports unless it names others."""

WHOLE_STORE_RE = re.compile(r"全库|整个库|所有报告|全部报告|所有(?:的)?(?:局|部门|年份?|年度)|各个?(?:局|部门|年)|每个(?:局|部门|年)|不分")
"""The whole store said outright (全库, 所有部门), which no scope set earlier narrows."""
EVERYWHERE_RE = re.compile(r"所有|全部|全库|整个库|全体|\d+个(局|部门|单位)|各个?(局|部门|单位)|每个(局|部门|单位)")
"""Words widening a follow-up to the whole store (那所有项目里最少的呢): it does not keep the last answer's scope."""

GROUPS_COMPARED_RE = re.compile(r"(?:几|多少)倍|比(?!例|重)|相比|对比|比较|差(多少|几|了|距)|(高|低|多|少|大|小)多少|"
                                 r"(谁|哪个|哪边|哪家)[^，,。？?]{0,8}?(更)?(高|低|多|少|大|小)")
"""Two groups' aggregates compared: 比23年多多少, 差几个点, 哪个局高."""

PROJECTS_ONLY_RE = re.compile(r"[\W□的]*项目(?:数量?|个数)?[\W□]*")
"""Nothing but 项目 left once the group and extreme words are masked (哪个局的项目最多): a count of projects."""

MEMBER_OF_LIST_RE = re.compile(r"(有)?(几个|多少个|哪些|哪几个|几项)(是|属于)|(是|属于)[^，,。？?]{0,12}?的(有|占)?(几个|多少个|哪些|哪几个)|"
                                + INSIDE_LIST + r"|占(了)?(几个|多少个)")
"""After a list, 有几个是水务局的 / 其中生态局的占几个: the listed projects of the department or year named."""

WHICH_ONES_RE = re.compile(r"\W*(那|那么)?(具体|分别|都)?(是|有)?(哪几个|哪些|哪几项|哪些项目|哪几个项目|是谁)(呢|啊|吧)?\W*")
"""具体是哪几个, 都有哪些: the projects the last answer counted or named, listed."""

HOW_MANY_RE = re.compile(r"\W*(那|那么)?(这些)?(一共|总共|共|总计|合计)?(有)?(几个|多少个)(项目)?(呢|啊|吧)?\W*")
"""一共几个, 总共多少个: how many the last answer listed."""

TWO_GROUPS_RE = re.compile(r"(这|那)?(2|两|俩)\s*(年|个年度|个年份|个局|个部门|家单位|家)")
"""两年差多少, 这两个局比呢: the two scopes of the last two turns."""

THE_TWO_RE = re.compile(r"(这|那)?(2|两|俩|二)\s*(个项目|个|项目|者)(?![局部单年委])|两者|二者|它俩|它们俩|他俩|它们(2|两)个|"
                        r"前(一|1)个.{0,4}后(一|1)个|后(一|1)个.{0,4}前(一|1)个|前者.{0,4}后者|后者.{0,4}前者")
"""两个差几分, 这俩比呢: the two projects of the last two turns."""

NAMED_FOLLOW_UP_RE = re.compile(r"\W*(?:那么?)?(?P<words>[\u4e00-\u9fff]{2,8}?)(?:那个|这个)?(?:项目)?呢\W*")
"""督察那个呢, 那法规标准呢: a follow-up that is only a project's words."""

WHICH_SIDE_RE = re.compile(r"(?:谁|哪个|哪边|哪家|哪一?年)[^，,。？?]{0,8}?(?:更)?(?P<word>高|低|多|少|大|小|好|差)(?:一些|一点|些|点)?")
"""Of two groups compared, which is higher (哪边整体执行率高一点, 谁大)."""

WHICH_YEAR_RE = re.compile(r"哪(?:一|个)?年[^，,。？?\s]{0,8}?(?:更)?(?P<word>高|低|多(?!少)|(?<!多)少|大|小|好|差)")
"""哪年执行率高 of one project's years: the year asked for."""

MORE_RE = re.compile(r"更(?P<more>高|低|多|少|大|小|好|差)|(?<=[分率数额局委家边])(?P<end>高|低|多|少|大|小)(?:一些|一点|些|点)?(?:呢)?$")
"""哪个局的整体执行率更高: a comparison of groups without 最."""

EACH_RE = re.compile(r"各(有|是|自|为|报了?|报过)|分别|各自")
"""Each of the departments or years named, answered apart (23年跟24年各有几个项目)."""

LIST_ASKED_RE = re.compile(r"哪些|哪几个|列出|清单|名单|每个项目|各个?项目")
"""Projects asked for one by one, not a department's total."""

BACK_REFERENCE_RE = re.compile(r"^\W*(那么?|那)?(" + INSIDE_LIST + r"|它们|它|这几个|上述|这两个|这三个|该项目|这个项目|"
                                r"那个项目|此项目|哪一?年度?|哪个年度)")
"""A question opening with a word for the last answer's projects: without a last answer listing some, it cannot be
answered as if over every project."""

SINGULAR_RE = re.compile(r"它(?!们|\d)|该项目|这个项目|那个项目|此项目|中间(?:的|那|这)?1?个")

PLURAL_RE = re.compile(r"它们|它\d个|这些|那些|这几个|他们|上述|各个?|每个|分别")
"""One project meant (它) or several (它们): a singular follow-up on a list of several asks which one."""

COMPARED_WITH_RE = re.compile(r"(跟|和|与|同)[^，,。？?]{0,12}(比|相比|比较|对比|差(了|多少|几))|"
                               r"比(它|这个|那个|刚才|前面那个|□+)[^，,。？?\d]{0,3}?(多|少|高|低|增加|增长|上涨|减少|涨|降|差)了?"
                               r"(多少|几|百分之几|百分之多少)|"
                               r"(两年|两个|两者|前后)(相)?差(了)?(多少|几)")
"""跟X比呢, X比它多了多少, 24年呢 两年差了多少: a comparison of X with what the last answer was about, not a switch
to X."""

NEW_OR_GONE_RE = re.compile(r"(?:(?:新增|新上|新加|新设|新立|多出来?)(?:了|的)?|多了)(?:哪些|哪几个|哪个|几个|多少个|啥|什么)?(?:的)?项目|"
                            r"(?P<gone>少了|没了|取消了|不见了|砍掉了|去掉了|没有了|停了)(?:哪些|哪几个|哪个|几个|多少个|啥|什么)?(?:的)?项目")
"""24年跟23年比新增了哪些项目 / 少了哪些项目: the projects one year of a department has and the other lacks."""
RECURRING_RE = re.compile(r"(两|三|四|五|几|每|各)个?年度?都(有|报了?|报过|在)|历年都有|年年都(有|报)|"
                          r"(?<=□)都(有|报了?|报过)的?(?=项目)")
"""生态环境局两年都有的项目: the projects reported in every year of the scope, not every project of it."""

SORT_ALL_RE = re.compile(r"排(一|1)?下|排个?序|排列|排排|(大|小|高|低)(到|往)(小|大|低|高)|"
                          r"(各|所有|全部|每个)个?项目.{0,8}(排名|排行)|排名表|排行榜")
"""A sort asked with no length (按预算从大到小排一下): every project in scope, in that order."""

BOTH_ENDS_RE = re.compile(r"最(高|大|多)的?(和|跟|与|及|、|还有|以及)最(低|小|少)|最(低|小|少)的?(和|跟|与|及|、|还有|以及)最(高|大|多)")
"""A ranking asked from both ends at once: the highest and the lowest, one answer each."""

EVERY_PROJECT_RE = re.compile(r"所有|全部|哪些项目|哪个项目|各个?项目|每个项目|整体(?!目标)|总体(?!目标)")
"""Words asking about every project in scope, which a follow-up on one project's rows does not."""

COUNTED_ROWS_RE = re.compile(r"(几|多少)(个|条|项)(绩效)?指标|指标(有)?(几|多少)(个|条|项)")
"""A count of a project's own rows (一共几个绩效指标), which a follow-up asks of the project just answered."""

FROM_END_RE = re.compile(r"倒数第\s*(?P<n>\d+)\s*(?:个|项|名)?\s*(?P<that>那个|这个)?\s*(?P<end>呢?$)?")
"""A place counted from the end of the last list (末尾那个 is written 倒数第1那个)."""

BOTTOM_RE = re.compile(r"^\W*垫底的?(?P<that>那个|这个|那|这)?")
"""垫底那个 after a ranking: its worst — first of a list ranked from the lowest, last of one ranked from the highest."""

LIST_REST_RE = re.compile(r"(剩下|剩余|其余|余下)的?(?P<n>\d+)个|这些|这几个|" + INSIDE_LIST)

REST_OF_LIST_RE = re.compile(r"^\W*(那)?(?P<w>(剩下|剩余|其余|余下)的?)")

ONE_ASKED_RE = re.compile(r"(是|为)(谁|哪个|哪一个|哪家|哪项)|哪一个")
"""最低的是谁, 是哪一个: one project asked, not a list."""


GROWTH_RE = re.compile(r"(?:涨|增长|增加|上涨|上升|下降|降|减少|多|少|高|低)了?(?:百分之几|百分之多少|多少百分比|几成)|"
                       r"增长率|增幅|涨幅|降幅|增速|变化率")
"""A change asked as a percentage of the earlier figure (24年比23年涨了百分之几): the comparison gives it too."""
TIMES_RE = re.compile(r"(?:几|多少)倍")
"""One figure as a multiple of another (农村饮水预算是节水宣传的几倍): the comparison of the two gives it too."""
CHANGE_ALONE_RE = re.compile(r"\W*(?:那)?(?:涨|增长|增加|上涨|多|少|降|下降|减少|差)了?(?:多少|几|百分之几|百分之多少)(?:呢)?\W*")
"""涨了多少, said alone after two turns about one project each: the two compared."""
