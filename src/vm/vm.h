/*
 * vm.h: frames and the interpreter loop (vm.c, frame.c), internal to the execution engine.
 *
 * Python frames live on the heap and are linked through `back`; a Python-to-Python call pushes a
 * frame and continues in the same C loop, so deep Python recursion never deepens the C stack and a
 * host call can pause the whole chain by simply returning (DESIGN.md section 1). Dunders that an
 * instruction reaches through a C slot run the same way when they are Python functions (ret_mode).
 * C code calling a Python function (sort keys, __eq__) runs a nested loop whose entry frame is
 * marked `entry`; that loop returns when its entry frame returns.
 */
#ifndef MOAT_VM_H
#define MOAT_VM_H

#include "../compile/code.h"
#include "../core/state.h"

typedef struct MoFrame MoFrame;

/* What the instruction that linked an inline frame does when that frame returns (or lets an
 * exception escape). Dunders called by an instruction (o[k], `in`, properties, `with`, `for`,
 * import) run as inline frames in the same loop as plain calls, so host calls inside them pause. */
typedef enum MoRetMode {
    MO_RET_PUSH = 0, /* push the result (calls, __getitem__, __enter__, __exit__) */
    MO_RET_DISCARD,  /* drop it (__setitem__, __delitem__, property setters and deleters) */
    MO_RET_TRUTH,    /* push bool(result) (__contains__ for `in`) */
    MO_RET_NOT,      /* push not result (__contains__ for `not in`) */
    MO_RET_ITER,     /* push it after checking it is an iterator (__iter__ for GET_ITER) */
    MO_RET_NEXT,     /* push it; a StopIteration escaping ends the caller's FOR_ITER loop */
    MO_RET_ENUM,     /* as MO_RET_NEXT, but push (index, result) from the enumerate object in ret_obj */
    MO_RET_DRAIN_MAP, /* append it to the list in ret_name and call map ret_obj's function for the next
                         items, or run the draining CALL again when the map is exhausted (vm.c) */
    MO_RET_NEXT_CALL, /* on a generator's frame resumed by next(gen[, default]) (vm.c): a yield is the
                         CALL's result, a return gives the default (ret_obj) or raises StopIteration;
                         ret_name holds the generator while it runs */
    MO_RET_SEND,     /* push it; a StopIteration escaping ends the caller's `yield from` (SEND) */
    MO_RET_ATTR,     /* push it; an AttributeError escaping gets .name/.obj (property, __getattr__) */
    MO_RET_ATTR_HOOK, /* push it; an AttributeError escaping calls the class's __getattr__ inline
                         (a property getter of a class with a Python __getattr__) */
    MO_RET_IMPORT,   /* drop it and run the caller's IMPORT_NAME again (a module body) */
    MO_RET_CLASS,    /* drop it and push the class made from the body's namespace (a class body;
                        ret_obj holds build_class's state) */
    MO_RET_COMPARE,  /* push it, unless NotImplemented: then the rest of the comparison (the right
                        operand's reflected method, the identity fallback or TypeError) */
    MO_RET_COMPARE_NE, /* __eq__ run for `!=` by object's default __ne__: push not result, or as
                          MO_RET_COMPARE when it is NotImplemented */
    MO_RET_GEN_SEND, /* a generator frame resumed by CALL on its send() or throw() (coro.send(v)):
                        a yield is the CALL's result, a return raises StopIteration(value) there;
                        the generator sits on the caller's stack meanwhile */
} MoRetMode;

/* One activation of a code object. References in localsplus[0, nlocalsplus) and on the value
 * stack [stack, sp) are owned; NULL local slots are unbound. */
