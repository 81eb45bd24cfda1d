# Week 4 — Build pipe, compose and memoize (reference solution)
import functools
from collections.abc import Callable
from typing import Any


def pipe(*fns: Callable[[Any], Any]) -> Callable[[Any], Any]:
    # The input is reduce's initial value, so pipe() with no functions is the identity.
    return lambda value: functools.reduce(lambda acc, fn: fn(acc), fns, value)


def compose(*fns: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return pipe(*reversed(fns))


def memoize(fn: Callable[..., Any]) -> Callable[..., Any]:
    # One cache per memoized function, living in this closure.
    cache: dict[tuple, Any] = {}

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        # 1 == 1.0 == True and they hash alike: the type in the key keeps them apart.
        # An unhashable argument makes the dict lookup raise TypeError, as it should.
        key = (
            tuple((type(arg), arg) for arg in args),
            tuple((name, type(arg), arg) for name, arg in kwargs.items()),
        )
        # `in`, not `.get()`: a stored None is still a stored result.
        if key not in cache:
            cache[key] = fn(*args, **kwargs)
        return cache[key]

    return wrapper
