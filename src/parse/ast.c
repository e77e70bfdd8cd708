/*
 * ast.c: the AST arena and the ast.dump-compatible printer.
 *
 * The arena hands out memory from large blocks so that a parse makes few allocations, and it
 * keeps the list of object references held by nodes (constants, identifiers) so that freeing the
 * arena releases them all at once. The dumper reproduces CPython 3.11's ast.dump(node) output
 * (annotate_fields=True, include_attributes=False): optional fields that are None are omitted,
 * empty lists are printed, and strings use Python's repr.
 */
#include "ast.h"

#include <string.h>

#include "../core/state.h"

#define ARENA_BLOCK 16384

typedef struct ArenaBlock {
    struct ArenaBlock *next;
    size_t size, used;
    /* data follows, aligned */
} ArenaBlock;

struct MoArena {
    ArenaBlock *head;
    MoObject **objs;
    size_t nobjs, capobjs;
};

#define ALIGN_UP(n) (((n) + 15) & ~(size_t)15)
#define BLOCK_HDR ALIGN_UP(sizeof(ArenaBlock))

MoArena *mo_arena_new(void) {
    MoArena *a = mo_alloc(sizeof *a);
    if (!a) return NULL;
    memset(a, 0, sizeof *a);
    return a;
}

void mo_arena_free(MoArena *a) {
    if (!a) return;
    ArenaBlock *b = a->head;
    while (b) {
        ArenaBlock *next = b->next;
        mo_free(b);
        b = next;
    }
    /* Release in reverse order of acquisition so that containers go before their items. */
    for (size_t i = a->nobjs; i > 0; i--) mo_decref(a->objs[i - 1]);
    mo_free(a->objs);
    mo_free(a);
}

void *mo_arena_alloc(MoArena *a, size_t n) {
    n = ALIGN_UP(n ? n : 1);
    ArenaBlock *b = a->head;
    if (!b || b->size - b->used < n) {
        size_t size = n > ARENA_BLOCK / 4 ? n : ARENA_BLOCK;
        ArenaBlock *nb = mo_alloc(BLOCK_HDR + size);
        if (!nb) return NULL;
        nb->size = size;
        nb->used = 0;
        if (b && n > ARENA_BLOCK / 4) {
            /* A big request gets its own block behind the current one, so the current block's
             * free space stays usable. */
            nb->next = b->next;
            b->next = nb;
        } else {
            nb->next = b;
            a->head = nb;
        }
        b = nb;
    }
    char *p = (char *)b + BLOCK_HDR + b->used;
    b->used += n;
    memset(p, 0, n);
    return p;
}

int mo_arena_add_object(MoArena *a, MoObject *obj) {
    if (a->nobjs == a->capobjs) {
        size_t cap = a->capobjs ? a->capobjs * 2 : 64;
        MoObject **objs = mo_realloc(a->objs, cap * sizeof *objs);
        if (!objs) {
            mo_decref(obj);
            return -1;
        }
        a->objs = objs;
        a->capobjs = cap;
    }
    a->objs[a->nobjs++] = obj;
    return 0;
}

/* ---- names ---- */

static const char *const expr_names[] = {
    "?", "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict", "Set", "ListComp",
    "SetComp", "DictComp", "GeneratorExp", "Await", "Yield", "YieldFrom", "Compare", "Call",
    "FormattedValue", "JoinedStr", "Constant", "Attribute", "Subscript", "Starred", "Name", "List",
    "Tuple", "Slice"
};
static const char *const stmt_names[] = {
    "?", "FunctionDef", "AsyncFunctionDef", "ClassDef", "Return", "Delete", "Assign", "AugAssign",
    "AnnAssign", "For", "AsyncFor", "While", "If", "With", "AsyncWith", "Match", "Raise", "Try",
    "TryStar", "Assert", "Import", "ImportFrom", "Global", "Nonlocal", "Expr", "Pass", "Break",
    "Continue"
};
static const char *const pattern_names[] = {
    "?", "MatchValue", "MatchSingleton", "MatchSequence", "MatchMapping", "MatchClass", "MatchStar",
    "MatchAs", "MatchOr"
};

