"""Step 1 of the text reader: file bytes → numbered lines of tab-separated cells, and the
small text tests every later step shares (what a cell holds, how wrapped text joins).

The extraction format writes one table row per line with cells separated by tabs;
a blank line is a page break. Cell text that wrapped inside a PDF cell comes back
with spaces where the wrap was, and stray glyphs (``<u>)</u>``, ``•``, ``E测``)
come back wherever the extractor saw ink.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import jieba

from ingest.errors import IngestError
from ingest.tokenize_zh import ensure_jieba_loaded
from ingest.values import normalize_text, printed_text

_CJK = r"\u3400-\u9fff\uf900-\ufaff"
_MARKUP_RE = re.compile(r"</?[a-z]+>")
_WRAP_SPACE_RE = re.compile(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f]|\()")
_JUNK_EDGE_RE = re.compile(rf"^[A-Za-zＡ-Ｚａ-ｚ](?=[{_CJK}])|^[_\[\]|\\/·•]+|[\[\]|\\/·•_]+[0-9０-９]?$")
_HAS_CJK_RE = re.compile(f"[{_CJK}]")
_TWO_CJK_RE = re.compile(f"[{_CJK}]{{2}}")
_MEANINGFUL_RE = re.compile(rf"[{_CJK}]|[0-9%]|[A-Za-z]{{2,}}")

SCORE_RE = re.compile(r"^\d{1,3}\.\d{2}$")
"""A 分值/得分 cell as the template prints it: at most three digits, then two decimals."""

LEVEL_LABEL_CHARS = frozenset("产出效益满意度指标数量质时成本经济社会生态可持续影响服务对象")
"""Every character of the template's 一级/二级 labels; a token made only of these is a label fragment."""


@dataclass(frozen=True)
class Line:
    """One line of the extraction: its 1-based number, its page (blank lines separate pages) and its cells."""

    number: int
    page: int
    cells: tuple[str, ...]

    @property
    def compact(self) -> str:
        """The line's text with every tab and space removed, for finding labels split by wraps."""
        return compact("".join(self.cells))

    def tokens(self) -> list[tuple[int, str]]:
        """Given the line, return its whitespace-separated tokens, each with the index of its cell."""
        return [(index, token) for index, cell in enumerate(self.cells) for token in cell.split()]


UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
"""The byte-order marks of UTF-16 (little- and big-endian) text."""


