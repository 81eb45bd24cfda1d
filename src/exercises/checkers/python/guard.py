"""The audit hook that stands between a learner's code and the checker it runs inside.

runner.py executes this file into a namespace of its own, with a private copy of the builtins, before
any learner code runs: nothing here is a module in sys.modules, and every function the hook calls was
captured then (C functions, or str/bytes methods), so patching `builtins` or `os.path` from learner
code changes nothing here.

guard() returns a sys.addaudithook hook (hooks cannot be removed) that refuses, with a message naming
what was blocked: writes outside the workspace and the run's temp folder; reads of the course's own
files (reference solutions, other exercises, the data folder) and of /proc/<pid>/{mem,fd,environ,...};
child processes unless the exercise allows them; ctypes, subinterpreters and the gc/frame lookups
that reach into other code's objects; changing the code of the test machinery's functions.
The limits are runner.py's to state: see its docstring.
"""

import os
import stat
import sys

WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_TRUNC
NO, READ, WRITE = 0, 1, 2

WRITE_DENIED = "backend-roadmap's checks do not let exercise code write outside your workspace (and a temp folder): {}"
READ_DENIED = "backend-roadmap's checks do not let exercise code read the course's own files (reference solutions, other exercises, your progress): {}"
PROC_DENIED = "backend-roadmap's checks do not let exercise code read the checker's memory, file descriptors or environment: {}"
DOTDOT_DENIED = "backend-roadmap's checks do not let exercise code call os.open with a relative path that goes up with '..': {}"
CHILD_DENIED = "backend-roadmap's checks do not let exercise code start other programs or processes ({}): this exercise does not need them"
PEEK_DENIED = "backend-roadmap's checks do not let exercise code use {}: it reaches into the checker's own objects"
IMPORT_DENIED = "backend-roadmap's checks do not let exercise code import {}: it can get around the checks"
PATCH_DENIED = "backend-roadmap's checks do not let exercise code change the test machinery ({})"

CHILD_EVENTS = {"subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork", "os.forkpty", "pty.spawn", "_winapi.CreateProcess", "os.startfile"}
PEEK_EVENTS = {
    "gc.get_objects", "gc.get_referrers", "gc.get_referents", "sys._current_frames", "sys._current_exceptions",
    "cpython.PyInterpreterState_New", "sqlite3.enable_load_extension", "sqlite3.load_extension",
    "ctypes.dlopen", "ctypes.dlsym", "ctypes.dlsym/handle", "ctypes.call_function", "ctypes.cdata", "ctypes.cdata/buffer",
    "ctypes.addressof", "ctypes.string_at", "ctypes.wstring_at", "ctypes.PyObj_FromPtr",
}
DENIED_IMPORTS = {
    "ctypes", "_ctypes", "_xxsubinterpreters", "_interpreters", "_xxinterpchannels", "_interpchannels", "_interpqueues",
    "_testcapi", "_testinternalcapi", "_testlimitedcapi", "_testmultiphase", "_testsinglephase", "readline", "_gdbm", "_dbm", "_tkinter",
}
# event: (indexes of the path arguments, index of their dir_fd argument or None)
PATH_WRITES = {
    "os.remove": ((0,), 1), "os.rmdir": ((0,), 1), "os.mkdir": ((0,), 2), "os.chmod": ((0,), 2), "os.chown": ((0,), 3),
    "os.utime": ((0,), 3), "os.truncate": ((0,), None), "os.setxattr": ((0,), None), "os.removexattr": ((0,), None),
    "os.chflags": ((0,), None), "os.lchflags": ((0,), None), "os.mkfifo": ((0,), 2), "os.mknod": ((0,), 3),
    "shutil.rmtree": ((0,), 1), "os.rename": ((0, 1), 2), "os.link": ((0, 1), 2), "os.symlink": ((1,), 2),
}
PROC_SECRETS = {"mem", "fd", "fdinfo", "cmdline", "environ", "maps", "smaps", "smaps_rollup", "pagemap", "map_files", "auxv", "syscall", "stack"}


