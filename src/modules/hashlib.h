/*
 * hashlib.h: the hash engine behind the hashlib module (src/modules/hashlib.c): MD5, SHA-1, SHA-2
 * and SHA-3/SHAKE, usable from C (the module's hash objects, pbkdf2_hmac, and the C unit tests).
 */
#ifndef MOAT_HASHLIB_H
#define MOAT_HASHLIB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* An algorithm's description (name, sizes, initial values); the table lives in hashlib.c. */
typedef struct MoHashAlgo MoHashAlgo;

/* The largest fixed digest any algorithm here produces, in bytes (SHA-512, SHA3-512). */
#define MO_HASH_MAX_DIGEST 64

/* The largest block (sponge rate) of any algorithm here, in bytes (SHAKE128). */
#define MO_HASH_MAX_BLOCK 168

/* The running state of one hash computation: chaining words, a partial block, the length. */
typedef struct MoHashState {
    const MoHashAlgo *algo;
    union {
        uint32_t w[8];
        uint64_t d[25]; /* SHA-512's 8 words, or the 25 lanes of the Keccak state */
    } h;
    uint64_t total;  /* bytes fed so far */
    size_t buflen;   /* bytes waiting in buf (always less than a block) */
    uint8_t buf[MO_HASH_MAX_BLOCK];
} MoHashState;

/* Finds an algorithm by a name hashlib.new accepts (case-insensitive, OpenSSL's aliases such as
 * "SHA-256"): the algorithm, or NULL if there is none by that name. */
const MoHashAlgo *mo_hash_algo_find(const char *name, size_t len);

/* The digest size of algo in bytes. */
size_t mo_hash_digest_size(const MoHashAlgo *algo);

/* Starts a computation of algo in s. */
void mo_hash_init(MoHashState *s, const MoHashAlgo *algo);

/* Feeds len bytes; each block counts against the run's instruction and time limits: 0, or -1
 * when a limit fired (the exception is set). */
int mo_hash_update(MoHashState *s, const uint8_t *p, size_t len);

/* Writes the digest of what s has been fed to out (digest-size bytes); s itself is unchanged.
 * Not for the SHAKE algorithms (digest size 0): see mo_hash_squeeze. */
void mo_hash_final(const MoHashState *s, uint8_t *out);

/* True if algo is an extendable-output function (SHAKE128/256), whose digest has any length. */
bool mo_hash_is_xof(const MoHashAlgo *algo);

/* Writes n bytes of the SHAKE output of what s has been fed to out; s itself is unchanged. Each
 * further block counts against the run's limits: 0, or -1 when a limit fired. */
int mo_hash_squeeze(const MoHashState *s, uint8_t *out, size_t n);

/* Prepares HMAC (RFC 2104) with key: the inner and outer states after the padded key block.
 * 0, or -1 when a limit fired while hashing a long key. */
int mo_hmac_prepare(const MoHashAlgo *algo, const uint8_t *key, size_t keylen, MoHashState *inner,
                    MoHashState *outer);

#endif