struct MoFrame {
    MoFrame *back;        /* the caller (not owned), NULL for an outermost frame */
    MoCode *code;         /* owned */
    MoObject *func;       /* owned, NULL for module code */
    MoObject *globals;    /* owned dict */
    MoObject *builtins;   /* owned dict */
    MoObject *locals;     /* owned dict for class bodies, else NULL */
    MoObject *gen;        /* the generator owning this frame (borrowed), or NULL */
    MoObject **sp;        /* top of the value stack */
    MoObject *kwnames;    /* pending KW_NAMES tuple (borrowed from consts), or NULL */
    MoObject *init_instance; /* owned: for an __init__ run inline by CALL on a class, the new
                                instance the CALL produces when the frame returns None */
    MoObject *drain;      /* owned: a generator argument this frame's CALL is draining inline into
                             the list drain_list (borrowed: it sits in the argument's stack slot) */
    MoObject *drain_list;
    MoObject *ret_obj;    /* owned: the object whose attribute is read (MO_RET_ATTR[_HOOK]), the
                             class statement's state (MO_RET_CLASS), the left operand (MO_RET_COMPARE) */
    MoObject *ret_name;   /* owned: the attribute name (MO_RET_ATTR[_HOOK]), the module name
                             (MO_RET_IMPORT), the right operand (MO_RET_COMPARE) */
    uint8_t ret_mode;     /* MoRetMode: what the calling instruction does with this frame's result */
    uint32_t ip;          /* index of the next instruction */
    uint32_t lasti;       /* index of the instruction being executed (for line numbers) */
    bool entry;           /* the loop that runs this frame returns when the frame returns */
    bool on_chain;        /* counted in the VM's recursion depth */
    MoObject *localsplus[]; /* locals, cells, frees, then the value stack */
};

/* A pending host call: the external function's name and its arguments, all owned. */
typedef struct MoHostCall {
    MoObject *name;   /* str */
    MoObject *args;   /* list */
    MoObject *kwargs; /* dict */
} MoHostCall;

/* The VM's per-run state, hung off MoVM.frames; mo_vm_run creates it (mo_calloc) on first use. */
struct MoVMFrames {
    MoFrame *top;          /* innermost running frame, or NULL */
    int64_t depth;         /* Python frames currently on the chain (recursion limit) */
    int nested;            /* number of nested (C-called) loops currently running */
    MoObject *exc_info;    /* the exception being handled (owned), or NULL */
    bool clearing;         /* mo_vm_frames_clear is running: no Python code may run */
    /* A pending host call (MOAT_CALL). */
    bool pending;
    uint64_t call_id;
    MoFrame *paused;       /* the frame that made the host call */
    MoHostCall call;       /* the pending call's name and arguments */
    char limit_message[160];
};

/* Special result of mo_vm_run: the loop paused for a host call (not an object). */
#define MO_VM_PAUSED ((MoObject *)(uintptr_t)1)

/* Creates a frame for code with the given globals/builtins (borrowed) and locals (borrowed, may
 * be NULL); localsplus is all NULL. Returns NULL with MemoryError set. */
MoFrame *mo_frame_new(MoCode *code, MoObject *func, MoObject *globals, MoObject *builtins, MoObject *locals);

/* Releases a frame and every reference it holds. */
void mo_frame_free(MoFrame *f);

/* Visits every reference a frame holds (for generators' traverse). */
int mo_frame_traverse(MoFrame *f, MoVisit visit, void *arg);

/* Creates a frame for calling func with vectorcall arguments (borrowed), binding parameters and
 * setting up cells/free variables: NULL with TypeError (argument mismatch) or MemoryError. */
MoFrame *mo_frame_for_call(MoObject *func, MoObject *const *args, size_t nargs, MoObject *kwnames);

/* Runs frames from `f` (which becomes an entry frame) until it returns: new reference, NULL with
 * an exception set, or MO_VM_PAUSED when a host call pauses the outermost loop. If throw is
 * true the loop starts by raising the current exception in the top frame. Takes ownership of f
 * (frees it when it finishes, keeps it when paused). */
MoObject *mo_vm_run(MoFrame *f, bool throw_exc);

/* Continues the paused outermost loop after a host call: pushes value (stolen) or, if value is
 * NULL, raises the current exception at the call site. Same results as mo_vm_run. */
MoObject *mo_vm_resume(MoObject *value);

/* The call slot of the function type: runs a Python function from C in a nested loop. */
MoObject *mo_vm_call_function(MoObject *func, MoObject *const *args, size_t nargs, MoObject *kwnames);

/* Runs a class body (a function whose code has MO_CO_CLASSBODY) with ns as its locals dict
 * (nested loop): 0 or -1. */
int mo_vm_run_class_body(MoObject *func, MoObject *ns);

/* Adds a traceback entry for frame f (at its current instruction) to exception exc. 0 or -1. */
int mo_traceback_here(MoObject *exc, MoFrame *f);

/* Creates a traceback object: new reference or NULL. next may be NULL (borrowed). */
MoObject *mo_traceback_new(MoObject *next, MoObject *code, int lineno);

