"""Grader's Python worker (see docs/runner-protocol.md and docs/security.md).

Roles, one process each:
- the *server* (sandboxed, --server): imports numpy once, holds the only pipes to the grader, and
  for each submission forks a zygote into new PID, mount and IPC namespaces, then relays whole
  frames between the grader and that zygote until the grader closes the submission; it never runs
  or reads student code, and no student code can address it;
- the *zygote* (one per submission; init of the submission's PID namespace): sets up the
  submission's scratch and files, gives up every capability, installs the seccomp filter, and
  forks a child that serves the submission's problems, enforcing the wall-time, CPU and output
  limits (without a sandbox, the zygote is the process the grader started);
- the *child*: drops to the limits, redirects its stdout/stderr into a pipe the zygote reads
  (bounded), imports the student's file afresh for each problem and answers calls over a private
  socketpair. A child that breaks a limit, crashes, or leaves anything behind that it cannot put
  back (threads, processes, open files, memory, a changed module) is killed, and the next problem
  gets a fresh one. Killing a child never affects the zygote.
"""
import base64
import ctypes
import errno
import gc
import io
import json
import math
import os
import resource
import select
import signal
import socket
import struct
import sys
import time
import traceback
import types
import warnings

import numpy as np

MAX_FRAME = 32 << 20
GRACE_SECONDS = 0.2
_asarray = np.asarray
_frombuffer = np.frombuffer
_LE_FLOAT64 = np.dtype("<f8")
_LE_INT64 = np.dtype("<i8")
_b64decode = base64.b64decode
_b64encode = base64.b64encode
_isfinite = np.isfinite
_ndarray = np.ndarray
_float64 = np.float64
_int64 = np.int64
_number = np.number
_bool = np.bool_
_dumps = json.dumps
# One encoder for every frame (json.dumps with allow_nan=False would build one per call).
_encode = json.JSONEncoder(allow_nan=False).encode
_loads = json.loads
_WORKER_FILE = sys._getframe().f_code.co_filename


class ProtocolError(Exception):
    pass


