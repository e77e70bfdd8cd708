/*
 * code.h: code objects, the compiled form of a module, function, class body or comprehension.
 *
 * A code object is immutable once built. It holds the instruction words (opcodes.h), the constants
 * and names they index, the layout of the frame's "localsplus" array (parameters and other locals,
 * then cell variables, then free variables, then the value stack), a position table with one entry
 * per instruction (line and column range, for tracebacks) and a zero-cost exception table: a
 * sorted list of non-overlapping instruction ranges, each naming the handler to jump to and the
 * stack depth to unwind to, as in CPython 3.11.
 */
#ifndef MOAT_CODE_H
#define MOAT_CODE_H

#include <stdint.h>

#include "../core/object.h"

/* Code flags (MoCode.flags). */
#define MO_CO_OPTIMIZED 0x1    /* locals are fast slots (functions) */
#define MO_CO_NEWLOCALS 0x2
#define MO_CO_VARARGS 0x4      /* has *args */
#define MO_CO_VARKEYWORDS 0x8  /* has **kwargs */
#define MO_CO_NESTED 0x10
#define MO_CO_GENERATOR 0x20   /* calling it creates a generator */
#define MO_CO_COROUTINE 0x80   /* async def: calling it creates a coroutine (also has GENERATOR) */
#define MO_CO_ASYNC_GENERATOR 0x200 /* async def with yield: creates an async generator */
#define MO_CO_CLASSBODY 0x1000 /* a class body: names go through the frame's locals dict */
#define MO_CO_HAS_DOC 0x2000   /* consts[0] is the docstring */
#define MO_CO_ASYNC_SCOPE 0x20000000 /* a comprehension or generator expression written in an async def:
                                        a host call there makes an awaitable, as in the coroutine (vm.c) */
#define MO_CO_HIDDEN 0x10000000 /* a frame of the VM's own helper module: no traceback entry (vm.c) */

/* The source position of one instruction; lines are 1-based, columns 0-based UTF-8 offsets,
 * -1 when unknown. */
typedef struct MoPosition {
    int32_t line, end_line, col, end_col;
    /* Caret anchors for tracebacks (CPython 3.11 underlines the operator of a failing binary
     * operation and the brackets of a failing subscript): kind 0 none, 1 BinOp (a = end of the
     * left operand, b = start of the right one), 2 Subscript (a = end of the value, b = end of
     * the slice); byte columns on `line`. */
    int32_t anchor_a, anchor_b;
    int32_t anchor_kind;
} MoPosition;

/* One exception-table entry: instructions [start, end) jump to handler on an exception, after the
 * value stack is cut down to depth items. */
typedef struct MoExcEntry {
    uint32_t start, end, handler, depth;
} MoExcEntry;

/* A code object. */
typedef struct MoCode {
    MO_HEAD;
    uint32_t *code;          /* ncode instruction words (owned) */
    uint32_t ncode;
    MoPosition *positions;   /* ncode entries (owned) */
    MoExcEntry *exctable;    /* nexc entries sorted by start (owned) */
    uint32_t nexc;
    MoObject *consts;        /* tuple */
    MoObject *names;         /* tuple of str: global/attribute names */
    MoObject *localnames;    /* tuple of str: nlocals local names, then cell names, then free names */
    uint32_t nlocals, ncells, nfrees;
    uint32_t argcount;       /* positional parameters, including positional-only */
    uint32_t posonlyargcount;
    uint32_t kwonlyargcount;
    uint32_t stacksize;
    uint32_t flags;          /* MO_CO_* */
    int32_t *cell2arg;       /* ncells entries: the parameter index a cell is initialised from, or -1; NULL if none */
    MoObject *name;          /* str */
    MoObject *qualname;      /* str */
    MoObject *filename;      /* str */
    int32_t firstlineno;
} MoCode;

#define MO_CODE(o) ((MoCode *)(o))

/* The total number of localsplus slots a frame of this code needs, without the stack. */
#define MO_CODE_NLOCALSPLUS(c) ((c)->nlocals + (c)->ncells + (c)->nfrees)

/* Allocates an empty code object whose arrays the compiler fills in: new reference or NULL. */
MoCode *mo_code_new(void);

/* Returns the source line of instruction index i (or firstlineno if unknown). */
int mo_code_line(const MoCode *code, uint32_t i);

/* Finds the exception-table entry covering instruction i: returns it (borrowed) or NULL. */
const MoExcEntry *mo_code_find_handler(const MoCode *code, uint32_t i);

/* Returns the stack effect of an instruction when execution falls through (jump == false) or
 * when its jump is taken (jump == true). */
int mo_op_stack_effect(uint32_t word, bool jump);

/* Returns true if the opcode has a jump target argument. */
bool mo_op_is_jump(int op);

/* Returns the opcode's name (for disassembly and tests). */
const char *mo_op_name(int op);

/* Writes a human-readable disassembly of code (and nested code constants) into buf: 0 or -1. */
int mo_code_disassemble(MoCode *code, MoStrBuf *buf);

#endif
