"""A notebook run as Jupyter's "Run All" with errors allowed (in the child): its code cells one by one in
one namespace, a cell that raises stopping there and the cells after it still running. The grader
turned IPython's syntax into calls of get_ipython() (NotebookSyntax.cs); the shell given here runs no
shell and no other program: `!cmd` does nothing, `x = !cmd` gives an empty list, magics that run Python
(%time, %timeit, %%capture, %run, %pylab) run it once, display-only magics and widgets show nothing,
input() raises StdinNotImplementedError for its cell. A cell's failure is reported as a kind and
particulars (its first line, the type, text and traceback); the grader writes the sentence."""
import ast
import io
import linecache
import os
import sys
import types


class StdinNotImplementedError(Exception):
    """input() in a graded notebook: nobody is there to answer (IPython's name for it)."""


class UsageError(Exception):
    """A magic this notebook's shell does not have (IPython's name for it)."""


class SList(list):
    """What `x = !cmd` gives: IPython's list of output lines, empty here."""

    @property
    def s(self):
        return " ".join(self)

    @property
    def n(self):
        return "\n".join(self)

    l = property(lambda self: list(self))
    p = property(lambda self: list(self))

    def grep(self, *args, **kwargs):
        return SList()

    def fields(self, *args):
        return SList()


class CapturedIO:
    """What %%capture NAME binds: nothing was captured."""
    stdout = ""
    stderr = ""
    outputs = []

    def show(self):
        pass

    __call__ = show


class Events:
    def register(self, *args, **kwargs):
        pass

    unregister = register


# Magics that only show something, configure the front end or the shell, or run a shell: nothing to do.
NOTHING = frozenset("""alias alias_magic autoawait autocall automagic autoreload aimport autosave bookmark cat clear
colors conda config connect_info cp debug dhist dirs doctest_mode ed edit gui hist history killbgscripts ldir less
lf lk ll load load_ext loadpy logoff logon logstart logstate logstop ls lsmagic lx macro magic man matplotlib mkdir
more mv notebook page pastebin pdb pdef pdoc pfile pinfo pinfo2 pip popd pprint precision prun psearch psource
pushd pwd pycat qtconsole quickref recall rehashx reload_ext rep rerun reset reset_selective rm rmdir save sc
set_env store sx system tb unalias unload_ext who who_ls whos xdel xmode bash sh script html HTML javascript js
latex markdown svg SVG perl ruby python python2 python3 pypy file""".split())
# Cell magics that run their body as the notebook's Python: the body is left as code, and runs as such.
PYTHON_CELLS = frozenset(("time", "timeit", "capture", "prun", "debug"))


def caller(depth=2):
    return sys._getframe(depth)


def run_source(source, frame, mode="exec"):
    """Runs magic text as Python in the calling cell's namespace, its lines told as the cell's line."""
    tree = ast.parse(source, frame.f_code.co_filename, mode)
    ast.increment_lineno(tree, frame.f_lineno - 1)
    code = compile(tree, frame.f_code.co_filename, mode)
    return eval(code, frame.f_globals) if mode == "eval" else exec(code, frame.f_globals)


class Shell:
    """get_ipython(): the few parts of IPython's InteractiveShell a notebook calls."""

    def __init__(self, namespace):
        self.user_ns = namespace
        self.user_global_ns = namespace
        self.events = Events()
        self.config = {}
        self.kernel = None

    def system(self, cmd):
        return None

    def getoutput(self, cmd, split=True, depth=0):
        return SList()

    def run_line_magic(self, name, line, _stack_depth=1):
        frame = caller(_stack_depth + 1)
        if name in ("time", "timeit"):
            # Run once, its value given back; no time is printed (a report's output stays the same from run to run).
            if not line.strip():
                return None
            try:
                return run_source(line.strip(), frame, "eval")
            except SyntaxError:
                return run_source(line.strip(), frame)
        if name == "run":
            return self.run_file(line, frame)
        if name == "pylab":
            return run_source("import numpy\nimport matplotlib\nfrom matplotlib import pylab, mlab, pyplot\n"
                              "np = numpy\nplt = pyplot\nfrom pylab import *\nfrom numpy import *", frame)
        if name == "cd":
            target = line.strip() or os.path.expanduser("~")
            os.chdir(target)
            return None
        if name == "env":
            if "=" in line:
                key, value = line.split("=", 1)
                os.environ[key.strip()] = value.strip()
                return None
            return os.environ.get(line.strip()) if line.strip() else dict(os.environ)
        if name in ("system", "sx"):
            return SList()
        if name in NOTHING:
            return None
        raise UsageError("%" + name)

    def run_cell_magic(self, name, line, cell):
        frame = caller(2)
        if name in PYTHON_CELLS:
            # The body follows as ordinary code (NotebookSyntax.cs); %%capture NAME binds an empty capture.
            if name == "capture" and line.split() and line.split()[-1].isidentifier():
                frame.f_globals[line.split()[-1]] = CapturedIO()
            return None
        if name == "writefile":
            args = line.split()
            append = "-a" in args or "--append" in args
            path = [a for a in args if not a.startswith("-")]
            with open(path[0] if path else "", "a" if append else "w") as handle:
                handle.write(cell)
            return None
        if name in NOTHING:
            return None
        raise UsageError("%%" + name)

    def run_file(self, line, frame):
        import runpy
        args = line.split()
        path = [a for a in args if not a.startswith("-")]
        if path:
            frame.f_globals.update(runpy.run_path(path[0], run_name="__main__"))

    def magic(self, line):
        name, _, rest = line.lstrip("%").partition(" ")
        return self.run_line_magic(name, rest, _stack_depth=2)

    def ev(self, expr):
        return eval(expr, self.user_ns)

    def ex(self, cmd):
        exec(cmd, self.user_ns)

    def push(self, variables, interactive=True):
        if isinstance(variables, dict):
            self.user_ns.update(variables)

    def set_next_input(self, *args, **kwargs):
        pass

    def enable_gui(self, *args, **kwargs):
        pass

    def enable_matplotlib(self, *args, **kwargs):
        return None, None

    def showtraceback(self, *args, **kwargs):
        pass


