/*
 * api.c: the public embedding API of moat.h (DESIGN.md sections 1, 2 and 4).
 *
 * A Moat wraps one MoVM (its first member, so the MoVM pointer in mo_vm leads back to the Moat)
 * plus what only the API needs: the status of the last call, the id of the pending host call, the
 * message of a fired limit, and a small static buffer for results that must exist even when the
 * run's heap is exhausted. Every entry point makes the Moat's MoVM current (mo_vm) for its
 * duration and restores the previous value on return, so interpreters can be interleaved.
 *
 * The Moat struct itself is allocated with mo_vm == NULL (an immortal block, outside any run's
 * budget); everything a run allocates, including the result buffers, belongs to the run's heap and
 * is released at once by mo_alloc_release_all when the Moat is freed or started again. Nothing is
 * decref'd at that point: the run's objects die with their memory.
 *
 * A run goes: config (CBOR) -> limits, globals with inputs and external functions -> source checks
 * (size: LIMIT; invalid UTF-8, NUL bytes: SyntaxError as CPython reports them for a file) -> parse
 * -> compile -> the module frame runs in the VM. The VM either returns a value (DONE), an exception
 * (ERROR, or LIMIT when mo_vm->limit_hit says a host-protecting limit fired), or pauses on a call
 * to an external function, having asked us (mo_api_prepare_call) to encode the CALL result.
 *
 * A session (moat_feed) is the same run continued: once it is idle (finished with DONE, ERROR or
 * LIMIT), more source is compiled and run as another module frame over the same globals and
 * builtins (so the module cache, which lives in the builtins, carries over too). Only the per-feed
 * counters restart; the heap does not, so the memory limit covers the whole session. Nothing
 * about a feed is kept once it ends (its source copy, code and frame die with it), which is what
 * keeps the cost of a feed independent of how many came before.
 */
#include <string.h>

#include "../boundary/cbor.h"
#include "../compile/compiler.h"
#include "../config.h"
#include "../core/alloc.h"
#include "../modules/modules.h"
#include "../objects/function.h"
#include "../parse/parser.h"
#include "vm.h"

#define LIMIT_MESSAGE_CAP 160
#define FALLBACK_CAP 256

struct Moat {
    MoVM vm; /* first: mo_vm points here */
    bool started;
    bool keep_value; /* config "result": DONE carries the last expression's value (else None) */
    MoatStatus status;
    uint64_t next_call_id;
    char limit_message[LIMIT_MESSAGE_CAP];
    const uint8_t *out; /* what moat_result returns: vm.result or fallback */
    size_t out_len;
    uint8_t fallback[FALLBACK_CAP];
    Moat *next_live; /* live_moats list */
    bool idle;       /* the last run ended (DONE, ERROR or LIMIT) with its globals intact: moat_feed may go on */
    uint64_t feeds;  /* moat_feed calls accepted so far: the Nth is compiled as "<feed-N>" */
    size_t batch;    /* calls in the pending step when asyncio batched them (ids call_id...), else 0 */
    bool set_up;     /* moat_start got past builtins, globals and config: a session can build on it */
};

static Moat *current(void) { return (Moat *)mo_vm; }

/* Every Moat that moat_new made and moat_free has not released, so that code which finds a MoVM in
 * mo_vm can tell whether a Moat surrounds it (tests and fuzzers also run bare MoVMs). Like mo_vm
 * itself this is process-wide: interpreters may interleave on one thread, not run on several. */
static Moat *live_moats;

static bool is_live_moat(const MoVM *vm) {
    for (Moat *m = live_moats; m; m = m->next_live)
        if (&m->vm == vm) return true;
    return false;
}

char *mo_api_limit_message_buf(size_t *cap) {
    /* A bare MoVM has nothing behind it: writing the message there would corrupt memory. */
    if (!mo_vm || !is_live_moat(mo_vm)) return NULL;
    *cap = LIMIT_MESSAGE_CAP;
    return current()->limit_message;
}

static double clock_now(Moat *m) { return m->vm.clock ? m->vm.clock(m->vm.clock_ctx) : 0.0; }

/* ---- results ----------------------------------------------------------------------------------- */

static void set_result(Moat *m, uint8_t *data, size_t len) {
    if (m->vm.result && m->vm.result != data) mo_free(m->vm.result);
    m->vm.result = data;
    m->vm.result_len = len;
    m->out = data;
    m->out_len = len;
}

/* Writes {"message": msg} into the static buffer: works with the heap exhausted. */
static MoatStatus fatal_static(Moat *m, const char *msg) {
    size_t n = strlen(msg);
    if (n > FALLBACK_CAP - 16) n = FALLBACK_CAP - 16;
    uint8_t *p = m->fallback;
    *p++ = 0xa1;
    *p++ = 0x67;
    memcpy(p, "message", 7);
    p += 7;
    if (n < 24) {
        *p++ = (uint8_t)(0x60 | n);
    } else {
        *p++ = 0x78;
        *p++ = (uint8_t)n;
    }
    memcpy(p, msg, n);
    p += n;
    if (m->vm.result) {
        mo_free(m->vm.result);
        m->vm.result = NULL;
        m->vm.result_len = 0;
    }
    m->out = m->fallback;
    m->out_len = (size_t)(p - m->fallback);
    m->status = MOAT_FATAL;
    return MOAT_FATAL;
}

/* Takes a finished buffer as the result; falls back to a static FATAL result on failure. */
static MoatStatus take_result(Moat *m, MoCborBuf *b, int rc, MoatStatus status) {
    if (rc < 0) {
        mo_cbor_buf_free(b);
        mo_err_clear();
        return fatal_static(m, "out of memory while building the result");
    }
    size_t len;
    uint8_t *data = mo_cbor_buf_take(b, &len);
    if (!data) return fatal_static(m, "empty result");
    set_result(m, data, len);
    m->status = status;
    return status;
}

