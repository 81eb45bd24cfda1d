# Wrong: isinstance(True, int) is True, so to_number(True) returns True instead of raising.
import math


def to_number(value):
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if math.isfinite(value):
            return value
        raise ValueError(f"Cannot convert {value!r} to a number")
    if not isinstance(value, str):
        raise TypeError(f"Cannot convert {value!r} to a number")
    text = value.strip()
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
            if math.isfinite(number):
                return number
    raise ValueError(f"Cannot convert {value!r} to a number")


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
