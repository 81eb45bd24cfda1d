import pytest

from tests.cli_runner import Calc, run_calc


@pytest.fixture
def calc() -> Calc:
    return run_calc
