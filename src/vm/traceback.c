/*
 * traceback.c: traceback objects and the text CPython prints for an uncaught exception.
 *
 * A traceback is a chain of entries, outermost first: the VM prepends one entry for each frame an
 * exception passes through (mo_traceback_here), so the entry made where it was raised ends up
 * last, as in CPython's tb_next chain.
 *
 * mo_traceback_format reproduces CPython 3.11's PyErr_Display (pythonrun.c and traceback.c) for
 * what Moat can have: the chain of causes/contexts printed oldest first with the two linking
 * sentences, "Traceback (most recent call last):", one "File/line/in" line per entry with the
 * source line stripped of its indentation, runs of more than three identical entries folded into
 * "[Previous line repeated N more times]", at most 1000 entries (sys.tracebacklimit's default,
 * dropping the outermost ones), the file/line/text/caret block of a SyntaxError, the
 * "Type: message" line (module-qualified for classes outside builtins and __main__), and notes.
 * The source text of the run is the only source there is; entries of other code print no line,
 * and neither do entries of a pseudo-file such as "<string>" (CPython finds no file to read).
 * The caret line under the failing expression follows 3.11's rules: carets from the instruction's
 * position, "~" and "^" split at the operator of a binary operation or the brackets of a
 * subscript (anchors recorded by the compiler), nothing when the carets would span the whole line.
 */
#include <string.h>

#include "../objects/function.h"
#include "vm.h"

/* ---- the traceback type -------------------------------------------------------------------- */

static void tb_dealloc(MoObject *self) {
    MoTraceback *tb = (MoTraceback *)self;
    MO_CLEAR(tb->next);
    MO_CLEAR(tb->code);
    mo_object_free(self);
}

static MoObject *tb_get_next(MoObject *self) {
    MoObject *n = ((MoTraceback *)self)->next;
    return mo_newref(n ? n : mo_None);
}

static MoObject *tb_get_lineno(MoObject *self) { return mo_int_from_i64(((MoTraceback *)self)->lineno); }

/* CPython counts tb_lasti in bytes of 2-byte code units. */
static MoObject *tb_get_lasti(MoObject *self) {
    int32_t l = ((MoTraceback *)self)->lasti;
    return mo_int_from_i64(l < 0 ? -1 : (int64_t)l * 2);
}

static const MoGetSetDef tb_getsets[] = {
    {"tb_next", tb_get_next, NULL, "The next (inner) traceback entry, or None."},
    {"tb_lineno", tb_get_lineno, NULL, "The line number of this entry."},
    {"tb_lasti", tb_get_lasti, NULL, "The index of the instruction that was running."},
    {NULL, NULL, NULL, NULL},
};

MoType mo_traceback_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "traceback",
    .size = sizeof(MoTraceback),
    .flags = 0,
    .base = &mo_object_type,
    .dealloc = tb_dealloc,
    .getsets = tb_getsets,
};

MoObject *mo_traceback_new(MoObject *next, MoObject *code, int lineno) {
    MoTraceback *tb = (MoTraceback *)mo_object_new(&mo_traceback_type);
    if (!tb) return NULL;
    tb->next = next ? mo_newref(next) : NULL;
    tb->code = mo_newref(code);
    tb->lineno = lineno;
    tb->lasti = -1;
    return MO(tb);
}

int mo_traceback_here(MoObject *exc, MoFrame *f) {
    if (!exc || !f || !MO_EXC_CHECK(exc)) return 0;
    /* The VM's helpers that stand in for C builtins (_moat_inline) leave no line, as C would not. */
    if (f->code->flags & MO_CO_HIDDEN) return 0;
    /* Keep exc alive: a failed allocation replaces the current exception (which may be exc). */
    mo_incref(exc);
    MoException *e = MO_EXC(exc);
    MoObject *tb = mo_traceback_new(e->traceback, MO(f->code), mo_code_line(f->code, f->lasti));
    if (!tb) {
        /* Losing one traceback line is better than losing the exception being propagated. */
        mo_err_restore(exc);
        return -1;
    }
    ((MoTraceback *)tb)->lasti = (int32_t)f->lasti;
    MO_SETREF(e->traceback, tb);
    mo_decref(exc);
    return 0;
}