static MoatStatus fatal(Moat *m, const char *msg) {
    MoCborBuf b;
    mo_cbor_buf_init(&b);
    int rc = mo_cbor_put_map(&b, 1);
    if (rc == 0) rc = mo_cbor_put_cstr(&b, "message");
    if (rc == 0) rc = mo_cbor_put_cstr(&b, msg);
    if (rc < 0) {
        mo_cbor_buf_free(&b);
        mo_err_clear();
        return fatal_static(m, msg);
    }
    return take_result(m, &b, 0, MOAT_FATAL);
}

/* FATAL with "<prefix>: <str of the current exception>", clearing it. */
static MoatStatus fatal_exc(Moat *m, const char *prefix) {
    MoObject *exc = mo_err_fetch();
    MoObject *s = exc ? mo_str(exc) : NULL;
    mo_xdecref(exc);
    if (!s) {
        mo_err_clear();
        return fatal(m, prefix);
    }
    MoObject *msg = mo_format("%s: %U", prefix, s);
    mo_decref(s);
    if (!msg) {
        mo_err_clear();
        return fatal(m, prefix);
    }
    MoatStatus st = fatal(m, MO_STR_UTF8(msg));
    mo_decref(msg);
    return st;
}

static const char *limit_kind_name(MoLimitKind k) {
    switch (k) {
    case MO_LIMIT_INSTRUCTIONS: return "instructions";
    case MO_LIMIT_TIME: return "time";
    case MO_LIMIT_MEMORY: return "memory";
    case MO_LIMIT_OUTPUT: return "output";
    case MO_LIMIT_HOST_CALLS: return "host_calls";
    case MO_LIMIT_SOURCE: return "source";
    default: return "unknown";
    }
}

static MoatStatus limit_result(Moat *m) {
    mo_err_clear();
    const char *kind = limit_kind_name(m->vm.limit_hit);
    const char *msg = m->limit_message[0] ? m->limit_message : "limit exceeded";
    MoCborBuf b;
    mo_cbor_buf_init(&b);
    int rc = mo_cbor_put_map(&b, 2);
    if (rc == 0) rc = mo_cbor_put_cstr(&b, "kind");
    if (rc == 0) rc = mo_cbor_put_cstr(&b, kind);
    if (rc == 0) rc = mo_cbor_put_cstr(&b, "message");
    if (rc == 0) rc = mo_cbor_put_cstr(&b, msg);
    return take_result(m, &b, rc, MOAT_LIMIT);
}

static void fire_source_limit(size_t len) {
    MoObject *msg = mo_format("source of %zu bytes exceeds the limit of %zu bytes", len,
                              (size_t)MOAT_MAX_SOURCE_BYTES);
    mo_limit_fire(MO_LIMIT_SOURCE, msg ? MO_STR_UTF8(msg) : "source too large");
    mo_xdecref(msg);
}

static int put_str_obj(MoCborBuf *b, MoObject *s) { return mo_cbor_put_text(b, MO_STR_UTF8(s), MO_STR_NBYTES(s)); }

/* What CPython does with an uncaught SystemExit (handle_system_exit): no traceback; the code
 * attribute None exits 0, an int exits with it, anything else is printed and exits 1. Returns the
 * text to print (new str, maybe empty) and sets *exit_code. */
static MoObject *system_exit_text(MoObject *exc, int64_t *exit_code) {
    MoObject *d = MO_EXC(exc)->dict;
    MoObject *code = d ? mo_dict_get_str(d, "code") : NULL;
    if (!code) code = exc;
    *exit_code = 0;
    if (code == mo_None) return mo_str_from_cstr("");
    if (MO_INT_CHECK(code)) {
        if (mo_int_as_i64(code, exit_code) < 0) {
            mo_err_clear();
            *exit_code = -1;
        }
        return mo_str_from_cstr("");
    }
    *exit_code = 1;
    MoObject *s = mo_str(code);
    if (!s) return NULL;
    MoObject *r = mo_format("%U\n", s);
    mo_decref(s);
    return r;
}

/* Builds the ERROR result from the exception exc (stolen). An uncaught SystemExit carries an extra
 * "exit_code" (the process status CPython would exit with) and its "traceback" is what CPython
 * prints for it (usually nothing). */
