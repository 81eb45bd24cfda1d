# Wrong: uses `result is None` as "not called yet", so a function returning None runs every time;
# it also forgets functools.wraps, so the decorated function is called "wrapper".
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
    return [lambda x, factor=factor: x * factor for factor in factors]


def once(fn):
    result = None

    def wrapper(*args, **kwargs):
        nonlocal result
        if result is None:
            result = fn(*args, **kwargs)
        return result

    return wrapper