def read_exact(fd, n):
    chunks = []
    while n > 0:
        chunk = os.read(fd, min(n, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def read_frame_body(fd):
    header = read_exact(fd, 4)
    if header is None:
        return None
    (length,) = struct.unpack(">I", header)
    if length > MAX_FRAME:
        raise ProtocolError("frame of %d bytes is larger than the limit" % length)
    return read_exact(fd, length)


def read_frame(fd):
    body = read_frame_body(fd)
    return None if body is None else _loads(body.decode("utf-8"))


def encode_frame(message):
    body = _encode(message).encode("utf-8")
    return struct.pack(">I", len(body)) + body


def write_all(fd, data):
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def write_frame(fd, message):
    write_all(fd, encode_frame(message))


# ---------------------------------------------------------------- values

class BadValue(Exception):
    pass


def number(x):
    if x != x:
        return "nan"
    if x == float("inf"):
        return "inf"
    if x == float("-inf"):
        return "-inf"
    return x


def decode_argument(arg):
    kind = arg["kind"]
    if kind == "list":
        return [decode_argument(item) for item in arg["items"]]
    if "f8" in arg or "i8" in arg:
        # A packed array (PackedArray.cs): little-endian 8-byte values, copied so it is writable.
        packed, dtype = (arg["f8"], _LE_FLOAT64) if "f8" in arg else (arg["i8"], _LE_INT64)
        return _frombuffer(bytearray(_b64decode(packed)), dtype=dtype).reshape(arg["shape"])
    data = arg["data"]
    if kind == "int":
        if not arg["shape"]:
            return int(data)
        return _asarray(data, dtype=_int64)
    if not arg["shape"]:
        return float(data)
    # numpy reads the strings "nan", "inf" and "-inf" as floats itself.
    return _asarray(data, dtype=_float64)


def type_name(value):
    try:
        name = type(value).__name__
    except Exception:
        name = "object"
    return str(name)[:80]


def encode_value(value, depth=0):
    if depth > 16:
        raise BadValue("is nested too deeply")
    if isinstance(value, _ndarray):
        if value.dtype.kind not in "biuf":
            raise BadValue("is an array of dtype %s, not numbers" % str(value.dtype)[:40])
        if depth == 0:
            # Packed (PackedArray.cs): float64 values as bytes, NaN and infinities included.
            plain = _asarray(value, dtype=_LE_FLOAT64)
            return {"shape": list(plain.shape), "f8": _b64encode(plain.tobytes()).decode("ascii")}
        plain = _asarray(value, dtype=_float64)
        if _isfinite(plain).all():
            return plain.tolist()
        return encode_nested(plain.tolist())
    if isinstance(value, (bool, _bool)):
        return 1.0 if value else 0.0
    if isinstance(value, (int, float, _number)):
        if isinstance(value, complex) or getattr(value, "imag", 0) != 0:
            raise BadValue("is a complex number")
        return number(float(value))
    if isinstance(value, (list, tuple)):
        return [encode_value(item, depth + 1) for item in value]
    raise BadValue("is a %s, not a number or array" % type_name(value))


def encode_nested(plain):
    if isinstance(plain, list):
        return [encode_nested(x) for x in plain]
    return number(plain)


def bind_outputs(result, outputs):
    """Returns (values by name, problems)."""
    names = [o["name"] for o in outputs]
    values, problems, raw = {}, [], {}
    if isinstance(result, dict):
        for name in names:
            if name in result:
                raw[name] = result[name]
            else:
                problems.append("output '%s' is missing" % name)
    elif len(names) == 1:
        if isinstance(result, tuple) and len(result) == 1:
            result = result[0]
        raw[names[0]] = result
    elif isinstance(result, (tuple, list)):
        if len(result) != len(names):
            problems.append("returned %d values, expected %d (%s)" % (len(result), len(names), ", ".join(names)))
        for name, item in zip(names, result):
            raw[name] = item
    else:
        problems.append("returned a %s, expected a dict keyed by %s or a tuple of %d values"
                        % (type_name(result), ", ".join(names), len(names)))
    for output in outputs:
        name = output["name"]
        if name not in raw:
            continue
        try:
            item = raw[name]
            if output["isList"]:
                if not isinstance(item, (list, tuple)):
                    raise BadValue("is a %s, not a list of arrays" % type_name(item))
                values[name] = [encode_value(x) for x in item]
            else:
                values[name] = encode_value(item)
        except BadValue as bad:
            problems.append("output '%s' %s" % (name, bad))
        except Exception as error:
            problems.append("output '%s' could not be read: %s" % (name, type_name(error)))
    return values, problems


# ---------------------------------------------------------------- child

def student_traceback(error):
    try:
        tb = error.__traceback__
        while tb is not None and tb.tb_frame.f_code.co_filename == _WORKER_FILE:
            tb = tb.tb_next
        return "".join(traceback.format_exception(type(error), error, tb))[-20000:]
    except BaseException:
        return type_name(error)


def describe_exception(error):
    try:
        text = str(error)[:500]
    except BaseException:
        text = ""
    return "%s: %s" % (type_name(error), text) if text else type_name(error)


class CompileTooLarge(Exception):
    """Compiling the file itself needed more memory than the limit (CPython needs ~130 bytes per
    byte of source for some files: a 9 MiB .py of statements takes more than 1 GiB)."""

    def __init__(self, size):
        super().__init__(size)
        self.size = size


def classify(error, limits):
    if isinstance(error, CompileTooLarge):
        return "memory", ("compiling the file (%.1f MiB) needs more than the %s memory limit: keep large data in a "
                          ".npy or .csv file beside the code and load it" % (error.size / 1048576.0, limits["memoryText"]))
    if isinstance(error, MemoryError):
        return "memory", "exceeded the %s memory limit" % limits["memoryText"]
    if isinstance(error, OSError) and error.errno == errno.EAGAIN:
        return "processes", "hit the limit of %d processes" % limits["processes"]
    if isinstance(error, SystemExit):
        return "exception", "called sys.exit(%r)" % (error.code,)
    return "exception", "raised " + describe_exception(error)


def set_fixed_limits(limits, sandboxed):
    """The limits a child keeps for its whole life: hard limits equal to soft ones, so the code
    cannot raise them. The CPU limit is per problem (set_cpu_limit), the zygote watches it too."""
    def cap(which, value):
        try:
            resource.setrlimit(which, (value, value))
        except (ValueError, OSError):
            pass
    cap(resource.RLIMIT_CORE, 0)
    cap(resource.RLIMIT_AS, limits["memoryBytes"])
    cap(resource.RLIMIT_NOFILE, limits["openFiles"])
    cap(resource.RLIMIT_FSIZE, limits["fileSizeBytes"])
    if sandboxed:
        cap(resource.RLIMIT_NPROC, limits["processes"])


def fixed_limits_key(limits, sandboxed):
    """A child serves another problem only if that problem's fixed limits are the same."""
    return (limits["memoryBytes"], limits["openFiles"], limits["fileSizeBytes"], limits["processes"], sandboxed)


def set_cpu_limit(limits):
    """SIGXCPU once this problem has used its CPU time (the soft limit counts from the child's start)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    used = usage.ru_utime + usage.ru_stime
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    soft = max(1, int(math.ceil(used + float(limits["cpuSeconds"]))))
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    try:
        resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))
    except (ValueError, OSError):
        pass


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


class ChildState:
    """What one problem could leave behind for the next in the same child, captured before any
    student code runs. Cheap state is put back before every problem; a change to the namespace of
    any module loaded before the student's code (numpy, json, builtins, …: monkeypatching) makes
    the child unfit for another problem, and the zygote forks a fresh one."""

    # Put back explicitly instead of being watched (warnings.catch_warnings() replaces its filters).
    RESTORED = ("warnings",)

    def __init__(self):
        self.modules = set(sys.modules)
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
        self.watched = [module.__dict__ for name, module in sys.modules.items()
                        if module is not None and name != "__main__" and name not in self.RESTORED
                        and isinstance(getattr(module, "__dict__", None), dict)]
        self.versions = dict_version_cells(self.watched)
        self.snapshot = self.take()

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
        warnings, numpy's error settings, signals, timers and umask as they were (run_problem then
        sets the working folder)."""
        for name in [n for n in sys.modules if n not in self.modules]:
            del sys.modules[name]
        sys.path[:] = self.path
        if sys.gettrace() is not None:
            sys.settrace(None)
        if sys.getprofile() is not None:
            sys.setprofile(None)
        if sys.getrecursionlimit() != self.recursion:
            sys.setrecursionlimit(self.recursion)
        if np.geterr() != self.numpy_errors:
            np.seterr(**self.numpy_errors)
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


class EndOfOutput:
    """Written into the child's output pipe after the import and after each call, behind whatever the
    code printed, so the zygote knows exactly which output belongs to which call without a round trip
    per call. The token is random per child; code that prints it only muddles its own output."""

    def __init__(self, out_w, token):
        self.fd = os.dup(out_w)
        self.token = token

    def mark(self):
        flush()
        try:
            write_all(self.fd, self.token)
            return True
        except OSError:
            return False


def child_main(sock, out_w, limits, sandboxed, token):
    """A child serves the submission's problems one after another, each as a fresh import of its
    file, for as long as the zygote finds it clean; it never reads anything but its socket."""
    os.setsid()
    if sandboxed:
        # The zygote is not dumpable (student code cannot reach into it); the child must be, for the
        # zygote to read its /proc entries. Nothing outside this submission's PID namespace sees it.
        set_dumpable(True)
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.dup2(out_w, 1)
    os.dup2(out_w, 2)
    marker = EndOfOutput(out_w, token)
    os.close(out_w)
    os.close(devnull)
    sys.stdin = io.TextIOWrapper(io.FileIO(0, "r", closefd=False))
    sys.stdout = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), write_through=True)
    sys.stderr = sys.stdout
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGPIPE):
        signal.signal(sig, signal.SIG_DFL)
    set_fixed_limits(limits, sandboxed)
    fd = sock.fileno()
    state = ChildState()
    write_frame(fd, {"op": "ready"})
    compiled = {}
    while True:
        load = read_frame(fd)
        if load is None:
            os._exit(0)
        clean = run_problem(fd, load, state, compiled, marker)
        flush()
        write_frame(fd, {"op": "done", "clean": clean and state.unchanged()})


