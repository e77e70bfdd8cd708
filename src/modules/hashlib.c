/*
 * hashlib.c: the C part of the hashlib module: MD5 (RFC 1321), SHA-1 and the SHA-2 family
 * (FIPS 180-4: SHA-224, SHA-256, SHA-384, SHA-512, SHA-512/224, SHA-512/256), SHA-3 and SHAKE
 * (FIPS 202), the hash object types `_hashlib.HASH` and `_hashlib.HASHXOF` (SHAKE: digest(length)),
 * the constructors `openssl_md5` ... `openssl_shake_256` (CPython's names, which its error messages
 * show), `new` (wrapped by py/hashlib.py as CPython wraps it) and `pbkdf2_hmac` (RFC 8018 section
 * 5.2 with HMAC from RFC 2104). Written from those specifications.
 *
 * One engine serves every algorithm: a state holds the chaining words (or the Keccak lanes), a
 * partial block and the message length; `compress` runs whole blocks; finishing pads a copy of the state, so digest()
 * can be called any number of times and update() can go on afterwards, as in CPython.
 *
 * Hashing is C work that runs no VM instruction, so it is paced here (DESIGN.md section 4): every
 * compressed block counts as one instruction against the instruction limit, and the clock is read
 * every MOAT_HASH_CLOCK_BLOCKS blocks. Hashing huge data is bounded by the memory limit anyway (the
 * data must exist first); pbkdf2_hmac with a huge iteration count is what the pacing stops.
 *
 * The round constants were computed with exact integer arithmetic from their definitions (the
 * fractional bits of square and cube roots of primes, FIPS 180-4 sections 4.2 and 5.3; the
 * integer part of 2^32 * |sin(i)|, RFC 1321 section 3.4) and are checked by the known-answer tests
 * (tests/c/test_hashlib.c, tests/python/mod_hashlib_*.py).
 *
 * Hash objects hold no references, so the type is not a GC container.
 */
#include <string.h>

#include "../config.h"
#include "../core/state.h"
#include "../objects/typesutil.h"
#include "hashlib.h"
#include "modules.h"

/* ---- the algorithms ------------------------------------------------------------------------- */

enum { FAM_MD5, FAM_SHA1, FAM_SHA256, FAM_SHA512, FAM_SHA3, FAM_SHAKE };

struct MoHashAlgo {
    const char *name;
    uint8_t family;
    uint8_t digest_size;
    uint8_t block_size;
    const void *iv; /* uint32_t[8] or uint64_t[8] */
};

static const uint32_t iv_md5_sha1[8] = {0x67452301u, 0xefcdab89u, 0x98badcfeu, 0x10325476u, 0xc3d2e1f0u};
static const uint32_t iv_sha256[8] = {0x6a09e667u, 0xbb67ae85u, 0x3c6ef372u, 0xa54ff53au,
                                      0x510e527fu, 0x9b05688cu, 0x1f83d9abu, 0x5be0cd19u};
static const uint32_t iv_sha224[8] = {0xc1059ed8u, 0x367cd507u, 0x3070dd17u, 0xf70e5939u,
                                      0xffc00b31u, 0x68581511u, 0x64f98fa7u, 0xbefa4fa4u};
static const uint64_t iv_sha512[8] = {0x6a09e667f3bcc908ull, 0xbb67ae8584caa73bull, 0x3c6ef372fe94f82bull,
                                      0xa54ff53a5f1d36f1ull, 0x510e527fade682d1ull, 0x9b05688c2b3e6c1full,
                                      0x1f83d9abfb41bd6bull, 0x5be0cd19137e2179ull};
static const uint64_t iv_sha384[8] = {0xcbbb9d5dc1059ed8ull, 0x629a292a367cd507ull, 0x9159015a3070dd17ull,
                                      0x152fecd8f70e5939ull, 0x67332667ffc00b31ull, 0x8eb44a8768581511ull,
                                      0xdb0c2e0d64f98fa7ull, 0x47b5481dbefa4fa4ull};
/* SHA-512/t: FIPS 180-4 section 5.3.6 derives these from SHA-512 itself; computed on first use. */
static uint64_t iv_sha512_224[8], iv_sha512_256[8];
static bool iv_sha512_t_ready;

static const MoHashAlgo algos[] = {
    {"md5", FAM_MD5, 16, 64, iv_md5_sha1},
    {"sha1", FAM_SHA1, 20, 64, iv_md5_sha1},
    {"sha224", FAM_SHA256, 28, 64, iv_sha224},
    {"sha256", FAM_SHA256, 32, 64, iv_sha256},
    {"sha384", FAM_SHA512, 48, 128, iv_sha384},
    {"sha512", FAM_SHA512, 64, 128, iv_sha512},
    {"sha512_224", FAM_SHA512, 28, 128, iv_sha512_224},
    {"sha512_256", FAM_SHA512, 32, 128, iv_sha512_256},
    /* FIPS 202: the block size is the sponge's rate, 200 bytes minus twice the security level. */
    {"sha3_224", FAM_SHA3, 28, 144, NULL},
    {"sha3_256", FAM_SHA3, 32, 136, NULL},
    {"sha3_384", FAM_SHA3, 48, 104, NULL},
    {"sha3_512", FAM_SHA3, 64, 72, NULL},
    {"shake_128", FAM_SHAKE, 0, 168, NULL},
    {"shake_256", FAM_SHAKE, 0, 136, NULL},
};
enum { ALGO_MD5, ALGO_SHA1, ALGO_SHA224, ALGO_SHA256, ALGO_SHA384, ALGO_SHA512, ALGO_SHA512_224, ALGO_SHA512_256,
       ALGO_SHA3_224, ALGO_SHA3_256, ALGO_SHA3_384, ALGO_SHA3_512, ALGO_SHAKE_128, ALGO_SHAKE_256, ALGO_COUNT };

static const uint32_t k256[64] = {
    0x428a2f98u, 0x71374491u, 0xb5c0fbcfu, 0xe9b5dba5u, 0x3956c25bu, 0x59f111f1u, 0x923f82a4u, 0xab1c5ed5u,
    0xd807aa98u, 0x12835b01u, 0x243185beu, 0x550c7dc3u, 0x72be5d74u, 0x80deb1feu, 0x9bdc06a7u, 0xc19bf174u,
    0xe49b69c1u, 0xefbe4786u, 0x0fc19dc6u, 0x240ca1ccu, 0x2de92c6fu, 0x4a7484aau, 0x5cb0a9dcu, 0x76f988dau,
    0x983e5152u, 0xa831c66du, 0xb00327c8u, 0xbf597fc7u, 0xc6e00bf3u, 0xd5a79147u, 0x06ca6351u, 0x14292967u,
    0x27b70a85u, 0x2e1b2138u, 0x4d2c6dfcu, 0x53380d13u, 0x650a7354u, 0x766a0abbu, 0x81c2c92eu, 0x92722c85u,
    0xa2bfe8a1u, 0xa81a664bu, 0xc24b8b70u, 0xc76c51a3u, 0xd192e819u, 0xd6990624u, 0xf40e3585u, 0x106aa070u,
    0x19a4c116u, 0x1e376c08u, 0x2748774cu, 0x34b0bcb5u, 0x391c0cb3u, 0x4ed8aa4au, 0x5b9cca4fu, 0x682e6ff3u,
    0x748f82eeu, 0x78a5636fu, 0x84c87814u, 0x8cc70208u, 0x90befffau, 0xa4506cebu, 0xbef9a3f7u, 0xc67178f2u,
};

