print("héllo".encode(), "héllo".encode("utf-8"), "abc".encode("ascii"), "é".encode("latin-1"))
print("h☃".encode("ascii", errors="replace"), "h☃".encode("ascii", "ignore"), "h☃".encode("ascii", "backslashreplace"), "h☃".encode("ascii", "xmlcharrefreplace"))
try:
    "☃".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
try:
    "☃".encode("latin-1")
except UnicodeEncodeError as e:
    print(e)