def run_problem(fd, load, state, compiled, marker):
    """Imports the file afresh and answers the problem's calls in turn, marking the end of each one's
    output. True if every call ended normally."""
    state.restore()
    limits = load["limits"]
    set_cpu_limit(limits)
    filename = load["file"]
    folder = os.path.dirname(filename)
    sys.path.insert(0, folder)
    try:
        if os.getcwd() != folder:
            os.chdir(folder)
    except OSError:
        pass
    module = types.ModuleType("submission")
    module.__file__ = filename
    sys.modules["submission"] = module
    try:
        key = (filename, load["source"])
        if key not in compiled:
            try:
                compiled[key] = compile(load["source"], filename, "exec")
            except MemoryError:
                raise CompileTooLarge(len(load["source"])) from None
        exec(compiled[key], module.__dict__)
        function = module.__dict__.get(load["function"])
        if not callable(function):
            raise NameError("%s is not defined as a function" % load["function"])
    except BaseException as error:
        kind, message = classify(error, limits)
        if isinstance(error, SystemExit):
            message = "called sys.exit(%r) while being imported" % (error.code,)
        trace = "" if isinstance(error, CompileTooLarge) else student_traceback(error)
        write_frame(fd, {"op": "load-error", "marked": marker.mark(), "outcome": kind, "message": message,
                         "traceback": trace})
        return kind == "exception"
    write_frame(fd, {"op": "loaded", "marked": marker.mark()})
    clean = True
    for request in load["calls"]:
        clean = answer_call(fd, function, request, load, limits, marker) and clean
    return clean


def answer_call(fd, function, request, load, limits, marker):
    """Runs one call and sends its result; True if it returned or raised an ordinary exception."""
    args = [decode_argument(a) for a in request["args"]]
    started = time.perf_counter()
    try:
        result = function(*args)
    except BaseException as error:
        kind, message = classify(error, limits)
        response = {"op": "result", "marked": False, "outcome": kind, "message": message,
                    "traceback": student_traceback(error)}
    else:
        values, problems = bind_outputs(result, load["outputs"])
        response = {"op": "result", "marked": False, "outcome": "bad-return" if problems else "returned",
                    "outputs": values, "problems": problems}
    response["seconds"] = time.perf_counter() - started
    response["marked"] = marker.mark()
    try:
        write_frame(fd, response)
    except ValueError:
        write_frame(fd, {"op": "result", "marked": response["marked"], "outcome": "bad-return", "outputs": {},
                         "problems": ["the outputs could not be encoded"]})
    return response["outcome"] in ORDINARY