static MoatStatus error_result(Moat *m, MoObject *exc) {
    if (!exc || !MO_EXC_CHECK(exc)) {
        mo_xdecref(exc);
        return fatal(m, "error without an exception object");
    }
    MoObject *type = mo_exception_type_name(MO_TYPE(exc));
    MoObject *msg = mo_str(exc);
    if (!msg) {
        mo_err_clear();
        msg = mo_str_from_cstr("<exception str() failed>");
    }
    bool is_exit = mo_isinstance_type(exc, &mo_SystemExit);
    int64_t exit_code = 1;
    MoObject *tb = is_exit ? system_exit_text(exc, &exit_code) : mo_traceback_format(exc);
    if (!tb) mo_err_clear();
    if (!type || !msg) {
        mo_xdecref(type);
        mo_xdecref(msg);
        mo_xdecref(tb);
        mo_decref(exc);
        if (m->vm.limit_hit != MO_LIMIT_NONE) return limit_result(m);
        return fatal_static(m, "out of memory while reporting an error");
    }
    size_t nframes = 0;
    for (MoObject *t = MO_EXC(exc)->traceback; t && MO_TYPE(t) == &mo_traceback_type; t = ((MoTraceback *)t)->next)
        nframes++;
    MoCborBuf b;
    mo_cbor_buf_init(&b);
    int rc = mo_cbor_put_map(&b, is_exit ? 5 : 4);
    if (rc == 0 && is_exit) rc = mo_cbor_put_cstr(&b, "exit_code");
    if (rc == 0 && is_exit) rc = mo_cbor_put_int(&b, exit_code);
    if (rc == 0) rc = mo_cbor_put_cstr(&b, "type");
    if (rc == 0) rc = put_str_obj(&b, type);
    if (rc == 0) rc = mo_cbor_put_cstr(&b, "message");
    if (rc == 0) rc = put_str_obj(&b, msg);
    if (rc == 0) rc = mo_cbor_put_cstr(&b, "traceback");
    if (rc == 0) {
        /* Without the text (formatting ran out of memory), at least the class name. */
        rc = put_str_obj(&b, tb ? tb : type);
    }
    if (rc == 0) rc = mo_cbor_put_cstr(&b, "frames");
    if (rc == 0) rc = mo_cbor_put_array(&b, nframes);
    for (MoObject *t = MO_EXC(exc)->traceback; rc == 0 && nframes-- > 0; t = ((MoTraceback *)t)->next) {
        MoTraceback *e = (MoTraceback *)t;
        MoCode *co = MO_CODE(e->code);
        rc = mo_cbor_put_map(&b, 3);
        if (rc == 0) rc = mo_cbor_put_cstr(&b, "filename");
        if (rc == 0) rc = put_str_obj(&b, co->filename);
        if (rc == 0) rc = mo_cbor_put_cstr(&b, "line");
        if (rc == 0) rc = mo_cbor_put_int(&b, e->lineno);
        if (rc == 0) rc = mo_cbor_put_cstr(&b, "name");
        if (rc == 0) rc = put_str_obj(&b, co->name);
    }
    mo_decref(type);
    mo_decref(msg);
    mo_xdecref(tb);
    mo_decref(exc);
    if (rc < 0 && m->vm.limit_hit != MO_LIMIT_NONE) {
        mo_cbor_buf_free(&b);
        return limit_result(m);
    }
    return take_result(m, &b, rc, MOAT_ERROR);
}

/* Turns what the VM returned into the status and result of this start/resume. */
static MoatStatus finish(Moat *m, MoObject *r) {
    if (r == MO_VM_PAUSED) {
        m->status = MOAT_CALL;
        return MOAT_CALL;
    }
    if (r) {
        MoCborBuf b;
        mo_cbor_buf_init(&b);
        int rc = mo_cbor_put_map(&b, 1);
        if (rc == 0) rc = mo_cbor_put_cstr(&b, "value");
        if (rc == 0) rc = mo_cbor_encode_value(&b, r);
        mo_decref(r);
        mo_vm_frames_clear();
        if (rc == 0) return take_result(m, &b, 0, MOAT_DONE);
        mo_cbor_buf_free(&b);
        /* The last expression's value cannot cross: report the TypeError/ValueError. */
    } else {
        mo_vm_frames_clear();
    }
    if (m->vm.limit_hit != MO_LIMIT_NONE) return limit_result(m);
    MoObject *exc = mo_err_fetch();
    if (!exc) return fatal(m, "the VM failed without an exception");
    return error_result(m, exc);
}

/* ---- host calls -------------------------------------------------------------------------------- */

int mo_api_prepare_call(MoObject *name, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    Moat *m = current();
    size_t nkw = kwnames ? MO_TUPLE_LEN(kwnames) : 0;
    uint64_t id = m->next_call_id + 1;
    MoCborBuf b;
    mo_cbor_buf_init(&b);
    int rc = mo_cbor_put_map(&b, 1);
    if (rc == 0) rc = mo_cbor_put_cstr(&b, "calls");
    if (rc == 0) rc = mo_cbor_put_array(&b, 1);
    if (rc == 0) rc = mo_cbor_put_map(&b, 4);
    if (rc == 0) rc = mo_cbor_put_cstr(&b, "id");
    if (rc == 0) rc = mo_cbor_put_uint(&b, id);
    if (rc == 0) rc = mo_cbor_put_cstr(&b, "name");
    if (rc == 0) rc = put_str_obj(&b, name);
    if (rc == 0) rc = mo_cbor_put_cstr(&b, "args");
    if (rc == 0) rc = mo_cbor_put_array(&b, nargs);
    for (size_t i = 0; rc == 0 && i < nargs; i++) rc = mo_cbor_encode_value(&b, args[i]);
    if (rc == 0) rc = mo_cbor_put_cstr(&b, "kwargs");
    if (rc == 0) rc = mo_cbor_put_map(&b, nkw);
    for (size_t i = 0; rc == 0 && i < nkw; i++) {
        rc = put_str_obj(&b, MO_TUPLE_ITEM(kwnames, i));
        if (rc == 0) rc = mo_cbor_encode_value(&b, args[nargs + i]);
    }
    if (rc < 0) {
        mo_cbor_buf_free(&b);
        return -1;
    }
    size_t len;
    uint8_t *data = mo_cbor_buf_take(&b, &len);
    if (!data) {
        mo_err_nomemory();
        return -1;
    }
    set_result(m, data, len);
    m->next_call_id = id;
    m->vm.frames->call_id = id;
    m->batch = 0;
    return 0;
}

/* One entry of {"calls": [...]}: the shape mo_api_prepare_call writes. */
static int put_call(MoCborBuf *b, uint64_t id, MoObject *name, MoObject *args, MoObject *kwargs) {
    size_t nargs = MO_TUPLE_LEN(args);
    int rc = mo_cbor_put_map(b, 4);
    if (rc == 0) rc = mo_cbor_put_cstr(b, "id");
    if (rc == 0) rc = mo_cbor_put_uint(b, id);
    if (rc == 0) rc = mo_cbor_put_cstr(b, "name");
    if (rc == 0) rc = put_str_obj(b, name);
    if (rc == 0) rc = mo_cbor_put_cstr(b, "args");
    if (rc == 0) rc = mo_cbor_put_array(b, nargs);
    for (size_t i = 0; rc == 0 && i < nargs; i++) rc = mo_cbor_encode_value(b, MO_TUPLE_ITEM(args, i));
    if (rc == 0) rc = mo_cbor_put_cstr(b, "kwargs");
    if (rc == 0) rc = kwargs ? mo_cbor_encode_value(b, kwargs) : mo_cbor_put_map(b, 0);
    return rc;
}