def guard(policy, machinery):
    """The audit hook for `policy` ({"rules": [[path, "none"|"read"|"write"], ...], "children": bool}).

    A path's access is that of the longest rule path holding it; outside every rule, read only.
    `machinery` are the modules whose classes and functions must keep their code (see channel()).
    """
    lstat, stat_of, readlink, getcwd, fspath = os.lstat, os.stat, os.readlink, os.getcwd, os.fspath
    is_link, is_dir = stat.S_ISLNK, stat.S_ISDIR
    proc_secrets = frozenset(PROC_SECRETS)

    def proc_secret(real):
        """/proc/<pid>[/task/<tid>]/{mem,fd,environ,...}: another way into the checker's memory and channel."""
        if not real.startswith("/proc/"):
            return False
        parts = real.split("/")  # "", "proc", pid, ...
        at = 5 if len(parts) > 5 and parts[3] == "task" else 3
        return len(parts) > at and (parts[2].isdigit() or parts[2] in ("self", "thread-self")) and parts[at] in proc_secrets
    encoding = sys.getfilesystemencoding()
    sep, windows, linux = os.sep, os.name == "nt", sys.platform.startswith("linux")
    text_type, bytes_type, int_type = str, bytes, int
    realpath_nt = os.path.realpath
    fcntl = __import__("fcntl") if sys.platform == "darwin" else None
    children = bool(policy.get("children"))
    write_flags, path_writes, denied_imports = WRITE_FLAGS, dict(PATH_WRITES), frozenset(DENIED_IMPORTS)

    def resolve(path):
        """os.path.realpath of an absolute path, from the functions captured above only."""
        if windows:
            return realpath_nt(path)
        pending = path.split(sep)[::-1]
        done = []
        hops = 0
        while pending:
            name = pending.pop()
            if not name or name == ".":
                continue
            if name == "..":
                if done:
                    done.pop()
                continue
            done.append(name)
            current = sep + sep.join(done)
            try:
                mode = lstat(current).st_mode
            except (OSError, ValueError):
                continue
            if is_link(mode):
                hops += 1
                if hops > 40:
                    return current
                target = readlink(current)
                done.pop()
                if target.startswith(sep):
                    done.clear()
                pending.extend(target.split(sep)[::-1])
        return sep + sep.join(done)

    def folder_of(fd):
        """The folder an open directory descriptor points to, where the platform tells."""
        try:
            if linux:
                return readlink(f"/proc/self/fd/{fd}")
            if fcntl is not None:
                return fcntl.fcntl(fd, fcntl.F_GETPATH, bytes(1024)).split(b"\0", 1)[0].decode(encoding, "surrogateescape")
        except OSError:
            pass
        return None

    def text(path):
        path = fspath(path)
        return path.decode(encoding, "surrogateescape") if type(path) is bytes_type else path

    def absolute(path, dir_fd=None):
        """The real path `path` names; None for an open descriptor or a non-path; "" when it cannot be told."""
        if type(path) is int_type:
            return None
        try:
            path = text(path)
        except TypeError:
            return None  # not a path: the call itself fails
        if not (path.startswith(sep) or (windows and path[1:3] == ":\\")):
            base = getcwd() if dir_fd is None or dir_fd == -1 else folder_of(dir_fd)
            if base is None:
                return ""
            path = base + sep + path
        return resolve_cached(path)

    levels = {"none": NO, "read": READ, "write": WRITE}
    rules = [(resolve(path).rstrip(sep) + sep, levels[level]) for path, level in policy["rules"]]  # absolute paths
    writable = [prefix for prefix, level in rules if level == WRITE]

    # Imports open hundreds of files in Python's own folders, which learner code cannot change (that
    # would be a write there): their folders are resolved once. Not where a writable folder is near.
    system = set()
    for prefix in {sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix}:
        for root in (prefix.rstrip(sep) + sep, resolve(prefix).rstrip(sep) + sep):
            if not any(w.startswith(root) or root.startswith(w) for w in writable):
                system.add(root)
    system = tuple(system)
    folders = {}

    def resolve_cached(path):
        if windows or not path.startswith(system):
            return resolve(path)
        head, _, name = path.rpartition(sep)
        real = folders.get(head)
        if real is None:
            if ".." in head.split(sep) or not name or name in (".", ".."):
                return resolve(path)
            real = resolve(head)
            if access(real) == WRITE:
                return resolve(path)
            folders[head] = real
        full = real + sep + name
        try:
            if not is_link(lstat(full).st_mode):
                return full
        except (OSError, ValueError):
            return full
        return resolve(full)

    def access(real):
        best, best_len = READ, 0
        key = real + sep
        for prefix, level in rules:
            if key.startswith(prefix) and len(prefix) >= best_len:
                best, best_len = level, len(prefix)
        return best

    def check(path, writing, dir_fd=None):
        real = absolute(path, dir_fd)
        if real is None:
            return
        level = access(real) if real else NO
        if writing and level < WRITE:
            raise PermissionError(WRITE_DENIED.format(path))
        if not writing and proc_secret(real):
            raise PermissionError(PROC_DENIED.format(path))
        if not writing and level < READ:
            raise PermissionError(READ_DENIED.format(path))

    def on_open(event, args):
        path, mode, flags = args
        writing = bool(flags & write_flags) or (type(mode) is text_type and any(c in mode for c in "wax+"))
        if mode is None and type(path) is not int_type:
            # os.open does not tell the hook its dir_fd: no '..' in relative paths, and no directory
            # opened outside the writable folders (it could be a dir_fd to write in).
            name = text(path)
            if not name.startswith(sep) and ".." in name.replace("\\", "/").split("/"):
                raise PermissionError(DOTDOT_DENIED.format(path))
            real = absolute(path)
            if not writing and real and access(real) < WRITE:
                try:
                    directory = is_dir(stat_of(real).st_mode)
                except OSError:
                    directory = False
                if directory:
                    check(path, False)
                    raise PermissionError(WRITE_DENIED.format(path) + " (a folder opened with os.open)")
        check(path, writing)

    def on_path_write(event, args):
        indexes, fd_index = path_writes[event]
        dir_fd = args[fd_index] if fd_index is not None else None
        for i in indexes:
            check(args[i], True, dir_fd)
        if event == "os.symlink":
            # where the link leads must be writable too, seen from the folder the link is made in
            target, link = text(args[0]), absolute(args[1], dir_fd)
            check(target if target.startswith(sep) or not link else link.rsplit(sep, 1)[0] + sep + target, True)

    def on_list(event, args):
        check("." if args[0] is None else args[0], False)

    def on_sqlite(event, args):
        name = text(args[0])
        if name in ("", ":memory:"):
            return
        if name.startswith("file:"):  # a URI when connect(uri=True): check the path it names too
            path, _, query = name[5:].partition("?")
            if path == ":memory:" or "mode=memory" in query:
                return
            if path.startswith("//"):
                path = "/" + path[2:].partition("/")[2]
            if "%" in path:
                raise PermissionError(WRITE_DENIED.format(name))
            check(path, True)
        check(name, True)

    protected_names = {module.__name__ for module in machinery}
    protected_ids = {id(module) for module in machinery}
    for module in machinery:
        protected_ids.update(id(v) for v in vars(module).values() if type(v) is type and v.__module__ == module.__name__)

    def on_setattr(event, args):
        target, name = args[0], args[1]
        if id(target) in protected_ids or (
            name in ("__code__", "__defaults__", "__kwdefaults__") and getattr(target, "__module__", None) in protected_names
        ):
            raise PermissionError(PATCH_DENIED.format(f"setting {name}"))

    def on_import(event, args):
        if args[0] in denied_imports or (args[0] == "_posixsubprocess" and not children):
            raise ImportError(IMPORT_DENIED.format(args[0]))

    def deny_child(event, args):
        raise PermissionError(CHILD_DENIED.format(event))

    def deny_peek(event, args):
        raise RuntimeError(PEEK_DENIED.format(event))

    handlers = {"open": on_open, "os.listdir": on_list, "os.scandir": on_list, "object.__setattr__": on_setattr, "import": on_import, "sqlite3.connect": on_sqlite}
    handlers.update((event, on_path_write) for event in PATH_WRITES)
    handlers.update((event, deny_peek) for event in PEEK_EVENTS)
    if not children:
        handlers.update((event, deny_child) for event in CHILD_EVENTS)
        if os.name == "posix":
            take_fork_exec()
    handler_for = handlers.get

    def hook(event, args):
        handler = handler_for(event)
        if handler is not None:
            handler(event, args)

    return hook


def take_fork_exec():
    """subprocess's C helper raises no audit event: replace it before learner code runs.

    The stand-in lives in a throwaway namespace, so its __globals__ lead nowhere useful.
    """
    import _posixsubprocess

    namespace = {"__builtins__": {"PermissionError": PermissionError}, "MESSAGE": CHILD_DENIED.format("_posixsubprocess.fork_exec")}
    exec("def fork_exec(*args, **kwargs):\n    raise PermissionError(MESSAGE)\n", namespace)
    _posixsubprocess.fork_exec = namespace["fork_exec"]
