/* stream.c: see stream.h. */
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>

#include "diag.h"
#include "jobs.h"
#include "stream.h"
#include "tape.h"

struct zl_stream {
	pthread_mutex_t lock;
	pthread_cond_t change;   /* a tape was recorded or played, or done */
	pthread_t thread;
	zl_producer *produce;
	void *arg;
	size_t chunk;
	struct zl_tape tapes[2];
	bool recorded[2];        /* tape k waits to be played */
	int writing, playing;    /* the tape each side has */
	bool done;
	int status;
};

/* Hands over the tape recorded and waits until the other is played. */
static void
swap(struct zl_stream *s)
{
	pthread_mutex_lock(&s->lock);
	s->recorded[s->writing] = true;
	pthread_cond_broadcast(&s->change);
	s->writing ^= 1;
	while (s->recorded[s->writing])
		pthread_cond_wait(&s->change, &s->lock);
	pthread_mutex_unlock(&s->lock);
}

/* ---- the producer's sink: the tape being written, swapped when full ---- */

static struct zl_sink
tape_of(struct zl_stream *s)
{
	return zl_tape_sink(&s->tapes[s->writing]);
}

static void
s_apex(void *arg, const char *origin, const char *source)
{
	struct zl_sink t = tape_of(arg);
	t.ops->apex(t.arg, origin, source);
}

static void
s_windows(void *arg, const char *format)
{
	struct zl_sink t = tape_of(arg);
	t.ops->windows(t.arg, format);
}

static void
s_record(void *arg, const struct zl_sink_record *rec)
{
	struct zl_stream *s = arg;
	struct zl_sink t = tape_of(s);
	t.ops->record(t.arg, rec);
	/* by events, not records: a tape's array then never outgrows chunk */
	if (s->tapes[s->writing].n >= s->chunk)
		swap(s);
}

static void
s_report(void *arg, enum zl_rule_id rule, struct zl_loc loc, const char *fmt,
    va_list ap)
{
	struct zl_sink t = tape_of(arg);
	t.ops->report(t.arg, rule, loc, fmt, ap);
}

static void
s_suppress(void *arg, struct zl_loc at, const char *rules, size_t len,
    bool whole_file)
{
	struct zl_sink t = tape_of(arg);
	t.ops->suppress(t.arg, at, rules, len, whole_file);
}

static void
s_bind(void *arg, size_t n, uint32_t first, uint32_t last)
{
	struct zl_sink t = tape_of(arg);
	t.ops->bind(t.arg, n, first, last);
}

static void
s_reserve(void *arg, size_t names)
{
	struct zl_sink t = tape_of(arg);
	t.ops->reserve(t.arg, names);
}

static const struct zl_sink_ops stream_ops = {
	.apex = s_apex, .windows = s_windows, .record = s_record,
	.report = s_report,
	.suppress = s_suppress, .bind = s_bind,
	.reserve = s_reserve, .upcoming = NULL,
};

static void *
producer_main(void *arg)
{
	struct zl_stream *s = arg;
	struct zl_sink sink = {&stream_ops, s};
	int status = s->produce(s->arg, &sink);
	pthread_mutex_lock(&s->lock);
	s->recorded[s->writing] = true;
	s->done = true;
	s->status = status;
	pthread_cond_broadcast(&s->change);
	pthread_mutex_unlock(&s->lock);
	return NULL;
}

struct zl_stream *
zl_stream_start(zl_producer *produce, void *arg, size_t chunk)
{
	struct zl_stream *s = zl_xcalloc(1, sizeof *s);
	pthread_mutex_init(&s->lock, NULL);
	pthread_cond_init(&s->change, NULL);
	s->produce = produce;
	s->arg = arg;
	s->chunk = chunk > 0 ? chunk : 1;
	pthread_attr_t attr;
	zl_thread_attr(&attr);
	int err = pthread_create(&s->thread, &attr, producer_main, s);
	pthread_attr_destroy(&attr);
	if (err != 0) {
		pthread_cond_destroy(&s->change);
		pthread_mutex_destroy(&s->lock);
		free(s);
		return NULL;
	}
	return s;
}

struct zl_tape *
zl_stream_next(struct zl_stream *s)
{
	pthread_mutex_lock(&s->lock);
	while (!s->recorded[s->playing] && !s->done)
		pthread_cond_wait(&s->change, &s->lock);
	bool have = s->recorded[s->playing];
	pthread_mutex_unlock(&s->lock);
	return have ? &s->tapes[s->playing] : NULL;
}

void
zl_stream_played(struct zl_stream *s)
{
	zl_tape_clear(&s->tapes[s->playing]);
	pthread_mutex_lock(&s->lock);
	s->recorded[s->playing] = false;
	s->playing ^= 1;
	pthread_cond_broadcast(&s->change);
	pthread_mutex_unlock(&s->lock);
}

int
zl_stream_end(struct zl_stream *s)
{
	pthread_join(s->thread, NULL);
	int status = s->status;
	zl_tape_free(&s->tapes[0]);
	zl_tape_free(&s->tapes[1]);
	pthread_cond_destroy(&s->change);
	pthread_mutex_destroy(&s->lock);
	free(s);
	return status;
}
