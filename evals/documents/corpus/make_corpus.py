"""Build the multi-department, multi-year evaluation corpus: 10 PDFs of 项目支出绩效自评表.

    python evals/documents/corpus/make_corpus.py            # write the PDFs beside this script
    python evals/documents/corpus/make_corpus.py --check    # write them, then ingest each and compare

Four Shanghai departments over 2022–2024 (not every department every year);
上海市规划和自然资源局 and 上海市水务局 have all three years, so year switches
(去年的呢) are testable. The real sample (上海市生态环境局 2024) is the fifth
department of an eval store, so it is not generated here; 上海市生态环境局 2023
is (four of the sample's project names, other figures), so a year switch from
the sample has somewhere to go.

Records are built with tests/fixtures/pdf_builders.py (which computes 执行率,
the funds score, 总分 and 评分等级 with the template's rules) and drawn with
ingest/pdf/render.py. Generated PDFs are committed: CI reads them, it does not
regenerate them. The output is byte-for-byte reproducible (reportlab invariant
mode), so re-running this script on unchanged content changes no file.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from ingest.pdf.render import render_report  # noqa: E402
from ingest.records import Document, Indicator, Project  # noqa: E402
from tests.fixtures.pdf_builders import document, funds, indicator, project  # noqa: E402

OUT, EFFECT, SATISFY = "产出指标", "效益指标", "满意度指标"
GZ = "上海市规划和自然资源局"
JT = "上海市交通委员会"
SW = "上海市水务局"
LR = "上海市绿化和市容管理局"
ST = "上海市生态环境局"

Amounts = tuple[float, float, float]
ZERO: Amounts = (0.0, 0.0, 0.0)


def _add(*parts: Amounts) -> Amounts:
    """Column-wise sum of fund rows, rounded to cents (年度资金总额 = 财政拨款 + 上年结转 + 其他资金)."""
    return tuple(round(sum(p[i] for p in parts), 2) for i in range(3))  # type: ignore[return-value]


def _funds(fiscal: Amounts, carried: Amounts = ZERO, other: Amounts = ZERO) -> list:
    """The four fund rows, the total computed from its parts."""
    return funds(_add(fiscal, carried, other), fiscal=fiscal, carried=carried, other=other)


def _p(seq: int, name: str, dept: str, unit: str, goal: str, result: str, fund_lines: list,
       indicators: list[Indicator]) -> Project:
    """A project; the indicator weights must sum to 90 (the funds line is the other 10 points)."""
    weights = round(sum(ind.weight or 0.0 for ind in indicators), 2)
    if weights != 90.0:
        raise ValueError(f"{dept} {name}: 指标分值合计 {weights}，应为 90")
    return project(seq, name, dept, unit, goal, result, fund_lines, indicators)


# ---------------------------------------------------------------- 上海市规划和自然资源局 (规资局 / 规划资源局)

def gz_planning(seq: int, year: int) -> Project:
    """国土空间规划编制: every year; 2023 loses points on 时效 (review delayed)."""
    fig = {2022: ((1860.0, 1860.0, 1822.35), 6, 6), 2023: ((2100.0, 1950.0, 1911.2), 8, 7), 2024: ((2240.0, 2240.0, 2231.6), 9, 9)}
    amounts, target, done = fig[year]
    inds = [
        indicator(OUT, "数量指标", "编制完成专项规划数量", f"={target:.2f}(项)", f"{done:.2f}(项)", 20.0,
                  17.5 if done < target else None,
                  "1项专项规划因上位规划调整顺延至下年度报批,已纳入下年度工作计划" if done < target else None),
        indicator(OUT, "质量指标", "规划成果专家评审通过率", "=100.00(%)", "100.00(%)", 15.0),
        indicator(OUT, "时效指标", "规划成果按期提交率", "≥90.00(%)",
                  "87.50(%)" if year == 2023 else "100.00(%)", 15.0, 13.0 if year == 2023 else None,
                  "部分成果征求意见时间延长,后续将提前开展部门会商" if year == 2023 else None),
        indicator(EFFECT, "社会效益指标", "规划实施监测评估覆盖区数", "=16.00(个)", "16.00(个)", 15.0),
        indicator(EFFECT, "可持续影响指标", "国土空间规划体系完善程度", "逐步完善", "达成指标", 15.0),
        indicator(SATISFY, "服务对象满意度指标", "区规划部门满意度", "≥90.00(%)", f"{93 + year % 3:.2f}(%)", 10.0),
    ]
    goal = (f"按照全市国土空间总体规划要求,组织编制{target}项专项规划和详细规划。"
            "完成规划实施年度体检评估,形成评估报告。建立规划成果入库更新机制,支撑规划许可审批。")
    result = (f"全年完成{done}项专项规划编制并通过专家评审,完成16个区的规划实施监测评估。"
              "规划成果已全部纳入国土空间基础信息平台,为规划审批提供了依据。")
    return _p(seq, "国土空间规划编制", GZ, "上海市城市规划设计研究院", goal, result, _funds(amounts), inds)


def gz_survey(seq: int, year: int) -> Project:
    """基础测绘与地理信息更新: every year, 2024 with 上年结转 and an adjusted budget."""
    fiscal = {2022: (1320.0, 1320.0, 1301.46), 2023: (1385.0, 1385.0, 1379.9), 2024: (1450.0, 1380.0, 1362.75)}[year]
    carried = {2024: (0.0, 96.5, 88.3)}.get(year, ZERO)
    area = {2022: 1200, 2023: 1500, 2024: 1800}[year]
    inds = [
        indicator(OUT, "数量指标", "1:500地形图更新面积", f"≥{area:.2f}(平方公里)", f"{area + 62:.2f}(平方公里)", 20.0),
        indicator(OUT, "数量指标", "卫星遥感影像覆盖次数", "≥4.00(次)", "4.00(次)", 10.0),
        indicator(OUT, "质量指标", "测绘成果质量检查合格率", "=100.00(%)", "100.00(%)", 10.0),
        indicator(OUT, "时效指标", "年度更新任务按时完成率", "=100.00(%)", "100.00(%)", 10.0),
        indicator(EFFECT, "社会效益指标", "地理信息公共服务平台调用次数", "≥500.00(万次)",
                  f"{560 + (year - 2022) * 85:.2f}(万次)", 20.0),
        indicator(EFFECT, "可持续影响指标", "基础测绘成果现势性", "持续提升", "达成指标", 10.0),
        indicator(SATISFY, "服务对象满意度指标", "测绘成果使用单位满意度", "≥90.00(%)", "96.20(%)", 10.0),
    ]
    goal = (f"完成全市{area}平方公里1:500地形图更新和4次卫星遥感影像覆盖。"
            "保障测绘基准和基础地理信息数据库的现势性,为规划编制、不动产登记和城市管理提供统一的空间底图。")
    result = (f"完成1:500地形图更新{area + 62}平方公里,获取卫星遥感影像4期,测绘成果经两级检查全部合格。"
              "地理信息公共服务平台全年运行稳定,调用量较上年继续增长。")
    return _p(seq, "基础测绘与地理信息更新", GZ, "上海市测绘院", goal, result, _funds(fiscal, carried), inds)


def gz_it(seq: int, year: int) -> Project:
    """规划资源信息化系统运维: 2023 (良: low execution, two rows losing points) and 2024."""
    fiscal = {2023: (980.0, 980.0, 702.16), 2024: (1020.0, 1020.0, 1008.4)}[year]
    weak = year == 2023
    inds = [
        indicator(OUT, "数量指标", "运维保障业务系统数量", "≥45.00(个)", "48.00(个)", 20.0),
        indicator(OUT, "质量指标", "核心系统可用率", "≥99.90(%)", "99.50(%)" if weak else "99.95(%)", 15.0,
                  11.0 if weak else None, "机房供电改造期间两次计划外停机,已增设备用电源" if weak else None),
        indicator(OUT, "时效指标", "故障响应及时率", "=100.00(%)", "100.00(%)", 15.0),
        indicator(OUT, "成本指标", "单系统年均运维成本", "≤22.00(万元)", "20.80(万元)", 10.0),
        indicator(EFFECT, "社会效益指标", "一网通办事项网上办理率", "≥95.00(%)", "90.00(%)" if weak else "97.30(%)", 20.0,
                  16.0 if weak else None, "部分存量事项改造未完成,下年度继续推进" if weak else None),
        indicator(SATISFY, "服务对象满意度指标", "系统使用人员满意度", "≥85.00(%)", "88.00(%)", 10.0),
    ]
    goal = ("做好规划资源业务审批、不动产登记、测绘地理信息等45个以上业务系统的日常运维和安全保障。"
            "核心系统可用率不低于99.9%,故障及时响应。")
    result = ("全年保障48个业务系统稳定运行,处理运维工单3100余件。"
              + ("受机房供电改造影响,核心系统可用率未达目标;部分硬件采购延后至下年度,资金执行率偏低。" if weak
                 else "核心系统可用率达到99.95%,完成等级保护测评。"))
    return _p(seq, "规划资源信息化系统运维", GZ, "上海市规划和自然资源局信息中心", goal, result, _funds(fiscal), inds)


def gz_farmland(seq: int, year: int) -> Project:
    """耕地保护与永久基本农田监测: 2022 and 2024, with 其他资金."""
    fiscal = {2022: (560.0, 560.0, 548.8), 2024: (610.0, 610.0, 604.5)}[year]
    other = {2022: (80.0, 80.0, 80.0), 2024: (120.0, 150.0, 146.2)}[year]
    inds = [
        indicator(OUT, "数量指标", "耕地动态巡查覆盖乡镇数", "=108.00(个)", "108.00(个)", 20.0),
        indicator(OUT, "质量指标", "违法占用耕地问题整改率", "≥95.00(%)", "98.60(%)", 15.0),
        indicator(OUT, "时效指标", "季度监测报告按时报送", "=4.00(次)", "4.00(次)", 15.0),
        indicator(EFFECT, "生态效益指标", "永久基本农田保护面积", "≥150.00(万亩)", "151.20(万亩)", 20.0),
        indicator(EFFECT, "可持续影响指标", "耕地保护长效机制", "健全", "达成指标", 10.0),
        indicator(SATISFY, "服务对象满意度指标", "涉农区满意度", "≥90.00(%)", "95.00(%)", 10.0),
    ]
    goal = ("对全市108个涉农乡镇开展耕地和永久基本农田动态巡查。"
            "按季度报送监测报告,督促违法占用耕地问题整改,守住耕地保护红线。")
    result = ("完成108个乡镇全年动态巡查,发现并督促整改违法占用耕地问题,整改率98.6%。"
              "全市永久基本农田保护面积保持在151.2万亩,按时报送季度监测报告4期。")
    return _p(seq, "耕地保护与永久基本农田监测", GZ, "上海市耕地保护事务中心", goal, result, _funds(fiscal, other=other), inds)


def gz_registry(seq: int, year: int) -> Project:
    """不动产登记服务保障: every year, figures changing."""
    fiscal = {2022: (745.0, 745.0, 736.42), 2023: (760.0, 812.0, 809.35), 2024: (790.0, 790.0, 785.1)}[year]
    cases = {2022: 68, 2023: 75, 2024: 82}[year]
    inds = [
        indicator(OUT, "数量指标", "不动产登记办件量", f"≥{cases:.2f}(万件)", f"{cases + 3.4:.2f}(万件)", 20.0),
        indicator(OUT, "质量指标", "登记差错率", "≤0.10(%)", "0.03(%)", 15.0),
        indicator(OUT, "时效指标", "一般登记办理时限", "≤5.00(个工作日)", "3.00(个工作日)", 15.0),
        indicator(EFFECT, "社会效益指标", "全程网办比例", "≥60.00(%)", f"{64 + (year - 2022) * 4:.2f}(%)", 20.0),
        indicator(EFFECT, "可持续影响指标", "登记档案数字化程度", "稳步提升", "达成指标", 10.0),
        indicator(SATISFY, "服务对象满意度指标", "办事群众满意度", "≥95.00(%)", "98.70(%)", 10.0),
    ]
    goal = (f"保障全市不动产登记窗口和网上办理平台正常运转,全年办理登记业务{cases}万件以上。"
            "一般登记5个工作日内办结,持续提高全程网办比例。")
    result = (f"全年办理不动产登记{cases + 3.4:.1f}万件,一般登记平均3个工作日办结,未发生登记差错引发的行政复议败诉。"
              "登记档案数字化工作稳步推进。")
    return _p(seq, "不动产登记服务保障", GZ, "上海市不动产登记事务中心", goal, result, _funds(fiscal), inds)


def gz_geohazard(seq: int, year: int) -> Project:
    """地质灾害防治与地面沉降监测: 2023 and 2024."""
    fiscal = {2023: (520.0, 520.0, 517.3), 2024: (540.0, 498.0, 495.9)}[year]
    inds = [
        indicator(OUT, "数量指标", "地面沉降监测点位", "≥1200.00(个)", "1235.00(个)", 20.0),
        indicator(OUT, "质量指标", "监测数据有效率", "≥98.00(%)", "99.40(%)", 15.0),
        indicator(OUT, "时效指标", "年度沉降公报发布", "按时发布", "达成指标", 15.0),
        indicator(EFFECT, "社会效益指标", "年均地面沉降量", "<6.00(毫米)", "5.20(毫米)", 20.0),
        indicator(EFFECT, "生态效益指标", "地下水采灌平衡", "保持平衡", "达成指标", 10.0),
        indicator(SATISFY, "服务对象满意度指标", "相关单位满意度", "≥90.00(%)", "94.00(%)", 10.0),
    ]
    goal = ("运行全市地面沉降监测网络,控制年均地面沉降量在6毫米以内。"
            "开展地质灾害隐患排查,按时发布年度地面沉降公报。")
    result = ("完成1235个监测点位的周期监测,全市年均地面沉降量5.2毫米,控制在目标以内。"
              "按时发布年度沉降公报,完成重点区域地质灾害隐患排查。")
    return _p(seq, "地质灾害防治与地面沉降监测", GZ, "上海市地质调查研究院", goal, result, _funds(fiscal), inds)


# ---------------------------------------------------------------- 上海市交通委员会 (交通委)

def jt_rail(seq: int, year: int) -> Project:
    """轨道交通运营安全监管: 2023 and 2024; 2024 loses points on 隐患整改."""
    fiscal = {2023: (890.0, 890.0, 876.55), 2024: (920.0, 950.0, 941.2)}[year]
    lost = year == 2024
    inds = [
        indicator(OUT, "数量指标", "运营安全专项检查次数", "≥24.00(次)", "26.00(次)", 20.0),
        indicator(OUT, "质量指标", "安全隐患整改完成率", "=100.00(%)", "96.00(%)" if lost else "100.00(%)", 15.0,
                  13.0 if lost else None, "4项隐患涉及设备更新,整改周期跨年,已制定整改计划并跟踪督办" if lost else None),
        indicator(OUT, "时效指标", "突发事件信息报送及时率", "=100.00(%)", "100.00(%)", 15.0),
        indicator(EFFECT, "社会效益指标", "列车正点率", "≥99.50(%)", "99.88(%)", 20.0),
        indicator(EFFECT, "可持续影响指标", "运营安全监管机制", "持续完善", "达成指标", 10.0),
        indicator(SATISFY, "服务对象满意度指标", "乘客满意度", "≥85.00(%)", "90.10(%)", 10.0),
    ]
    goal = ("对全市轨道交通运营单位开展安全专项检查不少于24次,督促安全隐患全部整改。"
            "确保列车正点率不低于99.5%,突发事件信息及时报送。")
    result = ("全年开展安全专项检查26次,列车正点率99.88%。"
              + ("发现的安全隐患中4项因设备更新周期跨年未完成整改,已纳入下年度督办。" if lost
                 else "发现的安全隐患全部完成整改,全年未发生运营安全责任事故。"))
    return _p(seq, "轨道交通运营安全监管", JT, "上海市交通行业管理事务中心", goal, result, _funds(fiscal), inds)


def jt_it(seq: int, year: int) -> Project:
    """交通信息化系统运维: 2023 and 2024 (the 信息化 word shared with 规资局 and 水务局)."""
    fiscal = {2023: (650.0, 650.0, 641.9), 2024: (700.0, 700.0, 679.84)}[year]
    carried = {2023: (0.0, 45.0, 45.0)}.get(year, ZERO)
    inds = [
        indicator(OUT, "数量指标", "运维交通数据接入系统数量", "≥30.00(个)", "32.00(个)", 20.0),
        indicator(OUT, "质量指标", "数据接入完整率", "≥98.00(%)", "99.10(%)", 15.0),
        indicator(OUT, "时效指标", "实时路况数据更新周期", "≤5.00(分钟)", "2.00(分钟)", 15.0),
        indicator(EFFECT, "社会效益指标", "出行信息服务发布覆盖率", "≥95.00(%)", "97.00(%)", 20.0),
        indicator(EFFECT, "可持续影响指标", "交通数据共享水平", "稳步提升", "达成指标", 10.0),
        indicator(SATISFY, "服务对象满意度指标", "行业用户满意度", "≥85.00(%)", "89.30(%)", 10.0),
    ]
    goal = ("保障交通综合信息平台及30个以上接入系统稳定运行。"
            "实时路况数据5分钟内更新,为市民出行信息服务和交通管理决策提供数据支撑。")
    result = ("全年接入交通数据系统32个,数据接入完整率99.1%,实时路况每2分钟更新一次。"
              "出行信息服务覆盖全市主要道路和枢纽。")
    return _p(seq, "交通信息化系统运维", JT, "上海市交通指挥中心", goal, result, _funds(fiscal, carried), inds)


def jt_road(seq: int, year: int) -> Project:
    """公路养护管理: 2023 (中: execution 61%, three rows losing points) and 2024."""
    fiscal = {2023: (3200.0, 3200.0, 1953.6), 2024: (3300.0, 3150.0, 3120.45)}[year]
    other = {2024: (200.0, 200.0, 196.0)}.get(year, ZERO)
    poor = year == 2023
    inds = [
        indicator(OUT, "数量指标", "国省干线公路大中修里程", "=85.00(公里)", "62.00(公里)" if poor else "86.00(公里)", 20.0,
                  14.0 if poor else None, "3个大修标段因管线搬迁滞后未能开工,已调整至下年度实施" if poor else None),
        indicator(OUT, "质量指标", "养护工程交工验收合格率", "=100.00(%)", "100.00(%)", 15.0),
        indicator(OUT, "时效指标", "养护工程按期完工率", "≥90.00(%)", "72.00(%)" if poor else "95.00(%)", 15.0,
                  8.0 if poor else None, "受管线搬迁和汛期影响多个标段延期,后续将加强前期协调" if poor else None),
        indicator(EFFECT, "社会效益指标", "公路技术状况指数MQI", "≥90.00(分)", "88.50(分)" if poor else "92.10(分)", 20.0,
                  16.0 if poor else None, "大中修未完成路段路况下降,下年度优先安排" if poor else None),
        indicator(EFFECT, "可持续影响指标", "公路养护长效管理", "持续完善", "达成指标", 10.0),
        indicator(SATISFY, "服务对象满意度指标", "沿线群众满意度", "≥85.00(%)", "80.00(%)" if poor else "88.00(%)", 10.0,
                  6.0 if poor else None, "施工延期影响通行,投诉较多,下年度加强施工组织和信息公告" if poor else None),
    ]
    goal = ("完成国省干线公路大中修85公里,养护工程交工验收全部合格。"
            "保持公路技术状况指数MQI在90分以上,保障公路安全畅通。")
    result = ("完成大中修62公里,3个标段因管线搬迁滞后延至下年度,资金执行率偏低。公路技术状况指数88.5分,未达目标。" if poor
              else "完成国省干线公路大中修86公里,交工验收全部合格,公路技术状况指数92.1分。")
    return _p(seq, "公路养护管理", JT, "上海市公路事务中心", goal, result, _funds(fiscal, other=other), inds)


def jt_taxi(seq: int, year: int) -> Project:
    """出租汽车行业监管: 2023 and 2024."""
    fiscal = {2023: (310.0, 310.0, 305.2), 2024: (330.0, 330.0, 329.1)}[year]
    inds = [
        indicator(OUT, "数量指标", "出租汽车路面执法检查次数", "≥1200.00(次)", "1350.00(次)", 20.0),
        indicator(OUT, "质量指标", "乘客投诉办结率", "=100.00(%)", "100.00(%)", 15.0),
        indicator(OUT, "时效指标", "投诉处理时限", "≤7.00(天)", "5.00(天)", 15.0),
        indicator(EFFECT, "社会效益指标", "非法客运案件查处数", "≥800.00(件)", "912.00(件)", 20.0),
        indicator(EFFECT, "可持续影响指标", "行业信用评价体系", "逐步完善", "达成指标", 10.0),
        indicator(SATISFY, "服务对象满意度指标", "乘客满意度", "≥85.00(%)", "91.00(%)", 10.0),
    ]
    goal = ("开展出租汽车和网约车行业路面执法检查,严厉打击非法客运。"
            "乘客投诉7天内办结,推进行业信用评价体系建设。")
    result = ("全年开展路面执法检查1350次,查处非法客运案件912件。"
              "乘客投诉全部办结,平均处理时限5天,行业服务质量稳步提升。")
    return _p(seq, "出租汽车行业监管", JT, "上海市交通委员会执法总队", goal, result, _funds(fiscal), inds)


def jt_waterway(seq: int, year: int) -> Project:
    """内河航道疏浚维护: 2024 only, with 上年结转."""
    inds = [
        indicator(OUT, "数量指标", "航道疏浚土方量", "≥60.00(万立方米)", "63.50(万立方米)", 20.0),
        indicator(OUT, "质量指标", "疏浚后航道达标率", "≥95.00(%)", "97.00(%)", 15.0),
        indicator(OUT, "时效指标", "疏浚工程按期完成率", "=100.00(%)", "100.00(%)", 15.0),
        indicator(EFFECT, "经济效益指标", "内河货运量", "≥9000.00(万吨)", "9320.00(万吨)", 20.0),
        indicator(EFFECT, "生态效益指标", "疏浚土资源化利用率", "≥80.00(%)", "76.00(%)", 10.0, 8.5,
                  "部分疏浚土含水率高,资源化利用场地不足,下年度拓展消纳渠道"),
        indicator(SATISFY, "服务对象满意度指标", "航运企业满意度", "≥85.00(%)", "90.00(%)", 10.0),
    ]
    goal = ("完成内河高等级航道疏浚土方60万立方米以上,保障航道通航尺度达标。"
            "推进疏浚土资源化利用,服务内河集装箱运输发展。")
    result = ("完成疏浚土方63.5万立方米,航道达标率97%,内河货运量9320万吨。"
              "疏浚土资源化利用率76%,低于目标,已研究拓展消纳渠道。")
    return _p(seq, "内河航道疏浚维护", JT, "上海市港航事业发展中心", goal, result,
              _funds((1150.0, 1150.0, 1138.7), carried=(0.0, 180.0, 172.4)), inds)


# ---------------------------------------------------------------- 上海市水务局 (水务局)

def sw_river(seq: int, year: int) -> Project:
    """河道综合整治: every year; 2022 is 良 (execution 78%, two rows losing points)."""
    fiscal = {2022: (4200.0, 4200.0, 3276.0), 2023: (4500.0, 4380.0, 4336.2), 2024: (4650.0, 4650.0, 4641.18)}[year]
    carried = {2023: (0.0, 620.0, 611.5)}.get(year, ZERO)
    km = {2022: 120, 2023: 135, 2024: 150}[year]
    slow = year == 2022
    inds = [
        indicator(OUT, "数量指标", "河道整治长度", f"={km:.2f}(公里)", f"{km - 18 if slow else km + 4:.2f}(公里)", 20.0,
                  15.0 if slow else None, "部分河段涉及征地动迁,工程未能按计划开工,已结转下年度" if slow else None),
        indicator(OUT, "质量指标", "工程质量验收合格率", "=100.00(%)", "100.00(%)", 15.0),
        indicator(OUT, "时效指标", "年度工程按期完工率", "≥90.00(%)", "80.00(%)" if slow else "96.00(%)", 15.0,
                  11.0 if slow else None, "受疫情影响施工暂停两个月,后续加强进度管控" if slow else None),
        indicator(EFFECT, "生态效益指标", "整治河道水质达标率", "≥85.00(%)", f"{88 + (year - 2022) * 2:.2f}(%)", 20.0),
        indicator(EFFECT, "可持续影响指标", "河长制长效管护机制", "持续完善", "达成指标", 10.0),
        indicator(SATISFY, "服务对象满意度指标", "沿河居民满意度", "≥85.00(%)", "90.50(%)", 10.0),
    ]
    goal = (f"完成中小河道综合整治{km}公里,实施河道疏浚、护岸改造和生态修复。"
            "整治河道水质达标率不低于85%,落实河长制长效管护。")
    result = (f"完成河道整治{km - 18 if slow else km + 4}公里,"
              + ("部分河段因征地动迁和疫情影响未能按期完成,资金执行率偏低。" if slow
                 else "整治河道水质持续改善,工程质量验收全部合格。"))
    return _p(seq, "河道综合整治", SW, "上海市水利管理事务中心", goal, result, _funds(fiscal, carried), inds)


def sw_flood(seq: int, year: int) -> Project:
    """防汛泵闸设施运行维护: 2022 and 2023, with 其他资金."""
    fiscal = {2022: (1680.0, 1680.0, 1672.3), 2023: (1720.0, 1720.0, 1709.9)}[year]
    other = (150.0, 150.0, 150.0)
    inds = [
        indicator(OUT, "数量指标", "泵闸设施维修养护座数", "≥58.00(座)", "60.00(座)", 20.0),
        indicator(OUT, "质量指标", "泵闸设备完好率", "≥98.00(%)", "99.20(%)", 15.0),
        indicator(OUT, "时效指标", "汛前检查完成率", "=100.00(%)", "100.00(%)", 15.0),
        indicator(EFFECT, "社会效益指标", "汛期泵闸调度正确率", "=100.00(%)", "100.00(%)", 20.0),
        indicator(EFFECT, "可持续影响指标", "防汛工程运行管理水平", "稳步提升", "达成指标", 10.0),
        indicator(SATISFY, "服务对象满意度指标", "区防汛部门满意度", "≥90.00(%)", "95.50(%)", 10.0),
    ]
    goal = ("做好全市58座以上市管泵闸设施的维修养护和汛前检查。"
            "保持泵闸设备完好率98%以上,确保汛期调度安全。")
    result = ("完成60座泵闸设施维修养护,汛前检查全部完成,设备完好率99.2%。"
              "汛期泵闸调度指令执行正确率100%,保障了城市防汛安全。")
    return _p(seq, "防汛泵闸设施运行维护", SW, "上海市堤防泵闸建设运行中心", goal, result, _funds(fiscal, other=other), inds)


def sw_hydro(seq: int, year: int) -> Project:
    """水文监测站网运行维护: every year."""
    fiscal = {2022: (860.0, 860.0, 851.7), 2023: (880.0, 880.0, 876.9), 2024: (905.0, 925.0, 921.3)}[year]
    inds = [
        indicator(OUT, "数量指标", "水文站点运行数量", "≥350.00(个)", f"{356 + (year - 2022) * 6:.2f}(个)", 20.0),
        indicator(OUT, "质量指标", "监测数据到报率", "≥98.00(%)", "99.60(%)", 15.0),
        indicator(OUT, "时效指标", "水情信息报送时效", "≤10.00(分钟)", "5.00(分钟)", 15.0),
        indicator(EFFECT, "社会效益指标", "防汛预报服务次数", "≥100.00(次)", "118.00(次)", 20.0),
        indicator(EFFECT, "可持续影响指标", "水文监测现代化水平", "稳步提升", "达成指标", 10.0),
        indicator(SATISFY, "服务对象满意度指标", "防汛部门满意度", "≥90.00(%)", "96.00(%)", 10.0),
    ]
    goal = ("保障全市350个以上水文站点稳定运行,监测数据到报率不低于98%。"
            "为防汛调度和水资源管理提供及时准确的水文信息。")
    result = (f"全年运行水文站点{356 + (year - 2022) * 6}个,数据到报率99.6%,水情信息5分钟内报送。"
              "汛期提供防汛预报服务118次,发布水文年鉴和水资源公报。")
    return _p(seq, "水文监测站网运行维护", SW, "上海市水文总站", goal, result, _funds(fiscal), inds)


def sw_water_quality(seq: int, year: int) -> Project:
    """供水水质监测: 2022 and 2023; 2023 loses points on 抽检."""
    fiscal = {2022: (420.0, 420.0, 414.6), 2023: (450.0, 430.0, 411.9)}[year]
    lost = year == 2023
    inds = [
        indicator(OUT, "数量指标", "管网水水质抽检点次", "≥2400.00(点次)", "2180.00(点次)" if lost else "2460.00(点次)", 20.0,
                  18.0 if lost else None, "第四季度检测设备送检维修,部分抽检顺延,已补充采购备用设备" if lost else None),
        indicator(OUT, "质量指标", "检测结果准确率", "=100.00(%)", "100.00(%)", 15.0),
        indicator(OUT, "时效指标", "水质信息月度公开", "=12.00(次)", "12.00(次)", 15.0),
        indicator(EFFECT, "社会效益指标", "出厂水水质达标率", "=100.00(%)", "100.00(%)", 20.0),
        indicator(EFFECT, "可持续影响指标", "供水水质监管能力", "稳步提升", "达成指标", 10.0),
        indicator(SATISFY, "服务对象满意度指标", "市民供水满意度", "≥85.00(%)", "89.00(%)", 10.0),
    ]
    goal = ("对全市水厂出厂水和管网水开展水质监督抽检2400点次以上。"
            "按月公开供水水质信息,保障市民饮水安全。")
    result = (("全年完成管网水抽检2180点次,因检测设备维修未完成全年计划。" if lost
               else "全年完成管网水抽检2460点次,检测结果全部准确。")
              + "出厂水水质达标率100%,按月公开水质信息12次。")
    return _p(seq, "供水水质监测", SW, "上海市供水管理事务中心", goal, result, _funds(fiscal), inds)


def sw_it(seq: int, year: int) -> Project:
    """水务信息化系统运维: 2023 and 2024."""
    fiscal = {2023: (540.0, 540.0, 536.2), 2024: (575.0, 575.0, 560.35)}[year]
    inds = [
        indicator(OUT, "数量指标", "运维水务业务系统数量", "≥25.00(个)", "27.00(个)", 20.0),
        indicator(OUT, "质量指标", "系统平均可用率", "≥99.50(%)", "99.80(%)", 15.0),
        indicator(OUT, "时效指标", "故障修复平均时长", "≤4.00(小时)", "2.50(小时)", 15.0),
        indicator(EFFECT, "社会效益指标", "防汛指挥系统汛期可用率", "=100.00(%)", "100.00(%)", 20.0),
        indicator(EFFECT, "可持续影响指标", "水务数据治理水平", "稳步提升", "达成指标", 10.0),
        indicator(SATISFY, "服务对象满意度指标", "系统用户满意度", "≥85.00(%)", "90.00(%)", 10.0),
    ]
    goal = ("保障水务防汛指挥、河长制管理、供水监管等25个以上业务系统稳定运行。"
            "汛期防汛指挥系统不间断运行,提升水务数据治理水平。")
    result = ("全年运维业务系统27个,系统平均可用率99.8%,故障平均2.5小时修复。"
              "汛期防汛指挥系统全程稳定运行。")
    return _p(seq, "水务信息化系统运维", SW, "上海市水务局信息中心", goal, result, _funds(fiscal), inds)


def sw_seawall(seq: int, year: int) -> Project:
    """海塘堤防巡查养护: 2024 only, with 其他资金 and an adjusted budget."""
    inds = [
        indicator(OUT, "数量指标", "海塘巡查里程", "≥520.00(公里)", "523.00(公里)", 20.0),
        indicator(OUT, "质量指标", "海塘达标率", "≥95.00(%)", "96.50(%)", 15.0),
        indicator(OUT, "时效指标", "险情处置及时率", "=100.00(%)", "100.00(%)", 15.0),
        indicator(EFFECT, "社会效益指标", "防御风暴潮能力", "不低于200年一遇", "达成指标", 20.0),
        indicator(EFFECT, "生态效益指标", "生态海塘建设长度", "≥5.00(公里)", "4.20(公里)", 10.0, 8.0,
                  "一处生态海塘试点受施工窗口期限制推迟,下年度汛后实施"),
        indicator(SATISFY, "服务对象满意度指标", "沿海区镇满意度", "≥90.00(%)", "93.00(%)", 10.0),
    ]
    goal = ("对全市520公里海塘开展日常巡查和维修养护,及时处置险情。"
            "推进生态海塘建设,保持海塘防御风暴潮能力。")
    result = ("完成海塘巡查523公里,海塘达标率96.5%,险情全部及时处置。"
              "生态海塘建设4.2公里,未完成年度目标。")
    return _p(seq, "海塘堤防巡查养护", SW, "上海市海塘管理事务中心", goal, result,
              _funds((1260.0, 1185.0, 1172.6), other=(90.0, 90.0, 88.2)), inds)


# ---------------------------------------------------------------- 上海市绿化和市容管理局 (绿化市容局 / 绿容局)

def lr_green(seq: int, year: int) -> Project:
    """城市绿地养护."""
    inds = [
        indicator(OUT, "数量指标", "市管公共绿地养护面积", "≥1800.00(公顷)", "1826.00(公顷)", 20.0),
        indicator(OUT, "质量指标", "绿地养护质量考核优良率", "≥90.00(%)", "93.50(%)", 15.0),
        indicator(OUT, "时效指标", "季节性养护作业按时完成率", "=100.00(%)", "100.00(%)", 15.0),
        indicator(EFFECT, "生态效益指标", "城市绿化覆盖率", "≥42.00(%)", "42.50(%)", 20.0),
        indicator(EFFECT, "可持续影响指标", "绿地精细化养护机制", "持续完善", "达成指标", 10.0),
        indicator(SATISFY, "服务对象满意度指标", "市民游客满意度", "≥90.00(%)", "94.60(%)", 10.0),
    ]
    goal = ("完成市管公共绿地1800公顷以上的日常养护,实施精细化养护考核。"
            "保持城市绿化覆盖率42%以上,提升城市绿地景观品质。")
    result = ("全年养护市管公共绿地1826公顷,养护质量考核优良率93.5%。"
              "全市绿化覆盖率达到42.5%,市民游客满意度94.6%。")
    return _p(seq, "城市绿地养护", LR, "上海市绿化管理指导站", goal, result, _funds((2680.0, 2680.0, 2667.9)), inds)


def lr_waste(seq: int, year: int) -> Project:
    """生活垃圾分类减量推进: 良 (points lost on 湿垃圾 and 满意度, execution 88%)."""
    inds = [
        indicator(OUT, "数量指标", "分类示范街镇创建数量", "≥30.00(个)", "30.00(个)", 20.0),
        indicator(OUT, "质量指标", "居住区分类达标率", "≥95.00(%)", "93.00(%)", 15.0, 11.0,
                  "部分老旧小区投放点改造滞后,已列入下年度改造计划"),
        indicator(OUT, "时效指标", "湿垃圾日处理能力建设", "=2000.00(吨)", "1700.00(吨)", 15.0, 12.0,
                  "一处湿垃圾处理设施调试延期,预计下年度上半年投运"),
        indicator(EFFECT, "生态效益指标", "生活垃圾回收利用率", "≥45.00(%)", "45.20(%)", 20.0),
        indicator(EFFECT, "社会效益指标", "分类宣传覆盖人次", "≥500.00(万人次)", "520.00(万人次)", 10.0),
        indicator(SATISFY, "服务对象满意度指标", "居民满意度", "≥90.00(%)", "86.00(%)", 10.0, 7.5,
                  "定时定点投放时间设置与部分居民作息不符,将优化投放时段"),
    ]
    goal = ("创建30个生活垃圾分类示范街镇,居住区分类达标率95%以上。"
            "新增湿垃圾日处理能力2000吨,生活垃圾回收利用率达到45%。")
    result = ("创建示范街镇30个,生活垃圾回收利用率45.2%。"
              "居住区分类达标率93%,湿垃圾处理设施调试延期,新增日处理能力1700吨,部分资金未执行。")
    return _p(seq, "生活垃圾分类减量推进", LR, "上海市市容环境卫生管理事务中心", goal, result,
              _funds((1850.0, 1850.0, 1628.0), other=(300.0, 300.0, 264.0)), inds)


def lr_forest(seq: int, year: int) -> Project:
    """林业有害生物防治."""
    inds = [
        indicator(OUT, "数量指标", "林业有害生物监测面积", "≥150.00(万亩)", "152.00(万亩)", 20.0),
        indicator(OUT, "质量指标", "美国白蛾防治成效", "有效控制", "达成指标", 15.0),
        indicator(OUT, "时效指标", "疫情发现处置及时率", "=100.00(%)", "100.00(%)", 15.0),
        indicator(EFFECT, "生态效益指标", "林业有害生物成灾率", "<1.50(‰)", "0.80(‰)", 20.0),
        indicator(EFFECT, "可持续影响指标", "联防联控机制", "健全", "达成指标", 10.0),
        indicator(SATISFY, "服务对象满意度指标", "林地经营主体满意度", "≥85.00(%)", "92.00(%)", 10.0),
    ]
    goal = ("对全市150万亩林地开展林业有害生物监测,重点防控美国白蛾。"
            "林业有害生物成灾率控制在1.5‰以下,健全联防联控机制。")
    result = ("完成林地监测152万亩,美国白蛾疫情得到有效控制,成灾率0.8‰。"
              "疫情发现后均及时处置。")
    return _p(seq, "林业有害生物防治", LR, "上海市林业总站", goal, result,
              _funds((620.0, 660.0, 655.4), carried=(0.0, 35.0, 33.6)), inds)


def lr_lighting(seq: int, year: int) -> Project:
    """景观照明设施运维."""
    inds = [
        indicator(OUT, "数量指标", "景观照明集中控制区域", "≥12.00(个)", "12.00(个)", 20.0),
        indicator(OUT, "质量指标", "景观灯光亮灯率", "≥98.00(%)", "98.90(%)", 15.0),
        indicator(OUT, "时效指标", "重大活动保障按时开灯率", "=100.00(%)", "100.00(%)", 15.0),
        indicator(EFFECT, "社会效益指标", "城市夜景品质", "稳步提升", "达成指标", 20.0),
        indicator(EFFECT, "生态效益指标", "LED节能灯具使用比例", "≥90.00(%)", "93.00(%)", 10.0),
        indicator(SATISFY, "服务对象满意度指标", "市民游客满意度", "≥90.00(%)", "95.00(%)", 10.0),
    ]
    goal = ("保障黄浦江两岸、苏州河沿线等12个重点区域景观照明设施正常运行。"
            "重大活动期间按时开灯,推进节能灯具改造。")
    result = ("12个重点区域景观照明集中控制运行正常,亮灯率98.9%。"
              "圆满完成进博会等重大活动灯光保障,LED节能灯具使用比例达到93%。")
    return _p(seq, "景观照明设施运维", LR, "上海市景观照明管理事务中心", goal, result, _funds((980.0, 980.0, 972.15)), inds)


def lr_parks(seq: int, year: int) -> Project:
    """口袋公园建设, with 其他资金 and an adjusted budget."""
    inds = [
        indicator(OUT, "数量指标", "新建口袋公园数量", "=120.00(座)", "124.00(座)", 20.0),
        indicator(OUT, "质量指标", "工程竣工验收合格率", "=100.00(%)", "100.00(%)", 15.0),
        indicator(OUT, "时效指标", "年底前开放率", "≥95.00(%)", "97.00(%)", 15.0),
        indicator(EFFECT, "社会效益指标", "公园绿地服务半径覆盖率", "≥90.00(%)", "91.20(%)", 20.0),
        indicator(EFFECT, "可持续影响指标", "公园城市建设推进", "持续推进", "达成指标", 10.0),
        indicator(SATISFY, "服务对象满意度指标", "周边居民满意度", "≥90.00(%)", "96.30(%)", 10.0),
    ]
    goal = ("新建口袋公园120座,年底前开放率不低于95%。"
            "提高公园绿地服务半径覆盖率,推进公园城市建设。")
    result = ("全年新建口袋公园124座,竣工验收全部合格,年底前开放率97%。"
              "公园绿地服务半径覆盖率提高到91.2%。")
    return _p(seq, "口袋公园建设", LR, "上海市公园管理事务中心", goal, result,
              _funds((3600.0, 3420.0, 3398.5), other=(500.0, 650.0, 641.8)), inds)


# ---------------------------------------------------------------- 上海市生态环境局 2023 (the real sample is its 2024)

def st_soil(seq: int, year: int) -> Project:
    """土壤固废化学品污染防治: a name of the real 2024 sample, here in 2023."""
    inds = [
        indicator(OUT, "数量指标", "重点监管单位土壤隐患排查", "≥300.00(家)", "312.00(家)", 20.0),
        indicator(OUT, "质量指标", "危险废物规范化管理抽查合格率", "≥90.00(%)", "92.50(%)", 15.0),
        indicator(OUT, "时效指标", "固体废物信息年报发布", "按时发布", "达成指标", 15.0),
        indicator(EFFECT, "生态效益指标", "受污染耕地安全利用率", "≥93.00(%)", "95.00(%)", 20.0),
        indicator(EFFECT, "可持续影响指标", "土壤污染防治监管体系", "持续完善", "达成指标", 10.0),
        indicator(SATISFY, "服务对象满意度指标", "监管企业满意度", "≥85.00(%)", "90.00(%)", 10.0),
    ]
    goal = ("对300家以上土壤污染重点监管单位开展隐患排查,加强危险废物规范化管理。"
            "受污染耕地安全利用率不低于93%,按时发布固体废物污染环境防治信息。")
    result = ("完成312家重点监管单位隐患排查,危险废物规范化管理抽查合格率92.5%。"
              "受污染耕地安全利用率95%,按时发布固体废物信息年报。")
    return _p(seq, "土壤固废化学品污染防治", ST, "上海市固体废物与化学品管理技术中心", goal, result,
              _funds((760.0, 760.0, 741.3)), inds)


def st_water(seq: int, year: int) -> Project:
    """水生态环境综合管理: points lost on 断面 (a reason text)."""
    inds = [
        indicator(OUT, "数量指标", "地表水监测断面数", "≥259.00(个)", "259.00(个)", 20.0),
        indicator(OUT, "质量指标", "入河排污口排查整治完成率", "≥90.00(%)", "86.00(%)", 15.0, 13.5,
                  "部分排污口权属不清,整治需多部门协调,已纳入下年度重点任务"),
        indicator(OUT, "时效指标", "水环境质量月报发布", "=12.00(次)", "12.00(次)", 15.0),
        indicator(EFFECT, "生态效益指标", "国考断面水质优良比例", "≥85.00(%)", "95.30(%)", 20.0),
        indicator(EFFECT, "可持续影响指标", "水生态环境管理机制", "持续完善", "达成指标", 10.0),
        indicator(SATISFY, "服务对象满意度指标", "公众满意度", "≥85.00(%)", "88.00(%)", 10.0),
    ]
    goal = ("开展259个地表水断面监测和入河排污口排查整治。"
            "国考断面水质优良比例达到85%以上,按月发布水环境质量信息。")
    result = ("完成259个断面监测,国考断面水质优良比例95.3%。"
              "入河排污口排查整治完成率86%,未达目标,部分排污口整治转入下年度。")
    return _p(seq, "水生态环境综合管理", ST, "上海市环境监测中心", goal, result,
              _funds((1280.0, 1180.0, 1164.2), carried=(0.0, 60.0, 58.4)), inds)


def st_science(seq: int, year: int) -> Project:
    """科技与国际合作交流."""
    inds = [
        indicator(OUT, "数量指标", "生态环境科研课题", "≥15.00(项)", "16.00(项)", 20.0),
        indicator(OUT, "质量指标", "课题验收通过率", "=100.00(%)", "100.00(%)", 15.0),
        indicator(OUT, "时效指标", "国际合作项目按期推进", "按计划推进", "达成指标", 15.0),
        indicator(EFFECT, "社会效益指标", "科研成果转化应用", "≥5.00(项)", "6.00(项)", 20.0),
        indicator(EFFECT, "可持续影响指标", "生态环境科技支撑能力", "稳步提升", "达成指标", 10.0),
        indicator(SATISFY, "服务对象满意度指标", "业务处室满意度", "≥90.00(%)", "95.00(%)", 10.0),
    ]
    goal = ("组织开展15项以上生态环境科研课题,推进长三角及国际环境合作项目。"
            "推动科研成果在污染防治中的转化应用。")
    result = ("全年立项并完成验收科研课题16项,6项成果在污染防治中转化应用。"
              "国际合作项目按计划推进。")
    return _p(seq, "科技与国际合作交流", ST, "上海市环境科学研究院", goal, result,
              _funds((420.0, 420.0, 398.7), other=(40.0, 40.0, 40.0)), inds)


def st_staff(seq: int, year: int) -> Project:
    """干部人事管理和队伍建设."""
    inds = [
        indicator(OUT, "数量指标", "干部教育培训人次", "≥1200.00(人次)", "1265.00(人次)", 25.0),
        indicator(OUT, "质量指标", "培训考核合格率", "≥95.00(%)", "99.00(%)", 15.0),
        indicator(OUT, "时效指标", "年度培训计划完成率", "=100.00(%)", "100.00(%)", 10.0),
        indicator(EFFECT, "社会效益指标", "队伍专业能力", "有效提升", "达成指标", 20.0),
        indicator(EFFECT, "可持续影响指标", "干部培养长效机制", "健全", "达成指标", 10.0),
        indicator(SATISFY, "服务对象满意度指标", "参训人员满意度", "≥90.00(%)", "96.00(%)", 10.0),
    ]
    goal = ("完成年度干部教育培训1200人次以上,培训考核合格率95%以上。"
            "加强生态环境系统干部队伍专业化建设。")
    result = ("全年开展干部教育培训1265人次,考核合格率99%。"
              "年度培训计划全部完成,队伍专业能力有效提升。")
    return _p(seq, "干部人事管理和队伍建设", ST, "上海市生态环境局机关服务中心", goal, result,
              _funds((185.0, 185.0, 182.6)), inds)


# ---------------------------------------------------------------- the corpus

CORPUS: dict[str, tuple[str, int, list]] = {
    "guizi_2022.pdf": (GZ, 2022, [gz_planning, gz_survey, gz_farmland, gz_registry]),
    "guizi_2023.pdf": (GZ, 2023, [gz_planning, gz_survey, gz_it, gz_registry, gz_geohazard]),
    "guizi_2024.pdf": (GZ, 2024, [gz_planning, gz_survey, gz_it, gz_farmland, gz_registry, gz_geohazard]),
    "jiaotong_2023.pdf": (JT, 2023, [jt_rail, jt_it, jt_road, jt_taxi]),
    "jiaotong_2024.pdf": (JT, 2024, [jt_rail, jt_it, jt_road, jt_taxi, jt_waterway]),
    "shuiwu_2022.pdf": (SW, 2022, [sw_river, sw_flood, sw_hydro, sw_water_quality]),
    "shuiwu_2023.pdf": (SW, 2023, [sw_river, sw_flood, sw_hydro, sw_water_quality, sw_it]),
    "shuiwu_2024.pdf": (SW, 2024, [sw_river, sw_hydro, sw_it, sw_seawall]),
    "lvrong_2024.pdf": (LR, 2024, [lr_green, lr_waste, lr_forest, lr_lighting, lr_parks]),
    "shengtai_2023.pdf": (ST, 2023, [st_soil, st_water, st_science, st_staff]),
}
"""File name → (department, year, project builders in table order: seq is the position, from 1)."""


def build_documents() -> list[Document]:
    """Every corpus document as records."""
    return [document(name, dept, year, [build(seq, year) for seq, build in enumerate(builders, 1)])
            for name, (dept, year, builders) in CORPUS.items()]


def write_pdfs(out_dir: Path = HERE) -> list[Path]:
    """Render every document into ``out_dir``; return the paths."""
    paths = []
    for doc in build_documents():
        path = out_dir / doc.file_name
        render_report(doc, path)
        paths.append(path)
    return paths


# ---------------------------------------------------------------- read-back check

def _project_facts(p: Project) -> dict:
    """What must survive the PDF round trip, as comparable values."""
    return {
        "name": p.name, "department": p.department, "implementer": p.implementer,
        "goal": p.goal_text, "result": p.result_text,
        "funds": [(f.kind, f.initial, f.full_year, f.executed, f.weight, f.rate, f.score) for f in p.funds],
        "indicators": [(i.level1, i.level2, i.name, i.target_text, i.actual_text, i.weight, i.score, i.reason or None)
                       for i in p.indicators],
        "total": (p.total_weight, p.total_score), "grade": p.grade,
    }


def check(paths: list[Path]) -> list[str]:
    """Ingest each PDF with ``python -m ingest`` into a fresh store and compare the stored records with ours."""
    from ingest.store import Store

    problems: list[str] = []
    expected = {doc.file_name: doc for doc in build_documents()}
    with tempfile.TemporaryDirectory(prefix="corpus-check-") as store_dir:
        for path in paths:
            run = subprocess.run([sys.executable, "-m", "ingest", str(path), "--store", store_dir],
                                 cwd=ROOT, capture_output=True, text=True)
            if run.returncode != 0:
                problems.append(f"{path.name}: ingest exit {run.returncode}: {run.stdout}{run.stderr}")
        stored = {doc.file_name: doc for doc in Store(Path(store_dir)).documents()}
        for name, want in expected.items():
            got = stored.get(name)
            if got is None:
                problems.append(f"{name}: not in the store")
                continue
            if (got.department, got.year) != (want.department, want.year):
                problems.append(f"{name}: department/year {got.department} {got.year} != {want.department} {want.year}")
            if len(got.projects) != len(want.projects):
                problems.append(f"{name}: {len(got.projects)} projects read, {len(want.projects)} written")
            for mine, theirs in zip(want.projects, got.projects):
                a, b = _project_facts(mine), _project_facts(theirs)
                for key in a:
                    if a[key] != b[key]:
                        problems.append(f"{name}#{mine.seq} {key}: wrote {a[key]!r}, read {b[key]!r}")
                if theirs.findings:
                    problems.append(f"{name}#{mine.seq} findings: {[f.message for f in theirs.findings]}")
    return problems


def main(argv: list[str] | None = None) -> int:
    """Write the PDFs; with --check, also ingest them and compare; exit 1 on any difference."""
    parser = argparse.ArgumentParser(description="Build the evals corpus PDFs.")
    parser.add_argument("--check", action="store_true", help="ingest every PDF and compare with the records")
    args = parser.parse_args(argv)
    paths = write_pdfs()
    for doc in build_documents():
        grades = "".join(p.grade for p in doc.projects)
        print(f"{doc.file_name}: {doc.department} {doc.year}, {len(doc.projects)} projects, grades {grades}")
    if not args.check:
        return 0
    problems = check(paths)
    for problem in problems:
        print(problem)
    print("read-back: OK" if not problems else f"read-back: {len(problems)} differences")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
