#!/usr/bin/env python3
"""Independent verifier for Accord charter files (format 1.0, 1.1, 1.2, 1.3 and 1.4).

Written from docs/charter-format.md and schema/accord-charter-1.schema.json
alone, with the Python 3.11 standard library only (no third-party modules).

    python3 docs/examples/verify_charter.py [--key <fingerprint>] FILE [FILE...]
    python3 docs/examples/verify_charter.py --self-test

Prints one line of JSON per file it could read:
    {"file", "valid", "intact", "sealed", "key", "problems": [{"path", "message"}]}
A file that cannot be read (missing, a folder, no permission) gets no verdict:
a message on stderr and exit 2. Exit code (the highest over all files): 0 valid
and intact (and sealed by --key, if given); 1 invalid; 2 usage error or
unreadable file; 3 valid but not intact; 4 intact but not sealed by the --key
given.

The checks, in the docs' order:
  1. "Reading the bytes" (steps 1-9), then format and formatVersion;
  2. "Shapes and limits" (format 1.1's, 1.2's, 1.3's and 1.4's fields keep
     their shapes in any file);
  3. "Rules between fields" 1-2, only when every shape holds; then 3-7, only
     when 1-2 hold, with format 1.1's rules (its fields present, what they
     say) when formatMinor >= 1, 1.2's when formatMinor >= 2, 1.3's when
     formatMinor >= 3 and 1.4's when formatMinor >= 4;
  4. "Intact" 1-4, the seal last; the first failure is the problem.
"""

import base64
import binascii
import hashlib
import json
import re
import sys

MAX_BYTES = 52_428_800          # "Reading the bytes", 1
MAX_DEPTH = 64                  # "Reading the bytes", 5
MAX_SAFE_INT = 2**53 - 1        # I-JSON integers
MAX_PROBLEMS = 20               # "Verdicts": at most 20, the last says how many more
RESERVED = {"__proto__", "constructor", "prototype"}
# "No invisible characters" (the same set as the schema's pattern).
INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
SURROGATE = re.compile("[\ud800-\udfff]")
HASH = re.compile("sha256:[0-9a-f]{64}")
B64URL43 = re.compile("[A-Za-z0-9_-]{43}")
B64URL86 = re.compile("[A-Za-z0-9_-]{86}")
# Times as the docs write them: upper-case "T" and "Z" only, any number of
# fractional digits, a zone always. [0-9], not \d: \d would match other scripts' digits.
TIME = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})"
                  r"(\.[0-9]+)?(Z|[+-]([0-9]{2}):([0-9]{2}))")
DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
IDENT = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")
PNG_PREFIX = "data:image/png;base64,"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
BASE64 = re.compile(r"[A-Za-z0-9+/]*={0,2}")   # RFC 4648 section 4, with the length a multiple of 4
# Format 1.1.
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
TIME_ZONE = re.compile(r"UTC|[A-Za-z]+(?:/[A-Za-z0-9_+-]+){1,2}")
CLOCK = re.compile(r"(?:[01][0-9]|2[0-3]):[0-5][0-9]")
OUTCOMES = ("won", "lost", "disqualified", "recycled")
HUBSPOT_DEFAULTS = [  # (internal value, label)
    ("subscriber", "Subscriber"),
    ("lead", "Lead"),
    ("marketingqualifiedlead", "Marketing Qualified Lead"),
    ("salesqualifiedlead", "Sales Qualified Lead"),
    ("opportunity", "Opportunity"),
    ("customer", "Customer"),
    ("evangelist", "Evangelist"),
    ("other", "Other"),
]
SALESFORCE_DEFAULTS = [(s, s) for s in ("Open - Not Contacted", "Working - Contacted",
                                        "Closed - Converted", "Closed - Not Converted")]
# Format 1.2.
CRM_OBJECTS = ("lead", "opportunity", "none")
FORECAST_CATEGORIES = ("Omitted", "Pipeline", "BestCase", "MostLikely", "Forecast", "Closed")
REASON_KINDS = ("reject", "disqualify", "recycle")
# Format 1.4: the CRM rules, in the order their statuses are checked, and a term's statuses.
CRM_RULE_TOPICS = ("stageMappings", "followUps", "qualification", "reasonCodes")
STATUSES = ("open", "discussing", "agreed", "parked")


class Invalid(Exception):
    """A file refused while reading its bytes: one problem, then stop."""

    def __init__(self, path, message):
        super().__init__(message)
        self.path, self.message = path, message


def child(path, key):
    """JSON path of a member: [i] for arrays, .key for identifiers, else ["key"]."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    if IDENT.fullmatch(key):
        return f"{path}.{key}"
    return f"{path}[{json.dumps(key, ensure_ascii=False)}]"


# ---------------------------------------------------------------- reading the bytes

class JObj(dict):
    """A JSON object that remembers every member as written, duplicates included."""
    __slots__ = ("pairs",)


class BadNumber:
    """A number outside I-JSON, kept as written so its path can be reported."""

    def __init__(self, text):
        self.text = text


def _pairs_hook(pairs):
    obj = JObj(pairs)           # the last copy wins, as in JSON.parse; duplicates are refused anyway
    obj.pairs = pairs
    return obj


def _parse_int(text):
    digits = text.lstrip("-")
    # Check the length first: int() of thousands of digits is itself refused by Python.
    if len(digits) > 16 or int(digits) > MAX_SAFE_INT:
        return BadNumber(text)
    return int(text)


def _parse_float(text):
    value = float(text)
    if value in (float("inf"), float("-inf")):
        return BadNumber(text)  # e.g. 1e400: no IEEE double holds it
    return value


def _parse_constant(name):
    raise ValueError(f"{name} is not JSON")


_LEX = re.compile(r"""
    (?P<ws>[ \t\n\r]+)
  | (?P<str>"(?:[^"\\\x00-\x1f]+|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*")
  | (?P<num>-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)
  | (?P<lit>true|false|null)
  | (?P<punct>[{}\[\],:])
