"""Frames (docs/runner-protocol.md): a 4-byte big-endian length, then that many bytes of UTF-8 JSON.
The C# side's reading of the same format is Grader.Worker/Protocol/Frame.cs."""
import json
import os
import struct

MAX_FRAME = 32 << 20
# One encoder for every frame (json.dumps with allow_nan=False would build one per call).
encode = json.JSONEncoder(allow_nan=False).encode
loads = json.loads
_header = struct.Struct(">I")


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
    (length,) = _header.unpack(header)
    if length > MAX_FRAME:
        raise ProtocolError("frame of %d bytes is larger than the limit" % length)
    return read_exact(fd, length)


def read_frame(fd):
    body = read_frame_body(fd)
    return None if body is None else loads(body.decode("utf-8"))


def frame(body):
    return _header.pack(len(body)) + body


def encode_frame(message):
    return frame(encode(message).encode("utf-8"))


def write_all(fd, data):
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def write_frame(fd, message):
    write_all(fd, encode_frame(message))


def result_prefix(marked):
    """How a result frame this encoder writes begins, up to its outcome's name: the zygote relays such
    frames unparsed (see zygote.relay) and reads the outcome from here."""
    return encode({"op": "result", "marked": marked, "outcome": ""})[:-2].encode("utf-8")


class FrameBuffer:
    """Bytes read from a stream, taken off in whole frames: a sender cannot split or merge frames."""

    def __init__(self):
        self.data = bytearray()

    def add(self, chunk):
        self.data += chunk

    def length(self, at=0):
        """The length of the frame at `at`, or None if its header is not all here."""
        if len(self.data) - at < 4:
            return None
        (length,) = _header.unpack_from(self.data, at)
        if length > MAX_FRAME:
            raise ProtocolError("a frame of %d bytes" % length)
        return length

    def take_body(self):
        """The first frame's body, or None until it is all here."""
        length = self.length()
        if length is None or len(self.data) < 4 + length:
            return None
        body = bytes(self.data[4:4 + length])
        del self.data[:4 + length]
        return body

    def take_whole(self):
        """Every complete frame at the front, as they came (header included)."""
        end = 0
        while True:
            length = self.length(end)
            if length is None or len(self.data) - end < 4 + length:
                break
            end += 4 + length
        whole = bytes(self.data[:end])
        del self.data[:end]
        return whole
