"""Libraries too costly to import per submission (torch: about 2 s; matplotlib's pyplot: about 0.7 s),
imported by the server the first time the grader says a submission imports them (its scan of the
submission's Python), before it forks that submission's zygote: that zygote and every later one
inherit them, so a server pays each once. A server told nothing imports nothing more than numpy, so
work that needs neither is graded as before. No student code runs in the server: these are the
system's own packages, and a library that cannot be imported is left for the submission's own import
to report."""
import gc
import os

from grader_worker import child, child_state, linux


def address_space():
    with open("/proc/self/status", "rb") as status:
        for line in status:
            if line.startswith(b"VmSize:"):
                return int(line.split()[1]) * 1024
    return 0


def torch():
    import torch
    # One thread for intra-op work (the sandbox's OMP_NUM_THREADS says so too) and for inter-op work,
    # set before any parallel work starts; then one backward pass, so that what it loads lazily is
    # loaded here, once, not in each child.
    torch.set_num_threads(1)
    torch.set_num_interop_threads(1)
    x = torch.ones(2, dtype=torch.float64, requires_grad=True)
    (x * x).sum().backward()


def matplotlib(system):
    # matplotlib needs a writable folder for its font list when imported; the server's root is
    # read-only, so it gets a small tmpfs of its own at /tmp, which each submission's own /tmp covers.
    system.mount("tmpfs", "/tmp", "tmpfs", linux.MS_NOSUID | linux.MS_NODEV | linux.MS_NOEXEC, "size=16777216,mode=0700")
    import matplotlib.pyplot as pyplot
    figure = pyplot.figure()
    figure.add_subplot().plot([0.0, 1.0])
    figure.canvas.draw()
    pyplot.close("all")


class Preloaded:
    """What the server has imported beyond numpy, and the address space it took."""

    def __init__(self, system):
        self.system = system
        self.names = set()

    def ensure(self, names):
        wanted = [name for name in names if name in ("torch", "matplotlib") and name not in self.names]
        if not wanted:
            return
        before = address_space()
        for name in wanted:
            self.names.add(name)
            try:
                torch() if name == "torch" else matplotlib(self.system)
            except Exception:
                pass
        # Not counted against a submission's memory limit: the libraries are the grader's doing.
        child.PRELOADED_BYTES += max(0, address_space() - before)
        # A library that started a thread of its own: forks then go through os.fork (linux.fork).
        linux.THREADED = len(os.listdir("/proc/self/task")) > 1
        child_state.prepare()
        gc.collect()
        gc.freeze()
