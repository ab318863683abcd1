"""Refusing bad input before anything is read: empty, not a PDF, cut short, encrypted, corrupt, no text.

Each check raises IngestError with a Chinese message that names the file and
says what the user can do; DESIGN.md: bad input leaves the store as it was.
"""

from __future__ import annotations

from io import BytesIO

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

from ingest.errors import IngestError
from ingest.pdf.settings import PdfSettings

CID_PREFIX = "(cid:"
"""How pdfminer prints a glyph whose font has no Unicode map."""


def check_file_bytes(name: str, data: bytes, settings: PdfSettings) -> None:
    """Given a file's bytes, raise IngestError unless they look like a whole PDF.

    pdfminer recovers a truncated file by scanning for objects and would return
    the first pages as if they were all: the missing ``%%EOF`` catches that.
    """
    if not data.strip():
        raise IngestError(name, "文件为空（没有任何内容），请检查文件是否完整")
    if not data.lstrip()[:1024].startswith(b"%PDF-"):
        raise IngestError(name, "不是 PDF 文件（文件头缺少 %PDF- 标记）")
    if b"%%EOF" not in data[-settings.eof_tail_bytes:]:
        raise IngestError(name, "PDF 文件不完整（缺少结尾标记 %%EOF），可能下载中断或已损坏，请重新获取原文件")


def open_pdf(name: str, data: bytes) -> pdfplumber.PDF:
    """Given a PDF's bytes, return it opened with pdfplumber, or raise IngestError for encrypted or corrupt files."""
    try:
        return pdfplumber.open(BytesIO(data))
    except Exception as err:  # pdfplumber wraps every pdfminer failure in PdfminerException
        raise _open_error(name, err) from err


def _open_error(name: str, err: Exception) -> IngestError:
    """The user-facing error for a PDF that pdfplumber could not open."""
    cause = err.args[0] if err.args else err
    if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
        return IngestError(name, "PDF 已加密，需要密码才能打开；请提供未加密的文件")
    return IngestError(name, f"PDF 文件已损坏，无法解析（{cause}）")


def corrupt_error(name: str, err: Exception) -> IngestError:
    """The user-facing error for a PDF that opened but broke while its pages were read."""
    return IngestError(name, f"PDF 文件已损坏，读取页面时出错（{err}）")


def _is_garbled(chars: list[str], share_max: float) -> bool:
    """True when more than ``share_max`` of a page's characters are ``(cid:N)``."""
    garbled = sum(1 for text in chars if text.startswith(CID_PREFIX))
    return garbled > len(chars) * share_max


def check_text_layer(name: str, pages: list[list[str]], settings: PdfSettings) -> None:
    """Given each page's characters, raise IngestError when the document has no usable text layer.

    A scan has no characters at all; a font without a ToUnicode map gives
    ``(cid:N)`` for every glyph (pdfplumber #29, #159). Either way the PDF needs
    OCR first, and storing what pdfminer printed would be storing garbage. One
    garbled page is enough to refuse: its projects would be lost silently.
    """
    texts = [[text for text in page if text.strip()] for page in pages]
    if not any(texts):
        raise IngestError(name, "PDF 没有文字层（可能是扫描件或图片），需要先进行 OCR 文字识别才能读取"
                                "（安装 ocr 扩展后可直接读取扫描件：pip install \"jixiao-wenda[ocr]\"）")
    garbled = [number for number, page in enumerate(texts, start=1) if _is_garbled(page, settings.cid_share_max)]
    if garbled:
        listed = "、".join(str(number) for number in garbled)
        raise IngestError(
            name, f"PDF 的文字无法解码（第 {listed} 页的字符显示为 (cid:N)，字体缺少 Unicode 映射），需要先进行 OCR 文字识别才能读取"
        )
