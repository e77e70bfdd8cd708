# expect: output contained
# echo-host: echo
for name in ("__self__", "__globals__", "__closure__", "__code__", "__module__", "__dict__"):
    v = getattr(echo, name, None)
    if isinstance(v, dict) and ("os" in v or "process" in v):
        print("ESCAPED", name)
print("contained")
