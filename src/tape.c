/* tape.c: see tape.h. */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "engine.h"
#include "index.h"
#include "tape.h"

enum kind { REPORT, VERBOSE, RECORD, SUPPRESS, BIND, RESERVE };

/* 48 bytes: a stream's tape holds thousands, crossing cores each time. */
struct zl_tape_event {
	uint8_t kind;          /* enum kind */
	bool whole_file;       /* SUPPRESS */
	bool hashed;           /* RECORD: owner_hash is set */
	struct zl_loc loc;     /* REPORT, SUPPRESS, RECORD */
	union {
		struct {           /* REPORT, VERBOSE, SUPPRESS */
			const char *id; /* REPORT: a rule id, a string constant */
			char *text;    /* the message; SUPPRESS: the rules */
			size_t len;    /* SUPPRESS: the rules' length */
		} msg;
		struct {           /* BIND; RESERVE: n names */
			size_t n;
			uint32_t first, last;
		} bind;
		struct {           /* RECORD: played as a struct zl_record */
			long long age_hours;
			uint32_t end_line, rdata_count, owner_hash;
			uint32_t rdata;         /* its first token in t->tokens */
			uint32_t flat, flat_len; /* the record in t->bytes */
		} rec;
	} u;
};
_Static_assert(sizeof(struct zl_tape_event) <= 48, "a tape event grew");

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
	e->u.msg.id = id;
	e->loc = loc;
	e->u.msg.text = zl_vasprintf(fmt, ap);
}

void
zl_tape_verbose(struct zl_tape *t, const char *fmt, va_list ap)
{
	add(t, VERBOSE)->u.msg.text = zl_vasprintf(fmt, ap);
}

void
zl_tape_record(struct zl_tape *t, const struct zl_record *rec,
    const struct zl_flat *flat)
{
	struct zl_tape_event *e = add(t, RECORD);
	e->loc = rec->loc;
	e->hashed = rec->hashed;
	e->u.rec.age_hours = rec->age_hours;
	e->u.rec.end_line = rec->end_line;
	e->u.rec.rdata_count = (uint32_t)rec->rdata_count;
	e->u.rec.owner_hash = rec->owner_hash;
	if (t->nbytes + flat->len > t->bytes_cap) {
		t->bytes_cap = 2 * (t->nbytes + flat->len);
		t->bytes = zl_xrealloc(t->bytes, t->bytes_cap);
	}
	/* 16-byte steps keep each record's header aligned */
	e->u.rec.flat = (uint32_t)t->nbytes;
	e->u.rec.flat_len = flat->len;
	memcpy(t->bytes + t->nbytes, flat->bytes, flat->len);
	t->nbytes += (flat->len + 15) & ~(size_t)15;
	e->u.rec.rdata = (uint32_t)t->ntokens;
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
	e->u.msg.text = zl_asprintf("%.*s", (int)len, rules);
	e->u.msg.len = len;
	e->whole_file = whole_file;
	return t->sup_first + t->suppressions++;
}

void
zl_tape_suppress_bind(struct zl_tape *t, size_t n, uint32_t first_line,
    uint32_t last_line)
{
	struct zl_tape_event *e = add(t, BIND);
	e->u.bind.n = n;
	e->u.bind.first = first_line;
	e->u.bind.last = last_line;
}

void
zl_tape_reserve(struct zl_tape *t, size_t names)
{
	add(t, RESERVE)->u.bind.n = names;
}

void
zl_tape_generated(struct zl_tape *t, unsigned long long n)
{
	t->generated += n;
}

/* Loads the owners' table slots of the records among events [i, i +
 * ZL_TOUCH_GROUP) together, so their cache misses overlap (as the reader's
 * touch_slots does for records read directly). */
static void
touch_slots(const struct zl_tape *t, const struct zl_zone *zone, size_t i)
{
	uint32_t h[ZL_TOUCH_GROUP];
	size_t n = 0;
	for (size_t k = i; k < t->n && k < i + ZL_TOUCH_GROUP; k++)
		if (t->v[k].kind == RECORD)
			h[n++] = t->v[k].u.rec.owner_hash;
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
		if (i % ZL_TOUCH_GROUP == 0)
			touch_slots(t, zone, i);
		switch (e->kind) {
		case REPORT:
			zl_engine_report_id(eng, e->u.msg.id, zone, e->loc, "%s",
			    e->u.msg.text);
			break;
		case VERBOSE:
			zl_engine_verbose(eng, "%s", e->u.msg.text);
			break;
		case RECORD: {
			struct zl_flat flat = {t->bytes + e->u.rec.flat,
			    e->u.rec.flat_len, e->u.rec.flat_len};
			struct zl_record rec = {
				.rr = zl_flat_view(&t->view, &flat),
				.loc = e->loc,
				.end_line = e->u.rec.end_line,
				.zone = zone,
				.age_hours = e->u.rec.age_hours,
				/* no tokens at all when no record on the tape has data */
				.rdata = t->tokens ? t->tokens + e->u.rec.rdata : NULL,
				.rdata_count = e->u.rec.rdata_count,
				.owner_hash = e->u.rec.owner_hash,
				.hashed = e->hashed,
			};
			zl_engine_record(eng, &rec);
			break;
		}
		case SUPPRESS:
			zl_engine_suppress(eng, e->loc, e->u.msg.text, e->u.msg.len,
			    e->whole_file);
			break;
		case BIND:
			zl_engine_suppress_bind(eng, base + e->u.bind.n,
			    e->u.bind.first, e->u.bind.last);
			break;
		case RESERVE:
			zl_index_reserve(zone->names, e->u.bind.n);
			break;
		}
	}
}

void
zl_tape_clear(struct zl_tape *t)
{
	for (size_t i = 0; i < t->n; i++) {
		struct zl_tape_event *e = &t->v[i];
		if (e->kind == REPORT || e->kind == VERBOSE || e->kind == SUPPRESS)
			free(e->u.msg.text);
	}
	t->n = t->suppressions = t->sup_first = t->ntokens = t->nbytes = 0;
	t->full = false;
	t->generated = 0;
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
