print("a", "b", sep="")
print("x", end="")
print("y")
print(sep="-")
print("a", sep=None, end=None)
print(*"abc", sep="\n")
try:
    print("x", sep=1)
except TypeError as e:
    print(e)
import io
buf = io.StringIO()
print("into buffer", 1, file=buf)
print(repr(buf.getvalue()))