/* ---- formatting ----------------------------------------------------------------------------- */

#define TB_RECURSIVE_CUTOFF 3
#define TB_LIMIT 1000
#define CHAIN_MAX 1000
/* CPython's max_group_width and max_group_depth for printing exception groups (the latter also
 * bounds the C recursion of printing nested groups). */
#define GROUP_WIDTH 15
#define GROUP_DEPTH 10

static bool put(MoStrBuf *b, const char *s) { return mo_strbuf_append_cstr(b, s); }

/* CPython's exception_print_context: the exceptions already printed (seen, n of them, growable)
 * and the exception-group nesting that indents every line and prefixes it with "| ". */
typedef struct Ctx {
    MoStrBuf *b;
    MoObject **seen;
    size_t nseen, capseen;
    int depth;
    bool need_close;
} Ctx;

/* The indentation and margin of the current group depth (_Py_WriteIndentedMargin). */
static bool put_margin(Ctx *c) {
    for (int i = 0; i < 2 * c->depth; i++)
        if (!put(c->b, " ")) return false;
    return c->depth ? put(c->b, "| ") : true;
}

static bool put_int(MoStrBuf *b, int64_t v) {
    char tmp[24];
    size_t n = 0;
    bool neg = v < 0;
    uint64_t u = neg ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    do {
        tmp[sizeof tmp - 1 - n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (neg) tmp[sizeof tmp - 1 - n++] = '-';
    return mo_strbuf_append(b, tmp + sizeof tmp - n, n);
}

/* Finds line `lineno` (1-based) of the run's source: sets *start and *len (without the line end). */
static bool source_line(MoObject *filename, int lineno, const char **start, size_t *len) {
    if (!mo_vm || !mo_vm->source || !mo_vm->filename || lineno < 1) return false;
    if (!filename || !MO_STR_CHECK(filename) || strcmp(MO_STR_UTF8(filename), mo_vm->filename) != 0) return false;
    /* CPython reads lines from the file: "<string>" (python -c) and "<stdin>" have none. */
    size_t fl = MO_STR_NBYTES(filename);
    if (fl >= 2 && MO_STR_UTF8(filename)[0] == '<' && MO_STR_UTF8(filename)[fl - 1] == '>') return false;
    const char *p = mo_vm->source, *end = p + mo_vm->source_len;
    for (int l = 1; l < lineno; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) return false;
        p = nl + 1;
    }
    if (p >= end) return false;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    const char *e = nl ? nl : end;
    if (e > p && e[-1] == '\r') e--;
    *start = p;
    *len = (size_t)(e - p);
    return true;
}

/* Number of code points in the first n bytes of UTF-8 text s. */
static int64_t char_offset(const char *s, size_t n) {
    int64_t c = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xc0) != 0x80) c++;
    return c;
}

static bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\f'; }

/* CPython 3.11's caret line under the failing expression (tb_displayline): `line` is the whole
 * source line (n bytes), `indent` the number of leading whitespace bytes stripped for display. */
