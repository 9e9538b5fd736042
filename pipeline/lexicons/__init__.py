"""Load and validate the extraction lexicons (YAML files beside this module).

Lexicons are data, not code (as in dateparser's per-language YAML): people who do not
code can add a spelling. Each file is checked against a pydantic model when it is loaded,
so a typo (a missing number word, a form listed under two keys, an unknown level) fails
loudly at load time, and in ``tests/extract/test_lexicons.py``.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from pipeline.extract.view import fold, form_key, is_case_sensitive
from pipeline.schema import Period, QualificationLevel

LEXICON_DIR = Path(__file__).resolve().parent
_SNAKE = re.compile(r"^[a-z][a-z0-9_]*$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _forms(v: list[str]) -> list[str]:
    forms = [str(f) for f in v]
    if not forms or any(not f.strip() for f in forms):
        raise ValueError("every entry needs at least one non-empty form")
    return forms


def _no_shared_forms(groups: list[tuple[str, list[str]]]) -> None:
    """A surface form may belong to one key only (else the matcher could not choose)."""
    owner: dict[str, str] = {}
    for key, forms in groups:
        for f in forms:
            k = "=" + fold(f).replace(" ", "") if is_case_sensitive(f) else form_key(f)
            if owner.setdefault(k, key) != key:
                raise ValueError(f"form {f!r} is listed under both {owner[k]!r} and {key!r}")


# --- numbers.yaml -----------------------------------------------------------------


class Fraction(_Strict):
    forms: list[str]
    add: float | None = None  # modifies the following number
    value: float | None = None  # stands alone

    _check_forms = field_validator("forms")(_forms)

    @model_validator(mode="after")
    def _one_kind(self) -> Fraction:
        if (self.add is None) == (self.value is None):
            raise ValueError("a fraction has either `add` or `value`")
        return self


class Multiplier(_Strict):
    value: float = Field(gt=1)
    forms: list[str]
    period: Period | None = None

    _check_forms = field_validator("forms")(_forms)


class NumbersLexicon(_Strict):
    words: dict[str, dict[int, list[str]]]
    fractions: list[Fraction]
    multipliers: list[Multiplier]

    @model_validator(mode="after")
    def _complete(self) -> NumbersLexicon:
        for lang in ("hi", "bn"):
            missing = sorted(set(range(1, 100)) - set(self.words.get(lang, {})))
            if missing:
                raise ValueError(f"number words for {lang} miss {missing}")
        for lang, table in self.words.items():
            seen: dict[str, int] = {}
            for value, forms in table.items():
                _forms(forms)
                for f in forms:
                    if seen.setdefault(fold(f), value) != value:
                        raise ValueError(f"{lang} number word {f!r} has two values")
        return self

    def word_values(self) -> dict[str, float]:
        """Every number word (all languages, English compounds generated) -> value."""
        out: dict[str, float] = {}
        for table in self.words.values():
            for value, forms in table.items():
                for f in forms:
                    out.setdefault(f, float(value))
        en = self.words.get("en", {})
        for tens in range(20, 100, 10):
            for unit in range(1, 10):
                for t in en.get(tens, []):
                    for u in en.get(unit, []):
                        out[f"{t}-{u}"] = out[f"{t} {u}"] = float(tens + unit)
        return out


# --- base.yaml / salary.yaml --------------------------------------------------------


class Currency(_Strict):
    code: str = Field(pattern=r"^[A-Z]{3,4}$")
    forms: list[str]
    ambiguous: bool = False

    _check_forms = field_validator("forms")(_forms)


class PeriodForms(_Strict):
    near: list[str]
    adjacent: list[str] = []


class Bounds(_Strict):
    max_before: list[str]
    max_after: list[str]
    min_before: list[str]
    min_after: list[str]


class Between(_Strict):
    before: list[str]
    after: list[str]
    connectors: list[str]


class BaseLexicon(_Strict):
    currencies: list[Currency]
    periods: dict[Period, PeriodForms]
    range_connectors: list[str]
    between: Between
    bounds: Bounds
    count_nouns: list[str]

    @model_validator(mode="after")
    def _unique(self) -> BaseLexicon:
        _no_shared_forms([(c.code, c.forms) for c in self.currencies])
        return self


class SalaryLexicon(_Strict):
    pay_cues: list[str]
    earn_verbs: list[str]
    earn_before: list[str] = []
    price_before: list[str] = []
    price_markers: list[str]
    spend_after: list[str] = []
    distractors: list[str]
    deductions: list[str] = []
    add_ons: list[str] = []
    country_cues: dict[Literal["IN", "BD"], list[str]]
    taka_default: Literal["INR", "BDT"]

    @model_validator(mode="after")
    def _disjoint(self) -> SalaryLexicon:
        _no_shared_forms([("pay", self.pay_cues), ("distractor", self.distractors)])
        return self


# --- qualification.yaml ---------------------------------------------------------------


class QualificationEntry(_Strict):
    level: QualificationLevel
    forms: list[str]
    degree: str | None = None
    field: str | None = None

    _check_forms = field_validator("forms")(_forms)


class KeyedEntry(_Strict):
    key: str
    forms: list[str]
    exact: list[str] = []  # forms that match only as written ("Excel", not "excel in")
    context: list[str] = []

    _check_forms = field_validator("forms")(_forms)

    @field_validator("key")
    @classmethod
    def _snake(cls, v: str) -> str:
        if not _SNAKE.match(v):
            raise ValueError(f"key {v!r} is not lower-case snake_case")
        return v


class QualificationLexicon(_Strict):
    entries: list[QualificationEntry]
    fields: list[KeyedEntry]
    none_required_patterns: list[str]
    not_followed_by: list[str] = []
    not_preceded_by: list[str] = []
    not_required_after: list[str] = []
    owner_of: list[str] = []

    @field_validator("none_required_patterns")
    @classmethod
    def _compiles(cls, v: list[str]) -> list[str]:
        for p in v:
            re.compile(fold(p))
        return v

    @model_validator(mode="after")
    def _unique(self) -> QualificationLexicon:
        _no_shared_forms([(f"{e.level}/{e.degree}", e.forms) for e in self.entries])
        _no_shared_forms([(f.key, f.forms) for f in self.fields])
        return self


# --- skills / roles / documents -----------------------------------------------------


class NamedLexicon(_Strict):
    kind: Literal["skill", "role", "document"]
    entries: list[KeyedEntry]

    @model_validator(mode="after")
    def _unique(self) -> NamedLexicon:
        keys = [e.key for e in self.entries]
        if len(keys) != len(set(keys)):
            raise ValueError(f"duplicate keys in the {self.kind} lexicon")
        _no_shared_forms([(e.key, e.forms + e.exact) for e in self.entries])
        return self

    def forms(self) -> dict[str, str]:
        return {f: e.key for e in self.entries for f in e.forms + e.exact}

    def exact(self) -> set[str]:
        return {f for e in self.entries for f in e.exact}


# --- experience.yaml ------------------------------------------------------------------


class ExperienceLexicon(_Strict):
    years: list[str]
    months: list[str]
    cues: list[str]
    blockers: list[str]
    fresher: list[str]
    fresher_patterns: list[str] = []  # regexes over the folded text
    fresher_refused: list[str] = []  # regexes right after a fresher word that refuse it
    range_connectors: list[str] = []  # "2 ya 3 saal": added to the shared connectors

    @field_validator("fresher_patterns", "fresher_refused")
    @classmethod
    def _compiles(cls, v: list[str]) -> list[str]:
        for p in v:
            re.compile(fold(p))
        return v


# --- gazetteer.yaml -------------------------------------------------------------------


class Place(_Strict):
    name: str
    forms: list[str]
    country: Literal["IN", "BD"] | None = None
    exact: list[str] = []  # forms that match only as written ("Robi", not "robi")

    _check_forms = field_validator("forms")(_forms)


class Gazetteer(_Strict):
    locations: list[Place]
    organizations: list[Place]
    org_suffixes: list[str] = []  # "Technologies", "Pvt. Ltd.": a capitalised name ends here
    org_generic_words: list[str] = []  # "Private", "Leading": never a name's first word

    @model_validator(mode="after")
    def _unique(self) -> Gazetteer:
        _no_shared_forms([(p.name, p.forms + p.exact) for p in self.locations + self.organizations])
        return self

    def forms(self) -> dict[str, str]:
        """Every form (``forms`` and ``exact``) -> the place's canonical name."""
        return {f: p.name for p in self.locations + self.organizations for f in p.forms + p.exact}

    def exact(self) -> set[str]:
        return {f for p in self.locations + self.organizations for f in p.exact}


