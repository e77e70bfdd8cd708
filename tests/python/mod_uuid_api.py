# uuid: UUID built from hex (with braces, urn: prefix, dashes), bytes, bytes_le, fields and int;
# the derived views (fields, time parts, node, hex, urn, bytes_le), version/variant, comparisons,
# hashing, immutability, the namespace constants, uuid4's shape, and the constructor errors.
import uuid
from uuid import UUID

u = UUID('12345678-1234-5678-1234-567812345678')
print(u, repr(u), u.hex, u.int, u.urn, u.version, u.variant)
print(u.bytes, u.bytes_le, u.fields)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq)
for text in ('{12345678-1234-5678-1234-567812345678}', 'urn:uuid:12345678-1234-5678-1234-567812345678',
             '12345678123456781234567812345678', '  {URN:UUID:ABCDEF00-1234-5678-1234-567812345678}  ',
             'urn:uuid:{12345678123456781234567812345678}', ' {1234567812345678-1234-5678-1234-5678} ', '{{12345678123456781234567812345678}}',
             'uuid:urn:12345678123456781234567812345678', '12345678-1234-5678-1234-56781234567', '12345678123456781234567812345678--',
             '+2345678123456781234567812345678', '0x345678123456781234567812345678', '1_345678123456781234567812345678'):
    try:
        print(repr(text), UUID(text))
    except Exception as e:
        print(repr(text), type(e).__name__, e)
print(UUID(bytes=u.bytes) == u, UUID(bytes_le=u.bytes_le) == u, UUID(fields=u.fields) == u, UUID(int=u.int) == u)
print(UUID(int=0), UUID(int=(1 << 128) - 1), UUID(int=0).variant, UUID(int=(1 << 128) - 1).variant)
for n in (0, 1, 2, 3, 4, 5, 8):
    w = UUID(int=u.int, version=n) if n in (1, 2, 3, 4, 5) else None
    print(n, w, w and w.version, w and w.variant)
for top in (0x0, 0x7, 0x8, 0xb, 0xc, 0xd, 0xe, 0xf):
    w = UUID(int=(top << 60) | (0x5 << 76))
    print(hex(top), w.variant, w.version)
a, b = UUID(int=5), UUID(int=7)
print(a < b, a <= b, a > b, a >= b, a == UUID(int=5), a != b, a == 5, a != "x", hash(a) == hash(UUID(int=5)), hash(a) == hash(5))
print(sorted([b, a, UUID(int=6)]), int(a), {a: 1}[UUID(int=5)])
print(str(UUID(int=255)), UUID(int=255).hex, callable(uuid.uuid4))
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)
print(u.is_safe, uuid.SafeUUID.safe.value, uuid.SafeUUID.unknown, UUID(int=1, is_safe=uuid.SafeUUID.safe).is_safe)
for op in ("a < 5", "a <= 'x'", "a > None", "a >= 1.5"):
    try:
        print(op, eval(op))
    except Exception as e:
        print(op, type(e).__name__, e)
for call in ("UUID()", "UUID('123')", "UUID('1234567812345678123456781234567g')", "UUID(hex='x', int=1)", "UUID(bytes=b'1')",
             "UUID(bytes_le=b'12')", "UUID(fields=(1, 2, 3))", "UUID(fields=(1 << 32, 0, 0, 0, 0, 0))",
             "UUID(fields=(0, 1 << 16, 0, 0, 0, 0))", "UUID(fields=(0, 0, 1 << 16, 0, 0, 0))", "UUID(fields=(0, 0, 0, 256, 0, 0))",
             "UUID(fields=(0, 0, 0, 0, 256, 0))", "UUID(fields=(0, 0, 0, 0, 0, 1 << 48))", "UUID(int=-1)", "UUID(int=1 << 128)",
             "UUID(int=1, version=6)", "UUID(int=1, version=0)", "UUID(1, 2)", "UUID(bytes='x' * 16)", "UUID(12)"):
    try:
        print(call, eval(call))
    except Exception as e:
        print(call, type(e).__name__, e)
for name in ("int", "hex", "x"):
    try:
        setattr(u, name, 1)
    except Exception as e:
        print(name, type(e).__name__, e)
print(UUID(int=u.int, version=4), UUID(bytes=bytes(range(16)), version=1).version)
print(isinstance(u, UUID), type(u).__name__, UUID.__module__, hasattr(u, "__dict__"))
