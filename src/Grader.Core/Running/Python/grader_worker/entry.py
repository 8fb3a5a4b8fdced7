"""The sandbox's command (docs/runner-protocol.md): a server (--server) or, without a sandbox, one
submission's zygote. Roles, one process each:
- the server (server.py): imports numpy once, holds the only pipes to the grader, and for each
  submission forks a zygote into new PID, mount and IPC namespaces, then relays whole frames
  between the grader and that zygote until the grader closes the submission; it never runs or
  reads student code, and no student code can address it;
- the zygote (zygote.py; supervised.py is its side of a child): one per submission, init of its
  PID namespace, confined, forks the child and enforces the wall-time, CPU and output limits;
- the child (child.py, child_state.py, values.py): imports the student's file afresh for each
  problem and answers calls over a private socketpair; one that breaks a limit, crashes, or leaves
  anything behind it cannot put back is killed, and the next problem gets a fresh one."""
import base64
import gc
import os
import signal
import sys

from grader_worker import child_state, framing
from grader_worker.server import Server
from grader_worker.zygote import Zygote


def main(argv):
    sandboxed = "--sandboxed" in argv
    # Nothing the grader's caller left open reaches this process's children.
    os.closerange(3, os.sysconf("SC_OPEN_MAX"))
    proto_in, proto_out = os.dup(0), os.dup(1)
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.dup2(2, 1)
    os.close(devnull)
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    server = None
    if "--server" in argv:
        program = base64.b64decode(next(a for a in argv if a.startswith("--seccomp=")).split("=", 1)[1])
        server = Server(proto_in, proto_out, program)
    child_state.prepare()
    # Everything imported so far is never collected again: the collector then leaves those objects'
    # memory alone, so the processes forked from here copy fewer pages.
    gc.collect()
    gc.freeze()
    framing.write_frame(proto_out, {"op": "ready"})
    if server is not None:
        server.run()
    else:
        Zygote(proto_in, proto_out, sandboxed).serve()
