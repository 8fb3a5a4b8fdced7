"""A submission's zygote: init of the submission's PID namespace (in the sandbox), it makes the
submission's mount and IPC namespaces and scratch, receives its files, then gives up every
capability, becomes undumpable and installs the seccomp filter before it serves the problems, each
in the submission's child while that child is clean, in a fresh child otherwise. Without a sandbox,
the zygote is the process the grader started."""
import base64
import json
import os

from grader_worker import framing, linux, outcomes
from grader_worker.child import fixed_limits_key
from grader_worker.supervised import RAW, SupervisedChild


class Outbox:
    """Replies for the grader not yet written. They go in one write at the end of a problem, before a
    request is read, and when a call has kept the zygote waiting for a second: a problem's results
    reach the grader together (one wake-up, not one per case), never more than a second late."""

    def __init__(self, fd):
        self.fd = fd
        self.queued = []

    def relay(self, reply):
        """Queues a reply; a result relayed as the child encoded it gets its stdout added."""
        raw = reply.pop(RAW, None)
        if raw is None:
            self.queued.append(framing.encode_frame(reply))
            return
        self.queued.append(framing.frame(raw[:-1] + b', "stdout": ' + json.dumps(reply["stdout"]).encode("utf-8") + b"}"))

    def send(self):
        if self.queued:
            data = b"".join(self.queued)
            self.queued.clear()
            framing.write_all(self.fd, data)


class Zygote:
    def __init__(self, proto_in, proto_out, sandboxed, child=None):
        self.proto_in = proto_in
        self.proto_out = proto_out
        self.sandboxed = sandboxed
        self.outbox = Outbox(proto_out)
        self.child = child
        if child is not None:
            child.outbox = self.outbox

    @staticmethod
    def confine(sock, header, program, system):
        """In a server's fork: the submission's namespaces and files, then no way back (see above)."""
        fd = sock.fileno()
        system.unshare(linux.CLONE_NEWNS | linux.CLONE_NEWIPC)
        system.mount(None, "/", None, linux.MS_REC | linux.MS_PRIVATE)
        system.mount("proc", "/proc", "proc", linux.MS_NOSUID | linux.MS_NODEV | linux.MS_NOEXEC)
        scratch = int(header["scratchBytes"])
        for folder in ("/tmp", "/dev/shm"):
            system.mount("tmpfs", folder, "tmpfs", linux.MS_NOSUID | linux.MS_NODEV, "size=%d,mode=1777" % scratch)
        bound = bool(header.get("bound"))
        if not bound:
            system.mount("tmpfs", "/submission", "tmpfs", linux.MS_NOSUID | linux.MS_NODEV,
                         "size=%d,mode=0755" % int(header["submissionBytes"]))
        child = None
        if header.get("limits") is not None:
            # The child first, before this zygote reads the files and requests: the pages the zygote
            # then writes are copied once (for itself), not once more when a child forked later
            # shares them. It confines itself as the zygote does below, before anything else.
            def confine_child():
                system.drop_capabilities()
                system.install_seccomp(program)
            child = SupervisedChild(header["limits"], True, None, {fd}, confine=confine_child)
        request = framing.read_frame(fd)
        if request is None or request.get("op") != "open":
            return
        if not bound:
            Zygote.write_files(request["files"])
            system.mount(None, "/submission", None,
                         linux.MS_REMOUNT | linux.MS_BIND | linux.MS_RDONLY | linux.MS_NOSUID | linux.MS_NODEV)
        system.drop_capabilities()
        linux.set_dumpable(False)
        system.install_seccomp(program)
        framing.write_frame(fd, {"op": "opened"})
        Zygote(fd, fd, True, child).serve()

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

    def serve(self):
        """The submission's problems until exit (or the end of input)."""
        while True:
            self.outbox.send()
            body = framing.read_frame_body(self.proto_in)
            request = framing.loads(body.decode("utf-8")) if body is not None else None
            if request is None or request.get("op") in ("exit", "close"):
                if self.child is not None:
                    self.child.kill(grace=False)
                return
            if request.get("op") == "load":
                self.child = self.serve_problem(request, framing.frame(body))
            else:
                self.outbox.relay(outcomes.failure(outcomes.CRASHED, "unknownRequest", "call", text=str(request.get("op"))[:40]))

    def serve_problem(self, load, frame):
        """Relays the import's reply (a failed import ends the problem there) and then each call's
        result as it comes, each within its own wall-time limit; stops at the first breach and says
        "ended". Returns the child if it may serve the next problem."""
        limits = load["limits"]
        child = self.child
        if child is not None and child.key != fixed_limits_key(limits, self.sandboxed):
            child.kill(grace=False)
            child = None
        if child is None:
            child = SupervisedChild(limits, self.sandboxed, self.outbox, {self.proto_in, self.proto_out})
        if not child.wait_ready():
            reply = child.started
            reply["op"] = "load-error"
            self.outbox.relay(reply)
            self.outbox.send()
            child.kill(grace=False)
            return None
        child.begin(limits)
        reply = child.exchange(frame, "import")
        ordinary = reply.get("outcome") in outcomes.ORDINARY
        if reply.get("op") != "loaded":
            reply["op"] = "load-error"
            self.outbox.relay(reply)
            self.outbox.send()
        else:
            self.outbox.relay(reply)
            ordinary = True
            for _ in load.get("calls") or []:
                reply = child.exchange(None, "call")
                ordinary = ordinary and reply.get("outcome") in outcomes.ORDINARY
                self.outbox.relay(reply)
                if reply.get("outcome") in outcomes.STOPPING or not child.alive:
                    break
            # Answer first: the grader checks these results while the child is examined (before the
            # next request is read, so nothing of this problem meets the next one unless it is clean).
            self.outbox.relay({"op": "ended"})
            self.outbox.send()
        if ordinary and child.alive:
            done = child.exchange(None, "end")
            if done.get("op") == "done" and done.get("clean") is True and child.reusable():
                return child
        child.kill(grace=False)
        return None
