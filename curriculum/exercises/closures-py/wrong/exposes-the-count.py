# Wrong: keeps the count as an attribute of the namespace, where any caller can overwrite it;
# and once() marks itself as called before fn succeeded, so a failed first call is never retried.
import functools
from types import SimpleNamespace


def create_greeting(greeting):
    return lambda name: f"{greeting}, {name}!"


def create_counter(start=0, step=1):
    counter = SimpleNamespace(count=start)

    def increment():
        counter.count += step
        return counter.count

    def decrement():
        counter.count -= step
        return counter.count

    def value():
        return counter.count

    def reset():
        counter.count = start
        return counter.count

    counter.increment = increment
    counter.decrement = decrement
    counter.value = value
    counter.reset = reset
    return counter


def make_multipliers(factors):
    return [lambda x, factor=factor: x * factor for factor in factors]


def once(fn):
    called = False
    result = None

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        nonlocal called, result
        if not called:
            called = True
            result = fn(*args, **kwargs)
        return result

    return wrapper
