# Week 4 — Functions that remember (closures)
#
# create_greeting(greeting) -> a function: name -> "Hello, Developer!"
# create_counter(start=0, step=1) -> SimpleNamespace(increment, decrement, value, reset), independent counters
# make_multipliers(factors) -> one function per factor, each with its own factor
# once(fn) -> calls fn the first time only, then keeps returning the first result
from types import SimpleNamespace

count = 0  # shared by every counter: is that what we want?


def create_greeting(greeting):
    def greet(name):
        return greeting + name

    return greet


def create_counter(start=0, step=1):
    global count
    count = start

    def increment():
        global count
        count += step
        return count

    def decrement():
        global count
        count -= step
        return count

    def value():
        return count

    def reset():
        global count
        count = start
        return count

    return SimpleNamespace(increment=increment, decrement=decrement, value=value, reset=reset)


def make_multipliers(factors):
    return [lambda x: x * factor for factor in factors]  # which factor does each lambda see?


def once(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)  # calls fn every time

    return wrapper
