"""Property: whatever the text, every fact's text is raw[start:end] and facts come in
document order, even where the folded view differs from the raw text (nukta, joiners,
native digits, combining marks)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

PIECES = [
    "वेतन ", "सैलरी ", "१५,००० ", "15,000 ", "रुपये ", "रूपए ", "प्रति माह ", "से ", "तक ",
    "हज़ार ", "लाख ", "साढ़े ", "पंद्रह ", "বেতন ", "৫,০০০ ", "থেকে ", "টাকা ", "মাসে ",
    "কলকাতায় ", "ঢাকায় ", "salary ", "12k ", "se ", "18k ", "LPA ", "₹", "Rs. ", "৳",
    "10वीं ", "12th ", "B.Tech ", "স্নাতক ", "2-3 साल का अनुभव ", "fresher ", "आधार कार्ड ",
    "\u200d", "\u200c", "\u093c", "\u09bc", "\u0301", "।", ".", "\n", "\n\n", " ", "-", "+",
]  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=30))
def test_fact_offsets_point_into_raw(facts_of, pieces) -> None:
    text = "".join(pieces)
    facts = facts_of(text)  # the helper asserts text == raw[start:end] for each fact
    starts = [f["start"] for f in facts]
    assert starts == sorted(starts)
    for f in facts:
        assert f["text"] and f["text"] == f["text"].strip()
