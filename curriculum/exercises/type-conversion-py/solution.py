# Week 2 — Convert input safely (reference solution)
import math

TRUE_WORDS = frozenset({"true", "yes", "y", "1", "on"})
FALSE_WORDS = frozenset({"false", "no", "n", "0", "off"})


def to_number(value: object) -> int | float:
    # bool is a subclass of int: without this check True would pass as 1.
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise TypeError(f"Cannot convert {value!r} to a number")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if math.isfinite(value):
            return value
        raise ValueError(f"Cannot convert {value!r} to a number")

    text = value.strip()
    # int() and float() both accept "1_000"; a form field should not.
    if "_" not in text:
        try:
            return int(text)
        except ValueError:
            pass
        try:
            number = float(text)
        except ValueError:
            pass
        else:
            # float() also accepts "nan", "inf" and "infinity".
            if math.isfinite(number):
                return number
    raise ValueError(f"Cannot convert {value!r} to a number")


def to_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        if value in (0, 1):
            return value == 1
        raise ValueError(f"Cannot convert {value!r} to a bool")
    if isinstance(value, str):
        word = value.strip().lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        raise ValueError(f"Cannot convert {value!r} to a bool")
    raise TypeError(f"Cannot convert {value!r} to a bool")
