# Wrong: converts every text with float(), so "42" becomes 42.0 instead of the int 42,
# and "1_000" slips through as 1000.0.
import math


def to_number(value):
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise TypeError(f"Cannot convert {value!r} to a number")
    if isinstance(value, int):
        return value
    try:
        number = float(value)
    except ValueError:
        raise ValueError(f"Cannot convert {value!r} to a number") from None
    if not math.isfinite(number):
        raise ValueError(f"Cannot convert {value!r} to a number")
    return number


def to_bool(value):
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        if value in (0, 1):
            return value == 1
        raise ValueError(f"Cannot convert {value!r} to a bool")
    if isinstance(value, str):
        word = value.strip().lower()
        if word in {"true", "yes", "y", "1", "on"}:
            return True
        if word in {"false", "no", "n", "0", "off"}:
            return False
        raise ValueError(f"Cannot convert {value!r} to a bool")
    raise TypeError(f"Cannot convert {value!r} to a bool")
