# Week 2 — Operators without surprises
#
# Every function here has an operator bug. The checks tell you which inputs go wrong.
from decimal import Decimal


def page_count(total_items, per_page):
    return total_items // per_page + 1  # what if the last page is exactly full?


def format_offset(minutes):
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"  # what is -90 // 60 ?


def power(base, exponent):
    return base ^ exponent  # is ^ really "to the power of"?


def in_range(n, low, high):
    return n in range(low, high)  # does range() include high? does it contain 5.5?


def with_default(value, fallback):
    return value or fallback  # what happens with 0, "" or []?


def ids_match(route_id, record_id):
    return int(route_id) == record_id  # what does int() do with "", " 42" or "4_2"?


def round_money(amount):
    return Decimal(str(round(float(amount), 2)))  # round(0.125, 2) is 0.12: why?
