import math

import pytest

from calculator import calculate, format_number
from calculator.errors import CalcError, ErrorCode
from calculator.formatting import number_to_text, precision_from_env


def error_of(text: str, scope: dict[str, float] | None = None) -> CalcError:
    with pytest.raises(CalcError) as caught:
        calculate(text, scope)
    return caught.value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 + 3", 5),
        ("2 * (3 + 4) ^ 2", 98),
        ("10 - 4 - 3", 3),
        ("2 ^ 3 ^ 2", 512),
        ("-2 ^ 2", -4),
        ("(-2) ^ 2", 4),
        ("2 ^ -1", 0.5),
        ("7 % 3", 1),
        ("-7 % 3", -1),  # the remainder keeps the sign of the left side
        ("1.5 * 4", 6),
        ("6 x 7", 42),
        ("6 × 7 ÷ 2", 21),
        ("--5", 5),
        ("3 - -2", 5),
    ],
)
def test_evaluates(text: str, expected: float) -> None:
    assert calculate(text) == expected


def test_knows_pi_and_e_and_takes_ans_from_the_scope() -> None:
    assert calculate("pi") == math.pi
    assert calculate("e") == math.e
    assert calculate("ans * 2", {"ans": 21}) == 42


def test_refuses_division_and_modulo_by_zero_pointing_at_the_operator() -> None:
    error = error_of("1 + 2 / (3 - 3)")
    assert error.code is ErrorCode.DIVISION_BY_ZERO
    assert error.message == "Division by zero at position 7"
    assert error_of("5 % 0").message == "Modulo by zero at position 3"
    assert error_of("0 ^ -1").code is ErrorCode.DIVISION_BY_ZERO


def test_refuses_results_that_are_not_real_or_finite() -> None:
    assert error_of("(-8) ^ 0.5").message == "-8 ^ 0.5 is not a real number at position 6"
    assert error_of("10 ^ 400").code is ErrorCode.OVERFLOW
    assert error_of("10 ^ 308 * 10").code is ErrorCode.OVERFLOW


def test_reports_unknown_names() -> None:
    error = error_of("2 * foo")
    assert error.code is ErrorCode.UNKNOWN_NAME
    assert error.message == 'Unknown name "foo" at position 5 (known: e, pi)'
    assert error_of("ans").code is ErrorCode.UNKNOWN_NAME
    assert error_of("__class__").code is ErrorCode.UNKNOWN_NAME


@pytest.mark.parametrize(
    ("value", "precision", "text"),
    [
        (0.1 + 0.2, 15, "0.3"),
        (-0.0, 15, "0"),
        (1 / 3, 4, "0.3333"),
        (98.0, 15, "98"),
        (2.5, 1, "3"),  # halves round away from zero
        (1e21, 15, "1e+21"),
        (1e-7, 15, "1e-7"),
        (123456.789, 15, "123456.789"),
    ],
)
def test_format_number_hides_noise_and_negative_zero(
    value: float, precision: int, text: str
) -> None:
    assert format_number(value, precision) == text


def test_number_to_text_never_prints_a_useless_decimal_point() -> None:
    assert number_to_text(-8.0) == "-8"
    assert number_to_text(1e20) == "100000000000000000000"
    assert number_to_text(0.000001) == "0.000001"


@pytest.mark.parametrize(
    ("raw", "precision"), [("6", 6), (" 6 ", 6), ("abc", 15), ("99", 15), ("0", 15), ("1.5", 15)]
)
def test_reads_calc_precision_and_ignores_bad_values(raw: str, precision: int) -> None:
    assert precision_from_env({"CALC_PRECISION": raw}) == precision
    assert precision_from_env({}) == 15
