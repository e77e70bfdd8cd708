# contextlib for Moat, written from the Python 3.11 documentation of the module:
# AbstractContextManager / AbstractAsyncContextManager, ContextDecorator / AsyncContextDecorator,
# contextmanager / asynccontextmanager, closing / aclosing, nullcontext, suppress,
# redirect_stdout / redirect_stderr, chdir, ExitStack / AsyncExitStack.
# Moat difference: print() writes to the run's output directly, so redirect_stdout captures only
# code that writes to sys.stdout explicitly (sys.stdout.write, print(file=sys.stdout)).

import sys as _sys
from abc import ABCMeta as _ABCMeta, abstractmethod as _abstractmethod
from functools import wraps as _wraps

__all__ = ['asynccontextmanager', 'contextmanager', 'closing', 'nullcontext', 'AbstractContextManager',
           'AbstractAsyncContextManager', 'AsyncExitStack', 'ContextDecorator', 'ExitStack',
           'redirect_stdout', 'redirect_stderr', 'suppress', 'aclosing', 'chdir']


def _defines(klass, names):
    # True when every name is found somewhere on klass's MRO and is not blanked out with None.
    for name in names:
        for base in getattr(klass, '__mro__', ()):
            if name in base.__dict__:
                if base.__dict__[name] is None:
                    return False
                break
        else:
            return False
    return True


class _ProtocolABCMeta(_ABCMeta):
    # isinstance()/issubclass() against the abstract context-manager classes succeed for any
    # class that has the protocol's methods, as the documentation promises.
    def __subclasscheck__(cls, subclass):
        if super().__subclasscheck__(subclass):
            return True
        names = cls.__dict__.get('_protocol_names')
        return bool(names) and _defines(subclass, names)


