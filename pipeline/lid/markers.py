"""Function words that mark a Devanagari sentence as Marathi or Nepali rather than Hindi.

Hindi, Marathi and Nepali share the script, so the script alone says "hi". These common
words are frequent in Marathi or Nepali and rare or absent in Hindi; a sentence with more
of them than of the Hindi markers below is labelled `other`. Written by us.
"""

from __future__ import annotations

MARATHI = frozenset(
    "आहे आहेत आणि नाही होते होता होती केले करून मध्ये त्यांनी त्याच्या त्यांच्या यांच्या "
    "असे आपल्या म्हणून झाले झाली पण किंवा असून करण्यात येते येथे तसेच आम्ही तुम्ही "
    "साठी मिळते मिळेल पाहिजे नोकरीसाठी करावा".split()
)
NEPALI = frozenset(
    "छ छन् थियो थिए भएको गरेको गर्न पनि लागि हुन्छ गर्ने भने अनि तर हुने भन्ने "
    "रहेको गरी छैन हुँदा सक्ने पाउने जागिर".split()
)
HINDI = frozenset(
    "है हैं का की के में से को और नहीं था थी थे लिए यह वह भी तो पर कि हो रहा रही रहे "
    "गया गई जाता जाती करते करना चाहिए मिलता मिलती".split()
)
