# time: every clock reading is a host call ("time.time", "time.monotonic", "time.sleep"), so the
# host decides what the program sees (docs/modules.md). Names are looked up when called, so a
# program can import time without touching the host.

_time = _host("time.time")
_monotonic = _host("time.monotonic")
_sleep = _host("time.sleep")
del _host


def _float_result(name, v):
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise RuntimeError(f"host function '{name}' returned {type(v).__name__}, expected a number")
    return float(v)


def time():
    return _float_result("time.time", _time())


def time_ns():
    return int(time() * 1e9)


def monotonic():
    return _float_result("time.monotonic", _monotonic())


def monotonic_ns():
    return int(monotonic() * 1e9)


perf_counter = monotonic
perf_counter_ns = monotonic_ns
process_time = monotonic
process_time_ns = monotonic_ns


def sleep(secs, /):
    if isinstance(secs, bool) or not isinstance(secs, (int, float)):
        if hasattr(type(secs), '__float__'):
            secs = float(secs)
        else:
            raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")
    if secs != secs:
        raise ValueError("Invalid value NaN (not a number)")
    if secs < 0:
        raise ValueError("sleep length must be non-negative")
    _sleep(float(secs))
    return None
