import pytest

from pipeline.lid.api import load_detector


@pytest.fixture(scope="session")
def detector():
    """The committed model from models/lid (loaded once for the whole test session)."""
    return load_detector()
