# Wrong: cache.get(key) is None for a stored None too, so fn runs again.
import functools


def pipe(*fns):
    return lambda value: functools.reduce(lambda acc, fn: fn(acc), fns, value)


def compose(*fns):
    return pipe(*reversed(fns))


def memoize(fn):
    cache = {}

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        key = (tuple((type(a), a) for a in args), tuple((k, type(v), v) for k, v in kwargs.items()))
        result = cache.get(key)
        if result is None:
            result = cache[key] = fn(*args, **kwargs)
        return result

    return wrapper
