/* stream.c: see stream.h. */
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>

#include "diag.h"
#include "jobs.h"
#include "reader.h"
#include "stream.h"
#include "tape.h"

struct zl_stream {
	pthread_mutex_t lock;
	pthread_cond_t change;   /* a tape was recorded or played, or done */
	pthread_t thread;
	struct zl_engine *eng;
	struct zl_zone *zone;
	struct zl_batch *batches;
	struct zl_pool *pool;
	size_t chunk;
	struct zl_tape tapes[2];
	bool recorded[2];        /* tape k waits to be played */
	int writing, playing;    /* the tape each side has */
	bool done;
	int status;
};

static void *
reader_main(void *arg)
{
	struct zl_stream *s = arg;
	int status = zl_read_zone_streamed(s->eng, s->zone, s, s->batches);
	pthread_mutex_lock(&s->lock);
	s->recorded[s->writing] = true;
	s->done = true;
	s->status = status;
	pthread_cond_broadcast(&s->change);
	pthread_mutex_unlock(&s->lock);
	return NULL;
}

struct zl_stream *
zl_stream_start(struct zl_engine *eng, struct zl_zone *zone,
    struct zl_batch *batches, struct zl_pool *pool, size_t chunk)
{
	struct zl_stream *s = zl_xcalloc(1, sizeof *s);
	pthread_mutex_init(&s->lock, NULL);
	pthread_cond_init(&s->change, NULL);
	s->eng = eng;
	s->zone = zone;
	s->batches = batches;
	s->pool = pool;
	s->chunk = chunk > 0 ? chunk : 1;
	pthread_attr_t attr;
	zl_thread_attr(&attr);
	int err = pthread_create(&s->thread, &attr, reader_main, s);
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
zl_stream_first(struct zl_stream *s)
{
	return &s->tapes[0];
}

size_t
zl_stream_chunk(const struct zl_stream *s)
{
	return s->chunk;
}

struct zl_pool *
zl_stream_pool(const struct zl_stream *s)
{
	return s->pool;
}

struct zl_tape *
zl_stream_swap(struct zl_stream *s)
{
	pthread_mutex_lock(&s->lock);
	struct zl_tape *done = &s->tapes[s->writing];
	size_t sup_next = done->sup_first + done->suppressions;
	s->recorded[s->writing] = true;
	pthread_cond_broadcast(&s->change);
	s->writing ^= 1;
	while (s->recorded[s->writing])
		pthread_cond_wait(&s->change, &s->lock);
	struct zl_tape *next = &s->tapes[s->writing];
	next->sup_first = sup_next; /* suppressions are numbered per zone */
	pthread_mutex_unlock(&s->lock);
	return next;
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
