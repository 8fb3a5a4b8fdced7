"""The zygote's side of a child (zygote.py): relays its frames, enforces the wall-time, CPU and output
limits, and decides whether the child may serve the submission's next problem."""
import os
import select
import signal
import socket
import time

from grader_worker import framing, linux, outcomes
from grader_worker.child import Child, fixed_limits_key

GRACE_SECONDS = 0.2
# How often the zygote looks at a running call's CPU time (the child may raise its own soft limit).
CPU_CHECK_SECONDS = 1.0
CLOCK_TICKS = float(os.sysconf("SC_CLK_TCK"))
# A child whose address space grew more than this in a problem is not reused.
REUSE_GROWTH_KB = 256 << 10
# A result frame as the child's encoder begins it (Child.answer_call), with whether it is marked.
RESULT_PREFIXES = tuple((framing.result_prefix(marked), marked) for marked in (True, False))
# The key under which a result relayed unparsed carries its bytes.
RAW = "\0raw"


def signal_name(sig):
    try:
        return signal.Signals(sig).name
    except ValueError:
        return str(sig)


class SupervisedChild:
    def __init__(self, limits, sandboxed, outbox, protocol_fds, confine=None):
        """Forks the child. confine: for a child forked before the zygote confined itself
        (Zygote.confine), what the child does first (the same confinement); such a child is waited
        for later (wait_ready), the others here."""
        self.limits = limits
        self.key = fixed_limits_key(limits, sandboxed)
        self.sandboxed = sandboxed
        self.outbox = outbox
        parent_sock, child_sock = socket.socketpair()
        out_r, out_w = os.pipe()
        self.token = b"\0grader-end-of-output-" + os.urandom(8).hex().encode("ascii") + b"\0"
        pid = linux.fork()
        if pid == 0:
            try:
                parent_sock.close()
                os.close(out_r)
                for fd in protocol_fds:
                    os.close(fd)
                if confine is not None:
                    confine()
                Child.main(child_sock, out_w, limits, sandboxed, self.token)
            finally:
                os._exit(70)
        child_sock.close()
        os.close(out_w)
        self.pid = pid
        self.sock = parent_sock
        self.out_r = out_r
        self.frames = framing.FrameBuffer()
        self.output = bytearray()
        self.alive = True
        self.cpu_start = 0.0
        self.started = None
        self.baseline = None
        if confine is None:
            self.wait_ready()

    def wait_ready(self):
        """Waits for the child's "ready" (once); True if it is ready."""
        if self.started is None:
            self.started = self.exchange(None, "start")
            # What the child holds before any student code: a problem may leave no more behind.
            self.baseline = self.usage() if self.started.get("op") == "ready" else None
        return self.baseline is not None

    def begin(self, limits):
        """A problem starts: its own wall, output and CPU limits (CPU counted from here)."""
        self.limits = limits
        self.cpu_start = self.cpu()
        self.output.clear()

    def exchange(self, request, during):
        """Sends request (or None) and waits for the child's next frame; returns it with what the
        child printed before it (up to the child's end-of-output marker), or a failure."""
        if request is not None:
            try:
                self.sock.sendall(request if isinstance(request, bytes) else framing.encode_frame(request))
            except OSError:
                return self.died(during, b"")
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
                    return outcomes.failure(outcomes.OUTPUT, None, during, captured)
                if marked and self.out_r in watched:
                    # What follows the marker is the next call's: left in the pipe until then.
                    watched.remove(self.out_r)
            if reply is None:
                # A frame may have come together with the previous one.
                reply = self.take_frame(during)
            if reply is not None and (marked or not reply.get("marked") or self.out_r not in watched):
                reply["stdout"] = captured.decode("utf-8", "replace")
                return reply
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                self.kill()
                return outcomes.failure(outcomes.TIMEOUT, "wall", during, captured)
            ready, _, _ = select.select(watched, [], [], min(remaining, CPU_CHECK_SECONDS))
            if not ready:
                self.outbox.send()
            if time.monotonic() >= check_cpu_at:
                # Also while the code keeps printing: its CPU time is watched at least once a second.
                check_cpu_at = time.monotonic() + CPU_CHECK_SECONDS
                if self.cpu() - self.cpu_start > float(self.limits["cpuSeconds"]):
                    self.kill()
                    return outcomes.failure(outcomes.TIMEOUT, "cpu", during, captured)
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
                    return self.died(during, captured)
                self.frames.add(chunk)

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

    def take_frame(self, during):
        try:
            body = self.frames.take_body()
        except framing.ProtocolError:
            self.kill()
            return outcomes.failure(outcomes.CRASHED, "frameTooLarge", during)
        if body is None:
            return None
        for prefix, marked in RESULT_PREFIXES:
            if body.startswith(prefix) and body.endswith(b"}"):
                # A result as the child's encoder wrote it: relayed without being parsed and encoded
                # again (the grader parses and checks it; code that forges one only breaks its own case).
                end = body.find(b'"', len(prefix))
                outcome = body[len(prefix):end].decode("utf-8", "replace")
                return {"op": "result", "marked": marked, "outcome": outcome, RAW: body}
        try:
            reply = framing.loads(body.decode("utf-8"))
            if not isinstance(reply, dict):
                raise ValueError("not an object")
            return reply
        except ValueError:
            self.kill()
            return outcomes.failure(outcomes.CRASHED, "corrupt", during, fd=self.sock.fileno())

    def died(self, during, captured):
        status = self.reap()
        if os.WIFSIGNALED(status):
            sig = os.WTERMSIG(status)
            if sig == signal.SIGXCPU:
                return outcomes.failure(outcomes.TIMEOUT, "cpu", during, captured)
            if sig == signal.SIGXFSZ:
                return outcomes.failure(outcomes.CRASHED, "fileSize", during, captured)
            return outcomes.failure(outcomes.CRASHED, "signal", during, captured, signal=signal_name(sig))
        code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else -1
        return outcomes.failure(outcomes.CRASHED, "exited", during, captured, status=code)

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
            found = {}
            with open("/proc/%d/status" % self.pid, "rb") as status:
                for line in status:
                    name, _, value = line.partition(b":")
                    if name in (b"VmSize", b"Threads"):
                        found[name] = int(value.split()[0])
            return files, found[b"VmSize"], found[b"Threads"]
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