static bool put_carets(Ctx *c, MoTraceback *tb, const char *line, size_t n, size_t indent) {
    MoStrBuf *b = c->b;
    MoCode *co = MO_CODE(tb->code);
    if (tb->lasti < 0 || !co->positions || (uint32_t)tb->lasti >= co->ncode) return true;
    const MoPosition *pos = &co->positions[tb->lasti];
    if (pos->line != tb->lineno || pos->line < 0 || pos->end_line < 0 || pos->col < 0 || pos->end_col < 0)
        return true;
    if ((size_t)pos->col > n) return true;
    int64_t start = char_offset(line, (size_t)pos->col);
    int64_t end;
    int64_t left = -1, right = -1;
    const char *primary = "^", *secondary = "^";
    if (pos->line == pos->end_line) {
        if ((size_t)pos->end_col > n) return true;
        end = char_offset(line, (size_t)pos->end_col);
        int32_t a = pos->anchor_a, bb = pos->anchor_b;
        if (pos->anchor_kind == 1 && a >= pos->col && bb <= pos->end_col && a <= bb) {
            for (int32_t i = a; i < bb; i++) {
                if (is_ws(line[i])) continue;
                left = i;
                right = i + 1;
                if (i + 1 < bb && !is_ws(line[i + 1])) right++;
                if (i + 1 < bb && line[i] == ')') continue;
                primary = "~";
                secondary = "^";
                break;
            }
        } else if (pos->anchor_kind == 2 && a >= pos->col && bb < pos->end_col && a <= bb) {
            int64_t l = a, r = (int64_t)bb + 1, len = pos->end_col;
            while (l < len && line[l] != '[') l++;
            while (r < len && line[r] != ']') r++;
            if (r < len) r++;
            left = l;
            right = r;
            primary = "~";
            secondary = "^";
        }
        if (left >= 0) left = char_offset(line, (size_t)left);
        if (right >= 0) right = char_offset(line, (size_t)right);
    } else {
        size_t i = n;
        while (i > 0 && (is_ws(line[i - 1]) || line[i - 1] == '\r' || line[i - 1] == '\n')) i--;
        end = char_offset(line, i);
    }
    int64_t stripped_len = char_offset(line, n) - (int64_t)indent;
    bool special = left != -1 || right != -1;
    if (end - start == stripped_len && !special) return true;
    if (end <= start) return true;
    if (!put_margin(c)) return false;
    for (int64_t off = (int64_t)indent - 4 + 1; off <= end; off++) {
        const char *ch = off <= start ? " " : (special && left < off && off <= right) ? secondary : primary;
        if (!put(b, ch)) return false;
    }
    return put(b, "\n");
}

static bool put_entry(Ctx *c, MoTraceback *tb) {
    MoStrBuf *b = c->b;
    MoCode *co = MO_CODE(tb->code);
    if (!put_margin(c) || !put(b, "  File \"") || !mo_strbuf_append_obj(b, co->filename) || !put(b, "\", line ") ||
        !put_int(b, tb->lineno) || !put(b, ", in ") || !mo_strbuf_append_obj(b, co->name) || !put(b, "\n"))
        return false;
    const char *line;
    size_t n;
    if (!source_line(co->filename, tb->lineno, &line, &n)) return true;
    size_t indent = 0;
    while (indent < n && is_ws(line[indent])) indent++;
    if (!put_margin(c) || !put(b, "    ") || !mo_strbuf_append(b, line + indent, n - indent) || !put(b, "\n"))
        return false;
    return put_carets(c, tb, line, n, indent);
}

static bool put_repeated(Ctx *c, int cnt) {
    MoStrBuf *b = c->b;
    cnt -= TB_RECURSIVE_CUTOFF;
    return put_margin(c) && put(b, "  [Previous line repeated ") && put_int(b, cnt) &&
           put(b, cnt > 1 ? " more times]\n" : " more time]\n");
}

/* The header and entries of a traceback (_PyTraceBack_Print_Indented); a group's header says
 * "Exception Group Traceback" and, at the outermost group, starts with "+ " instead of "| ". */
static bool put_traceback(Ctx *c, MoObject *tbo, bool group) {
    MoStrBuf *b = c->b;
    for (int i = 0; i < 2 * c->depth; i++)
        if (!put(b, " ")) return false;
    if (!put(b, !c->depth ? "" : group && c->depth == 1 ? "+ " : "| ")) return false;
    if (!put(b, group ? "Exception Group Traceback (most recent call last):\n" : "Traceback (most recent call last):\n"))
        return false;
    size_t depth = 0;
    for (MoObject *t = tbo; t; t = ((MoTraceback *)t)->next) depth++;
    MoObject *t = tbo;
    while (depth > TB_LIMIT) {
        t = ((MoTraceback *)t)->next;
        depth--;
    }
    MoObject *last_file = NULL, *last_name = NULL;
    int last_line = -1, cnt = 0;
    for (; t; t = ((MoTraceback *)t)->next) {
        MoTraceback *tb = (MoTraceback *)t;
        MoCode *co = MO_CODE(tb->code);
        if (!last_file || !mo_str_eq(co->filename, last_file) || last_line == -1 || tb->lineno != last_line ||
            !last_name || !mo_str_eq(co->name, last_name)) {
            if (cnt > TB_RECURSIVE_CUTOFF && !put_repeated(c, cnt)) return false;
            last_file = co->filename;
            last_line = tb->lineno;
            last_name = co->name;
            cnt = 0;
        }
        cnt++;
        if (cnt <= TB_RECURSIVE_CUTOFF && !put_entry(c, tb)) return false;
    }
    if (cnt > TB_RECURSIVE_CUTOFF && !put_repeated(c, cnt)) return false;
    return true;
}

