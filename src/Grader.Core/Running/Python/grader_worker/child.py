"""The child: runs one submission's problems, each a fresh import of its file, for as long as the
zygote finds it clean. It never reads anything but its socket to the zygote; its stdout and stderr
are a pipe the zygote reads (bounded)."""
import errno
import io
import math
import os
import resource
import signal
import sys
import time
import traceback
import types

from grader_worker import framing, linux, notebook, outcomes, values
from grader_worker.child_state import ChildState

# Frames of the grader's own modules (compiled under this prefix by the bootstrap) are not the student's.
GRADER_FILES = "<grader_worker/"
# The address space of the libraries the server imported for the submission (preload.py), which the
# memory limit does not count.
PRELOADED_BYTES = 0


class CompileTooLarge(Exception):
    """Compiling the file itself needed more memory than the limit (CPython needs ~130 bytes per
    byte of source for some files: a 9 MiB .py of statements takes more than 1 GiB)."""

    def __init__(self, size):
        super().__init__(size)
        self.size = size


def student_traceback(error):
    try:
        tb = error.__traceback__
        while tb is not None and tb.tb_frame.f_code.co_filename.startswith(GRADER_FILES):
            tb = tb.tb_next
        return "".join(traceback.format_exception(type(error), error, tb))[-20000:]
    except BaseException:
        return values.type_name(error)


def classify(error):
    """What ended the code, as a kind and its particulars (the grader writes the sentence)."""
    if isinstance(error, CompileTooLarge):
        return {"outcome": outcomes.MEMORY, "reason": "compile", "bytes": error.size}
    if isinstance(error, MemoryError):
        return {"outcome": outcomes.MEMORY}
    if isinstance(error, OSError) and error.errno == errno.EAGAIN:
        return {"outcome": outcomes.PROCESSES}
    if isinstance(error, SystemExit):
        return {"outcome": outcomes.EXCEPTION, "reason": "sysExit", "code": repr(error.code)}
    report = {"outcome": outcomes.EXCEPTION, "error": values.type_name(error)}
    try:
        text = str(error)[:500]
    except BaseException:
        text = ""
    if text:
        report["text"] = text
    return report


def set_fixed_limits(limits, sandboxed):
    """The limits a child keeps for its whole life: hard limits equal to soft ones, so the code
    cannot raise them. The CPU limit is per problem (set_cpu_limit), the zygote watches it too."""
    def cap(which, value):
        try:
            resource.setrlimit(which, (value, value))
        except (ValueError, OSError):
            pass
    cap(resource.RLIMIT_CORE, 0)
    cap(resource.RLIMIT_AS, limits["memoryBytes"] + PRELOADED_BYTES)
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


def flush():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BaseException:
            pass


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
            framing.write_all(self.fd, self.token)
            return True
        except OSError:
            return False


class Child:
    """The child process itself: set up once (main), then one problem after another (run_problem)."""

    def __init__(self, fd, marker):
        self.fd = fd
        self.marker = marker
        self.state = ChildState()
        # Compiled once per file: the same source serves several problems.
        self.compiled = {}

    @staticmethod
    def main(sock, out_w, limits, sandboxed, token):
        os.setsid()
        if sandboxed:
            # The zygote is not dumpable (student code cannot reach into it); the child must be, for the
            # zygote to read its /proc entries. Nothing outside this submission's PID namespace sees it.
            linux.set_dumpable(True)
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
        Child(sock.fileno(), marker).serve()

    def serve(self):
        framing.write_frame(self.fd, {"op": "ready"})
        while True:
            load = framing.read_frame(self.fd)
            if load is None:
                os._exit(0)
            clean = self.run_problem(load)
            flush()
            framing.write_frame(self.fd, {"op": "done", "clean": clean and self.state.unchanged()})

    def run_problem(self, load):
        """Imports the file afresh and answers the problem's calls in turn, marking the end of each one's
        output. True if every call ended normally."""
        self.state.restore()
        set_cpu_limit(load["limits"])
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
        self.state.submission_added()
        cells = load.get("cells")
        run = notebook.NotebookRun(module, filename, load["source"], cells) if cells else None
        try:
            function = self.import_function(module, filename, load["source"], load["function"], run)
        except BaseException as error:
            report = {"op": "load-error", "marked": self.marker.mark()}
            report.update(classify(error))
            report["during"] = "import"
            report["traceback"] = "" if isinstance(error, CompileTooLarge) else student_traceback(error)
            if run is not None and run.errors:
                report["cellErrors"] = run.errors
            framing.write_frame(self.fd, report)
            return report["outcome"] == outcomes.EXCEPTION
        loaded = {"op": "loaded", "marked": self.marker.mark()}
        if run is not None and run.errors:
            loaded["cellErrors"] = run.errors
        framing.write_frame(self.fd, loaded)
        clean = True
        for request in load["calls"]:
            clean = self.answer_call(function, request, load["outputs"]) and clean
        return clean

    def import_function(self, module, filename, source, name, run=None):
        """Runs the file (a notebook: its cells one by one, run) into the module; its function."""
        if run is not None:
            run.run(self.compiled)
        else:
            key = (filename, source)
            if key not in self.compiled:
                try:
                    self.compiled[key] = compile(source, filename, "exec")
                except MemoryError:
                    raise CompileTooLarge(len(source)) from None
            exec(self.compiled[key], module.__dict__)
        function = module.__dict__.get(name)
        if not callable(function):
            raise NameError("%s is not defined as a function" % name)
        return function

    def answer_call(self, function, request, outputs):
        """Runs one call and sends its result; True if it returned or raised an ordinary exception."""
        args = [values.decode_argument(a) for a in request["args"]]
        # "op", "marked" and "outcome" first, in this order: the zygote reads them unparsed (framing.result_prefix).
        response = {"op": "result", "marked": False}
        started = time.perf_counter()
        try:
            result = function(*args)
        except BaseException as error:
            response.update(classify(error))
            response["traceback"] = student_traceback(error)
        else:
            encoded, problems = values.bind_outputs(result, outputs)
            response.update(outcome=outcomes.BAD_RETURN if problems else outcomes.RETURNED, outputs=encoded, problems=problems)
        response["seconds"] = time.perf_counter() - started
        response["marked"] = self.marker.mark()
        try:
            framing.write_frame(self.fd, response)
        except ValueError:
            framing.write_frame(self.fd, {"op": "result", "marked": response["marked"], "outcome": outcomes.BAD_RETURN,
                                          "outputs": {}, "problems": [values.problem("unencodable")]})
        return response["outcome"] in outcomes.ORDINARY