""", re.VERBOSE)


def _scan_deep(text):
    """For a text too deep for json.loads: an iterative RFC 8259 syntax check.

    Returns (False, None) when the text is not JSON (step 4 comes before
    step 5), else (True, the path of the first container past MAX_DEPTH
    levels, or None).
    """
    stack, state, pos, deep = [], "value", 0, None  # stack: [is_object, key or index]
    while True:
        m = _LEX.match(text, pos)
        if m is None:
            return (True, deep) if pos == len(text) and state == "end" else (False, None)
        pos, kind, tok = m.end(), m.lastgroup, m.group()
        if kind == "ws":
            continue
        punct = tok if kind == "punct" else None
        if state in ("value", "value-or-close"):
            if punct in ("[", "{"):
                if len(stack) == MAX_DEPTH and deep is None:
                    deep = "$"
                    for _, at in stack:
                        deep = child(deep, at)
                stack.append([punct == "{", None if punct == "{" else 0])
                state = "key-or-close" if punct == "{" else "value-or-close"
                continue
            if punct == "]" and state == "value-or-close":
                stack.pop()
            elif kind not in ("str", "num", "lit"):
                return False, None
        elif state in ("key", "key-or-close"):
            if kind == "str":
                stack[-1][1] = json.loads(tok)
                state = "colon"
                continue
            if not (punct == "}" and state == "key-or-close"):
                return False, None
            stack.pop()
        elif state == "colon":
            if punct != ":":
                return False, None
            state = "value"
            continue
        elif state == "comma-or-close":
            is_object = stack[-1][0]
            if punct == ",":
                if not is_object:
                    stack[-1][1] += 1
                state = "key" if is_object else "value"
                continue
            if punct != ("}" if is_object else "]"):
                return False, None
            stack.pop()
        else:                   # "end": one value only
            return False, None
        state = "comma-or-close" if stack else "end"  # a value is complete


def read_strict(data):
    """Steps 1-9 of "Reading the bytes", in order; returns the parsed value."""
    if len(data) > MAX_BYTES:
        raise Invalid("$", f"the file is more than {MAX_BYTES} bytes (50 MiB)")
    try:
        text = data.decode("utf-8")  # strict: no overlongs, no surrogates, nothing past U+10FFFF
    except UnicodeDecodeError as e:
        # e.start is the first byte of the first ill-formed sequence (for E2 82 41, the E2).
        raise Invalid("$", f"not UTF-8: ill-formed sequence at byte offset {e.start}") from None
    if text.startswith("\ufeff"):
        text = text[1:]         # one BOM at the very start is skipped; any other is text
    if text == "":
        raise Invalid("$", "the file is empty")
    try:
        value = json.loads(text, object_pairs_hook=_pairs_hook, parse_int=_parse_int,
                           parse_float=_parse_float, parse_constant=_parse_constant)
    except RecursionError:      # Python's own parser gives up near 1,000 levels: far above 64
        is_json, path = _scan_deep(text)
        if not is_json:
            raise Invalid("$", "not JSON") from None
        raise Invalid(path, f"nested deeper than {MAX_DEPTH} levels") from None
    except json.JSONDecodeError as e:
        raise Invalid("$", f"not JSON: {e.msg} at line {e.lineno} column {e.colno}") from None
    except ValueError as e:
        raise Invalid("$", f"not JSON: {e}") from None

    # Steps 5-9 in one walk. Depth is the first of them and stops the walk at
    # once (so the walk never goes deeper than 65); for the others, keep the
    # first hit of each rule in document order and report the lowest rule.
    found = {}

    def visit(v, path, depth):
        if isinstance(v, (dict, list)):
            depth += 1
            if depth > MAX_DEPTH:
                raise Invalid(path, f"nested deeper than {MAX_DEPTH} levels")
        if isinstance(v, JObj):
            seen = set()
            for k, x in v.pairs:
                kp = child(path, k)
                if k in RESERVED:
                    found.setdefault(6, (kp, f"reserved key name {k}"))
                if k in seen:
                    found.setdefault(7, (path, f"duplicate key {json.dumps(k)}"))
                seen.add(k)
                if SURROGATE.search(k):  # like a duplicate key: the object's path
                    found.setdefault(9, (path, "a key holds half of a surrogate pair"))
                visit(x, kp, depth)
        elif isinstance(v, list):
            for i, x in enumerate(v):
                visit(x, child(path, i), depth)
        elif isinstance(v, BadNumber):
            found.setdefault(8, (path, f"number {v.text[:40]} is outside I-JSON "
                                       "(an IEEE double, integers within ±(2^53−1))"))
        elif isinstance(v, str) and SURROGATE.search(v):
            found.setdefault(9, (path, "a string holds half of a surrogate pair"))

    visit(value, "$", 0)
    if found:
        raise Invalid(*found[min(found)])
    return value


# ---------------------------------------------------------------- RFC 8785 (JCS)

def es_number(x):
    """ECMAScript Number.prototype.toString for a finite double (RFC 8785, 3.2.2.3)."""
    if x == 0:
        return "0"              # -0 too
    if x < 0:
        return "-" + es_number(-x)
    # repr gives the shortest digits that round-trip, which is what ECMAScript asks.
    mantissa, _, exp = repr(x).partition("e")
    whole, _, frac = mantissa.partition(".")
    digits, e = (whole + frac).lstrip("0"), int(exp or 0) - len(frac)  # x = digits × 10^e
    while digits.endswith("0"):
        digits, e = digits[:-1], e + 1
    n = len(digits) + e         # x = 0.digits × 10^n, as in ECMA-262 Number::toString
    k = len(digits)
    if k <= n <= 21:
        return digits + "0" * (n - k)
    if 0 < n <= 21:
        return digits[:n] + "." + digits[n:]
    if -6 < n <= 0:
        return "0." + "0" * (-n) + digits
    e = n - 1
    sign = "+" if e >= 0 else "-"
    head = digits[0] + ("." + digits[1:] if k > 1 else "")
    return f"{head}e{sign}{abs(e)}"


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def jcs_string(s):
    # Only " \ and U+0000-U+001F are escaped; everything else is written as itself.
    return '"' + "".join(_ESCAPES.get(c) or (f"\\u{ord(c):04x}" if c < " " else c) for c in s) + '"'


def jcs(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, int):
        return str(v)           # within ±(2^53−1): ECMAScript prints these digit for digit
    if isinstance(v, float):
        return es_number(v)
    if isinstance(v, str):
        return jcs_string(v)
    if isinstance(v, list):
        return "[" + ",".join(jcs(x) for x in v) + "]"
    if isinstance(v, dict):
        # Keys sorted by UTF-16 code units; big-endian UTF-16 bytes compare the same way.
        items = sorted(v.items(), key=lambda kv: kv[0].encode("utf-16-be", "surrogatepass"))
        return "{" + ",".join(jcs_string(k) + ":" + jcs(x) for k, x in items) + "}"
    raise TypeError(f"cannot canonicalize {type(v).__name__}")


def content_hash(value):
    return "sha256:" + hashlib.sha256(jcs(value).encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- Ed25519 (RFC 8032)

_P = 2**255 - 19
_L = 2**252 + 27742317777372353535851937790883648493
_D = -121665 * pow(121666, _P - 2, _P) % _P
_SQRT_M1 = pow(2, (_P - 1) // 4, _P)


def _add(a, b):
    """Point addition in extended coordinates (RFC 8032, 5.1.4)."""
    x1, y1, z1, t1 = a
    x2, y2, z2, t2 = b
    aa = (y1 - x1) * (y2 - x2) % _P
    bb = (y1 + x1) * (y2 + x2) % _P
    cc = 2 * t1 * t2 * _D % _P
    dd = 2 * z1 * z2 % _P
    e, f, g, h = bb - aa, dd - cc, dd + cc, bb + aa
    return (e * f % _P, g * h % _P, f * g % _P, e * h % _P)


def _mul(s, pt):
    q = (0, 1, 1, 0)            # the neutral element
    while s:
        if s & 1:
            q = _add(q, pt)
        pt = _add(pt, pt)
        s >>= 1
    return q


def _equal(a, b):
    return (a[0] * b[2] - b[0] * a[2]) % _P == 0 and (a[1] * b[2] - b[1] * a[2]) % _P == 0


def _decode_point(b):
    """Strict decoding (RFC 8032, 5.1.3): refuse y >= p, non-squares and x = 0 with sign 1."""
    y = int.from_bytes(b, "little")
    sign, y = y >> 255, y & ((1 << 255) - 1)
    if y >= _P:
        return None
    u, v = (y * y - 1) % _P, (_D * y * y + 1) % _P
    x = u * pow(v, 3, _P) * pow(u * pow(v, 7, _P), (_P - 5) // 8, _P) % _P
    if (v * x * x - u) % _P != 0:
        x = x * _SQRT_M1 % _P
        if (v * x * x - u) % _P != 0:
            return None
    if x == 0 and sign:
        return None
    if x & 1 != sign:
        x = _P - x
    return (x, y, 1, x * y % _P)


_GY = 4 * pow(5, _P - 2, _P) % _P
_G = _decode_point(_GY.to_bytes(32, "little"))


def ed25519_verify(public_key, message, signature):
    """RFC 8032, 5.1.7, checking [S]B = R + [k]A (as OpenSSL, under WebCrypto, does)."""
    if len(public_key) != 32 or len(signature) != 64:
        return False
    a = _decode_point(public_key)
    r = _decode_point(signature[:32])
    s = int.from_bytes(signature[32:], "little")
    if a is None or r is None or s >= _L:
        return False
    k = int.from_bytes(hashlib.sha512(signature[:32] + public_key + message).digest(), "little") % _L
    return _equal(_mul(s, _G), _add(r, _mul(k, a)))


def b64url_decode(text):
    """base64url without padding; None unless `text` is the canonical form of its bytes
    (no padding, unused low bits zero)."""
    try:
        raw = binascii.a2b_base64(text.replace("-", "+").replace("_", "/") + "=" * (-len(text) % 4),
                                  strict_mode=True)
    except (binascii.Error, ValueError):
        return None
    canonical = binascii.b2a_base64(raw, newline=False).decode().rstrip("=")
    return raw if canonical.replace("+", "-").replace("/", "_") == text else None


# ---------------------------------------------------------------- shapes and limits

class Checker:
    def __init__(self):
        self.problems = []

    def err(self, path, message):
        self.problems.append({"path": path, "message": message})


def is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def is_whole(v):
    return is_number(v) and float(v).is_integer()   # 1.0 is the same number as 1 in JSON


def text(maxlen, minlen=0):
    def check(c, v, p):
        if not isinstance(v, str):
            return c.err(p, "must be a string")
        if not minlen <= len(v) <= maxlen:  # len() counts code points, as the docs ask
            c.err(p, f"must be {minlen} to {maxlen} characters, not {len(v)}")
        m = INVISIBLE.search(v)
        if m:
            c.err(p, f"holds the invisible character U+{ord(m.group()):04X}")
    return check


ID = text(200, 1)
SHORT = text(500)
LONG = text(100_000)


def nullable(inner):
    return lambda c, v, p: None if v is None else inner(c, v, p)


def optional(inner):
    def check(c, v, p):
        inner(c, v, p)
    check.optional = True
    return check


def enum(*values):
    def check(c, v, p):
        if not (isinstance(v, str) and v in values):
            c.err(p, "must be one of " + ", ".join(json.dumps(x) for x in values))
    return check


def const(value):
    def check(c, v, p):
        if v != value or not isinstance(v, str):
            c.err(p, f"must be {json.dumps(value)}")
    return check


def boolean(c, v, p):
    if not isinstance(v, bool):
        c.err(p, "must be true or false")


def pattern(regex, what):
    def check(c, v, p):
        if not (isinstance(v, str) and regex.fullmatch(v)):
            c.err(p, f"must be {what}")
    return check


HASHV = pattern(HASH, '"sha256:" and 64 lowercase hex digits')


def _real_date(y, m, d):
    if not 1 <= m <= 12:
        return False
    days = [31, 29 if (y % 4 == 0 and y % 100 != 0) or y % 400 == 0 else 28,
            31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return 1 <= d <= days


def time(c, v, p):
    m = TIME.fullmatch(v) if isinstance(v, str) else None
    if not m:
        return c.err(p, "must be an RFC 3339 time with a zone, e.g. 2026-11-22T14:05:00Z")
    y, mo, d, hh, mm, ss = (int(m.group(i)) for i in range(1, 7))
    oh, om = int(m.group(9) or 0), int(m.group(10) or 0)
    # No leap second (:60); offset hours 00-23 (offset minutes, like all minutes, 00-59).
    if not _real_date(y, mo, d) or hh > 23 or mm > 59 or ss > 59 or oh > 23 or om > 59:
        c.err(p, "is not a real calendar date and time")


def date(c, v, p):
    m = DATE.fullmatch(v) if isinstance(v, str) else None
    if not m:
        return c.err(p, "must be a date YYYY-MM-DD")
    if not _real_date(int(m.group(1)), int(m.group(2)), int(m.group(3))):
        c.err(p, "is not a real calendar date")


MAX_WHOLE = 2**53 - 1


def whole_from(lowest):
    def check(c, v, p):
        if not (is_whole(v) and lowest <= v <= MAX_WHOLE):
            c.err(p, f"must be a whole number from {lowest} to {MAX_WHOLE}")
    return check


def whole_between(lowest, highest):
    def check(c, v, p):
        if not (is_whole(v) and lowest <= v <= highest):
            c.err(p, f"must be a whole number from {lowest:,} to {highest:,}")
    return check


def within(c, v, p):
    if not (is_number(v) and 0 < v <= 100_000):
        c.err(p, "must be a number more than 0 and at most 100,000")


def number(c, v, p):
    if not is_number(v):
        c.err(p, "must be a number")


def png_data_url(c, v, p):
    if not isinstance(v, str) or not v.startswith(PNG_PREFIX):
        return c.err(p, f"must be a PNG data URL ({PNG_PREFIX}…) or null")
    if len(v) > 2_000_000:
        return c.err(p, f"must be at most 2,000,000 characters, not {len(v)}")
    b64 = v[len(PNG_PREFIX):]
    # Standard base64: A-Z a-z 0-9 + /, padded with = to a multiple of 4, no spaces.
    if len(b64) % 4 or not BASE64.fullmatch(b64):
        return c.err(p, "the data URL is not standard padded base64")
    raw = base64.b64decode(b64, validate=True)
    # At least 33 bytes: the PNG signature, then a first chunk IHDR (type at
    # bytes 12-15) whose width and height are bytes 16-19 and 20-23.
    if len(raw) < 33 or raw[:8] != PNG_SIGNATURE or raw[12:16] != b"IHDR":
        return c.err(p, "the data URL does not hold a PNG (signature, then an IHDR chunk)")
    w, h = int.from_bytes(raw[16:20], "big"), int.from_bytes(raw[20:24], "big")
    if not (1 <= w <= 4096 and 1 <= h <= 4096):
        c.err(p, f"the PNG is {w}×{h} pixels; each side must be 1 to 4,096")


def obj(**fields):
    def check(c, v, p):
        if not isinstance(v, dict):
            return c.err(p, "must be an object")
        for name, inner in fields.items():
            if name in v:
                inner(c, v[name], child(p, name))
            elif not getattr(inner, "optional", False):
                c.err(child(p, name), "is missing")
    return check


def array(item, lo, hi):
    def check(c, v, p):
        if not isinstance(v, list):
            return c.err(p, "must be an array")
        if not lo <= len(v) <= hi:
            c.err(p, f"must hold {lo} to {hi} entries, not {len(v)}")
        for i, x in enumerate(v):
            item(c, x, child(p, i))
    return check


def layout_stages(c, v, p):
    # Keys are bound like ids (1 to 200 characters, no invisible characters);
    # a key that names no stage is ignored.
    if not isinstance(v, dict):
        return c.err(p, "must be an object")
    for k, x in v.items():
        if not 1 <= len(k) <= 200:
            c.err(child(p, k), f"a layout key must be 1 to 200 characters, not {len(k)}")
        m = INVISIBLE.search(k)
        if m:
            c.err(child(p, k), f"a layout key holds the invisible character U+{ord(m.group()):04X}")
        obj(x=number, y=number)(c, x, child(p, k))


# ---------------------------------------------------------------- format 1.1

def working_days(c, v, p):
    if not isinstance(v, list):
        return c.err(p, "must be an array")
    if not 1 <= len(v) <= 7:
        c.err(p, f"must hold 1 to 7 days, not {len(v)}")
    for i, d in enumerate(v):
        enum(*WEEKDAYS)(c, d, child(p, i))
    if all(isinstance(d, str) and d in WEEKDAYS for d in v):
        for i in range(1, len(v)):  # each day once, in week order: the first one out of place
            if WEEKDAYS.index(v[i]) <= WEEKDAYS.index(v[i - 1]):
                c.err(child(p, i), "working days are each named once, in week order (monday first)")
                break


def working_hours(c, v, p):
    obj(start=pattern(CLOCK, "HH:MM, 00:00 to 23:59"), end=pattern(CLOCK, "HH:MM, 00:00 to 23:59"))(c, v, p)
    if isinstance(v, dict) and all(isinstance(v.get(k), str) and CLOCK.fullmatch(v[k]) for k in ("start", "end")):
        if v["end"] <= v["start"]:   # HH:MM compare as text
            c.err(child(p, "end"), "the working day must end after it starts")


SLA_CALENDAR = obj(timeZone=pattern(TIME_ZONE, "an IANA time zone name, e.g. Europe/Warsaw"),
                   workingDays=working_days, hours=working_hours)
# A calendar in a 1.0 file: its shape only; the order of days and end after start are 1.1 rules.
SLA_CALENDAR_SHAPE = obj(timeZone=pattern(TIME_ZONE, "an IANA time zone name, e.g. Europe/Warsaw"),
                         workingDays=array(enum(*WEEKDAYS), 1, 7),
                         hours=obj(start=pattern(CLOCK, "HH:MM, 00:00 to 23:59"),
                                   end=pattern(CLOCK, "HH:MM, 00:00 to 23:59")))


# Per CRM: the typed field, the field saying what it means, the record and
# property the value sets, and the CRM's default values (internal value, label).
CRMS = [("hubspotLifecycleStage", "hubspot", "contacts", "lifecyclestage", HUBSPOT_DEFAULTS),
        ("salesforceLeadStatus", "salesforce", "Lead", "Status", SALESFORCE_DEFAULTS)]
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def meaning_of(typed, crm_object, crm_field, defaults):
    """What the table makes of a typed CRM value: a default by internal value or
    label, ignoring the case of A-Z only (no trimming, no other folding)."""
    if typed is None:
        return None
    folded = typed.translate(_ASCII_LOWER)
    for value, label in defaults:
        if folded in (value.translate(_ASCII_LOWER), label.translate(_ASCII_LOWER)):
            return {"object": crm_object, "field": crm_field, "value": value, "label": label}
    return {"object": crm_object, "field": crm_field, "value": None, "label": typed}


def stage_1_1(c, s, p):
    """A stage's format 1.1 fields and rules (the stage is already known to be an object)."""
    if "outcome" not in s:
        c.err(child(p, "outcome"), "is missing")
    elif s["outcome"] is not None and s["outcome"] not in OUTCOMES:
        c.err(child(p, "outcome"), "must be one of " + ", ".join(json.dumps(x) for x in OUTCOMES) + " or null")
    elif s.get("kind") == "stage" and s["outcome"] is not None:
        c.err(child(p, "outcome"), 'must be null on a stage whose kind is "stage"')
    elif s.get("kind") == "outcome" and s["outcome"] is None:
        c.err(child(p, "outcome"), "an outcome must say how it ends the journey")
    crm = s.get("crm")
    if not isinstance(crm, dict):
        return                  # already a problem of the 1.0 shape
    for typed_key, key, crm_object, crm_field, defaults in CRMS:
        kp = child(child(p, "crm"), key)
        if key not in crm:
            c.err(kp, "is missing")
            continue
        before = len(c.problems)
        shape = obj(object=const(crm_object), field=const(crm_field), value=nullable(SHORT), label=SHORT)
        nullable(shape)(c, crm[key], kp)
        typed = crm.get(typed_key)
        if len(c.problems) > before or not (typed is None or isinstance(typed, str)):
            continue            # compare with the table only when both shapes hold
        want, have = meaning_of(typed, crm_object, crm_field, defaults), crm[key]
        if have is not None:
            have = {k: have[k] for k in ("object", "field", "value", "label")}
        if have != want:
            c.err(kp, f"must be {json.dumps(want, ensure_ascii=False)}, what the CRM's defaults "
                      f"make of {json.dumps(typed, ensure_ascii=False)}")


