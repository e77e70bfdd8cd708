/* Unit tests of the wasm raw allocator (the memory.grow arena in src/core/alloc.c), built natively
 * over a static array: alloc.c is included here with its public names renamed so that they do not
 * clash with the library's copy, and the static raw_* functions are tested directly. */
#include <stdio.h>
#include <string.h>

#define MOAT_ALLOC_ARENA_TEST 1
#define MOAT_ALLOC_ARENA_TEST_PAGES 512 /* 32 MiB */
#define mo_alloc arena_mo_alloc
#define mo_calloc arena_mo_calloc
#define mo_realloc arena_mo_realloc
#define mo_free arena_mo_free
#define mo_mem_check arena_mo_mem_check
#define mo_alloc_overhead arena_mo_alloc_overhead
#define mo_alloc_release_all arena_mo_alloc_release_all
#define mo_alloc_live_blocks arena_mo_alloc_live_blocks
#define mo_object_new arena_mo_object_new
#define mo_object_new_size arena_mo_object_new_size
#include "../../src/core/alloc.c"

static int passed, failed;

#define CHECK(cond)                                                             \
    do {                                                                        \
        if (cond) passed++;                                                     \
        else {                                                                  \
            failed++;                                                           \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                       \
    } while (0)

static uint32_t rng = 12345;
static uint32_t next_rand(void)
{
    rng = rng * 1103515245u + 12345u;
    return rng >> 8;
}

int main(void)
{
    enum { N = 4000 };
    static unsigned char *ptrs[N];
    static size_t sizes[N];
    raw_init();
    uintptr_t start_top = raw_top;

    /* Alignment and contents survive. */
    for (int i = 0; i < N; i++) {
        sizes[i] = next_rand() % (i % 10 == 0 ? 20000 : 300);
        ptrs[i] = raw_malloc(sizes[i]);
        CHECK(ptrs[i] != NULL);
        CHECK(((uintptr_t)ptrs[i] & 15) == 0);
        memset(ptrs[i], i & 0xff, sizes[i]);
    }
    int ok = 1;
    for (int i = 0; i < N; i++)
        for (size_t j = 0; j < sizes[i]; j++) ok &= ptrs[i][j] == (unsigned char)(i & 0xff);
    CHECK(ok);

    /* Free everything, then many rounds of random churn: the top must stay bounded. */
    uintptr_t first_peak = raw_top, max_top = raw_top;
    for (int i = 0; i < N; i++) raw_free(ptrs[i]);
    for (int round = 0; round < 200; round++) {
        for (int i = 0; i < N; i++) {
            sizes[i] = next_rand() % (i % 10 == 0 ? 20000 : 300);
            ptrs[i] = raw_malloc(sizes[i]);
            if (!ptrs[i]) { ok = 0; break; }
            memset(ptrs[i], 0xab, sizes[i]);
        }
        for (int i = 0; i < N; i++) {
            if (next_rand() % 2) {
                unsigned char *q = raw_realloc(ptrs[i], sizes[i] * 2 + 1);
                if (!q) { ok = 0; break; }
                ptrs[i] = q;
            }
        }
        if (raw_top > max_top) max_top = raw_top;
        for (int i = 0; i < N; i++) raw_free(ptrs[i]);
    }
    CHECK(ok);
    CHECK(max_top - start_top <= 4 * (first_peak - start_top));

    /* Large blocks coalesce: freeing neighbours gives the top back. */
    uintptr_t t0 = raw_top;
    void *a = raw_malloc(100000), *b = raw_malloc(100000), *c = raw_malloc(100000);
    CHECK(a && b && c);
    raw_free(b);
    raw_free(a);
    raw_free(c);
    CHECK(raw_top <= t0);
    void *big = raw_malloc(290000);
    CHECK(big != NULL);
    raw_free(big);

    /* Growing the last block happens in place. */
    unsigned char *g = raw_malloc(3000000);
    memset(g, 7, 3000000);
    unsigned char *g2 = raw_realloc(g, 3500000);
    CHECK(g2 == g);
    CHECK(g2[2999999] == 7);
    raw_free(g2);

    /* Past the arena's ceiling memory.grow fails and the allocation returns NULL. */
    CHECK(raw_malloc((size_t)64 << 20) == NULL);
    CHECK(raw_malloc((size_t)-1 / 2) == NULL);
    void *small = raw_malloc(10);
    CHECK(small != NULL);
    raw_free(small);
    /* Freeing twice is ignored, not corrupting. */
    raw_free(small);
    void *s1 = raw_malloc(10), *s2 = raw_malloc(10);
    CHECK(s1 != s2);

    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