const char *mo_ast_expr_name(MoAstExprKind k) {
    return (int)k > 0 && (size_t)k < sizeof expr_names / sizeof expr_names[0] ? expr_names[k] : "?";
}
const char *mo_ast_stmt_name(MoAstStmtKind k) {
    return (int)k > 0 && (size_t)k < sizeof stmt_names / sizeof stmt_names[0] ? stmt_names[k] : "?";
}
const char *mo_ast_pattern_name(MoAstPatternKind k) {
    return (int)k > 0 && (size_t)k < sizeof pattern_names / sizeof pattern_names[0] ? pattern_names[k] : "?";
}

static const char *binop_name(MoBinOp op) {
    switch (op) {
    case MO_ADD: return "Add";
    case MO_SUB: return "Sub";
    case MO_MUL: return "Mult";
    case MO_MATMUL: return "MatMult";
    case MO_TRUEDIV: return "Div";
    case MO_FLOORDIV: return "FloorDiv";
    case MO_MOD: return "Mod";
    case MO_POW: return "Pow";
    case MO_LSHIFT: return "LShift";
    case MO_RSHIFT: return "RShift";
    case MO_AND: return "BitAnd";
    case MO_OR: return "BitOr";
    case MO_XOR: return "BitXor";
    default: return "?";
    }
}

static const char *const unary_names[] = { "Invert", "Not", "UAdd", "USub" };
static const char *const cmp_names[] = { "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn" };
static const char *const ctx_names[] = { "Load", "Store", "Del" };

/* ---- dumper ---- */

typedef struct Dumper {
    MoStrBuf *b;
    bool ok;
    int depth;
    bool attrs; /* also write positions, as ast.dump(include_attributes=True) */
} Dumper;

static void put(Dumper *d, const char *s) {
    if (d->ok && !mo_strbuf_append_cstr(d->b, s)) d->ok = false;
}

static void put_obj_repr(Dumper *d, MoObject *o) {
    if (!d->ok) return;
    MoObject *r = mo_repr(o);
    if (!r) { d->ok = false; return; }
    if (!mo_strbuf_append_obj(d->b, r)) d->ok = false;
    mo_decref(r);
}

static void put_int(Dumper *d, long v) {
    char tmp[24];
    int n = 0;
    bool neg = v < 0;
    unsigned long u = neg ? (unsigned long)(-(v + 1)) + 1 : (unsigned long)v;
    do { tmp[n++] = (char)('0' + u % 10); u /= 10; } while (u);
    char out[26];
    int k = 0;
    if (neg) out[k++] = '-';
    while (n) out[k++] = tmp[--n];
    out[k] = 0;
    put(d, out);
}

/* Fields are written as "name=value" separated by ", "; `first` tracks the separator. */
static void field(Dumper *d, bool *first, const char *name) {
    if (!*first) put(d, ", ");
    *first = false;
    put(d, name);
    put(d, "=");
}

/* Writes the position attributes (only in include_attributes mode). */
static void attrs(Dumper *d, bool *first, int l, int c, int el, int ec) {
    if (!d->attrs) return;
    field(d, first, "lineno"); put_int(d, l);
    field(d, first, "col_offset"); put_int(d, c);
    field(d, first, "end_lineno"); put_int(d, el);
    field(d, first, "end_col_offset"); put_int(d, ec);
}

static void dump_expr(Dumper *d, const MoAstExpr *e);
static void dump_stmt(Dumper *d, const MoAstStmt *s);
static void dump_pattern(Dumper *d, const MoAstPattern *p);