class DisplayObject:
    """IPython.display's HTML, Image, Markdown, …: shows nothing when graded."""

    def __init__(self, *args, **kwargs):
        pass

    def _repr_pretty_(self, *args):
        pass


def display(*objects, **kwargs):
    """Shows nothing: a graded notebook's outputs are not looked at, and no object's repr is called."""
    return None


def clear_output(*args, **kwargs):
    pass


def refuse_input(prompt=""):
    raise StdinNotImplementedError()


def display_module(name, shell):
    module = types.ModuleType(name)
    module.display = display
    module.clear_output = clear_output
    module.get_ipython = lambda: shell
    module.DisplayObject = DisplayObject
    module.__getattr__ = lambda attribute: DisplayObject if attribute[:1].isupper() else (lambda *a, **k: None)
    return module


def install_ipython(shell):
    """IPython as a notebook sees it, whether or not the real one is installed: get_ipython and display."""
    ipython = display_module("IPython", shell)
    ipython.__path__ = []
    core = types.ModuleType("IPython.core")
    core.__path__ = []
    modules = {"IPython": ipython, "IPython.core": core}
    for name in ("IPython.display", "IPython.core.display", "IPython.core.display_functions", "IPython.core.getipython"):
        modules[name] = display_module(name, shell)
    ipython.display = modules["IPython.display"]
    ipython.core = core
    core.display = modules["IPython.core.display"]
    # matplotlib's pyplot, finding IPython, asks it which GUI its backend needs: none (Agg).
    pylabtools = types.ModuleType("IPython.core.pylabtools")
    pylabtools.backend2gui = {}
    modules["IPython.core.pylabtools"] = pylabtools
    core.pylabtools = pylabtools
    sys.modules.update(modules)


class NotebookRun:
    """One notebook's cells run into one module's namespace, as Jupyter runs them."""

    def __init__(self, module, filename, source, starts):
        self.module = module
        self.filename = filename
        self.lines = source.split("\n")
        self.starts = list(starts)
        self.errors = []

    def run(self, compiled):
        namespace = self.module.__dict__
        shell = Shell(namespace)
        install_ipython(shell)
        namespace.update(get_ipython=lambda: shell, display=display, input=refuse_input)
        # A traceback quotes the cells' lines, not the file's JSON.
        linecache.cache[self.filename] = (len("\n".join(self.lines)), None, [line + "\n" for line in self.lines], self.filename)
        import warnings
        warnings.filterwarnings("ignore", message=".*non-interactive.*cannot be shown")
        for start, end in zip(self.starts, self.starts[1:] + [len(self.lines) + 1]):
            self.run_cell(start, "\n".join(self.lines[start - 1:end - 1]), compiled)

    def run_cell(self, start, text, compiled):
        key = (self.filename, start, text)
        try:
            code = compiled.get(key)
            if code is None:
                tree = ast.parse(text, self.filename)
                ast.increment_lineno(tree, start - 1)
                code = compiled[key] = compile(tree, self.filename, "exec")
            exec(code, self.module.__dict__)
        except MemoryError:
            raise
        except (Exception, SystemExit) as error:
            self.errors.append(self.failure(start, error))
        finally:
            # Jupyter's inline backend shows a cell's figures and closes them.
            pyplot = sys.modules.get("matplotlib.pyplot")
            if pyplot is not None:
                try:
                    pyplot.close("all")
                except Exception:
                    pass

    def failure(self, start, error):
        from grader_worker import child, values
        found = {"line": start, "error": values.type_name(error)}
        if isinstance(error, SyntaxError) and error.filename == self.filename and error.__traceback__ is not None \
                and error.__traceback__.tb_frame.f_code.co_filename.startswith(child.GRADER_FILES):
            # The cell itself does not parse: told at the notebook's line, quoting the cell (CPython
            # quotes the file's line, here a line of JSON), without the parser's own frames.
            text = str(error.msg)[:500]
            if error.lineno:
                error.lineno += start - 1
                if error.end_lineno:
                    error.end_lineno += start - 1
                if 0 < error.lineno <= len(self.lines):
                    error.text = self.lines[error.lineno - 1] + "\n"
            error.__traceback__ = None
        else:
            try:
                text = str(error)[:500]
            except BaseException:
                text = ""
        if text:
            found["text"] = text
        found["traceback"] = child.student_traceback(error)[-4000:]
        return found
