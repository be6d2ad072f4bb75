"""The review report in real headless Chromium (Debian's chromium, driven by Playwright).

Skipped where Chromium or Playwright is missing, unless ZX_REQUIRE_BROWSER=1 (CI sets it),
in which case their absence is a failure.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main

from .conftest import CORPUS

SAMPLE = CORPUS / "hk_glossed_traditional.txt"  # Traditional, pinyin glosses, a site footer
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
REQUIRED = os.environ.get("ZX_REQUIRE_BROWSER") == "1"


def _need_browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if REQUIRED:
            raise
        pytest.skip("playwright is not installed")
    if CHROMIUM is None:
        if REQUIRED:
            pytest.fail("ZX_REQUIRE_BROWSER=1 but no chromium on PATH")
        pytest.skip("chromium is not installed")
    return sync_playwright


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("review")
    output = folder / "run.jsonl"
    runner = CliRunner()
    assert runner.invoke(main, ["run", str(SAMPLE), "-o", str(output), "--jobs", "1"]).exit_code == 0
    assert runner.invoke(main, ["review", str(output), "-o", str(folder / "review.html")]).exit_code == 0
    record = json.loads(output.read_text(encoding="utf-8"))
    return folder / "review" / "00000.html", record


@pytest.fixture(scope="module")
def page(report):
    sync_playwright = _need_browser()
    path, _ = report
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run"],
        )  # fmt: skip
        page = browser.new_page()
        errors: list[str] = []
        requests: list[str] = []
        page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("request", lambda request: requests.append(request.url))
        page.goto(path.as_uri())
        page.wait_for_load_state("load")
        yield page, errors, requests
        browser.close()


def test_loads_offline_without_console_errors(page) -> None:
    _, errors, requests = page
    assert errors == []
    assert all(url.startswith("file://") for url in requests)


def test_one_highlight_per_entity(page, report) -> None:
    browser_page, _, _ = page
    _, record = report
    assert len(record["entities"]) > 0
    assert browser_page.locator("mark.ent").count() == len(record["entities"])


def test_type_filter_hides_the_other_types(page) -> None:
    browser_page, _, _ = page
    browser_page.select_option("#type-filter", "money")
    visible = browser_page.eval_on_selector_all(
        "mark.ent", "ms => ms.map(m => [m.dataset.type, getComputedStyle(m).backgroundColor])"
    )
    assert {t for t, _ in visible} >= {"money", "date"}
    for entity_type, background in visible:
        highlighted = background not in ("rgba(0, 0, 0, 0)", "transparent")
        assert highlighted == (entity_type == "money"), (entity_type, background)
    browser_page.select_option("#type-filter", "")


def test_value_popup_shows_the_rule(page, report) -> None:
    browser_page, _, _ = page
    _, record = report
    first = record["entities"][0]
    browser_page.locator("mark.ent").first.click()
    popup = browser_page.locator("#popup")
    assert popup.is_visible()
    assert f"rule:  {first['rule']}" in popup.inner_text()
    assert json.dumps(first["value"], ensure_ascii=False) in popup.inner_text()
