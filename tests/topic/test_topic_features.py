"""The model's view of a document and the keyword transformer follow the sklearn API."""

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.utils.estimator_checks import (
    check_get_params_invariance,
    check_no_attributes_set_in_init,
    check_parameters_default_constructible,
    check_set_params,
)

from pipeline.doc import Document, Normalised, Sentence, Span, Token
from pipeline.topic.features import ConceptCounter, document_view

TEXTS = ["कॉल सेंटर में रात की शिफ्ट", "ব্যাংকে ক্যাশিয়ার পদে নিয়োগ", "nurse job in a hospital", "kuch nahi"]


# The generic sklearn checks feed numeric arrays, which a text transformer cannot take;
# these are the ones that test the estimator contract itself.
@pytest.mark.parametrize(
    "check",
    [
        check_no_attributes_set_in_init,
        check_parameters_default_constructible,
        check_get_params_invariance,
        check_set_params,
    ],
)
def test_sklearn_contract(check):
    check("ConceptCounter", ConceptCounter())


def test_fit_learns_state_with_trailing_underscores_and_is_idempotent():
    c = ConceptCounter()
    assert not [a for a in vars(c) if a.endswith("_")]
    first = c.fit(TEXTS).transform(TEXTS).toarray()
    second = c.fit(TEXTS).transform(TEXTS).toarray()
    np.testing.assert_array_equal(first, second)
    np.testing.assert_array_equal(clone(c).fit(TEXTS).transform(TEXTS).toarray(), first)
    assert first.shape == (4, len(c.get_feature_names_out()))


def test_counts_and_shares():
    c = ConceptCounter().fit(TEXTS)
    out = c.transform(TEXTS).toarray()
    names = list(c.get_feature_names_out())
    share = out[:, [n.startswith("share__") for n in names]]
    np.testing.assert_allclose(share[:3].sum(axis=1), 1.0)
    assert out[3].sum() == 0  # no concept: zeros, not NaN
    assert out[0, names.index("count__call_centre")] == pytest.approx(np.log(2))
    assert out[1, names.index("count__bank")] > 0
    assert out[2, names.index("count__hospital")] > 0


def test_transform_before_fit_raises():
    from sklearn.exceptions import NotFittedError

    with pytest.raises(NotFittedError):
        ConceptCounter().transform(TEXTS)


def test_document_view_leaves_out_boilerplate_and_prefers_lemmas():
    raw = "बैंकों में भर्ती।\nSHARE\n"
    doc = Document(id="d", raw=raw, normalised=Normalised(raw))
    s1 = Sentence(0, 17, [Token("बैंकों", 0, 6, norm="बैंकों", lemma="बैंक"), Token("में", 7, 10, norm="में")])
    s2 = Sentence(18, 23, [Token("SHARE", 18, 23, norm="SHARE")])
    doc.sentences = [s1, s2]
    doc.boilerplate = [Span(18, 23, "share")]
    text, words = document_view(doc)
    assert "SHARE" not in text and text.startswith("बैंकों")
    assert words == "बैंक में"
