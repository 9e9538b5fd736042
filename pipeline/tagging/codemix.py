"""Do English tokens inside a Hindi/Bengali sentence disturb the tags of the words around them?

Each pair is a code-mixed sentence we wrote and the same sentence with every English
word replaced by a native word of the same role, token for token. The tagger should
give the native words the same UPOS in both. `agreement` measures that, for two ways of
feeding English tokens to stanza: as they are ("in place") or replaced by a placeholder
native noun before tagging ("placeholder"), the English token then getting PROPN/NOUN.
"""

from __future__ import annotations

from dataclasses import dataclass

# (mixed, native): whitespace-tokenised, same length, English words at the same positions
PAIRS: dict[str, list[tuple[str, str]]] = {
    "hi": [
        (
            "BPO job में शुरुआत में salary 12000 रुपये मिलती है ।",
            "कॉल नौकरी में शुरुआत में वेतन 12000 रुपये मिलती है ।",
        ),
        (
            "इस company में freshers को training दी जाती है ।",
            "इस कंपनी में नौसिखियों को शिक्षा दी जाती है ।",
        ),
        (
            "आपको English और computer की अच्छी knowledge होनी चाहिए ।",
            "आपको अंग्रेज़ी और कंप्यूटर की अच्छी जानकारी होनी चाहिए ।",
        ),
        (
            "night shift वालों को extra allowance भी मिलता है ।",
            "रात पाली वालों को अतिरिक्त भत्ता भी मिलता है ।",
        ),
        (
            "interview के बाद offer letter ईमेल से भेजा जाएगा ।",
            "साक्षात्कार के बाद प्रस्ताव पत्र ईमेल से भेजा जाएगा ।",
        ),
        (
            "data entry का काम घर से भी किया जा सकता है ।",
            "आंकड़ा प्रविष्टि का काम घर से भी किया जा सकता है ।",
        ),
        ("हमारी team हर महीने target पूरा करती है ।", "हमारी टीम हर महीने लक्ष्य पूरा करती है ।"),
        ("उम्मीदवार का graduation पूरा होना ज़रूरी है ।", "उम्मीदवार का स्नातक पूरा होना ज़रूरी है ।"),
    ],
    "bn": [
        ("BPO চাকরিতে শুরুতে salary ১২০০০ টাকা পাওয়া যায় ।", "কল চাকরিতে শুরুতে বেতন ১২০০০ টাকা পাওয়া যায় ।"),
        ("এই company নতুনদের training দেয় ।", "এই সংস্থা নতুনদের প্রশিক্ষণ দেয় ।"),
        ("আবেদনকারীর English এবং computer জানা দরকার ।", "আবেদনকারীর ইংরেজি এবং কম্পিউটার জানা দরকার ।"),
        ("রাতের shift এ কাজ করলে extra টাকা দেওয়া হয় ।", "রাতের পালা এ কাজ করলে বাড়তি টাকা দেওয়া হয় ।"),
        ("interview এর পরে offer letter পাঠানো হবে ।", "সাক্ষাৎকার এর পরে নিয়োগ পত্র পাঠানো হবে ।"),
        ("ঢাকার office এ আমাদের team কাজ করে ।", "ঢাকার দপ্তর এ আমাদের দল কাজ করে ।"),
    ],
}
PLACEHOLDER = {"hi": "चीज़", "bn": "জিনিস"}  # a plain native noun


def is_latin(word: str) -> bool:
    return any("a" <= ch.lower() <= "z" for ch in word)


@dataclass
class Agreement:
    lang: str
    native_tokens: int
    in_place: float  # % of native tokens tagged as in the all-native sentence
    placeholder: float


def agreement(tagger, lang: str) -> Agreement:
    pairs = [(m.split(), n.split()) for m, n in PAIRS[lang]]
    if any(len(m) != len(n) for m, n in pairs):
        raise ValueError("each pair must align token for token")
    native = tagger.tag(lang, [n for _, n in pairs])
    mixed = tagger.tag(lang, [m for m, _ in pairs])
    masked = tagger.tag(
        lang, [[PLACEHOLDER[lang] if is_latin(w) else w for w in m] for m, _ in pairs]
    )
    total = same_in_place = same_mask = 0
    for (m, _), nat, mix, msk in zip(pairs, native, mixed, masked, strict=True):
        for i, w in enumerate(m):
            if is_latin(w):
                continue
            total += 1
            same_in_place += mix[i].upos == nat[i].upos
            same_mask += msk[i].upos == nat[i].upos
    return Agreement(
        lang, total, round(100 * same_in_place / total, 1), round(100 * same_mask / total, 1)
    )


def main() -> None:
    """python -m pipeline.tagging.codemix: print the agreement for both languages."""
    from pipeline.tagging.runtime import StanzaTagger

    tagger = StanzaTagger()
    for lang in PAIRS:
        if tagger.available(lang):
            a = agreement(tagger, lang)
            print(
                f"{lang}: {a.native_tokens} native tokens; same UPOS as the all-native sentence:"
                f" English in place {a.in_place}%, English -> placeholder noun {a.placeholder}%"
            )


if __name__ == "__main__":
    main()
