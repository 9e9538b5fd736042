"""The report in Debian's headless Chromium, offline: no console errors, no requests, and the
concordance finds a Devanagari word typed into it.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from pipeline.report.fold import fold
from pipeline.report.screenshot import browser_missing, full_page_png, open_browser
from pipeline.runner import SAMPLE_CORPUS, run

pytestmark = pytest.mark.browser

_reason = browser_missing()
if _reason:
    pytest.skip(f"browser test needs Chromium: {_reason}", allow_module_level=True)


@pytest.fixture(scope="module")
def sample_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus's report when the corpus is there, else our hand-made run's."""
    out = tmp_path_factory.mktemp("sample") / "run"
    if SAMPLE_CORPUS.is_dir() and any(SAMPLE_CORPUS.iterdir()):
        run([str(SAMPLE_CORPUS)], out, formats=("jsonl",), quiet=True)
    else:
        from pipeline.report import write_report

        from .conftest import make_run

        out = make_run(out.parent)
        write_report(out)
    return out / "report.html"


def _wait_for(driver, fn, timeout: float = 5.0):  # noqa: ANN001, ANN202
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = fn()
        if value:
            return value
        time.sleep(0.1)
    return fn()


def _requests(driver) -> list[str]:  # noqa: ANN001
    urls = []
    for entry in driver.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        if msg["method"] == "Network.requestWillBeSent":
            urls.append(msg["params"]["request"]["url"])
    return urls


def test_report_offline_search_and_screenshot(sample_report: Path, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    page_url = sample_report.resolve().as_uri()
    raw_text = json.loads(
        sample_report.read_text("utf-8").split('id="report-data">', 1)[1].split("</script>", 1)[0]
    )
    # a Devanagari word of the corpus, typed as a reader would, in its raw spelling
    errors = (sample_report.parent / "errors.jsonl").read_text("utf-8").splitlines()
    assert raw_text["docs"], f"the run processed no document; first error: {errors[:1]}"
    word = next(
        t
        for d in raw_text["docs"]
        for t in d["raw"].split()
        if len(t) > 3 and all("\u0900" <= c <= "\u097f" for c in t)
    )
    with open_browser(1280, 900) as driver:
        driver.get(page_url)
        assert driver.title == "career-pipeline report"
        # the page's fold() is the Python one
        samples = ["हज़ार", "१५,०००", "১৫,০০০ টাকা", "Salary BPO", "ক্\u200dষ", word]
        assert driver.execute_script("return arguments[0].map(fold)", samples) == [
            fold(s) for s in samples
        ]
        box = driver.find_element(By.ID, "kwic-q")
        box.send_keys(word)
        rows = _wait_for(driver, lambda: driver.find_elements(By.CSS_SELECTOR, "#kwic tbody tr"))
        assert rows, f"no concordance lines for {word}"
        hits = [r.find_element(By.CSS_SELECTOR, "td.hit").text for r in rows]
        assert all(fold(h) == fold(word) for h in hits), hits
        assert "line" in driver.find_element(By.ID, "kwic-count").text
        # a link from a line opens that document's panel
        rows[0].find_element(By.CSS_SELECTOR, "td.doc a").click()
        anchor = driver.execute_script("return location.hash.slice(1)")
        assert driver.find_element(By.ID, anchor).get_attribute("open") is not None
        # sorting a table reorders it
        th = driver.find_elements(By.CSS_SELECTOR, "#quality table.sortable th")
        if th:
            th[0].click()
            assert th[0].get_attribute("aria-sort") == "ascending"
        driver.execute_script("document.getElementById('concordance').scrollIntoView()")
        full_page_png(driver, tmp_path / "report.png")
        severe = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
        assert severe == []
        requests = _requests(driver)
        assert requests and all(u.split("#")[0] == page_url for u in requests), requests
    assert (tmp_path / "report.png").stat().st_size > 10_000