/* An attribute stored in an exception's dict (exceptions.c keeps class attributes there). */
static MoObject *exc_attr(MoObject *exc, const char *name) {
    MoObject *d = MO_EXC(exc)->dict;
    return d ? mo_dict_get_str(d, name) : NULL;
}

static bool as_ssize(MoObject *v, int64_t *out) {
    if (!v || !MO_INT_CHECK(v)) return false;
    if (mo_int_as_i64(v, out) < 0) {
        mo_err_clear();
        return false;
    }
    return true;
}

/* CPython's print_error_text: the source text and a caret line; offsets are 1-based. */
static bool put_error_text(MoStrBuf *b, int64_t offset, int64_t end_offset, const char *text) {
    int64_t reps = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
    offset--;
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        offset--;
    }
    int64_t len = (int64_t)strlen(text);
    if (len > 0 && text[len - 1] == '\n') len--;
    if (offset > len) offset = len;
    for (;;) {
        const char *nl = strchr(text, '\n');
        if (!nl) break;
        int64_t inl = nl - text;
        if (inl >= offset) break;
        inl += 1;
        text += inl;
        len -= inl;
        offset -= inl;
    }
    if (!put(b, "    ") || !put(b, text)) return false;
    if (text[len] != '\n' && !put(b, "\n")) return false;
    if (offset < 0) return true;
    if (!put(b, "    ")) return false;
    while (--offset >= 0)
        if (!put(b, " ")) return false;
    for (int64_t i = 0; i < reps; i++)
        if (!put(b, "^")) return false;
    return put(b, "\n");
}

/* CPython's print_exception_file_and_line: for a SyntaxError with a location, prints the
 * location block and sets *message to the msg attribute (borrowed) printed instead of str(). */
static bool put_syntax_location(Ctx *c, MoObject *exc, MoObject **message) {
    MoStrBuf *b = c->b;
    *message = NULL;
    if (!mo_isinstance_type(exc, &mo_SyntaxError) || !exc_attr(exc, "print_file_and_line")) return true;
    MoObject *msg = exc_attr(exc, "msg");
    MoObject *filename = exc_attr(exc, "filename");
    MoObject *text = exc_attr(exc, "text");
    int64_t lineno, offset = -1, end_lineno, end_offset = -1;
    if (!msg || !filename || !text) return true;
    if (!as_ssize(exc_attr(exc, "lineno"), &lineno)) return true;
    MoObject *v = exc_attr(exc, "offset");
    if (!v) return true;
    if (v != mo_None && !as_ssize(v, &offset)) return true;
    end_lineno = lineno;
    if (MO_TYPE(exc) == &mo_SyntaxError) {
        v = exc_attr(exc, "end_lineno");
        if (v && v != mo_None && !as_ssize(v, &end_lineno)) return true;
        v = exc_attr(exc, "end_offset");
        if (v && v != mo_None && !as_ssize(v, &end_offset)) return true;
    }
    MoObject *fs = filename == mo_None ? mo_str_from_cstr("<string>") : mo_str(filename);
    if (!fs) return false;
    bool ok = put_margin(c) && put(b, "  File \"") && mo_strbuf_append_obj(b, fs) && put(b, "\", line ") && put_int(b, lineno) &&
              put(b, "\n");
    mo_decref(fs);
    if (!ok) return false;
    if (text != mo_None && MO_STR_CHECK(text)) {
        const char *line = MO_STR_UTF8(text);
        int64_t line_size = (int64_t)MO_STR_NBYTES(text);
        if (end_lineno > lineno) end_offset = line_size;
        if (end_offset > line_size + 1) end_offset = line_size + 1;
        if (!put_error_text(b, offset, end_offset, line)) return false;
    }
    *message = msg;
    return true;
}

