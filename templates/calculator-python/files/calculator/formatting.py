"""Number -> text for people, and CALC_PRECISION from the environment."""

import math
import os
from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal

DEFAULT_PRECISION = 15


def precision_from_env(env: Mapping[str, str] | None = None) -> int:
    """CALC_PRECISION (significant digits, 1-17). Anything else falls back to the default,
    so a typo in the environment never breaks a calculation."""
    raw = (os.environ if env is None else env).get("CALC_PRECISION", "").strip()
    if not raw or "_" in raw:
        return DEFAULT_PRECISION
    try:
        value = float(raw)
    except ValueError:
        return DEFAULT_PRECISION
    return int(value) if value.is_integer() and 1 <= value <= 17 else DEFAULT_PRECISION


def round_significant(value: float, precision: int) -> float:
    """Rounds to `precision` significant digits, halves away from zero (exact, via Decimal)."""
    exact = Decimal(value)
    step = Decimal(1).scaleb(exact.adjusted() - precision + 1)
    return float(exact.quantize(step, rounding=ROUND_HALF_UP))


def format_number(value: float, precision: int = DEFAULT_PRECISION) -> str:
    """Rounds away binary floating-point noise (0.1 + 0.2 prints 0.3), never prints -0."""
    if value == 0:
        return "0"
    return number_to_text(round_significant(value, precision))


def number_to_text(value: float) -> str:
    """The shortest text that reads back as `value`: 98 (not 98.0), 0.5, 1e+21, 1e-7.

    Same layout as JavaScript's String(number), so both versions of this project print the same.
    """
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    if value == 0:
        return "0"
    sign = "-" if value < 0 else ""
    _, digit_tuple, exponent = Decimal(repr(abs(value))).normalize().as_tuple()
    digits = "".join(map(str, digit_tuple))
    assert isinstance(exponent, int)
    point = len(digits) + exponent  # value = 0.<digits> * 10 ** point
    if len(digits) <= point <= 21:
        return sign + digits + "0" * (point - len(digits))
    if 0 < point <= 21:
        return f"{sign}{digits[:point]}.{digits[point:]}"
    if -6 < point <= 0:
        return f"{sign}0.{'0' * -point}{digits}"
    mantissa = digits if len(digits) == 1 else f"{digits[0]}.{digits[1:]}"
    return f"{sign}{mantissa}e{'+' if point > 0 else '-'}{abs(point - 1)}"
