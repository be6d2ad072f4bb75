"""One document through every stage: decode, normalize, boilerplate, segment, extract.

`Pipeline` holds what is expensive to build (the rulebook and the segmenter) and
is built once per worker process; `process` is then a function of its inputs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import traceback
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

import regex

from pipeline.boilerplate import find_layout
from pipeline.decode import Decoded, decode
from pipeline.extract import Mention, Rejected, extract, with_named
from pipeline.extractors import Context
from pipeline.extractors.locale import Locale, decide_locale, read_markers
from pipeline.matching import RuleTimeout
from pipeline.normalize import Normalized, detect_script, normalize
from pipeline.recognizer import Lexicon, Recognized, Recognizer
from pipeline.records import Document, Entity, Error, Region
from pipeline.rulebook import MODEL, Rulebook
from pipeline.segment import Segmenter
from pipeline.spans import DisjointSpans


@dataclass(frozen=True)
class Source:
    """One input document before processing."""

    doc_id: str
    source: str  # where it came from, as shown in the output
    data: bytes  # the raw bytes (a JSONL input's text, encoded as UTF-8)
    encoding: str | None = None  # already known (JSONL inputs), else detected
    error: Error | None = None  # the input could not even be read

    @classmethod
    def of_text(cls, doc_id: str, source: str, text: str) -> Source:
        """A document given as text (a JSONL line, a DataFrame cell). JSON may escape a lone
        surrogate (\\ud800): it survives as text and is escaped again on output."""
        return cls(doc_id, source, text.encode("utf-8", "surrogatepass"), encoding="utf-8")


class Pipeline:
    def __init__(self, rulebook: Rulebook, ref_date: dt.date | None = None) -> None:
        self.rulebook = rulebook
        self.ref_date = ref_date
        self.segmenter = Segmenter(rulebook.dictionaries)
        self._boilerplate_rules = rulebook.for_type("boilerplate")
        self._entity_rules = rulebook.entity_rules
        self._locale_markers = read_markers(rulebook.tables.get("locale_evidence", {}))[0]
        # The recognizer loads and runs only where a rule takes its spans.
        self.recognizer = Recognizer(Lexicon.of(rulebook)) if rulebook.uses_model else None

    def process(self, item: Source) -> Document:
        """The document's record; never raises: whatever goes wrong becomes its `errors`."""
        sha = hashlib.sha256(item.data).hexdigest()
        if item.error is not None:
            decoded = Decoded("", None, item.error)
        elif item.encoding is not None:  # JSONL text, which may hold lone surrogates
            decoded = Decoded(item.data.decode(item.encoding, "surrogatepass"), item.encoding)
        else:
            decoded = decode(item.data)
        if decoded.error is None and not decoded.text.strip():
            decoded = Decoded(decoded.text, decoded.encoding, Error("empty", "the document has no text"))
        if decoded.error is None:
            try:
                return self.process_text(decoded.text, item.doc_id, item.source, sha, decoded.encoding)
            except RuleTimeout as exc:
                decoded = Decoded(decoded.text, decoded.encoding, Error("rule-timeout", str(exc)))
            except Exception as exc:  # a bug must cost one document, not the batch
                where = traceback.extract_tb(exc.__traceback__)[-1]
                message = f"{type(exc).__name__}: {exc} (at {where.filename}:{where.lineno}); please report it"
                decoded = Decoded(decoded.text, decoded.encoding, Error("internal-error", message))
        return Document(
            doc_id=item.doc_id,
            source=item.source,
            sha256=sha,
            encoding=decoded.encoding,
            script=detect_script(decoded.text),
            length=len(decoded.text),
            body=(0, 0),
            errors=[decoded.error],
        )

    def process_text(self, text: str, doc_id: str, source: str, sha: str, encoding: str | None) -> Document:
        norm = normalize(text)
        layout = find_layout(norm.text, self._boilerplate_rules)
        body_start, body_end = layout.body
        published = layout.meta.get("published")
        ref_date = self.ref_date or (dt.date.fromisoformat(published) if published else None)

        inline = [(r.start, r.end) for r in layout.regions if r.rule.kind == "inline"]
        script = detect_script(text)
        locale = self.locale(norm.text, body_start, body_end, script)
        mentions = self.mentions(norm.text, body_start, body_end, ref_date, locale.currency, inline)
        return Document(
            doc_id=doc_id,
            source=source,
            sha256=sha,
            encoding=encoding,
            script=script,
            length=len(text),
            body=norm.source_span(body_start, body_end),
            boilerplate=[
                Region(*norm.source_span(r.start, r.end), r.rule.kind or "", r.rule.id) for r in layout.regions
            ],
            meta=layout.meta,
            entities=[_entity(norm, m) for m in mentions],
        )

    def mentions(
        self,
        text: str,
        start: int,
        end: int,
        ref_date: dt.date | None,
        currency: str,  # what a bare 元 means here, from `locale`
        exclude: Sequence[tuple[int, int]] = (),  # spans that do not overlap each other
        rejected: list[Rejected] | None = None,
        found_by_model: list[Recognized] | None = None,
    ) -> list[Mention]:
        """The winning mentions in normalized text[start:end], none overlapping `exclude`; what
        lost goes to `rejected` and what the recognizer found to `found_by_model`, when given."""
        window = text[start:end]
        context = Context(
            ref_date=ref_date,
            currency=currency,
            tables=self.rulebook.tables,
            places=self.rulebook.places,
            names=self.rulebook.names,
            place_hints=self.rulebook.places.unambiguous_names(window),
            tagger=self.segmenter.tagged,
        )
        excluded: DisjointSpans[tuple[int, int]] = DisjointSpans()
        for span in exclude:
            excluded.add(*span, span)
        found: list[Mention] = []
        for low, high in pieces(window):
            piece, shift, lost = window[low:high], start + low, []
            words = self.segmenter.words(piece)
            recognized = tuple(self.recognizer.recognize(piece, words.spans)) if self.recognizer else ()
            if found_by_model is not None:
                found_by_model.extend(replace(r, start=r.start + shift, end=r.end + shift) for r in recognized)
            here = extract(
                piece, self._entity_rules, words.boundaries, replace(context, words=words, recognized=recognized), lost
            )
            for m in here:
                if excluded.overlapping(m.start + shift, m.end + shift) is None:
                    found.append(m.shifted(shift))
            if high < len(window):  # the next piece may name this one's organizations again
                context = with_named(piece, here, context)
                context = replace(context, repeats=context.repeats.shifted(high - low))
            if rejected is not None:
                rejected.extend(replace(r, start=r.start + shift, end=r.end + shift) for r in lost)
        return found

    def locale(self, text: str, start: int, end: int, script: str) -> Locale:
        """The local currency of normalized `text` with its body at [start, end), and the evidence."""
        return decide_locale(text, start, end, script, self._locale_markers, self.rulebook.places)

    def explain_locale(self, text: str) -> Locale:
        """The local currency of a snippet taken as all body, as `explain_text` decides it."""
        norm = normalize(text)
        return self.locale(norm.text, 0, len(norm.text), detect_script(text))

    def extract_text(self, text: str, ref_date: dt.date | None = None) -> list[Entity]:
        """Entities in a snippet taken as all body (no boilerplate stripping): for explain and peer suites."""
        return self.explain_text(text, ref_date)[0]

    def explain_text(self, text: str, ref_date: dt.date | None = None) -> tuple[list[Entity], list[Traced]]:
        """The snippet's entities, and every match that did not become one, with why."""
        norm = normalize(text)
        rejected: list[Rejected] = []
        recognized: list[Recognized] = []
        ref_date = ref_date or self.ref_date
        currency = self.locale(norm.text, 0, len(norm.text), detect_script(text)).currency
        found = self.mentions(
            norm.text, 0, len(norm.text), ref_date, currency, rejected=rejected, found_by_model=recognized
        )
        kept = {(m.start, m.end) for m in found if m.rule.gazetteer == MODEL}
        why = {(r.rule.type, r.start, r.end): r.reason for r in rejected if r.rule.gazetteer == MODEL}
        traced = [
            Traced(r.rule.id, *norm.source_span(r.start, r.end), norm.text[r.start : r.end], r.reason)
            for r in rejected
            if r.rule.gazetteer != MODEL
        ]
        for r in recognized:  # the recognizer's spans, each with its score and what became of it
            lost = (r.start, r.end) not in kept
            fate = why.get((r.type, r.start, r.end), "lost an overlap") if lost else "an entity"
            reason = f"the recognizer's {r.type}, score {r.score:.2f}: {fate}"
            source_span = norm.source_span(r.start, r.end)
            traced.append(Traced(f"{r.type}.model", *source_span, norm.text[r.start : r.end], reason, lost))
        traced.sort(key=lambda t: (t.start, t.rule))
        return [_entity(norm, m) for m in found], traced