/* The class name as the last line shows it: module-qualified outside builtins and __main__. */
static bool put_type_name(MoStrBuf *b, MoType *t) {
    if (!(t->flags & MO_TPFLAG_HEAPTYPE) || !t->dict) return put(b, t->name);
    MoObject *mod = mo_dict_get_str(t->dict, "__module__");
    if (mod && MO_STR_CHECK(mod) && !mo_str_eq_cstr(mod, "builtins") && !mo_str_eq_cstr(mod, "__main__")) {
        if (!mo_strbuf_append_obj(b, mod) || !put(b, ".")) return false;
    }
    MoObject *q = mo_dict_get_str(t->dict, "__qualname__");
    if (q && MO_STR_CHECK(q)) return mo_strbuf_append_obj(b, q);
    return put(b, t->name);
}

MoObject *mo_exception_type_name(MoType *t) {
    MoStrBuf b;
    mo_strbuf_init(&b);
    if (!put_type_name(&b, t)) {
        mo_strbuf_free(&b);
        return NULL;
    }
    return mo_strbuf_finish(&b);
}

/* Defined by import.c without a header declaration: a module of this run's cache (borrowed) or NULL. */
extern MoObject *mo_modules_lookup_cached(const char *name);

/* The globals of the code an innermost traceback entry ran (borrowed) or NULL: entries keep no
 * frame, so they are found from the file name, "<frozen NAME>" being the embedded module NAME and
 * anything else the program itself (eval/exec with their own globals are the one miss). */
static MoObject *code_globals(MoCode *co) {
    if (!mo_vm || !co->filename || !MO_STR_CHECK(co->filename)) return NULL;
    const char *fn = MO_STR_UTF8(co->filename);
    size_t n = MO_STR_NBYTES(co->filename);
    static const char frozen[] = "<frozen ";
    if (n > sizeof frozen && memcmp(fn, frozen, sizeof frozen - 1) == 0 && fn[n - 1] == '>') {
        char name[96];
        size_t k = n - sizeof frozen; /* the name between "<frozen " and ">" */
        if (k >= sizeof name) return NULL;
        memcpy(name, fn + sizeof frozen - 1, k);
        name[k] = 0;
        MoObject *mod = mo_modules_lookup_cached(name);
        return mod && mo_module_check(mod) ? mo_module_dict(mod) : NULL;
    }
    return mo_vm->globals;
}

/* CPython 3.11's offer_suggestions_for_name_error: the innermost entry's local variable names
 * (co_varnames: not cell-only or free names), then its globals, then the builtins. */
static MoObject *name_error_suggestion(MoObject *exc) {
    MoObject *d = MO_EXC(exc)->dict;
    MoObject *name = d ? mo_dict_get_str(d, "name") : NULL;
    MoObject *t = MO_EXC(exc)->traceback;
    if (!name || !MO_CHECK_EXACT(name, mo_str_type) || !t || MO_TYPE(t) != &mo_traceback_type) return NULL;
    while (((MoTraceback *)t)->next && MO_TYPE(((MoTraceback *)t)->next) == &mo_traceback_type)
        t = ((MoTraceback *)t)->next;
    MoCode *co = MO_CODE(((MoTraceback *)t)->code);
    MoObject *r = NULL;
    if (co->localnames && co->nlocals) {
        MoObject *locals = mo_tuple_new(co->nlocals);
        if (!locals) {
            mo_err_clear();
            return NULL;
        }
        for (uint32_t i = 0; i < co->nlocals; i++) MO_TUPLE_SET(locals, i, mo_newref(MO_TUPLE_ITEM(co->localnames, i)));
        r = mo_suggest_name(name, locals);
        mo_decref(locals);
    }
    MoObject *g = code_globals(co);
    if (!r && g) r = mo_suggest_name(name, g);
    if (!r && mo_vm && mo_vm->builtins) r = mo_suggest_name(name, mo_vm->builtins);
    return r;
}

/* ". Did you mean: 'x'?" after the message of an AttributeError or a NameError (CPython 3.11's
 * print_exception_suggestions); nothing when no name is close enough. Like 3.11's
 * _Py_Offer_Suggestions, only the exact classes qualify: not UnboundLocalError nor user subclasses. */