static bool enter(Dumper *d) {
    if (!d->ok) return false;
    if (!mo_enter_recursion(" while dumping an AST")) { d->ok = false; return false; }
    return true;
}

static void leave(Dumper *d) { mo_leave_recursion(); }

static void dump_expr_seq(Dumper *d, MoAstExprSeq seq) {
    put(d, "[");
    for (size_t i = 0; i < seq.len; i++) {
        if (i) put(d, ", ");
        if (seq.items[i]) dump_expr(d, seq.items[i]);
        else put(d, "None");
    }
    put(d, "]");
}

static void dump_stmt_seq(Dumper *d, MoAstStmtSeq seq) {
    put(d, "[");
    for (size_t i = 0; i < seq.len; i++) {
        if (i) put(d, ", ");
        dump_stmt(d, seq.items[i]);
    }
    put(d, "]");
}

static void dump_pattern_seq(Dumper *d, MoAstPatternSeq seq) {
    put(d, "[");
    for (size_t i = 0; i < seq.len; i++) {
        if (i) put(d, ", ");
        dump_pattern(d, seq.items[i]);
    }
    put(d, "]");
}

static void dump_ident_seq(Dumper *d, MoAstIdentSeq seq) {
    put(d, "[");
    for (size_t i = 0; i < seq.len; i++) {
        if (i) put(d, ", ");
        put_obj_repr(d, seq.items[i]);
    }
    put(d, "]");
}

static void dump_arg(Dumper *d, const MoAstArg *a) {
    bool first = true;
    put(d, "arg(");
    field(d, &first, "arg");
    put_obj_repr(d, a->arg);
    if (a->annotation) { field(d, &first, "annotation"); dump_expr(d, a->annotation); }
    attrs(d, &first, a->lineno, a->col_offset, a->end_lineno, a->end_col_offset);
    put(d, ")");
}

static void dump_arg_seq(Dumper *d, MoAstArgSeq seq) {
    put(d, "[");
    for (size_t i = 0; i < seq.len; i++) {
        if (i) put(d, ", ");
        dump_arg(d, seq.items[i]);
    }
    put(d, "]");
}

static void dump_arguments(Dumper *d, const MoAstArguments *a) {
    bool first = true;
    put(d, "arguments(");
    field(d, &first, "posonlyargs"); dump_arg_seq(d, a->posonlyargs);
    field(d, &first, "args"); dump_arg_seq(d, a->args);
    if (a->vararg) { field(d, &first, "vararg"); dump_arg(d, a->vararg); }
    field(d, &first, "kwonlyargs"); dump_arg_seq(d, a->kwonlyargs);
    field(d, &first, "kw_defaults"); dump_expr_seq(d, a->kw_defaults);
    if (a->kwarg) { field(d, &first, "kwarg"); dump_arg(d, a->kwarg); }
    field(d, &first, "defaults"); dump_expr_seq(d, a->defaults);
    put(d, ")");
}

static void dump_keyword_seq(Dumper *d, MoAstKeywordSeq seq) {
    put(d, "[");
    for (size_t i = 0; i < seq.len; i++) {
        bool first = true;
        if (i) put(d, ", ");
        put(d, "keyword(");
        if (seq.items[i]->arg) { field(d, &first, "arg"); put_obj_repr(d, seq.items[i]->arg); }
        field(d, &first, "value");
        dump_expr(d, seq.items[i]->value);
        const MoAstKeyword *k = seq.items[i];
        attrs(d, &first, k->lineno, k->col_offset, k->end_lineno, k->end_col_offset);
        put(d, ")");
    }
    put(d, "]");
}

static void dump_alias_seq(Dumper *d, MoAstAliasSeq seq) {
    put(d, "[");
    for (size_t i = 0; i < seq.len; i++) {
        bool first = true;
        if (i) put(d, ", ");
        put(d, "alias(");
        field(d, &first, "name"); put_obj_repr(d, seq.items[i]->name);
        if (seq.items[i]->asname) { field(d, &first, "asname"); put_obj_repr(d, seq.items[i]->asname); }
        const MoAstAlias *a = seq.items[i];
        attrs(d, &first, a->lineno, a->col_offset, a->end_lineno, a->end_col_offset);
        put(d, ")");
    }
    put(d, "]");
}

