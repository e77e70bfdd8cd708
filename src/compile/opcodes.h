/*
 * opcodes.h: the bytecode of Moat, as one X-macro list.
 *
 * An instruction is one 32-bit word: the opcode in the low 8 bits and the argument in the high
 * 24 bits (MO_OP / MO_ARG). Fixed width keeps jumps simple (targets are instruction indices) and
 * needs no EXTENDED_ARG; the compiler refuses programs whose indices do not fit in 24 bits.
 *
 * The design follows CPython 3.11: a value stack per frame, LOAD_METHOD leaving [meth, self] or
 * [NULL, callable] under the arguments so that CALL n finds its callable at a fixed depth, KW_NAMES
 * before a CALL with keyword arguments, zero-cost exception handling through a per-code exception
 * table (code.h), and PUSH_EXC_INFO/POP_EXCEPT around except blocks.
 *
 * Each entry is X(name, has_arg, stack_effect) where stack_effect is a C expression in `oparg`
 * giving the net change of the stack depth when execution falls through to the next instruction.
 * Jumps that change the depth differently when taken are listed in mo_op_jump_effect (code.c).
 */
#ifndef MOAT_OPCODES_H
#define MOAT_OPCODES_H

#include <stdint.h>

#define MO_OPCODES(X) \
    X(NOP, 0, 0) \
    X(POP_TOP, 0, -1) \
    X(COPY, 1, 1)                   /* push stack[-oparg] again */ \
    X(SWAP, 1, 0)                   /* swap TOS with stack[-oparg] */ \
    X(PUSH_NULL, 0, 1) \
    X(LOAD_CONST, 1, 1) \
    X(LOAD_FAST, 1, 1)              /* UnboundLocalError if unset */ \
    X(STORE_FAST, 1, -1) \
    X(DELETE_FAST, 1, 0) \
    X(LOAD_GLOBAL, 1, 1)            /* globals, then builtins */ \
    X(STORE_GLOBAL, 1, -1) \
    X(DELETE_GLOBAL, 1, 0) \
    X(LOAD_NAME, 1, 1)              /* frame locals dict, globals, builtins (class bodies) */ \
    X(STORE_NAME, 1, -1) \
    X(DELETE_NAME, 1, 0) \
    X(LOAD_DEREF, 1, 1)             /* content of the cell in localsplus[oparg] */ \
    X(LOAD_CLASSDEREF, 1, 1)        /* class body: locals dict first, then the cell */ \
    X(STORE_DEREF, 1, -1) \
    X(DELETE_DEREF, 1, 0) \
    X(LOAD_CLOSURE, 1, 1)           /* the cell object itself */ \
    X(LOAD_ATTR, 1, 0) \
    X(STORE_ATTR, 1, -2)            /* TOS.name = TOS1 */ \
    X(DELETE_ATTR, 1, -1) \
    X(LOAD_METHOD, 1, 1)            /* obj -> meth self | NULL attr */ \
    X(BINARY_SUBSCR, 0, -1) \
    X(STORE_SUBSCR, 0, -3)          /* TOS1[TOS] = TOS2 */ \
    X(DELETE_SUBSCR, 0, -2) \
    X(BUILD_SLICE, 1, 1 - (oparg)) \
    X(BINARY_OP, 1, -1)             /* oparg: MoBinOp, + MO_BINOP_COUNT for the in-place form */ \
    X(UNARY_OP, 1, 0)               /* oparg: MoUnaryOp */ \
    X(UNARY_NOT, 0, 0) \
    X(COMPARE_OP, 1, -1)            /* oparg: MoCompareOp */ \
    X(IS_OP, 1, -1)                 /* oparg 1: is not */ \
    X(CONTAINS_OP, 1, -1)           /* oparg 1: not in */ \
    X(JUMP, 1, 0) \
    X(POP_JUMP_IF_FALSE, 1, -1) \
    X(POP_JUMP_IF_TRUE, 1, -1) \
    X(JUMP_IF_FALSE_OR_POP, 1, -1)  /* taken: keeps TOS */ \
    X(JUMP_IF_TRUE_OR_POP, 1, -1)   /* taken: keeps TOS */ \
    X(GET_ITER, 0, 0) \
    X(FOR_ITER, 1, 1)               /* exhausted: pops the iterator and jumps */ \
    X(BUILD_TUPLE, 1, 1 - (oparg)) \
    X(BUILD_LIST, 1, 1 - (oparg)) \
    X(BUILD_SET, 1, 1 - (oparg)) \
    X(BUILD_MAP, 1, 1 - 2 * (oparg)) \
    X(BUILD_STRING, 1, 1 - (oparg)) \
    X(LIST_APPEND, 1, -1)           /* stack[-oparg] (after the pop) .append(TOS) */ \
    X(SET_ADD, 1, -1) \
    X(MAP_ADD, 1, -2)               /* stack[-oparg][TOS1] = TOS */ \
    X(LIST_EXTEND, 1, -1) \
    X(SET_UPDATE, 1, -1) \
    X(DICT_UPDATE, 1, -1) \
    X(DICT_MERGE, 1, -1)            /* like DICT_UPDATE, duplicate keys are a TypeError (calls) */ \
    X(LIST_TO_TUPLE, 0, 0) \
    X(UNPACK_SEQUENCE, 1, (oparg) - 1) \
    X(UNPACK_EX, 1, ((oparg) & 0xff) + ((oparg) >> 8)) /* before | after << 8 */ \
    X(FORMAT_VALUE, 1, -(((oparg) & 4) >> 2)) /* oparg & 3: 0 none 1 str 2 repr 3 ascii; & 4: spec */ \
    X(KW_NAMES, 1, 0)               /* consts[oparg]: keyword names for the next CALL */ \
    X(CALL, 1, -1 - (oparg))        /* [NULL|meth, callable|self, args...] */ \
    X(CALL_FUNCTION_EX, 1, -2 - ((oparg) & 1)) /* [NULL, callable, args tuple, (kwargs dict)] */ \
    X(MAKE_FUNCTION, 1, -(((oparg) & 1) + (((oparg) >> 1) & 1) + (((oparg) >> 2) & 1) + (((oparg) >> 3) & 1))) \
    X(RETURN_VALUE, 0, -1) \
    X(RAISE_VARARGS, 1, -(oparg)) \
    X(RERAISE, 0, -1) \
    X(PUSH_EXC_INFO, 0, 1)          /* exc -> prev_exc_info exc; exc becomes the handled one */ \
    X(POP_EXCEPT, 0, -1)            /* restores the handled exception from TOS */ \
    X(CHECK_EXC_MATCH, 0, 0)        /* exc type -> exc bool */ \
    X(LOAD_ASSERTION_ERROR, 0, 1) \
    X(LOAD_BUILD_CLASS, 0, 1) \
    X(IMPORT_NAME, 1, -1)           /* level fromlist -> module (mo_import_name) */ \
    X(IMPORT_FROM, 1, 1)            /* module -> module module.name (mo_import_from) */ \
    X(IMPORT_STAR, 0, -1)           /* module -> (its public names bound in the namespace) */ \
    X(SETUP_ANNOTATIONS, 0, 0)      /* creates __annotations__ in the namespace if missing */ \
    X(YIELD_VALUE, 0, 0)            /* value -> sent value */ \
    X(GET_YIELD_FROM_ITER, 0, 0) \
    X(GET_AWAITABLE, 0, 0)          /* obj -> the iterator of obj's __await__ (coroutine.c) */ \
    X(GET_AITER, 0, 0)              /* obj -> obj.__aiter__() */ \
    X(GET_ANEXT, 0, 1)              /* aiter -> aiter, the iterator of aiter.__anext__()'s await */ \
    X(BEFORE_ASYNC_WITH, 0, 1)      /* mgr -> __aexit__, the iterator of __aenter__()'s await */ \
    X(ASYNC_GEN_WRAP, 0, 0)         /* v -> v marked as an async generator's `yield` (coroutine.c) */ \
    X(SEND, 1, 0)                   /* [iter, value] -> [iter, yielded]; done: [result], jump */ \
    X(BEFORE_WITH, 0, 1)            /* mgr -> exit enter_result */ \
    X(WITH_EXCEPT_START, 0, 1)      /* [exit, prev, exc] -> [exit, prev, exc, exit(type, exc, tb)] */ \
    X(LOAD_LOCALS, 0, 1) \
    X(RETURN_CONST_NONE, 0, 0) \
    X(MATCH_SEQUENCE, 0, 1)         /* subj -> subj bool: a sequence for `case [...]` (not str/bytes) */ \
    X(MATCH_MAPPING, 0, 1)          /* subj -> subj bool: a mapping for `case {...}` */ \
    X(GET_LEN, 0, 1)                /* subj -> subj len(subj) */ \
    X(MATCH_KEYS, 0, 1)             /* subj keys -> subj keys (values tuple | None if a key is missing) */ \
    X(MATCH_CLASS, 1, -2)           /* subj cls names -> (attrs tuple | None); oparg: positional count */ \
    X(COPY_DICT_WITHOUT_KEYS, 0, 0) /* subj keys -> subj rest: a dict of subj's other items */

typedef enum MoOpcode {
#define MO_OPCODE_ENUM(name, hasarg, effect) MO_OP_##name,
    MO_OPCODES(MO_OPCODE_ENUM)
#undef MO_OPCODE_ENUM
    MO_OP_COUNT
} MoOpcode;

/* Extracts the opcode of an instruction word. */
#define MO_OP(w) ((MoOpcode)((w) & 0xffu))

/* Extracts the argument of an instruction word. */
#define MO_ARG(w) ((uint32_t)(w) >> 8)

/* Builds an instruction word from an opcode and an argument (< 2^24). */
#define MO_INSTR(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))

/* The largest argument an instruction can carry. */
#define MO_MAX_ARG 0xffffffu

/* FORMAT_VALUE flags. */
#define MO_FMT_CONV_MASK 3
#define MO_FMT_STR 1
#define MO_FMT_REPR 2
#define MO_FMT_ASCII 3
#define MO_FMT_HAS_SPEC 4

/* MAKE_FUNCTION flags. */
#define MO_MKFN_DEFAULTS 1
#define MO_MKFN_KWDEFAULTS 2
#define MO_MKFN_ANNOTATIONS 4
#define MO_MKFN_CLOSURE 8

#endif
