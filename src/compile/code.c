/* code.c: the code object type and bytecode metadata helpers (see code.h). */
#include "code.h"

#include <string.h>

#include "opcodes.h"

static void code_dealloc(MoObject *self) {
    MoCode *c = MO_CODE(self);
    mo_free(c->code);
    mo_free(c->positions);
    mo_free(c->exctable);
    mo_free(c->cell2arg);
    mo_xdecref(c->consts);
    mo_xdecref(c->names);
    mo_xdecref(c->localnames);
    mo_xdecref(c->name);
    mo_xdecref(c->qualname);
    mo_xdecref(c->filename);
    mo_object_free(self);
}

static MoObject *code_repr(MoObject *self) {
    MoCode *c = MO_CODE(self);
    return mo_format("<code object %U at %p, file \"%U\", line %d>", c->name, (void *)self, c->filename,
                     (int)c->firstlineno);
}

static MoObject *code_get_name(MoObject *self) { return mo_newref(MO_CODE(self)->name); }
static MoObject *code_get_qualname(MoObject *self) { return mo_newref(MO_CODE(self)->qualname); }
static MoObject *code_get_filename(MoObject *self) { return mo_newref(MO_CODE(self)->filename); }
static MoObject *code_get_firstlineno(MoObject *self) { return mo_int_from_i64(MO_CODE(self)->firstlineno); }
static MoObject *code_get_argcount(MoObject *self) { return mo_int_from_i64(MO_CODE(self)->argcount); }

static MoObject *code_names_slice(MoObject *self, uint32_t from, uint32_t n) {
    MoCode *c = MO_CODE(self);
    return mo_tuple_from_array(MO_TUPLE(c->localnames)->items + from, n);
}
static MoObject *code_get_varnames(MoObject *self) { return code_names_slice(self, 0, MO_CODE(self)->nlocals); }
static MoObject *code_get_cellvars(MoObject *self) {
    return code_names_slice(self, MO_CODE(self)->nlocals, MO_CODE(self)->ncells);
}
static MoObject *code_get_freevars(MoObject *self) {
    return code_names_slice(self, MO_CODE(self)->nlocals + MO_CODE(self)->ncells, MO_CODE(self)->nfrees);
}
static MoObject *code_get_nlocals(MoObject *self) { return mo_int_from_i64(MO_CODE(self)->nlocals); }
static MoObject *code_get_kwonly(MoObject *self) { return mo_int_from_i64(MO_CODE(self)->kwonlyargcount); }
static MoObject *code_get_posonly(MoObject *self) { return mo_int_from_i64(MO_CODE(self)->posonlyargcount); }
/* CPython's co_flags: only the bits Python code can observe with CPython's values (the internal
 * CLASSBODY/HAS_DOC bits are dropped). Moat marks coroutines and async generators GENERATOR too
 * (the VM runs them as generators), and async generators COROUTINE; CPython does neither. */
static MoObject *code_get_flags(MoObject *self) {
    uint32_t fl = MO_CODE(self)->flags;
    uint32_t out = fl & (MO_CO_OPTIMIZED | MO_CO_NEWLOCALS | MO_CO_VARARGS | MO_CO_VARKEYWORDS | MO_CO_GENERATOR |
                         MO_CO_COROUTINE | MO_CO_ASYNC_GENERATOR);
    if (fl & MO_CO_ASYNC_GENERATOR) out &= ~(uint32_t)(MO_CO_GENERATOR | MO_CO_COROUTINE);
    else if (fl & MO_CO_COROUTINE) out &= ~(uint32_t)MO_CO_GENERATOR;
    if ((fl & MO_CO_NESTED) && (fl & MO_CO_OPTIMIZED)) out |= MO_CO_NESTED;
    return mo_int_from_i64(out);
}
static MoObject *code_get_consts(MoObject *self) { return mo_newref(MO_CODE(self)->consts); }
static MoObject *code_get_names(MoObject *self) { return mo_newref(MO_CODE(self)->names); }

