"""Topic discovery for a corpus without labels: NMF over TF-IDF of normalised words.

Words come from our own normalise + tokenise stages, so Devanagari and Bengali words keep
their vowel signs (sklearn's default token pattern would cut "नौकरी" into pieces).
Each document also gets one pseudo-word per keyword-map concept it mentions (e.g.
"[call_centre]" for कॉल सेंटर, কল সেন্টার and call centre alike), so that articles in
different scripts can share a topic; the pseudo-words shape the topics but are not shown
among a topic's terms, which stay real words in every script.
Stopwords: the shared Hinglish and Bengali lists (read at run time from ../shared/data),
scikit-learn's English list, and a short list of our own for Devanagari Hindi and
romanised Bengali, which the shared lists lack.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from pipeline.config import shared_data_dir
from pipeline.topic.features import ConceptCounter

SHARED_STOPWORD_FILES = ("lexicons/hinglish_stopwords.txt", "lexicons/bengali_stopwords.txt")

OWN_STOPWORDS = frozenset(
    # Devanagari Hindi function words and fillers of the genre
    "है हैं था थी थे हो होता होती होते होगा होगी में की के का को से पर भी और या यह ये वह वे "
    "इस इसे इसके इसमें उस उसके उनके आप आपको आपके अपना अपने अपनी जो कि तो ही नहीं न एक कर "
    "करें करना करने करते करता करती किया किए गया गई लिए साथ तक बाद जैसे कुछ सभी अब कैसे क्या "
    "रहा रही रहे सकते सकता सकती जाता जाती जाते वाले वाली मिलता मिलती किसी यदि जब तब "
    # Bengali fillers beyond the shared list
    "করা করে করতে হয় হবে হলে থেকে জন্য এবং একটি এই সেই আপনি আপনার কাজের "
    # romanised Bengali (Banglish) function words
    "ami tumi apni apnar amar er ar o na ki ei oi theke jonno kore korte hoy hobe hole "
    "ache achhe chilo khub ekta ekti sathe moto jay te kora der "
    # words every career article uses, whatever its topic
    "काम কাজ kaam kaj job jobs "
    # web boilerplate
    "share comment comments reply leave read also click here home".split()
)


@lru_cache(maxsize=1)
def stopwords(data_dir: Path | None = None) -> frozenset[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    words = set(OWN_STOPWORDS) | set(ENGLISH_STOP_WORDS)
    base = data_dir or shared_data_dir()
    for name in SHARED_STOPWORD_FILES:
        path = base / name
        if path.exists():
            words |= {w.strip().lower() for w in path.read_text(encoding="utf-8").splitlines()}
    words.discard("")
    return frozenset(words)


def content_words(texts: list[str]) -> list[list[str]]:
    """Normalised, lower-cased word tokens of each text, boilerplate and stopwords left out."""
    from pipeline.core import DocumentError, Pipeline
    from pipeline.doc import Document

    stop = stopwords()
    out: list[list[str]] = []
    docs = (Document(id=f"d{i:05d}", raw=t) for i, t in enumerate(texts))
    for item in Pipeline(stages=("normalise", "tokenise")).pipe(docs, batch_size=32):
        if isinstance(item, DocumentError):
            out.append([])
            continue
        words = []
        for sent in item.sentences:
            if sent.boilerplate:
                continue
            for tok in sent.tokens:
                w = (tok.norm or tok.text).lower()
                if tok.kind == "word" and len(w) > 1 and w not in stop and not w.isdigit():
                    words.append(w)
        out.append(words)
    return out


def discover_topics(texts: list[str], k: int, n_terms: int = 10) -> list[dict[str, Any]]:
    """Fit NMF with k topics; each topic's top terms, share of the corpus and dominant documents.

    Deterministic: fixed init and random_state. ``weight`` is the topic's share of all
    document-topic mass (the weights sum to 1); ``documents`` lists the indices of the
    texts whose largest topic it is.
    """
    import numpy as np
    from sklearn.decomposition import NMF
    from sklearn.feature_extraction.text import TfidfVectorizer

    if k < 1:
        raise ValueError("k must be at least 1")
    if not texts:
        raise ValueError("no texts to discover topics in")
    words = content_words(texts)
    if not any(words):
        raise ValueError("the texts hold no content words")
    concepts = ConceptCounter().fit(texts)
    for ws, text in zip(words, texts, strict=True):
        for name, hits in concepts.matches(text).items():
            ws.extend([f"[{name}]"] * len(hits))
    vectoriser = TfidfVectorizer(analyzer=lambda ws: ws, sublinear_tf=True)
    tfidf = vectoriser.fit_transform(words)
    terms = vectoriser.get_feature_names_out()
    shown = np.array([not t.startswith("[") for t in terms])
    # nndsvda is deterministic, but needs k ≤ min(documents, vocabulary)
    init = "nndsvda" if k <= min(tfidf.shape) else "random"
    nmf = NMF(n_components=k, init=init, random_state=0, max_iter=1000)
    doc_topic = nmf.fit_transform(tfidf)
    total = float(doc_topic.sum()) or 1.0
    dominant = np.where(doc_topic.max(axis=1) > 0, doc_topic.argmax(axis=1), -1)
    topics = []
    for t, row in enumerate(nmf.components_):
        ranked = [i for i in np.argsort(-row, kind="stable") if shown[i] and row[i] > 0]
        top = ranked[:n_terms]
        topics.append(
            {
                "topic": t,
                "terms": [str(terms[i]) for i in top],
                "weight": float(doc_topic[:, t].sum() / total),
                "documents": [int(i) for i in np.flatnonzero(dominant == t)],
            }
        )
    return topics