static void dump_comprehensions(Dumper *d, MoAstComprehensionSeq seq) {
    put(d, "[");
    for (size_t i = 0; i < seq.len; i++) {
        const MoAstComprehension *c = seq.items[i];
        bool first = true;
        if (i) put(d, ", ");
        put(d, "comprehension(");
        field(d, &first, "target"); dump_expr(d, c->target);
        field(d, &first, "iter"); dump_expr(d, c->iter);
        field(d, &first, "ifs"); dump_expr_seq(d, c->ifs);
        field(d, &first, "is_async"); put_int(d, c->is_async);
        put(d, ")");
    }
    put(d, "]");
}

static void dump_ctx(Dumper *d, bool *first, MoAstContext ctx) {
    field(d, first, "ctx");
    put(d, ctx_names[ctx]);
    put(d, "()");
}

static void dump_expr(Dumper *d, const MoAstExpr *e) {
    if (!enter(d)) return;
    bool first = true;
    put(d, mo_ast_expr_name(e->kind));
    put(d, "(");
    switch (e->kind) {
    case MO_EXPR_BoolOp:
        field(d, &first, "op"); put(d, e->v.BoolOp.op == MO_AST_And ? "And()" : "Or()");
        field(d, &first, "values"); dump_expr_seq(d, e->v.BoolOp.values);
        break;
    case MO_EXPR_NamedExpr:
        field(d, &first, "target"); dump_expr(d, e->v.NamedExpr.target);
        field(d, &first, "value"); dump_expr(d, e->v.NamedExpr.value);
        break;
    case MO_EXPR_BinOp:
        field(d, &first, "left"); dump_expr(d, e->v.BinOp.left);
        field(d, &first, "op"); put(d, binop_name(e->v.BinOp.op)); put(d, "()");
        field(d, &first, "right"); dump_expr(d, e->v.BinOp.right);
        break;
    case MO_EXPR_UnaryOp:
        field(d, &first, "op"); put(d, unary_names[e->v.UnaryOp.op]); put(d, "()");
        field(d, &first, "operand"); dump_expr(d, e->v.UnaryOp.operand);
        break;
    case MO_EXPR_Lambda:
        field(d, &first, "args"); dump_arguments(d, e->v.Lambda.args);
        field(d, &first, "body"); dump_expr(d, e->v.Lambda.body);
        break;
    case MO_EXPR_IfExp:
        field(d, &first, "test"); dump_expr(d, e->v.IfExp.test);
        field(d, &first, "body"); dump_expr(d, e->v.IfExp.body);
        field(d, &first, "orelse"); dump_expr(d, e->v.IfExp.orelse);
        break;
    case MO_EXPR_Dict:
        field(d, &first, "keys"); dump_expr_seq(d, e->v.Dict.keys);
        field(d, &first, "values"); dump_expr_seq(d, e->v.Dict.values);
        break;
    case MO_EXPR_Set:
        field(d, &first, "elts"); dump_expr_seq(d, e->v.Set.elts);
        break;
    case MO_EXPR_ListComp:
    case MO_EXPR_SetComp:
    case MO_EXPR_GeneratorExp:
        field(d, &first, "elt"); dump_expr(d, e->v.ListComp.elt);
        field(d, &first, "generators"); dump_comprehensions(d, e->v.ListComp.generators);
        break;
    case MO_EXPR_DictComp:
        field(d, &first, "key"); dump_expr(d, e->v.DictComp.key);
        field(d, &first, "value"); dump_expr(d, e->v.DictComp.value);
        field(d, &first, "generators"); dump_comprehensions(d, e->v.DictComp.generators);
        break;
    case MO_EXPR_Await:
        field(d, &first, "value"); dump_expr(d, e->v.Await.value);
        break;
    case MO_EXPR_Yield:
        if (e->v.Yield.value) { field(d, &first, "value"); dump_expr(d, e->v.Yield.value); }
        break;
    case MO_EXPR_YieldFrom:
        field(d, &first, "value"); dump_expr(d, e->v.YieldFrom.value);
        break;
    case MO_EXPR_Compare:
        field(d, &first, "left"); dump_expr(d, e->v.Compare.left);
        field(d, &first, "ops");
        put(d, "[");
        for (size_t i = 0; i < e->v.Compare.ops.len; i++) {
            if (i) put(d, ", ");
            put(d, cmp_names[e->v.Compare.ops.items[i]]);
            put(d, "()");
        }
        put(d, "]");
        field(d, &first, "comparators"); dump_expr_seq(d, e->v.Compare.comparators);
        break;
    case MO_EXPR_Call:
        field(d, &first, "func"); dump_expr(d, e->v.Call.func);
        field(d, &first, "args"); dump_expr_seq(d, e->v.Call.args);
        field(d, &first, "keywords"); dump_keyword_seq(d, e->v.Call.keywords);
        break;
    case MO_EXPR_FormattedValue:
        field(d, &first, "value"); dump_expr(d, e->v.FormattedValue.value);
        field(d, &first, "conversion"); put_int(d, e->v.FormattedValue.conversion);
        if (e->v.FormattedValue.format_spec) {
            field(d, &first, "format_spec");
            dump_expr(d, e->v.FormattedValue.format_spec);
        }
        break;
    case MO_EXPR_JoinedStr:
        field(d, &first, "values"); dump_expr_seq(d, e->v.JoinedStr.values);
        break;
    case MO_EXPR_Constant:
        field(d, &first, "value"); put_obj_repr(d, e->v.Constant.value);
        if (e->v.Constant.kind_u) { field(d, &first, "kind"); put(d, "'u'"); }
        break;
    case MO_EXPR_Attribute:
        field(d, &first, "value"); dump_expr(d, e->v.Attribute.value);
        field(d, &first, "attr"); put_obj_repr(d, e->v.Attribute.attr);
        dump_ctx(d, &first, e->v.Attribute.ctx);
        break;
    case MO_EXPR_Subscript:
        field(d, &first, "value"); dump_expr(d, e->v.Subscript.value);
        field(d, &first, "slice"); dump_expr(d, e->v.Subscript.slice);
        dump_ctx(d, &first, e->v.Subscript.ctx);
        break;
    case MO_EXPR_Starred:
        field(d, &first, "value"); dump_expr(d, e->v.Starred.value);
        dump_ctx(d, &first, e->v.Starred.ctx);
        break;
    case MO_EXPR_Name:
        field(d, &first, "id"); put_obj_repr(d, e->v.Name.id);
        dump_ctx(d, &first, e->v.Name.ctx);
        break;
    case MO_EXPR_List:
        field(d, &first, "elts"); dump_expr_seq(d, e->v.List.elts);
        dump_ctx(d, &first, e->v.List.ctx);
        break;
    case MO_EXPR_Tuple:
        field(d, &first, "elts"); dump_expr_seq(d, e->v.Tuple.elts);
        dump_ctx(d, &first, e->v.Tuple.ctx);
        break;
    case MO_EXPR_Slice:
        if (e->v.Slice.lower) { field(d, &first, "lower"); dump_expr(d, e->v.Slice.lower); }
        if (e->v.Slice.upper) { field(d, &first, "upper"); dump_expr(d, e->v.Slice.upper); }
        if (e->v.Slice.step) { field(d, &first, "step"); dump_expr(d, e->v.Slice.step); }
        break;
    }
    attrs(d, &first, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset);
    put(d, ")");
    leave(d);
}