def check_1_1(c, doc):
    """Format 1.1's rules, beside rules 3-7 (so every shape holds): its fields are all
    present (null where there is none) and say what the docs say: the calendar's days
    in week order and its day ending after it starts, outcomes typed, CRM values as
    the table makes them."""
    ch = doc["charter"]
    if "slaCalendar" not in ch:
        c.err("$.charter.slaCalendar", "is missing: a format 1.1 charter states its SLA calendar (null for none)")
    elif ch["slaCalendar"] is not None:
        SLA_CALENDAR(c, ch["slaCalendar"], "$.charter.slaCalendar")
    for i, s in enumerate(ch["stages"]):
        stage_1_1(c, s, f"$.charter.stages[{i}]")


# ---------------------------------------------------------------- format 1.2

# Shapes, checked in every file that holds these fields; what a 1.2 file must
# hold, and the rules between them, are check_1_2's.
CRM_SETUP = obj(object=enum(*CRM_OBJECTS), apiName=SHORT, hubspotLeadStatus=nullable(SHORT),
                converted=boolean, isDefault=boolean, probability=nullable(whole_between(0, 100)),
                forecastCategory=nullable(enum(*FORECAST_CATEGORIES)), closed=boolean, won=boolean)
FOLLOW_UP = obj(attempts=whole_between(1, 100), overDays=whole_between(1, 365), escalateTo=SHORT)
REASON_CODE = obj(id=ID, kind=enum(*REASON_KINDS), label=SHORT, apiName=SHORT, description=LONG,
                  revisitAfterDays=nullable(whole_between(1, 3650)))
