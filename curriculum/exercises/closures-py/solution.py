# Week 4 — Functions that remember (closures) (reference solution)
import functools
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any


def create_greeting(greeting: str) -> Callable[[str], str]:
    # The returned function closes over `greeting`.
    def greet(name: str) -> str:
        return f"{greeting}, {name}!"

    return greet


def create_counter(start: int = 0, step: int = 1) -> SimpleNamespace:
    # Each call gets its own `count`; nothing outside these four functions can reach it.
    count = start

    def increment() -> int:
        nonlocal count
        count += step
        return count

    def decrement() -> int:
        nonlocal count
        count -= step
        return count

    def value() -> int:
        return count

    def reset() -> int:
        nonlocal count
        count = start
        return count

    return SimpleNamespace(increment=increment, decrement=decrement, value=value, reset=reset)


def _times(factor: float) -> Callable[[float], float]:
    # A new scope per factor: a lambda in a comprehension would share the loop variable.
    return lambda x: x * factor


def make_multipliers(factors: list[float]) -> list[Callable[[float], float]]:
    return [_times(factor) for factor in factors]


def once(fn: Callable[..., Any]) -> Callable[..., Any]:
    called = False
    result: Any = None

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        nonlocal called, result
        # A flag, not `result is None`: the first result may legitimately be None.
        if not called:
            result = fn(*args, **kwargs)
            called = True  # only after fn returned: a failed first call is retried
        return result

    return wrapper
