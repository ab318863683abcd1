"""A bureau's worth of reports for the scale benchmark: N departments × years × projects, as PDF and text, with the
ground truth written beside them.

    python benchmarks/corpus.py OUT_DIR --departments 20 --years 2021-2025 [--projects 23] [--seed 12] [--text]

Every figure is self-consistent by the template's rules (the records are made
with tests/fixtures/pdf_builders.py, which computes 执行率, the funds score,
总分 and 评分等级 as a report prints them): 年度资金总额 = 当年财政拨款 +
上年结转资金, indicator weights sum to 90, a row that loses points misses its
target and says why. A department keeps its projects from year to year (other
figures), so year switches have somewhere to go. About one project in eight
names 长三角区域协作 in its goal: the topic question's answer is known.

PDFs are drawn with ingest/pdf/render.py (the project's own renderer, reportlab
invariant mode: the same seed gives the same bytes); ``--text`` also writes each
report in the text-extraction layout the text reader reads (``render_text``).
``truth.json`` holds, per document, what a correct answer must contain.
The output is a function of the arguments alone.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run as a script from anywhere

from ingest.records import Document, Indicator, Project  # noqa: E402 - needs the path set above
from tests.fixtures.pdf_builders import document, funds, indicator, project  # noqa: E402

DEPARTMENTS: tuple[str, ...] = (
    "上海市教育委员会", "上海市科学技术委员会", "上海市民政局", "上海市司法局", "上海市财政局",
    "上海市人力资源和社会保障局", "上海市农业农村委员会", "上海市文化和旅游局", "上海市卫生健康委员会",
    "上海市应急管理局", "上海市审计局", "上海市体育局", "上海市统计局", "上海市医疗保障局",
    "上海市市场监督管理局", "上海市商务委员会", "上海市住房和城乡建设管理委员会", "上海市水务局",
    "上海市绿化和市容管理局", "上海市规划和自然资源局", "上海市交通委员会", "上海市生态环境局",
)
SUBJECTS: tuple[str, ...] = (
    "信息化系统", "数据资源", "档案数字化", "公共服务平台", "执法监督", "行业监测网络", "专项调查", "宣传教育",
    "人才队伍", "标准体系", "应急保障", "基础设施", "课题研究", "政策评估", "安全生产", "社区服务",
    "统计监测", "质量检测", "设施设备", "志愿服务", "重点实验室", "培训基地", "信用体系", "综合治理",
    "监督抽查", "投诉举报", "风险评估", "示范创建", "业务用房", "办公运行",
)
WORKS: tuple[str, ...] = ("运行维护", "建设", "保障", "提升工程", "专项工作", "管理", "更新改造", "能力建设")
TOPIC = "长三角区域协作"
TOPIC_SHARE = 0.125
CAUSES: tuple[str, ...] = ("政府采购流程延长", "上位政策调整", "施工窗口期缩短", "配套资金到位较晚", "需求方案变更")
OUT, EFFECT, SATISFY = "产出指标", "效益指标", "满意度指标"


@dataclass(frozen=True)
class TruthProject:
    """What a correct answer about one project must say, from the records the report was drawn from."""

    seq: int
    name: str
    implementer: str
    full_year: float
    executed: float
    rate: float
    total_score: float
    grade: str
    lost_points: float
    lost_indicators: list[str]
    topic: bool


def project_names(rng: random.Random, count: int) -> list[str]:
    """Given a department's generator, return ``count`` distinct project names (subject + work)."""
    names = [subject + work for subject in SUBJECTS for work in WORKS]
    return rng.sample(names, count)


def _money(rng: random.Random, low: float, high: float) -> float:
    """An amount in 万元 with cents."""
    return round(rng.uniform(low, high), 2)