int mo_api_prepare_calls(size_t n, MoObject *const *names, MoObject *const *args, MoObject *const *kwargs) {
    Moat *m = current();
    uint64_t first = m->next_call_id + 1;
    MoCborBuf b;
    mo_cbor_buf_init(&b);
    int rc = mo_cbor_put_map(&b, 1);
    if (rc == 0) rc = mo_cbor_put_cstr(&b, "calls");
    if (rc == 0) rc = mo_cbor_put_array(&b, n);
    for (size_t i = 0; rc == 0 && i < n; i++) rc = put_call(&b, first + i, names[i], args[i], kwargs ? kwargs[i] : NULL);
    if (rc < 0) {
        mo_cbor_buf_free(&b);
        return -1;
    }
    size_t len;
    uint8_t *data = mo_cbor_buf_take(&b, &len);
    if (!data) {
        mo_err_nomemory();
        return -1;
    }
    set_result(m, data, len);
    m->next_call_id = first + n - 1;
    m->vm.frames->call_id = first;
    m->batch = n;
    return 0;
}

/* ---- interpreter lifecycle ---------------------------------------------------------------------- */

static void vm_init(Moat *m) {
    MoatWriter w = m->vm.writer;
    void *wctx = m->vm.writer_ctx;
    MoatClock c = m->vm.clock;
    void *cctx = m->vm.clock_ctx;
    memset(&m->vm, 0, sizeof m->vm);
    m->vm.writer = w;
    m->vm.writer_ctx = wctx;
    m->vm.clock = c;
    m->vm.clock_ctx = cctx;
    m->vm.gc_head.next = m->vm.gc_head.prev = &m->vm.gc_head;
    m->vm.limits.instructions = MOAT_DEFAULT_INSTRUCTIONS;
    m->vm.limits.time_ms = MOAT_DEFAULT_TIME_MS;
    m->vm.limits.memory_bytes = MOAT_DEFAULT_MEMORY_BYTES;
    m->vm.limits.recursion_depth = MOAT_DEFAULT_RECURSION_DEPTH;
    m->vm.limits.output_bytes = MOAT_DEFAULT_OUTPUT_BYTES;
    m->vm.limits.host_calls = MOAT_DEFAULT_HOST_CALLS;
    m->started = false;
    m->idle = false;
    m->feeds = 0;
    m->set_up = false;
    m->keep_value = true;
    m->status = MOAT_FATAL;
    m->next_call_id = 0;
    m->limit_message[0] = 0;
    m->out = NULL;
    m->out_len = 0;
}

Moat *moat_new(void) {
    MoVM *saved = mo_vm;
    mo_vm = NULL;
    Moat *m = NULL;
    if (mo_runtime_init() == 0) m = mo_calloc(sizeof *m);
    mo_err_clear();
    mo_vm = saved;
    if (m) {
        vm_init(m);
        m->next_live = live_moats;
        live_moats = m;
    }
    return m;
}

void moat_free(Moat *m) {
    if (!m) return;
    for (Moat **p = &live_moats; *p; p = &(*p)->next_live)
        if (*p == m) {
            *p = m->next_live;
            break;
        }
    MoVM *saved = mo_vm;
    mo_vm = NULL;
    mo_alloc_release_all(&m->vm);
    mo_free(m);
    mo_vm = saved == &m->vm ? NULL : saved;
}

void moat_set_writer(Moat *m, MoatWriter writer, void *ctx) {
    if (!m) return;
    m->vm.writer = writer;
    m->vm.writer_ctx = ctx;
}

void moat_set_clock(Moat *m, MoatClock clock, void *ctx) {
    if (!m) return;
    m->vm.clock = clock;
    m->vm.clock_ctx = ctx;
}

const uint8_t *moat_result(Moat *m, size_t *len) {
    if (!m || !m->out) {
        if (len) *len = 0;
        return NULL;
    }
    if (len) *len = m->out_len;
    return m->out;
}

/* ---- config ------------------------------------------------------------------------------------- */

/* Reads a non-negative int limit, clamping huge values: 0, or -1 with *why set. */
static int limit_value(MoObject *v, int64_t *out) {
    if (!MO_INT_CHECK(v) || MO_TYPE(v) == &mo_bool_type || mo_int_sign(v) < 0) return -1;
    if (mo_int_as_i64(v, out) < 0) {
        mo_err_clear();
        *out = INT64_MAX;
    }
    return 0;
}

/* Applies the config map: limits, filename, inputs, functions and result (false: the run is a
 * script whose last expression's value is discarded, as CPython runs a file; DONE is then
 * {"value": None}). 0, or -1 with *why set (FATAL). */
