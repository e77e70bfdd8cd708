# asyncio: a small event loop for Moat (owner: async; C part in src/vm/coroutine.c).
#
# Tasks are driven with coroutine.send(None) only: whatever a task awaits hands an object up to the
# loop -- a Future (another task, gather), None (sleep(0)), a _Timer (sleep) or a _HostCall (a host
# function called from a coroutine). The awaited object itself delivers the result when the task
# is resumed (Future.__await__ returns self.result(); a resolved _HostCall returns its value or
# raises), so the loop never throws into a task except to cancel it.
#
# When no task is ready, every pending host call of every task goes to the host in ONE step
# (`_wait(calls)` pauses the run with a CALL carrying all of them, DESIGN.md section 2); only when
# no host call is pending does virtual time jump to the next timer. Time is virtual: sleep() does
# not wait, it only orders tasks as CPython's clock would (loop.time() starts at 0).
#
# _wait, _HostCall and _CoroutineType are put into this module's namespace by the C part.

import heapq as _heapq

__all__ = [
    "run", "gather", "create_task", "sleep", "wait_for", "wait", "as_completed",
    "get_event_loop", "get_running_loop", "new_event_loop", "iscoroutine", "ensure_future",
    "Future", "Task", "Queue", "Event", "Lock", "Semaphore", "CancelledError", "TimeoutError",
    "InvalidStateError", "QueueEmpty", "QueueFull", "ALL_COMPLETED", "FIRST_COMPLETED",
    "FIRST_EXCEPTION", "current_task", "all_tasks", "timeout", "timeout_at", "Timeout",
]


class CancelledError(BaseException):
    pass


class InvalidStateError(Exception):
    pass


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


TimeoutError = TimeoutError

ALL_COMPLETED = "ALL_COMPLETED"
FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"

_PENDING = "PENDING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"

_running_loop = None


def iscoroutine(obj):
    return isinstance(obj, _CoroutineType)


class Future:
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else _get_loop()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None

    def __repr__(self):
        return f"<{type(self).__name__} {self._state.lower()}>"

    def get_loop(self):
        return self._loop

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Result is not ready.")
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Exception is not set.")
        return self._exception

    def _make_cancelled_error(self):
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError(f"{self._state}: {self!r}")
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError(f"{self._state}: {self!r}")
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        n = len(self._callbacks)
        self._callbacks = [f for f in self._callbacks if f != fn]
        return n - len(self._callbacks)

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        self._callbacks = []
        for fn in callbacks:
            self._loop.call_soon(fn, self)

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


