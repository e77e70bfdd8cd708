/*
 * compiler_internal.h: declarations shared between the compiler's own source files
 * (compiler.c and the helpers split out of it, such as compile_match.c). Not for other modules.
 *
 * compiler.c keeps its helpers static; the mo_cc_* functions below are thin non-static wrappers
 * around them (defined at the end of compiler.c), so that code generation for a statement kind
 * can live in its own file without exposing the compiler's data structures.
 */
#ifndef MOAT_COMPILER_INTERNAL_H
#define MOAT_COMPILER_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../parse/ast.h"
#include "opcodes.h"

/* The compiler's state (opaque outside compiler.c). */
typedef struct Compiler Compiler;

/* A source position of emitted instructions, as saved by mo_cc_set_pos. */
typedef struct MoCcPos { int32_t line, end_line, col, end_col; } MoCcPos;

/* Appends instruction op with argument arg (a label for jumps) at the current position: 0, or -1
 * with an exception set. */
int mo_cc_emit(Compiler *c, MoOpcode op, uint32_t arg);

/* Returns a new, not yet placed label, or -1 with MemoryError set. */
int mo_cc_new_label(Compiler *c);

/* Places label at the next instruction to be emitted. */
void mo_cc_use_label(Compiler *c, int label);

/* Emits LOAD_CONST of o (borrowed; the code object keeps its own reference): 0 or -1. */
int mo_cc_emit_const(Compiler *c, MoObject *o);

/* Compiles expression e (its value is pushed): 0 or -1. */
int mo_cc_visit_expr(Compiler *c, const MoAstExpr *e);

/* Compiles the statements of body: 0 or -1. */
int mo_cc_visit_body(Compiler *c, const MoAstStmtSeq *body);

/* Compiles a jump to label taken when bool(e) == cond (nothing left on the stack): 0 or -1. */
int mo_cc_visit_jump_if(Compiler *c, const MoAstExpr *e, bool cond, int label);

/* Emits the store of the value on top of the stack into variable name (scope from the symbol
 * table, private names mangled): 0 or -1. */
int mo_cc_store_name(Compiler *c, MoObject *name);

/* Sets the position of subsequently emitted instructions; returns the previous one. */
MoCcPos mo_cc_set_pos(Compiler *c, int line, int col, int end_line, int end_col);

/* Restores a position returned by mo_cc_set_pos. */
void mo_cc_restore_pos(Compiler *c, MoCcPos pos);

/* Counts one level of C recursion (RecursionError past the compiler's limit): 0 or -1. Every
 * successful call is paired with mo_cc_leave_nest. */
int mo_cc_enter_nest(Compiler *c, int line, int col);

/* Undoes one mo_cc_enter_nest. */
void mo_cc_leave_nest(Compiler *c);

/* Raises SyntaxError msg at the given range of the source being compiled; returns -1. */
int mo_cc_error_at(Compiler *c, int line, int col, int end_line, int end_col, const char *msg);

/* The file name and source text of the compilation (for mo_match_check_case). */
void mo_cc_source(Compiler *c, const char **filename, const char **src, size_t *srclen);

/* ---- compile_match.c ---- */

/* Compiles the match statement s (PEP 634) as CPython 3.11 does: the subject is evaluated once,
 * the cases are tried in order, captured names are bound only once the whole pattern matched
 * (before the guard), and the pattern SyntaxErrors of mo_match_check_case are raised case by case.
 * 0, or -1 with an exception set. */
int mo_compile_match(Compiler *c, const MoAstStmt *s);

/* Checks the pattern of case number `index` of the match statement `s` for the SyntaxErrors
 * CPython 3.11's compiler raises while compiling that pattern (irrefutable patterns before the
 * last case or in a non-last `|` alternative, alternatives binding different names, a name bound
 * twice, repeated keyword attributes, duplicate literal mapping keys, several starred names,
 * `__debug__` as a target), at CPython's source position. filename/src/srclen are as for
 * mo_compile. Returns 0, or -1 with SyntaxError (or MemoryError) set. Reads the tree only. */
int mo_match_check_case(const MoAstStmt *s, size_t index, const char *filename, const char *src, size_t srclen);

#endif
