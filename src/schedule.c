/* schedule.c: see schedule.h. */
#include <malloc.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "batch.h"
#include "bigmem.h"
#include "budget.h"
#include "diag.h"
#include "engine.h"
#include "escape.h"
#include "jobs.h"
#include "pool.h"
#include "reader.h"
#include "schedule.h"
#include "stream.h"
#include "tape.h"
#include "zone.h"

#define AHEAD_ZONES 32                 /* small zones read ahead at once */
#define AHEAD_MAX_BYTES (256u << 10)   /* a bigger file is read directly */
#define STREAM_CHUNK 4096              /* calls handed over at once */
/* A tape read ahead holds at most this many records; a zone with more (a
 * $GENERATE, a big $INCLUDE) is read again directly. */
#define AHEAD_MAX_RECORDS 8192

/* Small zones being read onto tapes on the pool. */
struct ahead {
	struct zl_sched *s;
	struct zl_engine *eng;
	size_t first, n;                  /* zones[first, first + n) */
	struct zl_tape tapes[AHEAD_ZONES];
	struct zl_read_out outs[AHEAD_ZONES];
	int status[AHEAD_ZONES];
	struct zl_batch batches[AHEAD_ZONES][2];
};

struct zl_sched {
	const struct zl_options *opt;
	struct zl_budget budget;
	struct zl_pool *pool;      /* started when first needed */
	struct zl_prefaulter *pf;  /* the indexes' page helper: runs with the pool */
	bool pool_tried;
	bool pool_lent;            /* busy reading ahead or streaming */
	struct zl_batch batches[2]; /* the direct reader's, zone to zone */
	struct ahead *ahead[2];    /* one being played, one being read */
	long long stream_min;      /* a zone of more bytes is streamed ... */
	size_t stream_chunk;       /* ... this many calls to a tape */
};

struct zl_sched *
zl_sched_new(const struct zl_options *opt)
{
	struct zl_sched *s = zl_xcalloc(1, sizeof *s);
	s->opt = opt;
	zl_budget_init(&s->budget, opt);
	s->pf = zl_prefaulter_new();
	s->stream_min = AHEAD_MAX_BYTES;
	s->stream_chunk = STREAM_CHUNK;
	return s;
}

void
zl_sched_free(struct zl_sched *s)
{
	if (s == NULL)
		return;
	zl_pool_free(s->pool);
	zl_prefaulter_free(s->pf);
	for (size_t a = 0; a < 2; a++) {
		if (s->ahead[a] == NULL)
			continue;
		for (size_t i = 0; i < AHEAD_ZONES; i++) {
			zl_tape_free(&s->ahead[a]->tapes[i]);
			zl_batch_free(&s->ahead[a]->batches[i][0]);
			zl_batch_free(&s->ahead[a]->batches[i][1]);
		}
		free(s->ahead[a]);
	}
	zl_batch_free(&s->batches[0]);
	zl_batch_free(&s->batches[1]);
	free(s);
}

void
zl_sched_stream_at(struct zl_sched *s, long long bytes, size_t chunk)
{
	s->stream_min = bytes;
	s->stream_chunk = chunk;
}

/* Why fewer threads than asked for help, for -v. */
static void
note_jobs(const struct zl_sched *s, long jobs, const char *why)
{
	if (s->opt->verbose <= 0 || why[0] == '\0')
		return;
	char *line = s->opt->jobs > 0 ?
	    zl_asprintf("-j %d lowered to %ld: %s", s->opt->jobs, jobs, why) :
	    zl_asprintf("one thread per core lowered to %ld: %s", jobs, why);
	zl_eprintf("zonelint: %s", line);
	free(line);
}

