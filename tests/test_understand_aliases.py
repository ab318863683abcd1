"""Department short forms derived by rule, and finding departments in a question."""

import pytest

from assistant.understand.aliases import department_aliases, departments_sounded, match_departments

SUFFIXES = ("局", "委", "委员会", "厅", "办", "办公室", "办公厅", "中心", "署")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("上海市规划和自然资源局", {"规划和自然资源局", "规划资源局", "规资局", "市规划资源局", "规自局"}),
        ("上海市交通委员会", {"交通委员会", "交通委", "市交通委"}),
        ("上海市生态环境局", {"生态环境局", "市生态环境局", "环境局", "生态局"}),
        ("上海市绿化和市容管理局", {"绿化和市容管理局", "绿化市容局", "绿容局"}),
        ("上海市水务局", {"水务局", "市水务局"}),
        ("某市水务局", {"水务局"}),
        ("北京市朝阳区财政局", {"朝阳区财政局", "财政局"}),
        ("上海市发展和改革委员会", {"发改委", "市发改委", "发展改革委"}),
        ("上海市住房和城乡建设管理委员会", {"住建委", "市住建委"}),
        ("上海市卫生健康委员会", {"卫健委"}),
        ("上海市经济和信息化委员会", {"经信委"}),
        ("上海市市场监督管理局", {"市场监管局", "市场监督管理局"}),
        ("广东省广州市财政局", {"广州市财政局", "市财政局", "财政局"}),
        ("江苏省苏州市昆山市财政局", {"昆山市财政局", "财政局"}),
        ("上海市浦东新区生态环境局", {"浦东新区生态环境局", "区生态环境局", "生态环境局"}),
        ("上海市大数据中心", {"大数据中心"}),
    ],
)
def test_expected_aliases_come_out(name, expected):
    aliases = department_aliases(name)
    assert expected <= set(aliases), expected - set(aliases)


@pytest.mark.parametrize(
    ("name", "absent"),
    [
        # 城市 is not a place prefix, 绿化和市 is not a city, 苏州 is not a 州
        ("上海市城市管理行政执法局", {"管理行政执法局", "行政执法局"}),
        ("上海市绿化和市容管理局", {"容管理局", "市容管理局", "绿市局"}),
        ("江苏省苏州市昆山市财政局", {"市昆山市财政局", "苏财政局"}),
        # the name itself is not its own alias
        ("上海市水务局", {"上海市水务局"}),
        # no bare suffix or one-character body
        ("上海市水务局", {"局", "务局", "水局"}),
    ],
)
def test_wrong_forms_do_not_come_out(name, absent):
    assert not absent & set(department_aliases(name))


@pytest.mark.parametrize(
    "name",
    [
        "上海市规划和自然资源局",
        "上海市交通委员会",
        "上海市生态环境局",
        "上海市绿化和市容管理局",
        "上海市精神文明建设委员会办公室",
        "上海市人民政府办公厅",
        "北京市朝阳区财政局",
        "内蒙古自治区财政厅",
        "生态环境部",
    ],
)
def test_every_alias_keeps_a_suffix_and_two_characters_before_it(name):
    for alias in department_aliases(name):
        suffix = next((s for s in sorted(SUFFIXES, key=len, reverse=True) if alias.endswith(s)), None)
        assert suffix is not None, alias
        committee_head = len(alias) == 2 and alias.endswith("委")  # 交委: a committee by its head character
        assert len(alias) - len(suffix) >= 2 or committee_head, alias


def test_a_committee_is_said_by_its_head_character():
    assert "交委" in department_aliases("上海市交通委员会")
    assert match_departments("交委23年预算最高的是哪个", ["上海市交通委员会", "上海市水务局"]) == [("上海市交通委员会", 0, 2)]


def test_aliases_are_deterministic_longest_first_and_unique():
    aliases = department_aliases("上海市规划和自然资源局")
    assert aliases == department_aliases("上海市规划和自然资源局")
    assert len(aliases) == len(set(aliases))
    assert [len(a) for a in aliases] == sorted((len(a) for a in aliases), reverse=True)


NAMES = ["上海市生态环境局", "上海市规划和自然资源局", "上海市交通委员会", "上海市水务局", "某市水务局",
         "北京市朝阳区财政局", "北京市海淀区财政局"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("规资局的项目有哪些", [("上海市规划和自然资源局", 0, 3)]),
        ("上海市生态环境局2024年的总分", [("上海市生态环境局", 0, 8)]),
        ("市交通委和环境局哪个得分高",
         [("上海市交通委员会", 0, 4), ("上海市生态环境局", 5, 8)]),
        # the longest form wins and its parts are not reported again
        ("上海市规划和自然资源局的预算", [("上海市规划和自然资源局", 0, 11)]),
        # a short form two departments share: both, same span, for the caller to ask back
        ("水务局的执行率", [("上海市水务局", 0, 3), ("某市水务局", 0, 3)]),
        ("财政局的得分", [("北京市朝阳区财政局", 0, 3), ("北京市海淀区财政局", 0, 3)]),
        ("朝阳区财政局的得分", [("北京市朝阳区财政局", 0, 6)]),
        # a department's body as a side (水务那边, 规划资源口), never the body alone (a project word)
        ("水务那边总共花了多少", [("上海市水务局", 0, 4), ("某市水务局", 0, 4)]),
        ("规划资源口的项目", [("上海市规划和自然资源局", 0, 5)]),
        ("水务信息化项目", []),
        # no department, and no match inside ordinary words
        ("哪些项目扣分了", []),
        ("局部调整的原因", []),
        ("", []),
    ],
)
def test_match_departments(text, expected):
    assert match_departments(text, NAMES) == expected


def test_match_departments_with_no_names():
    assert match_departments("规资局", []) == []


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("鬼资局", "规资局"),  # gui zi ju: 规资局, typed by pinyin
        ("交通未", "交通委"),  # the suffix typed as a homophone too
        ("规资局", "规资局"),  # a stored form is no typo
        ("水物局", "水物局"),  # shui wu ju: 上海市水务局 and 某市水务局 both fit, so neither is chosen
        ("海洋生态", "海洋生态"),  # no department
    ],
)
def test_departments_sounded(word, expected):
    assert departments_sounded(word, NAMES)[0] == expected


def test_departments_typed_in_pinyin_letters() -> None:
    from assistant.understand.aliases import departments_spelled

    names = ["上海市水务局", "上海市交通委员会", "上海市规划和自然资源局"]
    assert departments_spelled("jiaotongwei 24年的项目", names) == ("交通委 24年的项目", [(0, 3)])
    assert departments_spelled("shuiwu局执行率", names) == ("水务局执行率", [(0, 3)])
    assert departments_spelled("gui资局22年", names) == ("规资局22年", [(0, 3)])
    assert departments_spelled("abc局的项目", names) == ("abc局的项目", [])  # spells no stored department: as typed
