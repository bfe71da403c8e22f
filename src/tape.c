/* tape.c: see tape.h. */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "index.h"
#include "tape.h"

enum kind { APEX, REPORT, RECORD, SUPPRESS, BIND, RESERVE, WINDOWS };

/* 48 bytes: a stream's tape holds thousands, crossing cores each time. */
struct zl_tape_event {
	uint8_t kind;          /* enum kind */
	bool whole_file;       /* SUPPRESS */
	uint16_t rule;         /* REPORT: enum zl_rule_id */
	struct zl_loc loc;     /* REPORT, SUPPRESS, RECORD */
	union {
		struct {           /* APEX, REPORT, SUPPRESS, WINDOWS */
			const char *source; /* APEX, WINDOWS: a string constant */
			char *text;    /* the message; APEX: the origin;
			                * SUPPRESS: the rules */
			size_t len;    /* SUPPRESS: the rules' length */
		} msg;
		struct {           /* BIND; RESERVE: n names */
			size_t n;
			uint32_t first, last;
		} bind;
		struct {           /* RECORD */
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

static void
rec_apex(void *arg, const char *origin, const char *source)
{
	struct zl_tape_event *e = add(arg, APEX);
	e->u.msg.text = zl_xstrdup(origin);
	e->u.msg.source = source;
}

static void
rec_windows(void *arg, const char *format)
{
	add(arg, WINDOWS)->u.msg.source = format; /* a string constant */
}

static void
rec_report(void *arg, enum zl_rule_id rule, struct zl_loc loc,
    const char *fmt, va_list ap)
{
	struct zl_tape_event *e = add(arg, REPORT);
	e->rule = (uint16_t)rule;
	e->loc = loc;
	e->u.msg.text = zl_vasprintf(fmt, ap);
}

/* Keeps a copy of the record, flat, and of its data positions. */
static void
rec_record(void *arg, const struct zl_sink_record *rec)
{
	struct zl_tape *t = arg;
	struct zl_tape_event *e = add(t, RECORD);
	const struct zl_flat *flat = rec->flat;
	e->loc = rec->loc;
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

static void
rec_suppress(void *arg, struct zl_loc at, const char *rules, size_t len,
    bool whole_file)
{
	struct zl_tape_event *e = add(arg, SUPPRESS);
	e->loc = at;
	e->u.msg.text = zl_asprintf("%.*s", (int)len, rules);
	e->u.msg.len = len;
	e->whole_file = whole_file;
}

static void
rec_bind(void *arg, size_t n, uint32_t first_line, uint32_t last_line)
{
	struct zl_tape_event *e = add(arg, BIND);
	e->u.bind.n = n;
	e->u.bind.first = first_line;
	e->u.bind.last = last_line;
}

static void
rec_reserve(void *arg, size_t names)
{
	add(arg, RESERVE)->u.bind.n = names;
}

static const struct zl_sink_ops record_ops = {
	.apex = rec_apex, .windows = rec_windows, .record = rec_record,
	.report = rec_report,
	.suppress = rec_suppress, .bind = rec_bind,
	.reserve = rec_reserve,
	.upcoming = NULL, /* the hint is given when played */
};

struct zl_sink
zl_tape_sink(struct zl_tape *t)
{
	return (struct zl_sink){&record_ops, t};
}

/* The sink's report with "%s" and the text recorded. */
static void
play_report(const struct zl_sink *to, const struct zl_tape_event *e, ...)
{
	va_list ap;
	va_start(ap, e);
	to->ops->report(to->arg, (enum zl_rule_id)e->rule, e->loc, "%s", ap);
	va_end(ap);
}

/* The owner hashes of the records among events [i, i + ZL_TOUCH_GROUP),
 * to the sink's hint, so their cache misses overlap. */
static void
hint(const struct zl_tape *t, const struct zl_sink *to, size_t i)
{
	uint32_t h[ZL_TOUCH_GROUP];
	size_t n = 0;
	for (size_t k = i; k < t->n && k < i + ZL_TOUCH_GROUP; k++)
		if (t->v[k].kind == RECORD)
			h[n++] = t->v[k].u.rec.owner_hash;
	if (n)
		to->ops->upcoming(to->arg, h, n);
}

static void
play_record(struct zl_tape *t, const struct zl_sink *to,
    const struct zl_tape_event *e)
{
	struct zl_flat flat = {t->bytes + e->u.rec.flat, e->u.rec.flat_len,
	    e->u.rec.flat_len};
	struct zl_sink_record rec = {
		.rr = zl_flat_view(&t->view, &flat),
		.flat = &flat,
		.loc = e->loc,
		.end_line = e->u.rec.end_line,
		.age_hours = e->u.rec.age_hours,
		/* no tokens at all when no record on the tape has data */
		.rdata = t->tokens ? t->tokens + e->u.rec.rdata : NULL,
		.rdata_count = e->u.rec.rdata_count,
		.owner_hash = e->u.rec.owner_hash,
	};
	to->ops->record(to->arg, &rec);
}

void
zl_tape_play(struct zl_tape *t, const struct zl_sink *to)
{
	for (size_t i = 0; i < t->n; i++) {
		struct zl_tape_event *e = &t->v[i];
		if (i % ZL_TOUCH_GROUP == 0 && to->ops->upcoming)
			hint(t, to, i);
		switch (e->kind) {
		case APEX:
			to->ops->apex(to->arg, e->u.msg.text, e->u.msg.source);
			break;
		case REPORT:
			play_report(to, e, e->u.msg.text);
			break;
		case RECORD:
			play_record(t, to, e);
			break;
		case SUPPRESS:
			to->ops->suppress(to->arg, e->loc, e->u.msg.text, e->u.msg.len,
			    e->whole_file);
			break;
		case BIND:
			to->ops->bind(to->arg, e->u.bind.n, e->u.bind.first,
			    e->u.bind.last);
			break;
		case RESERVE:
			to->ops->reserve(to->arg, e->u.bind.n);
			break;
		case WINDOWS:
			to->ops->windows(to->arg, e->u.msg.source);
			break;
		}
	}
}

void
zl_tape_clear(struct zl_tape *t)
{
	for (size_t i = 0; i < t->n; i++) {
		struct zl_tape_event *e = &t->v[i];
		if (e->kind != RECORD && e->kind != BIND && e->kind != RESERVE &&
		    e->kind != WINDOWS)
			free(e->u.msg.text);
	}
	t->n = t->ntokens = t->nbytes = 0;
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