# Outcomes after which a child may serve another problem (memory, processes, timeout, output and
# crashed never: the zygote forks a fresh child).
ORDINARY = ("returned", "bad-return", "exception")


def flush():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BaseException:
            pass


# ---------------------------------------------------------------- zygote

class Child:
    """The zygote's side of a child: relays frames, enforces the wall-time, CPU and output limits,
    and decides whether the child may serve the submission's next problem."""

    def __init__(self, limits, sandboxed):
        self.limits = limits
        self.key = fixed_limits_key(limits, sandboxed)
        self.sandboxed = sandboxed
        parent_sock, child_sock = socket.socketpair()
        out_r, out_w = os.pipe()
        self.token = b"\0grader-end-of-output-" + os.urandom(8).hex().encode("ascii") + b"\0"
        pid = os.fork()
        if pid == 0:
            try:
                parent_sock.close()
                os.close(out_r)
                for fd in {PROTO_IN, PROTO_OUT}:
                    os.close(fd)
                child_main(child_sock, out_w, limits, sandboxed, self.token)
            finally:
                os._exit(70)
        child_sock.close()
        os.close(out_w)
        self.pid = pid
        self.sock = parent_sock
        self.out_r = out_r
        self.buffer = bytearray()
        self.output = bytearray()
        self.alive = True
        self.cpu_start = 0.0
        self.started = self.exchange(None, "the start")
        # What the child holds before any student code: a problem may leave no more behind.
        self.baseline = self.usage() if self.started.get("op") == "ready" else None

    def begin(self, limits):
        """A problem starts: its own wall, output and CPU limits (CPU counted from here)."""
        self.limits = limits
        self.cpu_start = self.cpu()
        self.output.clear()

    def exchange(self, request, what):
        """Sends request (or None) and waits for the child's next frame; returns it with what the
        child printed before it (up to the child's end-of-output marker), or a failure."""
        if request is not None:
            try:
                self.sock.sendall(request if isinstance(request, bytes) else encode_frame(request))
            except OSError:
                return self.died(what, b"")
        deadline = time.monotonic() + float(self.limits["wallSeconds"])
        captured = bytearray()
        watched = [self.sock] if self.out_r < 0 else [self.sock, self.out_r]
        reply, marked = None, False
        check_cpu_at = time.monotonic() + CPU_CHECK_SECONDS
        while True:
            if not marked and self.output:
                marked = self.take_output(captured)
                if len(captured) > self.limits["outputBytes"]:
                    del captured[self.limits["outputBytes"]:]
                    self.kill()
                    return failure("output", "printed more than the %s output limit in %s"
                                   % (self.limits["outputText"], what), captured)
                if marked and self.out_r in watched:
                    # What follows the marker is the next call's: left in the pipe until then.
                    watched.remove(self.out_r)
            if reply is None:
                # A frame may have come together with the previous one.
                reply = self.take_frame()
            if reply is not None and (marked or not reply.get("marked") or self.out_r not in watched):
                reply["stdout"] = captured.decode("utf-8", "replace")
                return reply
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                self.kill()
                return failure("timeout", "timed out after %s in %s" % (self.limits["wallText"], what), captured)
            ready, _, _ = select.select(watched, [], [], min(remaining, CPU_CHECK_SECONDS))
            if not ready:
                send_outbox()
            if time.monotonic() >= check_cpu_at:
                # Also while the code keeps printing: its CPU time is watched at least once a second.
                check_cpu_at = time.monotonic() + CPU_CHECK_SECONDS
                if self.cpu() - self.cpu_start > float(self.limits["cpuSeconds"]):
                    self.kill()
                    return self.cpu_failure(what, captured)
            if not ready:
                continue
            if self.out_r in ready:
                chunk = os.read(self.out_r, 1 << 16)
                if chunk:
                    self.output += chunk
                else:
                    watched.remove(self.out_r)
            if self.sock in ready:
                chunk = self.sock.recv(1 << 16)
                if not chunk:
                    self.take_output(captured)
                    del captured[self.limits["outputBytes"]:]
                    return self.died(what, captured)
                self.buffer += chunk

    def take_output(self, captured):
        """Moves the current call's output from what was read to captured; True once its end-of-output
        marker is among it (the rest stays for the next call)."""
        at = self.output.find(self.token)
        if at >= 0:
            captured += self.output[:at]
            del self.output[:at + len(self.token)]
            return True
        keep = len(self.token) - 1  # the start of a marker split between two reads
        if len(self.output) > keep:
            captured += self.output[:-keep]
            del self.output[:-keep]
        return False

    def take_frame(self):
        if len(self.buffer) < 4:
            return None
        (length,) = struct.unpack(">I", self.buffer[:4])
        if length > MAX_FRAME:
            self.kill()
            return failure("crashed", "sent a response larger than %d bytes" % MAX_FRAME, b"")
        if len(self.buffer) < 4 + length:
            return None
        body = bytes(self.buffer[4:4 + length])
        del self.buffer[:4 + length]
        for prefix, marked in RESULT_PREFIXES:
            if body.startswith(prefix) and body.endswith(b"}"):
                # A result as the child's encoder wrote it: relayed without being parsed and encoded
                # again (the grader parses and checks it; code that forges one only breaks its own case).
                end = body.find(b'"', len(prefix))
                outcome = body[len(prefix):end].decode("utf-8", "replace")
                return {"op": "result", "marked": marked, "outcome": outcome, RAW: body}
        try:
            reply = _loads(body.decode("utf-8"))
            if not isinstance(reply, dict):
                raise ValueError("not an object")
            return reply
        except ValueError:
            self.kill()
            return failure("crashed", "the worker's response was corrupted (did the code write to fd %d?)"
                           % self.sock.fileno(), b"")

    def cpu_failure(self, what, captured):
        return failure("timeout", "used more than %s of CPU time in %s" % (self.limits["cpuText"], what), captured)

    def died(self, what, captured):
        status = self.reap()
        if os.WIFSIGNALED(status):
            sig = os.WTERMSIG(status)
            if sig == signal.SIGXCPU:
                return self.cpu_failure(what, captured)
            if sig == signal.SIGXFSZ:
                return failure("crashed", "wrote a file larger than the %s file-size limit in %s"
                               % (self.limits["fileSizeText"], what), captured)
            return failure("crashed", "was killed by signal %s in %s" % (signal_name(sig), what), captured)
        code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else -1
        return failure("crashed", "exited with code %d (sys.exit/os._exit) in %s" % (code, what), captured)

    def cpu(self):
        """CPU seconds the child (all its threads) has used, from /proc; 0 once it is gone."""
        try:
            with open("/proc/%d/stat" % self.pid, "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
        except (OSError, IndexError, ValueError):
            return 0.0

    def usage(self):
        """(open files, address space in kB, threads) of the child, or None."""
        try:
            files = len(os.listdir("/proc/%d/fd" % self.pid))
            values = {}
            with open("/proc/%d/status" % self.pid, "rb") as status:
                for line in status:
                    name, _, value = line.partition(b":")
                    if name in (b"VmSize", b"Threads"):
                        values[name] = int(value.split()[0])
            return files, values[b"VmSize"], values[b"Threads"]
        except (OSError, KeyError, IndexError, ValueError):
            return None

    def reusable(self):
        """True if the child is as it was before the student's code ran, as far as the zygote can
        see: no more open files or threads, its address space not grown by more than
        REUSE_GROWTH_KB, and no other process of the submission left in the sandbox."""
        if not (self.alive and self.sandboxed and self.baseline):
            return False
        now = self.usage()
        if now is None:
            return False
        files, size, threads = now
        base_files, base_size, base_threads = self.baseline
        if files > base_files or threads > base_threads or size > base_size + REUSE_GROWTH_KB:
            return False
        return others() == [self.pid]

    def reap(self):
        if self.alive:
            self.alive = False
            try:
                _, self.status = os.waitpid(self.pid, 0)
            except ChildProcessError:
                self.status = 0
        self.close()
        return self.status

    def kill(self, grace=True):
        """SIGTERM, a short grace, then SIGKILL; an idle child gets no grace."""
        if self.alive and grace:
            try:
                os.killpg(self.pid, signal.SIGTERM)
            except OSError:
                pass
            deadline = time.monotonic() + GRACE_SECONDS
            while time.monotonic() < deadline:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
                if pid:
                    self.alive, self.status = False, status
                    break
                time.sleep(0.002)
        if self.alive:
            for target in (-self.pid, self.pid):
                try:
                    os.kill(target, signal.SIGKILL)
                except OSError:
                    pass
        self.reap()
        sweep(self.sandboxed)

    def close(self):
        if self.out_r < 0:
            return
        self.sock.close()
        try:
            os.close(self.out_r)
        except OSError:
            pass
        self.out_r = -1


def sweep(sandboxed):
    """Kills everything a problem left behind. Only inside the submission's own PID namespace, of
    which this zygote is init: every other process in it belongs to the submission. Waits (briefly)
    until they are gone, so the next problem starts from a clean slate."""
    if not sandboxed:
        return
    deadline = time.monotonic() + 1.0
    while True:
        try:
            os.kill(-1, signal.SIGKILL)
        except OSError:
            pass
        while True:
            try:
                pid, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if not pid:
                break
        if not others() or time.monotonic() > deadline:
            return
        time.sleep(0.001)


def others():
    keep = (1, os.getpid())
    try:
        return [int(p) for p in os.listdir("/proc") if p.isdigit() and int(p) not in keep]
    except OSError:
        return []


# ---------------------------------------------------------------- server

# Linux constants (unshare/setns flags, mount flags, prctl options).
CLONE_NEWNS, CLONE_NEWIPC, CLONE_NEWPID = 0x00020000, 0x08000000, 0x20000000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC = 1, 2, 4, 8
MS_REMOUNT, MS_BIND, MS_REC, MS_PRIVATE = 32, 4096, 16384, 1 << 18
PR_SET_DUMPABLE, PR_SET_SECCOMP, PR_CAPBSET_DROP, PR_SET_NO_NEW_PRIVS, PR_CAP_AMBIENT = 4, 22, 24, 38, 47
# What the grader sends to end a submission: the only frame the server reads rather than relays.
CLOSE = b'{"op":"close"}'


class Linux:
    """The few system calls Python has no wrapper for (3.11), through the C library."""

    def __init__(self):
        self.libc = ctypes.CDLL(None, use_errno=True)

    def check(self, result, what):
        if result != 0:
            error = ctypes.get_errno()
            raise OSError(error, "%s: %s" % (what, os.strerror(error)))

    def unshare(self, flags):
        self.check(self.libc.unshare(flags), "unshare")

    def setns(self, fd, flags):
        self.check(self.libc.setns(fd, flags), "setns")

    def mount(self, source, target, fstype, flags, data=None):
        encode = lambda text: None if text is None else text.encode()
        self.check(self.libc.mount(encode(source), encode(target), encode(fstype), ctypes.c_ulong(flags), encode(data)),
                   "mount " + target)

    def prctl(self, option, argument, *rest):
        return self.libc.prctl(option, ctypes.c_ulong(argument), *rest)

    def drop_capabilities(self):
        """Every capability gone for good: bounding set (where permitted), ambient, then the sets."""
        for cap in range(64):
            if self.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0 and ctypes.get_errno() == errno.EINVAL:
                break
        self.prctl(PR_CAP_AMBIENT, 4, 0, 0, 0)  # PR_CAP_AMBIENT_CLEAR_ALL
        header = (ctypes.c_uint32 * 2)(0x20080522, 0)  # _LINUX_CAPABILITY_VERSION_3, this process
        self.check(self.libc.capset(header, (ctypes.c_uint32 * 6)()), "capset")
        with open("/proc/self/status", "rb") as status:
            for line in status:
                if line.startswith((b"CapEff:", b"CapPrm:", b"CapAmb:")) and int(line.split()[1], 16):
                    raise OSError(errno.EPERM, "a capability is left: " + line.decode().strip())

    def install_seccomp(self, program):
        """The grader's filter (SeccompFilter.cs): 8-byte BPF instructions, for this and every later process."""
        class Program(ctypes.Structure):
            _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]
        code = ctypes.create_string_buffer(program, len(program))
        fprog = Program(len(program) // 8, ctypes.cast(code, ctypes.c_void_p))
        self.check(self.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "prctl(PR_SET_NO_NEW_PRIVS)")
        self.check(self.prctl(PR_SET_SECCOMP, 2, ctypes.byref(fprog), 0, 0), "prctl(PR_SET_SECCOMP)")


def set_dumpable(on):
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_DUMPABLE, 1 if on else 0, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_DUMPABLE) failed")


