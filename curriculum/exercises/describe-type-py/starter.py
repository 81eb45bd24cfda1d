# Week 1 — Describe a value's type
#
# describe_type(value) returns a short name for the kind of value it receives:
# "str", "bool", "int", "float", "nan", "none", "list", "tuple", "dict", "set",
# "function", or the type's own name for anything else.
#
# This version trusts type(value).__name__ completely. Run the checks to see where
# it lies, then fix it.


def describe_type(value):
    return type(value).__name__
