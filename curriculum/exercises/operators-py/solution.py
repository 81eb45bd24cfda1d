# Week 2 — Operators without surprises (reference solution)
import re
from decimal import ROUND_HALF_UP, Decimal
from typing import TypeVar

T = TypeVar("T")

CENT = Decimal("0.01")


def page_count(total_items: int, per_page: int) -> int:
    if per_page < 1:
        raise ValueError(f"per_page must be at least 1, got {per_page!r}")
    # Ceiling division in ints: no float, so no precision loss for huge counts.
    return -(-total_items // per_page)


def format_offset(minutes: int) -> str:
    # // and % floor toward negative infinity: split the sign off before dividing.
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{mins:02d}"


def power(base: float, exponent: float) -> float:
    return base**exponent  # ^ is bitwise XOR


def in_range(n: float, low: float, high: float) -> bool:
    return low <= n <= high


def with_default(value: T | None, fallback: T) -> T:
    # `or` would also replace 0, "", False and [], which are real values.
    return value if value is not None else fallback


def ids_match(route_id: str, record_id: int) -> bool:
    # int() accepts " 42", "+42", "4_2" and non-ASCII digits; a URL id is plain ASCII digits.
    if re.fullmatch(r"[0-9]+", route_id) is None:
        return False
    return int(route_id) == record_id


def round_money(amount: str | Decimal) -> Decimal:
    if isinstance(amount, float):
        raise TypeError(f"Pass money as str or Decimal, not float: {amount!r}")
    # quantize() defaults to banker's rounding (like round()); money rounds halves up.
    return Decimal(amount).quantize(CENT, rounding=ROUND_HALF_UP)