static void dump_pattern(Dumper *d, const MoAstPattern *p) {
    if (!enter(d)) return;
    bool first = true;
    put(d, mo_ast_pattern_name(p->kind));
    put(d, "(");
    switch (p->kind) {
    case MO_PAT_MatchValue:
        field(d, &first, "value"); dump_expr(d, p->v.MatchValue.value);
        break;
    case MO_PAT_MatchSingleton:
        field(d, &first, "value"); put_obj_repr(d, p->v.MatchSingleton.value);
        break;
    case MO_PAT_MatchSequence:
        field(d, &first, "patterns"); dump_pattern_seq(d, p->v.MatchSequence.patterns);
        break;
    case MO_PAT_MatchMapping:
        field(d, &first, "keys"); dump_expr_seq(d, p->v.MatchMapping.keys);
        field(d, &first, "patterns"); dump_pattern_seq(d, p->v.MatchMapping.patterns);
        if (p->v.MatchMapping.rest) { field(d, &first, "rest"); put_obj_repr(d, p->v.MatchMapping.rest); }
        break;
    case MO_PAT_MatchClass:
        field(d, &first, "cls"); dump_expr(d, p->v.MatchClass.cls);
        field(d, &first, "patterns"); dump_pattern_seq(d, p->v.MatchClass.patterns);
        field(d, &first, "kwd_attrs"); dump_ident_seq(d, p->v.MatchClass.kwd_attrs);
        field(d, &first, "kwd_patterns"); dump_pattern_seq(d, p->v.MatchClass.kwd_patterns);
        break;
    case MO_PAT_MatchStar:
        if (p->v.MatchStar.name) { field(d, &first, "name"); put_obj_repr(d, p->v.MatchStar.name); }
        break;
    case MO_PAT_MatchAs:
        if (p->v.MatchAs.pattern) { field(d, &first, "pattern"); dump_pattern(d, p->v.MatchAs.pattern); }
        if (p->v.MatchAs.name) { field(d, &first, "name"); put_obj_repr(d, p->v.MatchAs.name); }
        break;
    case MO_PAT_MatchOr:
        field(d, &first, "patterns"); dump_pattern_seq(d, p->v.MatchOr.patterns);
        break;
    }
    attrs(d, &first, p->lineno, p->col_offset, p->end_lineno, p->end_col_offset);
    put(d, ")");
    leave(d);
}

