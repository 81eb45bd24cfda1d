# Wrong: functools.cache is lru_cache(maxsize=None) with typed=False, so describe(True)
# returns the result stored for 1.
import functools


def pipe(*fns):
    return lambda value: functools.reduce(lambda acc, fn: fn(acc), fns, value)


def compose(*fns):
    return pipe(*reversed(fns))


def memoize(fn):
    return functools.cache(fn)
