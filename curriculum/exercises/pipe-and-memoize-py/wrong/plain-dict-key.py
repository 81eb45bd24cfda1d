# Wrong: keys the cache on the arguments alone, so 1, 1.0 and True share one entry.
import functools


def pipe(*fns):
    return lambda value: functools.reduce(lambda acc, fn: fn(acc), fns, value)


def compose(*fns):
    return pipe(*reversed(fns))


def memoize(fn):
    cache = {}

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        key = (args, tuple(kwargs.items()))
        if key not in cache:
            cache[key] = fn(*args, **kwargs)
        return cache[key]

    return wrapper
