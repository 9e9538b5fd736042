"""The README's two opening commands stay true: CI runs the test command as written."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _commands():
    return re.findall(r"```bash\n(.+?)\n```", (ROOT / "README.md").read_text(encoding="utf-8"))


def test_readme_opens_with_install_run_and_test_commands():
    first, second = _commands()[:2]
    assert "pip install" in first and "career-pipeline run" in first and "reports/" in first
    assert "[test]" in second and second.rstrip().endswith("pytest")


def test_ci_runs_the_readme_test_command_verbatim():
    second = _commands()[1]
    assert second in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
