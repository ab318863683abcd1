"""Cell values as printed, parsed the same by both readers: amounts, targets and actuals in every common form."""

from __future__ import annotations

import pytest

from ingest.units import as_printed, stated_unit, table_unit
from ingest.values import parse_actual, parse_amount, parse_target


@pytest.mark.parametrize(("cell", "op", "value", "unit"), [
    ("=2.00(个)", "=", 2.0, "个"), ("≥90.00(%)", "≥", 90.0, "%"), (">4.00(次)", ">", 4.0, "次"),
    ("＝12.00（处）", "=", 12.0, "处"), ("≥60个", "≥", 60.0, "个"), ("≤45,000元/个", "≤", 45000.0, "元/个"),
    ("不低于95%", "≥", 95.0, "%"), ("不超过3天", "≤", 3.0, "天"), ("60个以上", "≥", 60.0, "个"),
    ("95％以下", "≤", 95.0, "%"), ("93.5%", None, 93.5, "%"), ("≥3000套", "≥", 3000.0, "套"),
    ("１，２００.５", None, 1200.5, None),
])
def test_targets_parse_with_any_operator_and_unit(cell: str, op: str | None, value: float, unit: str | None) -> None:
    parsed = parse_target(cell)
    assert (parsed.op, parsed.value, parsed.unit) == (op, value, unit)


@pytest.mark.parametrize("cell", ["提升", "达成指标", "按计划完成", ""])
def test_words_are_no_number(cell: str) -> None:
    assert parse_target(cell).value is None and parse_actual(cell).value is None


def test_an_actual_has_no_operator() -> None:
    assert parse_actual("98.6%").value == 98.6 and parse_actual("≥98%").value is None


def test_amounts_with_separators_and_full_width_digits() -> None:
    assert parse_amount("4,523,456.78") == 4523456.78 and parse_amount("９８.９８") == 98.98
    assert parse_amount("-") is None and parse_amount("未执行") is None


@pytest.mark.parametrize(("cells", "unit"), [
    (["项目资金（元）", "年初预算数"], "元"), (["项目资金 (万元)"], "万元"), (["年初预算数（元）"], "元"),
    (["单位：千元"], "千元"), (["项目资金", "年初预算数"], None), (["≤45,000(元/个)"], None),
])
def test_the_money_unit_a_table_prints(cells: list[str], unit: str | None) -> None:
    assert table_unit(cells) == unit


def test_a_stated_unit_and_the_printed_amount() -> None:
    assert stated_unit("XX局2023年度项目支出绩效自评表\n单位：元") == "元"
    assert as_printed(452.345678, "元") == 4523456.78 and as_printed(452.35, "万元") == 452.35


def test_radical_look_alikes_read_as_their_ideographs() -> None:
    """Chromium's PDFs print 主管部门 with the radical ⻔ (U+2ED4) and 居民 with ⺠ (U+2EA0); NFKC keeps them."""
    from ingest.values import normalize_text

    assert normalize_text("主管部⻔") == "主管部门" and normalize_text("沿河居⺠满意度") == "沿河居民满意度"


def test_printed_text_keeps_full_width_punctuation_and_folds_only_look_alikes() -> None:
    """Texts are stored as printed; Chromium's glyph look-alikes (⻔, ⼾ for 户, ― for —) are not text."""
    from ingest.values import normalize_text, printed_text

    assert printed_text(" 完成：１２处（“一级”标准）；7:00―22:00 ") == "完成：１２处（“一级”标准）；7:00—22:00"
    assert printed_text("居住条件改善⼾数，主管部⻔") == "居住条件改善户数，主管部门"
    assert normalize_text("⼾数：１２") == "户数:12"  # labels compare, numbers parse, half-width
    target = parse_target("≥９５％")
    assert (target.op, target.value, target.unit) == ("≥", 95.0, "%") and parse_amount("１，４２５.６６") == 1425.66
