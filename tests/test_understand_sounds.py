"""Typo and homophone tolerance through toneless pinyin."""

import random
import time

import pytest

from assistant.understand.sounds import DEFAULT_STOPWORDS, SoundIndex, SoundMatch

WORDS = ["海洋生态环境保护", "党建工作", "执法", "宣传教育", "核与辐射", "大气"]


@pytest.fixture(scope="module")
def index():
    return SoundIndex(WORDS)


@pytest.mark.parametrize(
    ("text", "corrected", "typed", "word", "start"),
    [
        ("海羊项目得分", "海洋项目得分", "海羊", "海洋", 0),
        ("海样项目的预算", "海洋项目的预算", "海样", "海洋", 0),
        ("党件", "党建", "党件", "党建", 0),
        ("党件工作的得分", "党建工作的得分", "党件工作", "党建工作", 0),
        ("执发项目执行率", "执法项目执行率", "执发", "执法", 0),
        ("宣船教育扣了几分", "宣传教育扣了几分", "宣船教育", "宣传教育", 0),
        ("宣船", "宣传", "宣船", "宣传", 0),
        # 和 is read he/hu/huo: every reading of a polyphone counts
        ("和与辐射项目的总分", "核与辐射项目的总分", "和与辐射", "核与辐射", 0),
        ("大器污染防治", "大气污染防治", "大器", "大气", 0),
        # a typo next to correctly typed characters of the same name
        ("海洋生太环境", "海洋生态环境", "海洋生太", "海洋生态", 0),
        ("请问海羊的得分", "请问海洋的得分", "海羊", "海洋", 2),
    ],
)
def test_homophones_are_found_and_corrected(index, text, corrected, typed, word, start):
    fixed, matches = index.correct(text)
    assert fixed == corrected
    assert matches == [SoundMatch(start, start + len(typed), typed, word, True)]
    assert index.find(text) == matches


@pytest.mark.parametrize(
    "text",
    [
        # correctly typed names, whole or in part
        "海洋生态环境保护项目的得分",
        "核与辐射和大气哪个执行率高",
        "党建工作",
        # common question words, even where they sound like nothing known
        "执行率最高的项目",
        "预算多少",
        "哪些项目得分最低",
        "平均得分是什么",
        "几个指标合计",
        # one character off but not a homophone, and only two characters
        "海滩",
        # one character off at the edge of a span: a stretch followed by another word
        "宣传费多少",
        "核与",
        # nothing Chinese
        "ABC 123",
        "",
    ],
)
def test_no_match(index, text):
    assert index.find(text) == []
    assert index.correct(text) == (text, [])


def test_one_character_off_inside_a_longer_span(index):
    fixed, matches = index.correct("海洋生滩环境")
    assert fixed == "海洋生态环境"
    assert len(matches) == 1
    m = matches[0]
    assert not m.exact_sound
    assert (m.typed, m.word) == ("洋生滩环", "洋生态环")
    assert m.typed == "海洋生滩环境"[m.start : m.end]


def test_one_character_off_needs_exactly_one_fitting_word():
    idx = SoundIndex(["大气监测", "大水监测"])
    assert idx.find("大火监测") == []


def test_a_span_two_words_fit_is_reported_not_corrected():
    idx = SoundIndex(["世纪公园建设", "史籍整理"])
    fixed, matches = idx.correct("时机项目的得分")
    assert fixed == "时机项目的得分"
    assert {(m.start, m.end, m.typed) for m in matches} == {(0, 2, "时机")}
    assert sorted(m.word for m in matches) == ["世纪", "史籍"]
    assert all(m.exact_sound for m in matches)


def test_skip_positions_are_left_alone(index):
    assert index.find("海羊项目", skip={0}) == []
    assert index.find("海羊项目", skip={1}) == []
    assert index.find("请问海羊", skip={0, 1}) == [SoundMatch(2, 4, "海羊", "海洋", True)]


def test_stopwords_argument():
    assert "执行" in DEFAULT_STOPWORDS and "得分" in DEFAULT_STOPWORDS
    assert SoundIndex(["直行车道"]).find("执行") == []
    assert SoundIndex(["直行车道"], stopwords=()).find("执行") == [SoundMatch(0, 2, "执行", "直行", True)]
    assert SoundIndex(WORDS, stopwords=("海羊",)).find("海羊项目") == []


def test_words_that_are_not_chinese_or_too_short_are_ignored():
    idx = SoundIndex(["海", "PM2.5监测", "", "大气"])
    assert idx.words == ("大气",)
    assert idx.find("大器") == [SoundMatch(0, 2, "大器", "大气", True)]
    assert SoundIndex([]).find("海羊") == []


def test_a_polyphone_in_a_known_word_is_read_in_context():
    idx = SoundIndex(["银行账户管理"])
    assert idx.find("银航账户") == [SoundMatch(0, 4, "银航账户", "银行账户", True)]


def _corpus(n: int) -> list[str]:
    rng = random.Random(7)
    chars = "海洋生态环境保护党建工作执法宣传教育核与辐射大气水土壤监测管理信息系统建设运行维护科技国际合作交流应对气候变化固体废物污染防治噪声声光排污许可总量控制能力提升规划评价执法督察"
    return ["".join(rng.choice(chars) for _ in range(rng.randint(2, 10))) for _ in range(n)]