QUALIFICATION = obj(idealCustomerProfile=LONG, exclusions=array(SHORT, 0, 200),
                    buyingRoles=array(SHORT, 0, 200), fitThreshold=nullable(whole_between(0, 100_000)),
                    engagementThreshold=nullable(whole_between(0, 100_000)), handRaise=LONG)
CRM_RULES = obj(reasonCodes=array(REASON_CODE, 0, 200), qualification=QUALIFICATION)


def check_1_2(c, doc):
    """Format 1.2's rules, beside rules 3-7 (so every shape holds): its fields are all
    present (null where there is none), reason codes have ids of their own, and only
    a recycle code says when to look again."""
    ch, base = doc["charter"], "$.charter"
    if "crmRules" not in ch:
        c.err(f"{base}.crmRules", "is missing: a format 1.2 charter states its CRM rules (null for none)")
    for i, s in enumerate(ch["stages"]):
        if "setup" not in s["crm"]:
            c.err(f"{base}.stages[{i}].crm.setup", "is missing: a format 1.2 stage states its CRM mapping")
    for i, t in enumerate(ch["transitions"]):
        if "followUp" not in t:
            c.err(f"{base}.transitions[{i}].followUp", "is missing: a format 1.2 transition states its follow-up")
    codes = (ch.get("crmRules") or {}).get("reasonCodes", [])
    seen = {}
    for i, code in enumerate(codes):
        p = f"{base}.crmRules.reasonCodes[{i}]"
        if code["id"] in seen:
            c.err(f"{p}.id", f"is also the id of reasonCodes[{seen[code['id']]}]: each reason code has its own")
        seen.setdefault(code["id"], i)
        if code["kind"] != "recycle" and code["revisitAfterDays"] is not None:
            c.err(f"{p}.revisitAfterDays", "must be null: only a recycle code says when to look again")


