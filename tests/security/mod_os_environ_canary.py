# expect: output contained
import os
try:
    keys = list(os.environ.keys())
except RuntimeError:
    keys = []
for k in ("MOAT_CANARY", "SECRET_KEY", "AWS_SECRET_ACCESS_KEY", "PATH", "HOME"):
    if k in keys:
        print("ESCAPED", k)
print("contained")