static const uint64_t k512[80] = {
    0x428a2f98d728ae22ull, 0x7137449123ef65cdull, 0xb5c0fbcfec4d3b2full, 0xe9b5dba58189dbbcull,
    0x3956c25bf348b538ull, 0x59f111f1b605d019ull, 0x923f82a4af194f9bull, 0xab1c5ed5da6d8118ull,
    0xd807aa98a3030242ull, 0x12835b0145706fbeull, 0x243185be4ee4b28cull, 0x550c7dc3d5ffb4e2ull,
    0x72be5d74f27b896full, 0x80deb1fe3b1696b1ull, 0x9bdc06a725c71235ull, 0xc19bf174cf692694ull,
    0xe49b69c19ef14ad2ull, 0xefbe4786384f25e3ull, 0x0fc19dc68b8cd5b5ull, 0x240ca1cc77ac9c65ull,
    0x2de92c6f592b0275ull, 0x4a7484aa6ea6e483ull, 0x5cb0a9dcbd41fbd4ull, 0x76f988da831153b5ull,
    0x983e5152ee66dfabull, 0xa831c66d2db43210ull, 0xb00327c898fb213full, 0xbf597fc7beef0ee4ull,
    0xc6e00bf33da88fc2ull, 0xd5a79147930aa725ull, 0x06ca6351e003826full, 0x142929670a0e6e70ull,
    0x27b70a8546d22ffcull, 0x2e1b21385c26c926ull, 0x4d2c6dfc5ac42aedull, 0x53380d139d95b3dfull,
    0x650a73548baf63deull, 0x766a0abb3c77b2a8ull, 0x81c2c92e47edaee6ull, 0x92722c851482353bull,
    0xa2bfe8a14cf10364ull, 0xa81a664bbc423001ull, 0xc24b8b70d0f89791ull, 0xc76c51a30654be30ull,
    0xd192e819d6ef5218ull, 0xd69906245565a910ull, 0xf40e35855771202aull, 0x106aa07032bbd1b8ull,
    0x19a4c116b8d2d0c8ull, 0x1e376c085141ab53ull, 0x2748774cdf8eeb99ull, 0x34b0bcb5e19b48a8ull,
    0x391c0cb3c5c95a63ull, 0x4ed8aa4ae3418acbull, 0x5b9cca4f7763e373ull, 0x682e6ff3d6b2b8a3ull,
    0x748f82ee5defb2fcull, 0x78a5636f43172f60ull, 0x84c87814a1f0ab72ull, 0x8cc702081a6439ecull,
    0x90befffa23631e28ull, 0xa4506cebde82bde9ull, 0xbef9a3f7b2c67915ull, 0xc67178f2e372532bull,
    0xca273eceea26619cull, 0xd186b8c721c0c207ull, 0xeada7dd6cde0eb1eull, 0xf57d4f7fee6ed178ull,
    0x06f067aa72176fbaull, 0x0a637dc5a2c898a6ull, 0x113f9804bef90daeull, 0x1b710b35131c471bull,
    0x28db77f523047d84ull, 0x32caab7b40c72493ull, 0x3c9ebe0a15c9bebcull, 0x431d67c49c100d4cull,
    0x4cc5d4becb3e42b6ull, 0x597f299cfc657e2aull, 0x5fcb6fab3ad6faecull, 0x6c44198c4a475817ull,
};

static const uint32_t md5_t[64] = {
    0xd76aa478u, 0xe8c7b756u, 0x242070dbu, 0xc1bdceeeu, 0xf57c0fafu, 0x4787c62au, 0xa8304613u, 0xfd469501u,
    0x698098d8u, 0x8b44f7afu, 0xffff5bb1u, 0x895cd7beu, 0x6b901122u, 0xfd987193u, 0xa679438eu, 0x49b40821u,
    0xf61e2562u, 0xc040b340u, 0x265e5a51u, 0xe9b6c7aau, 0xd62f105du, 0x02441453u, 0xd8a1e681u, 0xe7d3fbc8u,
    0x21e1cde6u, 0xc33707d6u, 0xf4d50d87u, 0x455a14edu, 0xa9e3e905u, 0xfcefa3f8u, 0x676f02d9u, 0x8d2a4c8au,
    0xfffa3942u, 0x8771f681u, 0x6d9d6122u, 0xfde5380cu, 0xa4beea44u, 0x4bdecfa9u, 0xf6bb4b60u, 0xbebfbc70u,
    0x289b7ec6u, 0xeaa127fau, 0xd4ef3085u, 0x04881d05u, 0xd9d4d039u, 0xe6db99e5u, 0x1fa27cf8u, 0xc4ac5665u,
    0xf4292244u, 0x432aff97u, 0xab9423a7u, 0xfc93a039u, 0x655b59c3u, 0x8f0ccc92u, 0xffeff47du, 0x85845dd1u,
    0x6fa87e4fu, 0xfe2ce6e0u, 0xa3014314u, 0x4e0811a1u, 0xf7537e82u, 0xbd3af235u, 0x2ad7d2bbu, 0xeb86d391u,
};

static const uint8_t md5_shift[4][4] = {{7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21}};

static inline uint32_t rol32(uint32_t x, unsigned n) { return (x << n) | (x >> (32 - n)); }
static inline uint32_t ror32(uint32_t x, unsigned n) { return (x >> n) | (x << (32 - n)); }
static inline uint64_t ror64(uint64_t x, unsigned n) { return (x >> n) | (x << (64 - n)); }
static inline uint32_t load_be32(const uint8_t *p) {
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}
static inline uint32_t load_le32(const uint8_t *p) {
    return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}
static inline uint64_t load_be64(const uint8_t *p) { return (uint64_t)load_be32(p) << 32 | load_be32(p + 4); }

