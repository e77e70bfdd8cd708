# base64: b64/urlsafe/b32/b16 round trips and errors
import base64
for data in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))[:40], 'héllo'.encode()]:
    e = base64.b64encode(data)
    print(e, base64.b64decode(e) == data, base64.b32encode(data), base64.b32decode(base64.b32encode(data)) == data, base64.b16encode(data)[:20])
print(base64.urlsafe_b64encode(b'\xfb\xff\xfe'), base64.urlsafe_b64decode('-__-'), base64.b64decode('aGVsbG8gd29ybGQ='), base64.b64decode(b'aGk'+b'='))
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b16decode('666F6F'), base64.b64decode('aGVs\nbG8='))
for bad in ['abc', 'a', 'ab$=']:
    try:
        print(base64.b64decode(bad, validate=True))
    except ValueError as e:
        print(type(e).__name__, e)
