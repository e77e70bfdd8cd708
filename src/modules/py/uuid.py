# uuid: RFC 4122 UUID objects (every constructor form, the field/byte/string views, version and
# variant, ordering, hashing, pickling state), SafeUUID, the namespace constants and uuid4, written
# for Moat from the library documentation. uuid4 draws its 128 bits from a random.Random of the
# sandbox (seeded once per run through the "random.seed" host call), so a run replays exactly.
# Left out: uuid1 and getnode (no clock sequence or MAC address in the sandbox) and uuid3/uuid5
# (no MD5/SHA-1 implementation in Moat).

import random as _random
from enum import Enum as _Enum

__all__ = ['UUID', 'SafeUUID', 'uuid4', 'NAMESPACE_DNS', 'NAMESPACE_URL', 'NAMESPACE_OID',
           'NAMESPACE_X500', 'RESERVED_NCS', 'RFC_4122', 'RESERVED_MICROSOFT', 'RESERVED_FUTURE']

RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'

# the variant lives in the top three bits of octet 8 (bits 61..63 of the integer)
_VARIANT_BY_TOP_BITS = (RESERVED_NCS,) * 4 + (RFC_4122,) * 2 + (RESERVED_MICROSOFT, RESERVED_FUTURE)

_ALL_ONES_128 = (1 << 128) - 1
_VARIANT_MASK = 0b11 << 62
_VERSION_MASK = 0xf << 76


class SafeUUID(_Enum):
    safe = 0
    unsafe = -1
    unknown = None


# (field width in bits, word used in the range error) for UUID(fields=...)
_FIELD_WIDTHS = ((32, 'a 32-bit'), (16, 'a 16-bit'), (16, 'a 16-bit'), (8, 'an 8-bit'),
                 (8, 'an 8-bit'), (48, 'a 48-bit'))


def _parse_hex(text):
    digits = text.replace('urn:', '').replace('uuid:', '')
    digits = digits.strip('{}').replace('-', '')
    if len(digits) != 32:
        raise ValueError('badly formed hexadecimal UUID string')
    return int(digits, 16)


def _le_to_be(raw):
    # bytes_le stores the first three fields little-endian; swap them back to network order
    if len(raw) != 16:
        raise ValueError('bytes_le is not a 16-char string')
    return raw[3::-1] + raw[5:3:-1] + raw[7:5:-1] + raw[8:]


def _from_bytes(raw):
    if len(raw) != 16:
        raise ValueError('bytes is not a 16-char string')
    if not isinstance(raw, bytes):
        raise AssertionError(repr(raw))
    return int.from_bytes(raw, 'big')


def _from_fields(fields):
    if len(fields) != 6:
        raise ValueError('fields is not a 6-tuple')
    value = 0
    for position, (field, (width, words)) in enumerate(zip(fields, _FIELD_WIDTHS), 1):
        if not 0 <= field < 1 << width:
            raise ValueError(f'field {position} out of range (need {words} value)')
        value = (value << width) | field
    return value


_FIELD_LAYOUT = ((96, 32), (80, 16), (64, 16), (56, 8), (48, 8), (0, 48))


def _bit_field(shift, width):
    mask = (1 << width) - 1
    return property(lambda self: (self.int >> shift) & mask)


class UUID:
    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None, version=None,
                 *, is_safe=SafeUUID.unknown):
        given = [hex, bytes, bytes_le, fields, int]
        if given.count(None) != 4:
            raise TypeError('one of the hex, bytes, bytes_le, fields, or int arguments must be given')
        if hex is not None:
            value = _parse_hex(hex)
        elif bytes_le is not None:
            value = _from_bytes(_le_to_be(bytes_le))
        elif bytes is not None:
            value = _from_bytes(bytes)
        elif fields is not None:
            value = _from_fields(fields)
        else:
            value = int
            if not 0 <= value <= _ALL_ONES_128:
                raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            value = (value & ~_VARIANT_MASK) | (0b10 << 62)
            value = (value & ~_VERSION_MASK) | (version << 76)
        object.__setattr__(self, 'int', value)
        object.__setattr__(self, 'is_safe', is_safe)

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __getstate__(self):
        state = {'int': self.int}
        if self.is_safe != SafeUUID.unknown:
            state['is_safe'] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, 'int', state['int'])
        object.__setattr__(self, 'is_safe', SafeUUID(state['is_safe']) if 'is_safe' in state
                           else SafeUUID.unknown)

    # ordering and hashing follow the 128-bit integer; other types are not comparable
    def __eq__(self, other):
        return self.int == other.int if isinstance(other, UUID) else NotImplemented

    def __lt__(self, other):
        return self.int < other.int if isinstance(other, UUID) else NotImplemented

    def __le__(self, other):
        return self.int <= other.int if isinstance(other, UUID) else NotImplemented

    def __gt__(self, other):
        return self.int > other.int if isinstance(other, UUID) else NotImplemented

    def __ge__(self, other):
        return self.int >= other.int if isinstance(other, UUID) else NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __str__(self):
        h = self.hex
        return '-'.join((h[:8], h[8:12], h[12:16], h[16:20], h[20:]))

    def __repr__(self):
        return f'{type(self).__name__}({str(self)!r})'

    @property
    def hex(self):
        return format(self.int, '032x')

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        raw = self.bytes
        return raw[3::-1] + raw[5:3:-1] + raw[7:5:-1] + raw[8:]

    # the RFC 4122 fields, each a run of bits of the integer (most significant first)
    time_low = _bit_field(96, 32)
    time_mid = _bit_field(80, 16)
    time_hi_version = _bit_field(64, 16)
    clock_seq_hi_variant = _bit_field(56, 8)
    clock_seq_low = _bit_field(48, 8)
    node = _bit_field(0, 48)

    @property
    def fields(self):
        return tuple((self.int >> shift) & ((1 << width) - 1) for shift, width in _FIELD_LAYOUT)

    @property
    def time(self):
        return ((self.time_hi_version & 0x0fff) << 48) | (self.time_mid << 32) | self.time_low

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    @property
    def variant(self):
        return _VARIANT_BY_TOP_BITS[(self.int >> 61) & 0b111]

    @property
    def version(self):
        if self.variant != RFC_4122:
            return None
        return (self.int >> 76) & 0xf


_rng = _random.Random()


def uuid4():
    return UUID(int=_rng.getrandbits(128), version=4)


NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
