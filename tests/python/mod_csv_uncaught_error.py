# An uncaught csv.Error prints as CPython's _csv.Error in the traceback's last line.
import csv

print(list(csv.reader(['a,b', '"c"d'])))
list(csv.reader(['a,"b"c'], strict=True))
