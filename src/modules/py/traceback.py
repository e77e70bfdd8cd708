# traceback: formatting uses the interpreter's own traceback printer (exactly CPython's text for an
# uncaught exception, with chained causes and contexts).

import sys as _sys


def _exc_of(exc, value, tb):
    if value is not _sentinel:
        return value
    if isinstance(exc, type):
        return None
    return exc


_sentinel = object()


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    e = _exc_of(exc, value, tb)
    if e is None:
        return ['NoneType: None\n']
    return _format(e).splitlines(keepends=True)


def format_exception_only(exc, /, value=_sentinel):
    e = _exc_of(exc, value, None)
    if e is None:
        return ['NoneType: None\n']
    lines = _format(e).splitlines(keepends=True)
    return lines[-1:]


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = _sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        file.write(line)


def format_exc(limit=None, chain=True):
    e = _current()
    if e is None:
        return 'NoneType: None\n'
    return _format(e)


def print_exc(limit=None, file=None, chain=True):
    if file is None:
        file = _sys.stderr
    file.write(format_exc(limit, chain))


def format_tb(tb, limit=None):
    return []


def print_stack(f=None, limit=None, file=None):
    pass


def format_stack(f=None, limit=None):
    return []
