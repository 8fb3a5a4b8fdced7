"""The server: a sandbox reused for one submission after another (never two at once)."""
import os
import select
import signal
import socket

from grader_worker import framing, linux
from grader_worker.preload import Preloaded
from grader_worker.zygote import Zygote

# What the grader sends to end a submission: the only frame the server reads rather than relays.
CLOSE = b'{"op":"close"}'
# How long a zygote has to end its submission by itself after the server closes it.
ZYGOTE_EXIT_SECONDS = 1.0


class Server:
    """The server alone holds the pipes to the grader, and no code of a submission can address it:
    each submission gets a PID namespace of its own, whose init is the submission's zygote, and a
    mount and IPC namespace of its own with fresh, size-limited /tmp, /dev/shm and /submission. The
    server relays whole frames between the grader and the zygote; "close" is the one frame it reads:
    it kills the zygote, which takes every process of the namespace with it (and with them the
    namespaces and their files), and answers "closed" with the token of the submission it was given,
    which no submission ever sees."""

    def __init__(self, proto_in, proto_out, program):
        self.proto_in = proto_in
        self.proto_out = proto_out
        self.system = linux.Linux()
        self.program = program
        # This server's own PID namespace, to go back to after creating one for a submission's zygote.
        self.pid_namespace = os.open("/proc/self/ns/pid", os.O_RDONLY | os.O_CLOEXEC)
        self.preloaded = Preloaded(self.system)

    def run(self):
        linux.set_dumpable(False)
        while True:
            body = framing.read_frame_body(self.proto_in)
            if body is None:
                return
            header = framing.loads(body.decode("utf-8"))
            if header.get("op") != "next":
                return
            self.preloaded.ensure(header.get("preload") or ())
            pid, sock = self.start_zygote(header)
            if not self.relay(pid, sock):
                # The zygote ended by itself or broke the framing: the sandbox ends (the grader sees
                # it stop, fails the problem, and never reuses it).
                return
            framing.write_frame(self.proto_out, {"op": "closed", "token": header["token"], "clean": True})

    def start_zygote(self, header):
        ours, theirs = socket.socketpair()
        self.system.unshare(linux.CLONE_NEWPID)
        pid = linux.fork()
        if pid == 0:
            try:
                ours.close()
                for fd in {self.proto_in, self.proto_out, self.pid_namespace}:
                    os.close(fd)
                Zygote.confine(theirs, header, self.program, self.system)
                os._exit(0)
            finally:
                os._exit(70)
        self.system.setns(self.pid_namespace, linux.CLONE_NEWPID)
        theirs.close()
        return pid, ours

    def relay(self, pid, sock):
        """Relays until the grader closes the submission (True) or the zygote fails (False)."""
        pending = framing.FrameBuffer()
        try:
            while True:
                ready, _, _ = select.select([self.proto_in, sock], [], [])
                if self.proto_in in ready:
                    body = framing.read_frame_body(self.proto_in)
                    if body is None:
                        return False
                    if body == CLOSE:
                        return True
                    sock.sendall(framing.frame(body), socket.MSG_NOSIGNAL)
                if sock in ready:
                    chunk = sock.recv(1 << 16)
                    if not chunk:
                        return False
                    pending.add(chunk)
                    whole = pending.take_whole()
                    if whole:
                        framing.write_all(self.proto_out, whole)
        except (OSError, framing.ProtocolError):
            return False
        finally:
            self.end(pid, sock)

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
