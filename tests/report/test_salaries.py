"""Salary figures on one footing: the conversion the report states is the one it applies."""

from __future__ import annotations

import pytest

from pipeline.report.salaries import PER_MONTH, SalaryRow


def _row(period: str | None, low: float | None, high: float | None) -> SalaryRow:
    return SalaryRow("d", "d0", "bpo", "role not stated", "x", "INR", period, low, high, 0.9)


@pytest.mark.parametrize(
    ("period", "amount", "monthly"),
    [
        ("month", 15000, 15000),
        ("year", 360000, 30000),
        ("day", 500, 13000),
        ("hour", 100, 20800),
        ("week", 3000, 13000),
    ],
)
def test_monthly_conversion(period: str, amount: float, monthly: float) -> None:
    row = _row(period, amount, amount)
    assert row.monthly_low == pytest.approx(monthly)
    assert row.yearly_high == pytest.approx(monthly * 12)


def test_unstated_period_is_not_converted_and_open_ranges_stay_open() -> None:
    assert _row(None, 5000, 25000).monthly_low is None
    up_to = _row("year", None, 350000)  # "3.5 LPA tak"
    assert up_to.monthly_low is None and up_to.monthly_high == pytest.approx(350000 / 12)
    assert set(PER_MONTH) == {"hour", "day", "week", "month", "year"}  # every contract period
