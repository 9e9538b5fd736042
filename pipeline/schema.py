"""The facts contract (../shared/spec/facts.md) as pydantic models.

`facts.schema.json` is generated from these classes, so the schema and the code
cannot drift apart. Field names and enum values are the contract: never rename.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

SCHEMA_VERSION = "1.0"

TopicLabel = Literal[
    "bpo",
    "kpo",
    "back_office",
    "it_software",
    "banking_finance",
    "government_jobs",
    "teaching",
    "healthcare",
    "other",
]
QualificationLevel = Literal[
    "none_required",
    "below_secondary",
    "secondary",
    "higher_secondary",
    "diploma",
    "graduate",
    "postgraduate",
    "doctorate",
]
Period = Literal["hour", "day", "week", "month", "year"]
FactType = Literal[
    "salary", "qualification", "experience", "skill", "role", "document", "organization", "location"
]

TOPIC_LABELS: tuple[str, ...] = get_args(TopicLabel)
QUALIFICATION_LEVELS: tuple[str, ...] = get_args(QualificationLevel)  # lowest to highest
FACT_TYPES: tuple[str, ...] = get_args(FactType)


class _Fact(BaseModel):
    model_config = ConfigDict(extra="allow")

    text: str = Field(description="exact surface string, equal to raw[start:end]")
    start: int = Field(ge=0, description="offset into the original input text")
    end: int = Field(ge=0)
    sentence: int = Field(ge=0, description="index of the sentence holding the fact")
    confidence: float = Field(ge=0, le=1)


class SalaryFact(_Fact):
    type: Literal["salary"] = "salary"
    min: float | None
    max: float | None
    currency: str = Field(description="ISO 4217: INR, BDT, USD, ...")
    period: Period | None
    role: str | None = None


class QualificationFact(_Fact):
    type: Literal["qualification"] = "qualification"
    level: QualificationLevel
    field: str | None = None
    degree: str | None = None


class ExperienceFact(_Fact):
    type: Literal["experience"] = "experience"
    min_years: float | None
    max_years: float | None
    fresher: bool = False


class NamedFact(_Fact):
    type: Literal["skill", "role", "document"]
    name: str


class EntityFact(_Fact):
    type: Literal["organization", "location"]
    name: str
    normalized: str | None = None


Fact = Annotated[
    SalaryFact | QualificationFact | ExperienceFact | NamedFact | EntityFact,
    Field(discriminator="type"),
]
_FACT_ADAPTER: TypeAdapter[Any] = TypeAdapter(Fact)


class LanguageBlock(BaseModel):
    model_config = ConfigDict(extra="allow")

    primary: str
    shares: dict[str, float]
    code_mixed: bool
    cmi: float = Field(ge=0, le=100)
    scripts: dict[str, float]


class TopicBlock(BaseModel):
    model_config = ConfigDict(extra="allow")

    label: TopicLabel
    scores: dict[str, float]


class FactsRecord(BaseModel):
    """One line of facts.jsonl."""

    model_config = ConfigDict(extra="allow")

    schema_version: str = SCHEMA_VERSION
    doc_id: str
    source: str
    language: LanguageBlock
    topic: TopicBlock
    facts: list[Fact]


def parse_fact(data: dict[str, Any]) -> Any:
    return _FACT_ADAPTER.validate_python(data)


def facts_json_schema() -> dict[str, Any]:
    schema = FactsRecord.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "career-pipeline facts record"
    return schema
