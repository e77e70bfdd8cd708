/* Death tests of the debug-build assertions (issue 4, "Memory safety"): in a Debug build
 * (MOAT_DEBUG) natively without AddressSanitizer, a refcount that drops once too often, a block
 * freed twice and an object freed while still tracked must abort the process with a message
 * naming the bug (src/core/alloc.c mo_debug_fail, the quarantine of freed blocks, and the checks
 * in src/core/gc.c mo_dealloc / mo_object_free), not corrupt memory quietly.
 *
 * Each case runs in a forked child; the parent checks that the child died of SIGABRT and that its
 * stderr holds the expected message. A control case (balanced references) must exit normally, so
 * the harness itself is checked. Under ASan the same bugs are ASan reports (and the sanitizer stage
 * counts every report as a failure), and release builds have no such checks: both skip. */
#define _POSIX_C_SOURCE 200809L

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/alloc.h"
#include "core/object.h"
#include "core/state.h"
#include "moat.h"

#ifdef MO_DEBUG_QUARANTINE

static int passed, failed;

#define CHECK(cond, ...)                                                        \
    do {                                                                        \
        if (cond) {                                                             \
            passed++;                                                           \
        } else {                                                                \
            failed++;                                                           \
            fprintf(stderr, "%s:%d: check failed: %s: ", __FILE__, __LINE__, #cond); \
            fprintf(stderr, __VA_ARGS__);                                       \
            fprintf(stderr, "\n");                                              \
        }                                                                       \
    } while (0)

/* The child's side: a run state to allocate in, then the bug. */
static Moat *begin(void)
{
    Moat *m = moat_new();
    mo_vm = (MoVM *)m;
    return m;
}

static void balanced(void)
{
    begin();
    MoObject *l = mo_list_new(0);
    mo_incref(l);
    mo_decref(l);
    mo_decref(l);
    void *p = mo_alloc(32);
    mo_free(p);
}

static void double_decref(void)
{
    begin();
    MoObject *l = mo_list_new(0); /* a tracked container */
    mo_decref(l);
    mo_decref(l); /* one too many */
}

static void double_decref_untracked(void)
{
    begin();
    MoObject *f = mo_float_new(1.5); /* a plain object */
    mo_decref(f);
    mo_decref(f);
}

static void double_free(void)
{
    begin();
    void *p = mo_alloc(48);
    mo_free(p);
    mo_free(p);
}

static void realloc_after_free(void)
{
    begin();
    void *p = mo_alloc(16);
    mo_free(p);
    (void)!mo_realloc(p, 64);
}

static void dealloc_nonzero(void)
{
    begin();
    MoObject *l = mo_list_new(0);
    mo_incref(l);
    mo_dealloc(l); /* refcount 2: whoever called this dropped references it did not own */
}

/* Runs `fn` in a child; returns its wait status and its stderr in buf. */
static int run_child(void (*fn)(void), char *buf, size_t cap)
{
    int fds[2];
    if (pipe(fds) != 0) return -1;
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        dup2(fds[1], 2);
        fn();
        _exit(0);
    }
    close(fds[1]);
    size_t n = 0;
    ssize_t k;
    while (n + 1 < cap && (k = read(fds[0], buf + n, cap - 1 - n)) > 0) n += (size_t)k;
    buf[n] = 0;
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    return status;
}

static void expect_abort(const char *name, void (*fn)(void), const char *message)
{
    char err[4096];
    int st = run_child(fn, err, sizeof err);
    CHECK(WIFSIGNALED(st) && WTERMSIG(st) == SIGABRT, "%s: the child did not abort (status 0x%x, stderr: %s)", name,
          st, err);
    CHECK(strstr(err, "moat: internal error: ") && strstr(err, message), "%s: stderr is \"%s\", want \"%s\"", name,
          err, message);
}

int main(void)
{
    char err[4096];
    int st = run_child(balanced, err, sizeof err);
    CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0 && err[0] == 0, "balanced references: status 0x%x, stderr %s", st, err);
    expect_abort("double decref of a list", double_decref, "mo_dealloc: object freed twice");
    expect_abort("double decref of a float", double_decref_untracked, "mo_dealloc: object freed twice");
    expect_abort("double free", double_free, "mo_free: block freed twice");
    expect_abort("realloc after free", realloc_after_free, "mo_realloc: block already freed");
    expect_abort("dealloc with references left", dealloc_nonzero, "mo_dealloc: refcount is not zero");
    printf("test_debug_asserts: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}

#else

int main(void)
{
    printf("test_debug_asserts: skipped (needs a native Debug build without AddressSanitizer)\n");
    return 0;
}

#endif