class Task(Future):
    _counter = 0

    def __init__(self, coro, *, loop=None, name=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        self._coro = coro
        if name is None:
            Task._counter += 1
            name = f"Task-{Task._counter}"
        self._name = str(name)
        self._must_cancel = False
        self._num_cancels_requested = 0
        self._waiting_on = None
        self._loop._all_tasks.append(self)
        self._loop.call_soon(self._step)

    def __repr__(self):
        return f"<Task {self._state.lower()} name={self._name!r} coro={self._coro!r}>"

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def set_result(self, result):
        raise RuntimeError("Task does not support set_result operation")

    def set_exception(self, exception):
        raise RuntimeError("Task does not support set_exception operation")

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def cancel(self, msg=None):
        if self.done():
            return False
        self._num_cancels_requested += 1
        self._must_cancel = True
        self._cancel_message = msg
        waiting = self._waiting_on
        if isinstance(waiting, Future):
            if waiting.cancel(msg=msg):
                return True
        # Blocked on a timer or a host call (or not started): wake it up to throw.
        self._loop._wake_for_cancel(self)
        return True

    def _step(self, _future=None):
        if self.done():
            return
        loop = self._loop
        self._waiting_on = None
        prev = loop._current
        loop._current = self
        try:
            if self._must_cancel:
                self._must_cancel = False
                result = self._coro.throw(self._make_cancelled_error())
            else:
                result = self._coro.send(None)
        except StopIteration as e:
            Future.set_result(self, e.value)
        except CancelledError as e:
            self._cancel_message = e.args[0] if e.args else None
            Future.cancel(self, msg=self._cancel_message)
        except (KeyboardInterrupt, SystemExit) as e:
            Future.set_exception(self, e)
            raise
        except BaseException as e:
            Future.set_exception(self, e)
        else:
            self._block_on(result)
        finally:
            loop._current = prev

    def _block_on(self, result):
        loop = self._loop
        if isinstance(result, Future):
            if result is self:
                loop.call_soon(self._step_error, RuntimeError(f"Task cannot await on itself: {self!r}"))
                return
            result._asyncio_future_blocking = False
            self._waiting_on = result
            result.add_done_callback(self._step)
            if self._must_cancel and result.cancel():
                self._must_cancel = False
        elif isinstance(result, _HostCall):
            self._waiting_on = result
            loop._host_pending.append((result, self))
        elif isinstance(result, _Timer):
            self._waiting_on = result
            loop._add_timer(result.when, self)
        elif result is None:
            loop.call_soon(self._step)
        else:
            loop.call_soon(self._step_error, RuntimeError(f"Task got bad yield: {result!r}"))

    def _step_error(self, exc):
        if self.done():
            return
        self._must_cancel = False
        loop = self._loop
        prev = loop._current
        loop._current = self
        try:
            result = self._coro.throw(exc)
        except StopIteration as e:
            Future.set_result(self, e.value)
        except CancelledError:
            Future.cancel(self)
        except BaseException as e:
            Future.set_exception(self, e)
        else:
            self._block_on(result)
        finally:
            loop._current = prev


class _Timer:
    __slots__ = ("when",)

    def __init__(self, when):
        self.when = when

    def __await__(self):
        yield self


class _Handle:
    __slots__ = ("_fn", "_args", "_cancelled")

    def __init__(self, fn, args):
        self._fn = fn
        self._args = args
        self._cancelled = False

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled


class _Loop:
    def __init__(self):
        self._ready = []
        self._timers = []
        self._timer_seq = 0
        self._time = 0.0
        self._host_pending = []
        self._all_tasks = []
        self._current = None
        self._closed = False
        self._running = False

    def time(self):
        return self._time

    def call_soon(self, fn, *args, context=None):
        h = _Handle(fn, args)
        self._ready.append(h)
        return h

    def call_later(self, delay, fn, *args, context=None):
        return self.call_at(self._time + max(delay, 0), fn, *args)

    def call_at(self, when, fn, *args, context=None):
        h = _Handle(fn, args)
        self._timer_seq += 1
        _heapq.heappush(self._timers, (when, self._timer_seq, h))
        return h

    def _add_timer(self, when, task):
        self.call_at(when, task._step)

    def _wake_for_cancel(self, task):
        waiting = task._waiting_on
        if isinstance(waiting, _HostCall):
            self._host_pending = [(h, t) for (h, t) in self._host_pending if t is not task]
        elif isinstance(waiting, _Timer):
            for (_, _, h) in self._timers:
                if h._fn == task._step:
                    h.cancel()
        elif waiting is not None:
            return
        task._waiting_on = None
        self.call_soon(task._step)

    def create_task(self, coro, *, name=None, context=None):
        return Task(coro, loop=self, name=name)

    def create_future(self):
        return Future(loop=self)

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def _run_once(self):
        if not self._ready:
            if self._host_pending:
                pending = self._host_pending
                self._host_pending = []
                calls = [h for (h, _) in pending]
                answers = _wait(calls)
                for (h, task), (ok, value) in zip(pending, answers):
                    h._resolve(ok, value)
                    self._ready.append(_Handle(task._step, ()))
            else:
                while self._timers and self._timers[0][2]._cancelled:
                    _heapq.heappop(self._timers)
                if not self._timers:
                    return False
                when = self._timers[0][0]
                if when > self._time:
                    self._time = when
        while self._timers and self._timers[0][0] <= self._time:
            h = _heapq.heappop(self._timers)[2]
            if not h._cancelled:
                self._ready.append(h)
        ready = self._ready
        self._ready = []
        for h in ready:
            if not h._cancelled:
                h._fn(*h._args)
        return True

    def run_until_complete(self, future):
        global _running_loop
        if self._running:
            raise RuntimeError("This event loop is already running")
        if _running_loop is not None:
            raise RuntimeError("Cannot run the event loop while another loop is running")
        fut = ensure_future(future, loop=self)
        self._running = True
        _running_loop = self
        try:
            while not fut.done():
                if not self._run_once():
                    raise RuntimeError("Event loop stopped before Future completed.")
        finally:
            self._running = False
            _running_loop = None
        return fut.result()


def new_event_loop():
    return _Loop()


_default_loop = None


def get_event_loop():
    global _default_loop
    if _running_loop is not None:
        return _running_loop
    if _default_loop is None or _default_loop._closed:
        _default_loop = _Loop()
    return _default_loop


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError("no running event loop")
    return _running_loop


def _get_loop():
    if _running_loop is not None:
        return _running_loop
    return get_event_loop()


def current_task(loop=None):
    loop = loop if loop is not None else get_running_loop()
    return loop._current


def all_tasks(loop=None):
    loop = loop if loop is not None else get_running_loop()
    return {t for t in loop._all_tasks if not t.done()}


def run(main, *, debug=None):
    if _running_loop is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not iscoroutine(main):
        raise ValueError(f"a coroutine was expected, got {main!r}")
    loop = _Loop()
    try:
        return loop.run_until_complete(main)
    finally:
        for t in loop._all_tasks:
            if not t.done():
                t.cancel()
        if any(not t.done() for t in loop._all_tasks):
            try:
                loop._running = True
                globals()["_running_loop"] = loop
                for _ in range(100):
                    if all(t.done() for t in loop._all_tasks) or not loop._run_once():
                        break
            finally:
                loop._running = False
                globals()["_running_loop"] = None
        loop.close()


def ensure_future(obj, *, loop=None):
    if isinstance(obj, Future):
        return obj
    if iscoroutine(obj):
        loop = loop if loop is not None else _get_loop()
        return loop.create_task(obj)
    if hasattr(obj, "__await__"):
        return ensure_future(_wrap_awaitable(obj), loop=loop)
    raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")


async def _wrap_awaitable(aw):
    return await aw


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name)