static bool put_suggestion(MoStrBuf *b, MoObject *exc) {
    MoObject *s = NULL;
    if (MO_TYPE(exc) == &mo_AttributeError) s = mo_attribute_error_suggestion(exc);
    else if (MO_TYPE(exc) == &mo_NameError) s = name_error_suggestion(exc);
    if (!s) return true;
    bool ok = !MO_STR_CHECK(s) || (put(b, ". Did you mean: '") && mo_strbuf_append_obj(b, s) && put(b, "'?"));
    mo_decref(s);
    return ok;
}

static bool put_chain(Ctx *c, MoObject *exc);

/* CPython's print_exception: traceback, SyntaxError location, "Type: message" and the notes,
 * each line behind the group margin (a multi-line message is written as one piece, as 3.11). */
static bool put_one(Ctx *c, MoObject *exc, bool group) {
    MoStrBuf *b = c->b;
    MoException *e = MO_EXC(exc);
    if (e->traceback && MO_TYPE(e->traceback) == &mo_traceback_type && !put_traceback(c, e->traceback, group))
        return false;
    MoObject *message = NULL;
    if (!put_syntax_location(c, exc, &message)) return false;
    if (!put_margin(c) || !put_type_name(b, MO_TYPE(exc))) return false;
    MoObject *s = message ? mo_str(message) : mo_str(exc);
    if (!s) {
        mo_err_clear();
        if (!put(b, ": <exception str() failed>")) return false;
    } else {
        bool ok = MO_STR_NBYTES(s) == 0 || (put(b, ": ") && mo_strbuf_append_obj(b, s));
        mo_decref(s);
        if (!ok) return false;
    }
    if (!put_suggestion(b, exc) || !put(b, "\n")) return false;
    MoObject *notes = e->notes;
    if (notes && MO_TYPE(notes) == &mo_list_type) {
        for (size_t i = 0; i < MO_LIST_LEN(notes); i++) {
            MoObject *n = MO_LIST_ITEM(notes, i);
            MoObject *ns = MO_STR_CHECK(n) ? mo_newref(n) : mo_str(n);
            if (!ns) {
                mo_err_clear();
                if (!put_margin(c) || !put(b, "<note str() failed>\n")) return false;
                continue;
            }
            const char *p = MO_STR_UTF8(ns), *end = p + MO_STR_NBYTES(ns);
            bool ok = true;
            do {
                const char *nl = memchr(p, '\n', (size_t)(end - p));
                const char *stop = nl ? nl : end;
                ok = put_margin(c) && mo_strbuf_append(b, p, (size_t)(stop - p)) && put(b, "\n");
                p = nl ? nl + 1 : end;
            } while (ok && p < end);
            mo_decref(ns);
            if (!ok) return false;
        }
    }
    return true;
}

/* CPython's print_exception_group: the group itself, then each sub-exception (with its own
 * chain) in a numbered box one level deeper; at most GROUP_WIDTH of them, GROUP_DEPTH deep. */
static bool put_group(Ctx *c, MoObject *exc) {
    MoStrBuf *b = c->b;
    if (c->depth > GROUP_DEPTH) {
        if (!put_margin(c) || !put(b, "... (max_group_depth is ") || !put_int(b, GROUP_DEPTH) || !put(b, ")\n"))
            return false;
        return true;
    }
    if (c->depth == 0) c->depth++;
    if (!put_one(c, exc, true)) return false;
    MoObject *excs = exc_attr(exc, "exceptions");
    size_t num = excs && MO_TYPE(excs) == &mo_tuple_type ? MO_TUPLE_LEN(excs) : 0;
    size_t n = num <= GROUP_WIDTH ? num : GROUP_WIDTH + 1;
    c->need_close = false;
    for (size_t i = 0; i < n; i++) {
        bool last = i == n - 1;
        if (last) c->need_close = true;
        for (int k = 0; k < 2 * c->depth; k++)
            if (!put(b, " ")) return false;
        bool truncated = i >= GROUP_WIDTH;
        if (!put(b, i == 0 ? "+-" : "  ") || !put(b, "+---------------- ")) return false;
        if (truncated ? !put(b, "...") : !put_int(b, (int64_t)i + 1)) return false;
        if (!put(b, " ----------------\n")) return false;
        c->depth++;
        if (!truncated) {
            MoObject *sub = MO_TUPLE_ITEM(excs, i);
            if (MO_EXC_CHECK(sub) && !put_chain(c, sub)) return false;
        } else {
            size_t more = num - GROUP_WIDTH;
            if (!put_margin(c) || !put(b, "and ") || !put_int(b, (int64_t)more) ||
                !put(b, more > 1 ? " more exceptions\n" : " more exception\n"))
                return false;
        }
        if (last && c->need_close) {
            for (int k = 0; k < 2 * c->depth; k++)
                if (!put(b, " ")) return false;
            if (!put(b, "+------------------------------------\n")) return false;
            c->need_close = false;
        }
        c->depth--;
    }
    if (c->depth == 1) c->depth--;
    return true;
}