static void dump_stmt(Dumper *d, const MoAstStmt *s) {
    if (!enter(d)) return;
    bool first = true;
    put(d, mo_ast_stmt_name(s->kind));
    put(d, "(");
    switch (s->kind) {
    case MO_STMT_FunctionDef:
    case MO_STMT_AsyncFunctionDef:
        field(d, &first, "name"); put_obj_repr(d, s->v.FunctionDef.name);
        field(d, &first, "args"); dump_arguments(d, s->v.FunctionDef.args);
        field(d, &first, "body"); dump_stmt_seq(d, s->v.FunctionDef.body);
        field(d, &first, "decorator_list"); dump_expr_seq(d, s->v.FunctionDef.decorator_list);
        if (s->v.FunctionDef.returns) { field(d, &first, "returns"); dump_expr(d, s->v.FunctionDef.returns); }
        break;
    case MO_STMT_ClassDef:
        field(d, &first, "name"); put_obj_repr(d, s->v.ClassDef.name);
        field(d, &first, "bases"); dump_expr_seq(d, s->v.ClassDef.bases);
        field(d, &first, "keywords"); dump_keyword_seq(d, s->v.ClassDef.keywords);
        field(d, &first, "body"); dump_stmt_seq(d, s->v.ClassDef.body);
        field(d, &first, "decorator_list"); dump_expr_seq(d, s->v.ClassDef.decorator_list);
        break;
    case MO_STMT_Return:
        if (s->v.Return.value) { field(d, &first, "value"); dump_expr(d, s->v.Return.value); }
        break;
    case MO_STMT_Delete:
        field(d, &first, "targets"); dump_expr_seq(d, s->v.Delete.targets);
        break;
    case MO_STMT_Assign:
        field(d, &first, "targets"); dump_expr_seq(d, s->v.Assign.targets);
        field(d, &first, "value"); dump_expr(d, s->v.Assign.value);
        break;
    case MO_STMT_AugAssign:
        field(d, &first, "target"); dump_expr(d, s->v.AugAssign.target);
        field(d, &first, "op"); put(d, binop_name(s->v.AugAssign.op)); put(d, "()");
        field(d, &first, "value"); dump_expr(d, s->v.AugAssign.value);
        break;
    case MO_STMT_AnnAssign:
        field(d, &first, "target"); dump_expr(d, s->v.AnnAssign.target);
        field(d, &first, "annotation"); dump_expr(d, s->v.AnnAssign.annotation);
        if (s->v.AnnAssign.value) { field(d, &first, "value"); dump_expr(d, s->v.AnnAssign.value); }
        field(d, &first, "simple"); put_int(d, s->v.AnnAssign.simple);
        break;
    case MO_STMT_For:
    case MO_STMT_AsyncFor:
        field(d, &first, "target"); dump_expr(d, s->v.For.target);
        field(d, &first, "iter"); dump_expr(d, s->v.For.iter);
        field(d, &first, "body"); dump_stmt_seq(d, s->v.For.body);
        field(d, &first, "orelse"); dump_stmt_seq(d, s->v.For.orelse);
        break;
    case MO_STMT_While:
        field(d, &first, "test"); dump_expr(d, s->v.While.test);
        field(d, &first, "body"); dump_stmt_seq(d, s->v.While.body);
        field(d, &first, "orelse"); dump_stmt_seq(d, s->v.While.orelse);
        break;
    case MO_STMT_If:
        field(d, &first, "test"); dump_expr(d, s->v.If.test);
        field(d, &first, "body"); dump_stmt_seq(d, s->v.If.body);
        field(d, &first, "orelse"); dump_stmt_seq(d, s->v.If.orelse);
        break;
    case MO_STMT_With:
    case MO_STMT_AsyncWith:
        field(d, &first, "items");
        put(d, "[");
        for (size_t i = 0; i < s->v.With.items.len; i++) {
            const MoAstWithItem *w = s->v.With.items.items[i];
            bool f2 = true;
            if (i) put(d, ", ");
            put(d, "withitem(");
            field(d, &f2, "context_expr"); dump_expr(d, w->context_expr);
            if (w->optional_vars) { field(d, &f2, "optional_vars"); dump_expr(d, w->optional_vars); }
            put(d, ")");
        }
        put(d, "]");
        field(d, &first, "body"); dump_stmt_seq(d, s->v.With.body);
        break;
    case MO_STMT_Match:
        field(d, &first, "subject"); dump_expr(d, s->v.Match.subject);
        field(d, &first, "cases");
        put(d, "[");
        for (size_t i = 0; i < s->v.Match.cases.len; i++) {
            const MoAstMatchCase *c = s->v.Match.cases.items[i];
            bool f2 = true;
            if (i) put(d, ", ");
            put(d, "match_case(");
            field(d, &f2, "pattern"); dump_pattern(d, c->pattern);
            if (c->guard) { field(d, &f2, "guard"); dump_expr(d, c->guard); }
            field(d, &f2, "body"); dump_stmt_seq(d, c->body);
            put(d, ")");
        }
        put(d, "]");
        break;
    case MO_STMT_Raise:
        if (s->v.Raise.exc) { field(d, &first, "exc"); dump_expr(d, s->v.Raise.exc); }
        if (s->v.Raise.cause) { field(d, &first, "cause"); dump_expr(d, s->v.Raise.cause); }
        break;
    case MO_STMT_Try:
    case MO_STMT_TryStar:
        field(d, &first, "body"); dump_stmt_seq(d, s->v.Try.body);
        field(d, &first, "handlers");
        put(d, "[");
        for (size_t i = 0; i < s->v.Try.handlers.len; i++) {
            const MoAstExceptHandler *h = s->v.Try.handlers.items[i];
            bool f2 = true;
            if (i) put(d, ", ");
            put(d, "ExceptHandler(");
            if (h->type) { field(d, &f2, "type"); dump_expr(d, h->type); }
            if (h->name) { field(d, &f2, "name"); put_obj_repr(d, h->name); }
            field(d, &f2, "body"); dump_stmt_seq(d, h->body);
            attrs(d, &f2, h->lineno, h->col_offset, h->end_lineno, h->end_col_offset);
            put(d, ")");
        }
        put(d, "]");
        field(d, &first, "orelse"); dump_stmt_seq(d, s->v.Try.orelse);
        field(d, &first, "finalbody"); dump_stmt_seq(d, s->v.Try.finalbody);
        break;
    case MO_STMT_Assert:
        field(d, &first, "test"); dump_expr(d, s->v.Assert.test);
        if (s->v.Assert.msg) { field(d, &first, "msg"); dump_expr(d, s->v.Assert.msg); }
        break;
    case MO_STMT_Import:
        field(d, &first, "names"); dump_alias_seq(d, s->v.Import.names);
        break;
    case MO_STMT_ImportFrom:
        if (s->v.ImportFrom.module) { field(d, &first, "module"); put_obj_repr(d, s->v.ImportFrom.module); }
        field(d, &first, "names"); dump_alias_seq(d, s->v.ImportFrom.names);
        field(d, &first, "level"); put_int(d, s->v.ImportFrom.level);
        break;
    case MO_STMT_Global:
        field(d, &first, "names"); dump_ident_seq(d, s->v.Global.names);
        break;
    case MO_STMT_Nonlocal:
        field(d, &first, "names"); dump_ident_seq(d, s->v.Nonlocal.names);
        break;
    case MO_STMT_Expr:
        field(d, &first, "value"); dump_expr(d, s->v.Expr.value);
        break;
    case MO_STMT_Pass:
    case MO_STMT_Break:
    case MO_STMT_Continue:
        break;
    }
    attrs(d, &first, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset);
    put(d, ")");
    leave(d);
}

