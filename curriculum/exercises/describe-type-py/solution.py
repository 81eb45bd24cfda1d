# Week 1 — Describe a value's type (reference solution)
import math
from typing import Any


def describe_type(value: Any) -> str:
    if value is None:
        return "none"
    # bool is a subclass of int: isinstance(True, int) is True, so ask about bool first.
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        # NaN is a float, but treating it as a number is almost always a bug upstream.
        return "nan" if math.isnan(value) else "float"
    if isinstance(value, str):
        return "str"
    if isinstance(value, list):
        return "list"
    if isinstance(value, tuple):
        return "tuple"
    # isinstance also matches subclasses such as defaultdict, Counter and OrderedDict.
    if isinstance(value, dict):
        return "dict"
    if isinstance(value, (set, frozenset)):
        return "set"
    if callable(value):
        return "function"
    return type(value).__name__