static bool seen_has(Ctx *c, MoObject *o) {
    for (size_t i = 0; i < c->nseen; i++)
        if (c->seen[i] == o) return true;
    return false;
}

static bool seen_add(Ctx *c, MoObject *o) {
    if (c->nseen == c->capseen) {
        size_t cap = c->capseen ? 2 * c->capseen : 16;
        MoObject **grown = mo_realloc(c->seen, cap * sizeof *grown);
        if (!grown) return false;
        c->seen = grown;
        c->capseen = cap;
    }
    c->seen[c->nseen++] = o;
    return true;
}

/* Prints the chain oldest first, as CPython's print_exception_recursive does (CPython itself
 * dies of C recursion somewhere past a thousand links; we stop following them at CHAIN_MAX).
 * An exception printed once (anywhere in this report) is not followed again. */
static bool put_chain(Ctx *c, MoObject *exc) {
    MoObject **chain = mo_alloc(CHAIN_MAX * sizeof *chain);
    const char **links = mo_alloc(CHAIN_MAX * sizeof *links);
    if (!chain || !links) {
        mo_free(chain);
        mo_free(links);
        return false;
    }
    size_t n = 0;
    MoObject *cur = exc;
    bool ok = true;
    while (cur && n < CHAIN_MAX && (ok = seen_add(c, cur))) {
        chain[n] = cur;
        links[n] = NULL;
        MoException *e = MO_EXC(cur);
        MoObject *next = NULL;
        if (e->cause && MO_EXC_CHECK(e->cause)) {
            if (!seen_has(c, e->cause)) {
                next = e->cause;
                links[n] = "The above exception was the direct cause of the following exception:\n";
            }
        } else if (e->context && !e->suppress_context && MO_EXC_CHECK(e->context) && !seen_has(c, e->context)) {
            next = e->context;
            links[n] = "During handling of the above exception, another exception occurred:\n";
        }
        n++;
        cur = next;
    }
    /* A chained exception's printing may close a group box; CPython's print_chained restores
     * need_close afterwards so the box of the exception it leads to closes instead. */
    bool need_close = c->need_close;
    for (size_t i = n; ok && i-- > 0;) {
        MoObject *x = chain[i];
        ok = mo_isinstance_type(x, &mo_BaseExceptionGroup) ? put_group(c, x) : put_one(c, x, false);
        if (ok && i > 0) {
            c->need_close = need_close;
            ok = put_margin(c) && put(c->b, "\n") && put_margin(c) && put(c->b, links[i - 1]) && put_margin(c) &&
                 put(c->b, "\n");
        }
    }
    mo_free(chain);
    mo_free(links);
    return ok;
}

MoObject *mo_traceback_format(MoObject *exc) {
    MoStrBuf b;
    mo_strbuf_init(&b);
    if (!exc || !MO_EXC_CHECK(exc)) {
        put(&b, "TypeError: print_exception(): Exception expected for value, ");
        put(&b, exc ? MO_TYPE(exc)->name : "NoneType");
        put(&b, " found\n");
    } else {
        Ctx c = {&b, NULL, 0, 0, 0, false};
        bool ok = put_chain(&c, exc);
        mo_free(c.seen);
        if (!ok) {
            mo_strbuf_free(&b);
            return NULL;
        }
    }
    if (b.failed) {
        mo_strbuf_free(&b);
        return mo_err_nomemory();
    }
    return mo_strbuf_finish(&b);
}