class Server:
    """A sandbox reused for one submission after another (never two at once). The server alone holds
    the pipes to the grader, and no code of a submission can address it: each submission gets a PID
    namespace of its own, whose init is the submission's zygote, and a mount and IPC namespace of its
    own with fresh, size-limited /tmp, /dev/shm and /submission. The server relays whole frames
    between the grader and the zygote; "close" is the one frame it reads: it kills the zygote, which
    takes every process of the namespace with it (and with them the namespaces and their files), and
    answers "closed" with the token of the submission it was given, which no submission ever sees."""

    def __init__(self, program):
        self.linux = Linux()
        self.program = program
        # This server's own PID namespace, to go back to after creating one for a submission's zygote.
        self.pid_namespace = os.open("/proc/self/ns/pid", os.O_RDONLY | os.O_CLOEXEC)

    @staticmethod
    def enter_pid_namespace():
        """Called first by the sandbox's command: the server runs as init of a PID namespace of its
        own (owned by the sandbox's user namespace, so it may create namespaces below it). The
        command itself gives the server its pipes and only waits; it keeps no pipe to the grader."""
        Linux().unshare(CLONE_NEWPID)
        pid = os.fork()
        if pid == 0:
            return
        for fd in {PROTO_IN, PROTO_OUT}:
            os.close(fd)
        _, status = os.waitpid(pid, 0)
        os._exit(os.waitstatus_to_exitcode(status) & 0xFF)

    def run(self):
        set_dumpable(False)
        while True:
            body = read_frame_body(PROTO_IN)
            if body is None:
                return
            header = _loads(body.decode("utf-8"))
            if header.get("op") != "next":
                return
            pid, sock = self.start_zygote(header)
            if not self.relay(pid, sock):
                # The zygote ended by itself or broke the framing: the sandbox ends (the grader sees
                # it stop, fails the problem, and never reuses it).
                return
            write_frame(PROTO_OUT, {"op": "closed", "token": header["token"], "clean": True})

    def start_zygote(self, header):
        ours, theirs = socket.socketpair()
        self.linux.unshare(CLONE_NEWPID)
        pid = os.fork()
        if pid == 0:
            try:
                ours.close()
                for fd in {PROTO_IN, PROTO_OUT, self.pid_namespace}:
                    os.close(fd)
                Zygote(self.linux, theirs, header, self.program).run()
                os._exit(0)
            finally:
                os._exit(70)
        self.linux.setns(self.pid_namespace, CLONE_NEWPID)
        theirs.close()
        return pid, ours

    def relay(self, pid, sock):
        """Relays until the grader closes the submission (True) or the zygote fails (False)."""
        pending = bytearray()
        try:
            while True:
                ready, _, _ = select.select([PROTO_IN, sock], [], [])
                if PROTO_IN in ready:
                    body = read_frame_body(PROTO_IN)
                    if body is None:
                        return False
                    if body == CLOSE:
                        return True
                    sock.sendall(struct.pack(">I", len(body)) + body, socket.MSG_NOSIGNAL)
                if sock in ready:
                    chunk = sock.recv(1 << 16)
                    if not chunk:
                        return False
                    pending += chunk
                    whole = self.whole_frames(pending)
                    if whole:
                        write_all(PROTO_OUT, whole)
        except (OSError, ProtocolError):
            return False
        finally:
            self.end(pid, sock)

    @staticmethod
    def whole_frames(pending):
        """Takes the complete frames off the front of pending: a zygote cannot split or forge framing."""
        end = 0
        while len(pending) - end >= 4:
            (length,) = struct.unpack(">I", pending[end:end + 4])
            if length > MAX_FRAME:
                raise ProtocolError("the zygote sent a frame of %d bytes" % length)
            if len(pending) - end < 4 + length:
                break
            end += 4 + length
        whole = bytes(pending[:end])
        del pending[:end]
        return whole

    @staticmethod
    def end(pid, sock):
        """Ends the submission: at end-of-input its zygote kills and reaps everything of the submission
        and exits (so their CPU time is accounted to this server, hence to the grader); a zygote that
        has not done so within ZYGOTE_EXIT_SECONDS (it was in the middle of a problem) is killed, and
        the kernel kills every process of its PID namespace before it can be reaped. Either way, once
        waitpid returns nothing of the submission runs, and its mounts and IPC objects are gone with
        their namespaces."""
        sock.close()
        exited = os.pidfd_open(pid)
        try:
            ready, _, _ = select.select([exited], [], [], ZYGOTE_EXIT_SECONDS)
            if not ready:
                os.kill(pid, signal.SIGKILL)
        finally:
            os.close(exited)
        try:
            os.waitpid(pid, 0)
        except ChildProcessError:
            pass


