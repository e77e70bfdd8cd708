/*
 * compiler.h: turns an AST (parse/ast.h) and its symbol table (symtable.h) into code objects.
 */
#ifndef MOAT_COMPILER_H
#define MOAT_COMPILER_H

#include <stdbool.h>

#include "../parse/ast.h"
#include "code.h"

/* Compiles a parsed module into the code object of the module. If `keep_last_value` is true and
 * the module's last statement is an expression statement, the module code returns that value
 * (the run's result), otherwise None. filename/src/len are used for SyntaxErrors (src may be
 * NULL). Returns a new reference, or NULL with SyntaxError (unsupported constructs, limits) or
 * MemoryError set. */
MoCode *mo_compile(const MoAstMod *mod, const char *filename, const char *src, size_t len, bool keep_last_value);

#endif
