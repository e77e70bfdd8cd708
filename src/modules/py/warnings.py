# warnings in Python: warn() writes "file:line: Category: message" to sys.stderr once per
# (message, category) unless filtered; filters support "ignore", "error", "always", "default".

import sys as _sys

filters = []
_seen = set()


def _category_name(category):
    return category.__name__


def showwarning(message, category, filename, lineno, file=None, line=None):
    if file is None:
        file = _sys.stderr
    file.write(formatwarning(message, category, filename, lineno, line))


def formatwarning(message, category, filename, lineno, line=None):
    return "%s:%s: %s: %s\n" % (filename, lineno, _category_name(category), message)


def _action_for(message, category):
    text = str(message)
    for action, msg, cat, lineno in filters:
        if (cat is None or issubclass(category, cat)) and (msg is None or text.startswith(msg)):
            return action
    if issubclass(category, (DeprecationWarning, PendingDeprecationWarning)):
        return 'ignore'
    return 'default'


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    action = _action_for(message, category)
    if action == 'ignore':
        return
    if action == 'error':
        if isinstance(message, Warning):
            raise message
        raise category(message)
    key = (str(message), category)
    if action != 'always' and key in _seen:
        return
    _seen.add(key)
    showwarning(message, category, '<string>', 1)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                  source=None):
    warn(message, category)


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in ('error', 'ignore', 'always', 'default', 'module', 'once'):
        raise ValueError("invalid action: %r" % (action,))
    item = (action, None, category, lineno)
    if append:
        filters.append(item)
    else:
        filters.insert(0, item)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    if action not in ('error', 'ignore', 'always', 'default', 'module', 'once'):
        raise ValueError("invalid action: %r" % (action,))
    item = (action, message or None, category, lineno)
    if append:
        filters.append(item)
    else:
        filters.insert(0, item)


def resetwarnings():
    filters[:] = []


class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._action = action
        self._category = category

    def __enter__(self):
        global showwarning
        self._filters = filters[:]
        self._showwarning = showwarning
        self._seen = set(_seen)
        _seen.clear()
        if self._action is not None:
            simplefilter(self._action, self._category)
        if self._record:
            log = []

            def record(message, category, filename, lineno, file=None, line=None):
                log.append(WarningMessage(message, category, filename, lineno))
            showwarning = record
            return log
        return None

    def __exit__(self, *exc_info):
        global showwarning
        filters[:] = self._filters
        showwarning = self._showwarning
        _seen.clear()
        _seen.update(self._seen)


class WarningMessage:
    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message if isinstance(message, Warning) else category(message)
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self.category.__name__, self.filename, self.lineno, self.line))