# ---------------------------------------------------------------- format 1.3

# An open item's due date: a date or null, its shape checked in every file that
# holds it; only a 1.3 file must state it (check_1_3).
DUE = optional(nullable(date))


def check_1_3(c, doc):
    """Format 1.3's rule, after 1.2's: every open item states its due date (null for none)."""
    for i, item in enumerate(doc["charter"]["openItems"]):
        if "due" not in item:
            c.err(f"$.charter.openItems[{i}].due",
                  "is missing: a format 1.3 charter states each open item's due date (null when there is none)")


# ---------------------------------------------------------------- format 1.4

# Where the room stands on each CRM rule: a term's status and when it was agreed.
# The shape is checked in every file that holds it; only a 1.4 file must state
# it, and only there does agreedAt have to agree with the status (check_1_4).
RULE_AGREEMENT = obj(status=enum(*STATUSES), agreedAt=nullable(time))
CRM_AGREEMENT = obj(**{topic: RULE_AGREEMENT for topic in CRM_RULE_TOPICS})


def check_1_4(c, doc):
    """Format 1.4's rules, after 1.3's: crmAgreement is present, and each rule says
    when it was agreed exactly when its status is "agreed"."""
    ch = doc["charter"]
    if "crmAgreement" not in ch:
        c.err("$.charter.crmAgreement",
              "is missing: a format 1.4 charter states where the room stands on each CRM rule")
        return
    agreement = ch["crmAgreement"]
    for topic in CRM_RULE_TOPICS:
        status, agreed_at = agreement[topic]["status"], agreement[topic]["agreedAt"]
        p = f"$.charter.crmAgreement.{topic}.agreedAt"
        if status == "agreed" and agreed_at is None:
            c.err(p, "must say when the rule was agreed: its status is agreed")
        elif status != "agreed" and agreed_at is not None:
            c.err(p, f"must be null while the rule is {status}")


# ---------------------------------------------------------------- the whole file

def crm_value_shape(crm_object, crm_field):
    return obj(object=const(crm_object), field=const(crm_field), value=nullable(SHORT), label=SHORT)


def stage_shape():
    # The 1.1 fields are optional shapes here, in any file; only a 1.1 file asks for
    # them and checks what they say, with the rules (check_1_1).
    crm = obj(hubspotLifecycleStage=nullable(SHORT), salesforceLeadStatus=nullable(SHORT),
              hubspot=optional(nullable(crm_value_shape("contacts", "lifecyclestage"))),
              salesforce=optional(nullable(crm_value_shape("Lead", "Status"))),
              setup=optional(nullable(CRM_SETUP)))
    stage = obj(id=ID, name=SHORT, kind=enum("stage", "outcome"), buyerLabel=nullable(SHORT),
                outcome=optional(nullable(enum(*OUTCOMES))),
                definition=LONG, entryCriteria=array(LONG, 0, 200),
                exitCriteria=array(LONG, 0, 200), owner=OWNER, crm=crm)
    return stage


def file_shape():
    """The shape of a file of any 1.x revision: the later revisions' fields optional, their shapes kept."""
    charter = dict(
        id=ID, title=SHORT, organization=SHORT, version=whole_from(1),
        previousVersionHash=nullable(HASHV), workshopDate=date, facilitator=obj(name=SHORT),
        teams=array(obj(id=ID, name=SHORT), 2, 6),
        participants=array(obj(id=ID, name=SHORT, role=SHORT, teamId=ID, signatory=boolean), 0, 1000),
        stages=array(stage_shape(), 0, 2000),
        transitions=array(obj(id=ID, **{"from": ID}, to=ID, handoff=boolean, trigger=LONG, owner=OWNER,
                              sla=nullable(obj(within=within,
                                               unit=enum("minutes", "hours", "business-hours",
                                                         "days", "business-days"))),
                              onReject=nullable(LONG), followUp=optional(nullable(FOLLOW_UP))), 0, 10_000),
        terms=array(obj(id=ID, term=SHORT, stageId=nullable(ID), definition=LONG,
                        status=enum("open", "discussing", "agreed", "parked"),
                        teamDefinitions=array(obj(teamId=ID, text=LONG), 0, 6),
                        agreedAt=nullable(time)), 0, 5000),
        kpis=array(obj(id=ID, name=SHORT, definition=LONG, formula=nullable(LONG),
                       target=nullable(SHORT), ownerTeamId=nullable(ID)), 0, 500),
        feedbackLoop=array(obj(id=ID, fromTeamId=ID, toTeamId=ID, what=LONG, cadence=SHORT), 0, 500),
        decisions=array(obj(id=ID, text=LONG, at=time, termId=nullable(ID)), 0, 10_000),
        openItems=array(obj(id=ID, text=LONG, owner=nullable(SHORT), due=DUE), 0, 2000),
    )
    charter["slaCalendar"] = optional(nullable(SLA_CALENDAR_SHAPE))
    # Format 1.2's fields: optional as shapes in any file; check_1_2 asks a 1.2 file for them.
    charter["crmRules"] = optional(nullable(CRM_RULES))
    # Format 1.4's: the same; check_1_4 asks a 1.4 file for it.
    charter["crmAgreement"] = optional(CRM_AGREEMENT)
    return obj(
        formatMinor=optional(whole_from(0)),
        generator=SHORT, exportedAt=time, charter=obj(**charter),
        signOff=obj(contentHash=HASHV, status=enum("draft", "signed"),
                    signatures=array(SIGNATURE, 0, 1000)),
        layout=obj(stages=layout_stages),
        seal=optional(obj(algorithm=const("Ed25519"),
                          publicKey=pattern(B64URL43, "43 base64url characters"),
                          keyFingerprint=HASHV,
                          signature=pattern(B64URL86, "86 base64url characters"))),
    )


OWNER = obj(teamId=nullable(ID), role=SHORT)
SIGNATURE = obj(participantId=ID, name=SHORT, role=SHORT, teamId=ID, signedAt=time,
                method=enum("typed", "drawn"), image=nullable(png_data_url), contentHash=HASHV,
                device=optional(nullable(SHORT)))


def is_1_1(doc):
    """formatMinor 1 or more: 1.1's fields are there and mean what they say; absent, or 0, is 1.0."""
    minor = doc.get("formatMinor")
    return is_whole(minor) and minor >= 1