async def sleep(delay, result=None):
    if delay <= 0:
        await _Yield()
        return result
    loop = get_running_loop()
    await _Timer(loop.time() + delay)
    return result


class _Yield:
    def __await__(self):
        yield None


class _GatheringFuture(Future):
    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        # Every child still running is cancelled (no short cut); the gather counts as cancelled
        # if any of them was.
        cancelled_any = any([child.cancel(msg=msg) for child in self._children])
        if cancelled_any:
            self._cancel_requested = True
        return cancelled_any


def gather(*coros_or_futures, return_exceptions=False):
    loop = _get_loop()
    if not coros_or_futures:
        outer = Future(loop=loop)
        outer.set_result([])
        return outer
    arg_to_fut = {}
    children = []
    for arg in coros_or_futures:
        if isinstance(arg, Future) or not hasattr(arg, "__hash__") or arg.__hash__ is None:
            fut = ensure_future(arg, loop=loop)
        elif arg in arg_to_fut:
            fut = arg_to_fut[arg]
        else:
            fut = ensure_future(arg, loop=loop)
            arg_to_fut[arg] = fut
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    state = {"done": 0}
    nfuts = len(set(map(id, children)))

    def _done_callback(fut):
        state["done"] += 1
        if outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state["done"] == nfuts:
            results = []
            for f in children:
                if f.cancelled():
                    res = f._make_cancelled_error()
                else:
                    res = f.exception()
                    if res is None:
                        res = f.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(CancelledError())
            else:
                outer.set_result(results)

    seen = set()
    for fut in children:
        if id(fut) not in seen:
            seen.add(id(fut))
            fut.add_done_callback(_done_callback)
    return outer


async def wait_for(fut, timeout):
    loop = get_running_loop()
    fut = ensure_future(fut, loop=loop)
    if timeout is None:
        return await fut
    if timeout <= 0:
        if fut.done():
            return fut.result()
        fut.cancel()
        raise TimeoutError()
    waiter = loop.create_future()

    def _release(_=None):
        if not waiter.done():
            waiter.set_result(None)

    handle = loop.call_later(timeout, _release)
    fut.add_done_callback(_release)
    try:
        await waiter
    finally:
        handle.cancel()
        fut.remove_done_callback(_release)
    if fut.done():
        return fut.result()
    fut.cancel()
    try:
        await _Yield()
    except CancelledError:
        pass
    raise TimeoutError()


