# Wrong: quantize() without rounding= uses ROUND_HALF_EVEN (banker's rounding), like round():
# "0.125" becomes 0.12.
import re
from decimal import Decimal


def page_count(total_items, per_page):
    if per_page < 1:
        raise ValueError(f"per_page must be at least 1, got {per_page!r}")
    return -(-total_items // per_page)


def format_offset(minutes):
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{mins:02d}"


def power(base, exponent):
    return base**exponent


def in_range(n, low, high):
    return low <= n <= high


def with_default(value, fallback):
    return value if value is not None else fallback


def ids_match(route_id, record_id):
    return re.fullmatch(r"[0-9]+", route_id) is not None and int(route_id) == record_id


def round_money(amount):
    if isinstance(amount, float):
        raise TypeError(f"Pass money as str or Decimal, not float: {amount!r}")
    return Decimal(amount).quantize(Decimal("0.01"))
