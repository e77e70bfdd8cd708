# expect: output done
# echo-host: echo
f = echo
g = [echo, echo]
for fn in g:
    fn(1)
del echo
try:
    f(2)
except Exception:
    pass
print("done")