def _indicators(rng: random.Random, name: str) -> list[Indicator]:
    """Seven rows worth 90 points; with a chance of one in four the count or the quality row misses its target,
    loses 1–4 points and says why."""
    count = rng.randint(4, 40)
    quality = rng.choice((95, 96, 98))
    miss = rng.random() < 0.25
    miss_row = rng.choice(("count", "quality"))
    lost = float(rng.randint(1, 4))
    cause = rng.choice(CAUSES)
    done = count - 1 if miss and miss_row == "count" else count + rng.randint(0, 3)
    checked = quality - 2 if miss and miss_row == "quality" else min(100, quality + rng.randint(0, 4))
    reason = f"受{cause}影响，部分任务未按计划完成，已纳入下年度工作计划并加强督办"
    return [
        indicator(OUT, "数量指标", f"{name}任务完成数", f"≥{count:.2f}(项)", f"{done:.2f}(项)", 20.0,
                  20.0 - lost if miss and miss_row == "count" else None, reason if miss and miss_row == "count" else None),
        indicator(OUT, "质量指标", "成果验收合格率", f"≥{quality:.2f}(%)", f"{checked:.2f}(%)", 15.0,
                  15.0 - lost if miss and miss_row == "quality" else None,
                  reason if miss and miss_row == "quality" else None),
        indicator(OUT, "时效指标", "任务按期完成率", "=100.00(%)", "100.00(%)", 10.0),
        indicator(OUT, "成本指标", "成本控制率", "≤100.00(%)", f"{rng.randint(92, 100):.2f}(%)", 5.0),
        indicator(EFFECT, "社会效益指标", "服务对象覆盖率", "≥90.00(%)", f"{rng.randint(90, 99):.2f}(%)", 20.0),
        indicator(EFFECT, "可持续影响指标", "长效管理机制", "逐步完善", "达成指标", 10.0),
        indicator(SATISFY, "服务对象满意度指标", "服务对象满意度", "≥85.00(%)", f"{rng.randint(86, 99):.2f}(%)", 10.0),
    ]


def _texts(rng: random.Random, name: str, department: str, year: int, topic: bool) -> tuple[str, str]:
    """The goal and result texts of a project; a topic project names 长三角区域协作 in its goal."""
    goal = (f"围绕{department}{year}年度重点任务,做好{name}相关工作,按计划完成年度任务。"
            f"{'加强' + TOPIC + ',推进跨区域数据共享和联合监管。' if topic else '健全工作机制,提高服务质量和管理水平。'}"
            f"加强资金管理,确保预算执行进度和资金使用效益。")
    result = (f"全年{name}工作有序推进,完成年度主要任务。"
              f"{rng.choice(('服务对象反映良好', '管理制度进一步健全', '工作效率明显提高'))},资金按规定使用。")
    return goal, result


def build_project(rng: random.Random, seq: int, name: str, department: str, year: int) -> Project:
    """One project with self-consistent funds, indicators and texts."""
    initial = _money(rng, 50, 3000)
    full_year = initial if rng.random() < 0.6 else round(initial * rng.uniform(0.85, 1.1), 2)
    executed = round(full_year * (rng.uniform(0.96, 1.0) if rng.random() < 0.85 else rng.uniform(0.6, 0.96)), 2)
    carried = (0.0, _money(rng, 5, 80), 0.0) if rng.random() < 0.15 else (0.0, 0.0, 0.0)
    carried = (carried[0], carried[1], round(carried[1] * rng.uniform(0.8, 1.0), 2))
    fiscal = (initial, full_year, executed)
    total = tuple(round(a + b, 2) for a, b in zip(fiscal, carried))
    topic = rng.random() < TOPIC_SHARE
    goal, result = _texts(rng, name, department, year, topic)
    implementer = department.removeprefix("上海市") + rng.choice(("信息中心", "事务中心", "执法总队", "机关", "研究院"))
    return project(seq, name, department, implementer, goal, result,
                   funds(total, fiscal=fiscal, carried=carried), _indicators(rng, name))


def build_corpus(departments: int, years: range, projects: int, seed: int) -> list[Document]:
    """Every report: each department keeps its project names over the years; figures change every year."""
    if not 1 <= departments <= len(DEPARTMENTS):
        raise ValueError(f"departments must be 1..{len(DEPARTMENTS)}")
    documents = []
    for number, department in enumerate(DEPARTMENTS[:departments]):
        names = project_names(random.Random(f"{seed}:{department}"), projects)
        for year in years:
            rng = random.Random(f"{seed}:{department}:{year}")
            made = [build_project(rng, seq, name, department, year) for seq, name in enumerate(names, 1)]
            documents.append(document(f"d{number:02d}_{year}.pdf", department, year, made))
    return documents


def truth_of(doc: Document) -> dict:
    """The ground truth of one report: its scope and each project's figures as printed."""
    projects = []
    for p in doc.projects:
        total = p.fund("年度资金总额")
        losing = [i for i in p.indicators if (i.weight or 0) > (i.score or 0)]
        projects.append(asdict(TruthProject(
            seq=p.seq, name=p.name, implementer=p.implementer, full_year=total.full_year, executed=total.executed,
            rate=total.rate, total_score=p.total_score, grade=p.grade,
            lost_points=round(sum((i.weight or 0) - (i.score or 0) for i in losing) + (total.weight - total.score), 2),
            lost_indicators=[i.name for i in losing], topic=TOPIC in p.goal_text)))
    return {"file": doc.file_name, "department": doc.department, "year": doc.year, "projects": projects}


