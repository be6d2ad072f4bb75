"""Organizations in running text, and the consistency of the typed table behind them."""

from __future__ import annotations

import pytest

from pipeline.process import Pipeline
from pipeline.rulebook import BUILTIN_RULES

# Traditional text with the organizations of issue 4's sample article, in sentences of our own.
RELEASE = (
    "市場監管總局黨組深入學習黨中央、國務院決策部署。國務院扶貧辦和中央和國家機關工委指導，"
    "總局扶貧辦聯合華為技術有限公司、撫遠市政府開展工作，華為公司參與。中共中央印發通知。總局要求各地落實。"
)

# (text, [(surface, canonical or None)] of every organization, in order)
CASES = [
    (
        RELEASE,
        [
            ("市場監管總局", "国家市场监督管理总局"),
            ("黨中央", "中国共产党中央委员会"),
            ("國務院", "中华人民共和国国务院"),
            ("國務院扶貧辦", "国务院扶贫开发领导小组办公室"),
            ("中央和國家機關工委", "中央和国家机关工作委员会"),
            ("總局扶貧辦", "国家市场监督管理总局扶贫办"),
            ("華為技術有限公司", None),
            ("撫遠市政府", "抚远市人民政府"),
            ("華為公司", "华为技术有限公司"),
            ("中共中央", "中国共产党中央委员会"),
            ("總局", "国家市场监督管理总局"),
        ],
    ),
    # 中国中药控股有限公司 (HK:0570) by the short name the sample article uses: the alias table
    # knows it. No rule could: 控股公司 after an everyday word is as often a kind (金融控股公司).
    ("中藥控股公司在禮縣建設大黃種植基地", [("中藥控股公司", "中国中药控股有限公司")]),
    ("发展金融控股公司", []),
    # A known organization inside the words before a company word splits them into two names;
    # at their start or end it is part of the one name.
    ("韩国央行韩国银行今天公布", [("韩国央行", None), ("韩国银行", None)]),
    ("华为技术有限公司和中国国家电网公司签约", [("华为技术有限公司", None), ("中国国家电网公司", None)]),
    # A company's subsidiary is its own company; 旗下 joins the two.
    ("中国人寿旗下国寿投资公司表示", [("中国人寿", "中国人寿保险（集团）公司"), ("国寿投资公司", None)]),
    # An organization before a trade word makes no company of the two (科技小院 is a programme).
    ("在给中国农业大学科技小院的学生回信中", [("中国农业大学", None)]),
    # A Latin name beside a word that tells what it is, then again alone.
    ("稳定币公司Tether增持黄金。Tether首席执行官表示", [("Tether", None), ("Tether", None)]),
    # A title ends a name: the hospital is one organization, not 博爱医院院长吴弦光代表医院.
    ("北京博爱医院院长吴弦光代表医院致谢", [("北京博爱医院", None)]),
    # A body the word after it glues to (省委|书记, 协会|主席) is still found.
    ("山西省委书记和上海市学生救亡协会主席出席", [("山西省委", None), ("上海市学生救亡协会", None)]),
    # A Chinese city's factory is named by its trade; a country's is a kind of factory there.
    ("南昌胶鞋厂从瑞士炼金厂进货", [("南昌胶鞋厂", None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_organizations_in_text(pipeline: Pipeline, text: str, expected: list[tuple[str, str | None]]) -> None:
    found = [(e.text, e.value.get("canonical")) for e in pipeline.extract_text(text) if e.type == "organization"]
    assert found == expected


def test_every_canonical_name_is_a_known_name_of_the_same_kind() -> None:
    lines = (BUILTIN_RULES / "organizations.tsv").read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines[1:] if line.strip() and not line.startswith("#")]
    kinds = {name: kind for name, _, kind in rows}
    assert [(name, canonical) for name, canonical, kind in rows if canonical and kinds.get(canonical) != kind] == []