bool mo_ast_dump(MoStrBuf *buf, const MoAstMod *mod) {
    Dumper d = { buf, true, 0, false };
    if (mod->kind == MO_MOD_Module) {
        put(&d, "Module(body=");
        dump_stmt_seq(&d, mod->v.Module.body);
        put(&d, ", type_ignores=[])");
    } else {
        put(&d, "Expression(body=");
        dump_expr(&d, mod->v.Expression.body);
        put(&d, ")");
    }
    return d.ok;
}

bool mo_ast_dump_positions(MoStrBuf *buf, const MoAstMod *mod) {
    Dumper d = { buf, true, 0, true };
    if (mod->kind == MO_MOD_Module) {
        put(&d, "Module(body=");
        dump_stmt_seq(&d, mod->v.Module.body);
        put(&d, ", type_ignores=[])");
    } else {
        put(&d, "Expression(body=");
        dump_expr(&d, mod->v.Expression.body);
        put(&d, ")");
    }
    return d.ok;
}

bool mo_ast_dump_expr(MoStrBuf *buf, const MoAstExpr *expr) {
    Dumper d = { buf, true, 0, false };
    dump_expr(&d, expr);
    return d.ok;
}

bool mo_ast_dump_stmt(MoStrBuf *buf, const MoAstStmt *stmt) {
    Dumper d = { buf, true, 0, false };
    dump_stmt(&d, stmt);
    return d.ok;
}
