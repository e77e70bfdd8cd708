/*
 * test_match.c: the `match` statement through the public API: its compile-time SyntaxErrors
 * (compile_match.c) arrive as ordinary run errors (message as str(SyntaxError)), and a match-heavy program either finishes with
 * the right output or stops cleanly at the memory limit, whatever the limit (the pattern checks
 * and the MATCH_* instructions allocate on their failure-free paths too).
 */
#include "test_api_util.h"

static const char *const program =
    "class P:\n"
    "    __match_args__ = ('x', 'y')\n"
    "    def __init__(self, x, y):\n"
    "        self.x, self.y = x, y\n"
    "def f(v):\n"
    "    match v:\n"
    "        case [1, *rest] | (2, *rest):\n"
    "            return ('seq', rest)\n"
    "        case {'k': [a, b], **more} if a < b:\n"
    "            return ('map', a, b, more)\n"
    "        case P(0, y=yy) | P(x=yy, y=0):\n"
    "            return ('p', yy)\n"
    "        case str() as s:\n"
    "            return ('s', s)\n"
    "        case _:\n"
    "            return 'other'\n"
    "out = [f(v) for v in ([1, 2, 3], (2,), {'k': [1, 2], 'z': 0}, P(0, 5), P(7, 0), 'x', 9)]\n"
    "print(out)\n";

static const char *const expected =
    "[('seq', [2, 3]), ('seq', []), ('map', 1, 2, {'z': 0}), ('p', 5), ('p', 7), ('s', 'x'), 'other']\n";

static void test_runs(void) {
    Moat *m = moat_new();
    Output out = {.len = 0};
    moat_set_writer(m, collect, &out);
    CHECK(run_src(m, NULL, program) == MOAT_DONE);
    CHECK(strcmp(out.text, expected) == 0);
    moat_free(m);
}

static void expect_syntax_error(const char *src, const char *message) {
    Moat *m = moat_new();
    MoatStatus st = run_src(m, NULL, src);
    CHECK(st == MOAT_ERROR);
    CHECK(strcmp(result_text(m, "type"), "SyntaxError") == 0);
    if (strcmp(result_text(m, "message"), message) != 0) {
        fprintf(stderr, "  got message '%s', want '%s'\n", result_text(m, "message"), message);
        failures++;
    }
    moat_free(m);
}

static void test_syntax_errors(void) {
    expect_syntax_error("match 1:\n    case [x] | [y]:\n        pass\n", "alternative patterns bind different names (<string>, line 2)");
    expect_syntax_error("match 1:\n    case x:\n        pass\n    case 2:\n        pass\n",
                        "name capture 'x' makes remaining patterns unreachable (<string>, line 2)");
    expect_syntax_error("match 1:\n    case 1 | _ | 2:\n        pass\n", "wildcard makes remaining patterns unreachable (<string>, line 2)");
    expect_syntax_error("match 1:\n    case [a, {'k': a}]:\n        pass\n", "multiple assignments to name 'a' in pattern (<string>, line 2)");
    expect_syntax_error("match 1:\n    case {1: a, 1.0: b}:\n        pass\n", "mapping pattern checks duplicate key (1.0) (<string>, line 2)");
    expect_syntax_error("match 1:\n    case C(a=1, b=2, a=3):\n        pass\n", "attribute name repeated in class pattern: a (<string>, line 2)");
    /* The first error in source order wins: case bodies are compiled between the patterns. */
    expect_syntax_error("match 1:\n    case 1:\n        match 2:\n            case y | z:\n                pass\n"
                        "    case x | w:\n        pass\n",
                        "name capture 'y' makes remaining patterns unreachable (<string>, line 4)");
}

static void test_memory_limits(void) {
    /* Fine steps, so that the limit fires at many different allocations; stop once the program
     * has finished a few limits in a row. */
    size_t done = 0, in_a_row = 0;
    for (int64_t limit = 8 * 1024; limit <= 4 * 1024 * 1024 && in_a_row < 8; limit += 48) {
        Moat *m = moat_new();
        Output out = {.len = 0};
        moat_set_writer(m, collect, &out);
        Buf cfg;
        config_with(&cfg, "memory_bytes", limit, NULL, 0);
        MoatStatus st = run_src(m, &cfg, program);
        if (st == MOAT_DONE) {
            CHECK(strcmp(out.text, expected) == 0);
            done++;
            in_a_row++;
        } else if (st != MOAT_LIMIT || strcmp(result_text(m, "kind"), "memory") != 0) {
            fprintf(stderr, "  memory_bytes %lld: status %d type '%s' message '%s'\n", (long long)limit, (int)st,
                    result_text(m, "type"), result_text(m, "message"));
            failures++;
        } else {
            in_a_row = 0;
        }
        moat_free(m);
    }
    /* The loop must have reached a limit that is enough. */
    CHECK(done > 0);
}

int main(void) {
    test_runs();
    test_syntax_errors();
    test_memory_limits();
    if (failures) {
        fprintf(stderr, "test_match: %d failure(s)\n", failures);
        return 1;
    }
    printf("test_match: ok\n");
    return 0;
}
