"""The words that frame a question without being part of it: 帮我查查 … / … 来着, 谢谢, 急.

Staff open a message with a polite lead (麻烦查一下, 问一下, 我想知道) or who asked (领导问, 处长刚问到) and close it with a particle or thanks (啊, 呀,
来着, 谢谢, 急). Inside a question those words are already fillers the accounting passes over; but a follow-up is
recognised by its shape — 那水务局呢, 合计呢, 去掉监测那个 剩下几个 — and a lead or a tail around it hides that shape,
so the follow-up was read as a new question over every project: 两个局评了优的项目 | 问一下 一共几个 counted all 22.
``unframed`` takes them off the ends of the normalized question, once, before anything reads it.

Only words that never carry a condition, a figure or a reference are taken: 呢 stays (那水务局呢 is the follow-up's
own word), as does 吗 (是不是都评了优吗 asks yes or no), and a lead is taken only when it is followed by more.
"""

from __future__ import annotations

import re

from assistant.understand.vocabulary import BACKGROUND_LEAD_RE

_LEAD = (
    r"(?:快|赶紧|麻烦你?|请你?|劳驾)?(?:帮我|帮忙|给我)?"
    r"(?:查查|查一下|查下|看看|看一下|看下|瞅瞅|瞧瞧|找找|问问|问一下|问下|确认一下|确认下|核实一下|核对一下)"
    r"|(?:不是的?|不对|错了|搞错了|弄错了)[\s,，]*(?:我要的是|我要是|我问的是|我说的是|要的是|是)|我要的是|我问的是|我说的是"
    r"|请问一下|请问|问一下|问下|我想问一下|我想问|想问一下|想问|我想知道|想知道|我问一下|我问下|那个啥|那个什么|嗯+|哦+|额+|呃+|诶+|哎+"
)
_WHO = r"(?:领导|处长|局长|科长|主任|书记|同事|上面|上级)"
_ASKER = (rf"(?:(?:{BACKGROUND_LEAD_RE.pattern})(?:我|一下|下)?[\s,，:：]+|{_WHO}(?:刚才?|又|还)?(?:要|想要)(?:[一二两三几1-3]?个)?"
          r"(?:总)?数(?:字|据)?[\s,，:：]*|(?:财政|财务|审计)(?:那边|局|处)?(?:在|又|刚)?问(?:了)?[^，,。\s]{0,8}?的事(?:儿|情)?[\s,，:：]*)")
"""领导问 …, 处长刚问到， …, 领导要两个数 …, 领导要个数…, 财政那边问预算调整的事…: who asked, said before the question
(after 问 set off by a space or comma; after 要个数 or …的事 it may run on)."""
_OCCASION = (
    r"(?:等会儿?|等下|一会儿?|下午|上午|明天|今天|月底|年底|下周|马上)?(?:要|得)?(?:跟(?:财务|领导|处长|审计)(?:那边)?)?"
    r"(?:开会|开个会|汇报材料|汇报|对账|对数|报进度|报数|写材料|写总结|碰头|填表)(?:要讲[^\s,，:：]{0,8}[\s,，:：]+|(?:要用|用|要(?:[一二两12]?个)?(?:总)?数(?:字|据)?|要)?[\s,，:：]*)(?:先)?"
)
"""开会要用…, 下午要跟财务对账…, 月底要报进度…: what the figure is for, typed before the question without a pause."""
_LEAD_RE = re.compile(rf"^(?:(?:{_LEAD})[\s,，:：]*|{_ASKER}|{_OCCASION})+(?=\S)")
"""麻烦查一下 / 快帮我查查 / 问一下 / 那个啥 / 领导问 / 开会要用 at the start, with the space or comma after them."""

_TAIL_RE = re.compile(
    r"(?:[\s,，]*(?:来着|啊|呀|哈|啦|吧|(?<![干搞做弄])嘛|哦|噢|哟|谢谢|谢了|多谢|辛苦了?|急用|急|在线等|[?？!！。~～]"
    r"|我?(?:印象里|印象中|感觉|估计)(?:好像|应该)?(?:没几个|不多|挺多|很少|没多少|不少)"
    r"|(?:算出来|算好|弄好|出来|统计出来|有)了(?:吧|吗|没有?)))+$"
)
"""… 来着 / 啊 / 谢谢 / 急 / ？ / 我印象里没几个 / 算出来了吧 at the end, any number of them (呢 急, 来着？)."""


def unframed(text: str) -> str:
    """``text`` without its polite lead and its closing particles; the text itself when nothing would be left."""
    inner = _TAIL_RE.sub("", _LEAD_RE.sub("", text)).strip()
    return inner or text
