"""The checker's report channel, as the learner's code cannot forge or bend it short of walking frames.

runner.py executes this file into a namespace of its own, with a private copy of the builtins, before
any learner code runs (see guard.py). channel() writes report lines on fd 3, each prefixed with the
run's secret. Before a case result, an error or the end, it checks that nothing the verdict depends
on (builtins, unittest, the runner) was replaced since seal(); if something was, it reports
{"kind": "tampered", "what": ...} first, and the checker fails the run.
"""

import _json
import operator
import os
import sys


def channel(secret, fd):
    """emit(event) writes one report line; seal(modules) fixes what must not change from then on."""
    write, quote, text_type, list_type, dict_type, is_not = os.write, _json.encode_basestring_ascii, str, list, dict, operator.is_not
    prefix = secret + b" "
    watched = []
    builtin_names = set(vars(sys.modules["builtins"]))
    missing = object()

    def encode(value):
        kind = type(value)
        if value is None or value is True or value is False:
            return "null" if value is None else "true" if value else "false"
        if kind is text_type:
            return quote(value)
        if kind is int or kind is float:
            return repr(value)
        if kind is list_type:
            return "[" + ",".join([encode(v) for v in value]) + "]"
        if kind is dict_type:
            return "{" + ",".join([quote(k) + ":" + encode(v) for k, v in value.items()]) + "}"
        return quote(repr(value))

    def send(event):
        data = prefix + encode(event).encode("ascii") + b"\n"
        while data:
            data = data[write(fd, data):]

    def changed():
        """The first watched name that no longer holds what it held at seal(), if any."""
        for label, names, keys, values, kind in watched:
            # the quick test, in C: the same keys holding the same objects, in the same order
            if kind != "some" and len(names) == len(keys) and not any(map(is_not, names, keys)) and not any(map(is_not, names.values(), values)):
                continue
            for key, value in zip(keys, values):
                if names.get(key, missing) is not value:
                    return f"{label}.{key}"
            if kind != "some" and len(names) != len(keys):
                # a class may not gain a name (it would override an inherited one); a module, no builtin's name
                known = set(keys)
                for key in list(names):
                    if key not in known and (kind == "class" or key in builtin_names):
                        return f"{label}.{key}"
        return None

    def watch(label, names, kind, keys=None):
        keys = tuple(names) if keys is None else keys
        watched.append((label, names, keys, tuple(names[key] for key in keys), kind))

    def seal(modules):
        for module in modules:
            label = module.__name__
            watch(label, vars(module), "module")
            for value in list(vars(module).values()):
                # the classes a module defines (builtins' own types cannot be changed anyway)
                if type(value) is type and value.__module__ == label != "builtins":
                    watch(f"{label}.{value.__name__}", vars(value), "class")
        watch("sys.modules", sys.modules, "some", tuple(m.__name__ for m in modules))

    tampered = []

    def emit(**event):
        if event["kind"] in ("case", "end", "error") and not tampered:
            what = changed()
            if what:
                tampered.append(what)
                send({"kind": "tampered", "what": what})
        send(event)

    return emit, seal