class Zygote:
    """A submission's zygote: init of the submission's PID namespace, it makes the submission's mount
    and IPC namespaces and scratch, receives its files, then gives up every capability, becomes
    undumpable and installs the seccomp filter before it serves the problems (serve)."""

    def __init__(self, linux, sock, header, program):
        self.linux = linux
        self.sock = sock
        self.header = header
        self.program = program

    def run(self):
        global PROTO_IN, PROTO_OUT
        PROTO_IN = PROTO_OUT = self.sock.fileno()
        linux = self.linux
        linux.unshare(CLONE_NEWNS | CLONE_NEWIPC)
        linux.mount(None, "/", None, MS_REC | MS_PRIVATE)
        linux.mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC)
        scratch = int(self.header["scratchBytes"])
        for folder in ("/tmp", "/dev/shm"):
            linux.mount("tmpfs", folder, "tmpfs", MS_NOSUID | MS_NODEV, "size=%d,mode=1777" % scratch)
        bound = bool(self.header.get("bound"))
        if not bound:
            linux.mount("tmpfs", "/submission", "tmpfs", MS_NOSUID | MS_NODEV,
                        "size=%d,mode=0755" % int(self.header["submissionBytes"]))
        request = read_frame(PROTO_IN)
        if request is None or request.get("op") != "open":
            return
        if not bound:
            self.write_files(request["files"])
            linux.mount(None, "/submission", None, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV)
        linux.drop_capabilities()
        set_dumpable(False)
        linux.install_seccomp(self.program)
        write_frame(PROTO_OUT, {"op": "opened"})
        serve(True)

    @staticmethod
    def write_files(files):
        """{relative path: base64} into /submission, read-only like a bound folder."""
        for name, data in sorted(files.items()):
            path = os.path.normpath(os.path.join("/submission", name))
            if not path.startswith("/submission/"):
                continue
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as handle:
                handle.write(base64.b64decode(data))
            os.chmod(path, 0o444)
        for folder, _, _ in sorted(os.walk("/submission"), reverse=True):
            os.chmod(folder, 0o555)


