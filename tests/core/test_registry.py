"""The stage registry checks order and refuses conflicting registrations."""

import pytest

from pipeline import Pipeline
from pipeline.registry import DEFAULT_ORDER, check_order, prerequisites, register_stage


def test_default_order_is_satisfiable():
    check_order(DEFAULT_ORDER)


def test_an_order_with_missing_requirements_is_refused_at_build_time():
    with pytest.raises(ValueError, match="extract needs"):
        Pipeline(stages=("normalise", "extract"))


def test_single_stage_commands_know_their_prerequisites():
    assert prerequisites("normalise") == []
    assert prerequisites("tokenise") == ["normalise"]
    assert prerequisites("detect") == ["normalise", "tokenise"]
    assert "detect" in prerequisites("extract")


def test_registering_a_name_twice_with_another_factory_raises():
    @register_stage("_test_stage")
    def one(config):
        return lambda doc: doc

    with pytest.raises(ValueError):

        @register_stage("_test_stage")
        def two(config):
            return lambda doc: doc
