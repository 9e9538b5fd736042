"""The report in Debian's headless Chromium, offline: no console errors, no requests, and the
concordance finds a Devanagari word typed into it.
"""

from __future__ import annotations

import json
import re
import time
import unicodedata
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


WORDS = {  # a word of each script, as it stands in some article
    "Deva": re.compile(r"[\u0900-\u0963\u0971-\u097f]{4,}"),
    "Beng": re.compile(r"[\u0980-\u09e5\u09f0-\u09ff]{4,}"),
    "Latn": re.compile(r"[A-Za-z]{5,}"),
}


def _word_char(c: str) -> bool:
    return unicodedata.category(c)[0] in "LMN"


def expected_lines(docs: list[dict], query: str) -> int:
    """How many whole-word matches the page should list: the same search, done in Python."""
    q, n = fold(query), 0
    for d in docs:
        f, i = d["f"], d["f"].find(fold(query))
        while i >= 0:
            end = i + len(q)
            if (i == 0 or not _word_char(f[i - 1])) and (end == len(f) or not _word_char(f[end])):
                n += 1
                i = f.find(q, end)
            else:
                i = f.find(q, i + 1)
    return n


def test_report_offline_search_and_screenshot(sample_report: Path, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    page_url = sample_report.resolve().as_uri()
    html = sample_report.read_text("utf-8")
    docs = json.loads(html.split('id="report-data">', 1)[1].split("</script>", 1)[0])["docs"]
    errors = (sample_report.parent / "errors.jsonl").read_text("utf-8").splitlines()
    reasons = [json.loads(line)["reason"] for line in errors[:1]]
    assert docs, f"the run processed no document; first error: {reasons}"
    words = {}
    for script, pattern in WORDS.items():
        found = [m.group() for d in docs for m in pattern.finditer(d["raw"])]
        words[script] = max(found, key=lambda w: (expected_lines(docs, w), w))
    with open_browser(1280, 900) as driver:
        driver.get(page_url)
        assert driver.title == "career-pipeline report"
        # the page's fold() is the Python one
        samples = ["हज़ार", "१५,०००", "১৫,০০০ টাকা", "Salary BPO", "ক্\u200dষ", *words.values()]
        assert driver.execute_script("return arguments[0].map(fold)", samples) == [
            fold(s) for s in samples
        ]
        box = driver.find_element(By.ID, "kwic-q")
        for script in ("Beng", "Latn", "Deva"):  # Devanagari last: its lines stay for the shot
            word, want = words[script], min(expected_lines(docs, words[script]), 500)
            box.clear()
            box.send_keys(word)
            rows = _wait_for(
                driver,
                lambda w=want: (
                    len(driver.find_elements(By.CSS_SELECTOR, "#kwic tbody tr")) == w
                    and driver.find_elements(By.CSS_SELECTOR, "#kwic tbody tr")
                ),
            )
            assert rows and len(rows) == want >= 1, (script, word, want)
            hits = [r.find_element(By.CSS_SELECTOR, "td.hit").text for r in rows]
            assert fold(word) in {fold(h) for h in hits}, (word, hits[:5])
            assert f"{want} line" in driver.find_element(By.ID, "kwic-count").text
        # a link from a line opens that document's panel
        rows[0].find_element(By.CSS_SELECTOR, "td.doc a").click()
        anchor = driver.execute_script("return location.hash.slice(1)")
        assert driver.find_element(By.ID, anchor).get_attribute("open") is not None
        # sorting a table by a number column puts the smallest first
        table = driver.find_element(By.CSS_SELECTOR, "#boilerplate-table")
        table.find_elements(By.CSS_SELECTOR, "th")[1].click()
        sizes = [
            int(td.text) for td in table.find_elements(By.CSS_SELECTOR, "tbody td:nth-child(2)")
        ]
        assert sizes == sorted(sizes)
        driver.execute_script("document.getElementById('concordance').scrollIntoView()")
        full_page_png(driver, tmp_path / "report.png")
        severe = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
        assert severe == []
        requests = _requests(driver)
        assert requests and all(u.split("#")[0] == page_url for u in requests), requests
    assert (tmp_path / "report.png").stat().st_size > 10_000
