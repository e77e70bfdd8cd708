# expect: output None
# A sandboxed os module: the environment is the host's choice (empty by default), never the process's.
import os
try:
    v = os.getenv("MOAT_CANARY")
except RuntimeError:
    v = None
print(v)
