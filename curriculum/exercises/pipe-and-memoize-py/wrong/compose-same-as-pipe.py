# Wrong: compose runs left to right, exactly like pipe.
import functools


def pipe(*fns):
    return lambda value: functools.reduce(lambda acc, fn: fn(acc), fns, value)


def compose(*fns):
    return pipe(*fns)


def memoize(fn):
    return functools.lru_cache(maxsize=None, typed=True)(fn)