def is_1_2(doc):
    """formatMinor 2 or more: 1.2's fields are there and mean what they say."""
    minor = doc.get("formatMinor")
    return is_whole(minor) and minor >= 2


def is_1_3(doc):
    """formatMinor 3 or more: 1.3's due dates are there and mean what they say."""
    minor = doc.get("formatMinor")
    return is_whole(minor) and minor >= 3


def is_1_4(doc):
    """formatMinor 4 (or a later 1.x, read as 1.4)."""
    minor = doc.get("formatMinor")
    return is_whole(minor) and minor >= 4


# ---------------------------------------------------------------- rules between fields

LISTS = ["teams", "participants", "stages", "transitions", "terms", "kpis",
         "feedbackLoop", "decisions", "openItems"]


def check_ids_and_references(c, doc):
    """Rules 1-2; run only when every shape and limit holds."""
    ch, base = doc["charter"], "$.charter"

    # 1. Unique ids across the whole charter.
    first = {ch["id"]: "$.charter.id"}
    for name in LISTS:
        for i, x in enumerate(ch[name]):
            p = f"{base}.{name}[{i}].id"
            if x["id"] in first:
                c.err(p, f"id {json.dumps(x['id'])} is also the id at {first[x['id']]}")
            else:
                first[x["id"]] = p

    teams = {t["id"] for t in ch["teams"]}
    stages = {s["id"] for s in ch["stages"]}
    terms = {t["id"] for t in ch["terms"]}
    people = {x["id"] for x in ch["participants"]}

    # 2. References.
    def ref(value, names, path, what, may_be_null=False):
        if value is None and may_be_null:
            return
        if value not in names:
            c.err(path, f"names no {what}")

    for i, x in enumerate(ch["participants"]):
        ref(x["teamId"], teams, f"{base}.participants[{i}].teamId", "team")
    for i, x in enumerate(ch["stages"]):
        ref(x["owner"]["teamId"], teams, f"{base}.stages[{i}].owner.teamId", "team", True)
    for i, x in enumerate(ch["transitions"]):
        ref(x["from"], stages, f"{base}.transitions[{i}].from", "stage")
        ref(x["to"], stages, f"{base}.transitions[{i}].to", "stage")
        ref(x["owner"]["teamId"], teams, f"{base}.transitions[{i}].owner.teamId", "team", True)
    for i, x in enumerate(ch["terms"]):
        ref(x["stageId"], stages, f"{base}.terms[{i}].stageId", "stage", True)
        for j, td in enumerate(x["teamDefinitions"]):
            ref(td["teamId"], teams, f"{base}.terms[{i}].teamDefinitions[{j}].teamId", "team")
    for i, x in enumerate(ch["kpis"]):
        ref(x["ownerTeamId"], teams, f"{base}.kpis[{i}].ownerTeamId", "team", True)
    for i, x in enumerate(ch["feedbackLoop"]):
        ref(x["fromTeamId"], teams, f"{base}.feedbackLoop[{i}].fromTeamId", "team")
        ref(x["toTeamId"], teams, f"{base}.feedbackLoop[{i}].toTeamId", "team")
    for i, x in enumerate(ch["decisions"]):
        ref(x["termId"], terms, f"{base}.decisions[{i}].termId", "term", True)
    for i, s in enumerate(doc["signOff"]["signatures"]):
        ref(s["participantId"], people, f"$.signOff.signatures[{i}].participantId", "participant")
        ref(s["teamId"], teams, f"$.signOff.signatures[{i}].teamId", "team")


def check_agreement(c, doc):
    """Rules 3-7; run only when rules 1-2 hold, so every reference resolves."""
    ch, base = doc["charter"], "$.charter"
    teams = [t["id"] for t in ch["teams"]]
    people = {x["id"]: x for x in ch["participants"]}

    # 3. Only an agreed term has a definition; 4. one term per stage.
    term_of = {}
    for i, t in enumerate(ch["terms"]):
        if t["status"] != "agreed" and t["definition"] != "":
            c.err(f"{base}.terms[{i}].definition", f'a term that is "{t["status"]}" must have definition ""')
        if t["stageId"] is not None:
            if t["stageId"] in term_of:
                c.err(f"{base}.terms[{i}].stageId", "another term already names this stage")
            else:
                term_of[t["stageId"]] = t

    # 4, continued: a stage no term names counts as a term against the limit on terms.
    unnamed = sum(1 for s in ch["stages"] if s["id"] not in term_of)
    if unnamed and len(ch["terms"]) + unnamed > 5000:
        c.err(f"{base}.terms", f"{len(ch['terms'])} terms and {unnamed} stages no term names: more than 5000 together")

    # 5. A stage carries its term's words (a stage no term names keeps its own).
    for i, s in enumerate(ch["stages"]):
        t = term_of.get(s["id"])
        if t is None:
            continue
        if t["status"] == "agreed":
            if s["definition"] != t["definition"]:
                c.err(f"{base}.stages[{i}].definition", "must equal its agreed term's definition")
        else:
            if s["definition"] != "":
                c.err(f"{base}.stages[{i}].definition", 'its term is not agreed: must be ""')
            for key in ("entryCriteria", "exitCriteria"):
                if s[key]:
                    c.err(f"{base}.stages[{i}].{key}", "its term is not agreed: must be []")

    # 6. Team definitions: at most one per team, in the order of teams, none empty.
    for i, t in enumerate(ch["terms"]):
        last = -1
        for j, td in enumerate(t["teamDefinitions"]):
            p = f"{base}.terms[{i}].teamDefinitions[{j}]"
            place = teams.index(td["teamId"])
            if place <= last:
                c.err(f"{p}.teamId", "team definitions must be one per team, in the order of teams")
            last = max(last, place)
            if td["text"] == "":
                c.err(f"{p}.text", "a team definition must not be empty (leave the team out)")

    # 7. Signatures: one per participant, by a signatory, with the participant's team and role.
    signed = set()
    for i, s in enumerate(doc["signOff"]["signatures"]):
        p = f"$.signOff.signatures[{i}]"
        who = people[s["participantId"]]
        if s["participantId"] in signed:
            c.err(f"{p}.participantId", "this participant already has a signature")
        signed.add(s["participantId"])
        if who["signatory"] is not True:
            c.err(f"{p}.participantId", "this participant is not a signatory")
        if s["teamId"] != who["teamId"]:
            c.err(f"{p}.teamId", "must be the participant's teamId")
        if s["role"] != who["role"]:
            c.err(f"{p}.role", "must be the participant's role")

    # Format 1.1's rules are checked with these, then 1.2's, 1.3's and 1.4's.
    if is_1_1(doc):
        check_1_1(c, doc)
    if is_1_2(doc):
        check_1_2(c, doc)
    if is_1_3(doc):
        check_1_3(c, doc)
    if is_1_4(doc):
        check_1_4(c, doc)


# ---------------------------------------------------------------- intact and the seal

