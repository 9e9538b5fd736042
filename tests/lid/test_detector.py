"""Word-level labels from the committed model, smoothing, and sentence-level decisions."""

import socket

import numpy as np
import pytest

from pipeline.lid import identify
from pipeline.lid.api import load_detector


def _labels(detector, text):
    return {t["text"]: t["lang"] for t in identify(text, detector)["tokens"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("naukri ke liye kal interview hai", {"naukri": "hi", "liye": "hi", "interview": "en"}),
        ("mujhe kaam nahi mila", {"mujhe": "hi", "kaam": "hi", "nahi": "hi", "mila": "hi"}),
        ("ami kal theke chakri korte chai", {"ami": "bn", "chakri": "bn", "korte": "bn"}),
        ("mashe 15 hajar taka beton pai", {"taka": "bn", "beton": "bn", "15": "univ"}),
        ("The salary is paid every month", {"The": "en", "salary": "en", "month": "en"}),
    ],
)
def test_romanised_and_english_words(detector, text, expected):
    labels = _labels(detector, text)
    for word, lang in expected.items():
        assert labels[word] == lang, (word, labels)


def test_language_independent_tokens_are_univ(detector):
    labels = _labels(detector, "salary 12k se 18k tak, ₹ 15,000 / month!")
    assert labels["12k"] == labels["18k"] == labels["15"] == "univ"
    assert labels["₹"] == labels[","] == labels["!"] == "univ"


def test_token_kind_from_the_tokeniser_marks_univ(detector):
    labels, _ = detector.label(["visit", "www.example.com", "now"], ["word", "url", "word"])
    assert labels[1] == "univ"


def test_named_entities_from_the_tagger_are_ne(detector):
    labels, _ = detector.label(["Dhaka", "te", "kaj", "kori"], ners=["B-LOC", "O", "O", "O"])
    assert labels[0] == "ne"


def test_native_script_decides_hindi_and_bengali(detector):
    hi = identify("मुझे कॉल सेंटर में नौकरी मिली।", detector)
    bn = identify("আমি কল সেন্টারে চাকরি পেয়েছি।", detector)
    assert hi["primary"] == "hi" and hi["scripts"] == {"Deva": 1.0} and hi["cmi"] == 0.0
    assert bn["primary"] == "bn" and bn["scripts"] == {"Beng": 1.0}


def test_acronyms_inside_a_sentence_are_english(detector):
    labels = _labels(detector, "मुझे BPO में HR की नौकरी मिली")
    assert labels["BPO"] == labels["HR"] == "en"


def test_marathi_in_devanagari_is_other(detector):
    block = identify("मला नोकरी मिळाली आहे आणि पगार चांगला आहे", detector)
    assert block["primary"] == "other"


def test_hindi_sentence_with_two_loan_words_is_not_code_mixed(detector):
    block = identify("मुझे इस कंपनी में अच्छी salary मिलती है और BPO का काम भी आसान है", detector)
    assert block["primary"] == "hi" and not block["code_mixed"]
    assert 0 < block["cmi"] < 20


def test_hinglish_sentence_is_code_mixed(detector):
    block = identify("BPO job mein fresher ko 12k se 18k tak milta hai", detector)
    assert block["primary"] == "hi" and block["code_mixed"]
    assert list(block["shares"]) == ["hi", "en"]


def test_same_input_same_output_across_fresh_detectors(detector):
    text = "Dhaka te call center e kaj korle maine 15 hajar taka, office e AC ache"
    assert identify(text, detector) == identify(text, load_detector())


def test_committed_model_loads_offline_without_pickle(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the LID model must load without the network")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    real_load = np.load

    def load_without_pickle(*args, **kwargs):
        assert kwargs.get("allow_pickle") is False
        return real_load(*args, **kwargs)

    monkeypatch.setattr(np, "load", load_without_pickle)
    det = load_detector()
    assert identify("naukri chahiye", det)["primary"] == "hi"


def test_a_model_file_that_does_not_match_its_card_is_refused(tmp_path):
    from pipeline.config import models_dir

    src = models_dir() / "lid"
    for name in ("word_model.npz", "card.json"):
        (tmp_path / name).write_bytes((src / name).read_bytes())
    with (tmp_path / "word_model.npz").open("ab") as fh:
        fh.write(b"tampered")
    with pytest.raises(ValueError, match="sha256"):
        load_detector(model_dir=tmp_path)
