"""`career-pipeline report DIR` rebuilds both reports from a run's outputs alone."""

from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from pipeline.cli.app import _register, app


def test_report_command_rebuilds_html_and_markdown(hand_run: Path, tmp_path: Path) -> None:
    out = tmp_path / "run"
    shutil.copytree(hand_run, out)
    (out / "report.html").unlink()
    (out / "report.md").unlink()
    _register()
    result = CliRunner().invoke(app, ["report", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "report.html").read_text("utf-8") == (hand_run / "report.html").read_text("utf-8")
    assert (out / "report.md").exists()


def test_report_command_refuses_a_missing_folder(tmp_path: Path) -> None:
    _register()
    result = CliRunner().invoke(app, ["report", str(tmp_path / "nope")])
    assert result.exit_code == 2