struct zl_pool *
zl_sched_pool(struct zl_sched *s)
{
	if (s->pool_lent)
		return NULL;
	if (s->pool_tried)
		return s->pool;
	s->pool_tried = true;
	char why[128];
	long jobs = zl_jobs_fit(s->opt->jobs, zl_jobs_cores(), zl_jobs_as_limit(),
	    why, sizeof why);
	note_jobs(s, jobs, why);
	if (jobs > 64)
		jobs = 64;
	if (jobs > 1) {
		/* an arena per thread that allocates (these, the stream's
		 * reader, the page helper), not 8 per core */
		mallopt(M_ARENA_MAX, (int)jobs + 2);
		s->pool = zl_pool_new((unsigned)jobs - 1);
		if (s->pool)
			zl_prefaulter_start(s->pf);
	}
	return s->pool;
}

static struct zl_pool *
pool_of(void *arg)
{
	return zl_sched_pool(arg);
}

/* What the reader needs for zone z, with batches (two). */
static struct zl_read_in
read_in(struct zl_sched *s, struct zl_zone *z, struct zl_batch *batches)
{
	struct zl_read_in in = {.path = z->path, .from_stdin = z->from_stdin,
	    .file = z->file,
	    .origin = z->origin_str, .preload = z->preload, .batches = batches,
	    .budget = &s->budget};
	z->preload = NULL; /* the reader's now */
	return in;
}

/* Reads z here, straight into the engine. */
static void
read_directly(struct zl_sched *s, struct zl_engine *eng, struct zl_zone *z)
{
	struct zl_read_in in = read_in(s, z, s->batches);
	in.pool = pool_of;
	in.pool_arg = s;
	struct zl_read_out out;
	struct zl_sink sink = zl_engine_begin_zone(eng, z);
	int status = zl_read(&in, &sink, &out);
	zl_engine_end_zone(eng, z, status, &out);
}

/* A big zone, read and parsed on a thread of its own. */
struct streamed {
	struct zl_read_in in;
	struct zl_read_out out;
	struct zl_pool *pool;  /* lent to its reader alone */
};

static struct zl_pool *
lent_pool(void *arg)
{
	return ((struct streamed *)arg)->pool;
}

static int
produce(void *arg, const struct zl_sink *sink)
{
	struct streamed *st = arg;
	return zl_read(&st->in, sink, &st->out);
}

static bool
bigger_than(const struct zl_zone *z, long long bytes)
{
	struct stat st;
	return !z->from_stdin && strcmp(z->path, "-") != 0 &&
	    stat(z->path, &st) == 0 &&
	    S_ISREG(st.st_mode) && st.st_size > bytes;
}

/* A big zone is read and parsed on a thread of its own while this one
 * runs the rules on what it has read (see stream.h); a small one, or any
 * with no threads, is read here. */
static void
read_big(struct zl_sched *s, struct zl_engine *eng, struct zl_zone *z)
{
	struct zl_pool *pool;
	if (!bigger_than(z, s->stream_min) || (pool = zl_sched_pool(s)) == NULL) {
		read_directly(s, eng, z);
		return;
	}
	/* the reader lexes, the pool parses, this thread checks */
	struct zl_preload *pre = z->preload;
	struct streamed st = {.in = read_in(s, z, s->batches), .pool = pool};
	st.in.pool = lent_pool;
	st.in.pool_arg = &st;
	s->pool_lent = true;
	struct zl_stream *stream = zl_stream_start(produce, &st, s->stream_chunk);
	if (stream == NULL) {
		s->pool_lent = false;
		z->preload = pre;
		read_directly(s, eng, z);
		return;
	}
	struct zl_sink sink = zl_engine_begin_zone(eng, z);
	for (struct zl_tape *t; (t = zl_stream_next(stream)) != NULL;) {
		zl_tape_play(t, &sink);
		zl_stream_played(stream);
	}
	int status = zl_stream_end(stream);
	s->pool_lent = false;
	zl_engine_end_zone(eng, z, status, &st.out);
}

/* ---- many small zones: read ahead on the pool, played back in order ---- */

