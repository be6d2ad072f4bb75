"""The one loader for everything in `rules/`: strict, with every problem reported at once.

Word lists are TSV files with a header (`rules/currencies.tsv`: word, code):
each becomes a lookup table for value builders and a fragment `{currencies}`
matching any of its words, longest first. A rule file is YAML: optional `fragments` (named regex pieces that compose as
`{name}`), `rules` (each with an id, a pattern, a priority and inline
`examples`/`negatives`) and, in a user layer, `disable` (ids to switch off).
Errors read `rules/money.yaml:42: rule 'money.wan': message`.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, ClassVar

import regex
import yaml

from pipeline.extractors import BUILDERS
from pipeline.extractors.locale import read_markers
from pipeline.gazetteer import Gazetteer, Names, load_gazetteer
from pipeline.recognizer import OUTPUT_TYPES
from pipeline.triggers import Trigger, literal_words

BUILTIN_RULES = Path(__file__).resolve().parent.parent / "rules"
# A rule folder that switches the trained recognizer off: what `--no-model` layers on top.
NO_MODEL_RULES = BUILTIN_RULES / "no-model"

ENTITY_TYPES = ("money", "quantity", "date", "place", "organization")
BOILERPLATE_KINDS = ("header", "footer", "inline")
EDGE_CHECKS = ("both", "start", "end", "none", "compound")

FILE_KEYS = {"type", "description", "fragments", "rules", "disable"}
RULE_KEYS = {
    "id", "pattern", "gazetteer", "extend", "priority", "value", "kind", "edges",
    "description", "examples", "negatives", "trigger",
}  # fmt: skip
EXTENSIONS = ("words",)
PLACES = "places"  # the place gazetteer, rules/places/; any other gazetteer is a word list (rules/<name>.tsv)
REPEATS = "repeats"  # the organizations the document has already named (pipeline/repeats.py)
MODEL = "model"  # the trained recognizer's spans of the rule's type (pipeline/recognizer.py)
RESERVED_GAZETTEERS = (PLACES, REPEATS, MODEL)
EXAMPLE_KEYS = {"text", "span", "value", "context"}
CONTEXT_KEYS = {"currency", "ref_date"}
TRIGGER_KEYS = {"words", "before", "after", "needs"}

_FRAGMENT_REF = regex.compile(r"\{([a-z_][a-z0-9_]*)\}")
_CHARACTER_CLASS = regex.compile(r"\[\^?\]?(?:\\.|[^\]\\])*\]")  # [0-9], [^\s], [\p{Han}]
# A pattern of 1 MB takes 17 s to compile and matches 100 times slower than one of 50 kB.
MAX_PATTERN = 200_000  # characters, after expanding fragments
EXAMPLE_SECONDS = 1.0  # what a pattern may take on one of its own examples


@dataclass(frozen=True)
class Example:
    text: str
    span: str  # the text the rule must match; the whole example when omitted
    value: Mapping[str, Any] | None
    context: Mapping[str, str] = field(default_factory=dict)  # e.g. {currency: TWD, ref_date: 2025-05-27}


@dataclass(frozen=True)
class Rule:
    id: str
    type: str  # an entity type, or "boilerplate"
    pattern: str  # with fragments expanded; empty for a gazetteer rule
    compiled: regex.Pattern[str] | None  # None for a gazetteer rule
    # A rule that matches the names in rules/places/ or in the word list rules/<gazetteer>.tsv;
    # its pattern, if any, must follow the name.
    gazetteer: str | None
    # "words": the match extends left over the name-like jieba words before it (group `core`).
    extend: str | None
    priority: int
    value: str | None  # name of the value builder (entity rules)
    kind: str | None  # header / footer / inline (boilerplate rules)
    # Which match edges must fall on jieba word boundaries: both, start, end or none; compound:
    # both, but the end may also split a word before a common noun (美国|市场, 香港|媒体).
    edges: str
    # Words every match holds, near its edges: the pattern then runs only around them.
    trigger: Trigger | None
    examples: tuple[Example, ...]
    negatives: tuple[str, ...]
    origin: str  # "path:line", for messages
    builtin: bool = False  # from the project's own rules/, not a user folder


@dataclass(frozen=True)
class RuleError:
    origin: str
    rule_id: str | None
    message: str

    def __str__(self) -> str:
        where = f" rule '{self.rule_id}':" if self.rule_id else ""
        return f"{self.origin}:{where} {self.message}"


class RulebookError(Exception):
    def __init__(self, errors: list[RuleError]) -> None:
        self.errors = errors
        super().__init__("\n".join(map(str, errors)))


@dataclass(frozen=True)
class Rulebook:
    rules: tuple[Rule, ...]
    tables: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    places: Gazetteer = field(default_factory=Gazetteer)
    names: Mapping[str, Names] = field(default_factory=dict)  # word lists that rules use as gazetteers
    dictionaries: tuple[Path, ...] = field(default=())

    def for_type(self, type_: str) -> list[Rule]:
        return [r for r in self.rules if r.type == type_]

    @property
    def entity_rules(self) -> list[Rule]:
        return [r for r in self.rules if r.type in ENTITY_TYPES]

    @property
    def uses_model(self) -> bool:
        """Whether a rule takes the trained recognizer's spans (`--no-model` disables them all)."""
        return any(r.gazetteer == MODEL for r in self.rules)