def test_speed():
    words = _corpus(2000)
    build = min(_timed(lambda: SoundIndex(words)) for _ in range(3))
    assert build < 0.4  # budget 0.2 s; doubled so a busy machine does not fail the suite
    idx = SoundIndex(words)
    question = "上海市生态环境局海羊生态环境保护项目的执行率和得分分别是多少"[:30]
    per_find = min(_timed(lambda: [idx.find(question) for _ in range(100)]) for _ in range(3)) / 100
    assert per_find < 0.001


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def test_a_rare_reading_does_not_make_a_two_character_homophone():
    # 市 also reads fu, but 海市 is not 海辐; a longer span may use every reading
    assert SoundIndex(["海辐射监测"]).find("上海市的项目") == []
    assert SoundIndex(["呼与辐射"]).find("和与辐射") == [SoundMatch(0, 4, "和与辐射", "呼与辐射", True)]


def test_pinyin_letters_spell_a_word_of_one_meaning() -> None:
    from assistant.understand.sounds import latin_spelled

    words = {"执行率": "rate", "执行数": "executed", "预算": "full_year", "全年预算": "full_year", "验收": "check"}
    assert latin_spelled("党建的zxl是多少", words) == [(3, 6, "执行率")]  # initials
    assert latin_spelled("泵站的YuSuan", words) == [(3, 9, "预算")]  # in full, any case
    assert latin_spelled("zx ys abc", words) == []  # zx: 执行率 or 执行数; ys: 预算 or 验收; abc: nothing


def test_a_name_typed_in_pinyin_letters_spells_one_stretch() -> None:
    from assistant.understand.sounds import written_over

    index = SoundIndex(["海洋生态环境保护", "大气生态环境保护", "党建群建工作"])
    assert index.spelled("haiyang那个项目") == [(0, 7, "海洋")]
    assert index.spelled("shengtai的项目") == [(0, 8, "生态")]  # in two names, but one stretch: the same word
    assert index.spelled("gongzuo he baohu") == [(0, 7, "工作"), (11, 16, "保护")]
    assert index.spelled("baohu xyz") == [(0, 5, "保护")]
    assert written_over("haiyang和dangjian", [(0, 7, "海洋"), (8, 16, "党建")]) == ("海洋和党建", [(0, 2), (3, 5)])


def test_a_figure_typed_in_pinyin_is_answered_and_the_reading_said(tmp_path) -> None:
    from pathlib import Path

    from assistant.engine import Assistant
    from ingest.store import Store

    store = Store(tmp_path)
    store.ingest(Path(__file__).resolve().parent.parent / "data" / "samples" / "000_714f557b0e494d5f.txt")
    answer = Assistant(store).ask("党建群建项目的zxl是多少")
    assert answer.found and [f.value for f in answer.figures] == [81.48]
    assert answer.answer.startswith("（按“党建群建项目的执行率是多少”理解。）")


def test_overlapping_corrections_give_two_readings() -> None:
    """执发率: 执发 sounds like 执法, 执发率 is one character off 执行率; the first reading prefers the sound, the
    second (tried when the first is not understood) the longer word."""
    index = SoundIndex(["生态环境执法和应急", "执行率"])
    assert index.correct("海洋执发率")[0] == "海洋执法率"
    assert index.correct("海洋执发率", longest_first=True)[0] == "海洋执行率"


@pytest.fixture(scope="module")
def sample_assistant(tmp_path_factory):
    from pathlib import Path

    from assistant.engine import Assistant
    from ingest.store import Store

    store = Store(tmp_path_factory.mktemp("sounds_sample"))
    store.ingest(Path(__file__).resolve().parent.parent / "data" / "samples" / "000_714f557b0e494d5f.txt")
    return Assistant(store)


def test_the_longer_correction_is_tried_when_the_first_reading_is_not_understood(sample_assistant) -> None:
    answer = sample_assistant.ask("海洋执发率")
    assert answer.found and [f.label for f in answer.figures] == ["执行率"]
    assert answer.answer.startswith("（按“海洋执行率”理解。）")


def test_a_corrected_name_one_project_fits_is_answered(sample_assistant) -> None:
    answer = sample_assistant.ask("监册项目得分")
    assert answer.found and answer.answer.startswith("（按“监测项目得分”理解。）")
    assert [p.name for p in answer.projects] == [e.name for e in sample_assistant.planner().catalog.entries if "监测" in e.name]


def test_a_corrected_name_several_projects_fit_is_asked_back(tmp_path) -> None:
    """生太 → 生态: 生态环境保护 is in three projects' names — which one is asked, with the reading said."""
    from assistant.engine import Assistant
    from tests.fixtures.assistant_records import env_document, fill_store

    answer = Assistant(fill_store(tmp_path, [env_document()])).ask("生太环境保护的得分")
    assert answer.intent == "clarify" and not answer.found and not answer.figures
    assert answer.answer.startswith("（按“生态环境保护的得分”理解。）")
    assert "哪一个项目" in answer.answer and answer.answer.count("生态环境保护") >= 4


def test_a_correction_that_names_nothing_answered_is_not_made(sample_assistant) -> None:
    """预计能 is one sound off a stretch of an indicator's name (应急能力); the correction would name no project the
    answer is about, so the question is not answered as if about 应急."""
    answer = sample_assistant.ask("预计能执行到多少")
    assert not answer.found and not answer.figures and "应急" not in answer.answer
