# Wrong: the count lives at module level (global), so every counter shares it.
import functools
from types import SimpleNamespace

_count = 0


def create_greeting(greeting):
    return lambda name: f"{greeting}, {name}!"


def create_counter(start=0, step=1):
    global _count
    _count = start

    def increment():
        global _count
        _count += step
        return _count

    def decrement():
        global _count
        _count -= step
        return _count

    def value():
        return _count

    def reset():
        global _count
        _count = start
        return _count

    return SimpleNamespace(increment=increment, decrement=decrement, value=value, reset=reset)


def make_multipliers(factors):
    return [lambda x, factor=factor: x * factor for factor in factors]


def once(fn):
    called = False
    result = None

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        nonlocal called, result
        if not called:
            result = fn(*args, **kwargs)
            called = True
        return result

    return wrapper
