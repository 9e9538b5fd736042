"""Screenshot a report in Debian's headless Chromium, with every network path closed.

    python -m pipeline.report.screenshot reports/sample/report.html docs/report.png [--width 1280]

Selenium drives /usr/bin/chromium through /usr/bin/chromedriver; Selenium's own driver
download is never used (nothing could be fetched here anyway). The browser test uses
``open_browser`` too.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
OFFLINE_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--no-first-run",
    "--disable-quic",
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--proxy-server=127.0.0.1:9",
    "--hide-scrollbars",
)


def browser_missing() -> str | None:
    """Why the browser cannot run here, or None when it can."""
    for path in (CHROMIUM, CHROMEDRIVER):
        if not path.exists():
            return f"{path} is missing (Debian packages chromium and chromium-driver)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    return None


@contextmanager
def open_browser(width: int = 1280, height: int = 900) -> Iterator[Any]:
    """A headless Chromium WebDriver with the network blocked and browser/performance logs on."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in OFFLINE_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--window-size={width},{height}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def full_page_png(driver: Any, png: Path, max_height: int = 2400) -> None:
    """Resize the window to the page (up to ``max_height``) and save a PNG."""
    width = driver.execute_script("return window.innerWidth")
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(width, min(height, max_height))
    png.parent.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(png))


def screenshot(
    report: Path,
    png: Path,
    width: int = 1280,
    height: int = 1600,
    query: str = "",
    full: bool = False,
) -> Path:
    """Open ``report``, optionally type ``query`` into the concordance, save ``png``."""
    from selenium.webdriver.common.by import By

    reason = browser_missing()
    if reason:
        raise SystemExit(f"cannot take a screenshot: {reason}")
    with open_browser(max(width, 500), height) as driver:
        if width < 500:  # headless windows stop at 500 px: emulate a phone screen instead
            driver.execute_cdp_cmd(
                "Emulation.setDeviceMetricsOverride",
                {"width": width, "height": height, "deviceScaleFactor": 2, "mobile": True},
            )
        driver.get(Path(report).resolve().as_uri())
        if query:
            box = driver.find_element(By.ID, "kwic-q")
            box.send_keys(query)
            driver.execute_script("document.getElementById('concordance').scrollIntoView()")
            driver.implicitly_wait(1)
        if full:
            full_page_png(driver, Path(png))
        else:
            Path(png).parent.mkdir(parents=True, exist_ok=True)
            driver.save_screenshot(str(png))
    return Path(png)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", type=Path)
    parser.add_argument("png", type=Path)
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=1600)
    parser.add_argument("--query", default="", help="type this into the concordance first")
    parser.add_argument("--full", action="store_true", help="the whole page (up to 2400 px)")
    args = parser.parse_args(argv)
    out = screenshot(args.report, args.png, args.width, args.height, args.query, args.full)
    print(out)


if __name__ == "__main__":
    main()