class _LineDict(dict):  # type: ignore[type-arg]
    line: int = 0


class _LineLoader(yaml.SafeLoader):
    """SafeLoader (no object construction) that remembers each mapping's line.

    It also leaves `2018-03-05` a string (rule examples are text, not dates) and
    refuses aliases, which rule files never need and which can blow up memory.
    """

    yaml_implicit_resolvers: ClassVar = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark
            raise yaml.composer.ComposerError(None, None, "aliases (*name) are not allowed in rule files", mark)
        return super().compose_node(parent, index)  # type: ignore[no-any-return]


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> _LineDict:
    mapping = _LineDict(loader.construct_mapping(node, deep=True))
    mapping.line = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


class _FastLineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """_LineLoader's resolvers and constructors over libyaml's parser, ten times faster; it
    composes aliases instead of refusing them, which `_load_yaml` checks for."""

    yaml_implicit_resolvers: ClassVar = _LineLoader.yaml_implicit_resolvers
    yaml_constructors: ClassVar = _LineLoader.yaml_constructors


def _shares_nodes(root: yaml.Node) -> bool:
    """Whether a node appears twice in the tree: what an alias composes to."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            return True
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            stack.extend(part for pair in node.value for part in pair)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return False


def _load_yaml(text: str) -> Any:
    """The document as _LineLoader reads it. A file that libyaml rejects or that holds an alias
    is read again by _LineLoader, so that errors keep its messages and lines."""
    loader = _FastLineLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        if not _shares_nodes(node):
            return loader.construct_document(node)
    except yaml.YAMLError:
        pass
    finally:
        loader.dispose()
    return yaml.load(text, Loader=_LineLoader)


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _unknown_keys(found: Iterable[str], allowed: set[str]) -> list[str]:
    messages = []
    for key in sorted(set(map(str, found)) - allowed):
        close = difflib.get_close_matches(key, sorted(allowed), n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        messages.append(f"unknown key '{key}'{hint}")
    return messages


@dataclass
class _RawRule:
    data: _LineDict
    type: str
    origin: str


@dataclass
class _Layer:
    fragments: dict[str, tuple[str, str]] = field(default_factory=dict)  # name -> (pattern, origin)
    rules: list[_RawRule] = field(default_factory=list)
    disabled: list[tuple[str, str]] = field(default_factory=list)  # (id, origin)
    dictionaries: list[Path] = field(default_factory=list)
    tables: dict[str, dict[str, str]] = field(default_factory=dict)


def _read_layer(directory: Path, errors: list[RuleError]) -> _Layer:
    layer = _Layer()
    if not directory.is_dir():
        errors.append(RuleError(_display(directory), None, "not a rules directory"))
        return layer
    for path in sorted(directory.glob("*.yaml")):
        _read_file(path, layer, errors)
    for path in sorted(directory.glob("*.tsv")):
        _read_table(path, layer, errors)
    layer.dictionaries = sorted((directory / "dicts").glob("*.txt"))
    return layer


def _read_file(path: Path, layer: _Layer, errors: list[RuleError]) -> None:
    shown = _display(path)
    try:
        data = _load_yaml(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        errors.append(RuleError(f"{shown}:{line}", None, f"invalid YAML: {getattr(exc, 'problem', exc)}"))
        return
    except UnicodeDecodeError:
        errors.append(RuleError(f"{shown}:1", None, "not UTF-8"))
        return
    if data is None:
        return
    if not isinstance(data, _LineDict):
        errors.append(RuleError(f"{shown}:1", None, "a rule file must be a mapping"))
        return
    errors.extend(RuleError(f"{shown}:{data.line}", None, m) for m in _unknown_keys(data, FILE_KEYS))
    type_ = data.get("type", path.stem)
    if type_ not in (*ENTITY_TYPES, "boilerplate", "fragments"):
        errors.append(RuleError(f"{shown}:{data.line}", None, f"unknown type '{type_}'"))
        return
    fragments = data.get("fragments") or {}
    if not isinstance(fragments, Mapping):
        errors.append(RuleError(f"{shown}:{data.line}", None, "'fragments' must be a mapping"))
        fragments = {}
    for name, pattern in fragments.items():
        origin = f"{shown}:{data.line}"
        if not _FRAGMENT_REF.fullmatch("{" + str(name) + "}"):
            errors.append(RuleError(origin, None, f"fragment name '{name}' must be lower_snake_case"))
        elif not isinstance(pattern, str):
            errors.append(RuleError(origin, None, f"fragment '{name}' must be a string"))
        elif name in layer.fragments:
            errors.append(RuleError(origin, None, f"fragment '{name}' is also defined at {layer.fragments[name][1]}"))
        else:
            layer.fragments[name] = (pattern, origin)
    rules = data.get("rules") or []
    if not isinstance(rules, list):
        errors.append(RuleError(f"{shown}:{data.line}", None, "'rules' must be a list"))
        rules = []
    for item in rules:
        if not isinstance(item, _LineDict):
            errors.append(RuleError(f"{shown}:{data.line}", None, f"a rule must be a mapping, got {item!r}"))
            continue
        layer.rules.append(_RawRule(item, type_, f"{shown}:{item.line}"))
    for rule_id in data.get("disable") or []:
        layer.disabled.append((str(rule_id), f"{shown}:{data.line}"))


def _read_table(path: Path, layer: _Layer, errors: list[RuleError]) -> None:
    """A word list: a header line, then `word[<TAB>value]` per line; `#` starts a comment line."""
    shown = _display(path)
    name = path.stem
    if not _FRAGMENT_REF.fullmatch("{" + name + "}"):
        errors.append(RuleError(f"{shown}:1", None, f"table name '{name}' must be lower_snake_case"))
        return
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines:
        errors.append(RuleError(f"{shown}:1", None, "a table needs a header line"))
        return
    width = len(lines[0].split("\t"))
    table: dict[str, str] = {}
    for number, line in enumerate(lines[1:], 2):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != width or not cells[0]:
            errors.append(RuleError(f"{shown}:{number}", None, f"expected {width} tab-separated cells, got {line!r}"))
        elif cells[0] in table:
            errors.append(RuleError(f"{shown}:{number}", None, f"duplicate entry '{cells[0]}'"))
        else:  # a word list maps to itself, a two-column table to its value, a wider one to the rest of the row
            table[cells[0]] = "\t".join(cells[1:]) if width > 1 else cells[0]
    layer.tables[name] = table


def _table_fragment(words: Iterable[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def _expand(pattern: str, fragments: Mapping[str, tuple[str, str]], seen: tuple[str, ...] = ()) -> str:
    def substitute(m: regex.Match[str]) -> str:
        name = m.group(1)
        if name in seen:
            raise ValueError(f"fragment '{name}' refers to itself through {' -> '.join(seen)}")
        if name not in fragments:
            close = difflib.get_close_matches(name, list(fragments), n=1)
            hint = f" (did you mean '{{{close[0]}}}'?)" if close else ""
            raise ValueError(f"unknown fragment '{{{name}}}'{hint}")
        return "(?:" + _expand(fragments[name][0], fragments, (*seen, name)) + ")"

    return _FRAGMENT_REF.sub(substitute, pattern)


def _build_rule(
    raw: _RawRule, fragments: Mapping[str, tuple[str, str]], tables: Iterable[str], errors: list[RuleError]
) -> Rule | None:
    data, origin = raw.data, raw.origin
    rule_id = data.get("id")
    if not isinstance(rule_id, str) or not rule_id:
        errors.append(RuleError(origin, None, "a rule needs an 'id'"))
        return None
    problems = _unknown_keys(data, RULE_KEYS)
    pattern = data.get("pattern")
    gazetteer = data.get("gazetteer")
    compiled = None
    if gazetteer is not None and gazetteer not in RESERVED_GAZETTEERS and gazetteer not in tables:
        known = ", ".join(sorted(tables))
        reserved = ", ".join(RESERVED_GAZETTEERS)
        problems.append(f"unknown gazetteer {gazetteer!r} (known: {reserved}, or a word list: {known})")
    if gazetteer == REPEATS and raw.type != "organization":
        problems.append(f"only organization rules take 'gazetteer: {REPEATS}'")
    if gazetteer == MODEL and (raw.type not in OUTPUT_TYPES or pattern is not None):
        problems.append(f"'gazetteer: {MODEL}' takes no pattern, on a rule of type {' or '.join(OUTPUT_TYPES)}")
    extend = data.get("extend")
    if extend is not None and (extend not in EXTENSIONS or gazetteer is not None):
        problems.append(f"'extend' must be one of {', '.join(EXTENSIONS)}, on a rule without a gazetteer")
    if gazetteer is not None and pattern is None:
        pattern = ""  # the names alone
    elif not isinstance(pattern, str) or not pattern:
        problems.append("a rule needs a 'pattern' (a regex string)")
    else:
        try:
            pattern = _expand(pattern, fragments)
            if len(pattern) > MAX_PATTERN:
                raise ValueError(
                    f"the pattern has {len(pattern):,} characters after expanding fragments; "
                    f"the limit is {MAX_PATTERN:,} (put long word lists in a gazetteer)"
                )
            compiled = regex.compile(pattern)
        except ValueError as exc:
            problems.append(str(exc))
        except regex.error as exc:
            problems.append(f"bad regex: {exc}")
    priority = data.get("priority", 0)
    if not isinstance(priority, int) or isinstance(priority, bool):
        problems.append(f"'priority' must be an integer, got {priority!r}")
    kind = data.get("kind")
    value = data.get("value")
    if raw.type == "boilerplate":
        if kind not in BOILERPLATE_KINDS:
            problems.append(f"'kind' must be one of {', '.join(BOILERPLATE_KINDS)}, got {kind!r}")
        if value is not None:
            problems.append("boilerplate rules take no 'value'")
    else:
        if kind is not None:
            problems.append("only boilerplate rules take a 'kind'")
        builders = BUILDERS.get(raw.type, {})
        if value not in builders:
            close = difflib.get_close_matches(str(value), list(builders), n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else f" (known: {', '.join(sorted(builders)) or 'none'})"
            problems.append(f"unknown value builder {value!r} for type '{raw.type}'{hint}")
    edges = {True: "both", False: "none"}.get(data.get("edges", raw.type != "boilerplate"), data.get("edges"))
    if edges not in EDGE_CHECKS:
        problems.append(f"'edges' must be true, false, start, end or compound, got {data.get('edges')!r}")
    trigger = _read_trigger(data.get("trigger"), fragments, problems) if "trigger" in data else None
    if trigger is not None and (gazetteer is not None or raw.type == "boilerplate"):
        problems.append("only entity rules matched by their pattern alone take a 'trigger'")
    examples = _read_examples(data.get("examples"), problems)
    negatives = data.get("negatives") or []
    if not isinstance(negatives, list) or not all(isinstance(n, str) for n in negatives):
        problems.append("'negatives' must be a list of strings")
        negatives = []
    if not examples:
        problems.append("a rule needs at least one example")
    if compiled is not None:
        try:
            for probe in ("", *(e.text for e in examples)):
                if any(m.start() == m.end() for m in compiled.finditer(probe, timeout=EXAMPLE_SECONDS)):
                    problems.append("the pattern matches the empty string")
                    break
        except TimeoutError:
            problems.append(
                f"the pattern takes over {EXAMPLE_SECONDS:.0f} s on its examples; "
                "it probably backtracks catastrophically (nested repeats such as (a+)+)"
            )
    if problems:
        errors.extend(RuleError(origin, rule_id, p) for p in problems)
        return None
    assert isinstance(pattern, str)
    return Rule(
        id=rule_id,
        type=raw.type,
        pattern=pattern,
        compiled=compiled,
        gazetteer=gazetteer,
        extend=extend,
        priority=priority,
        value=value,
        kind=kind,
        edges=edges,
        trigger=trigger,
        examples=examples,
        negatives=tuple(negatives),
        origin=origin,
    )


def _read_trigger(item: Any, fragments: Mapping[str, tuple[str, str]], problems: list[str]) -> Trigger | None:
    """`{words: '{currencies}|块钱', before: 40, after: 8, needs: '[0-9]'}`: see pipeline/triggers.py."""
    if not isinstance(item, Mapping) or not isinstance(item.get("words"), str):
        problems.append(f"'trigger' must be a mapping with 'words' (a string), got {item!r}")
        return None
    count = len(problems)
    problems.extend(f"trigger: {m}" for m in _unknown_keys(item, TRIGGER_KEYS))
    distances = {key: item.get(key, 0) for key in ("before", "after")}
    for key, distance in distances.items():
        if not isinstance(distance, int) or isinstance(distance, bool) or distance < 0:
            problems.append(f"trigger: '{key}' must be a whole number of characters, got {distance!r}")
    try:
        words = literal_words(_expand(item["words"], fragments))
    except ValueError as exc:
        problems.append(f"trigger: {exc}")
        return None
    needs = None
    if "needs" in item:
        try:
            needs = regex.compile(str(item["needs"]))
        except regex.error as exc:
            problems.append(f"trigger: 'needs' is no regex: {exc}")
        # One character class, so that its search, which runs without the rules' time limit,
        # cannot backtrack.
        if needs is not None and not _CHARACTER_CLASS.fullmatch(needs.pattern):
            problems.append(f"trigger: 'needs' must be one character class such as '[0-9]', got {needs.pattern!r}")
    return Trigger.build(words, **distances, needs=needs) if len(problems) == count else None


def _read_examples(items: Any, problems: list[str]) -> tuple[Example, ...]:
    if items is None:
        return ()
    if not isinstance(items, list):
        problems.append("'examples' must be a list")
        return ()
    examples = []
    for item in items:
        if isinstance(item, str):
            examples.append(Example(item, item, None))
            continue
        if not isinstance(item, Mapping) or not isinstance(item.get("text"), str):
            problems.append(f"an example needs a 'text': {item!r}")
            continue
        problems.extend(f"example '{item['text']}': {m}" for m in _unknown_keys(item, EXAMPLE_KEYS))
        span = item.get("span", item["text"])
        if not isinstance(span, str) or span not in item["text"]:
            problems.append(f"example '{item['text']}': span {span!r} is not in the text")
            continue
        value = item.get("value")
        if value is not None and not isinstance(value, Mapping):
            problems.append(f"example '{item['text']}': 'value' must be a mapping")
            continue
        context = item.get("context") or {}
        if not isinstance(context, Mapping):
            problems.append(f"example '{item['text']}': 'context' must be a mapping")
            continue
        problems.extend(f"example '{item['text']}': context: {m}" for m in _unknown_keys(context, CONTEXT_KEYS))
        examples.append(
            Example(
                item["text"], span, dict(value) if value is not None else None, {k: str(v) for k, v in context.items()}
            )
        )
    return tuple(examples)


def load_rulebook(user_dirs: Iterable[Path] = (), builtin: Path = BUILTIN_RULES) -> Rulebook:
    """Load the built-in rules with each user folder layered on top, or raise RulebookError."""
    errors: list[RuleError] = []
    directories = (builtin, *map(Path, user_dirs))
    layers = [_read_layer(d, errors) for d in directories]

    tables: dict[str, dict[str, str]] = {}
    fragments: dict[str, tuple[str, str]] = {}
    for layer, directory in zip(layers, directories, strict=True):
        for name, table in layer.tables.items():
            tables.setdefault(name, {}).update(table)  # a later layer adds and overrides entries
            fragments[name] = (_table_fragment(tables[name]), _display(directory / f"{name}.tsv"))
    for layer in layers:
        fragments.update(layer.fragments)  # a later layer overrides a fragment by name

    rules: dict[str, Rule] = {}
    for number, layer in enumerate(layers):
        seen_here: dict[str, str] = {}
        for raw in layer.rules:
            rule = _build_rule(raw, fragments, tables, errors)
            if rule is None:
                continue
            rule = replace(rule, builtin=number == 0)
            if rule.id in seen_here:
                errors.append(RuleError(raw.origin, rule.id, f"duplicate id (first at {seen_here[rule.id]})"))
                continue
            seen_here[rule.id] = raw.origin
            rules[rule.id] = rule  # a later layer overrides a rule by id
        for rule_id, origin in layer.disabled:
            if rules.pop(rule_id, None) is None:
                errors.append(RuleError(origin, rule_id, "cannot disable an unknown rule"))
    if "locale_evidence" in tables:
        origin = fragments["locale_evidence"][1]
        errors.extend(RuleError(origin, None, m) for m in read_markers(tables["locale_evidence"])[1])
    problems: list[tuple[Path, int, str]] = []
    places = load_gazetteer(directories, problems)
    errors.extend(RuleError(f"{_display(path)}:{line}", None, message) for path, line, message in problems)
    if errors:
        raise RulebookError(errors)
    used = {r.gazetteer for r in rules.values() if r.gazetteer not in (None, *RESERVED_GAZETTEERS)}
    return Rulebook(
        rules=tuple(sorted(rules.values(), key=lambda r: (r.type, -r.priority, r.id))),
        tables=tables,
        places=places,
        names={name: Names(tables[name]) for name in sorted(used)},
        dictionaries=tuple(p for layer in layers for p in layer.dictionaries),
    )