def decode_report(data: bytes, file_name: str) -> str:
    """Given a file's bytes, return its text (UTF-16 with its BOM, UTF-8, else GB18030), raising IngestError when it
    is not text. Windows tools save "Unicode" text as UTF-16 with a BOM: its zero bytes are no binary content."""
    if not data.strip():
        raise IngestError(file_name, "文件为空")
    if data.startswith(UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise IngestError(file_name, "无法解码：文件以 UTF-16 标记开头，但内容不是 UTF-16 文本") from err
    if b"\x00" in data:
        raise IngestError(file_name, "不是文本文件：含有二进制内容，无法按文本读取")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise IngestError(file_name, "无法解码：既不是 UTF-8 也不是 GB18030 编码的文本")


def text_to_lines(text: str) -> list[Line]:
    """Given the decoded text, return its non-blank lines split into cells, numbered from 1, with pages.

    Cells are kept as printed (``printed_line``: full-width punctuation stays, as in the PDF reader's cells), stripped,
    and lose the ``<u>``/``<i>`` tags the extractor wraps stray glyphs in (a ``<u>`` must not read as the operator
    ``<``). The steps that compare a label or read a figure do so half-width (``values.normalize_text``).
    Lines are counted at ``\n`` only, as an editor or ``grep -n`` counts them.
    """
    lines: list[Line] = []
    page = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        if "\f" in raw:  # pdftotext marks a new page with a form feed, not with a line of its own
            page += 1
            raw = raw.replace("\f", "")
        if not raw.strip():
            page += 1
            continue
        lines.append(Line(number=number, page=page, cells=tuple(printed_line(raw).split("\t"))))
    return lines


def printed_line(raw: str) -> str:
    """Given a line of the file, return it as printed, cells still tab-separated: without the extractor's page
    marks and ``<u>``/``<i>`` tags (no ink of the report), glyph look-alikes read as their ideographs."""
    return "\t".join(printed_text(_MARKUP_RE.sub("", cell)) for cell in raw.replace("\f", "").rstrip("\r").split("\t"))


WORDLESS_MAX_CHARS = 10
"""A fragment this short with no word in it is glyphs the extraction scattered, not a sentence that lost a few."""


def is_wordless(text: str) -> bool:
    """Whether a short text holds no word of two or more characters in jieba's dictionary (``人以近1日川也``, the
    garbled tail of a ``偏差原因分析及改进措施`` header), so it cannot be a reason anybody wrote."""
    return len(compact(text)) <= WORDLESS_MAX_CHARS and word_coverage(text) == 0


def word_coverage(text: str) -> float:
    """The share of a text's characters that fall in words of two or more characters in jieba's dictionary: how
    legible a garbled cell is (``培训参与人员满意度`` 1.0, its garbled copy ``拉加名片人具满金亩`` 0.22)."""
    ensure_jieba_loaded()
    covered = sum(len(word) for word in jieba.cut(text) if len(word) >= 2 and jieba.dt.FREQ.get(word, 0) > 0)
    return covered / max(1, len(compact(text)))


def line_text(line: Line) -> str:
    """A line's cells as one text for a message, the empty ones left out: what a reader would look for in the file."""
    return " ".join(cell.strip() for cell in line.cells if cell.strip())


def compact(text: str) -> str:
    """Given text, return it without whitespace: labels like ``当年财政 拨款`` wrap inside their cell."""
    return re.sub(r"\s+", "", text)


def join_wrapped(text: str) -> str:
    """Given one cell's text, return it with the spaces that mark line wraps next to Chinese removed.

    Spaces between ASCII words are kept as printed; a unit wrapped from its number
    joins it again (``356000.00 (页)`` → ``356000.00(页)``).
    """
    return _WRAP_SPACE_RE.sub("", text).strip()


def has_cjk(text: str) -> bool:
    """Whether ``text`` holds a Chinese character: tokens without one (``•``, ``ц и в``) are extraction noise."""
    return bool(_HAS_CJK_RE.search(text))


def is_meaningful(text: str) -> bool:
    """Whether ``text`` holds a Chinese character, a digit, ``%`` or a Latin word, of any width; else it is a stray
    glyph (``•``)."""
    return bool(_MEANINGFUL_RE.search(normalize_text(text)))


def clean_piece(text: str) -> str:
    """Given a token or cell of running text, return it without stray edge glyphs (``E测`` → ``测``, ``规划、[2``)."""
    return _JUNK_EDGE_RE.sub("", text).strip()


def is_label_fragment(token: str, *, forgive_one: bool = False) -> bool:
    """Whether ``token`` is a piece of a merged 一级/二级 label cell: label characters only.

    With ``forgive_one`` (for the label columns themselves), one garbled glyph is
    forgiven in pieces of three or more (``社会対益``); elsewhere it is not, since
    ``达成指标`` would pass.
    """
    text = compact(token)
    strangers = sum(1 for char in text if char not in LEVEL_LABEL_CHARS)
    return bool(text) and strangers <= (1 if forgive_one and len(text) >= 3 else 0)


def is_label_ink(token: str) -> bool:
    """Whether a label-column token is a printed line of a merged label: label characters but for one garbled
    glyph (``数里``, ``社会対益``), or glyphs with no two Chinese characters in a row (``1111/1``, ``1日7小``)."""
    strangers = sum(1 for char in token if char not in LEVEL_LABEL_CHARS)
    return strangers == 0 or strangers == 1 < len(token) or not _TWO_CJK_RE.search(token)


def join_text(pieces: list[str], *, clean_edges: bool = True) -> str:
    """Given text pieces in reading order (cells, wrapped lines), return them joined as one text.

    Pieces with no Chinese, no digit and no Latin word (``•``, ``ц и в``, ``y``) are
    noise and dropped; wraps join without spaces. ``clean_edges`` also strips stray
    edge glyphs (``E测``): right for names and prose, wrong for values (``A等``).
    """
    kept = [clean_piece(piece) if clean_edges else piece for piece in pieces]
    return join_wrapped(" ".join(piece for piece in kept if is_meaningful(piece)))