def check_intact(doc):
    """Returns (problem or None, fingerprint of a seal that verifies or None)."""
    ch, so = doc["charter"], doc["signOff"]
    h = content_hash(ch)
    if so["contentHash"] != h:
        return {"path": "$.signOff.contentHash", "message": f"the charter's hash is {h}"}, None
    for i, s in enumerate(so["signatures"]):
        if s["contentHash"] != h:
            return {"path": f"$.signOff.signatures[{i}].contentHash",
                    "message": "this signature approved other content"}, None
    signatories = [x["id"] for x in ch["participants"] if x["signatory"] is True]
    signed = {s["participantId"] for s in so["signatures"]}
    if signatories:             # with nobody named to sign, either status is accepted
        expected = "signed" if all(x in signed for x in signatories) else "draft"
        if so["status"] != expected:
            return {"path": "$.signOff.status",
                    "message": f'the signatures make this "{expected}"'}, None
    if "seal" not in doc:
        return None, None       # intact, not sealed
    # The seal, in the docs' order (algorithm is already a shape).
    seal = doc["seal"]
    public_key = b64url_decode(seal["publicKey"])
    if public_key is None or len(public_key) != 32:
        return {"path": "$.seal.publicKey", "message": "not the canonical base64url of 32 bytes"}, None
    signature = b64url_decode(seal["signature"])
    if signature is None or len(signature) != 64:
        return {"path": "$.seal.signature", "message": "not the canonical base64url of 64 bytes"}, None
    fingerprint = "sha256:" + hashlib.sha256(public_key).hexdigest()
    if seal["keyFingerprint"] != fingerprint:
        return {"path": "$.seal.keyFingerprint", "message": f"the public key's fingerprint is {fingerprint}"}, None
    message = jcs({"charter": ch, "signOff": so}).encode("utf-8")
    if not ed25519_verify(public_key, message, signature):
        return {"path": "$.seal.signature", "message": "the seal does not verify"}, None
    return None, fingerprint


# ---------------------------------------------------------------- one file

def capped(problems):
    """At most MAX_PROBLEMS: the first 19, then one at "$" saying how many more there are."""
    if len(problems) <= MAX_PROBLEMS:
        return problems
    kept = problems[:MAX_PROBLEMS - 1]
    return kept + [{"path": "$", "message": f"has {len(problems) - len(kept)} more problems not shown"}]


def verify_bytes(data, pinned=None):
    """Returns (verdict without "file", exit code)."""
    verdict = {"valid": False, "intact": None, "sealed": None, "key": None, "problems": []}
    try:
        doc = read_strict(data)
    except Invalid as e:
        verdict["problems"].append({"path": e.path, "message": e.message})
        return verdict, 1
    problems = verdict["problems"]
    if not isinstance(doc, dict):
        problems.append({"path": "$", "message": "the file must hold a JSON object"})
        return verdict, 1
    fmt, ver = doc.get("format"), doc.get("formatVersion")
    if fmt != "accord.charter":
        what = "a workshop backup, not a charter" if fmt == "accord.workshop" else 'must be "accord.charter"'
        problems.append({"path": "$.format", "message": what})
        return verdict, 1
    if not (is_whole(ver) and ver >= 1):
        problems.append({"path": "$.formatVersion", "message": "must be a whole number from 1"})
        return verdict, 1
    if ver != 1:
        problems.append({"path": "$.formatVersion",
                         "message": f"formatVersion {jcs(ver)}: a newer format than this reader knows"})
        return verdict, 1

    c = Checker()
    file_shape()(c, doc, "$")
    if not c.problems:          # rules 1-2 need every shape to hold
        check_ids_and_references(c, doc)
    if not c.problems:          # rules 3-7 need every reference to resolve
        check_agreement(c, doc)
    if c.problems:
        verdict["problems"] = capped(c.problems)
        return verdict, 1

    verdict["valid"] = True
    problem, fingerprint = check_intact(doc)
    verdict.update(intact=problem is None, sealed=fingerprint is not None, key=fingerprint)
    if problem:
        problems.append(problem)
        return verdict, 3
    if pinned is not None and fingerprint != pinned:
        if fingerprint:
            problems.append({"path": "$.seal.keyFingerprint",
                             "message": f"sealed by {fingerprint}, not the expected key {pinned}"})
        else:
            problems.append({"path": "$.seal", "message": f"not sealed; expected the key {pinned}"})
        return verdict, 4
    return verdict, 0


def verify_file(path, pinned=None):
    """Returns (verdict, exit code), or (None, 2) with a message on stderr when unreadable."""
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_BYTES + 1)  # enough to know it is too big
    except OSError as e:
        print(f"{path}: cannot read the file: {e.strerror or e}", file=sys.stderr)
        return None, 2
    verdict, code = verify_bytes(data, pinned)
    return {"file": path, **verdict}, code


def parse_key(text):
    m = re.fullmatch(r"(?i:sha256:)?([0-9a-fA-F]{64})", text)
    return "sha256:" + m.group(1).lower() if m else None


# ---------------------------------------------------------------- self-test

def _png(width, height):
    ihdr = width.to_bytes(4, "big") + height.to_bytes(4, "big") + b"\x08\x06\x00\x00\x00"
    raw = PNG_SIGNATURE + b"\x00\x00\x00\x0dIHDR" + ihdr + b"\x00\x00\x00\x00"
    return PNG_PREFIX + base64.b64encode(raw).decode()