class AbstractContextManager(metaclass=_ProtocolABCMeta):
    """An abstract base class for context managers."""
    _protocol_names = ('__enter__', '__exit__')

    def __enter__(self):
        """Return `self` upon entering the runtime context."""
        return self

    @_abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Raise any exception triggered within the runtime context."""
        return None


class AbstractAsyncContextManager(metaclass=_ProtocolABCMeta):
    """An abstract base class for asynchronous context managers."""
    _protocol_names = ('__aenter__', '__aexit__')

    async def __aenter__(self):
        """Return `self` upon entering the runtime context."""
        return self

    @_abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        """Raise any exception triggered within the runtime context."""
        return None


class ContextDecorator:
    "A base class or mixin that enables context managers to work as decorators."

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @_wraps(func)
        def run_inside(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return run_inside


class AsyncContextDecorator:
    "A base class or mixin that enables async context managers to work as decorators."

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @_wraps(func)
        async def run_inside(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return run_inside


_EXHAUSTED = object()  # next()'s default: tells "the generator finished" from any yielded value


class _GeneratorContextManagerBase:
    """Shared helper for @contextmanager and @asynccontextmanager."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        # The generator function's docstring describes the context manager best.
        doc = getattr(func, '__doc__', None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # A decorated function gets a fresh generator on each call.
        return self.__class__(self.func, self.args, self.kwds)

    def _forget_call(self):
        # Once entered, the object cannot be re-created or entered again (AttributeError then).
        del self.args, self.kwds, self.func

    @staticmethod
    def _thrown_back(raised, sent, stop_types):
        # Decide the result of __exit__/__aexit__ when throwing `sent` into the generator ended
        # with `raised`: True means "suppress", False means "let the with-statement re-raise
        # `sent`"; None means `raised` is a new exception that must propagate.
        if isinstance(raised, stop_types):
            # The generator finished after the throw: it swallowed the exception, unless the
            # exception itself was a StopIteration that just came back out.
            return raised is not sent
        if raised is sent:
            return False
        if isinstance(raised, RuntimeError) and isinstance(sent, (StopIteration, StopAsyncIteration)) \
                and raised.__cause__ is sent:
            # PEP 479 turned our StopIteration into RuntimeError: report the original.
            return False
        return None


class _GeneratorContextManager(_GeneratorContextManagerBase, ContextDecorator):
    """Helper for @contextmanager decorator."""
    # Not a subclass of AbstractContextManager (CPython's is): ABCMeta's instantiation check
    # costs a Python-level call on every `with`; isinstance() still holds through the protocol.

    def __enter__(self):
        self._forget_call()
        first = next(self.gen, _EXHAUSTED)
        if first is _EXHAUSTED:
            raise RuntimeError("generator didn't yield")
        return first

    def __exit__(self, typ, value, traceback):
        if typ is None:
            # A clean exit must find the generator at its end.
            if next(self.gen, _EXHAUSTED) is not _EXHAUSTED:
                raise RuntimeError("generator didn't stop")
            return False
        if value is None:
            value = typ()
        try:
            self.gen.throw(typ, value, traceback)
        except BaseException as raised:
            verdict = self._thrown_back(raised, value, StopIteration)
            if verdict is None:
                raise
            if verdict is False:
                value.__traceback__ = traceback
            return verdict
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase, AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """Helper for @asynccontextmanager decorator."""

    async def __aenter__(self):
        self._forget_call()
        try:
            return await self.gen.__anext__()
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await self.gen.__anext__()
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(typ, value, traceback)
        except BaseException as raised:
            verdict = self._thrown_back(raised, value, StopAsyncIteration)
            if verdict is None:
                raise
            if verdict is False:
                value.__traceback__ = traceback
            return verdict
        raise RuntimeError("generator didn't stop after athrow()")


def contextmanager(func):
    """@contextmanager decorator: a generator function that yields once becomes a factory of
    context managers; the value yielded is bound by `as`, and an exception raised in the with
    block is thrown into the generator at the yield."""
    @_wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


def asynccontextmanager(func):
    """@asynccontextmanager decorator: the asynchronous counterpart of @contextmanager, for
    async generator functions used with `async with`."""
    @_wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """Context to automatically close something at the end of a block."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Async context manager for safely finalizing an asynchronously cleaned-up resource."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Context manager that does no additional processing."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    async def __aenter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        return None

    async def __aexit__(self, *excinfo):
        return None


class suppress(AbstractContextManager):
    """Context manager to suppress specified exceptions."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        return issubclass(exctype, self._exceptions)


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A stack, so that one object can be entered again while already active.
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(_sys, self._stream))
        setattr(_sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(_sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Context manager for temporarily redirecting stdout to another file."""
    _stream = 'stdout'


class redirect_stderr(_RedirectStream):
    """Context manager for temporarily redirecting stderr to another file."""
    _stream = 'stderr'


class chdir(AbstractContextManager):
    """Non thread-safe context manager to change the current working directory."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())


def _no_protocol(cm, kind):
    cls = type(cm)
    return TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support the {kind} protocol")


def _chain_to(new_exc, old_exc, outer_exc):
    # An exception raised by an exit callback got, as implicit context, the exception active
    # around the whole stack; make the exception it replaces (old_exc) its context instead.
    if old_exc is None or new_exc is old_exc:
        return
    link = new_exc
    while True:
        nxt = link.__context__
        if nxt is None or nxt is old_exc or nxt is outer_exc:
            break
        link = nxt
    link.__context__ = old_exc


def _details(exc):
    # The (type, value, traceback) triple an exit callback receives for exc (or for no exception).
    if exc is None:
        return None, None, None
    return type(exc), exc, exc.__traceback__


def _raise_keeping_context(exc):
    # Raising from inside __exit__ would replace exc.__context__ with the exception being
    # handled; keep the chain built by _chain_to.
    context = exc.__context__
    try:
        raise exc
    except BaseException:
        exc.__context__ = context
        raise


class _BaseExitStack:
    """State and registration methods shared by ExitStack and AsyncExitStack."""

    def __init__(self):
        # Entries are (is_sync, callable taking (exc_type, exc, tb)), run last-in first-out.
        self._exit_callbacks = []

    def pop_all(self):
        """Preserve the context stack by transferring it to a new instance."""
        other = type(self)()
        other._exit_callbacks, self._exit_callbacks = self._exit_callbacks, []
        return other

    def push(self, exit):
        """Registers a callback with the standard __exit__ method signature.

        Can suppress exceptions the same way __exit__ method can.
        Also accepts any object with an __exit__ method (registering a call
        to the method instead of the object itself).
        """
        try:
            exit_method = type(exit).__exit__
        except AttributeError:
            self._exit_callbacks.append((True, exit))
        else:
            self._push_method(exit, exit_method, True)
        return exit

    def enter_context(self, cm):
        """Enters the supplied context manager.

        If successful, also pushes its __exit__ method as a callback and
        returns the result of the __enter__ method.
        """
        cls = type(cm)
        try:
            enter, exit = cls.__enter__, cls.__exit__
        except AttributeError:
            raise _no_protocol(cm, 'context manager') from None
        result = enter(cm)
        self._push_method(cm, exit, True)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Registers an arbitrary callback and arguments.

        Cannot suppress exceptions.
        """
        def call_ignoring_exc(exc_type, exc, tb):
            callback(*args, **kwds)
        call_ignoring_exc.__wrapped__ = callback
        self._exit_callbacks.append((True, call_ignoring_exc))
        return callback

    def _push_method(self, cm, method, is_sync):
        def call_method(exc_type, exc, tb):
            return method(cm, exc_type, exc, tb)
        call_method.__self__ = cm
        self._exit_callbacks.append((is_sync, call_method))


class ExitStack(_BaseExitStack, AbstractContextManager):
    """Context manager for dynamic management of a stack of exit callbacks."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        had_exc = exc_details[0] is not None
        # The exception being handled around the callbacks: the with-block's own when it raised.
        outer_exc = exc_details[1] if had_exc else _sys.exc_info()[1]
        current = exc_details[1] if had_exc else None
        swallowed = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            details = _details(current)
            try:
                if cb(*details):
                    swallowed = True
                    current = None
            except BaseException as new_exc:
                _chain_to(new_exc, current, outer_exc)
                current = new_exc
        if current is not None and (not had_exc or current is not exc_details[1]):
            _raise_keeping_context(current)
        return had_exc and swallowed

    def close(self):
        """Immediately unwind the context stack."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """Async context manager for dynamic management of a stack of exit
    callbacks, for both normal and asynchronous context managers.
    """

    async def enter_async_context(self, cm):
        """Enters the supplied async context manager.

        If successful, also pushes its __aexit__ method as a callback and
        returns the result of the __aenter__ method.
        """
        cls = type(cm)
        try:
            enter, exit = cls.__aenter__, cls.__aexit__
        except AttributeError:
            raise _no_protocol(cm, 'asynchronous context manager') from None
        result = await enter(cm)
        self._push_method(cm, exit, False)
        return result

    def push_async_exit(self, exit):
        """Registers a coroutine function with the standard __aexit__ method
        signature.

        Can suppress exceptions the same way __aexit__ method can.
        Also accepts any object with an __aexit__ method (registering a call
        to the method instead of the object itself).
        """
        try:
            exit_method = type(exit).__aexit__
        except AttributeError:
            self._exit_callbacks.append((False, exit))
        else:
            self._push_method(exit, exit_method, False)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Registers an arbitrary coroutine function and arguments.

        Cannot suppress exceptions.
        """
        async def call_ignoring_exc(exc_type, exc, tb):
            await callback(*args, **kwds)
        call_ignoring_exc.__wrapped__ = callback
        self._exit_callbacks.append((False, call_ignoring_exc))
        return callback

    async def aclose(self):
        """Immediately unwind the context stack."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        had_exc = exc_details[0] is not None
        # The exception being handled around the callbacks: the with-block's own when it raised.
        outer_exc = exc_details[1] if had_exc else _sys.exc_info()[1]
        current = exc_details[1] if had_exc else None
        swallowed = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            details = _details(current)
            try:
                result = cb(*details) if is_sync else await cb(*details)
                if result:
                    swallowed = True
                    current = None
            except BaseException as new_exc:
                _chain_to(new_exc, current, outer_exc)
                current = new_exc
        if current is not None and (not had_exc or current is not exc_details[1]):
            _raise_keeping_context(current)
        return had_exc and swallowed
