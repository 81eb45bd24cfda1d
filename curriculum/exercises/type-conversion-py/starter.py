# Week 2 — Convert input safely
#
# to_number(value): an int or finite float unchanged, or text that is entirely a number
#   (stripped): whole numbers become an int, others a float.
# to_bool(value): a bool unchanged, the words true/yes/y/1/on and false/no/n/0/off, or the ints 1/0.
# Wrong type → TypeError; right type but not convertible → ValueError; the message shows the value.
#
# The versions below use Python's built-in conversions, which are too forgiving.


def to_number(value):
    return float(value)


def to_bool(value):
    return bool(value)