static const MoGetSetDef code_getsets[] = {
    {"co_varnames", code_get_varnames, NULL, "parameter and local variable names"},
    {"co_cellvars", code_get_cellvars, NULL, "names of locals captured by nested scopes"},
    {"co_freevars", code_get_freevars, NULL, "names of closure variables"},
    {"co_nlocals", code_get_nlocals, NULL, "number of local variables"},
    {"co_kwonlyargcount", code_get_kwonly, NULL, "keyword-only parameter count"},
    {"co_posonlyargcount", code_get_posonly, NULL, "positional-only parameter count"},
    {"co_consts", code_get_consts, NULL, "constants"},
    {"co_names", code_get_names, NULL, "global and attribute names"},
    {"co_name", code_get_name, NULL, "name"},
    {"co_qualname", code_get_qualname, NULL, "qualified name"},
    {"co_filename", code_get_filename, NULL, "file name"},
    {"co_firstlineno", code_get_firstlineno, NULL, "first line"},
    {"co_argcount", code_get_argcount, NULL, "positional parameter count"},
    {"co_flags", code_get_flags, NULL, "CO_* flag bits"},
    {NULL, NULL, NULL, NULL},
};

/* Code objects come only from the compiler: a zero-filled one would crash the VM. */
static MoObject *code_vnew(MoType *type, MoObject *const *args, size_t nargs, MoObject *kwnames) {
    if (nargs < 16) mo_err_format(&mo_TypeError, "code expected at least 16 arguments, got %zu", nargs);
    else mo_err_set(&mo_TypeError, "cannot create 'code' instances");
    return NULL;
}

MoType mo_code_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "code",
    .size = sizeof(MoCode),
    .base = &mo_object_type,
    .dealloc = code_dealloc,
    .vnew = code_vnew,
    .repr = code_repr,
    .getsets = code_getsets,
};

MoCode *mo_code_new(void) {
    return (MoCode *)mo_object_new(&mo_code_type);
}

int mo_code_line(const MoCode *code, uint32_t i) {
    if (code->positions && i < code->ncode && code->positions[i].line > 0) return code->positions[i].line;
    return code->firstlineno;
}

const MoExcEntry *mo_code_find_handler(const MoCode *code, uint32_t i) {
    /* Entries are sorted and disjoint: binary search. */
    uint32_t lo = 0, hi = code->nexc;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        const MoExcEntry *e = &code->exctable[mid];
        if (i < e->start) hi = mid;
        else if (i >= e->end) lo = mid + 1;
        else return e;
    }
    return NULL;
}

static const char *const op_names[] = {
#define MO_OPNAME(name, hasarg, effect) #name,
    MO_OPCODES(MO_OPNAME)
#undef MO_OPNAME
};

static const unsigned char op_hasarg[] = {
#define MO_OPHASARG(name, hasarg, effect) hasarg,
    MO_OPCODES(MO_OPHASARG)
#undef MO_OPHASARG
};

const char *mo_op_name(int op) {
    if (op < 0 || op >= MO_OP_COUNT) return "?";
    return op_names[op];
}

bool mo_op_is_jump(int op) {
    switch (op) {
    case MO_OP_JUMP: case MO_OP_POP_JUMP_IF_FALSE: case MO_OP_POP_JUMP_IF_TRUE:
    case MO_OP_JUMP_IF_FALSE_OR_POP: case MO_OP_JUMP_IF_TRUE_OR_POP: case MO_OP_FOR_ITER:
    case MO_OP_SEND:
        return true;
    default:
        return false;
    }
}

int mo_op_stack_effect(uint32_t word, bool jump) {
    int op = (int)MO_OP(word);
    int oparg = (int)MO_ARG(word);
    (void)oparg;
    if (jump) {
        switch (op) {
        case MO_OP_JUMP: return 0;
        case MO_OP_POP_JUMP_IF_FALSE: case MO_OP_POP_JUMP_IF_TRUE: return -1;
        case MO_OP_JUMP_IF_FALSE_OR_POP: case MO_OP_JUMP_IF_TRUE_OR_POP: return 0;
        case MO_OP_FOR_ITER: return -1;
        case MO_OP_SEND: return -1;
        default: break;
        }
    }
    switch (op) {
#define MO_OPEFFECT(name, hasarg, effect) case MO_OP_##name: return (effect);
        MO_OPCODES(MO_OPEFFECT)
#undef MO_OPEFFECT
    default:
        return 0;
    }
}