# --- loading --------------------------------------------------------------------------


def _read(name: str) -> dict:
    with open(LEXICON_DIR / name, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@cache
def numbers() -> NumbersLexicon:
    return NumbersLexicon.model_validate(_read("numbers.yaml"))


@cache
def base() -> BaseLexicon:
    return BaseLexicon.model_validate(_read("base.yaml"))


@cache
def salary() -> SalaryLexicon:
    return SalaryLexicon.model_validate(_read("salary.yaml"))


@cache
def qualification() -> QualificationLexicon:
    return QualificationLexicon.model_validate(_read("qualification.yaml"))


@cache
def experience() -> ExperienceLexicon:
    return ExperienceLexicon.model_validate(_read("experience.yaml"))


@cache
def named(kind: Literal["skill", "role", "document"]) -> NamedLexicon:
    files = {"skill": "skills.yaml", "role": "roles.yaml", "document": "documents.yaml"}
    lex = NamedLexicon.model_validate(_read(files[kind]))
    if lex.kind != kind:
        raise ValueError(f"{files[kind]} declares kind {lex.kind!r}, expected {kind!r}")
    return lex


@cache
def gazetteer() -> Gazetteer:
    return Gazetteer.model_validate(_read("gazetteer.yaml"))


def load_all() -> None:
    """Load and validate every lexicon (raises on the first invalid file)."""
    numbers(), base(), salary(), qualification(), experience(), gazetteer()
    for kind in ("skill", "role", "document"):
        named(kind)