PIECE = 50_000  # characters segmented and extracted at a time: bounds memory on huge documents


_CUT_AFTER = regex.compile(r"[\n。！？；，,;!?\s](?!.*[\n。！？；，,;!?\s])", regex.DOTALL)


def pieces(text: str, size: int = PIECE) -> Iterator[tuple[int, int]]:
    """Consecutive spans of at most `size` characters, each cut after the last line end,
    sentence or clause mark or space it holds, so that no mention is split."""
    low = 0
    while len(text) - low > size:
        cut = _CUT_AFTER.search(text, low + size // 2, low + size)
        high = cut.end() if cut else low + size
        yield low, high
        low = high
    yield low, len(text)


@dataclass(frozen=True)
class Traced:
    """A rule match that lost (cut through a word, had no valid value, or lost an overlap), or
    a span of the recognizer's, which may have become an entity."""

    rule: str
    start: int  # source offsets, as for entities
    end: int
    norm: str
    reason: str
    lost: bool = True


def _entity(norm: Normalized, mention: Mention) -> Entity:
    start, end = norm.source_span(mention.start, mention.end)
    return Entity(
        type=mention.type,
        start=start,
        end=end,
        text=norm.source[start:end],
        norm=norm.text[mention.start : mention.end],
        value=mention.value,
        rule=mention.rule.id,
    )
