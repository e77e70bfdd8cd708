# expect: exception RuntimeError
# A sleep longer than the run's time budget is refused (wasm) or has no host (native CLI); it must
# never block the host.
import time
time.sleep(10 ** 9)