static int apply_config(Moat *m, MoObject *cfg, const char **why, MoObject *globals) {
    static const char *const names[] = {"instructions", "time_ms", "memory_bytes", "recursion_depth",
                                        "output_bytes", "host_calls"};
    size_t pos = 0;
    MoObject *key, *val;
    if (!MO_DICT_CHECK(cfg)) {
        *why = "config is not a map";
        return -1;
    }
    MoObject *limits = mo_dict_get_str(cfg, "limits");
    if (limits) {
        if (!MO_DICT_CHECK(limits)) {
            *why = "config limits is not a map";
            return -1;
        }
        while (mo_dict_next(limits, &pos, &key, &val)) {
            int k = -1;
            for (int i = 0; i < 6; i++)
                if (MO_STR_CHECK(key) && mo_str_eq_cstr(key, names[i])) k = i;
            if (k < 0) {
                *why = "config limits has an unknown key";
                return -1;
            }
            int64_t v;
            if (limit_value(val, &v) < 0) {
                *why = "config limits must be non-negative integers";
                return -1;
            }
            MoLimits *l = &m->vm.limits;
            int64_t *slots[] = {&l->instructions, &l->time_ms, &l->memory_bytes, &l->recursion_depth,
                                &l->output_bytes, &l->host_calls};
            *slots[k] = v;
        }
        if (m->vm.limits.recursion_depth < 1) m->vm.limits.recursion_depth = 1;
#ifdef __EMSCRIPTEN__
        /* Linear memory has a hard ceiling (config.h); a budget above it would only mean a trap. */
        if (m->vm.limits.memory_bytes <= 0 || m->vm.limits.memory_bytes > MOAT_WASM_MAX_MEMORY_BYTES)
            m->vm.limits.memory_bytes = MOAT_WASM_MAX_MEMORY_BYTES;
#endif
    }
    MoObject *fn = mo_dict_get_str(cfg, "filename");
    if (fn) {
        if (!MO_STR_CHECK(fn) || memchr(MO_STR_UTF8(fn), 0, MO_STR_NBYTES(fn))) {
            *why = "config filename is not a string";
            return -1;
        }
        char *copy = mo_alloc(MO_STR_NBYTES(fn) + 1);
        if (!copy) return -1;
        memcpy(copy, MO_STR_UTF8(fn), MO_STR_NBYTES(fn) + 1);
        m->vm.filename = copy;
    }
    MoObject *inputs = mo_dict_get_str(cfg, "inputs");
    if (inputs) {
        if (!MO_DICT_CHECK(inputs)) {
            *why = "config inputs is not a map";
            return -1;
        }
        pos = 0;
        while (mo_dict_next(inputs, &pos, &key, &val)) {
            if (!MO_STR_CHECK(key)) {
                *why = "config input names must be strings";
                return -1;
            }
            if (mo_dict_set(globals, key, val) < 0) return -1;
        }
    }
    MoObject *result = mo_dict_get_str(cfg, "result");
    if (result) {
        if (result != mo_True && result != mo_False) {
            *why = "config result must be a boolean";
            return -1;
        }
        m->keep_value = result == mo_True;
    }
    MoObject *funcs = mo_dict_get_str(cfg, "functions");
    if (funcs) {
        if (MO_TYPE(funcs) != &mo_list_type && MO_TYPE(funcs) != &mo_tuple_type) {
            *why = "config functions is not an array";
            return -1;
        }
        size_t n = MO_TYPE(funcs) == &mo_list_type ? MO_LIST_LEN(funcs) : MO_TUPLE_LEN(funcs);
        for (size_t i = 0; i < n; i++) {
            MoObject *name = MO_TYPE(funcs) == &mo_list_type ? MO_LIST_ITEM(funcs, i) : MO_TUPLE_ITEM(funcs, i);
            if (!MO_STR_CHECK(name)) {
                *why = "config function names must be strings";
                return -1;
            }
            MoObject *f = mo_extfunc_new(name);
            if (!f) return -1;
            int rc = mo_dict_set(globals, name, f);
            if (rc == 0) rc = mo_dict_set(m->vm.host_functions, name, f);
            mo_decref(f);
            if (rc < 0) return -1;
        }
    }
#ifdef MOAT_GC_STRESS
    /* Only GC-stress test builds know this key (scripts/test-sanitize.sh): a few very allocation-heavy
     * conformance files collect on every Nth tracked allocation instead of every one. */
    MoObject *every = mo_dict_get_str(cfg, "gc_stress_every");
    if (every) {
        int64_t v;
        if (limit_value(every, &v) < 0 || v < 1 || v > UINT32_MAX) {
            *why = "config gc_stress_every must be a positive integer";
            return -1;
        }
        m->vm.gc_stress_every = (uint32_t)v;
    }
    bool stress_key = true;
#else
    bool stress_key = false;
#endif
    pos = 0;
    while (mo_dict_next(cfg, &pos, &key, &val)) {
        if (stress_key && MO_STR_CHECK(key) && mo_str_eq_cstr(key, "gc_stress_every")) continue;
        if (!MO_STR_CHECK(key) || !(mo_str_eq_cstr(key, "limits") || mo_str_eq_cstr(key, "filename") ||
                                    mo_str_eq_cstr(key, "inputs") || mo_str_eq_cstr(key, "functions") ||
                                    mo_str_eq_cstr(key, "result"))) {
            *why = "config has an unknown key";
            return -1;
        }
    }
    return 0;
}

/* ---- source checks ---------------------------------------------------------------------------- */

/* Length of the valid UTF-8 sequence at s (n bytes left), or 0 if invalid. */
static size_t utf8_seq(const unsigned char *s, size_t n) {
    unsigned char c = s[0];
    if (c < 0x80) return 1;
    size_t len;
    uint32_t min;
    if (c >= 0xc2 && c <= 0xdf) len = 2, min = 0x80;
    else if (c >= 0xe0 && c <= 0xef) len = 3, min = 0x800;
    else if (c >= 0xf0 && c <= 0xf4) len = 4, min = 0x10000;
    else return 0;
    if (n < len) return 0;
    uint32_t cp = c & (0x3f >> (len - 1));
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xc0) != 0x80) return 0;
        cp = cp << 6 | (s[i] & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
    return len;
}

static void raise_syntax(const char *msg, MoObject *info) {
    MoObject *m = mo_str_from_cstr(msg);
    if (!m) return;
    MoObject *args = info ? mo_tuple_pack(2, m, info) : mo_tuple_pack(1, m);
    mo_decref(m);
    if (!args) return;
    MoObject *exc = mo_exception_new(&mo_SyntaxError, args);
    mo_decref(args);
    if (exc) mo_err_restore(exc);
}

