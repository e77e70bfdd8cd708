# base64 in Python: standard and URL-safe Base64, Base16, Base32.

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'


class Error(ValueError):
    __module__ = 'binascii'


def _bytes_from(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII string, not '%s'" % type(s).__name__)


def b64encode(s, altchars=None):
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)
    out = bytearray()
    data = bytes(s)
    for i in range(0, len(data) - 2, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63], _B64[n & 63]))
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63])) + b'=='
    elif rest == 2:
        n = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63])) + b'='
    out = bytes(out)
    if altchars is not None:
        out = out.replace(b'+', altchars[0:1]).replace(b'/', altchars[1:2])
    return out


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from(s)
    if altchars is not None:
        altchars = _bytes_from(altchars)
        s = s.replace(altchars[0:1], b'+').replace(altchars[1:2], b'/')
    values = []
    pad = 0
    for c in s:
        if c == 61:
            pad += 1
            continue
        k = _B64.find(bytes((c,)))
        if k < 0:
            if validate:
                raise Error('Only base64 data is allowed')
            continue
        if pad:
            if validate:
                raise Error('Excess data after padding')
            pad = 0
        values.append(k)
    if len(values) % 4 == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) cannot be 1 more '
                    'than a multiple of 4' % len(values))
    if len(values) % 4 and pad < 4 - len(values) % 4 and (validate or pad == 0 and len(values) % 4):
        raise Error('Incorrect padding')
    out = bytearray()
    for i in range(0, len(values), 4):
        chunk = values[i:i + 4]
        n = 0
        for v in chunk:
            n = (n << 6) | v
        n <<= 6 * (4 - len(chunk))
        b = bytes(((n >> 16) & 255, (n >> 8) & 255, n & 255))
        out += b[:len(chunk) - 1] if len(chunk) < 4 else b
    return bytes(out)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s, b'-_')


def urlsafe_b64decode(s):
    return b64decode(s, b'-_')


def b16encode(s):
    return bytes(s).hex().upper().encode('ascii')


def b16decode(s, casefold=False):
    s = _bytes_from(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in b'0123456789ABCDEF':
            raise Error('Non-base16 digit found')
    return bytes.fromhex(s.decode('ascii'))


def b32encode(s):
    data = bytes(s)
    out = bytearray()
    for i in range(0, len(data), 5):
        chunk = data[i:i + 5]
        n = int.from_bytes(chunk + b'\0' * (5 - len(chunk)), 'big')
        enc = bytes(_B32[(n >> (35 - 5 * k)) & 31] for k in range(8))
        keep = {1: 2, 2: 4, 3: 5, 4: 7, 5: 8}[len(chunk)]
        out += enc[:keep] + b'=' * (8 - keep)
    return bytes(out)


def b32decode(s, casefold=False):
    s = _bytes_from(s)
    if casefold:
        s = s.upper()
    if len(s) % 8:
        raise Error('Incorrect padding')
    stripped = s.rstrip(b'=')
    npad = len(s) - len(stripped)
    out = bytearray()
    for i in range(0, len(stripped), 8):
        chunk = stripped[i:i + 8]
        n = 0
        for c in chunk:
            k = _B32.find(bytes((c,)))
            if k < 0:
                raise Error('Non-base32 digit found')
            n = (n << 5) | k
        n <<= 5 * (8 - len(chunk))
        b = n.to_bytes(5, 'big')
        nbytes = {2: 1, 4: 2, 5: 3, 7: 4, 8: 5}.get(len(chunk))
        if nbytes is None:
            raise Error('Incorrect padding')
        out += b[:nbytes]
    return bytes(out)
