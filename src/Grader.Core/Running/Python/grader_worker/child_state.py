"""What one problem could leave behind for the next in the same child (child.py)."""
import ctypes
import gc
import os
import signal
import sys
import warnings

import numpy as np


def dict_version_cells(namespaces):
    """CPython's private per-dict version tag (PEP 509), which changes whenever a dict is modified,
    as one ctypes view per namespace (read again at no more cost than an attribute): comparing the
    tags of every module's namespace before and after a problem costs microseconds. None where this
    Python has no such tag (checked on dicts of our own); the namespaces are then compared."""
    try:
        probe, other = {}, {}
        cells = [ctypes.c_uint64.from_address(id(d) + 24) for d in (probe, other)]
        before, before_other = cells[0].value, cells[1].value
        probe["x"] = 1
        after = cells[0].value
        probe["x"] = 2
        if before != after and after != cells[0].value and cells[1].value == before_other:
            # The views stay valid: the namespaces are kept alive by ChildState.watched.
            return [ctypes.c_uint64.from_address(id(d) + 24) for d in namespaces]
    except Exception:
        pass
    return None


# The module list and watched namespaces as the server had them before it froze its objects
# (prepare): a child whose sys.modules is still that list takes them over instead of building its
# own, so it neither allocates them again nor copies the pages they would land on.
PREPARED = None


def watched_namespaces(restored):
    return [module.__dict__ for name, module in sys.modules.items()
            if module is not None and name != "__main__" and name not in restored
            and isinstance(getattr(module, "__dict__", None), dict)]


def prepare():
    """In the server, once, before gc.freeze (entry.py)."""
    global PREPARED
    watched = watched_namespaces(ChildState.RESTORED)
    cell = dict_version_cells([sys.modules])
    if cell is not None:
        PREPARED = (frozenset(sys.modules), watched, dict_version_cells(watched), cell[0].value)


class ChildState:
    """What one problem could leave behind for the next in the same child, captured before any
    student code runs. Cheap state is put back before every problem; a change to the namespace of
    any module loaded before the student's code (numpy, json, builtins, …: monkeypatching) makes
    the child unfit for another problem, and the zygote forks a fresh one."""

    # Put back explicitly instead of being watched (warnings.catch_warnings() replaces its filters).
    RESTORED = ("warnings",)

    def __init__(self):
        self.path = list(sys.path)
        self.recursion = sys.getrecursionlimit()
        self.numpy_errors = np.geterr()
        self.filters = warnings.filters
        self.filter_items = list(warnings.filters)
        self.showwarning = warnings.showwarning
        self.umask = os.umask(0o022)
        os.umask(self.umask)
        self.signals = {}
        for sig in signal.valid_signals():
            try:
                self.signals[sig] = signal.getsignal(sig)
            except (OSError, ValueError):
                pass
        # sys.modules' own version tag: whether it changed since prepare, and whether anything but the
        # student's module was added in a problem (restore).
        self.modules_cell = dict_version_cells([sys.modules])
        self.modules_after_submission = None
        prepared = PREPARED
        if prepared is not None and self.modules_cell is not None and self.modules_cell[0].value == prepared[3]:
            self.modules, self.watched, self.versions = prepared[:3]
        else:
            self.modules = set(sys.modules)
            self.watched = watched_namespaces(self.RESTORED)
            self.versions = dict_version_cells(self.watched)
        self.snapshot = self.take()
        # torch's thread count lives in the library, not in a namespace: put back like numpy's settings.
        torch = sys.modules.get("torch")
        self.torch_threads = torch.get_num_threads() if torch is not None else None

    def submission_added(self):
        """Called right after the student's module is put into sys.modules (child.py)."""
        if self.modules_cell is not None:
            self.modules_after_submission = self.modules_cell[0].value

    def take(self):
        if self.versions is not None:
            return [cell.value for cell in self.versions]
        return [(tuple(namespace), tuple(namespace.values())) for namespace in self.watched]

    def unchanged(self):
        try:
            return self.take() == self.snapshot
        except BaseException:
            return False

    def restore(self):
        """Before each problem: the student's modules forgotten; sys.path, the recursion limit,
        warnings, numpy's error settings, torch's thread count, signals, timers and umask as they were (run_problem then
        sets the working folder)."""
        if self.modules_after_submission is not None and self.modules_cell[0].value == self.modules_after_submission:
            # The usual case: sys.modules unchanged since the student's module was put in (its code
            # imported nothing new), so there is nothing to look for.
            del sys.modules["submission"]
        else:
            for name in [n for n in sys.modules if n not in self.modules]:
                del sys.modules[name]
        self.modules_after_submission = None
        sys.path[:] = self.path
        if sys.gettrace() is not None:
            sys.settrace(None)
        if sys.getprofile() is not None:
            sys.setprofile(None)
        if sys.getrecursionlimit() != self.recursion:
            sys.setrecursionlimit(self.recursion)
        if np.geterr() != self.numpy_errors:
            np.seterr(**self.numpy_errors)
        if self.torch_threads is not None:
            torch = sys.modules.get("torch")
            if torch is not None and torch.get_num_threads() != self.torch_threads:
                torch.set_num_threads(self.torch_threads)
        if warnings.filters is not self.filters or warnings.filters != self.filter_items:
            warnings.filters = self.filters
            self.filters[:] = self.filter_items
            warnings._filters_mutated()
        if warnings.showwarning is not self.showwarning:
            warnings.showwarning = self.showwarning
        signal.alarm(0)
        for timer in (signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF):
            if signal.getitimer(timer) != (0.0, 0.0):
                signal.setitimer(timer, 0)
        for sig, handler in self.signals.items():
            try:
                if signal.getsignal(sig) is not handler:
                    signal.signal(sig, handler)
            except (OSError, ValueError, TypeError):
                pass
        os.umask(self.umask)
        if not gc.isenabled():
            gc.enable()