/* Rejects what CPython rejects before tokenizing a file: 0, or -1 with SyntaxError set. */
static int check_source(const char *src, size_t len, const char *filename) {
    const unsigned char *s = (const unsigned char *)src;
    int line = 1;
    size_t line_start = 0;
    for (size_t i = 0; i < len;) {
        if (s[i] == 0) {
            MoObject *fname = mo_str_from_cstr(filename);
            MoObject *text = mo_str_decode_utf8(src + line_start, i - line_start);
            if (!text) mo_err_clear();
            MoObject *lineno = mo_int_from_i64(line);
            MoObject *info = fname && lineno
                                 ? mo_tuple_pack(6, fname, lineno, mo_None, text ? text : mo_None, lineno, mo_None)
                                 : NULL;
            mo_xdecref(fname);
            mo_xdecref(text);
            mo_xdecref(lineno);
            if (!info) return -1;
            raise_syntax("source code cannot contain null bytes", info);
            mo_decref(info);
            return -1;
        }
        size_t k = utf8_seq(s + i, len - i);
        if (!k) {
            static const char hex[] = "0123456789abcdef";
            char hx[3] = {hex[s[i] >> 4], hex[s[i] & 15], 0};
            MoObject *full = mo_format("Non-UTF-8 code starting with '\\x%s' in file %s on line %d, but no encoding "
                                       "declared; see https://peps.python.org/pep-0263/ for details",
                                       hx, filename, line);
            if (!full) return -1;
            raise_syntax(MO_STR_UTF8(full), NULL);
            mo_decref(full);
            return -1;
        }
        if (s[i] == '\n') {
            line++;
            line_start = i + 1;
        }
        i += k;
    }
    return 0;
}

/* ---- running ------------------------------------------------------------------------------------ */

static int setup_globals(MoObject *g) {
    if (mo_dict_set_str(g, "__name__", mo_str_intern("__main__")) < 0) return -1;
    if (mo_dict_set_str(g, "__doc__", mo_None) < 0) return -1;
    if (mo_dict_set_str(g, "__package__", mo_None) < 0) return -1;
    if (mo_dict_set_str(g, "__spec__", mo_None) < 0) return -1;
    if (mo_dict_set_str(g, "__loader__", mo_None) < 0) return -1;
    return 0;
}

static MoatStatus run_source(Moat *m, const char *text, size_t len, const char *filename);

static MoatStatus start_run(Moat *m, const uint8_t *config, size_t config_len, const char *src, size_t src_len) {
    MoVM *vm = &m->vm;
    vm->frames = mo_calloc(sizeof(MoVMFrames));
    if (!vm->frames) return fatal_static(m, "out of memory");
    vm->globals = mo_dict_new();
    vm->builtins = mo_dict_new();
    vm->host_functions = mo_dict_new();
    if (!vm->globals || !vm->builtins || !vm->host_functions) return fatal_static(m, "out of memory");
    if (mo_builtins_fill(vm->builtins) < 0 || setup_globals(vm->globals) < 0 || mo_modules_add_main(vm->globals) < 0) {
        if (vm->limit_hit != MO_LIMIT_NONE) return limit_result(m);
        return fatal_exc(m, "cannot set up the interpreter");
    }

    if (config && config_len) {
        if (config_len > MOAT_CBOR_MAX_BYTES) return fatal(m, "config is too large");
        MoObject *cfg = mo_cbor_decode(config, config_len);
        if (!cfg) {
            if (vm->limit_hit != MO_LIMIT_NONE) return limit_result(m);
            return fatal_exc(m, "bad config");
        }
        const char *why = NULL;
        int rc = apply_config(m, cfg, &why, vm->globals);
        mo_decref(cfg);
        if (rc < 0) {
            if (vm->limit_hit != MO_LIMIT_NONE) return limit_result(m);
            if (why) return fatal(m, why);
            return fatal_exc(m, "bad config");
        }
    }
    if (!vm->filename) {
        char *copy = mo_alloc(sizeof "<string>");
        if (!copy) return vm->limit_hit != MO_LIMIT_NONE ? limit_result(m) : fatal_static(m, "out of memory");
        memcpy(copy, "<string>", sizeof "<string>");
        vm->filename = copy;
    }
    m->set_up = true;

    if (!src && src_len) return fatal(m, "source is NULL");
    if (src_len > MOAT_MAX_SOURCE_BYTES) {
        fire_source_limit(src_len);
        return limit_result(m);
    }
    /* The tokenizer of CPython skips a UTF-8 byte-order mark; tracebacks never show it. */
    if (src_len >= 3 && (unsigned char)src[0] == 0xef && (unsigned char)src[1] == 0xbb &&
        (unsigned char)src[2] == 0xbf) {
        src += 3;
        src_len -= 3;
    }
    char *copy = mo_alloc(src_len + 1);
    if (!copy) return finish(m, NULL);
    if (src_len) memcpy(copy, src, src_len);
    copy[src_len] = 0;
    vm->source = copy;
    vm->source_len = src_len;
    return run_source(m, copy, src_len, vm->filename);
}

/* Checks, parses, compiles and runs text (NUL-terminated, len bytes) as module code in the run's
 * globals and builtins, under filename; returns the status. */
