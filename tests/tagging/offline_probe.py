"""Run by test_models.py in a fresh interpreter: any network connection attempt raises,
HOME is an empty folder (no ~/stanza_resources). Loads both pipelines, tags one Hindi
and one Bengali sentence, prints JSON."""

import json
import socket
import sys


def refuse(*args, **kwargs):
    raise OSError("network disabled by offline_probe")


socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse

from pipeline.tagging.runtime import StanzaTagger  # noqa: E402

tagger = StanzaTagger()
hi = tagger.tag("hi", [["नौकरी", "के", "लिए", "आवेदन", "करें", "।"]])[0]
bn = tagger.tag("bn", [["রহিম", "ঢাকায়", "কাজ", "করেন", "।"]])[0]
json.dump(
    {
        "hi": [[t.upos, t.lemma, t.ner] for t in hi],
        "bn": [[t.upos, t.lemma, t.ner] for t in bn],
        "stanza_loaded": "stanza" in sys.modules,
        # stanza's trainers build training optimizers; the first one imports torch._dynamo
        "dynamo_loaded": "torch._dynamo" in sys.modules,
    },
    sys.stdout,
    ensure_ascii=False,
)
