"""The few Linux system calls Python has no wrapper for (3.11), through the C library."""
import ctypes
import errno
import os
import sys

# Linux constants (unshare/setns flags, mount flags, prctl options).
CLONE_NEWNS, CLONE_NEWIPC, CLONE_NEWPID = 0x00020000, 0x08000000, 0x20000000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC = 1, 2, 4, 8
MS_REMOUNT, MS_BIND, MS_REC, MS_PRIVATE = 32, 4096, 16384, 1 << 18
PR_SET_DUMPABLE, PR_SET_SECCOMP, PR_CAPBSET_DROP, PR_SET_NO_NEW_PRIVS, PR_CAP_AMBIENT = 4, 22, 24, 38, 47


# The C library, and the functions used, looked up once when the server imports this module: a
# zygote or child forked from it finds them made rather than making them (writing to pages it
# shares with the server, which the kernel must then copy).
LIBC = ctypes.CDLL(None, use_errno=True)
for _name in ("unshare", "setns", "mount", "prctl", "capset"):
    getattr(LIBC, _name)


# Set when a library the server imported (preload.py) started a thread of its own.
THREADED = False

# fork(2) itself, through a PyDLL (the GIL stays held across the call). See fork().
_FORK = ctypes.PyDLL(None, use_errno=True).fork
_FORK.restype = ctypes.c_int
_FORK.argtypes = ()


def fork():
    """os.fork() without the interpreter's at-fork work, where that work has nothing to do.

    os.fork() runs every handler registered with os.register_at_fork (threading's re-creates its
    locks and thread list, random's reseeds) and re-initialises the GIL, the import lock and the
    thread states, for threads that were running in the parent. The server and the zygote are
    single-threaded by construction (they never start a thread, and no student code runs in them),
    so there is nothing to re-initialise: the child inherits a consistent interpreter with the
    calling thread as its only thread. Skipping that work spares each fork ~170 copy-on-write page
    faults (the handlers touch objects all over the heap the server froze). glibc's own at-fork
    handlers (malloc's, OpenBLAS's) still run. random's state is not reseeded: every child starts
    from the server's, as if seeded. With a second thread in the process, or a build without the
    GIL, this is os.fork()."""
    threading = sys.modules.get("threading")
    if THREADED or (threading is not None and threading.active_count() != 1) or not getattr(sys, "_is_gil_enabled", lambda: True)():
        return os.fork()
    pid = _FORK()
    if pid < 0:
        error = ctypes.get_errno()
        raise OSError(error, "fork: %s" % os.strerror(error))
    return pid


class SockFprog(ctypes.Structure):
    """struct sock_fprog: a BPF program's length and instructions."""
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


class Linux:
    """The few system calls Python has no wrapper for (3.11), through the C library."""

    def __init__(self):
        self.libc = LIBC

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
        code = ctypes.create_string_buffer(program, len(program))
        fprog = SockFprog(len(program) // 8, ctypes.cast(code, ctypes.c_void_p))
        self.check(self.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "prctl(PR_SET_NO_NEW_PRIVS)")
        self.check(self.prctl(PR_SET_SECCOMP, 2, ctypes.byref(fprog), 0, 0), "prctl(PR_SET_SECCOMP)")


def set_dumpable(on):
    if LIBC.prctl(PR_SET_DUMPABLE, 1 if on else 0, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_DUMPABLE) failed")


def enter_pid_namespace():
    """Called first by the sandbox's command when it is a server (boot.py), before anything large is
    imported: the server runs as init of a PID namespace of its own (owned by the sandbox's user
    namespace, so it may create namespaces below it). The command itself gives the server its pipes
    (stdin and stdout) and only waits, small: the pages the server then writes are its own, not
    copies of pages shared with a waiting parent. It keeps no pipe to the grader."""
    Linux().unshare(CLONE_NEWPID)
    pid = os.fork()
    if pid == 0:
        return
    os.close(0)
    os.close(1)
    _, status = os.waitpid(pid, 0)
    os._exit(os.waitstatus_to_exitcode(status) & 0xFF)