def self_test():
    """RFC 8032 section 7.1 TEST 1-3, RFC 8785 examples, and a few rules of the docs."""
    vectors = [  # (public key, message, signature)
        ("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
         "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"),
        ("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72",
         "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"),
        ("fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025", "af82",
         "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a"),
    ]
    ok = True

    def report(name, passed):
        nonlocal ok
        ok &= passed
        print(f"{name}: {'ok' if passed else 'FAILED'}")

    for n, (pk, msg, sig) in enumerate(vectors, 1):
        pk, msg, sig = bytes.fromhex(pk), bytes.fromhex(msg), bytes.fromhex(sig)
        good = ed25519_verify(pk, msg, sig)
        bad_msg = ed25519_verify(pk, msg + b"x", sig)
        bad_sig = ed25519_verify(pk, msg, sig[:63] + bytes([sig[63] ^ 1]))
        s_plus_l = (int.from_bytes(sig[32:], "little") + _L).to_bytes(32, "little")
        malleable = ed25519_verify(pk, msg, sig[:32] + s_plus_l)
        report(f"Ed25519 TEST {n}", good and not (bad_msg or bad_sig or malleable))

    numbers = {1e21: "1e+21", 1e-7: "1e-7", 0.000001: "0.000001", -0.0: "0", 4.5: "4.5",
               333333333.33333329: "333333333.3333333", 2e-3: "0.002", 1e20: "100000000000000000000",
               5e-324: "5e-324", 1.7976931348623157e308: "1.7976931348623157e+308",
               123.0: "123", 0.1: "0.1", -1.5e-10: "-1.5e-10", 1.2345e25: "1.2345e+25",
               9007199254740991.0: "9007199254740991", 295147905179352830000.0: "295147905179352830000"}
    wrong = [x for x, want in numbers.items() if es_number(x) != want]
    keys = jcs({"\u20ac": 1, "\ud83d\ude00": 2, "\u0080": 3, "a": 4, "\ufb33": 5})
    strings = jcs("\u0000\u001f\"\\\u007f\u2028é") == '"\\u0000\\u001f\\"\\\\\u007f\u2028é"'
    report("JCS numbers, key order, strings",
           not wrong and keys == '{"a":4,"\u0080":3,"\u20ac":1,"\ud83d\ude00":2,"\ufb33":5}' and strings)

    def problems_of(check, value):
        c = Checker()
        check(c, value, "$")
        return [p["path"] for p in c.problems]

    report("times", problems_of(time, "2026-11-22T15:05:00.250+01:00") == []
           and problems_of(time, "2024-02-29T23:59:59Z") == []
           and all(problems_of(time, t) for t in ("2026-11-22t14:05:00Z", "2026-11-22T14:05:00z",
                                                 "2026-11-22 14:05:00Z", "2025-02-29T00:00:00Z",
                                                 "2026-12-31T23:59:60Z", "2026-11-22T14:05:00",
                                                 "2026-11-22T14:05:00+24:00")))
    report("PNG data URLs", problems_of(png_data_url, _png(1, 4096)) == []
           and all(problems_of(png_data_url, u) for u in (_png(0, 1), _png(1, 4097), _png(1, 1)[:-4],
                                                        _png(1, 1).replace("base64,", "base64, "),
                                                        PNG_PREFIX + "AAAA")))
    report("canonical base64url", b64url_decode("AQ") == b"\x01" and b64url_decode("AR") is None
           and b64url_decode("AQ==") is None)
    mql = meaning_of("MARKETING qualified lead", *CRMS[0][2:])
    kelvin = meaning_of("mar\u212aetingqualifiedlead", *CRMS[0][2:])
    spaced = meaning_of(" lead", *CRMS[0][2:])
    report("CRM defaults table", mql["value"] == "marketingqualifiedlead"
           and mql["label"] == "Marketing Qualified Lead"
           and kelvin["value"] is None and spaced == {"object": "contacts", "field": "lifecyclestage",
                                                      "value": None, "label": " lead"}
           and meaning_of("working - contacted", *CRMS[1][2:])["value"]
           == "Working - Contacted")
    report("calendar", problems_of(SLA_CALENDAR, {"timeZone": "America/Argentina/Salta",
                                                  "workingDays": ["monday", "sunday"],
                                                  "hours": {"start": "00:00", "end": "23:59"}}) == []
           and problems_of(SLA_CALENDAR, {"timeZone": "UTC", "workingDays": ["tuesday", "monday", "monday"],
                                          "hours": {"start": "09:00", "end": "09:00"}})
           == ["$.workingDays[1]", "$.hours.end"])
    setup = {"object": "opportunity", "apiName": "closed_won", "hubspotLeadStatus": None, "converted": False,
             "isDefault": False, "probability": 100, "forecastCategory": "Closed", "closed": True, "won": True}
    code = {"id": "r-1", "kind": "reject", "label": "Misrouted", "apiName": "misrouted", "description": "",
            "revisitAfterDays": None}
    rules = Checker()
    check_1_2(rules, {"charter": {
        "crmRules": {"reasonCodes": [code, {**code, "id": "r-2", "kind": "recycle", "revisitAfterDays": 90},
                                     {**code, "revisitAfterDays": 30}]},
        "stages": [{"crm": {"setup": None}}, {"crm": {}}], "transitions": [{}]}})
    report("format 1.2", problems_of(CRM_SETUP, setup) == []
           and problems_of(CRM_SETUP, {**setup, "probability": 100.0}) == []
           and problems_of(CRM_SETUP, {**setup, "object": "account", "probability": 101,
                                       "forecastCategory": "Commit"})
           == ["$.object", "$.probability", "$.forecastCategory"]
           and problems_of(FOLLOW_UP, {"attempts": 0, "overDays": 365, "escalateTo": ""}) == ["$.attempts"]
           and [p["path"] for p in rules.problems]
           == ["$.charter.stages[1].crm.setup", "$.charter.transitions[0].followUp",
               "$.charter.crmRules.reasonCodes[2].id", "$.charter.crmRules.reasonCodes[2].revisitAfterDays"])
    dated = Checker()
    check_1_3(dated, {"charter": {"openItems": [{"id": "o-1", "due": "2027-01-15"}, {"id": "o-2", "due": None},
                                                {"id": "o-3"}]}})
    report("format 1.3", problems_of(DUE, "2028-02-29") == [] and problems_of(DUE, None) == []
           and all(problems_of(DUE, d) for d in ("2027-02-30", "2027-02-29", "next week", "2027-1-15",
                                                 "2027-01-15T00:00:00Z", 20270115))
           and [p["path"] for p in dated.problems] == ["$.charter.openItems[2].due"])
    rule = {"status": "open", "agreedAt": None}
    stated = {"stageMappings": {"status": "agreed", "agreedAt": "2026-11-22T15:05:00+01:00"},
              "followUps": {"status": "agreed", "agreedAt": None},
              "qualification": {"status": "parked", "agreedAt": "2026-11-22T14:05:00Z"},
              "reasonCodes": rule}
    agreed = Checker()
    check_1_4(agreed, {"charter": {"crmAgreement": stated}})
    missing = Checker()
    check_1_4(missing, {"charter": {}})
    report("format 1.4", problems_of(CRM_AGREEMENT, stated) == []
           and problems_of(CRM_AGREEMENT, {**stated, "reasonCodes": {"status": "done", "agreedAt": "today"}})
           == ["$.reasonCodes.status", "$.reasonCodes.agreedAt"]
           and problems_of(CRM_AGREEMENT, {"stageMappings": rule, "followUps": rule, "qualification": {}})
           == ["$.qualification.status", "$.qualification.agreedAt", "$.reasonCodes"]
           and problems_of(CRM_AGREEMENT, None) == ["$"]
           and [(p["path"], p["message"]) for p in agreed.problems]
           == [("$.charter.crmAgreement.followUps.agreedAt",
                "must say when the rule was agreed: its status is agreed"),
               ("$.charter.crmAgreement.qualification.agreedAt", "must be null while the rule is parked")]
           and [p["path"] for p in missing.problems] == ["$.charter.crmAgreement"])
    deep = "[" * 2000 + "]" * 2000
    report("nesting past Python's own limit", _scan_deep(deep) == (True, "$" + "[0]" * 64)
           and _scan_deep(deep + ",") == (False, None)
           and _scan_deep('{"a": [1, {"b": "\\u00e9"}], "c": -1.5e3} ') == (True, None)
           and _scan_deep('{"a": 1,}') == (False, None))
    return 0 if ok else 1


def main(argv):
    if argv == ["--self-test"]:
        return self_test()
    pinned, files, i = None, [], 0
    while i < len(argv):
        a = argv[i]
        if a == "--key" or a.startswith("--key="):
            value = a[6:] if a.startswith("--key=") else (argv[i + 1] if i + 1 < len(argv) else "")
            i += 0 if a.startswith("--key=") else 1
            pinned = parse_key(value)
            if pinned is None:
                print("--key needs sha256:<64 hex digits> or 64 hex digits", file=sys.stderr)
                return 2
        elif a == "--":
            files.extend(argv[i + 1:])
            break
        elif a.startswith("-") and a != "-":
            print(f"unknown option {a}", file=sys.stderr)
            return 2
        else:
            files.append(a)
        i += 1
    if not files:
        print("usage: verify_charter.py [--key <fingerprint>] FILE [FILE...]", file=sys.stderr)
        return 2
    worst = 0
    for path in files:
        verdict, code = verify_file(path, pinned)
        if verdict is not None:
            print(json.dumps(verdict))  # ASCII escapes: safe for any terminal and any key
        worst = max(worst, code)
    return worst


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
