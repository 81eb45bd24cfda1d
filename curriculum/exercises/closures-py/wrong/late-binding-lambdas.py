# Wrong: every lambda closes over the same loop variable `factor`, which ends at the last value.
import functools
from types import SimpleNamespace


def create_greeting(greeting):
    return lambda name: f"{greeting}, {name}!"


def create_counter(start=0, step=1):
    count = start

    def increment():
        nonlocal count
        count += step
        return count

    def decrement():
        nonlocal count
        count -= step
        return count

    def value():
        return count

    def reset():
        nonlocal count
        count = start
        return count

    return SimpleNamespace(increment=increment, decrement=decrement, value=value, reset=reset)


def make_multipliers(factors):
    return [lambda x: x * factor for factor in factors]


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
