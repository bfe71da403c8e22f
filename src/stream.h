/* stream.h: a producer (a reader of one big zone) run on a thread of its
 * own while this one consumes what it has produced so far.
 *
 * The producer writes to a sink that records onto one tape (tape.h)
 * while the consumer plays the other; they swap once a tape holds chunk
 * calls (at a record).  So
 * the rules' thread does nothing but the rules, and as the tapes are
 * played in order, the consumer sees the calls a direct read would make.
 * Memory stays bounded: two tapes, whatever the zone's size.  The stream
 * knows nothing of what it runs. */
#ifndef ZL_STREAM_H
#define ZL_STREAM_H

#include <stddef.h>

#include "sink.h"

struct zl_stream;
struct zl_tape;

/* Writes everything to sink; returns a status for zl_stream_end. */
typedef int zl_producer(void *arg, const struct zl_sink *sink);

/* Starts produce(arg, sink) on a new thread, a tape handed over once it
 * holds chunk calls.  NULL if no thread starts. */
struct zl_stream *zl_stream_start(zl_producer *produce, void *arg,
    size_t chunk);
/* The consumer's side: the next tape to play, in order, or NULL when the
 * producer is done; then zl_stream_played once it is played. */
struct zl_tape *zl_stream_next(struct zl_stream *s);
void zl_stream_played(struct zl_stream *s);
/* Waits for the producer to end; what it returned. */
int zl_stream_end(struct zl_stream *s);

#endif
