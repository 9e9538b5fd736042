"""Salary facts put on one footing: every stated period converted to a monthly figure.

Conversion (stated in the report): year ÷ 12, week × 52/12, day × 26 working days a month,
hour × 8 hours × 26 days. Figures with no stated period are kept as written, never guessed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from statistics import median
from typing import Any

from pipeline.report.charts import RangeRow, range_chart
from pipeline.report.data import RunData

PER_MONTH: dict[str, float] = {
    "hour": 8 * 26,
    "day": 26,
    "week": 52 / 12,
    "month": 1,
    "year": 1 / 12,
}
CONVERSION_NOTE = (
    "Converted to one period, per month: yearly ÷ 12, weekly × 52/12, daily × 26 working days, "
    "hourly × 8 hours × 26 days; yearly = monthly × 12. Ranges whose period the article does "
    "not state are drawn hollow and dashed, as written, not converted."
)


@dataclass
class SalaryRow:
    doc_id: str
    anchor: str
    topic: str
    role: str
    text: str
    currency: str
    period: str | None
    low: float | None
    high: float | None
    confidence: float

    @property
    def factor(self) -> float | None:
        return PER_MONTH.get(self.period) if self.period else None

    def monthly(self, v: float | None) -> float | None:
        return None if v is None or self.factor is None else v * self.factor

    @property
    def monthly_low(self) -> float | None:
        return self.monthly(self.low)

    @property
    def monthly_high(self) -> float | None:
        return self.monthly(self.high)

    @property
    def yearly_low(self) -> float | None:
        m = self.monthly_low
        return None if m is None else m * 12

    @property
    def yearly_high(self) -> float | None:
        m = self.monthly_high
        return None if m is None else m * 12

    def range_row(self) -> RangeRow:
        converted = self.factor is not None
        low = self.monthly_low if converted else self.low
        high = self.monthly_high if converted else self.high
        period = self.period or "period not stated"
        return RangeRow(
            label=self.doc_id,
            low=low,
            high=high,
            converted=converted,
            href=f"#{self.anchor}",
            tip=f"{self.doc_id} ({self.topic}, {self.role}): “{self.text}” ({period})",
        )


def salary_rows(data: RunData, anchors: dict[str, str]) -> list[SalaryRow]:
    rows = []
    for rec, fact in data.facts():
        if fact.get("type") != "salary":
            continue
        rows.append(
            SalaryRow(
                doc_id=rec["doc_id"],
                anchor=anchors.get(rec["doc_id"], ""),
                topic=data.topic_of(rec["doc_id"]),
                role=fact.get("role") or "role not stated",
                text=fact.get("text", ""),
                currency=fact.get("currency") or "?",
                period=fact.get("period"),
                low=fact.get("min"),
                high=fact.get("max"),
                confidence=float(fact.get("confidence", 0.0)),
            )
        )
    return rows


def salary_section(rows: list[SalaryRow]) -> dict[str, Any]:
    """Charts per currency (grouped by topic, then by role) and summary figures."""
    by_currency: dict[str, list[SalaryRow]] = defaultdict(list)
    for r in rows:
        by_currency[r.currency].append(r)
    currencies = []
    for cur, crows in sorted(by_currency.items(), key=lambda kv: -len(kv[1])):
        unit = f"{cur} per month"
        currencies.append(
            {
                "currency": cur,
                "count": len(crows),
                "median_monthly": _median(
                    [r.monthly_low for r in crows] + [r.monthly_high for r in crows]
                ),
                "by_topic": range_chart(_grouped(crows, "topic"), f"{cur} salaries by topic", unit),
                "by_role": range_chart(_grouped(crows, "role"), f"{cur} salaries by role", unit),
            }
        )
    return {
        "rows": rows,
        "currencies": currencies,
        "summary": topic_summary(rows),
        "note": CONVERSION_NOTE,
    }


def topic_summary(rows: list[SalaryRow]) -> list[dict[str, Any]]:
    """Per currency and topic: how many figures, and the monthly range and median they give."""
    groups: dict[tuple[str, str], list[SalaryRow]] = defaultdict(list)
    for r in rows:
        groups[(r.currency, r.topic)].append(r)
    out = []
    for (cur, topic), grows in sorted(groups.items(), key=lambda kv: (kv[0][0], -len(kv[1]))):
        monthly = [v for r in grows for v in (r.monthly_low, r.monthly_high) if v is not None]
        out.append(
            {
                "currency": cur,
                "topic": topic,
                "figures": len(grows),
                "documents": len({r.doc_id for r in grows}),
                "low": min(monthly) if monthly else None,
                "median": median(monthly) if monthly else None,
                "high": max(monthly) if monthly else None,
            }
        )
    return out


def _grouped(rows: list[SalaryRow], key: str) -> list[tuple[str, list[RangeRow]]]:
    groups: dict[str, list[RangeRow]] = defaultdict(list)
    for r in rows:
        groups[getattr(r, key)].append(r.range_row())
    return sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))


def _median(values: list[float | None]) -> float | None:
    vals = [v for v in values if v is not None]
    return median(vals) if vals else None
