# hmac: keyed hashing (RFC 2104). Moat's own module, written from the RFC and the documentation:
# HMAC(K, m) = H((K' ^ opad) || H((K' ^ ipad) || m)), where K' is the key padded with zeros to the
# hash's block size (hashed first when longer than a block), ipad = 0x36 and opad = 0x5c repeated.
# The hashes come from hashlib (C); the values, attributes and error messages are CPython 3.11's.
# compare_digest is not constant-time here (timing is not observable from inside the sandbox in any
# useful way), but takes the same arguments and raises the same errors as CPython's.

import hashlib as _hashlib

__all__ = ['HMAC', 'new', 'digest', 'compare_digest']

trans_5C = bytes(x ^ 0x5C for x in range(256))
trans_36 = bytes(x ^ 0x36 for x in range(256))

# The size of the digests of this module's hash; None because it depends on the digestmod.
digest_size = None


def _by_name(name):
    def make(data=b''):
        h = _hashlib.new(name, data)
        if h.digest_size == 0:
            # SHAKE: CPython's OpenSSL HMAC refuses an extendable-output hash without a reason.
            raise ValueError('no reason supplied')
        return h
    return make


def _maker(digestmod):
    # A function that makes a fresh hash object of digestmod, optionally fed with data.
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return _by_name(digestmod)
    return lambda data=b'': digestmod.new(data)


class HMAC:
    """An HMAC computation (RFC 2104) over any hashlib-style hash."""

    blocksize = 64  # the legacy attribute; block_size is the hash's own

    def __init__(self, key, msg=None, digestmod=''):
        """key: bytes or bytearray; msg: first data or None; digestmod: a hashlib name, a constructor, or a module with new()."""
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError(f"key: expected bytes or bytearray, but got {type(key).__name__!r}")
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _maker(digestmod)
        self._inner = make()
        self._outer = make()
        self.digest_size = self._inner.digest_size
        block = getattr(self._inner, 'block_size', 64)
        if block < 16:
            block = self.blocksize
        self.block_size = block
        if len(key) > block:
            key = make(key).digest()
        key = bytes(key) + bytes(block - len(key))
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    def update(self, msg):
        """Adds msg to the data being authenticated."""
        self._inner.update(msg)

    def copy(self):
        """An independent copy of this computation."""
        other = self.__class__.__new__(self.__class__)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        # The outer hash over the inner digest so far, leaving this object's state alone.
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer

    def digest(self):
        """The MAC of the data so far, as bytes; the object can still be updated."""
        return self._current().digest()

    def hexdigest(self):
        """The MAC of the data so far, as lowercase hexadecimal digits."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """A new HMAC object: new(key, msg=None, digestmod=...)."""
    return HMAC(key, msg, digestmod)


def _need_buffer(value):
    if not isinstance(value, (bytes, bytearray)):
        raise TypeError(f"a bytes-like object is required, not {type(value).__name__!r}")


def digest(key, msg, digest):
    """The MAC of msg under key with the given digest, in one call."""
    _need_buffer(key)
    _need_buffer(msg)
    make = _maker(digest)
    inner = make()
    outer = make()
    block = getattr(inner, 'block_size', 64)
    if len(key) > block:
        key = make(key).digest()
    key = bytes(key) + bytes(block - len(key))
    inner.update(key.translate(trans_36))
    outer.update(key.translate(trans_5C))
    inner.update(msg)
    outer.update(inner.digest())
    return outer.digest()


def compare_digest(*args, **kwargs):
    """a == b for two str (ASCII only) or two bytes-like objects."""
    if kwargs:
        raise TypeError("_hashlib.compare_digest() takes no keyword arguments")
    if len(args) != 2:
        raise TypeError(f"compare_digest expected 2 arguments, got {len(args)}")
    a, b = args
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a, b = a.encode(), b.encode()
    else:
        if not isinstance(a, (bytes, bytearray)) and not isinstance(b, (bytes, bytearray)):
            raise TypeError("unsupported operand types(s) or combination of types: "
                            f"{type(a).__name__!r} and {type(b).__name__!r}")
        _need_buffer(a)
        _need_buffer(b)
    # Every byte is looked at whatever the first difference, as the real function does.
    same = len(a) == len(b)
    diff = 0
    for x, y in zip(a, b if same else a):
        diff |= x ^ y
    return same and diff == 0