static MoatStatus run_source(Moat *m, const char *text, size_t len, const char *filename) {
    MoVM *vm = &m->vm;
    if (check_source(text, len, filename) < 0) return finish(m, NULL);
    MoArena *arena = mo_arena_new();
    if (!arena) return finish(m, NULL);
    MoAstMod *mod = mo_parse(arena, text, len, filename, MO_PARSE_FILE);
    MoCode *code = mod ? mo_compile(mod, filename, text, len, m->keep_value) : NULL;
    if (code) {
        mo_arena_free(arena);
    } else {
        MoObject *exc = mo_err_fetch();
        mo_arena_free(arena);
        mo_err_restore(exc);
        return finish(m, NULL);
    }
    MoFrame *f = mo_frame_new(code, NULL, vm->globals, vm->builtins, NULL);
    mo_decref(MO(code));
    if (!f) return finish(m, NULL);
    MoObject *r = mo_vm_run(f, false);
    return finish(m, r);
}

MoatStatus moat_start(Moat *m, const uint8_t *config, size_t config_len, const char *src, size_t src_len) {
    if (!m) return MOAT_FATAL;
    MoVM *saved = mo_vm;
    if (m->started) {
        mo_vm = NULL;
        mo_alloc_release_all(&m->vm);
        vm_init(m);
    }
    mo_vm = &m->vm;
    m->started = true;
    m->vm.slice_start_ms = clock_now(m);
    m->idle = false;
    MoatStatus st = start_run(m, config, config_len, src, src_len);
    m->idle = m->set_up && (st == MOAT_DONE || st == MOAT_ERROR || st == MOAT_LIMIT);
    mo_vm = saved == &m->vm ? NULL : saved;
    return st;
}

/* ---- sessions ------------------------------------------------------------------------------------ */