static bool
small_file(const struct zl_sched *s, const struct zl_zone *z)
{
	struct stat st;
	return !z->from_stdin && strcmp(z->path, "-") != 0 &&
	    stat(z->path, &st) == 0 &&
	    S_ISREG(st.st_mode) && st.st_size <= (off_t)AHEAD_MAX_BYTES &&
	    st.st_size <= s->stream_min; /* else it is streamed */
}

static void
read_onto_tape(void *arg, size_t i)
{
	struct ahead *a = arg;
	struct zl_tape *t = &a->tapes[i];
	zl_tape_clear(t); /* the zone played from it last time */
	struct zl_zone *z = zl_engine_zone(a->eng, a->first + i);
	struct zl_read_in in = read_in(a->s, z, a->batches[i]);
	in.defer_generated = true;
	in.max_records = AHEAD_MAX_RECORDS;
	struct zl_sink sink = zl_tape_sink(t);
	a->status[i] = zl_read(&in, &sink, &a->outs[i]);
}

/* Starts reading the small zones from zone first in buffer k; NULL when
 * zone first is not one. */
static struct ahead *
ahead_start(struct zl_sched *s, struct zl_engine *eng, size_t first, int k)
{
	if (s->ahead[k] == NULL)
		s->ahead[k] = zl_xcalloc(1, sizeof *s->ahead[k]);
	struct ahead *a = s->ahead[k];
	a->s = s;
	a->eng = eng;
	a->first = first;
	a->n = 0;
	size_t nzones = zl_engine_zone_count(eng);
	while (first + a->n < nzones && a->n < AHEAD_ZONES &&
	    small_file(s, zl_engine_zone(eng, first + a->n)))
		a->n++;
	if (a->n == 0)
		return NULL;
	s->pool_lent = true;
	zl_pool_start_each(s->pool, read_onto_tape, a, a->n);
	return a;
}

/* Waits for the zones to be read, reading the ones no worker has taken
 * yet on this thread too. */
static void
ahead_wait(struct zl_sched *s)
{
	zl_pool_finish(s->pool);
	s->pool_lent = false;
}

/* Plays the tapes in order; a zone whose tape filled up is read again,
 * directly (on this thread alone, as the pool may be reading ahead).
 * Zones read ahead do not take their $GENERATE records from the budget
 * as they are read, in whatever order the threads run, but when played:
 * all of them if they fit, else the zone is read again directly and the
 * directive that passes the budget is found in order.  So the budget is
 * spent in the zones' order and the findings are the same with any -j. */
static void
ahead_play(struct zl_sched *s, struct zl_engine *eng, struct ahead *a)
{
	for (size_t i = 0; i < a->n; i++) {
		struct zl_zone *z = zl_engine_zone(eng, a->first + i);
		struct zl_tape *t = &a->tapes[i];
		const struct zl_read_out *out = &a->outs[i];
		if (out->full ||
		    !zl_budget_take_generated(&s->budget, out->generated)) {
			zl_tape_clear(t);
			read_directly(s, eng, z);
			continue;
		}
		struct zl_sink sink = zl_engine_begin_zone(eng, z);
		zl_tape_play(t, &sink);
		zl_engine_end_zone(eng, z, a->status[i], out);
	}
}

void
zl_sched_run(struct zl_sched *s, struct zl_engine *eng)
{
	size_t nzones = zl_engine_zone_count(eng);
	if (nzones > 1)
		zl_sched_pool(s);
	zl_engine_start(eng, s->pf);
	struct ahead *cur = NULL; /* being read on the pool */
	int k = 0;
	for (size_t i = 0; i < nzones || cur;) {
		if (cur == NULL) {
			cur = s->pool ? ahead_start(s, eng, i, k) : NULL;
			if (cur == NULL) {
				read_big(s, eng, zl_engine_zone(eng, i++));
				continue;
			}
			i += cur->n;
		}
		ahead_wait(s);
		k ^= 1;
		struct ahead *next = i < nzones ? ahead_start(s, eng, i, k) : NULL;
		if (next)
			i += next->n;
		ahead_play(s, eng, cur);
		cur = next;
	}
	zl_engine_finish(eng);
}