static bool append_int(MoStrBuf *b, long long v) {
    char tmp[32];
    int n = 0;
    bool neg = v < 0;
    unsigned long long u = neg ? (unsigned long long)(-(v + 1)) + 1 : (unsigned long long)v;
    do { tmp[n++] = (char)('0' + u % 10); u /= 10; } while (u);
    if (neg) tmp[n++] = '-';
    char out[32];
    for (int i = 0; i < n; i++) out[i] = tmp[n - 1 - i];
    return mo_strbuf_append(b, out, (size_t)n);
}

int mo_code_disassemble(MoCode *code, MoStrBuf *b) {
    mo_strbuf_append_cstr(b, "Disassembly of ");
    mo_strbuf_append_obj(b, code->qualname);
    mo_strbuf_append_cstr(b, " (stack ");
    append_int(b, code->stacksize);
    mo_strbuf_append_cstr(b, "):\n");
    for (uint32_t i = 0; i < code->ncode; i++) {
        uint32_t w = code->code[i];
        int op = (int)MO_OP(w);
        append_int(b, mo_code_line(code, i));
        mo_strbuf_append_cstr(b, "\t");
        append_int(b, i);
        mo_strbuf_append_cstr(b, "\t");
        mo_strbuf_append_cstr(b, mo_op_name(op));
        if (op < MO_OP_COUNT && op_hasarg[op]) {
            mo_strbuf_append_cstr(b, " ");
            append_int(b, MO_ARG(w));
            if (op == MO_OP_LOAD_CONST && MO_ARG(w) < MO_TUPLE_LEN(code->consts)) {
                MoObject *r = mo_repr(MO_TUPLE_ITEM(code->consts, MO_ARG(w)));
                if (!r) return -1;
                mo_strbuf_append_cstr(b, " (");
                mo_strbuf_append_obj(b, r);
                mo_strbuf_append_cstr(b, ")");
                mo_decref(r);
            } else if ((op == MO_OP_LOAD_GLOBAL || op == MO_OP_STORE_GLOBAL || op == MO_OP_LOAD_ATTR ||
                        op == MO_OP_STORE_ATTR || op == MO_OP_LOAD_METHOD || op == MO_OP_LOAD_NAME ||
                        op == MO_OP_STORE_NAME) && MO_ARG(w) < MO_TUPLE_LEN(code->names)) {
                mo_strbuf_append_cstr(b, " (");
                mo_strbuf_append_obj(b, MO_TUPLE_ITEM(code->names, MO_ARG(w)));
                mo_strbuf_append_cstr(b, ")");
            } else if ((op == MO_OP_LOAD_FAST || op == MO_OP_STORE_FAST || op == MO_OP_LOAD_DEREF ||
                        op == MO_OP_STORE_DEREF || op == MO_OP_LOAD_CLOSURE) &&
                       MO_ARG(w) < MO_TUPLE_LEN(code->localnames)) {
                mo_strbuf_append_cstr(b, " (");
                mo_strbuf_append_obj(b, MO_TUPLE_ITEM(code->localnames, MO_ARG(w)));
                mo_strbuf_append_cstr(b, ")");
            }
        }
        mo_strbuf_append_cstr(b, "\n");
    }
    for (uint32_t i = 0; i < code->nexc; i++) {
        mo_strbuf_append_cstr(b, "  exc ");
        append_int(b, code->exctable[i].start);
        mo_strbuf_append_cstr(b, " to ");
        append_int(b, code->exctable[i].end);
        mo_strbuf_append_cstr(b, " -> ");
        append_int(b, code->exctable[i].handler);
        mo_strbuf_append_cstr(b, " [");
        append_int(b, code->exctable[i].depth);
        mo_strbuf_append_cstr(b, "]\n");
    }
    for (size_t i = 0; i < MO_TUPLE_LEN(code->consts); i++) {
        MoObject *k = MO_TUPLE_ITEM(code->consts, i);
        if (MO_TYPE(k) == &mo_code_type && mo_code_disassemble(MO_CODE(k), b) < 0) return -1;
    }
    return b->failed ? -1 : 0;
}
