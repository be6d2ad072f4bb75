from __future__ import annotations

from pipeline.evaluate import evaluate


def _ent(start: int, end: int, value: dict, type_: str = "money", optional: bool = False) -> dict:
    entity = {"type": type_, "start": start, "end": end, "text": "x" * (end - start), "value": value}
    return {**entity, "optional": True} if optional else entity


CNY = {"amount": 100, "currency": "CNY"}


def _doc(entities: list[dict], end: int = 50) -> dict:
    return {"doc_id": "d", "sha256": "0" * 64, "body": {"start": 0, "end": end}, "entities": entities}


def test_strict_lenient_and_values() -> None:
    gold = _doc([_ent(0, 5, CNY), _ent(10, 15, CNY), _ent(20, 25, CNY)])
    predicted = _doc([_ent(0, 5, {"amount": 100.0, "currency": "CNY"}), _ent(10, 14, CNY), _ent(30, 35, CNY)])
    money = evaluate([gold], [predicted]).types["money"]
    assert (money.strict.tp, money.strict.fp, money.strict.fn) == (1, 2, 2)
    assert (money.lenient.tp, money.lenient.fp, money.lenient.fn) == (2, 1, 1)
    assert money.value_accuracy == 1.0  # 100.0 == 100: numbers compare exactly, not as text


def test_optional_gold_neither_rewards_nor_penalizes() -> None:
    gold = _doc([_ent(0, 5, CNY, optional=True), _ent(10, 15, CNY)])
    found_optional = evaluate([gold], [_doc([_ent(0, 5, CNY), _ent(10, 15, CNY)])]).types["money"]
    missed_optional = evaluate([gold], [_doc([_ent(10, 15, CNY)])]).types["money"]
    for score in (found_optional, missed_optional):
        assert (score.strict.tp, score.strict.fp, score.strict.fn) == (1, 0, 0)


def test_wrong_value_and_body_end() -> None:
    gold = _doc([_ent(0, 5, CNY)], end=50)
    report = evaluate([gold], [_doc([_ent(0, 5, {"amount": 100, "currency": "USD"})], end=49)])
    assert report.types["money"].value_accuracy == 0.0
    assert report.body_end_right == 0


def test_missing_document_counts_as_all_missed() -> None:
    report = evaluate([_doc([_ent(0, 5, CNY)])], [])
    assert report.missing == ["d"]
    assert report.types["money"].strict.fn == 1


def test_inferred_year_matches_an_unstated_year() -> None:
    gold = _doc([_ent(0, 5, {"kind": "date", "value": "XXXX-02-25"}, "date")])
    inferred = _doc([_ent(0, 5, {"kind": "date", "value": "2024-02-25", "inferred": True}, "date")])
    stated = _doc([_ent(0, 5, {"kind": "date", "value": "2024-02-25"}, "date")])
    assert evaluate([gold], [inferred]).types["date"].value_accuracy == 1.0
    assert evaluate([gold], [stated]).types["date"].value_accuracy == 0.0
