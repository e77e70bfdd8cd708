# pprint: long str split into adjacent literals, bytes and bytearray split in 4-byte groups
import pprint
s = "The quick brown fox jumps over the lazy dog. " * 4
for width in (5, 10, 20, 40, 80):
    print(pprint.pformat(s, width=width))
    print(pprint.pformat([s, 'short'], width=width))
    print(pprint.pformat({'key': s}, width=width))
    print(pprint.pformat("line one\nline two is longer\n\nlast 'quoted' \"line\"", width=width))
    print(pprint.pformat("nospaceshereatallxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", width=width))
    print(pprint.pformat("tabs\tand  multiple   spaces\tare  kept   exactly", width=width))
b = bytes(range(0, 256, 7))
for width in (4, 10, 20, 40, 80):
    print(pprint.pformat(b, width=width))
    print(pprint.pformat([b], width=width))
    print(pprint.pformat(bytearray(b), width=width))
    print(pprint.pformat({'b': bytearray(b'abcdefghijklmnop')}, width=width))
print(pprint.pformat(b'abcd', width=1), pprint.pformat(b'', width=1), pprint.pformat(bytearray(), width=1), pprint.pformat('', width=1))
