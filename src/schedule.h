/* schedule.h: which thread reads which zone, and when.
 *
 * One module decides how the zones of a run are read, always with the
 * same result: a big zone is streamed (its reader on a thread of its own,
 * stream.h), many small ones are read ahead onto tapes on the pool
 * (tape.h) and played in order, and the rest are read directly into the
 * engine.  It owns the threads, the reader's batches and the run's
 * budgets; the reader and the engine know nothing of it. */
#ifndef ZL_SCHEDULE_H
#define ZL_SCHEDULE_H

#include <stddef.h>

#include "options.h"

struct zl_engine;
struct zl_sched;

struct zl_sched *zl_sched_new(const struct zl_options *opt);
void zl_sched_free(struct zl_sched *s);

/* The threads that help (opt->jobs - 1 of them, started on first use),
 * or NULL when one thread is to do everything or they are busy. */
struct zl_pool *zl_sched_pool(struct zl_sched *s);

/* Zones of more than bytes are streamed, chunk calls to a tape; for
 * tests (default 256 KiB, 4,096). */
void zl_sched_stream_at(struct zl_sched *s, long long bytes, size_t chunk);

/* Reads every zone of eng and runs its rules: zone ends, then run end. */
void zl_sched_run(struct zl_sched *s, struct zl_engine *eng);

#endif
