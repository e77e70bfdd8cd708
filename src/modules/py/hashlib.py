# hashlib: secure hashes and message digests. Moat's own module, written from the documentation.
# The algorithms, the hash object type and pbkdf2_hmac are C (src/modules/hashlib.c: openssl_md5
# ... openssl_sha512, new, pbkdf2_hmac, all named as CPython's OpenSSL-backed functions so that
# error messages match); this part adds the public names, `new` with CPython's Python-level
# signature, the algorithm sets and file_digest. blake2b/blake2s are not implemented
# (docs/modules.md).

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384',
           'sha3_512', 'shake_128', 'shake_256', 'new', 'algorithms_guaranteed', 'algorithms_available',
           'pbkdf2_hmac', 'file_digest')

algorithms_guaranteed = {'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256',
                         'sha3_384', 'sha3_512', 'shake_128', 'shake_256'}
algorithms_available = algorithms_guaranteed | {'sha512_224', 'sha512_256'}

md5 = openssl_md5
sha1 = openssl_sha1
sha224 = openssl_sha224
sha256 = openssl_sha256
sha384 = openssl_sha384
sha512 = openssl_sha512
sha3_224 = openssl_sha3_224
sha3_256 = openssl_sha3_256
sha3_384 = openssl_sha3_384
sha3_512 = openssl_sha3_512
shake_128 = openssl_shake_128
shake_256 = openssl_shake_256
_new = new
del openssl_md5, openssl_sha1, openssl_sha224, openssl_sha256, openssl_sha384, openssl_sha512
del openssl_sha3_224, openssl_sha3_256, openssl_sha3_384, openssl_sha3_512, openssl_shake_128, openssl_shake_256


class UnsupportedDigestmodError(ValueError):
    # Raised by pbkdf2_hmac for an unknown digest name (CPython: _hashlib.UnsupportedDigestmodError).
    __module__ = '_hashlib'


def __hash_new(name, data=b'', **kwargs):
    """A new hash object of the named algorithm, fed with data (bytes-like) if given."""
    return _new(name, data, **kwargs)


new = __hash_new
del __hash_new


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """The hash object (digest: a name or a constructor) of everything fileobj, a binary
    file opened for reading, holds from its position on (a BytesIO: all of it)."""
    digestobj = new(digest) if isinstance(digest, str) else digest()
    getbuffer = getattr(fileobj, 'getbuffer', None)
    if getbuffer is not None:
        # BytesIO: the whole buffer, whatever the position (as CPython).
        digestobj.update(getbuffer())
        return digestobj
    if not (hasattr(fileobj, 'readinto') and hasattr(fileobj, 'readable') and fileobj.readable()):
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    chunk = bytearray(_bufsize)
    while True:
        got = fileobj.readinto(chunk)
        if not got:
            break
        digestobj.update(chunk if got == _bufsize else chunk[:got])
    return digestobj