def _tsv(*cells: object) -> str:
    """One line of tab-separated cells, as the text extraction prints a table row."""
    return "\t".join("" if cell is None else str(cell) for cell in cells)


def _amount(value: float | None) -> str:
    """A figure as the template prints it."""
    return "" if value is None else f"{value:,.2f}"


def render_text(doc: Document) -> str:
    """The report in the text-extraction layout the text reader reads (tests/fixtures/second_report.txt, tidied)."""
    lines = [f"{doc.department}{doc.year}年度项目支出绩效自评表", f"({doc.year}年度)", ""]
    for p in doc.projects:
        lines += [_tsv("项目", "名称", p.name), _tsv("主管", "部门", p.department, "", "", "实施单位", p.implementer),
                  _tsv("", "", "", "年初预算数", "全年预算数", "全年执行数", "", "分值", "执行率(%)", "得分")]
        for line in p.funds:
            label = {"年度资金总额": "年度资金总额:", "当年财政拨款": "其中: 当年财政拨款"}.get(line.kind, line.kind)
            head = ("项目资金", "(万元)") if line.kind == "当年财政拨款" else ("", "")
            lines.append(_tsv(*head, label, _amount(line.initial), _amount(line.full_year), _amount(line.executed),
                              "", _amount(line.weight) if line.weight else "-", _amount(line.rate),
                              _amount(line.score) if line.score is not None else "-"))
        lines += [_tsv("", "", "预期目标", "", "", "", "实际完成情况"),
                  _tsv("年度总体目标", p.goal_text, "", "", "", "", p.result_text),
                  _tsv("一级指标", "二级指标", "三级指标", "", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")]
        previous = ("", "")
        for ind in p.indicators:
            level1 = ind.level1 if ind.level1 != previous[0] else ""
            level2 = ind.level2 if (ind.level1, ind.level2) != previous else ""
            previous = (ind.level1, ind.level2)
            lines.append(_tsv(level1, level2, ind.name, "", ind.target_text, ind.actual_text, _amount(ind.weight),
                              _amount(ind.score), ind.reason or ""))
        lines += [_tsv("", "", "总分", "", "", "", _amount(p.total_weight), _amount(p.total_score)),
                  _tsv("评分等级", p.grade), ""]
    return "\n".join(lines) + "\n"


def write_corpus(out_dir: Path, documents: list[Document], text: bool = False) -> list[Path]:
    """Draw every report as PDF (and text), write truth.json; return the PDF paths. Files already there with the
    same name are drawn again (the bytes come out the same)."""
    from ingest.pdf.render import render_report  # reportlab only when drawing

    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for doc in documents:
        path = out_dir / "pdf" / doc.file_name
        path.parent.mkdir(exist_ok=True)
        render_report(doc, path)
        paths.append(path)
        if text:
            (out_dir / "text").mkdir(exist_ok=True)
            (out_dir / "text" / Path(doc.file_name).with_suffix(".txt").name).write_text(render_text(doc), "utf-8")
    truth = {"documents": [truth_of(doc) for doc in documents], "topic": TOPIC}
    (out_dir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return paths


def year_range(text: str) -> range:
    """``2021-2025`` or ``2024`` as a range of years."""
    first, _, last = text.partition("-")
    return range(int(first), int(last or first) + 1)


def main(argv: list[str] | None = None) -> int:
    """Write a corpus of the size asked."""
    parser = argparse.ArgumentParser(description="生成规模基准用的自评表语料（PDF/文本）及标准答案 truth.json。")
    parser.add_argument("out", type=Path, help="输出目录")
    parser.add_argument("--departments", type=int, default=1, help=f"部门数（1–{len(DEPARTMENTS)}）")
    parser.add_argument("--years", type=year_range, default=year_range("2024"), help="年度，如 2021-2025")
    parser.add_argument("--projects", type=int, default=23, help="每份报告的项目数（默认 23）")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--text", action="store_true", help="同时写出文本提取格式")
    args = parser.parse_args(argv)
    documents = build_corpus(args.departments, args.years, args.projects, args.seed)
    paths = write_corpus(args.out, documents, args.text)
    print(f"已生成 {len(paths)} 份报告，{sum(len(d.projects) for d in documents)} 个项目：{args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
