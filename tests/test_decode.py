from __future__ import annotations

import codecs

import pytest

from pipeline.decode import decode

TRADITIONAL = "行政院今天宣布，新台幣三百億元的特別預算將用於臺灣各縣市的長照服務與防災工程建設。"
SIMPLIFIED = "国务院扶贫办表示，甘肃省礼县今年投入资金一亿两千万元，用于修建道路和灌溉设施。"


@pytest.mark.parametrize(
    ("data", "encoding", "text"),
    [
        (SIMPLIFIED.encode("utf-8"), "utf-8", SIMPLIFIED),
        (codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), "utf-8-sig", SIMPLIFIED),
        (SIMPLIFIED.encode("utf-16"), "utf-16", SIMPLIFIED),
        (codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be"), "utf-16", SIMPLIFIED),
        (SIMPLIFIED.encode("gb18030"), "gb18030", SIMPLIFIED),
        (TRADITIONAL.encode("big5"), "big5", TRADITIONAL),
        (TRADITIONAL.encode("gb18030"), "gb18030", TRADITIONAL),
    ],
)
def test_decodes_and_names_the_encoding(data: bytes, encoding: str, text: str) -> None:
    decoded = decode(data)
    assert (decoded.text, decoded.encoding, decoded.error) == (text, encoding, None)


@pytest.mark.parametrize(
    ("data", "code"),
    [(b"", "empty"), (b"\xff\xfe\x00", "undecodable"), (bytes([0x81, 0x30, 0xFF, 0xFF]), "undecodable")],
)
def test_bad_bytes_become_an_error(data: bytes, code: str) -> None:
    decoded = decode(data)
    assert decoded.error is not None and decoded.error.code == code
    assert decoded.text == ""
