"""Values across the protocol: a call's arguments decoded into numpy, what the function returned
encoded by output name (arrays packed as PackedArray.cs reads them). Anything that is not a number
or an array is named by its type and never compared, called or converted. What cannot be graded is
reported as a kind and its particulars (ProblemMessages.cs: ReturnProblem); the grader writes the
sentence."""
import base64
import sys

import numpy as np

_asarray = np.asarray
_frombuffer = np.frombuffer
_LE_FLOAT64 = np.dtype("<f8")
_LE_INT64 = np.dtype("<i8")
_b64decode = base64.b64decode
_b64encode = base64.b64encode
_isfinite = np.isfinite
_ndarray = np.ndarray
_float64 = np.float64
_int64 = np.int64
_number = np.number
_bool = np.bool_
_modules = sys.modules


class BadValue(Exception):
    """A value that cannot be sent as numbers: a ReturnProblem's kind and the type it names."""

    def __init__(self, kind, type=None):
        Exception.__init__(self, kind)
        self.kind = kind
        self.type = type


def problem(kind, output=None, count=None, type=None):
    """A ReturnProblem: the kind and only the particulars it has."""
    found = {"kind": kind}
    for key, value in (("output", output), ("count", count), ("type", type)):
        if value is not None:
            found[key] = value
    return found


def number(x):
    if x != x:
        return "nan"
    if x == float("inf"):
        return "inf"
    if x == float("-inf"):
        return "-inf"
    return x


def decode_argument(arg):
    kind = arg["kind"]
    if kind == "list":
        return [decode_argument(item) for item in arg["items"]]
    if "f8" in arg or "i8" in arg:
        # A packed array (PackedArray.cs): little-endian 8-byte values, copied so it is writable.
        packed, dtype = (arg["f8"], _LE_FLOAT64) if "f8" in arg else (arg["i8"], _LE_INT64)
        return _frombuffer(bytearray(_b64decode(packed)), dtype=dtype).reshape(arg["shape"])
    data = arg["data"]
    if kind == "int":
        if not arg["shape"]:
            return int(data)
        return _asarray(data, dtype=_int64)
    if not arg["shape"]:
        return float(data)
    # numpy reads the strings "nan", "inf" and "-inf" as floats itself.
    return _asarray(data, dtype=_float64)


def type_name(value):
    try:
        name = type(value).__name__
    except Exception:
        name = "object"
    return str(name)[:80]


def encode_value(value, depth=0):
    if depth > 16:
        raise BadValue("nestedTooDeeply")
    if isinstance(value, _ndarray):
        if value.dtype.kind not in "biuf":
            raise BadValue("dtype", str(value.dtype)[:40])
        if depth == 0:
            # Packed (PackedArray.cs): float64 values as bytes, NaN and infinities included.
            plain = _asarray(value, dtype=_LE_FLOAT64)
            return {"shape": list(plain.shape), "f8": _b64encode(plain.tobytes()).decode("ascii")}
        plain = _asarray(value, dtype=_float64)
        if _isfinite(plain).all():
            return plain.tolist()
        return encode_nested(plain.tolist())
    if isinstance(value, (bool, _bool)):
        return 1.0 if value else 0.0
    if isinstance(value, (int, float, _number)):
        if isinstance(value, complex) or getattr(value, "imag", 0) != 0:
            raise BadValue("complex")
        return number(float(value))
    if isinstance(value, (list, tuple)):
        return [encode_value(item, depth + 1) for item in value]
    # A torch tensor is read like a numpy array; torch is only looked up where the code imported it.
    torch = _modules.get("torch")
    if torch is not None and isinstance(value, torch.Tensor):
        return encode_value(tensor_array(torch, value), depth)
    raise BadValue("notNumber", type_name(value))


def tensor_array(torch, tensor):
    """A CPU float64 numpy array of a tensor's values: any real dtype (float16, bfloat16, int, bool),
    detached from autograd, dense; a complex tensor is a complex number, as numpy's."""
    if tensor.is_complex():
        raise BadValue("complex")
    tensor = tensor.detach()
    if tensor.layout != torch.strided:
        tensor = tensor.to_dense()
    if tensor.is_quantized:
        tensor = tensor.dequantize()
    return tensor.to(device="cpu", dtype=torch.float64).resolve_neg().numpy()


def encode_nested(plain):
    if isinstance(plain, list):
        return [encode_nested(x) for x in plain]
    return number(plain)


def bind_outputs(result, outputs):
    """Returns (values by name, problems)."""
    names = [o["name"] for o in outputs]
    values, problems, raw = {}, [], {}
    if isinstance(result, dict):
        for name in names:
            if name in result:
                raw[name] = result[name]
            else:
                problems.append(problem("missing", name))
    elif len(names) == 1:
        if isinstance(result, tuple) and len(result) == 1:
            result = result[0]
        raw[names[0]] = result
    elif isinstance(result, (tuple, list)):
        if len(result) != len(names):
            problems.append(problem("count", count=len(result)))
        for name, item in zip(names, result):
            raw[name] = item
    else:
        problems.append(problem("unbound", type=type_name(result)))
    for output in outputs:
        name = output["name"]
        if name not in raw:
            continue
        try:
            item = raw[name]
            if output["isList"]:
                if not isinstance(item, (list, tuple)):
                    raise BadValue("notList", type_name(item))
                values[name] = [encode_value(x) for x in item]
            else:
                values[name] = encode_value(item)
        except BadValue as bad:
            problems.append(problem(bad.kind, name, type=bad.type))
        except Exception as error:
            problems.append(problem("unreadable", name, type=type_name(error)))
    return values, problems