def signal_name(sig):
    try:
        return signal.Signals(sig).name
    except ValueError:
        return str(sig)


def relay(reply):
    """Queues a reply for the grader; a result relayed as the child encoded it gets its stdout added."""
    raw = reply.pop(RAW, None)
    if raw is None:
        OUTBOX.append(encode_frame(reply))
        return
    body = raw[:-1] + b', "stdout": ' + _dumps(reply["stdout"]).encode("utf-8") + b"}"
    OUTBOX.append(struct.pack(">I", len(body)) + body)


def send_outbox():
    """Writes the queued replies in one go: at the end of a problem, before reading a request, and
    when a call has kept the zygote waiting for a second. A problem's results thus reach the grader
    together (one wake-up, not one per case), never more than a second late."""
    if OUTBOX:
        data = b"".join(OUTBOX)
        OUTBOX.clear()
        write_all(PROTO_OUT, data)


def failure(kind, message, captured):
    return {"op": "result", "outcome": kind, "message": message,
            "stdout": bytes(captured).decode("utf-8", "replace")}


def main():
    """The sandbox's command: a server (--server) or, without a sandbox, one submission's zygote."""
    global PROTO_IN, PROTO_OUT
    sandboxed = "--sandboxed" in sys.argv
    # Nothing the grader's caller left open reaches this process's children.
    os.closerange(3, os.sysconf("SC_OPEN_MAX"))
    PROTO_IN, PROTO_OUT = os.dup(0), os.dup(1)
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.dup2(2, 1)
    os.close(devnull)
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    server = None
    if "--server" in sys.argv:
        Server.enter_pid_namespace()
        program = _b64decode(next(a for a in sys.argv if a.startswith("--seccomp=")).split("=", 1)[1])
        server = Server(program)
    # Everything imported so far is never collected again: the collector then leaves those objects'
    # memory alone, so the processes forked from here copy fewer pages.
    gc.collect()
    gc.freeze()
    write_frame(PROTO_OUT, {"op": "ready"})
    if server is not None:
        server.run()
    else:
        serve(sandboxed)


