import pytest

from .helpers import fixed


@pytest.fixture
def fix_with():
    return fixed
