"""The contract's language block: shares, CMI, the code-mixing rule, scripts."""

import pytest

from pipeline.lid.blocks import MixingRule, cmi, is_code_mixed, language_block, letter_counts


def test_cmi_of_a_monolingual_hindi_sentence_is_zero():
    # "मुझे कल इंटरव्यू के लिए जाना है ।"
    assert cmi(["hi"] * 7 + ["univ"]) == 0.0


def test_cmi_of_a_half_and_half_sentence_is_fifty():
    labels = ["en", "en", "hi", "hi", "en", "hi", "univ", "en", "hi"]
    assert cmi(labels) == pytest.approx(50.0)


def test_cmi_is_zero_when_every_token_is_language_independent():
    assert cmi(["univ", "univ", "ne"]) == 0.0
    assert cmi([]) == 0.0


def test_cmi_follows_das_and_gamback():
    # n = 10, u = 2 (a figure and a name), max w = 6: 100 * (1 - 6/8) = 25
    labels = ["hi"] * 6 + ["en", "en", "univ", "ne"]
    assert cmi(labels) == pytest.approx(25.0)


def test_two_loan_words_do_not_make_a_hindi_sentence_code_mixed():
    # मुझे BPO में अच्छी salary मिलती है और काम भी आसान है
    labels = ["hi", "en", "hi", "hi", "en", "hi", "hi", "hi", "hi", "hi", "hi", "hi"]
    assert not is_code_mixed(labels)


def test_phrases_in_two_places_are_code_mixing():
    # BPO job mein fresher ko 12k se 18k tak milta hai
    labels = ["en", "en", "hi", "en", "hi", "univ", "hi", "univ", "hi", "hi", "hi"]
    assert is_code_mixed(labels)


def test_a_second_language_in_one_place_only_is_not_code_mixed():
    labels = ["en", "en", "en"] + ["hi"] * 7
    assert not is_code_mixed(labels)
    assert is_code_mixed(labels, MixingRule(min_places=1))


def test_block_fields_and_shares_exclude_univ_and_ne():
    labels = ["hi", "hi", "en", "univ", "ne"]
    letters = [letter_counts(t).items() for t in ["नौकरी", "मिली", "job", "15", "Dhaka"]]
    block = language_block(labels, letters)
    assert set(block) == {"primary", "shares", "code_mixed", "cmi", "scripts"}
    assert block["primary"] == "hi"
    assert block["shares"] == {
        "hi": pytest.approx(2 / 3, abs=1e-4),
        "en": pytest.approx(1 / 3, abs=1e-4),
    }
    assert set(block["scripts"]) == {"Deva", "Latn"}
    assert sum(block["scripts"].values()) == pytest.approx(1.0, abs=1e-3)


def test_empty_block_is_undetermined():
    block = language_block(["univ"], [()])
    assert block["primary"] == "und" and block["shares"] == {} and block["cmi"] == 0.0


def test_dandas_and_digits_are_not_letters():
    assert letter_counts("चाहिए।") == {"Deva": 5}
    assert letter_counts("১৫,০০০") == {}