class Timeout:
    # asyncio.timeout()/timeout_at() (3.11): cancels the task when the deadline passes and turns
    # that cancellation into TimeoutError when the `async with` block exits.
    def __init__(self, when):
        self._when = when
        self._task = None
        self._handle = None
        self._state = "created"
        self._cancelling = 0

    def __repr__(self):
        return f"<Timeout [{self._state}] when={self._when}>"

    def when(self):
        return self._when

    def expired(self):
        return self._state in ("expiring", "expired")

    def reschedule(self, when):
        if self._state != "entered":
            raise RuntimeError(f"Timeout has not been entered" if self._state == "created"
                               else f"Cannot change state of {self._state} Timeout")
        self._when = when
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if when is not None:
            loop = get_running_loop()
            if when <= loop.time():
                self._handle = loop.call_soon(self._on_timeout)
            else:
                self._handle = loop.call_at(when, self._on_timeout)

    async def __aenter__(self):
        self._task = current_task()
        if self._task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = "entered"
        self._cancelling = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if self._state == "expiring":
            self._state = "expired"
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._state == "entered":
            self._state = "exited"
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = "expiring"
        self._handle = None


def timeout(delay):
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    loop = get_running_loop()
    fs = {ensure_future(f, loop=loop) for f in set(fs)}
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    waiter = loop.create_future()
    counter = [len(fs)]

    def _on_done(f):
        counter[0] -= 1
        if (counter[0] <= 0 or return_when == FIRST_COMPLETED or
                (return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None)):
            if not waiter.done():
                waiter.set_result(None)

    handle = loop.call_later(timeout, lambda: waiter.done() or waiter.set_result(None)) if timeout is not None else None
    for f in fs:
        f.add_done_callback(_on_done)
    try:
        await waiter
    finally:
        if handle is not None:
            handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_done)
    done = {f for f in fs if f.done()}
    return done, fs - done


def as_completed(fs, *, timeout=None):
    loop = _get_loop()
    todo = [ensure_future(f, loop=loop) for f in fs]
    done_queue = []
    waiters = []

    def _on_done(f):
        done_queue.append(f)
        if waiters:
            w = waiters.pop(0)
            if not w.done():
                w.set_result(None)

    for f in todo:
        f.add_done_callback(_on_done)

    async def _next():
        if not done_queue:
            w = loop.create_future()
            waiters.append(w)
            await w
        return done_queue.pop(0).result()

    for _ in range(len(todo)):
        yield _next()


class Event:
    def __init__(self):
        self._waiters = []
        self._value = False

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = _get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Lock:
    def __init__(self):
        self._locked = False
        self._waiters = []

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and not self._waiters:
            self._locked = True
            return True
        fut = _get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
        finally:
            self._waiters.remove(fut)
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, et, e, tb):
        self.release()


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value
        self._waiters = []

    def locked(self):
        return self._value == 0

    async def acquire(self):
        while self._value <= 0:
            fut = _get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        self._value -= 1
        return True

    def release(self):
        self._value += 1
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, et, e, tb):
        self.release()


class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._items = []
        self._getters = []
        self._putters = []
        self._unfinished = 0
        self._finished = Event()
        self._finished.set()

    def qsize(self):
        return len(self._items)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._items

    def full(self):
        return 0 < self._maxsize <= len(self._items)

    def _wake(self, waiters):
        while waiters:
            w = waiters.pop(0)
            if not w.done():
                w.set_result(None)
                break

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._items.append(item)
        self._unfinished += 1
        self._finished.clear()
        self._wake(self._getters)

    def get_nowait(self):
        if not self._items:
            raise QueueEmpty
        item = self._items.pop(0)
        self._wake(self._putters)
        return item

    async def put(self, item):
        while self.full():
            fut = _get_loop().create_future()
            self._putters.append(fut)
            await fut
        self.put_nowait(item)

    async def get(self):
        while not self._items:
            fut = _get_loop().create_future()
            self._getters.append(fut)
            await fut
        return self.get_nowait()

    def task_done(self):
        if self._unfinished <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished -= 1
        if self._unfinished == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished > 0:
            await self._finished.wait()
