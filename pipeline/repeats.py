"""Organizations named again further on in a document (rules with `gazetteer: repeats`).

Once a rule has found an organization, the document may name it again: whole (Tether ...
Tether), without its company word (鼎越开发公司 ... 鼎越开发) or by the head its name ends in
(市场监管总局 ... 总局). rules/org_short_forms.tsv says which words may be dropped and which
heads stand alone. `Repeats` holds these surfaces for one document, each with the value it
carries, and finds them in text as a gazetteer does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from pipeline.gazetteer import WordIndex

ANYWHERE = -(2**62)  # a `since` before any text: a whole name stands anywhere in the document


@dataclass(frozen=True)
class Form:
    value: Mapping[str, Any]
    since: int  # where the surface may start: a short form only after the name it shortens
    found_at: frozenset[int] = frozenset()  # where a rule found it: not named *again* there


class Repeats:
    def __init__(self, forms: Mapping[str, Form] | None = None) -> None:
        self.forms = dict(forms or {})
        self._index = WordIndex(self.forms)

    def scan(self, text: str) -> list[tuple[int, int, list[str]]]:
        """At each position, the longest surface that may stand there: (start, end, [surface])."""
        found = []
        for start, ends in sorted(self._index.ends(text).items()):
            end = next((e for e in ends if self._stands(self.forms[text[start:e]], start)), None)
            if end is not None:
                found.append((start, end, [text[start:end]]))
        return found

    @staticmethod
    def _stands(form: Form, start: int) -> bool:
        return form.since <= start and start not in form.found_at

    def value(self, surface: str) -> dict[str, Any] | None:
        form = self.forms.get(surface)
        return dict(form.value) if form else None

    def shifted(self, offset: int) -> Repeats:
        """The same surfaces, for text that starts `offset` characters further on."""
        return Repeats({s: replace(f, since=f.since - offset, found_at=frozenset()) for s, f in self.forms.items()})

    def including(
        self,
        text: str,
        found: Iterable[tuple[int, int, Mapping[str, Any]]],
        short_forms: Mapping[str, str],
        may_name: Callable[[str], bool],
    ) -> Repeats:
        """These surfaces and those of the organizations `found` in text, (start, end, value) in
        order. A surface already known keeps its first organization. `may_name` says whether
        what is left after dropping a word can be a name (not 上市 from 上市公司)."""
        forms = dict(self.forms)
        found = list(found)
        for start, end, value in found:
            name = text[start:end]
            if end - start >= 2:
                form = forms.setdefault(name, Form(value, ANYWHERE))
                forms[name] = replace(form, found_at=form.found_at | {start})
        for start, end, value in found:
            name = text[start:end]
            full = value.get("canonical") or value["name"]
            ends = [(word, use) for word, use in short_forms.items() if name.endswith(word) and name != word]
            surfaces = [word for word, use in ends if use == "head"]
            # Only the longest company word goes (华为技术有限公司 -> 华为技术, not 华为技术有限).
            if drops := sorted((word for word, use in ends if use in ("drop", "shorten")), key=len, reverse=True):
                rest = name[: -len(drops[0])].strip()
                if len(rest) >= 2 and may_name(rest):
                    surfaces.append(rest)
            for surface in surfaces:
                forms.setdefault(surface, Form({"name": surface, "kind": value["kind"], "canonical": full}, end))
        return Repeats(forms)