/* Appends the decimal digits of v to buf at *n (no stdio in src/). */
static void put_u64(char *buf, size_t *n, uint64_t v) {
    char tmp[24];
    size_t k = 0;
    do {
        tmp[k++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (k) buf[(*n)++] = tmp[--k];
}

/* A feed is a new slice of the same run: the per-feed limits start again, the heap (and so the
 * memory budget) carries on. A limit that stopped the previous feed is forgotten: its unwinding
 * released what it could, and what the globals still hold counts against the next feed's memory. */
static MoatStatus feed_run(Moat *m, const char *src, size_t src_len) {
    MoVM *vm = &m->vm;
    mo_err_clear();
    vm->limit_hit = MO_LIMIT_NONE;
    m->limit_message[0] = 0;
    vm->instr_count = 0;
    vm->time_used_ms = 0;
    vm->output_used = 0;
    vm->host_calls_used = 0;
    vm->c_depth = 0;
    vm->slice_start_ms = clock_now(m);
    uint64_t number = ++m->feeds;
    if (src_len > MOAT_MAX_SOURCE_BYTES) {
        fire_source_limit(src_len);
        return limit_result(m);
    }
    if (src_len >= 3 && (unsigned char)src[0] == 0xef && (unsigned char)src[1] == 0xbb &&
        (unsigned char)src[2] == 0xbf) {
        src += 3;
        src_len -= 3;
    }
    /* Each feed is its own pseudo-file "<feed-N>": functions defined by earlier feeds keep naming
     * the feed they came from, and tracebacks never show another feed's line under their name. */
    char filename[40];
    size_t n = 0;
    memcpy(filename, "<feed-", 6);
    n = 6;
    put_u64(filename, &n, number);
    filename[n++] = '>';
    filename[n] = 0;
    /* The copy lives only for this feed (code objects keep no pointer into their source). */
    char *copy = mo_alloc(src_len + 1);
    if (!copy) return finish(m, NULL);
    if (src_len) memcpy(copy, src, src_len);
    copy[src_len] = 0;
    MoatStatus st = run_source(m, copy, src_len, filename);
    mo_free(copy);
    return st;
}

MoatStatus moat_feed(Moat *m, const char *src, size_t src_len) {
    if (!m) return MOAT_FATAL;
    MoVM *saved = mo_vm;
    mo_vm = &m->vm;
    MoatStatus st;
    if (!m->started || !m->idle || (!src && src_len)) {
        /* Misuse must not end the session, nor a run that is waiting for its host calls. */
        MoatStatus prev = m->status;
        fatal(m, !m->started  ? "moat_feed needs a run started with moat_start"
                 : !m->idle   ? "moat_feed needs a run that has finished (DONE, ERROR or LIMIT), not one waiting "
                                "for host calls or one that failed to start"
                              : "source is NULL");
        m->status = prev;
        st = MOAT_FATAL;
    } else {
        m->idle = false;
        st = feed_run(m, src, src_len);
        m->idle = st == MOAT_DONE || st == MOAT_ERROR || st == MOAT_LIMIT;
    }
    mo_vm = saved == &m->vm ? NULL : saved;
    return st;
}

/* ---- resume ------------------------------------------------------------------------------------- */

extern MoType *const mo_exception_types[];

static MoType *exception_by_name(MoObject *name) {
    if (name && MO_STR_CHECK(name))
        for (size_t i = 0; mo_exception_types[i]; i++)
            if (mo_str_eq_cstr(name, mo_exception_types[i]->name)) return mo_exception_types[i];
    return &mo_RuntimeError;
}

/* Decodes one answer ({"value": v} or {"error": {"type", "message"}}) into *out (new reference:
 * the value, or the exception instance when *failed): 0, -1 with *why (a FATAL message) or with
 * *why NULL and an exception set (memory). */
static int decode_answer(MoObject *entry, MoObject **out, bool *failed, const char **why) {
    *why = NULL;
    if (!MO_DICT_CHECK(entry)) {
        *why = "response entry is not a map";
        return -1;
    }
    MoObject *value = mo_dict_get_str(entry, "value");
    MoObject *error = mo_dict_get_str(entry, "error");
    if ((value != NULL) == (error != NULL)) {
        *why = "response entry needs exactly one of value and error";
        return -1;
    }
    if (value) {
        *out = mo_newref(value);
        *failed = false;
        return 0;
    }
    if (!MO_DICT_CHECK(error)) {
        *why = "response error is not a map";
        return -1;
    }
    MoObject *tname = mo_dict_get_str(error, "type");
    MoObject *msg = mo_dict_get_str(error, "message");
    if ((tname && !MO_STR_CHECK(tname)) || (msg && !MO_STR_CHECK(msg))) {
        *why = "response error type and message must be strings";
        return -1;
    }
    MoType *type = exception_by_name(tname);
    MoObject *args = msg ? mo_tuple_pack(1, msg) : mo_tuple_new(0);
    MoObject *exc = args ? mo_exception_new(type, args) : NULL;
    mo_xdecref(args);
    if (!exc) return -1;
    *out = exc;
    *failed = true;
    return 0;
}

static MoatStatus limit_or_fatal_exc(Moat *m) {
    return m->vm.limit_hit != MO_LIMIT_NONE ? limit_result(m) : fatal_exc(m, "bad response");
}

/* Resumes a batched step (asyncio): every call needs an answer; the VM gets a list of
 * (True, value) / (False, exception) tuples in call order. */
static MoatStatus resume_batch(Moat *m, MoObject *resp) {
    size_t n = m->batch;
    MoObject *list = mo_list_new(n);
    if (!list) return limit_or_fatal_exc(m);
    for (size_t i = 0; i < n; i++) {
        uint64_t id = m->vm.frames->call_id + i;
        MoObject *key = mo_int_from_u64(id);
        MoObject *entry = key ? mo_dict_get(resp, key) : NULL;
        mo_xdecref(key);
        if (!entry) {
            mo_decref(list);
            if (mo_err_occurred()) return limit_or_fatal_exc(m);
            char msg[80] = "response has no answer for call ";
            size_t k = strlen(msg);
            put_u64(msg, &k, id);
            msg[k] = 0;
            return fatal(m, msg);
        }
        MoObject *v;
        bool failed;
        const char *why;
        MoObject *t = NULL;
        if (decode_answer(entry, &v, &failed, &why) == 0) {
            t = mo_tuple_pack(2, mo_bool(!failed), v);
            mo_decref(v);
        }
        if (!t) {
            mo_decref(list);
            return why ? fatal(m, why) : limit_or_fatal_exc(m);
        }
        MO_LIST_ITEM(list, i) = t;
    }
    m->batch = 0;
    m->vm.slice_start_ms = clock_now(m);
    return finish(m, mo_vm_resume(list));
}

/* Resumes with the answer `entry` ({"value": v} or {"error": {"type", "message"}}). */
static MoatStatus resume_with(Moat *m, MoObject *entry) {
    if (!MO_DICT_CHECK(entry)) return fatal(m, "response entry is not a map");
    MoObject *value = mo_dict_get_str(entry, "value");
    MoObject *error = mo_dict_get_str(entry, "error");
    if ((value != NULL) == (error != NULL)) return fatal(m, "response entry needs exactly one of value and error");
    if (value) {
        m->vm.slice_start_ms = clock_now(m);
        return finish(m, mo_vm_resume(mo_newref(value)));
    }
    if (!MO_DICT_CHECK(error)) return fatal(m, "response error is not a map");
    MoObject *tname = mo_dict_get_str(error, "type");
    MoObject *msg = mo_dict_get_str(error, "message");
    if ((tname && !MO_STR_CHECK(tname)) || (msg && !MO_STR_CHECK(msg)))
        return fatal(m, "response error type and message must be strings");
    MoType *type = exception_by_name(tname);
    MoObject *args = msg ? mo_tuple_pack(1, msg) : mo_tuple_new(0);
    MoObject *exc = args ? mo_exception_new(type, args) : NULL;
    mo_xdecref(args);
    m->vm.slice_start_ms = clock_now(m);
    if (exc) mo_err_restore(exc);
    /* Without the exception object (memory), the MemoryError now set is raised instead. */
    return finish(m, mo_vm_resume(NULL));
}

MoatStatus moat_resume(Moat *m, const uint8_t *response, size_t response_len) {
    if (!m) return MOAT_FATAL;
    MoVM *saved = mo_vm;
    mo_vm = &m->vm;
    MoatStatus st;
    if (!m->started || m->status != MOAT_CALL || !m->vm.frames || !m->vm.frames->pending) {
        st = fatal(m, "moat_resume called with no pending call");
    } else if (!response || response_len == 0 || response_len > MOAT_CBOR_MAX_BYTES) {
        st = fatal(m, "moat_resume needs a CBOR response map");
    } else {
        MoObject *resp = mo_cbor_decode(response, response_len);
        if (!resp) {
            st = m->vm.limit_hit != MO_LIMIT_NONE ? limit_result(m) : fatal_exc(m, "bad response");
        } else if (!MO_DICT_CHECK(resp)) {
            mo_decref(resp);
            st = fatal(m, "response is not a map");
        } else if (m->batch > 0) {
            st = resume_batch(m, resp);
            mo_decref(resp);
        } else {
            MoObject *id = mo_int_from_u64(m->vm.frames->call_id);
            MoObject *entry = id ? mo_dict_get(resp, id) : NULL;
            mo_xdecref(id);
            if (entry) {
                mo_incref(entry);
                mo_decref(resp);
                st = resume_with(m, entry);
                mo_decref(entry);
            } else {
                mo_decref(resp);
                if (m->vm.limit_hit != MO_LIMIT_NONE) st = limit_result(m);
                else if (mo_err_occurred()) st = fatal_exc(m, "bad response");
                else st = fatal(m, "response has no answer for the pending call");
            }
        }
    }
    if (st != MOAT_FATAL) m->idle = st == MOAT_DONE || st == MOAT_ERROR || st == MOAT_LIMIT;
    mo_vm = saved == &m->vm ? NULL : saved;
    return st;
}
