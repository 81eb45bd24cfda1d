# Wrong: looks up the exact type, so subclasses such as defaultdict and Counter fall through
# to their own names, and built-in functions are "builtin_function_or_method".
import math
import types

NAMES = {
    type(None): "none",
    bool: "bool",
    int: "int",
    str: "str",
    list: "list",
    tuple: "tuple",
    dict: "dict",
    set: "set",
    frozenset: "set",
    types.FunctionType: "function",
}


def describe_type(value):
    if type(value) is float:
        return "nan" if math.isnan(value) else "float"
    return NAMES.get(type(value), type(value).__name__)
