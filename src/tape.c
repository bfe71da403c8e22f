/* tape.c: see tape.h. */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "engine.h"
#include "index.h"
#include "tape.h"

enum kind { REPORT, VERBOSE, RECORD, SUPPRESS, BIND, RESERVE };

struct zl_tape_event {
	enum kind kind;
	const char *id;        /* REPORT: a rule id, a string constant */
	struct zl_loc loc;     /* REPORT, SUPPRESS */
	char *text;            /* REPORT, VERBOSE: the message; SUPPRESS: rules */
	size_t len, n;         /* SUPPRESS: text length; BIND: its number;
	                        * RESERVE: names */
	bool whole_file;
	uint32_t first, last;  /* BIND */
	struct zl_record rec;  /* RECORD: rr and rdata are set when played */
	size_t rdata;          /* RECORD: its first token in t->tokens */
	size_t flat, flat_len; /* RECORD: the record in t->bytes */
};

static struct zl_tape_event *
add(struct zl_tape *t, enum kind kind)
{
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 64;
		t->v = zl_xrealloc(t->v, t->cap * sizeof *t->v);
	}
	struct zl_tape_event *e = &t->v[t->n++];
	memset(e, 0, sizeof *e);
	e->kind = kind;
	return e;
}

void
zl_tape_report(struct zl_tape *t, const char *id, struct zl_loc loc,
    const char *fmt, va_list ap)
{
	struct zl_tape_event *e = add(t, REPORT);
	e->id = id;
	e->loc = loc;
	e->text = zl_vasprintf(fmt, ap);
}

void
zl_tape_verbose(struct zl_tape *t, const char *fmt, va_list ap)
{
	add(t, VERBOSE)->text = zl_vasprintf(fmt, ap);
}

void
zl_tape_record(struct zl_tape *t, const struct zl_record *rec,
    const struct zl_flat *flat)
{
	struct zl_tape_event *e = add(t, RECORD);
	e->rec = *rec;
	e->rec.rr = NULL;
	e->rec.rdata = NULL;
	if (t->nbytes + flat->len > t->bytes_cap) {
		t->bytes_cap = 2 * (t->nbytes + flat->len);
		t->bytes = zl_xrealloc(t->bytes, t->bytes_cap);
	}
	/* 16-byte steps keep each record's header aligned */
	e->flat = t->nbytes;
	e->flat_len = flat->len;
	memcpy(t->bytes + t->nbytes, flat->bytes, flat->len);
	t->nbytes += (flat->len + 15) & ~(size_t)15;
	e->rdata = t->ntokens;
	if (t->ntokens + rec->rdata_count > t->tokens_cap) {
		t->tokens_cap = 2 * (t->ntokens + rec->rdata_count);
		t->tokens = zl_xrealloc(t->tokens, t->tokens_cap * sizeof *t->tokens);
	}
	if (rec->rdata_count)
		memcpy(t->tokens + t->ntokens, rec->rdata,
		    rec->rdata_count * sizeof *t->tokens);
	t->ntokens += rec->rdata_count;
}

size_t
zl_tape_suppress(struct zl_tape *t, struct zl_loc at, const char *rules,
    size_t len, bool whole_file)
{
	struct zl_tape_event *e = add(t, SUPPRESS);
	e->loc = at;
	e->text = zl_asprintf("%.*s", (int)len, rules);
	e->len = len;
	e->whole_file = whole_file;
	return t->sup_first + t->suppressions++;
}

void
zl_tape_suppress_bind(struct zl_tape *t, size_t n, uint32_t first_line,
    uint32_t last_line)
{
	struct zl_tape_event *e = add(t, BIND);
	e->n = n;
	e->first = first_line;
	e->last = last_line;
}

void
zl_tape_reserve(struct zl_tape *t, size_t names)
{
	add(t, RESERVE)->n = names;
}

#define TOUCH_GROUP 64

/* Loads the owners' table slots of the records among events [i, i +
 * TOUCH_GROUP) together, so their cache misses overlap (as the reader's
 * touch_slots does for records read directly). */
static void
touch_slots(const struct zl_tape *t, const struct zl_zone *zone, size_t i)
{
	uint32_t h[TOUCH_GROUP];
	size_t n = 0;
	for (size_t k = i; k < t->n && k < i + TOUCH_GROUP; k++)
		if (t->v[k].kind == RECORD)
			h[n++] = t->v[k].rec.owner_hash;
	uint32_t sum = zl_index_touch(zone, h, n);
	__asm__ __volatile__("" : : "r"(sum)); /* the loads are the point */
}

void
zl_tape_play(struct zl_tape *t, struct zl_engine *eng, struct zl_zone *zone)
{
	/* the engine numbers suppressions in turn, and the zone's earlier
	 * ones are played: this is the engine's number of its first */
	size_t base = zl_engine_suppressions(eng) - t->sup_first;
	for (size_t i = 0; i < t->n; i++) {
		struct zl_tape_event *e = &t->v[i];
		if (i % TOUCH_GROUP == 0)
			touch_slots(t, zone, i);
		switch (e->kind) {
		case REPORT:
			zl_engine_report_id(eng, e->id, zone, e->loc, "%s", e->text);
			break;
		case VERBOSE:
			zl_engine_verbose(eng, "%s", e->text);
			break;
		case RECORD: {
			struct zl_flat flat = {t->bytes + e->flat,
			    (uint32_t)e->flat_len, (uint32_t)e->flat_len};
			e->rec.rr = zl_flat_view(&t->view, &flat);
			e->rec.zone = zone;
			/* no tokens at all when no record on the tape has data */
			e->rec.rdata = t->tokens ? t->tokens + e->rdata : NULL;
			zl_engine_record(eng, &e->rec);
			break;
		}
		case SUPPRESS:
			zl_engine_suppress(eng, e->loc, e->text, e->len,
			    e->whole_file);
			break;
		case BIND:
			zl_engine_suppress_bind(eng, base + e->n, e->first, e->last);
			break;
		case RESERVE:
			zl_index_reserve(zone->names, e->n);
			break;
		}
	}
}

void
zl_tape_clear(struct zl_tape *t)
{
	for (size_t i = 0; i < t->n; i++) {
		struct zl_tape_event *e = &t->v[i];
		free(e->text);
	}
	t->n = t->suppressions = t->sup_first = t->ntokens = t->nbytes = 0;
	t->full = false;
	t->status = 0;
}

void
zl_tape_free(struct zl_tape *t)
{
	zl_tape_clear(t);
	free(t->v);
	free(t->tokens);
	free(t->bytes);
	zl_flat_view_free(&t->view);
	t->v = NULL;
	t->tokens = NULL;
	t->bytes = NULL;
	t->cap = t->tokens_cap = t->bytes_cap = 0;
}