def serve(sandboxed):
    """One submission's zygote: its problems, each in the submission's child while that child is
    clean, in a fresh child otherwise, until exit (or the end of input)."""
    child = None
    while True:
        send_outbox()
        body = read_frame_body(PROTO_IN)
        request = _loads(body.decode("utf-8")) if body is not None else None
        if request is None or request.get("op") in ("exit", "close"):
            if child is not None:
                child.kill(grace=False)
            return
        if request.get("op") == "load":
            child = serve_problem(child, request, struct.pack(">I", len(body)) + body, sandboxed)
        else:
            relay(failure("crashed", "unknown request %r" % str(request.get("op"))[:40], b""))


def serve_problem(child, load, frame, sandboxed):
    """Relays the import's reply (a failed import ends the problem there) and then each call's
    result as it comes, each within its own wall-time limit; stops at the first breach and says
    "ended". Returns the child if it may serve the next problem."""
    limits = load["limits"]
    if child is not None and child.key != fixed_limits_key(limits, sandboxed):
        child.kill(grace=False)
        child = None
    if child is None:
        child = Child(limits, sandboxed)
        if child.baseline is None:
            reply = child.started
            reply["op"] = "load-error"
            relay(reply)
            send_outbox()
            child.kill(grace=False)
            return None
    child.begin(limits)
    reply = child.exchange(frame, "the import")
    ordinary = reply.get("outcome") in ORDINARY
    if reply.get("op") != "loaded":
        reply["op"] = "load-error"
        relay(reply)
        send_outbox()
    else:
        relay(reply)
        ordinary = True
        for call in load.get("calls") or []:
            reply = child.exchange(None, call.get("where", "a call"))
            ordinary = ordinary and reply.get("outcome") in ORDINARY
            relay(reply)
            if reply.get("outcome") in ("timeout", "output", "crashed") or not child.alive:
                break
        # Answer first: the grader checks these results while the child is examined (before the
        # next request is read, so nothing of this problem meets the next one unless it is clean).
        relay({"op": "ended"})
        send_outbox()
    if ordinary and child.alive:
        done = child.exchange(None, "the end of the problem")
        if done.get("op") == "done" and done.get("clean") is True and child.reusable():
            return child
    child.kill(grace=False)
    return None


PROTO_IN = PROTO_OUT = -1
# How a result frame written by the child's json.dumps begins (see answer_call).
RESULT_PREFIXES = ((b'{"op": "result", "marked": true, "outcome": "', True),
                   (b'{"op": "result", "marked": false, "outcome": "', False))
RAW = "\0raw"
# Replies for the grader not yet written (send_outbox).
OUTBOX = []
# How often the zygote looks at a running call's CPU time (the child may raise its own soft limit).
CPU_CHECK_SECONDS = 1.0
CLOCK_TICKS = float(os.sysconf("SC_CLK_TCK"))
# How long a zygote has to end its submission by itself after the server closes it.
ZYGOTE_EXIT_SECONDS = 1.0
# A child whose address space grew more than this in a problem is not reused.
REUSE_GROWTH_KB = 256 << 10

if __name__ == "__main__":
    main()
