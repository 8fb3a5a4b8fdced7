"""Values across the protocol: a call's arguments decoded into numpy, what the function returned
encoded by output name (arrays packed as PackedArray.cs reads them). Anything that is not a number
or an array is named by its type and never compared, called or converted."""
import base64

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


class BadValue(Exception):
    pass


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
        raise BadValue("is nested too deeply")
    if isinstance(value, _ndarray):
        if value.dtype.kind not in "biuf":
            raise BadValue("is an array of dtype %s, not numbers" % str(value.dtype)[:40])
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
            raise BadValue("is a complex number")
        return number(float(value))
    if isinstance(value, (list, tuple)):
        return [encode_value(item, depth + 1) for item in value]
    raise BadValue("is a %s, not a number or array" % type_name(value))


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
                problems.append("output '%s' is missing" % name)
    elif len(names) == 1:
        if isinstance(result, tuple) and len(result) == 1:
            result = result[0]
        raw[names[0]] = result
    elif isinstance(result, (tuple, list)):
        if len(result) != len(names):
            problems.append("returned %d values, expected %d (%s)" % (len(result), len(names), ", ".join(names)))
        for name, item in zip(names, result):
            raw[name] = item
    else:
        problems.append("returned a %s, expected a dict keyed by %s or a tuple of %d values"
                        % (type_name(result), ", ".join(names), len(names)))
    for output in outputs:
        name = output["name"]
        if name not in raw:
            continue
        try:
            item = raw[name]
            if output["isList"]:
                if not isinstance(item, (list, tuple)):
                    raise BadValue("is a %s, not a list of arrays" % type_name(item))
                values[name] = [encode_value(x) for x in item]
            else:
                values[name] = encode_value(item)
        except BadValue as bad:
            problems.append("output '%s' %s" % (name, bad))
        except Exception as error:
            problems.append("output '%s' could not be read: %s" % (name, type_name(error)))
    return values, problems
