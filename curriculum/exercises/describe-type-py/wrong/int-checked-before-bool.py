# Wrong: asks about int before bool, so True and False are reported as "int".
import math


def describe_type(value):
    if value is None:
        return "none"
    if isinstance(value, int):
        return "int"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, float):
        return "nan" if math.isnan(value) else "float"
    if isinstance(value, str):
        return "str"
    if isinstance(value, list):
        return "list"
    if isinstance(value, tuple):
        return "tuple"
    if isinstance(value, dict):
        return "dict"
    if isinstance(value, (set, frozenset)):
        return "set"
    if callable(value):
        return "function"
    return type(value).__name__