static void md5_blocks(uint32_t *h, const uint8_t *p, size_t n) {
    for (; n; n--, p += 64) {
        uint32_t m[16];
        for (int i = 0; i < 16; i++) m[i] = load_le32(p + 4 * i);
        uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
        for (int i = 0; i < 64; i++) {
            uint32_t f;
            int g, round = i >> 4;
            switch (round) {
            case 0: f = (b & c) | (~b & d); g = i; break;
            case 1: f = (b & d) | (c & ~d); g = (5 * i + 1) & 15; break;
            case 2: f = b ^ c ^ d; g = (3 * i + 5) & 15; break;
            default: f = c ^ (b | ~d); g = (7 * i) & 15; break;
            }
            uint32_t t = d;
            d = c;
            c = b;
            b = b + rol32(a + f + md5_t[i] + m[g], md5_shift[round][i & 3]);
            a = t;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
    }
}

static void sha1_blocks(uint32_t *h, const uint8_t *p, size_t n) {
    for (; n; n--, p += 64) {
        uint32_t w[80];
        for (int t = 0; t < 16; t++) w[t] = load_be32(p + 4 * t);
        for (int t = 16; t < 80; t++) w[t] = rol32(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
        uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
        for (int t = 0; t < 80; t++) {
            uint32_t f, k;
            if (t < 20) f = (b & c) | (~b & d), k = 0x5a827999u;
            else if (t < 40) f = b ^ c ^ d, k = 0x6ed9eba1u;
            else if (t < 60) f = (b & c) | (b & d) | (c & d), k = 0x8f1bbcdcu;
            else f = b ^ c ^ d, k = 0xca62c1d6u;
            uint32_t tmp = rol32(a, 5) + f + e + k + w[t];
            e = d;
            d = c;
            c = rol32(b, 30);
            b = a;
            a = tmp;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
        h[4] += e;
    }
}

static void sha256_blocks(uint32_t *h, const uint8_t *p, size_t n) {
    for (; n; n--, p += 64) {
        uint32_t w[64];
        for (int t = 0; t < 16; t++) w[t] = load_be32(p + 4 * t);
        for (int t = 16; t < 64; t++) {
            uint32_t s0 = ror32(w[t - 15], 7) ^ ror32(w[t - 15], 18) ^ (w[t - 15] >> 3);
            uint32_t s1 = ror32(w[t - 2], 17) ^ ror32(w[t - 2], 19) ^ (w[t - 2] >> 10);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
        for (int t = 0; t < 64; t++) {
            uint32_t t1 = hh + (ror32(e, 6) ^ ror32(e, 11) ^ ror32(e, 25)) + ((e & f) ^ (~e & g)) + k256[t] + w[t];
            uint32_t t2 = (ror32(a, 2) ^ ror32(a, 13) ^ ror32(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
            hh = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
        h[4] += e;
        h[5] += f;
        h[6] += g;
        h[7] += hh;
    }
}

static void sha512_blocks(uint64_t *h, const uint8_t *p, size_t n) {
    for (; n; n--, p += 128) {
        uint64_t w[80];
        for (int t = 0; t < 16; t++) w[t] = load_be64(p + 8 * t);
        for (int t = 16; t < 80; t++) {
            uint64_t s0 = ror64(w[t - 15], 1) ^ ror64(w[t - 15], 8) ^ (w[t - 15] >> 7);
            uint64_t s1 = ror64(w[t - 2], 19) ^ ror64(w[t - 2], 61) ^ (w[t - 2] >> 6);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
        for (int t = 0; t < 80; t++) {
            uint64_t t1 = hh + (ror64(e, 14) ^ ror64(e, 18) ^ ror64(e, 41)) + ((e & f) ^ (~e & g)) + k512[t] + w[t];
            uint64_t t2 = (ror64(a, 28) ^ ror64(a, 34) ^ ror64(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
            hh = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
        h[4] += e;
        h[5] += f;
        h[6] += g;
        h[7] += hh;
    }
}

/* ---- Keccak-f[1600] (FIPS 202 section 3) ------------------------------------------------------ */

/* The round constants and rotation offsets are generated from their definitions (the rc(t) LFSR of
 * section 3.2.5 and the (t+1)(t+2)/2 offsets of section 3.2.2) once per process. */
static uint64_t keccak_rc[24];
static uint8_t keccak_rot[25];
static uint8_t keccak_dest[25]; /* pi: lane x + 5y moves to y + 5((2x + 3y) mod 5) */
static bool keccak_ready;

static void keccak_tables(void) {
    uint8_t r = 1;
    for (int i = 0; i < 24; i++) {
        uint64_t rc = 0;
        for (int j = 0; j < 7; j++) {
            if (r & 1) rc |= (uint64_t)1 << ((1 << j) - 1);
            r = (uint8_t)((r << 1) ^ ((r & 0x80) ? 0x71 : 0));
        }
        keccak_rc[i] = rc;
    }
    int x = 1, y = 0;
    keccak_rot[0] = 0;
    for (int t = 0; t < 24; t++) {
        keccak_rot[x + 5 * y] = (uint8_t)(((t + 1) * (t + 2) / 2) % 64);
        int nx = y, ny = (2 * x + 3 * y) % 5;
        x = nx;
        y = ny;
    }
    for (x = 0; x < 5; x++)
        for (y = 0; y < 5; y++) keccak_dest[x + 5 * y] = (uint8_t)(y + 5 * ((2 * x + 3 * y) % 5));
    keccak_ready = true;
}

static inline uint64_t rol64(uint64_t v, unsigned n) { return n ? (v << n) | (v >> (64 - n)) : v; }

static void keccak_f(uint64_t *a) {
    for (int round = 0; round < 24; round++) {
        uint64_t c[5], b[25];
        for (int x = 0; x < 5; x++) c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
        for (int x = 0; x < 5; x++) {
            uint64_t d = c[(x + 4) % 5] ^ rol64(c[(x + 1) % 5], 1);
            for (int y = 0; y < 25; y += 5) a[x + y] ^= d;
        }
        for (int i = 0; i < 25; i++) b[keccak_dest[i]] = rol64(a[i], keccak_rot[i]);
        for (int y = 0; y < 25; y += 5)
            for (int x = 0; x < 5; x++) a[x + y] = b[x + y] ^ (~b[(x + 1) % 5 + y] & b[(x + 2) % 5 + y]);
        a[0] ^= keccak_rc[round];
    }
}

static inline uint64_t load_le64(const uint8_t *p) { return (uint64_t)load_le32(p + 4) << 32 | load_le32(p); }

static void keccak_blocks(uint64_t *a, const uint8_t *p, size_t n, size_t rate) {
    for (; n; n--, p += rate) {
        for (size_t i = 0; i < rate / 8; i++) a[i] ^= load_le64(p + 8 * i);
        keccak_f(a);
    }
}

static void compress(MoHashState *s, const uint8_t *p, size_t nblocks) {
    switch (s->algo->family) {
    case FAM_MD5: md5_blocks(s->h.w, p, nblocks); break;
    case FAM_SHA1: sha1_blocks(s->h.w, p, nblocks); break;
    case FAM_SHA256: sha256_blocks(s->h.w, p, nblocks); break;
    case FAM_SHA3:
    case FAM_SHAKE: keccak_blocks(s->h.d, p, nblocks, s->algo->block_size); break;
    default: sha512_blocks(s->h.d, p, nblocks); break;
    }
}

/* ---- pacing against the run's limits --------------------------------------------------------- */

static uint64_t blocks_since_clock;

/* Counts n compressed blocks as n VM instructions and reads the clock every MOAT_HASH_CLOCK_BLOCKS
 * blocks; returns -1 (the limit fired) when the run is over its instruction or time budget. */
static int charge_blocks(size_t n) {
    if (!mo_vm) return 0;
    if (mo_vm->limit_hit != MO_LIMIT_NONE) {
        mo_limit_fire(mo_vm->limit_hit, "run stopped by a limit");
        return -1;
    }
    mo_vm->instr_count += (int64_t)n;
    if (mo_vm->limits.instructions > 0 && mo_vm->instr_count > mo_vm->limits.instructions) {
        mo_limit_fire(MO_LIMIT_INSTRUCTIONS, "instruction limit exceeded");
        return -1;
    }
    blocks_since_clock += n;
    if (blocks_since_clock < MOAT_HASH_CLOCK_BLOCKS) return 0;
    blocks_since_clock = 0;
    if (mo_vm->limits.time_ms <= 0 || !mo_vm->clock) return 0;
    double used = mo_vm->time_used_ms + (mo_vm->clock(mo_vm->clock_ctx) - mo_vm->slice_start_ms);
    if (used > (double)mo_vm->limits.time_ms) {
        mo_limit_fire(MO_LIMIT_TIME, "time limit exceeded");
        return -1;
    }
    return 0;
}

/* ---- the engine ------------------------------------------------------------------------------ */

static void sha512_t_ivs(void);

void mo_hash_init(MoHashState *s, const MoHashAlgo *algo) {
    if ((algo == &algos[ALGO_SHA512_224] || algo == &algos[ALGO_SHA512_256]) && !iv_sha512_t_ready) sha512_t_ivs();
    if ((algo->family == FAM_SHA3 || algo->family == FAM_SHAKE) && !keccak_ready) keccak_tables();
    memset(s, 0, sizeof *s);
    s->algo = algo;
    if (algo->family == FAM_SHA512) memcpy(s->h.d, algo->iv, 8 * sizeof(uint64_t));
    else if (algo->iv) memcpy(s->h.w, algo->iv, sizeof s->h.w);
}

/* Feeds bytes without pacing (for the fixed-size inputs of set-up code). */
static void hash_feed(MoHashState *s, const uint8_t *p, size_t len) {
    size_t bs = s->algo->block_size;
    s->total += len;
    if (s->buflen) {
        size_t take = bs - s->buflen < len ? bs - s->buflen : len;
        memcpy(s->buf + s->buflen, p, take);
        s->buflen += take;
        p += take;
        len -= take;
        if (s->buflen < bs) return;
        compress(s, s->buf, 1);
        s->buflen = 0;
    }
    if (len >= bs) {
        compress(s, p, len / bs);
        p += len / bs * bs;
        len %= bs;
    }
    memcpy(s->buf, p, len);
    s->buflen = len;
}

int mo_hash_update(MoHashState *s, const uint8_t *p, size_t len) {
    size_t bs = s->algo->block_size;
    s->total += len;
    if (s->buflen) {
        size_t take = bs - s->buflen < len ? bs - s->buflen : len;
        memcpy(s->buf + s->buflen, p, take);
        s->buflen += take;
        p += take;
        len -= take;
        if (s->buflen < bs) return 0;
        compress(s, s->buf, 1);
        s->buflen = 0;
        if (charge_blocks(1) < 0) return -1;
    }
    while (len >= bs) {
        size_t n = len / bs;
        if (n > MOAT_HASH_CLOCK_BLOCKS) n = MOAT_HASH_CLOCK_BLOCKS;
        compress(s, p, n);
        p += n * bs;
        len -= n * bs;
        if (charge_blocks(n) < 0) return -1;
    }
    memcpy(s->buf, p, len);
    s->buflen = len;
    return 0;
}

/* The sponge after the padding (FIPS 202 section 5.1, with the domain bits of section 6: 01 for
 * SHA-3, 1111 for SHAKE) is absorbed, ready to be squeezed. */
static void keccak_pad(MoHashState *s) {
    size_t rate = s->algo->block_size;
    memset(s->buf + s->buflen, 0, rate - s->buflen);
    s->buf[s->buflen] = s->algo->family == FAM_SHAKE ? 0x1f : 0x06;
    s->buf[rate - 1] |= 0x80;
    compress(s, s->buf, 1);
    s->buflen = 0;
}

static void keccak_out(const uint64_t *a, uint8_t *out, size_t n) {
    for (size_t i = 0; i < n; i++) out[i] = (uint8_t)(a[i / 8] >> (8 * (i % 8)));
}

bool mo_hash_is_xof(const MoHashAlgo *algo) { return algo->family == FAM_SHAKE; }

int mo_hash_squeeze(const MoHashState *in, uint8_t *out, size_t n) {
    MoHashState s = *in;
    size_t rate = s.algo->block_size;
    keccak_pad(&s);
    for (;;) {
        size_t take = n < rate ? n : rate;
        keccak_out(s.h.d, out, take);
        out += take;
        n -= take;
        if (!n) return 0;
        keccak_f(s.h.d);
        if (charge_blocks(1) < 0) return -1;
    }
}

void mo_hash_final(const MoHashState *in, uint8_t *out) {
    MoHashState s = *in;
    if (s.algo->family == FAM_SHA3 || s.algo->family == FAM_SHAKE) {
        keccak_pad(&s);
        keccak_out(s.h.d, out, s.algo->digest_size);
        return;
    }
    size_t bs = s.algo->block_size, lenbytes = bs == 128 ? 16 : 8;
    uint64_t bits = s.total << 3, high = s.total >> 61;
    s.buf[s.buflen++] = 0x80;
    if (s.buflen > bs - lenbytes) {
        memset(s.buf + s.buflen, 0, bs - s.buflen);
        compress(&s, s.buf, 1);
        s.buflen = 0;
    }
    memset(s.buf + s.buflen, 0, bs - s.buflen);
    uint8_t *lp = s.buf + bs - 8;
    for (int i = 0; i < 8; i++) {
        if (s.algo->family == FAM_MD5) lp[i] = (uint8_t)(bits >> (8 * i));
        else lp[i] = (uint8_t)(bits >> (56 - 8 * i));
    }
    if (lenbytes == 16)
        for (int i = 0; i < 8; i++) s.buf[bs - 16 + i] = (uint8_t)(high >> (56 - 8 * i));
    compress(&s, s.buf, 1);
    uint8_t full[64];
    if (s.algo->family == FAM_SHA512) {
        for (int i = 0; i < 8; i++)
            for (int j = 0; j < 8; j++) full[8 * i + j] = (uint8_t)(s.h.d[i] >> (56 - 8 * j));
    } else {
        for (int i = 0; i < 8; i++)
            for (int j = 0; j < 4; j++)
                full[4 * i + j] = s.algo->family == FAM_MD5 ? (uint8_t)(s.h.w[i] >> (8 * j))
                                                            : (uint8_t)(s.h.w[i] >> (24 - 8 * j));
    }
    memcpy(out, full, s.algo->digest_size);
}

/* FIPS 180-4 section 5.3.6.1: the SHA-512/t IV is SHA-512, started from its own IV with every
 * word xored with a5a5a5a5a5a5a5a5, over the text "SHA-512/t". */
static void sha512_t_ivs(void) {
    static const char *const texts[2] = {"SHA-512/224", "SHA-512/256"};
    uint64_t *ivs[2] = {iv_sha512_224, iv_sha512_256};
    for (int k = 0; k < 2; k++) {
        MoHashState s;
        memset(&s, 0, sizeof s);
        s.algo = &algos[ALGO_SHA512];
        for (int i = 0; i < 8; i++) s.h.d[i] = iv_sha512[i] ^ 0xa5a5a5a5a5a5a5a5ull;
        hash_feed(&s, (const uint8_t *)texts[k], strlen(texts[k]));
        uint8_t out[64];
        mo_hash_final(&s, out);
        for (int i = 0; i < 8; i++) ivs[k][i] = load_be64(out + 8 * i);
    }
    iv_sha512_t_ready = true;
}

const MoHashAlgo *mo_hash_algo_find(const char *name, size_t len) {
    /* CPython's own names match exactly ("sha3_256", not "SHA3_256"); besides them, the names and
     * aliases OpenSSL (CPython's backend) knows match in any case: "SHA256", "SHA-256", "sha2-256",
     * "ssl3-md5", "SHA3-256", "shake128". Anything longer than any of them is no algorithm. */
    char low[16];
    if (len >= sizeof low) return NULL;
    for (size_t i = 0; i < len; i++) {
        char c = name[i];
        if (c == 0) return NULL;
        low[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    low[len] = 0;
    for (int i = 0; i < ALGO_COUNT; i++)
        if (strlen(algos[i].name) == len && memcmp(name, algos[i].name, len) == 0) return &algos[i];
    static const struct { const char *alias; int algo; } aliases[] = {
        {"md5", ALGO_MD5}, {"ssl3-md5", ALGO_MD5}, {"sha1", ALGO_SHA1}, {"sha-1", ALGO_SHA1}, {"ssl3-sha1", ALGO_SHA1},
        {"sha224", ALGO_SHA224}, {"sha-224", ALGO_SHA224}, {"sha2-224", ALGO_SHA224},
        {"sha256", ALGO_SHA256}, {"sha-256", ALGO_SHA256}, {"sha2-256", ALGO_SHA256},
        {"sha384", ALGO_SHA384}, {"sha-384", ALGO_SHA384}, {"sha2-384", ALGO_SHA384},
        {"sha512", ALGO_SHA512}, {"sha-512", ALGO_SHA512}, {"sha2-512", ALGO_SHA512},
        {"sha512_224", ALGO_SHA512_224}, {"sha512-224", ALGO_SHA512_224}, {"sha2-512/224", ALGO_SHA512_224},
        {"sha-512/224", ALGO_SHA512_224},
        {"sha512_256", ALGO_SHA512_256}, {"sha512-256", ALGO_SHA512_256}, {"sha2-512/256", ALGO_SHA512_256},
        {"sha-512/256", ALGO_SHA512_256},
        {"sha3-224", ALGO_SHA3_224}, {"sha3-256", ALGO_SHA3_256}, {"sha3-384", ALGO_SHA3_384},
        {"sha3-512", ALGO_SHA3_512}, {"shake128", ALGO_SHAKE_128}, {"shake-128", ALGO_SHAKE_128},
        {"shake256", ALGO_SHAKE_256}, {"shake-256", ALGO_SHAKE_256},
    };
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
        if (strcmp(low, aliases[i].alias) == 0) return &algos[aliases[i].algo];
    return NULL;
}

size_t mo_hash_digest_size(const MoHashAlgo *algo) { return algo->digest_size; }

/* ---- the hash object ------------------------------------------------------------------------- */

typedef struct MoHash {
    MO_HEAD;
    MoHashState st;
} MoHash;

#define HASH(o) ((MoHash *)(o))

static MoType hash_type, xof_type;

/* Reads a bytes-like argument (bytes or bytearray; Moat has no memoryview) with CPython's errors
 * for the hash functions: 0 with data/len set, or -1 with TypeError. */
static int hash_buffer(MoObject *o, const uint8_t **data, size_t *len) {
    if (MO_STR_CHECK(o)) {
        mo_err_set(&mo_TypeError, "Strings must be encoded before hashing");
        return -1;
    }
    if (mo_isinstance_type(o, &mo_bytes_type)) {
        *data = MO_BYTES(o)->data;
        *len = MO_BYTES(o)->len;
        return 0;
    }
    if (mo_isinstance_type(o, &mo_bytearray_type)) {
        *data = ty_bytearray_data(o, len);
        return 0;
    }
    mo_err_set(&mo_TypeError, "object supporting the buffer API required");
    return -1;
}

/* A new hash object of algo fed with data (NULL: nothing): new reference or NULL. */
static MoObject *hash_new(const MoHashAlgo *algo, const uint8_t *data, size_t len) {
    MoObject *o = mo_object_new(mo_hash_is_xof(algo) ? &xof_type : &hash_type);
    if (!o) return NULL;
    mo_hash_init(&HASH(o)->st, algo);
    if (len && mo_hash_update(&HASH(o)->st, data, len) < 0) {
        mo_decref(o);
        return NULL;
    }
    return o;
}

static bool no_args(const char *name, size_t nargs, MoObject *kw) {
    if (kw && MO_TUPLE_LEN(kw)) {
        mo_err_format(&mo_TypeError, "HASH.%s() takes no keyword arguments", name);
        return false;
    }
    if (nargs) {
        mo_err_format(&mo_TypeError, "HASH.%s() takes no arguments (%zu given)", name, nargs);
        return false;
    }
    return true;
}

static MoObject *hash_update_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (kw && MO_TUPLE_LEN(kw)) {
        mo_err_set(&mo_TypeError, "HASH.update() takes no keyword arguments");
        return NULL;
    }
    if (nargs != 1) {
        mo_err_format(&mo_TypeError, "HASH.update() takes exactly one argument (%zu given)", nargs);
        return NULL;
    }
    const uint8_t *data;
    size_t len;
    if (hash_buffer(args[0], &data, &len) < 0) return NULL;
    if (mo_hash_update(&HASH(self)->st, data, len) < 0) return NULL;
    return mo_none();
}

static MoObject *hash_digest_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (!no_args("digest", nargs, kw)) return NULL;
    uint8_t out[MO_HASH_MAX_DIGEST];
    mo_hash_final(&HASH(self)->st, out);
    return mo_bytes_new(out, HASH(self)->st.algo->digest_size);
}

static MoObject *hash_hexdigest_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (!no_args("hexdigest", nargs, kw)) return NULL;
    uint8_t out[MO_HASH_MAX_DIGEST];
    char hex[2 * MO_HASH_MAX_DIGEST + 1];
    static const char digits[] = "0123456789abcdef";
    size_t n = HASH(self)->st.algo->digest_size;
    mo_hash_final(&HASH(self)->st, out);
    for (size_t i = 0; i < n; i++) {
        hex[2 * i] = digits[out[i] >> 4];
        hex[2 * i + 1] = digits[out[i] & 15];
    }
    return mo_str_from_utf8(hex, 2 * n);
}

static MoObject *hash_copy_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    if (!no_args("copy", nargs, kw)) return NULL;
    MoObject *o = mo_object_new(self->type);
    if (o) HASH(o)->st = HASH(self)->st;
    return o;
}

static MoObject *hash_get_name(MoObject *self) { return mo_str_from_cstr(HASH(self)->st.algo->name); }
static MoObject *hash_get_digest_size(MoObject *self) { return mo_int_from_i64(HASH(self)->st.algo->digest_size); }
static MoObject *hash_get_block_size(MoObject *self) { return mo_int_from_i64(HASH(self)->st.algo->block_size); }

static MoObject *hash_repr(MoObject *self) {
    return mo_format("<%s _hashlib.HASH object @ %p>", HASH(self)->st.algo->name, (void *)self);
}

static void hash_dealloc(MoObject *o) { mo_object_free(o); }


static const MoMethodDef hash_methods[] = {
    {"update", hash_update_m, MO_METH_INSTANCE, "Feeds the bytes-like argument to the hash."},
    {"digest", hash_digest_m, MO_METH_INSTANCE, "The digest of the data so far, as bytes."},
    {"hexdigest", hash_hexdigest_m, MO_METH_INSTANCE, "The digest of the data so far, as lowercase hexadecimal digits."},
    {"copy", hash_copy_m, MO_METH_INSTANCE, "An independent copy of this hash."},
    {NULL, NULL, 0, NULL},
};

static const MoGetSetDef hash_getsets[] = {
    {"name", hash_get_name, NULL, NULL},
    {"digest_size", hash_get_digest_size, NULL, NULL},
    {"block_size", hash_get_block_size, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static MoType hash_type;

/* digest(length) and hexdigest(length) of SHAKE objects: `length` as a C Py_ssize_t, with
 * CPython's messages for negative and huge lengths. Returns 0 with *n set, or -1. */
static int xof_length(const char *fname, MoObject *const *args, size_t nargs, MoObject *kw, size_t *n, bool hex) {
    static const char *const names[] = {"length"};
    MoObject *arg;
    if (mo_parse_args(fname, args, nargs, kw, names, 1, 0, &arg, 1) < 0) return -1;
    MoObject *i = mo_number_index(arg);
    if (!i) return -1;
    int64_t v;
    int r = mo_int_as_i64(i, &v);
    mo_decref(i);
    if (r < 0) {
        mo_err_clear();
        mo_err_set(&mo_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    if (v < 0) {
        if (hex) mo_err_nomemory();
        else mo_err_set(&mo_SystemError, "Negative size passed to PyBytes_FromStringAndSize");
        return -1;
    }
    if (!hex && v > INT64_MAX - 64) {
        mo_err_set(&mo_OverflowError, "byte string is too large");
        return -1;
    }
    if ((uint64_t)v > SIZE_MAX / 2 - 1) {
        mo_err_nomemory();
        return -1;
    }
    *n = (size_t)v;
    return 0;
}

static MoObject *xof_digest_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    size_t n;
    if (xof_length("digest", args, nargs, kw, &n, false) < 0) return NULL;
    if (!mo_mem_check(n)) return NULL;
    uint8_t *out = mo_alloc(n ? n : 1);
    if (!out) return NULL;
    MoObject *r = mo_hash_squeeze(&HASH(self)->st, out, n) < 0 ? NULL : mo_bytes_new(out, n);
    mo_free(out);
    return r;
}

static MoObject *xof_hexdigest_m(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    size_t n;
    if (xof_length("hexdigest", args, nargs, kw, &n, true) < 0) return NULL;
    if (!mo_mem_check(3 * n)) return NULL;
    uint8_t *out = mo_alloc(3 * n + 1);
    if (!out) return NULL;
    MoObject *r = NULL;
    if (mo_hash_squeeze(&HASH(self)->st, out, n) == 0) {
        static const char digits[] = "0123456789abcdef";
        char *hex = (char *)out + n;
        for (size_t i = 0; i < n; i++) {
            hex[2 * i] = digits[out[i] >> 4];
            hex[2 * i + 1] = digits[out[i] & 15];
        }
        r = mo_str_from_utf8(hex, 2 * n);
    }
    mo_free(out);
    return r;
}

static const MoMethodDef xof_methods[] = {
    {"digest", xof_digest_m, MO_METH_INSTANCE, "The first `length` bytes of the output."},
    {"hexdigest", xof_hexdigest_m, MO_METH_INSTANCE, "The first `length` bytes of the output, in hexadecimal."},
    {NULL, NULL, 0, NULL},
};

/* SHAKE objects: a HASH whose digest has a length chosen at each call (CPython: HASHXOF). */
static MoType xof_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "_hashlib.HASHXOF",
    .size = sizeof(MoHash),
    .base = &hash_type,
    .dealloc = hash_dealloc,
    .repr = hash_repr,
    .methods = xof_methods,
};

static MoType hash_type = {
    .ob = {MO_IMMORTAL_REFCNT, &mo_type_type},
    .name = "_hashlib.HASH",
    .size = sizeof(MoHash),
    .base = &mo_object_type,
    .dealloc = hash_dealloc,
    .repr = hash_repr,
    .methods = hash_methods,
    .getsets = hash_getsets,
};

/* ---- module functions ------------------------------------------------------------------------ */

/* The constructors openssl_md5(string=b'', *, usedforsecurity=True) and friends; `usedforsecurity`
 * is accepted and ignored, as on a CPython without FIPS mode. */
static MoObject *construct(int algo, const char *fname, MoObject *const *args, size_t nargs, MoObject *kw) {
    static const char *const names[] = {"string", "usedforsecurity"};
    MoObject *outs[2];
    if (nargs > 1) {
        mo_err_format(&mo_TypeError, "%s() takes at most 1 positional argument (%zu given)", fname, nargs);
        return NULL;
    }
    if (mo_parse_args(fname, args, nargs, kw, names, 0, 0, outs, 2) < 0) return NULL;
    const uint8_t *data = NULL;
    size_t len = 0;
    if (outs[0] && hash_buffer(outs[0], &data, &len) < 0) return NULL;
    return hash_new(&algos[algo], data, len);
}

#define CONSTRUCTOR(NAME, ALGO)                                                                        \
    static MoObject *ctor_##NAME(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) { \
        return construct(ALGO, "openssl_" #NAME, args, nargs, kw);                                    \
    }
CONSTRUCTOR(md5, ALGO_MD5)
CONSTRUCTOR(sha1, ALGO_SHA1)
CONSTRUCTOR(sha224, ALGO_SHA224)
CONSTRUCTOR(sha256, ALGO_SHA256)
CONSTRUCTOR(sha384, ALGO_SHA384)
CONSTRUCTOR(sha512, ALGO_SHA512)
CONSTRUCTOR(sha3_224, ALGO_SHA3_224)
CONSTRUCTOR(sha3_256, ALGO_SHA3_256)
CONSTRUCTOR(sha3_384, ALGO_SHA3_384)
CONSTRUCTOR(sha3_512, ALGO_SHA3_512)
CONSTRUCTOR(shake_128, ALGO_SHAKE_128)
CONSTRUCTOR(shake_256, ALGO_SHAKE_256)

/* new(name, string=b'', *, usedforsecurity=True): CPython checks the name's type, then the data,
 * then looks the algorithm up. */
static MoObject *hashlib_new(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    static const char *const names[] = {"name", "string", "usedforsecurity"};
    MoObject *outs[3];
    if (nargs > 2) {
        mo_err_format(&mo_TypeError, "new() takes at most 2 positional arguments (%zu given)", nargs);
        return NULL;
    }
    if (mo_parse_args("new", args, nargs, kw, names, 1, 0, outs, 3) < 0) return NULL;
    if (!MO_STR_CHECK(outs[0])) {
        mo_err_set(&mo_TypeError, "name must be a string");
        return NULL;
    }
    const uint8_t *data = NULL;
    size_t len = 0;
    if (outs[1] && hash_buffer(outs[1], &data, &len) < 0) return NULL;
    const MoHashAlgo *algo = mo_hash_algo_find(MO_STR_UTF8(outs[0]), MO_STR_NBYTES(outs[0]));
    if (!algo) {
        mo_err_format(&mo_ValueError, "unsupported hash type %U", outs[0]);
        return NULL;
    }
    return hash_new(algo, data, len);
}

/* Reads a bytes-like argument of pbkdf2_hmac: CPython's Py_buffer error for anything else. */
static int pbkdf2_buffer(MoObject *o, const uint8_t **data, size_t *len) {
    if (mo_isinstance_type(o, &mo_bytes_type)) {
        *data = MO_BYTES(o)->data;
        *len = MO_BYTES(o)->len;
        return 0;
    }
    if (mo_isinstance_type(o, &mo_bytearray_type)) {
        *data = ty_bytearray_data(o, len);
        return 0;
    }
    mo_err_format(&mo_TypeError, "a bytes-like object is required, not '%T'", o);
    return -1;
}

/* An integer argument as a C long (64 bits on CPython's Linux), with CPython's messages. */
static int long_arg(MoObject *o, int64_t *out) {
    MoObject *i = mo_number_index(o);
    if (!i) return -1;
    int r = mo_int_as_i64(i, out);
    mo_decref(i);
    if (r < 0 && mo_err_matches(&mo_OverflowError)) {
        mo_err_clear();
        mo_err_set(&mo_OverflowError, "Python int too large to convert to C long");
    }
    return r;
}

/* Raises hashlib's UnsupportedDigestmodError (defined by py/hashlib.py; ValueError before that
 * has run) with OpenSSL's message, as CPython does for an unknown pbkdf2_hmac digest. */
static void unsupported_digestmod(void) {
    MoType *t = &mo_ValueError;
    MoObject *cache = mo_modules_cache();
    MoObject *mod = cache ? mo_dict_get_str(cache, "hashlib") : NULL;
    MoObject *cls = mod ? mo_dict_get_str(mo_module_dict(mod), "UnsupportedDigestmodError") : NULL;
    if (cls && mo_isinstance_type(cls, &mo_type_type)) t = (MoType *)cls;
    mo_err_clear();
    mo_err_set(t, "[digital envelope routines] unsupported");
}

int mo_hmac_prepare(const MoHashAlgo *algo, const uint8_t *key, size_t keylen, MoHashState *inner,
                    MoHashState *outer) {
    uint8_t k[MO_HASH_MAX_BLOCK], pad[MO_HASH_MAX_BLOCK];
    size_t bs = algo->block_size;
    memset(k, 0, sizeof k);
    if (keylen > bs) {
        MoHashState s;
        mo_hash_init(&s, algo);
        if (mo_hash_update(&s, key, keylen) < 0) return -1;
        mo_hash_final(&s, k);
    } else {
        memcpy(k, key, keylen);
    }
    for (size_t i = 0; i < bs; i++) pad[i] = k[i] ^ 0x36;
    mo_hash_init(inner, algo);
    hash_feed(inner, pad, bs);
    for (size_t i = 0; i < bs; i++) pad[i] = k[i] ^ 0x5c;
    mo_hash_init(outer, algo);
    hash_feed(outer, pad, bs);
    return 0;
}

/* HMAC(key, msg) from the prepared states: 0, or -1 when a limit fired. */
static int hmac_run(const MoHashState *inner, const MoHashState *outer, const uint8_t *msg, size_t len,
                    uint8_t *out) {
    MoHashState s = *inner;
    uint8_t ih[MO_HASH_MAX_DIGEST];
    if (mo_hash_update(&s, msg, len) < 0) return -1;
    mo_hash_final(&s, ih);
    s = *outer;
    if (mo_hash_update(&s, ih, s.algo->digest_size) < 0) return -1;
    mo_hash_final(&s, out);
    /* The two finishing compressions are most of an iteration's work: count them. */
    return charge_blocks(2);
}

/* pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None): the order of checks and the
 * messages are CPython's (argument conversion, then the digest, then the values). */
static MoObject *hashlib_pbkdf2_hmac(MoObject *self, MoObject *const *args, size_t nargs, MoObject *kw) {
    static const char *const names[] = {"hash_name", "password", "salt", "iterations", "dklen"};
    MoObject *a[5];
    if (mo_parse_args("pbkdf2_hmac", args, nargs, kw, names, 4, 0, a, 5) < 0) return NULL;
    if (!MO_STR_CHECK(a[0])) {
        mo_err_format(&mo_TypeError, "pbkdf2_hmac() argument 'hash_name' must be str, not %T", a[0]);
        return NULL;
    }
    const uint8_t *pw, *salt;
    size_t pwlen, saltlen;
    int64_t iterations, dklen;
    if (pbkdf2_buffer(a[1], &pw, &pwlen) < 0 || pbkdf2_buffer(a[2], &salt, &saltlen) < 0) return NULL;
    if (long_arg(a[3], &iterations) < 0) return NULL;
    const MoHashAlgo *algo = mo_hash_algo_find(MO_STR_UTF8(a[0]), MO_STR_NBYTES(a[0]));
    if (!algo) {
        unsupported_digestmod();
        return NULL;
    }
    if (mo_hash_is_xof(algo)) {
        /* OpenSSL cannot make an HMAC of an XOF; CPython passes its error on without a reason. */
        mo_err_set(&mo_ValueError, "no reason supplied");
        return NULL;
    }
    if (iterations < 1) {
        mo_err_set(&mo_ValueError, "iteration value must be greater than 0.");
        return NULL;
    }
    if (iterations > 0x7fffffff) {
        mo_err_set(&mo_OverflowError, "iteration value is too great.");
        return NULL;
    }
    if (!a[4] || a[4] == mo_None) {
        dklen = algo->digest_size;
    } else {
        if (long_arg(a[4], &dklen) < 0) return NULL;
        if (dklen < 1) {
            mo_err_set(&mo_ValueError, "key length must be greater than 0.");
            return NULL;
        }
        if (dklen > 0x7fffffff) {
            mo_err_set(&mo_OverflowError, "key length is too great.");
            return NULL;
        }
    }
    /* __index__ of iterations or dklen may have resized a bytearray password or salt: read their
     * buffers again now that no more Python code runs. */
    if (pbkdf2_buffer(a[1], &pw, &pwlen) < 0 || pbkdf2_buffer(a[2], &salt, &saltlen) < 0) return NULL;
    MoHashState inner, outer;
    if (mo_hmac_prepare(algo, pw, pwlen, &inner, &outer) < 0) return NULL;
    uint8_t *dk = mo_alloc((size_t)dklen);
    uint8_t *msg = mo_alloc(saltlen + 4);
    if (!dk || !msg) {
        mo_free(dk);
        mo_free(msg);
        return NULL;
    }
    if (saltlen) memcpy(msg, salt, saltlen);
    size_t hlen = algo->digest_size, done = 0;
    for (uint32_t block = 1; done < (size_t)dklen; block++) {
        uint8_t u[MO_HASH_MAX_DIGEST], t[MO_HASH_MAX_DIGEST];
        msg[saltlen] = (uint8_t)(block >> 24);
        msg[saltlen + 1] = (uint8_t)(block >> 16);
        msg[saltlen + 2] = (uint8_t)(block >> 8);
        msg[saltlen + 3] = (uint8_t)block;
        if (hmac_run(&inner, &outer, msg, saltlen + 4, u) < 0) goto fail;
        memcpy(t, u, hlen);
        for (int64_t i = 1; i < iterations; i++) {
            if (hmac_run(&inner, &outer, u, hlen, u) < 0) goto fail;
            for (size_t j = 0; j < hlen; j++) t[j] ^= u[j];
        }
        size_t take = (size_t)dklen - done < hlen ? (size_t)dklen - done : hlen;
        memcpy(dk + done, t, take);
        done += take;
    }
    MoObject *r = mo_bytes_new(dk, (size_t)dklen);
    mo_free(dk);
    mo_free(msg);
    return r;
fail:
    mo_free(dk);
    mo_free(msg);
    return NULL;
}

static const MoMethodDef hashlib_functions[] = {
    {"openssl_md5", ctor_md5, MO_METH_STATIC, "A new md5 hash object, fed with string if given."},
    {"openssl_sha1", ctor_sha1, MO_METH_STATIC, "A new sha1 hash object, fed with string if given."},
    {"openssl_sha224", ctor_sha224, MO_METH_STATIC, "A new sha224 hash object, fed with string if given."},
    {"openssl_sha256", ctor_sha256, MO_METH_STATIC, "A new sha256 hash object, fed with string if given."},
    {"openssl_sha384", ctor_sha384, MO_METH_STATIC, "A new sha384 hash object, fed with string if given."},
    {"openssl_sha512", ctor_sha512, MO_METH_STATIC, "A new sha512 hash object, fed with string if given."},
    {"openssl_sha3_224", ctor_sha3_224, MO_METH_STATIC, "A new sha3_224 hash object, fed with string if given."},
    {"openssl_sha3_256", ctor_sha3_256, MO_METH_STATIC, "A new sha3_256 hash object, fed with string if given."},
    {"openssl_sha3_384", ctor_sha3_384, MO_METH_STATIC, "A new sha3_384 hash object, fed with string if given."},
    {"openssl_sha3_512", ctor_sha3_512, MO_METH_STATIC, "A new sha3_512 hash object, fed with string if given."},
    {"openssl_shake_128", ctor_shake_128, MO_METH_STATIC, "A new shake_128 hash object, fed with string if given."},
    {"openssl_shake_256", ctor_shake_256, MO_METH_STATIC, "A new shake_256 hash object, fed with string if given."},
    {"new", hashlib_new, MO_METH_STATIC, "A new hash object of the named algorithm."},
    {"pbkdf2_hmac", hashlib_pbkdf2_hmac, MO_METH_STATIC, "PBKDF2 (RFC 8018) with HMAC of the named hash."},
    {NULL, NULL, 0, NULL},
};

int mo_module_hashlib_init(MoObject *module, MoObject *dict) {
    if (!hash_type.mro) {
        /* A static type's dict must be immortal: ready it as process start-up code would. */
        MoVM *saved = mo_vm;
        mo_vm = NULL;
        int r = mo_type_ready(&hash_type);
        if (r == 0) r = mo_type_ready(&xof_type);
        mo_vm = saved;
        if (r < 0) return -1;
    }
    return mo_module_add_functions(module, dict, hashlib_functions);
}
