/* stream.h: a big zone read on a thread of its own while the rules check
 * what has been read so far.
 *
 * The reader lexes and parses onto one tape (tape.h) while the engine
 * plays the other back; they swap every few thousand records.  So the
 * rules' thread does nothing but the rules, and as the tapes are played
 * in order, the findings are the same as when the zone is read directly.
 * Memory stays bounded: two tapes, whatever the zone's size. */
#ifndef ZL_STREAM_H
#define ZL_STREAM_H

#include <stddef.h>

#include "zonelint.h"

struct zl_batch;
struct zl_engine;
struct zl_stream;
struct zl_tape;

/* Starts reading zone on a new thread, with batches (two) parsed there or
 * on pool (NULL: none; the pool is the reader's until zl_stream_end); a
 * tape is handed over every chunk events.  NULL if no thread starts. */
struct zl_pool;
struct zl_stream *zl_stream_start(struct zl_engine *eng, struct zl_zone *zone,
    struct zl_batch *batches, struct zl_pool *pool, size_t chunk);
/* The engine's side: the next tape to play, in order, or NULL when the
 * zone is read; then zl_stream_played once it is played. */
struct zl_tape *zl_stream_next(struct zl_stream *s);
void zl_stream_played(struct zl_stream *s);
/* Waits for the reader to end; what reading the zone returned. */
int zl_stream_end(struct zl_stream *s);

/* The reader's side: hands over the tape it recorded and returns the one
 * to record on next, waiting until the engine has played it. */
struct zl_tape *zl_stream_swap(struct zl_stream *s);
/* The tape to record on first. */
struct zl_tape *zl_stream_first(struct zl_stream *s);
size_t zl_stream_chunk(const struct zl_stream *s);
struct zl_pool *zl_stream_pool(const struct zl_stream *s);

#endif
