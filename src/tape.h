/* tape.h: what the reader would hand the engine for one zone, recorded.
 *
 * A folder of many small zones is read on every core: a worker reads a
 * zone onto a tape (its findings, records and suppressions, in order)
 * while the engine, on one thread, plays back the tapes of the zones
 * before it.  Playing a tape calls the engine exactly as reading the zone
 * directly would, so the output is the same with any number of threads. */
#ifndef ZL_TAPE_H
#define ZL_TAPE_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#include "flatrr.h"
#include "zonelint.h"

/* A tape holds at most this many records; a zone with more (a $GENERATE,
 * a big $INCLUDE) is read directly instead. */
#define ZL_TAPE_MAX_RECORDS 8192

struct zl_engine;
struct zl_tape_event;

struct zl_tape {
	struct zl_tape_event *v;
	size_t n, cap;
	struct zl_token *tokens; /* the records' RDATA positions */
	size_t ntokens, tokens_cap;
	uint8_t *bytes;        /* the records, flat (see flatrr.h) */
	size_t nbytes, bytes_cap;
	struct zl_flat_view view; /* the record being played */
	size_t suppressions;
	size_t sup_first;      /* the zone's number of the first (stream.h) */
	bool full;             /* over ZL_TAPE_MAX_RECORDS: play nothing */
	unsigned long long generated; /* records its $GENERATEs asked for:
	                        * charged to the run's budget when played */
	int status;            /* what reading the zone returned */
};

void zl_tape_report(struct zl_tape *t, const char *id, struct zl_loc loc,
    const char *fmt, va_list ap);
void zl_tape_verbose(struct zl_tape *t, const char *fmt, va_list ap);
/* Keeps rec, a copy of its RDATA positions and of the record, flat. */
void zl_tape_record(struct zl_tape *t, const struct zl_record *rec,
    const struct zl_flat *flat);
/* Returns the suppression's number on this tape. */
size_t zl_tape_suppress(struct zl_tape *t, struct zl_loc at,
    const char *rules, size_t len, bool whole_file);
void zl_tape_suppress_bind(struct zl_tape *t, size_t n, uint32_t first_line,
    uint32_t last_line);
/* The name index is to be sized for names (zl_index_reserve). */
void zl_tape_reserve(struct zl_tape *t, size_t names);

/* A $GENERATE asked for n records (see zl_engine_generated_take). */
void zl_tape_generated(struct zl_tape *t, unsigned long long n);

/* Hands everything on the tape to the engine, in order, for zone. */
void zl_tape_play(struct zl_tape *t, struct zl_engine *eng,
    struct zl_zone *zone);
/* Empties the tape for reuse. */
void zl_tape_clear(struct zl_tape *t);
void zl_tape_free(struct zl_tape *t);

#endif