/* Formats exc with its traceback (and chained causes/contexts) exactly as CPython prints an
 * uncaught exception: new str or NULL. */
MoObject *mo_traceback_format(MoObject *exc);

/* A traceback object: one frame line of a traceback, innermost last via next. */
typedef struct MoTraceback {
    MO_HEAD;
    MoObject *next;   /* owned traceback or NULL */
    MoObject *code;   /* owned code object */
    int lineno;
    int32_t lasti;    /* instruction index in code (positions for the caret line), -1 unknown */
} MoTraceback;

/* Resumes generator gen inline (FOR_ITER / SEND): 1 with *out its frame, ready to be linked
 * above the caller (value, borrowed, pushed as the result of the pending yield); 0 if the
 * generator is already finished; -1 with an exception (running, or a non-None value sent to a
 * just-started generator). */
int mo_generator_inline_enter(MoObject *gen, MoObject *value, MoFrame **out);

/* Marks an inline-resumed generator as suspended after its frame yielded and was unlinked. */
void mo_generator_inline_suspend(MoObject *gen);

/* Finishes an inline-resumed generator whose frame returned (error false) or let an exception
 * escape (error true: a StopIteration becomes RuntimeError as in CPython); frees its frame. */
void mo_generator_inline_finish(MoObject *gen, bool error);

/* For CALL on a bound `send` method: the generator (borrowed) that `callable(value)` resumes, when
 * the VM may run it inline -- callable is generator.send or coroutine.send, the generator is
 * neither running nor finished, and value is None unless it has started -- else NULL (the ordinary
 * call then gives the errors). Never sets an exception. */
MoObject *mo_generator_inline_send_target(MoObject *callable, MoObject *value);

/* For CALL on a bound `throw` method with one argument: the generator (borrowed) that
 * `callable(exc)` throws into when the VM may run it inline -- callable is generator.throw or
 * coroutine.throw, exc an exception instance other than GeneratorExit, and the generator and every
 * generator it delegates to (`yield from`/`await`) are started, suspended and plain generators
 * (coroutines' included) -- else NULL. *depth_out is the number of frames entering the chain
 * takes. Never sets an exception. */
MoObject *mo_generator_inline_throw_target(MoObject *callable, MoObject *const *args, size_t nargs,
                                           int64_t *depth_out);

/* Marks suspended generator gen as running inline for a throw() (see
 * mo_generator_inline_throw_target) and sets *out to its frame, ready to be linked: a frame that
 * delegates is rewound to just after its SEND, as if SEND had resumed the delegate, and the
 * delegate (borrowed) is returned so the caller enters it next; NULL for the innermost frame,
 * where the exception is then raised. */
MoObject *mo_generator_inline_enter_throw(MoObject *gen, MoFrame **out);

/* The generator that runs coroutine coro's frame (borrowed; coroutine.c). */
MoObject *mo_coroutine_generator(MoObject *coro);

/* For IMPORT_NAME (import.c): imports, without running Python code, the leading parts of the
 * dotted module `name` that are already cached or have no Python body, up to the first one whose
 * embedded Python body must run. For that one it creates the module (cached, C part initialised)
 * and returns 1 with *body a frame for its body (not linked) and *fullname its dotted name (new
 * reference); the VM runs the frame inline, then executes the IMPORT_NAME again. 0 when no
 * Python body is left to run (mo_import_name finishes the import, raising its own errors); -1
 * with an exception. Only absolute imports (level 0) are prepared. */
int mo_import_prepare(MoObject *name, int64_t level, MoFrame **body, MoObject **fullname);

/* For IMPORT_FROM (import.c): when `from module import name` names a submodule with an embedded
 * Python body that is not imported yet, prepares it as mo_import_prepare does (1 with *body and
 * *fullname; the VM runs the body inline and executes the IMPORT_FROM again); else 0, or -1 with
 * an exception. module and name are borrowed. */
int mo_import_prepare_from(MoObject *module, MoObject *name, MoFrame **body, MoObject **fullname);

/* Removes module fullname (borrowed) from the cache after its inline body raised, keeping the
 * current exception (CPython drops a module whose body failed). */
void mo_import_abandon(MoObject *fullname);

/* Frees all frames of the VM (end of run, or after a limit). */
void mo_vm_frames_clear(void);

/* Readies the vm team's static types once per process: 0 or -1. */
int mo_vm_types_ready(void);

#endif
