/*
 * moat.h: the one public header of the Moat interpreter core.
 *
 * A host embeds Moat by creating an interpreter, starting a run with a config (CBOR) and source,
 * and answering host-function calls until the run is done. See docs/DESIGN.md sections 1 and 2.
 */
#ifndef MOAT_H
#define MOAT_H

#include <stddef.h>
#include <stdint.h>

/* Version of the start/resume/result protocol; the JS host refuses a module with another one. */
#define MOAT_ABI_VERSION 1

/* An interpreter: one run's heap, frames, limits and pending call. Opaque to hosts. */
typedef struct Moat Moat;

/* What a run reports each time control returns to the host. */
typedef enum MoatStatus {
    MOAT_DONE = 0,  /* the program finished; result is {"value": v} */
    MOAT_CALL = 1,  /* the program called host functions; result is {"calls": [...]} */
    MOAT_ERROR = 2, /* an uncaught Python exception; result is {"type","message","traceback","frames"} */
    MOAT_LIMIT = 3, /* a host-protecting limit fired; result is {"kind","message"} */
    MOAT_FATAL = 4  /* the API was misused (bad config, resume with nothing pending); result says why */
} MoatStatus;

/* Receives program output: stream 1 is stdout, 2 is stderr; the bytes are valid only during the call. */
typedef void (*MoatWriter)(void *ctx, int stream, const char *bytes, size_t len);

/* Returns a monotonic clock in milliseconds, used for the time limit. */
typedef double (*MoatClock)(void *ctx);

/* Creates an interpreter; returns NULL if the process is out of memory. */
Moat *moat_new(void);

/* Releases an interpreter and everything its run allocated. Accepts NULL. */
void moat_free(Moat *m);

/* Sets where program output goes (default: discarded). */
void moat_set_writer(Moat *m, MoatWriter writer, void *ctx);

/* Sets the clock used for the time limit (default: a clock that never advances). */
void moat_set_clock(Moat *m, MoatClock clock, void *ctx);

/* Starts a run of `src` (UTF-8, `src_len` bytes) configured by the CBOR map `config`
 * (DESIGN.md section 2; may be NULL/0 for defaults). Returns the run's first status. */
MoatStatus moat_start(Moat *m, const uint8_t *config, size_t config_len, const char *src, size_t src_len);

/* Answers the pending calls of a MOAT_CALL status with the CBOR response map and continues the run. */
MoatStatus moat_resume(Moat *m, const uint8_t *response, size_t response_len);

/* Runs more source in the same run, as a session (REPL) step: allowed once the run has finished with
 * DONE, ERROR or LIMIT (else MOAT_FATAL, leaving a pending run as it was). The feed sees the globals,
 * imported modules and host functions of the earlier steps, and its DONE value is its last
 * expression statement's (unless config "result" is false). Instructions, time, output and host
 * calls are limited per feed; memory is the run's total. Code is named "<feed-N>" (N from 1). */
MoatStatus moat_feed(Moat *m, const char *src, size_t src_len);

/* Returns the CBOR result of the last status (borrowed; valid until the next call on `m`). */
const uint8_t *moat_result(Moat *m, size_t *len);

#endif
