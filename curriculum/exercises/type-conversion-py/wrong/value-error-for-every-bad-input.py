# Wrong: raises ValueError for everything, so callers cannot tell a wrong type (None, a list)
# from bad text; and "maybe" is not in the message.
import math


def to_number(value):
    try:
        if isinstance(value, bool):
            raise ValueError
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            number = value
        else:
            text = value.strip()
            if "_" in text:
                raise ValueError
            try:
                number = int(text)
            except ValueError:
                number = float(text)
        if isinstance(number, float) and not math.isfinite(number):
            raise ValueError
        return number
    except (ValueError, AttributeError):
        raise ValueError(f"Cannot convert {value!r} to a number") from None


def to_bool(value):
    if isinstance(value, bool):
        return value
    if value == 1:
        return True
    if value == 0:
        return False
    if isinstance(value, str):
        word = value.strip().lower()
        if word in {"true", "yes", "y", "1", "on"}:
            return True
        if word in {"false", "no", "n", "0", "off"}:
            return False
    raise ValueError("Not a boolean")
