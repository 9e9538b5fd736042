"""Salary facts: amounts that are pay, with range, currency, period and role.

For each sentence unit:

1. find amounts (``numbers.py``) and attach a currency written right before or after;
2. drop figures that are not money: years ("2021 में"), counts and measures ("10,000 लोग",
   "৫০ জন", "২৫ লাখ কেজি"), ordinals ("10वीं"), percentages, phone numbers, bare small numbers;
3. join "X से Y", "X থেকে Y", "X to Y", "X-Y" into ranges (a multiplier written only on
   the upper figure applies to both: "15-20k", "2-3 लाख", "পনেরো থেকে আঠারো হাজার");
4. read open bounds, also after the currency word: "up to X", "X तक", "18,000 taka obdi"
   set only max; "at least X", "not less than X", "X से अधिक", "21,000 se upar", "55 hajar
   takar upore", "X+", "past X" set only min; a "less than" nobody goes under is a floor
   ("২৫০০ টাকার কম কেউ দেয় না", "nobody pays less than X");
5. keep the figure only if it is pay and not taken out of pay (a deduction word in its
   clause: "uniform ke 1500 rupaye salary se katenge", "PF-এর ১২০০ টাকা কাটা হয়"): a pay
   word is nearer to it than any distractor (फीस, rent, দাম, pension ...), or it has a
   currency and a period and the sentence has no distractor, or it is earned in a clause
   with no distractor: an earning or giving verb after it ("15 hazaar milte hain",
   "১৮ হাজার টাকা দেয়", "16,000 rupaye milenge", a digits-only sum of 1000 or more too)
   or an English one before it ("Agents get ₹15,000"), or a Bengali or Hindi one before it
   in colloquial order ("teacher রা পান সাড়ে দশ হাজার"); a pay word in the figure's own clause
   outweighs a distractor in another clause ("Hate ashe 27 hajar, karon PF kete ney"); a
   money figure with a piece rate ("हर order पर ₹10", "$5 a gig") is pay; a bare small
   figure near a pay word needs a rate after it ("Pay: 600 per shift"). Not pay: goods
   priced by a measure ("₹40 प्रति किलो"), money spent, owed, sent home or saved ("₹200 ka
   petrol lagta hai", "৩০০ টাকা জমা দিতে হয়", "5,000 rupaye ghar bhejta hoon"), a price
   idiom ("₹80,000 ki aati hai"), anything charged except a worker's hourly rate ("I
   charge $8 to $15 per hour" is pay), money spent on a named cost ("Tk 15,000 a month in
   rent"); also pay: a listing line "<job>: <figure>" ("Housekeeping Attendant: ₹14,000 –
   ₹17,000"), pay reaching a bound ("बाईस हजार तक जाता है"), a currency-and-period figure
   whose only distractor sits in a bracketed note after it ("₹16,500/month (PF कटने से
   पहले)");
   Also pay: a digits-only sum of 1000 or more with a month or week word right after it in
   a sentence with no distractor ("30,000 mahina ghar baithe"), and a sum naming its job
   ("a fourteen-thousand-rupee job", "15 हजार की नौकरी");
6. a money figure coordinated with a pay figure of like size in a sentence with no
   distractor is pay too ("Telecaller ko 12 hazaar aur team leader ko 20 hazaar milte hain"),
   and so is one that carries on from the pay of the sentence just before it in the same
   paragraph ("বেতন মাসে নয় হাজার টাকা। কলেজে পড়ালে তিরিশ হাজারের কাছাকাছি।");
7. period from the words around it (प्रति माह, per annum, মাসে, LPA, "(মাসিক)" in brackets,
   "In a good month" ...), looking back to the start of the clause ("Har mahine target
   pura karne par 2,500 se 4,000 rupaye") or to a pay noun that carries one ("The monthly
   stipend offered to residents is ₹65,000"); none for a piece rate ("প্রতি অর্ডারে ১৫
   টাকা"), nor for a count of periods ("3 saal mein", "15 din ke andar"); a pay figure with
   no period of its own takes the period of the nearest pay figure before it in the same
   sentence that states one, else of the nearest after it (the corpus README's rule 2:
   "₹52,000 a month, while a clerk gets ₹10,000"), never that of a rent, an EMI or an
   add-on, nor a yearly CTC's for a monthly in-hand; currency "টাকা" resolved to INR or BDT
   from the document's places and signs (``currency_inferred``);
8. no period is carried over from another sentence ("Salary 15,000 rupees. Yeh har mahine
   milti hai." keeps none; nor does a raise stated after a monthly wage): the corpus
   convention takes the period from the figure's own sentence only;
9. add-ons on top of a pay are no pay: a figure named by an allowance, a bonus, an
   incentive, a meal card or an extra per order ("the ₹1,800 monthly meal card", "হাজিরা
   বোনাস ৮০০ টাকা", "हर order पर ₹10 extra") is dropped when the article states a pay it
   comes on top of; alone it is the pay itself, and so is a trainee's allowance or an
   overtime rate.

The fact's text runs from the first to the last figure with their currency words, plus a
bound word that sets the only bound ("40,000 रुपये से अधिक", "up to ₹20,000",
"25 hazaar rupaye tak"). A floor denied a word or two later is a ceiling ("15k er beshi dey
na", "से ज्यादा नहीं देतीं"), and a bound may carry the Bengali emphatic "-ও" ("৮০ হাজার
টাকার উপরেও").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline import lexicons
from pipeline.extract.document import Candidate, DocView, Unit
from pipeline.extract.numbers import Amount, finder
from pipeline.extract.view import (
    AFTER_WORDS,
    BN_SUFFIXES,
    RIGHT_EDGE,
    WORD,
    FormMatch,
    FormMatcher,
    alternation,
    fold,
    form_key,
)

_CLAUSE_BREAK = re.compile(r"[,;।॥!?\n()|]")  # not ":" ("CTC: 3 lakh")
_WINDOW = 32
_HEAD_WINDOW = 60  # a period may open the figure's clause from this far back
_BARE_NEAR = 20  # a digits-only figure needs a pay word this close ("stipend 8000")
_HEADING = 60  # a unit this short is taken for a heading ("बैक ऑफिस की सैलरी :")
_IMPLAUSIBLE = 1e8  # ten crore: no figure this large in a career article is one person's pay
_CONJUNCTION = re.compile(
    r"\s(?:aur|और|and|but|while|whereas|lekin|लेकिन|magar|मगर|আর|এবং|কিন্তু|তবে|ebong|kintu|"
    r"tobe|ar)\s",
    re.I,
)
# "has been raised from ₹3,500 to ₹5,000": a change of pay, two figures and no range
_FROM = re.compile(r"(?<![\w])from\s*$", re.I)
_CHANGE = re.compile(
    r"(?<![\w])(?:rais|increas|hik|revis|doubl|cut|reduc|lower|jump|rose|went\s+up|grew|badh)\w*",
    re.I,
)
_ELAPSED_BEFORE = re.compile(r"(?<![\w])(?:after|in|within|for|than|over|of)\s+$", re.I)
# "3 saal mein", "two months": a small count right before a bare period noun is time
# passing (not "50 per day", "₹20,000 a month": a rate word opens those forms)
_COUNT_BEFORE = re.compile(
    r"(?<![\w,.₹$৳])(?:[2-9]|[1-9]\d|two|three|four|five|six|do|teen|char|paanch|chhe|दो|तीन|"
    r"चार|पांच|छह|দুই|তিন|চার|পাঁচ|ছয়|dui|tin|pach)\s+$",
    re.I,
)
_RATE_WORD = re.compile(r"(?:per|a|an|prati|proti|every|each|har|प्रति|প্রতি|हर)\b|/", re.I)
_ELAPSED_AFTER = re.compile(
    r"\s*(?:later|ago|baad|bad|pore|por|पहले|बाद|পরে|আগে|andar|ander|bhitar|अंदर|भीतर|মধ্যে|"
    r"moddhe|within)(?![\w])",
    re.I,
)
_RATES = {"rate", "rates", "রেট", "दर"}  # distractor forms that name an hourly wage too
_ONE_WORD = re.compile(r"[^\s,;।|()]+(?=\s)")
_BRACKET = re.compile(r"\s*\(\s*([^()]{1,20}?)\s*\)")
_LIKE_SIZE = 4  # a pay reading is shared only between figures this close in size
_SHARE_SIZE = 8  # and a period (a month's pay is ~12 times smaller than a year's)
# a rate after a figure: "per shift", "/visit", "प्रति ऑर्डर", "প্রতি ভিজিটে", "har order par"
_RATE = re.compile(
    r"(?:per|prati|proti|प्रति|প্রতি|/)\s*(?!cent\b|percent\b)[^\s,;।|]+|har\s+\S+\s+(?:par|pe)\b",
    re.I,
)

# "15k er beshi dey na", "25 hazaar se zyada nahi milta", "৩০ হাজারের বেশি কেউ দেয় না": a
# floor denied a word or two later is a ceiling (the negated bound itself, "से कम नहीं",
# is already a floor in the lexicon)
_NEGATOR = r"(?:না|নয|na|noy|नहीं|नही|nahi|nahin|nhi)"  # folded: "নয়" is "নয" in the view
_DENIED = re.compile(
    rf"(?:\s+[^\s,;।|()!?.]+){{0,2}}?\s+{_NEGATOR}(?![{WORD}])(?!\s*\?)",  # not "hai na?"
    re.I,
)
_NEGATION = re.compile(rf"(?<![{WORD}]){_NEGATOR}(?![{WORD}])", re.I)
# ... and so a ceiling denied is a floor ("২৫০০ টাকার কম কেউ দেয় না", "15 हजार से कम कोई नहीं
# देता", "nobody pays less than ₹9,000"): only a "less than" ceiling, not "up to" ("20 hazaar tak
# nahi milta" still caps the pay)
_LESS = re.compile(r"কম|kom|कम|kam|less|below|under", re.I)
_NO_ONE = re.compile(
    r"(?<![\w])(?:(?:nobody|no-one|no\s+one|none|never)\s+(?:\w+\s+){0,4}|"
    r"no\s+\w+\s+(?:pays?|offers?|gives?|will\s+(?:pay|offer|give))\s+(?:\w+\s+){0,3})$",
    re.I,
)  # "No agency pays a nurse less than ₹25,000" (not "with no degree, less than ₹10,000")
# "a PhD can push that past 15 LPA", "beyond ₹40,000": pay that passes a figure, a floor
_PAST = re.compile(r"(?<![\w])(?:past|beyond)\s*$", re.I)

_HEDGE = re.compile(r"(?:about|around|only|just|roughly|nearly|almost)", re.I)
# "Coaching institutes में teachers को ₹1,200 मिलते हैं", "coaching centre-এ পড়িয়ে": a
# coaching word naming the workplace, not a fee
_WORKPLACE_AFTER = re.compile(
    r"\s*(?:institutes?|institutions?|centres?|centers?|सेंटर|संस्थान|संस्थानों|इंस्टीट्यूट|"
    r"সেন্টার|সেন্টারে|প্রতিষ্ঠান|প্রতিষ্ঠানে)(?![\w\u0900-\u09ff])",
    re.I,
)
# a listing line "Housekeeping Attendant: ₹14,000 – ₹17,000", "Merchandisers: around 28k":
# the figure opens the text after the colon, perhaps after a hedge word
_AFTER_COLON = re.compile(
    r":\s*(?:(?:about|around|approx\.?|approximately|roughly|nearly|upto|up to|at least|"
    r"min\.?|max\.?|lagbhag|karib|kareeb|लगभग|करीब|क़रीब|প্রায়|prae|pray|mota(?:mu|mut)ti|"
    r"মোটামুটি)\s*)?$",
    re.I,
)
# a listing line "Telecaller – fixed 12k", "Gym trainer — certification ke saath 18,000 se
# upar": a dash after the job, then at most three short words with no figure or clause break
_AFTER_DASH = re.compile(r"\s[–—-]\s+(?:[^\W\d]+\s+){0,3}$")
# benefits that come with the pay: "PF ও ESI সহ", "PF aur ESI ke saath", "PF सहित",
# "including PF", "plus ESI"; the word may follow a second benefit joined by "and"
_INCLUDED_AFTER = re.compile(
    r"(?:\s*(?:ও|আর|ar|o|aur|और|and|&|/|,)\s*[A-Za-z]{2,5})?\s*(?:-?সহ|সমেত|ke\s+saath|ke\s+sath|"
    r"के\s+साथ|सहित|included|shoho|soho)(?![\w])",
    re.I,
)
_INCLUDED_BEFORE = re.compile(
    r"(?<![\w])(?:including|incl\.?|plus|with|\+|সহ|सहित)\s*(?:[A-Za-z]{2,5}\s*(?:,|and|&|/)\s*)?$",
    re.I,
)
# Add-ons on top of a pay are no salary facts (the corpus README, "What counts as pay"):
# allowances, bonuses, incentives, extras, meal cards, reimbursements, perks, when the
# article states the pay they come on top of (``extract``). A figure is the
# add-on's when the add-on noun names it: right after it, perhaps past a period or another
# word ("the ₹1,800 monthly meal card", "alada 2,000 taka allowance", "2,500 se 4,000 rupaye
# tak incentive"), or right before it ("হাজিরা বোনাস ৮০০ টাকা", "a joining bonus of ₹10,000").
# A gross counted with its add-ons ("DA, HRA मिलाकर ₹46,000", "with allowances, draws
# ₹52,000") and a pay joined to one ("12k se 16k + incentive") stay pay. The add-on words
# are `add_ons` in salary.yaml.
# the words that join a pay to an add-on or count the add-on into a gross
_JOINED = re.compile(
    fold(
        r"(?<![\w])(?:plus|with|and|or|aur|और|या|ও|আর|ar|ba|বা|sathe|সঙ্গে|saath|साथ|including|"
        r"included|मिलाकर|milakar|mila\s+kar|milake|जोड़कर|जोड़\s+के|jodkar|jod\s+kar|jod\s+ke|"
        r"jodke|जोड़ने|jodne|মিলিয়ে|miliye|যোগ|jog|सहित|समेत|সহ|সমেত|shoho|soho)(?![\w])"
    ),
    re.I,
)
_STIPEND_OR_OVERTIME = re.compile(
    fold(
        r"(?<![\w])(?:training|trainees?|apprentices?|apprenticeship|interns?|internship|"
        r"प्रशिक्षण|ट्रेनिंग|ट्रेनी|अप्रेंटिस|प्रशिक्षु|প্রশিক্ষণ\w*|ট্রেনিং|শিক্ষানবিশ\w*|prashikshan|"
        r"proshikkhon|overtime|(?-i:OT)|ओवरटाइम|ওভারটাইম)(?![\w])"
    ),
    re.I,
)
_OPENING_PERIOD = re.compile(r"\s*([^,;।|()\d]{2,20}?)\s*,")
_JOINED_AFTER_PAY = re.compile(r"^[^\d]*(?:\+|plus|and|aur|और|ও|আর|ar|with)\s*$", re.I)
_ADD_ON_GAP = re.compile(r"[^\d,;।|()+&/]{0,24}")  # no figure or clause break in between
_ADD_ON_BEFORE = re.compile(  # "bonus of ₹10,000", "bonus: ₹5,000", "ভাতা ৮০০ টাকা"
    r"\s*(?:of|:|-|–|=|worth|ka|का|की|ki|er|এর)?\s*(?:[^\s\d,;।|()+&/]+\s+){0,1}"
)
# a period said of every figure before it: ", both monthly", ", dono mahine ke", ", দুটোই মাসে"
_BOTH = re.compile(
    r"[,;]\s*(?:both|all|each|all\s+of\s+them|dono|donon|दोनों|दोनो|সবই|দুটোই|দুটোই|sob(?:i|ই)?|"
    r"duto(?:i)?)\s+(?:are\s+|hi\s+|ही\s+)?(?=\S)",
    re.I,
)
# money spent on something named right after it: "Tk 15,000 a month in rent",
# "₹3,000 on food", "৳2,000 for the hostel"
_SPENT_ON = re.compile(
    r"[^,;।|()]*?(?<![\w])(?:in|on|for|towards|as)\s+(?:the\s+|a\s+|his\s+|"
    r"her\s+|their\s+)?$",
    re.I,
)
# "यही आंकड़ा बाईस हजार तक जाता है", "6 LPA porjonto othe": a figure the pay reaches
_REACH = re.compile(
    # "के पार चली जाती है"; "dine 750 porjonto hoye jay", "25 hazaar tak ho jaati hai": becomes
    fold(
        r"\s*(?:(?:चली|चला|चले|chali|chala|chale|हो|ho|hoye|hoe|হয়ে)\s+)?"
        r"(?:जाता|जाती|जाते|पहुंच\w*|पहुँच\w*|jaata|jata|jaati|jati|jaate|jate|pahunch\w*|"
        r"যায়|যায়|ওঠে|পৌঁছায়|jay|jai|othe|uthe|pouchay)(?![\w])"
    ),
    re.I,
)
# "এক বছর পর তা ১৪ হাজার টাকায় পৌঁছয়", "salary 20 hazaar par pahunch jaati hai": the pay
# arrives at a single figure
_REACH_AT = re.compile(
    r"(?:য়|য়|য)?\s*(?:(?:पर|par|e|এ)\s+)?(?:পৌঁছ|পৌছ|pouch|pounch|पहुंच|पहुँच|pahunch|pahuch)"
    r"[\u0980-\u09ff\u0900-\u097fA-Za-z]*",
    re.I,
)
# a distractor the figure is net of: "$2,000 after platform fees", "ফি বাদ দিয়ে ১২ হাজার"
_NET_OF_BEFORE = re.compile(
    r"(?<![\w])(?:after|net\s+of|minus|less)\s+(?:[A-Za-z-]+\s+){0,2}$", re.I
)
# (a cost noun may follow the thing it is the cost of: "তেলের খরচ বাদ দিয়ে", "petrol ka
# kharcha kaat kar")
_NET_OF_AFTER = re.compile(
    r"\s*(?:-?এর\s+|er\s+|ke\s+|के\s+|ka\s+|का\s+)?"
    r"(?:(?:খরচ|খরচা|khoroch|khorocha|kharcha|kharch|खर्च|खर्चा|cost|costs)\s+)?"
    # দিয়ে in any of its forms, the folded view's (no nukta) included
    r"(?:বাদে|বাদ\s+দি[\u09af\u09df]\u09bc?\u09c7|bad\s+diye|baad|बाद|"
    r"kaat\s*kar|katkar|काटकर|काट\s+कर|"
    # cut and then: "PF কাটার পর", "PF कटने के बाद", "tax katne ke baad"
    r"(?:কাটা|কাটার|কেটে|kata|katar|kete|कटने|काटने|katne|kaatne)\s+(?:ke\s+|के\s+)?"
    rf"{AFTER_WORDS})(?![\w])",
    re.I,
)
# a deduction already made: "कटौती के बाद", "katne ke baad", "PF কাটার পর", "tax kete neyar por"
_NETTED = re.compile(
    rf"\s*(?:\S+\s+)?(?:ke\s+|के\s+|er\s+|-?এর\s+)?{AFTER_WORDS}"
    r"(?![\w\u0980-\u09ff])",
    re.I,
)
# a cost named right after the figure: "a Tk 1,500 joining fee", "₹500 का registration fee"
# (at most one word between; not a joining word that starts another item, nor a postposition
# that makes the figure a base for the cost: "9 LPA pe PF aur tax katke")
_NAMED_BY = re.compile(
    r"\s*(?:(?!(?:plus|and|or|aur|और|या|ও|আর|ba|with|pe|par|पर|पे|on|se|से|from|after|me|mein|"
    r"में|in|theke|থেকে)\s)[\w-]+\s+)?",
    re.I,
)
# "BDT 18,000 plus daily conveyance", "₹15,000 with monthly incentives": a period word after
# one of these is said of the next item, not of the figure
_NEXT_ITEM = re.compile(r"\s(?:plus|with|along\s+with)\s|\s\+\s", re.I)
# a distractor in a clause set against the figure's: "900 rupaye roz, lekin petrol apni jeb se"
_CONTRAST = re.compile(
    r"[,;]?\s(?:but|though|although|lekin|लेकिन|magar|मगर|par|পর|কিন্তু|তবে|kintu|tobe)\s"
    r"|[,;]\s*पर\s",  # "₹X प्रति माह का offer, पर उसकी fee ...": "पर" as "but" after a comma
    re.I,
)
_REACH_END = re.compile(r"(?:যা[\u09af\u09df]\u09bc?|jay|jai)\s*$", re.I)  # "ছাড়িয়ে যায়"
# a piece rate written before the figure: "हर order पर ₹10", "প্রতি অর্ডারে ১৫ টাকা",
# "per delivery ₹30" (checked against the period forms: "प्रति माह ₹15,000" is a period)
_RATE_BEFORE = re.compile(
    r"(?<![\w])(?:per|prati|proti|प्रति|প্রতি|har|हर|hor|প্রত্যেক|each|every)\s+([^\s,;।|]+)"
    r"(?:\s+(?:par|pe|पर|पे|e|te|(?:er\s+|r\s+)?jonno|(?:এর\s+|র\s+)?জন্য|ke\s+liye|के\s+लिए))?"
    r"\s*$",
    re.I,
)
# a piece rate for one piece of work: "एक शर्ट की सिलाई पर ₹14", "ek form bharne pe 20 rupaye",
# "শার্ট পিছু ১৪ টাকা", "har shirt ke peeche 12 rupaye" (group 1 is checked for a measure)
_RATE_ONE = re.compile(
    r"(?<![\w])(?:(?:एक|ek|one|a\s+single)\s+((?:[^\s,;।|]+\s+){1,3})(?:पर|पे|par|pe|for)|"
    r"([^\s,;।|]+)\s+(?:के\s+)?(?:पीछे|पिछे|peeche|piche|পিছু|pichu|pichhu))\s*$",
    re.I,
)
# "$5 a gig", "₹40 an order": a piece rate after the figure with the article
_RATE_ARTICLE = re.compile(
    r"(?:a|an|ek)\s+(?:gig|order|delivery|piece|task|project|article|visit|ride|trip|parcel|"
    r"call|page|lead|form|session|class|student|patient|job|assignment|logo|design)s?\b",
    re.I,
)
# "মাসে ১৩ হাজার টাকায় পড়াচ্ছি", "12 hazaar mein kaam karta hoon", "8000 रुपये में नौकरी कर
# रही हूं": a sum "for" which someone works is pay, not a price
_WORKED_FOR = re.compile(
    fold(
        r"\s*(?:\S+\s+){0,2}?(?:কাজ\s+কর|কাজ\s+করে|চাকরি\s+কর|পড়া(?:চ্ছি|চ্ছেন|চ্ছে|ই|ন|তাম)|"
        r"খাট(?:ি|ছি|েন)|काम\s+कर|नौकरी\s+कर|पढ़ा(?:ता|ती|ते|\s+रह)|kaam\s+kar|kam\s+kar|"
        r"naukri\s+kar|padha(?:ta|ti|te|\s+rah)|kaj\s+kor|chakri\s+kor|pora(?:i|chhi|cchi|chi))"
    ),
    re.I,
)
# a sum naming the job it pays: "a fourteen-thousand-rupee job", "15 हजार की नौकरी", "২০ হাজার
# টাকার চাকরি", "20k ki naukri"
_JOB_AFTER = re.compile(
    r"\s*-?\s*(?:की|का|ki|ka|er|-?এর|-?র)?\s*(?:jobs?|naukri|naukriyan|नौकरी|नौकरियां|चाकरी|"
    r"চাকরি|চাকরির|chakri|chakuri|chakrir)(?![\w\u0900-\u09ff])",
    re.I,
)
# goods priced by a measure are not pay: "₹40 प्रति किलो", "৳120 per kg"
_MEASURE = re.compile(
    r"(?:kg|kilo|किलो|कि\.?ग्रा|কেজি|কিলো|litre|liter|लीटर|লিটার|quintal|क्विंटल|gram|ग्राम|"
    r"গ্রাম|ton|tonne|टन|sq|square|वर्ग|বর্গ|metre|meter|मीटर|মিটার|unit|यूनिट|ইউনিট|share|"
    r"शेयर|শেয়ার|gb|plate|प्लेट|packet|पैकेट)",
    re.I,
)


@dataclass
class Money:
    start: int
    end: int
    value: float
    amount: Amount
    currency: str | None  # code as written (TAKA for the ambiguous taka)


@dataclass
class Reading:
    """One candidate salary: a figure or a range, with its bounds."""

    start: int
    end: int
    low: Money
    high: Money
    min: float | None
    max: float | None
    currency: str | None


class SalaryExtractor:
    def __init__(self) -> None:
        base, sal = lexicons.base(), lexicons.salary()
        self.currency = FormMatcher({f: c.code for c in base.currencies for f in c.forms})
        # no Bengali endings here: "বছরে" is "a year", "বছরের" is "of years"
        near = {f: p for p, pf in base.periods.items() for f in pf.near}
        adjacent = {f: p for p, pf in base.periods.items() for f in pf.adjacent}
        self.period_near = FormMatcher(near, bengali_endings=False)
        self.period_adjacent = FormMatcher(adjacent, bengali_endings=False)
        self.pay = FormMatcher({f: "pay" for f in sal.pay_cues})
        self.price = re.compile(rf"\s*(?:{alternation(sal.price_markers)}){RIGHT_EDGE}", re.I)
        self.earn = re.compile(
            rf"(?P<price>\s*(?:{alternation(sal.price_markers)}))?\s*(?:\S+\s+){{0,2}}?"
            rf"(?:{alternation(sal.earn_verbs)}){RIGHT_EDGE}",
            re.I,
        )
        self.earn_direct = re.compile(
            rf"(?P<price>\s*(?:{alternation(sal.price_markers)}))?\s*"
            rf"(?:{alternation(sal.earn_verbs)}){RIGHT_EDGE}",
            re.I,
        )
        self.spend = re.compile(
            rf"\s*(?:[^\s,;।|]+\s+){{0,3}}?(?P<verb>{alternation(sal.spend_after)}){RIGHT_EDGE}",
            re.I,
        )
        self.earn_any = re.compile(
            rf"(?<![{WORD}])(?:{alternation(sal.earn_verbs)}){RIGHT_EDGE}", re.I
        )
        self.distractor = FormMatcher({f: "distractor" for f in sal.distractors})
        self.deduction = FormMatcher({f: "deduction" for f in sal.deductions})
        self.add_ons = FormMatcher({f: "add_on" for f in sal.add_ons}, exact={"DA", "TA", "HRA"})
        self.price_before = re.compile(
            rf"(?<![{WORD}])(?:{alternation(sal.price_before)})\s+(?:[^\s,;।|]+\s+){{0,2}}$", re.I
        )
        self.earn_before = re.compile(
            rf"(?<![{WORD}])(?:{alternation(sal.earn_before)})\s+(?:[^\s,;।|]+\s+){{0,3}}$", re.I
        )
        self.country = FormMatcher({f: c for c, forms in sal.country_cues.items() for f in forms})
        gaz = lexicons.gazetteer()
        places = [p for p in gaz.locations + gaz.organizations if p.country]
        self.places = FormMatcher(
            {f: p.country for p in places for f in p.forms + p.exact},
            exact={f for p in places for f in p.exact},
        )
        roles = lexicons.named("role")
        self.roles = FormMatcher(roles.forms(), exact=roles.exact())
        self.taka_default = sal.taka_default
        b = base.bounds
        self.connector = re.compile(rf"\s*(?:{alternation(base.range_connectors)})\s*", re.I)
        bw = base.between
        self.and_connector = re.compile(rf"\s*(?:{alternation(bw.connectors)})\s*", re.I)
        self.between_before = re.compile(rf"(?:{alternation(bw.before)})\s*$", re.I)
        self.between_after = re.compile(rf"\s*(?:{alternation(bw.after)}){RIGHT_EDGE}", re.I)
        self.max_before = re.compile(rf"(?<![{WORD}])(?:{alternation(b.max_before)})\s*$", re.I)
        self.min_before = re.compile(rf"(?<![{WORD}])(?:{alternation(b.min_before)})\s*$", re.I)
        # a bound may carry the Bengali emphatic "-ও": "৮০ হাজার টাকার উপরেও", "২০ হাজার পর্যন্তও"
        self.max_after = re.compile(rf"\s*-?(?:{alternation(b.max_after)})(?:ও)?{RIGHT_EDGE}", re.I)
        self.min_after = re.compile(rf"\s*-?(?:{alternation(b.min_after)})(?:ও)?{RIGHT_EDGE}", re.I)
        ending = rf"(?:-?(?:{'|'.join(BN_SUFFIXES)}))?"
        self.count_after = re.compile(
            rf"\s*(?:{alternation(base.count_nouns)}){ending}{RIGHT_EDGE}", re.I
        )
        # after "3 lakh" a year word is the period ("3 lakh saal ka"), not a count of years
        period_forms = {form_key(f) for pf in base.periods.values() for f in pf.near + pf.adjacent}
        counts = [f for f in base.count_nouns if form_key(f) not in period_forms]
        self.count_after_multiplied = re.compile(
            rf"\s*(?:{alternation(counts)}){ending}{RIGHT_EDGE}", re.I
        )

    # -- document level --------------------------------------------------------------

    def _votes(self, text: str, unit: Unit) -> dict[str, int]:
        """Country cues and places of India and Bangladesh named in one unit."""
        votes = {"IN": 0, "BD": 0}
        for m in self.country.finditer(text, unit.start, unit.end):
            votes[m.key] += 1
        for m in self.places.finditer(text, unit.start, unit.end):
            votes[m.key] += 1
        return votes

    def _taka_currency(self, dv: DocView) -> tuple[str, dict[str, int]]:
        """INR or BDT for a bare "টাকা": whichever country the document points to."""
        votes = {"IN": 0, "BD": 0}
        for u in dv.live_units():
            for key, n in self._votes(dv.text, u).items():
                votes[key] += n
        if votes["IN"] == votes["BD"]:
            return self.taka_default, votes
        return ("INR" if votes["IN"] > votes["BD"] else "BDT"), votes

    def _local_takas(self, dv: DocView, taka: str) -> dict[int, str]:
        """The reading of "টাকা" for each unit (by its start): the one country named in the
        unit, else in its paragraph, else the document's (a Kolkata reply in a thread about
        Dhaka: "উত্তর ৩ (কলকাতা): সপ্তাহে ৪,৫০০ টাকা" is in rupees)."""
        units = dv.live_units()
        own = {u.start: self._votes(dv.text, u) for u in units}
        paragraphs: dict[int, dict[str, int]] = {}
        for u in units:
            p = paragraphs.setdefault(u.paragraph, {"IN": 0, "BD": 0})
            for key, n in own[u.start].items():
                p[key] += n
        out = {}
        for u in units:
            out[u.start] = taka
            for votes in (own[u.start], paragraphs[u.paragraph]):
                if bool(votes["IN"]) != bool(votes["BD"]):
                    out[u.start] = "INR" if votes["IN"] else "BDT"
                    break
        return out

    def extract(self, dv: DocView) -> list[Candidate]:
        taka, votes = self._taka_currency(dv)
        # a figure with no currency ("around 28k") is in taka in a Bengali article that
        # points to Bangladesh, or in any article whose signs point there clearly
        bengali = bool(dv.doc.language) and dv.doc.language.get("primary") == "bn"
        clearly_bd = votes["BD"] >= 2 and votes["IN"] == 0
        plain_default = "BDT" if taka == "BDT" and (bengali or clearly_bd) else "INR"
        takas = self._local_takas(dv, taka)
        out: list[Candidate] = []
        last_role: dict[int, str] = {}
        heading_role: str | None = None  # role named in a short heading line ...
        heading_paragraph = -1  # ... applies to the paragraph after it
        before: tuple[int, list[Candidate]] = (-1, [])  # the previous unit's pay figures
        for unit in dv.live_units():
            if unit.paragraph != heading_paragraph:
                heading_role = None
            roles = self.roles.find_all(dv.text, unit.start, unit.end)
            previous = before[1] if before[0] == unit.paragraph else []
            found = self._unit_salaries(
                dv.text, unit, takas[unit.start], plain_default, roles, previous
            )
            if found or any(_sum_like(r) for r in self._readings(dv.text, unit)):
                # a sentence with no money figure in between ("এটাই market rate।", a list
                # number "2.") does not break a run of pay lines
                before = (unit.paragraph, found)
            for cand in found:
                if cand.fields.get("role") is None:
                    # the job named earlier in the paragraph, or in the heading above it
                    cand.fields["role"] = last_role.get(unit.paragraph, heading_role)
                out.append(cand)
            if roles:
                last_role[unit.paragraph] = roles[-1].key
            if roles and unit.end - unit.start <= _HEADING:
                heading_role, heading_paragraph = roles[-1].key, unit.paragraph + 1
        # an add-on is no pay when the article states a pay it comes on top of; alone, it is
        # the pay itself ("প্রশিক্ষণের সময় মাসিক ভাতা ৭,৭০০ টাকা": a trainee's only stipend)
        on_top = any(not c.fields.get("add_on") for c in out)
        return [c for c in out if not (c.fields.pop("add_on", False) and on_top)]

    def _unit_salaries(
        self,
        text: str,
        unit: Unit,
        taka: str,
        plain_default: str,
        roles: list[FormMatch],
        previous: Sequence[Candidate] = (),
    ) -> list[Candidate]:
        """The pay figures of one sentence unit.

        Each reading is judged on its own (step 5); then a money figure coordinated with a
        judged pay figure ("Telecaller ko 12 hazaar aur team leader ko 20 hazaar milte hain")
        is pay too when the sentence names no distractor, and so is a money figure that
        carries on from the pay figures of the sentence just before it in the paragraph
        (``previous``: "शुरुआत 16 हजार से होती है। तीन साल बाद यह पच्चीस हजार के पार चली जाती
        है।"); last, a figure with no period of its own takes one from the nearest pay figure
        of like size (never from a rent or fee).
        """
        readings = self._readings(text, unit)
        periods = [
            r.low.amount.period
            or r.high.amount.period
            or self._period(
                text,
                unit,
                r,
                readings[i - 1].end if i else unit.start,
                max((o.end for o in readings[:i] if _sum_like(o)), default=unit.start),
            )
            for i, r in enumerate(readings)
        ]
        cands: list[Candidate | None] = [
            self._judge(
                text,
                unit,
                r,
                period,
                _nearest_period(r, readings, periods),
                taka,
                plain_default,
            )
            for r, period in zip(readings, periods, strict=True)
        ]
        if any(cands) and not self._distractors(text, unit):
            kept = [r for r, c in zip(readings, cands, strict=True) if c is not None]
            for i, r in enumerate(readings):
                if cands[i] is not None or not _sum_like(r):
                    continue
                if self._deducted(text, unit, r) or not any(_same_size(r, k) for k in kept):
                    continue
                if self._per_measure(text, unit, r) or self._spent(text, unit, r):
                    continue
                cands[i] = self._candidate(r, periods[i], None, taka, plain_default, 0.7)
        if previous and not self._distractors(text, unit):
            for i, r in enumerate(readings):
                if cands[i] is None and self._carried_on(text, unit, r, previous):
                    cands[i] = self._candidate(r, periods[i], None, taka, plain_default, 0.6)
        add_ons = [
            c is not None and self._add_on(text, unit, r)
            for r, c in zip(readings, cands, strict=True)
        ]
        kept_periods = [  # an add-on lends no period ("plus daily conveyance of Tk 250")
            p if c is not None and not add_on else None
            for p, c, add_on in zip(periods, cands, add_ons, strict=True)
        ]
        out = []
        for r, own, cand, add_on in zip(readings, periods, cands, add_ons, strict=True):
            if cand is None:
                continue
            shared = None
            if not own and not self._piece_rate(text, unit, r):
                shared = _shared_period(r, readings, kept_periods)
            cand.fields["period"] = own or shared
            cand.fields["role"] = _nearest_role(text, roles, r)
            if add_on:
                cand.fields["add_on"] = True  # dropped later if the article states a pay
            cand.fields.pop("period_shared", None)
            if shared:
                cand.fields["period_shared"] = True
            out.append(cand)
        return out

    # -- figures ---------------------------------------------------------------------

    def _money(self, text: str, unit: Unit) -> list[Money]:
        curs = self.currency.find_all(text, unit.start, unit.end)
        out: list[Money] = []
        for a in finder().find(text, unit.start, unit.end):
            start, end, code = a.start, a.end, None
            before = [c for c in curs if c.end <= a.start and not text[c.end : a.start].strip()]
            after = [c for c in curs if c.start >= a.end and _currency_gap(text, a, c)]
            if before and a.start - before[-1].end <= 2:
                if not (a.has_digits or a.multiplier or after):
                    continue  # "১৫ হাজার টাকা নয়": a small number word after the sum
                start, code = before[-1].start, before[-1].key
            if after and after[0].start - a.end <= 2:
                end, code = after[0].end, code or after[0].key
            if self._not_money(text, a, code, unit) or (a.bare and code is None):
                continue
            out.append(Money(start, end, a.value, a, code))
        return out

    def _not_money(self, text: str, a: Amount, code: str | None, unit: Unit) -> bool:
        """Years, counts, ordinals, percentages, phone numbers: figures that are not money."""
        nxt = text[a.end : a.end + 1]
        if a.value <= 0 or a.value >= _IMPLAUSIBLE:
            return True  # "1,800 crore" is a market, not a wage
        if code is None and a.multiplier is None:
            if nxt and re.match(rf"[{WORD}]", nxt):
                return True  # "10वीं", "১১,৭৬৫টি", "10th"
            if re.match(r"\s*(?:%|\+\d|-\d+-\d)", text[a.end : a.end + 12]):
                return True  # "50%", "10+2", "1800-208-9898"
            if re.fullmatch(r"(?:19|20)\d\d", a.digits):
                return True  # a year
            if len(a.digits) >= 8 and "," not in a.digits:
                return True  # a phone number
            if re.fullmatch(r"\d{3,6}", a.digits) and (
                re.match(r" \d{3,6}(?!\d)", text[a.end : a.end + 8])
                or re.search(r"(?<!\d)\d{3,6} $", text[max(0, a.start - 8) : a.start])
            ):
                return True  # a phone number in groups: "98270 41536"
        if code is None:
            counts = self.count_after_multiplied if a.multiplier else self.count_after
            if counts.match(text, a.end, unit.end):
                return True  # "10,000 लोग", "২৫ লাখ কেজি", "50 हजार टन"
            if self._counted_past_bound(text, a, unit, counts):
                return True  # "65 हज़ार से ज़्यादा teacher posts", "10,000 से अधिक पद"
        if re.search(r"\d-\d+-$", text[max(0, a.start - 12) : a.start]):
            return True  # the last part of "1800-208-9898"
        return False

    def _counted_past_bound(self, text: str, a: Amount, unit: Unit, counts: re.Pattern) -> bool:
        """A count noun after an open bound, perhaps after one word naming what is counted:
        "10,000 से अधिक पद", "65 हज़ार से ज़्यादा teacher posts", "২ হাজারের বেশি নার্সের পদ"
        (not a period word: "20 हजार महीना से ज्यादा")."""
        bound = self.min_after.match(text, a.end, unit.end) or self.max_after.match(
            text, a.end, unit.end
        )
        if bound is None:
            return False
        at = _skip_space(text, bound.end())
        if counts.match(text, at, unit.end):
            return True
        word = _ONE_WORD.match(text, at, unit.end)
        return bool(
            word
            and self._period_at(text, at, unit.end) is None
            and counts.match(text, word.end(), unit.end)
        )

    def _readings(self, text: str, unit: Unit) -> list[Reading]:
        money = self._money(text, unit)
        out: list[Reading] = []
        i = 0
        while i < len(money):
            m1 = money[i]
            m2 = money[i + 1] if i + 1 < len(money) else None
            if m2 is not None and self._joined(text, unit, m1, m2):
                low = m1.value
                mult = m2.amount.multiplier
                if m1.amount.multiplier is None and mult and low * mult <= m2.value:
                    low *= mult  # "15-20k", "2-3 लाख"
                if low < m2.value and not re.match(r"-\d", text[m2.end : m2.end + 2]):
                    out.append(
                        Reading(m1.start, m2.end, m1, m2, low, m2.value, m1.currency or m2.currency)
                    )
                    i += 2
                    continue
            out.append(self._bounded(text, unit, m1))
            i += 1
        return out

    def _joined(self, text: str, unit: Unit, m1: Money, m2: Money) -> bool:
        """Two figures form one range: "X से Y", "X-Y", or "between X and Y" (but not
        "raised from X to Y": an old and a new figure)."""
        if self.connector.fullmatch(text, m1.end, m2.start) or self._joined_past_periods(
            text, m1, m2
        ):
            head = text[max(unit.start, m1.start - 12) : m1.start]
            return not (_FROM.search(head) and _CHANGE.search(text, unit.start, unit.end))
        if not self.and_connector.fullmatch(text, m1.end, m2.start):
            return False
        head = text[max(unit.start, m1.start - 20) : m1.start]
        return bool(self.between_before.search(head) or self.between_after.match(text, m2.end))

    def _joined_past_periods(self, text: str, m1: Money, m2: Money) -> bool:
        """ "15,000 रुपये प्रति माह से 20,000 रुपये प्रति माह", "মাসে ১৫ হাজার টাকা থেকে মাসে
        ২০ হাজার টাকা": a range whose figures each carry the period."""
        at, skipped = _skip_space(text, m1.end), False
        if (p := self._period_at(text, at, m2.start)) is not None:
            at, skipped = p, True
        c = self.connector.match(text, at, m2.start)
        if not c:
            return False
        at = _skip_space(text, c.end())
        if (p := self._period_at(text, at, m2.start)) is not None:
            at, skipped = _skip_space(text, p), True
        return skipped and at == m2.start

    def _period_right_after(self, text: str, unit: Unit, r: Reading) -> str | None:
        """The period word written right after the figure ("30,000 mahina"), if any."""
        at = _skip_space(text, r.end)
        for matcher in (self.period_adjacent, self.period_near):
            m = matcher.regex.match(text, at, unit.end)
            if m and m.start() == at and (key := matcher.key_of(m.group("f"))):
                return key
        return None

    def _period_at(self, text: str, at: int, end: int) -> int | None:
        """End of a period form written at ``at``, if any."""
        m = self.period_near.regex.match(text, at, end) or self.period_adjacent.regex.match(
            text, at, end
        )
        return m.end() if m else None

    def _bounded(self, text: str, unit: Unit, m: Money) -> Reading:
        r = Reading(m.start, m.end, m, m, m.value, m.value, m.currency)
        head = text[max(unit.start, m.start - _WINDOW) : m.start]
        lo_m = self.min_before.search(head) or _PAST.search(head)
        hi_m = self.max_before.search(head)
        if hi_m and lo_m and lo_m.start() < hi_m.start():
            hi_m = None  # the longer phrase wins: "not less than X" is a minimum
        elif hi_m:
            lo_m = None
        word = hi_m or lo_m
        if word and _NO_ONE.search(
            text, max(unit.start, m.start - 60), m.start - len(head) + word.start()
        ):
            lo_m, hi_m = hi_m, lo_m  # "nobody pays less than ₹9,000" is a floor
        if hi_m:
            r.min, r.start = None, m.start - len(head) + hi_m.start()
        elif lo_m:
            r.max, r.start = None, m.start - len(head) + lo_m.start()
        elif text[m.end : m.end + 1] == "+" and not text[m.end + 1 : m.end + 2].isdigit():
            r.max, r.end = None, m.end + 1  # "25,000+"
        else:
            # a bound may follow the period: "₹6 lakh per annum or more", "25 हजार महीना तक"
            at = m.end
            period = self.period_near.regex.match(text, _skip_space(text, at), unit.end)
            period = period or self.period_adjacent.regex.match(
                text, _skip_space(text, at), unit.end
            )
            if period:
                at = period.end()
            if (am := self.min_after.match(text, at, unit.end)) and not _extra(text, am):
                r.max = None
                if _denied(text, am, unit.end):  # "15k er beshi dey na": a ceiling
                    r.min, r.max = None, m.value
                if at == m.end:
                    r.end = am.end()
            elif am := self.max_after.match(text, at, unit.end):
                r.min = None
                if _LESS.search(am.group(0)) and _denied(text, am, unit.end):
                    r.min, r.max = m.value, None  # "২৫০০ টাকার কম কেউ দেয় না": a floor
                if at == m.end:
                    r.end = am.end()  # "18,000 taka obdi", "৩.৮ LPA পর্যন্ত"
        return r

    # -- is it pay? ------------------------------------------------------------------

    def _judge(
        self,
        text: str,
        unit: Unit,
        r: Reading,
        period: str | None,
        shared: str | None,
        taka: str,
        plain_default: str,
    ) -> Candidate | None:
        confidence = self._pay_confidence(text, unit, r, period or shared, own=period)
        if confidence is None:
            return None
        return self._candidate(r, period, shared, taka, plain_default, confidence)

    def _pay_confidence(
        self, text: str, unit: Unit, r: Reading, period: str | None, own: str | None = None
    ) -> float | None:
        """How sure we are that the figure is pay (step 5), or None when it is not. ``own``
        is the period written for the figure itself (``period`` may be a neighbour's)."""
        if self._deducted(text, unit, r):
            return None  # "uniform ke 1500 rupaye salary se katenge"
        if self._per_measure(text, unit, r) or self._spent(text, unit, r):
            return None  # "आलू ₹40 प्रति किलो मिलता है", "roz ₹200 ka petrol lagta hai"
        pays = self.pay.find_all(text, unit.start, unit.end)
        distractors = [  # "cost" inside "cost to company" is pay
            d
            for d in self._distractors(text, unit)
            if not any(p.start <= d.start and d.full_end <= p.full_end for p in pays)
        ]
        if period == "hour" and r.currency:
            # "rate ghontay 6 dollar", "my hourly rate is $12": a worker's rate by the hour
            distractors = [d for d in distractors if text[d.start : d.end].lower() not in _RATES]
        if any(d.start >= r.end and _SPENT_ON.fullmatch(text, r.end, d.start) for d in distractors):
            return None  # "pays more than Tk 15,000 a month in rent"
        if any(d.start >= r.end and _NAMED_BY.fullmatch(text, r.end, d.start) for d in distractors):
            return None  # "first pay a Tk 1,500 joining fee": the sum is the fee's
        head = self._head(text, unit, r)
        if price := self.price_before.search(head):
            # "I charge $8 to $15 per hour", "bill $20 an hour": a worker's hourly rate is
            # pay; anything else charged or spent is a price ("charges companies Tk 2 lakh",
            # "spent Tk 5,000")
            verb_start = r.start - len(head) + price.start()
            others = [d for d in distractors if d.start != verb_start]
            direct = not price.group(0).split(None, 1)[1:] or _HEDGE.fullmatch(
                price.group(0).split(None, 1)[1].strip()
            )
            verb = price.group(0).lower()
            hourly = direct and period == "hour" and verb.startswith(("charg", "bill"))
            return 0.75 if hourly and r.currency and not others else None
        d_pay = min((_gap(r, c) for c in pays), default=None)
        d_dis = min((_gap(r, c) for c in distractors), default=None)
        money_like = bool(r.currency or _multiplied(r))
        bare = not money_like  # digits only: "stipend 8000", "salary 12000-18000"
        value = r.max or r.min or 0
        clean = not _in_clause(text, r, distractors)
        pay_in_clause = bool(_in_clause(text, r, pays))
        if d_pay is not None and (d_dis is None or d_pay < d_dis or (pay_in_clause and clean)):
            # a pay word in the figure's own clause outweighs a distractor in another one
            # ("Hate ashe mase 27-28 hajar, karon PF ar tax kete ney")
            # a bare number must sit right by the pay word ("stipend 8000"), else it needs
            # the evidence below (an earning verb)
            if not (
                bare and (d_pay > _BARE_NEAR or (value < 1000 and not self._rated(text, unit, r)))
            ):
                return 0.9
        # a distractor in a bracketed note after the figure does not stop it ("₹16,500/month
        # (PF + ESI कटने से पहले)"); one after a comma may start a list of costs
        unrelated = all(d.start >= r.end and "(" in text[r.end : d.start] for d in distractors)
        # so does one in a clause set against it ("900 rupaye roz tak, lekin petrol apna")
        contrasted = all(
            d.start >= r.end and _CONTRAST.search(text, r.end, d.start) for d in distractors
        )
        if money_like and period and (unrelated or contrasted) and not self._priced(text, r):
            return 0.8
        if clean and money_like and _JOB_AFTER.match(text, r.end, unit.end):
            return 0.7  # "a fourteen-thousand-rupee job", "15 हजार की नौकरी"
        if bare and value >= 1000 and not distractors and not self._priced(text, r):
            if self._period_right_after(text, unit, r) in {"month", "week"}:
                return 0.65  # "30,000 mahina ghar baithe", "12000 महीना"
        ranged = r.low is not r.high or r.min is None or r.max is None
        if pays and ranged and value >= 1000 and period and not distractors:
            return 0.75  # "Weekly payout hota hai, hafte mein 4000 se 5000 tak"
        # a bare figure with its own pay period and the earning verb right after it is a sum
        # too: "dine 750 porjonto hoye jay", "roz 600 milte hain" (not "रोज़ 600 से ज्यादा
        # patients आते हैं", a count)
        bare_rate = bare and value < 1000 and own is not None and value >= 100
        sum_like = money_like or value >= 1000 or bare_rate
        if clean and sum_like and self._earned(text, unit, r, direct=bare_rate):
            # "Coaching ki fees 20 hazaar hai, naukri mein 15 hazaar milte hain": a fee in
            # another clause does not stop a figure that is plainly earned
            return 0.75 if money_like else 0.65
        if clean and money_like and self._earned_before(text, unit, r):
            return 0.75  # "Agents get ₹15,000", "Nurses receive ₹800 per visit"
        if r.currency and not distractors and self._piece_rate(text, unit, r):
            return 0.7  # "हर order पर ₹10 extra", "প্রতি ডেলিভারিতে ৩০ টাকা"
        listed_sum = money_like or value >= 1000  # "11,000 se 15,000 per month", "9,500 + PF"
        if listed_sum and unrelated and self._listed(text, unit, r):
            return 0.7  # "Housekeeping Attendant: ₹14,000 – ₹17,000"
        return None

    def _carried_on(self, text: str, unit: Unit, r: Reading, previous: Sequence[Candidate]) -> bool:
        """ "স্কুলে বেতন সাত-আট হাজার টাকা। বি.এড থাকলে পঁচিশ হাজারের কাছাকাছি।": a money figure
        (a currency or a multiplier, or a sum of 1000 or more: "Gym trainer – certification
        ke saath 18,000 se upar") of like size to a pay figure of the sentence before, in a
        sentence with no distractor, goes on about the same pay."""
        if not _sum_like(r):
            return False
        if self._deducted(text, unit, r) or self._per_measure(text, unit, r):
            return False
        if self._spent(text, unit, r) or self._priced(text, r):
            return False
        size = r.max or r.min or 0
        return any(
            (x := c.fields.get("max") or c.fields.get("min"))
            and max(x, size) / min(x, size) <= _LIKE_SIZE
            for c in previous
        )

    def _distractors(self, text: str, unit: Unit) -> list[FormMatch]:
        """The unit's distractors, less benefits said to come with the pay ("PF ও ESI সহ",
        "PF ke saath", "including PF") and places of work ("coaching institutes में
        teachers को"): those are no cost or fee."""
        return [
            d
            for d in self.distractor.find_all(text, unit.start, unit.end)
            if not (
                _INCLUDED_AFTER.match(text, d.full_end, unit.end)
                or _INCLUDED_BEFORE.search(text, max(unit.start, d.start - 12), d.start)
                or _WORKPLACE_AFTER.match(text, d.full_end, unit.end)
                or _NET_OF_BEFORE.search(text, max(unit.start, d.start - 30), d.start)
                or _NET_OF_AFTER.match(text, d.full_end, unit.end)
            )
        ]

    def _listed(self, text: str, unit: Unit, r: Reading) -> bool:
        """A listing line "<job>: <figure>" or "<job> – <figure>": the figure opens the text
        after a colon (or a dash, perhaps after a few words: "Telecaller – fixed 12k",
        "Receptionist – shuru mein 14 hazaar") and a job is named before it in the unit."""
        colon = _AFTER_COLON.search(text, unit.start, r.start)
        if colon is None:
            colon = _AFTER_DASH.search(text, unit.start, r.start)
        if colon is None:
            return False
        return bool(self.roles.find_all(text, unit.start, colon.start()))

    def _candidate(
        self,
        r: Reading,
        period: str | None,
        shared: str | None,
        taka: str,
        plain_default: str,
        confidence: float,
    ) -> Candidate:
        currency, inferred = r.currency, False
        if currency == "TAKA":
            currency, inferred = taka, True
        elif currency is None:
            currency, inferred = plain_default, True
        if inferred:
            confidence -= 0.1
        fields: dict = {
            "min": r.min,
            "max": r.max,
            "currency": currency,
            "period": period or shared,
            "role": None,  # set by _unit_salaries
        }
        if period is None and shared is not None:
            fields["period_shared"] = True
        if inferred:
            fields["currency_inferred"] = True
        return Candidate("salary", r.start, r.end, fields, confidence)

    def _add_on(self, text: str, unit: Unit, r: Reading) -> bool:
        """The figure is an allowance's, a bonus's or an incentive's, not pay (``_ADD_ONS``).
        Not in a clause about training ("Training kale dainik 450 taka bhata": a trainee's
        allowance is the stipend) or overtime ("overtime korle ghontay 60 taka extra": pay
        for the hours worked)."""
        stipend_or_overtime = [
            FormMatch(m.start(), m.end(), "exception", m.end())
            for m in _STIPEND_OR_OVERTIME.finditer(text, unit.start, unit.end)
        ]
        if _in_clause(text, r, stipend_or_overtime):
            return False
        for m in self.add_ons.finditer(text, unit.start, unit.end):
            if m.start >= r.end:
                gap = text[r.end : m.start]
                words = gap.split()
                if len(words) <= 2 and _ADD_ON_GAP.fullmatch(gap) and not _JOINED.search(gap):
                    return True
            elif m.full_end <= r.start:
                gap = text[m.full_end : r.start]
                # "Salary plus incentive ₹18,000 tak": a total of the pay and the add-on
                head = text[max(unit.start, m.start - 24) : m.start]
                total = _JOINED_AFTER_PAY.search(head) and self.pay.find_all(head, 0, len(head))
                counted_in = total or _JOINED.match(text, _skip_space(text, m.full_end), unit.end)
                if (
                    _ADD_ON_BEFORE.fullmatch(gap)
                    and not counted_in
                    and not _NET_OF_AFTER.match(text, m.full_end, r.start)  # "commission काटकर"
                    and not _JOINED.search(gap)
                    and not self.pay.find_all(text, m.full_end, r.start)
                ):
                    return True
        return False

    def _deducted(self, text: str, unit: Unit, r: Reading) -> bool:
        """A deduction word in the figure's clause ("PF-এর ১২০০ টাকা কাটা হয়"), unless the
        figure is then earned ("PF kat ke 18,200 haath mein aate hain")."""
        found = [
            d
            for d in self.deduction.find_all(text, unit.start, unit.end)
            if not (
                _NET_OF_BEFORE.search(text, max(unit.start, d.start - 30), d.start)
                or _NETTED.match(text, d.full_end, unit.end)
            )
        ]  # "₹19,000 a month after deductions", "कटौती के बाद 70 हजार": what is left is pay
        return bool(_in_clause(text, r, found)) and not self._earned(text, unit, r)

    def _rated(self, text: str, unit: Unit, r: Reading) -> bool:
        """ "600 per shift", "80 प्रति घंटा", "500/visit": a small bare figure is a wage when
        a rate follows it (a bare "2 mahine" stays a duration)."""
        return bool(_RATE.match(text, _skip_space(text, r.end), unit.end))

    def _piece_rate(self, text: str, unit: Unit, r: Reading) -> bool:
        """Pay per order, per gig, per visit: a rate right before or after the figure that
        is not a pay period and not a measure of goods ("₹40 प्रति किलो")."""
        at = _skip_space(text, r.end)
        if self._period_at(text, at, unit.end) is None:
            rate = _RATE.match(text, at, unit.end) or _RATE_ARTICLE.match(text, at, unit.end)
            if rate and not _MEASURE.search(rate.group(0)):
                return True
        head = text[max(unit.start, r.start - 30) : r.start]
        before = _RATE_BEFORE.search(head) or _RATE_ONE.search(head)
        if before is None or _MEASURE.search(before.group(0)):
            return False
        phrase = before.group(0)
        return not (
            self.period_near.find_all(phrase, 0, len(phrase))
            or self.period_adjacent.find_all(phrase, 0, len(phrase))
        )

    def _spent(self, text: str, unit: Unit, r: Reading) -> bool:
        """ "₹200 ka petrol lagta hai", "৩০০ টাকা জমা দিতে হয়", "₹80,000 ki aati hai": a verb
        of spending, owing, sending or saving follows the figure in its clause, with no
        earning verb before it."""
        m = self.spend.match(text, r.end, unit.end)
        if not m or _CLAUSE_BREAK.search(m.group(0)):
            return False
        # an earning verb before the spending one keeps the figure pay ("18,000 milte hain
        # jo kiraye mein lag jaate hain" is earned first)
        return not self.earn_any.search(text, r.end, m.start("verb"))

    def _per_measure(self, text: str, unit: Unit, r: Reading) -> bool:
        """ "₹40 प्रति किलो", "৳120 per kg": a price by weight or measure follows the figure."""
        rate = _RATE.match(text, _skip_space(text, r.end), unit.end)
        return bool(rate and _MEASURE.search(rate.group(0)))

    def _earned_before(self, text: str, unit: Unit, r: Reading) -> bool:
        """ "Agents get ₹15,000 a month": an earning verb a few words before the figure,
        in its clause."""
        return bool(self.earn_before.search(self._head(text, unit, r)))

    def _head(self, text: str, unit: Unit, r: Reading) -> str:
        """The clause before the figure, at most 40 characters."""
        head_start = max(unit.start, r.start - 40)
        breaks = list(_CLAUSE_BREAK.finditer(text, head_start, r.start))
        head_start = breaks[-1].end() if breaks else head_start
        return text[head_start : r.start]

    def _priced(self, text: str, r: Reading) -> bool:
        """ "6000 rupaye mein ho jaata hai": a figure followed by "in/for" is a price."""
        return bool(self.price.match(text, r.end))

    def _earned(self, text: str, unit: Unit, r: Reading, direct: bool = False) -> bool:
        """ "10 se 12 hazaar milte hain": an earning verb right after the figure, perhaps
        two words later unless ``direct`` (and not the price idiom "40 हजार में मिलता है")."""
        at = r.end
        period = self.period_near.regex.match(text, _skip_space(text, at), unit.end)
        if period:
            at = period.end()
        upto = self.max_after.match(text, at, unit.end)
        bound = upto or self.min_after.match(text, at, unit.end)
        if bound:
            at = bound.end()
        if (upto or (r.min is None and r.max is not None)) and _REACH.match(text, at, unit.end):
            return True  # "बाईस हजार तक जाता है": the pay goes up to the figure
        floor_only = bool(bound and not upto) or (r.max is None and r.min is not None)
        if (
            floor_only
            and r.currency
            and (_REACH.match(text, at, unit.end) or _REACH_END.search(text, r.start, at))
        ):
            return True  # "১.২ লাখ টাকা ছাড়িয়ে যায়", "25 hazaar se upar jaati hai": it goes past
        if r.currency and _REACH_AT.match(text, at, unit.end):
            return True  # "১৪,৫০০ টাকায় পৌঁছয়": the pay arrives at the figure
        m = (self.earn_direct if direct else self.earn).match(text, at, min(unit.end, at + 30))
        if m and m.group("price") is None:
            return True
        price = self.price.match(text, at, unit.end)
        return bool(price and _WORKED_FOR.match(text, price.end(), unit.end))

    def _period(
        self, text: str, unit: Unit, r: Reading, floor: int, money_floor: int
    ) -> str | None:
        """The pay period written in the same clause, nearest after the figure first; none
        for a piece rate ("প্রতি অর্ডারে ১৫ টাকা", "$5 a gig"), whatever day words stand
        near ("বৃষ্টির দিনে"). ``floor`` ends the figure before it, ``money_floor`` the sum
        of money before it."""
        if self._piece_rate(text, unit, r):
            return None
        tail_end = min(unit.end, r.end + _WINDOW)
        brk = _CLAUSE_BREAK.search(text, r.end, tail_end) or _NEXT_ITEM.search(
            text, r.end, tail_end
        )
        tail_end = brk.start() if brk else tail_end
        bracket = _BRACKET.match(text, r.end, unit.end)
        if bracket:  # "১৫,০০০ - ২০,০০০ টাকা (মাসিক)", "₹15,000 (per month)"
            inner = self.period_near.regex.fullmatch(text, bracket.start(1), bracket.end(1))
            inner = inner or self.period_adjacent.regex.fullmatch(
                text, bracket.start(1), bracket.end(1)
            )
            if inner and (key := self.period_near.key_of(inner.group("f"))):
                return key
            if inner and (key := self.period_adjacent.key_of(inner.group("f"))):
                return key
        adj = self.period_adjacent.regex.match(text, _skip_space(text, r.end))
        if adj and adj.start() - r.end <= 2:
            key = self.period_adjacent.key_of(adj.group("f"))
            if key:
                return key
        after = [
            m for m in self.period_near.find_all(text, r.end, tail_end) if not _elapsed(text, m)
        ]
        if after:
            return after[0].key
        both = _BOTH.search(text, r.end, unit.end)
        if both:  # "Tk 14,000 and Tk 12,000, both monthly": a period said of all the figures
            tail = self.period_near.find_all(text, both.end(), min(unit.end, both.end() + 16))
            if tail and not _elapsed(text, tail[0]):
                return tail[0].key
        # before the figure, the clause back to the previous figure (but at least
        # _WINDOW characters): "Har mahine
        # target pura karne par 2,500 se 4,000 rupaye"
        head_start = max(unit.start, min(max(r.start - _HEAD_WINDOW, floor), r.start - _WINDOW))
        breaks = list(_CLAUSE_BREAK.finditer(text, head_start, r.start))
        head_start = breaks[-1].end() if breaks else head_start
        before = [
            m for m in self.period_near.find_all(text, head_start, r.start) if not _elapsed(text, m)
        ]
        if before:
            return before[-1].key
        # a period said alone before a comma that opens the sentence: "Per week, riders take
        # home ₹5,000", "প্রতি মাসে, গড়ে ১৮ হাজার"
        opening = _OPENING_PERIOD.match(text, unit.start, r.start)
        if opening and money_floor <= unit.start:
            m = self.period_near.regex.fullmatch(text, opening.start(1), opening.end(1))
            if m and (key := self.period_near.key_of(m.group("f"))):
                return key
        return self._pay_noun_period(text, unit, r, money_floor)

    def _pay_noun_period(self, text: str, unit: Unit, r: Reading, floor: int) -> str | None:
        """Rule 1's "pay noun it belongs to": a period word joined to a pay noun earlier in
        the figure's clause, with no other sum between ("The monthly stipend offered to
        residents at most hospitals is ₹65,000", "मासिक वेतन की बात करें तो ... 18,000 रुपये")."""
        start = max(unit.start, floor)
        breaks = list(_CLAUSE_BREAK.finditer(text, start, r.start))
        start = breaks[-1].end() if breaks else start
        for pay in reversed(self.pay.find_all(text, start, r.start)):
            near = self.period_near.find_all(
                text, max(start, pay.start - 16), min(r.start, pay.full_end + 16)
            )
            for m in near:
                lo, hi = (
                    (m.full_end, pay.start) if m.full_end <= pay.start else (pay.full_end, m.start)
                )
                if hi >= lo and not text[lo:hi].strip() and not _elapsed(text, m):
                    return m.key
        return None


def _extra(text: str, bound: re.Match[str]) -> bool:
    """ "১০ টাকা বেশি পাই": a bare "বেশি" after a sum with no genitive ("১০ টাকার বেশি")
    is an extra amount, not a lower bound."""
    return (
        bound.group(0).strip() in {"বেশি", "বেশী"}
        and text[bound.start() - 1 : bound.start()] != "র"
    )


def _denied(text: str, bound: re.Match[str], end: int) -> bool:
    """ "15k er beshi dey na", "25 hazaar se zyada nahi milta": a negation a word or two
    after a floor that is not itself negated ("se kam nahi") makes it a ceiling."""
    return not _NEGATION.search(bound.group(0)) and bool(_DENIED.match(text, bound.end(), end))


def _elapsed(text: str, m: FormMatch) -> bool:
    """ "20,000 after a year", "a year later", "in a month", "3 saal mein", "15 din ke
    andar": time passing, not a pay period."""
    counted = _COUNT_BEFORE.search(text, max(0, m.start - 10), m.start) and not _RATE_WORD.match(
        text, m.start
    )
    return bool(
        _ELAPSED_BEFORE.search(text, max(0, m.start - 10), m.start)
        or counted
        or _ELAPSED_AFTER.match(text, m.full_end)
    )


def _nearest_period(r: Reading, readings: list[Reading], periods: list[str | None]) -> str | None:
    """While judging whether a figure is pay: the period of the nearest money figure of like
    size in the sentence ("₹30,000 a month, while officers get ₹52,000"). The period the
    fact finally gets follows the convention's rule 2 (``_shared_period``)."""
    stated = [
        (abs(o.start - r.start), p)
        for o, p in zip(readings, periods, strict=True)
        if p
        and o is not r
        and (o.currency or o.low.amount.multiplier or o.high.amount.multiplier)
        and _same_size(r, o)
    ]
    return min(stated)[1] if stated else None


def _shared_period(r: Reading, readings: list[Reading], periods: list[str | None]) -> str | None:
    """The convention's rule 2: a pay figure with no period of its own takes the period of
    the nearest pay figure before it in the sentence that states one, else of the nearest
    one after it ("₹52,000 a month, while a clerk gets ₹10,000": month; "Rs 7 lakh and
    Rs 11 lakh; ... past 15 LPA": year). ``periods`` holds None for the readings that are
    not pay. Figures more than _SHARE_SIZE apart in size share nothing: a monthly in-hand
    beside a yearly CTC ("in-hand 19 hazaar hai, CTC 2.6 LPA") stays without a period, as
    the audited corpus keeps it."""
    stated = [
        (o, p)
        for o, p in zip(readings, periods, strict=True)
        if p and o is not r and _same_size(r, o, _SHARE_SIZE)
    ]
    before = [p for o, p in stated if o.end <= r.start]
    if before:
        return before[-1]
    after = [p for o, p in stated if o.start >= r.end]
    return after[0] if after else None


def _same_size(a: Reading, b: Reading, factor: float = _LIKE_SIZE) -> bool:
    """Two figures of one kind of pay: within ``factor`` of each other in size (a monthly
    wage and a yearly CTC, or a daily and a monthly wage, are not)."""
    x, y = a.max or a.min, b.max or b.min
    return bool(x and y and max(x, y) / min(x, y) <= factor)


def _in_clause(text: str, r: Reading, matches: list[FormMatch]) -> list[FormMatch]:
    """The matches in the same clause as the figure (no comma, danda, bracket or
    conjunction such as "aur", "but", "আর" between)."""
    out = []
    for m in matches:
        lo, hi = (m.full_end, r.start) if m.full_end <= r.start else (r.end, m.start)
        gap = text[lo : max(lo, hi)]
        if not (_CLAUSE_BREAK.search(gap) or _CONJUNCTION.search(gap)):
            out.append(m)
    return out


def _sum_like(r: Reading) -> bool:
    """A figure that reads as a sum of money: a currency, a multiplier, or 1000 or more."""
    return bool(r.currency or _multiplied(r) or (r.max or r.min or 0) >= 1000)


def _multiplied(r: Reading) -> bool:
    """A figure in thousands or lakhs ("৩ লাখ", "15 hazaar") reads as money even with no
    currency (counts of people are dropped earlier by the count nouns)."""
    return any((m.amount.multiplier or 0) >= 1000 for m in (r.low, r.high))


def _currency_gap(text: str, a: Amount, c: FormMatch) -> bool:
    """Only spaces between a figure and the currency after it, or a hyphen before a currency
    word in a compound adjective ("fourteen-thousand-rupee job", "20,000-taka salary")."""
    gap = text[a.end : c.start]
    return not gap.strip() or (gap == "-" and text[c.start : c.start + 1].isalpha())


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t":
        i += 1
    return i


def _gap(r: Reading, m: FormMatch) -> int:
    if m.full_end <= r.start:
        return r.start - m.full_end
    if m.start >= r.end:
        return m.start - r.end
    return 0


def _nearest_role(text: str, roles: list[FormMatch], r: Reading) -> str | None:
    """The job the figure is for: the nearest named before it in its clause ("Telecaller ko
    12 hazaar aur team leader ko 20 hazaar"), else the nearest anywhere in the sentence."""
    if not roles:
        return None
    before = [m for m in _in_clause(text, r, roles) if m.full_end <= r.start]
    if before:
        return max(before, key=lambda m: m.start).key
    return min(roles, key=lambda m: (_gap(r, m), m.start > r.start)).key
