# Grader's Python worker starts as `python3 -I -B -c <this file> NAME SOURCE ... -- FLAGS`: the
# grader passes the sources of its modules (this folder) as arguments, so nothing of the grader is
# mounted into the sandbox. They become the package grader_worker, compiled under the file names
# "<grader_worker/NAME.py>" (child.py hides those frames from students' tracebacks), once per server.
import sys
import types

# Each module after those it imports; linux first, for the server to enter its PID namespace before
# the rest (numpy above all) is imported.
ORDER = ("linux", "framing", "outcomes", "values", "child_state", "notebook", "child", "preload", "supervised", "zygote", "server", "entry")


def boot(argv):
    end = argv.index("--")
    sources = dict(zip(argv[1:end:2], argv[2:end:2]))
    package = types.ModuleType("grader_worker")
    package.__path__ = []
    sys.modules[package.__name__] = package
    for name in ORDER:
        module = types.ModuleType("grader_worker." + name)
        module.__file__ = "<grader_worker/%s.py>" % name
        sys.modules[module.__name__] = module
        setattr(package, name, module)
        exec(compile(sources[name], module.__file__, "exec"), module.__dict__)
        if name == "linux" and "--server" in argv[end + 1:]:
            module.enter_pid_namespace()
    return argv[end + 1:]


flags = boot(sys.argv)
sys.modules["grader_worker.entry"].main(flags)
