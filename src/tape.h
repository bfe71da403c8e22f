/* tape.h: a sink (sink.h) that records, to be played into another later.
 *
 * A folder of many small zones is read on every core: a worker reads a
 * zone onto a tape while the engine, on one thread, plays back the tapes
 * of the zones before it; a big zone is streamed through two tapes
 * (stream.h).  Playing a tape makes exactly the calls the reader made, in
 * order, so the output is the same with any number of threads. */
#ifndef ZL_TAPE_H
#define ZL_TAPE_H

#include <stddef.h>

#include "flatrr.h"
#include "sink.h"

struct zl_tape_event;

struct zl_tape {
	struct zl_tape_event *v;
	size_t n, cap;
	struct zl_token *tokens;  /* the records' data positions */
	size_t ntokens, tokens_cap;
	uint8_t *bytes;           /* the records, flat (see flatrr.h) */
	size_t nbytes, bytes_cap;
	struct zl_flat_view view; /* the record being played */
};

/* The tape as a sink: what is written to it is recorded. */
struct zl_sink zl_tape_sink(struct zl_tape *t);
/* Makes every recorded call on to, in order. */
void zl_tape_play(struct zl_tape *t, const struct zl_sink *to);
/* Empties the tape for reuse. */
void zl_tape_clear(struct zl_tape *t);
void zl_tape_free(struct zl_tape *t);

#endif
