/*
 * engine.c: the record pass, the zone and run ends, and reporting.
 *
 * Each record is indexed under its owner, then lent to the rules whose
 * type mask matches.  The index keeps only what later checks need, so
 * memory follows the number of names, never the zone's text.
 */
#include <fnmatch.h>
#include <malloc.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "engine.h"
#include "batch.h"
#include "bigmem.h"
#include "escape.h"
#include "cap.h"
#include "index.h"
#include "jobs.h"
#include "newtypes.h"
#include "pool.h"
#include "reader.h"
#include "stream.h"
#include "registry.h"
#include "source.h"
#include "tape.h"

#define AHEAD_ZONES 32                 /* small zones read ahead at once */
#define AHEAD_MAX_BYTES (256u << 10)   /* a bigger file is read directly */
#define STREAM_CHUNK 4096              /* tape events handed over at once */

/* Small zones being read onto tapes on the pool (see tape.h). */
struct ahead {
	struct zl_engine *eng;
	size_t first, n;                  /* zones[first, first + n) */
	struct zl_zone saved[AHEAD_ZONES]; /* as before reading: a full tape
	                                    * is thrown away, the zone re-read */
	struct zl_tape tapes[AHEAD_ZONES];
	struct zl_batch batches[AHEAD_ZONES][2];
};

struct rule_run {
	const struct zl_rule *rule;
	bool enabled;
	enum zl_severity severity;
	void *state;
};

struct suppression {
	struct zl_loc at;        /* the comment */
	char *rules;             /* "id,glob-*" */
	uint32_t first, last;    /* record lines; 0, 0 for the whole file */
	bool whole_file, used;
};

struct zl_engine {
	struct zl_options *opt;
	struct zl_diags diags;
	struct zl_caps caps;    /* findings by file and rule: --limit findings */
	struct rule_run *runs;
	size_t nruns;
	size_t *record_rules; /* indexes of enabled rules with on_record */
	size_t nrecord_rules;
	struct zl_zone **zones;
	size_t nzones, zones_cap;
	const struct zl_record *cur; /* the record being dispatched */
	const struct zl_zone *cur_zone; /* the zone being finished */
	void (*observer)(void *arg, const struct zl_record *rec);
	void *observer_arg;
	bool input_failed;
	struct suppression *sup;
	size_t nsup, sup_cap;
	uint32_t *apex_slots;   /* zone number + 1 by view and apex, or 0 */
	uint32_t napex;         /* built once every zone is read */
	struct zl_pool *pool;   /* parsing threads, started when first needed */
	struct zl_batch batches[2]; /* the reader's, kept from zone to zone */
	bool pool_tried;
	bool pool_lent;         /* reading zones ahead: not for the reader */
	struct ahead *ahead[2]; /* one being played, one being read */
	/* $GENERATE records taken from the budget: by this thread, or by
	 * the one thread streaming a zone while this one only plays it */
	atomic_ullong generated;
	long long stream_min;   /* a zone of more bytes is streamed ... */
	size_t stream_chunk;    /* ... STREAM_CHUNK events to a tape */
	atomic_ulong include_reads; /* $INCLUDE reads so far: the run's budget */
	atomic_ulong include_bytes;
};

struct zl_ctx {
	struct zl_engine *eng;
	size_t rule;
};

static void report_dropped(struct zl_engine *eng);

struct zl_engine *
zl_engine_new(struct zl_options *opt)
{
	struct zl_engine *eng = zl_xcalloc(1, sizeof *eng);
	eng->opt = opt;
	eng->nruns = zl_registry_count();
	eng->runs = zl_xcalloc(eng->nruns, sizeof *eng->runs);
	for (size_t i = 0; i < eng->nruns; i++) {
		const struct zl_rule *rule = zl_registry_at(i);
		eng->runs[i].rule = rule;
		eng->runs[i].enabled = true;
		eng->runs[i].severity = rule->severity;
	}
	eng->record_rules = zl_xcalloc(eng->nruns, sizeof *eng->record_rules);
	eng->stream_min = AHEAD_MAX_BYTES;
	eng->stream_chunk = STREAM_CHUNK;
	return eng;
}

void
zl_engine_stream_at(struct zl_engine *eng, long long bytes, size_t chunk)
{
	eng->stream_min = bytes;
	eng->stream_chunk = chunk;
}

void
zl_engine_free(struct zl_engine *eng)
{
	for (size_t i = 0; i < eng->nruns; i++) {
		if (eng->runs[i].state && eng->runs[i].rule->free_state)
			eng->runs[i].rule->free_state(eng->runs[i].state);
		free(eng->runs[i].state);
	}
	for (size_t i = 0; i < eng->nzones; i++) {
		struct zl_zone *z = eng->zones[i];
		zl_index_free(z->names);
		if (z->origin)
			ldns_rdf_deep_free(z->origin);
		free(z->origin_str);
		free((char *)z->path);
		if (z->preload) {
			zl_preload_free(z->preload);
			free(z->preload);
		}
		free(z);
	}
	for (size_t i = 0; i < eng->nsup; i++)
		free(eng->sup[i].rules);
	free(eng->sup);
	free(eng->apex_slots);
	free(eng->zones);
	free(eng->runs);
	free(eng->record_rules);
	zl_pool_free(eng->pool);
	zl_big_helper_stop();
	for (size_t a = 0; a < 2; a++) {
		if (eng->ahead[a] == NULL)
			continue;
		for (size_t i = 0; i < AHEAD_ZONES; i++) {
			zl_tape_free(&eng->ahead[a]->tapes[i]);
			zl_batch_free(&eng->ahead[a]->batches[i][0]);
			zl_batch_free(&eng->ahead[a]->batches[i][1]);
		}
		free(eng->ahead[a]);
	}
	zl_batch_free(&eng->batches[0]);
	zl_batch_free(&eng->batches[1]);
	zl_diags_free(&eng->diags);
	zl_caps_free(&eng->caps);
	free(eng);
}

int
zl_engine_enable(struct zl_engine *eng, const char *pattern, bool on)
{
	int n = 0;
	for (size_t i = 0; i < eng->nruns; i++)
		if (fnmatch(pattern, eng->runs[i].rule->id, 0) == 0) {
			eng->runs[i].enabled = on;
			n++;
		}
	return n;
}

int
zl_engine_set_severity(struct zl_engine *eng, const char *pattern,
    enum zl_severity sev)
{
	int n = 0;
	for (size_t i = 0; i < eng->nruns; i++)
		if (fnmatch(pattern, eng->runs[i].rule->id, 0) == 0) {
			eng->runs[i].severity = sev;
			n++;
		}
	return n;
}

struct zl_zone *
zl_engine_add_zone(struct zl_engine *eng, const char *path, enum zl_view view,
    const char *origin)
{
	struct zl_zone *z = zl_xcalloc(1, sizeof *z);
	z->path = zl_xstrdup(path);
	z->file = zl_file_intern(path);
	z->view = view;
	if (origin) {
		char *abs = origin[strlen(origin) - 1] == '.' ?
		    zl_xstrdup(origin) : zl_asprintf("%s.", origin);
		z->origin = ldns_dname_new_frm_str(abs);
		if (z->origin) {
			char buf[LDNS_MAX_DOMAINLEN * 4 + 2];
			z->origin_str = zl_xstrdup(zl_dname_str(z->origin, buf,
			    sizeof buf));
		}
		free(abs);
	}
	if (eng->nzones == eng->zones_cap) {
		eng->zones_cap = eng->zones_cap ? eng->zones_cap * 2 : 16;
		eng->zones = zl_xrealloc(eng->zones,
		    eng->zones_cap * sizeof *eng->zones);
	}
	eng->zones[eng->nzones++] = z;
	return z;
}

static void
prepare_rules(struct zl_engine *eng)
{
	eng->nrecord_rules = 0;
	for (size_t i = 0; i < eng->nruns; i++) {
		struct rule_run *run = &eng->runs[i];
		if (run->enabled && run->rule->state_size && run->state == NULL)
			run->state = zl_xcalloc(1, run->rule->state_size);
		if (run->enabled && run->rule->on_record)
			eng->record_rules[eng->nrecord_rules++] = i;
	}
}

/* Zones by view and apex, so that finding the zone for a name costs a
 * lookup per label, not a pass over every zone (a folder of 20,000). */
static uint32_t
apex_hash(enum zl_view view, const ldns_rdf *name)
{
	uint32_t h = 2166136261u ^ (uint32_t)view;
	const uint8_t *w = ldns_rdf_data(name);
	for (size_t i = 0; i < ldns_rdf_size(name); i++)
		h = (h ^ zl_lower(w[i])) * 16777619u;
	return h;
}

static uint32_t *
apex_slot(const struct zl_engine *eng, enum zl_view view, const ldns_rdf *name)
{
	uint32_t j = apex_hash(view, name) & (eng->napex - 1);
	for (;; j = (j + 1) & (eng->napex - 1)) {
		uint32_t z = eng->apex_slots[j];
		if (z == 0 || (eng->zones[z - 1]->view == view &&
		    zl_dname_eq(eng->zones[z - 1]->origin, name)))
			return &eng->apex_slots[j];
	}
}

static void
build_apex_map(struct zl_engine *eng)
{
	eng->napex = 16;
	while (eng->napex < 2 * eng->nzones + 2)
		eng->napex *= 2;
	eng->apex_slots = zl_xcalloc(eng->napex, sizeof *eng->apex_slots);
	for (size_t i = 0; i < eng->nzones; i++) {
		const struct zl_zone *z = eng->zones[i];
		if (z->origin == NULL || z->unreadable)
			continue;
		uint32_t *slot = apex_slot(eng, z->view, z->origin);
		if (*slot == 0) /* the first zone of that name answers */
			*slot = (uint32_t)i + 1;
	}
}

/* A zone is read: tell the rules, unless it could not be.  Findings
 * made while reading it, from diags[from] on, before its apex was known
 * (a bad $TTL on line 1) get its name now, as they would have on a tape
 * played once the apex is known: the same output with any -j. */
static void
zone_read(struct zl_engine *eng, struct zl_zone *z, int status, size_t from)
{
	for (size_t i = from; z->origin_str && i < eng->diags.count; i++) {
		struct zl_diag *d = &eng->diags.v[i];
		if (d->zone == NULL && d->zone_file == z->file)
			d->zone = zl_xstrdup(z->origin_str);
	}
	if (status != 0) {
		eng->input_failed = true;
		return;
	}
	zl_engine_verbose(eng, "%s: %lu records, %zu names", z->path,
	    z->records, zl_index_count(z));
	if (eng->opt->verbose > 1)
		zl_engine_verbose(eng, "%s: name index %.1f MiB", z->path,
		    zl_index_bytes(z->names) / 1048576.0);
	eng->cur_zone = z;
	for (size_t r = 0; r < eng->nruns; r++)
		if (eng->runs[r].enabled && eng->runs[r].rule->on_zone_end) {
			struct zl_ctx ctx = {eng, r};
			eng->runs[r].rule->on_zone_end(&ctx, z);
		}
	eng->cur_zone = NULL;
}

static void
read_directly(struct zl_engine *eng, struct zl_zone *z)
{
	size_t from = eng->diags.count;
	z->names = zl_index_new();
	zone_read(eng, z, zl_read_zone(eng, z), from);
}

/* A big zone is read and parsed on a thread of its own while this one
 * runs the rules on what it has read (see stream.h); a small one, or any
 * with no threads, is read here. */
static void
read_big(struct zl_engine *eng, struct zl_zone *z)
{
	struct stat st;
	struct zl_pool *pool;
	struct zl_stream *s = NULL;
	/* the reader lexes, the pool parses, this thread checks */
	if (strcmp(z->path, "-") != 0 && stat(z->path, &st) == 0 &&
	    S_ISREG(st.st_mode) && st.st_size > eng->stream_min &&
	    (pool = zl_engine_pool(eng)) != NULL) {
		z->names = zl_index_new();
		s = zl_stream_start(eng, z, eng->batches, pool,
		    eng->stream_chunk);
		if (s == NULL) {
			zl_index_free(z->names);
			z->names = NULL;
		}
	}
	if (s == NULL) {
		read_directly(eng, z);
		return;
	}
	size_t from = eng->diags.count;
	eng->pool_lent = true;
	for (struct zl_tape *t; (t = zl_stream_next(s)) != NULL;) {
		zl_tape_play(t, eng, z);
		zl_stream_played(s);
	}
	int status = zl_stream_end(s);
	eng->pool_lent = false;
	zone_read(eng, z, status, from);
}

/* ---- many small zones: read ahead on the pool, played back in order ---- */

static bool
small_file(const struct zl_engine *eng, const struct zl_zone *z)
{
	struct stat st;
	return strcmp(z->path, "-") != 0 && stat(z->path, &st) == 0 &&
	    S_ISREG(st.st_mode) && st.st_size <= (off_t)AHEAD_MAX_BYTES &&
	    st.st_size <= eng->stream_min; /* else it is streamed */
}

static void
read_onto_tape(void *arg, size_t i)
{
	struct ahead *a = arg;
	zl_tape_clear(&a->tapes[i]); /* the zone played from it last time */
	a->tapes[i].status = zl_read_zone_to_tape(a->eng,
	    a->eng->zones[a->first + i], &a->tapes[i], a->batches[i]);
}

/* Starts reading the small zones from zones[first] in buffer k; NULL
 * when zones[first] is not one. */
static struct ahead *
ahead_start(struct zl_engine *eng, size_t first, int k)
{
	if (eng->ahead[k] == NULL)
		eng->ahead[k] = zl_xcalloc(1, sizeof *eng->ahead[k]);
	struct ahead *a = eng->ahead[k];
	a->eng = eng;
	a->first = first;
	a->n = 0;
	while (first + a->n < eng->nzones && a->n < AHEAD_ZONES &&
	    small_file(eng, eng->zones[first + a->n])) {
		struct zl_zone *z = eng->zones[first + a->n];
		z->names = zl_index_new();
		a->saved[a->n++] = *z;
	}
	if (a->n == 0)
		return NULL;
	eng->pool_lent = true;
	zl_pool_start_each(eng->pool, read_onto_tape, a, a->n);
	return a;
}

/* Waits for the zones to be read, reading the ones no worker has taken
 * yet on this thread too. */
static void
ahead_wait(struct zl_engine *eng)
{
	zl_pool_finish(eng->pool);
	eng->pool_lent = false;
}

/* Plays the tapes in order; a zone whose tape filled up is read again,
 * directly (on this thread alone, as the pool may be reading ahead).
 * Zones read ahead do not take their $GENERATE records from the budget
 * as they are read, in whatever order the threads run, but when played:
 * all of them if they fit, else the zone is read again directly and the
 * directive that passes the budget is found in order.  So the budget is
 * spent in the zones' order and the findings are the same with any -j. */
static void
ahead_play(struct zl_engine *eng, struct ahead *a)
{
	for (size_t i = 0; i < a->n; i++) {
		struct zl_zone *z = eng->zones[a->first + i];
		struct zl_tape *t = &a->tapes[i];
		if (t->full || !zl_engine_generated_take(eng, t->generated)) {
			if (z->origin != a->saved[i].origin) {
				ldns_rdf_deep_free(z->origin);
				free(z->origin_str);
			}
			zl_index_free(z->names);
			struct zl_preload *pre = z->preload; /* NULL once read */
			*z = a->saved[i];
			z->names = NULL;
			z->preload = pre;
			zl_tape_clear(t);
			read_directly(eng, z);
			continue;
		}
		size_t from = eng->diags.count;
		zl_tape_play(t, eng, z);
		zone_read(eng, z, t->status, from);
	}
}

void
zl_engine_run(struct zl_engine *eng)
{
	prepare_rules(eng);
	if (eng->nzones > 1)
		zl_engine_pool(eng);
	struct ahead *cur = NULL; /* being read on the pool */
	int k = 0;
	for (size_t i = 0; i < eng->nzones || cur;) {
		if (cur == NULL) {
			cur = eng->pool ? ahead_start(eng, i, k) : NULL;
			if (cur == NULL) {
				read_big(eng, eng->zones[i++]);
				continue;
			}
			i += cur->n;
		}
		ahead_wait(eng);
		k ^= 1;
		struct ahead *next = i < eng->nzones ? ahead_start(eng, i, k) : NULL;
		if (next)
			i += next->n;
		ahead_play(eng, cur);
		cur = next;
	}
	build_apex_map(eng);
	for (size_t r = 0; r < eng->nruns; r++)
		if (eng->runs[r].enabled && eng->runs[r].rule->on_run_end) {
			struct zl_ctx ctx = {eng, r};
			eng->runs[r].rule->on_run_end(&ctx);
		}
	report_dropped(eng);
}

void
zl_engine_record(struct zl_engine *eng, struct zl_record *rec)
{
	struct zl_zone *zone = (struct zl_zone *)rec->zone;
	ldns_rr_type type = ldns_rr_get_type(rec->rr);
	uint32_t bit = zl_type_bit(type);
	bool created;
	const ldns_rdf *owner = ldns_rr_owner(rec->rr);
	struct zl_name *name = rec->hashed ?
	    zl_index_get_hashed(zone, owner, rec->owner_hash, &created) :
	    zl_index_get(zone, owner, &created);
	if (created || name->first.line == 0) { /* new, or only marked so far */
		name->first = rec->loc;
		name->first_type = (uint16_t)type;
	}
	rec->name = name;
	rec->name_types_before = name->types;
	if (zone->first.line == 0)
		zone->first = rec->loc;
	if (type == LDNS_RR_TYPE_SOA && zone->soa.line == 0 && zone->origin &&
	    zl_dname_eq(ldns_rr_owner(rec->rr), zone->origin))
		zone->soa = rec->loc;
	eng->cur = rec;
	if (eng->observer)
		eng->observer(eng->observer_arg, rec);
	for (size_t k = 0; k < eng->nrecord_rules; k++) {
		size_t r = eng->record_rules[k];
		const struct zl_rule *rule = eng->runs[r].rule;
		if (rule->all_types || (rule->types & bit)) {
			struct zl_ctx ctx = {eng, r};
			rule->on_record(&ctx, rec);
		}
	}
	eng->cur = NULL;
	name->types |= bit;
}

/* ---- reporting ---- */

#define NO_DIAG ((size_t)-1) /* a finding past the cap: not kept */

/* Whether a finding of rule at loc is to be kept: at most --limit
 * findings of one rule in one file are, as a compiler stops after so
 * many errors; the rest are counted, and summed up by report_dropped.
 * This is before suppressions and baselines: a finding past the cap
 * counts even if a comment would have dropped it. */
static bool
under_cap(struct zl_engine *eng, size_t rule, const struct zl_zone *zone,
    struct zl_loc loc)
{
	unsigned long long max = zl_limit_findings(eng->opt);
	struct zl_cap *c = zl_caps_get(&eng->caps, loc.file, (uint16_t)rule);
	if (++c->seen <= max)
		return true;
	if (c->dropped++ == 0) {
		c->first = loc;
		c->zone = zone;
	}
	return false;
}

/* One finding per file and rule that dropped some, at the first dropped
 * one's place, saying how many: the summary itself passes no cap. */
static void
report_dropped(struct zl_engine *eng)
{
	for (size_t i = 0; i < eng->caps.size; i++) {
		struct zl_cap *c = &eng->caps.v[i];
		if (!c->used || c->dropped == 0)
			continue;
		const struct rule_run *run = &eng->runs[c->rule];
		const struct zl_zone *zone = c->zone;
		struct zl_diag d = {
			.loc = c->first,
			.zone_file = zone ? zone->file : c->first.file,
			.end_line = c->first.line,
			.rule = c->rule,
			.severity = (uint8_t)run->severity,
			.view = zone ? zone->view : ZL_VIEW_NONE,
			.message = zl_asprintf("%s: and %llu more %s findings in this "
			    "file not shown (--limit findings=N raises the cap)",
			    run->rule->summary, c->dropped, run->rule->id),
			.zone = zone && zone->origin_str ?
			    zl_xstrdup(zone->origin_str) : NULL,
		};
		zl_diags_add(&eng->diags, &d);
		c->dropped = 0;
	}
}

static size_t
add_diag(struct zl_engine *eng, size_t rule, const struct zl_zone *zone,
    struct zl_loc loc, const char *fmt, va_list ap)
{
	if (!under_cap(eng, rule, zone, loc))
		return NO_DIAG;
	struct rule_run *run = &eng->runs[rule];
	char *detail = zl_vasprintf(fmt, ap);
	struct zl_diag d = {
		.loc = loc,
		.zone_file = zone ? zone->file : loc.file,
		.end_line = loc.line,
		.rule = (uint16_t)rule,
		.severity = (uint8_t)run->severity,
		.view = zone ? zone->view : ZL_VIEW_NONE,
		.message = zl_asprintf("%s: %s", run->rule->summary, detail),
		.zone = zone && zone->origin_str ? zl_xstrdup(zone->origin_str) : NULL,
	};
	free(detail);
	const struct zl_record *cur = eng->cur;
	if (cur && cur->loc.file == loc.file && cur->loc.line == loc.line) {
		char *s = ldns_rdf2str(ldns_rr_owner(cur->rr));
		d.owner = s ? zl_xstrdup(s) : NULL;
		free(s);
		s = zl_type_str(ldns_rr_get_type(cur->rr));
		d.type = s ? zl_xstrdup(s) : NULL;
		free(s);
		s = zl_rr_str(cur->rr);
		if (s) {
			s[strcspn(s, "\n")] = '\0';
			d.record = zl_xstrdup(s);
		}
		free(s);
		d.end_line = cur->end_line;
	}
	return zl_diags_add(&eng->diags, &d);
}

void
zl_engine_vreport_id(struct zl_engine *eng, const char *id,
    const struct zl_zone *zone, struct zl_loc loc, const char *fmt, va_list ap)
{
	int r = zl_registry_find(id);
	if (r < 0) {
		fprintf(stderr, "zonelint: internal error: no rule %s\n", id);
		abort();
	}
	if (strcmp(id, "input-unreadable") == 0)
		eng->input_failed = true;
	if (eng->runs[r].enabled)
		add_diag(eng, (size_t)r, zone, loc, fmt, ap);
}

void
zl_engine_report_id(struct zl_engine *eng, const char *id,
    const struct zl_zone *zone, struct zl_loc loc, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	zl_engine_vreport_id(eng, id, zone, loc, fmt, ap);
	va_end(ap);
}

/* The zone a finding belongs to: the record's or the zone being
 * finished; at the end of the run, the zone whose file it points at. */
static const struct zl_zone *
zone_of(const struct zl_engine *eng, struct zl_loc loc)
{
	if (eng->cur)
		return eng->cur->zone;
	if (eng->cur_zone)
		return eng->cur_zone;
	for (size_t i = 0; i < eng->nzones; i++)
		if (eng->zones[i]->file == loc.file)
			return eng->zones[i];
	return NULL;
}

size_t
zl_report(struct zl_ctx *ctx, struct zl_loc loc, const char *fmt, ...)
{
	struct zl_engine *eng = ctx->eng;
	const struct zl_zone *zone = zone_of(eng, loc);
	va_list ap;
	va_start(ap, fmt);
	size_t id = add_diag(eng, ctx->rule, zone, loc, fmt, ap);
	va_end(ap);
	return id;
}

void
zl_report_fix(struct zl_ctx *ctx, size_t id, const char *fmt, ...)
{
	if (id == NO_DIAG) /* past the cap */
		return;
	struct zl_diag *d = &ctx->eng->diags.v[id];
	va_list ap;
	va_start(ap, fmt);
	char *fix = zl_vasprintf(fmt, ap);
	va_end(ap);
	if (d->fix) {
		char *both = zl_asprintf("%s\n%s", d->fix, fix);
		free(d->fix);
		free(fix);
		fix = both;
	}
	d->fix = fix;
}

static void
vverbose(struct zl_engine *eng, const char *fmt, va_list ap)
{
	if (eng->opt->verbose <= 0)
		return;
	char *line = zl_vasprintf(fmt, ap);
	zl_eprintf("zonelint: %s", line);
	free(line);
}

void
zl_engine_vverbose(struct zl_engine *eng, const char *fmt, va_list ap)
{
	vverbose(eng, fmt, ap);
}

void
zl_engine_verbose(struct zl_engine *eng, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vverbose(eng, fmt, ap);
	va_end(ap);
}

void
zl_verbose(struct zl_ctx *ctx, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vverbose(ctx->eng, fmt, ap);
	va_end(ap);
}

void *
zl_state(struct zl_ctx *ctx)
{
	return ctx->eng->runs[ctx->rule].state;
}

const struct zl_options *
zl_options(const struct zl_ctx *ctx)
{
	return ctx->eng->opt;
}

void
zl_engine_observe(struct zl_engine *eng,
    void (*fn)(void *arg, const struct zl_record *rec), void *arg)
{
	eng->observer = fn;
	eng->observer_arg = arg;
}

size_t
zl_engine_suppress(struct zl_engine *eng, struct zl_loc at, const char *rules,
    size_t len, bool whole_file)
{
	if (eng->nsup == eng->sup_cap) {
		eng->sup_cap = eng->sup_cap ? eng->sup_cap * 2 : 16;
		eng->sup = zl_xrealloc(eng->sup, eng->sup_cap * sizeof *eng->sup);
	}
	eng->sup[eng->nsup] = (struct suppression){
		.at = at, .rules = zl_asprintf("%.*s", (int)len, rules),
		.whole_file = whole_file,
	};
	return eng->nsup++;
}

size_t
zl_engine_suppressions(const struct zl_engine *eng)
{
	return eng->nsup;
}

void
zl_engine_suppress_bind(struct zl_engine *eng, size_t n, uint32_t first_line,
    uint32_t end_line)
{
	eng->sup[n].first = first_line;
	eng->sup[n].last = end_line;
}

/* Whether rule id is in the comma-separated list of ids and globs. */
static bool
listed(const char *list, const char *id)
{
	char buf[128];
	for (const char *p = list; *p;) {
		size_t n = strcspn(p, ",");
		if (n > 0 && n < sizeof buf) {
			memcpy(buf, p, n);
			buf[n] = '\0';
			if (fnmatch(buf, id, 0) == 0)
				return true;
		}
		p += n;
		if (*p == ',')
			p++;
	}
	return false;
}

static bool
suppressed(struct zl_engine *eng, const struct zl_diag *d)
{
	const char *id = eng->runs[d->rule].rule->id;
	if (strcmp(id, "suppress-unused") == 0 || strncmp(id, "input-", 6) == 0)
		return false;
	bool hit = false;
	for (size_t i = 0; i < eng->nsup; i++) {
		struct suppression *s = &eng->sup[i];
		if (s->at.file != d->loc.file || (!s->whole_file &&
		    (d->loc.line < s->first || d->loc.line > s->last)) ||
		    !listed(s->rules, id))
			continue;
		s->used = true;
		hit = true;
	}
	return hit;
}

void
zl_engine_apply_suppressions(struct zl_engine *eng)
{
	struct zl_diags *d = &eng->diags;
	size_t k = 0;
	for (size_t i = 0; i < d->count; i++) {
		if (suppressed(eng, &d->v[i])) {
			zl_diag_free(&d->v[i]);
		} else {
			d->v[k++] = d->v[i];
		}
	}
	d->count = k;
	for (size_t i = 0; i < eng->nsup; i++) {
		struct suppression *s = &eng->sup[i];
		if (s->used)
			continue;
		bool known = false;
		for (size_t r = 0; r < eng->nruns; r++)
			known |= listed(s->rules, eng->runs[r].rule->id);
		if (!known)
			zl_engine_report_id(eng, "suppress-unused", NULL, s->at,
			    "no rule matches '%s'", s->rules);
		else
			zl_engine_report_id(eng, "suppress-unused", NULL, s->at,
			    "%s%s matches no finding%s", s->rules,
			    s->whole_file ? " (ignore-file)" : "",
			    s->whole_file ? " in this file" : " on this record");
	}
	report_dropped(eng); /* suppress-unused past the cap */
}

const struct zl_options *
zl_engine_options(const struct zl_engine *eng)
{
	return eng->opt;
}

struct zl_pool *
zl_engine_pool(struct zl_engine *eng)
{
	if (eng->pool_lent)
		return NULL;
	if (!eng->pool_tried) {
		eng->pool_tried = true;
		char why[128];
		long jobs = zl_jobs_fit(eng->opt->jobs, zl_jobs_cores(),
		    zl_jobs_as_limit(), why, sizeof why);
		if (why[0] && eng->opt->jobs > 0)
			zl_engine_verbose(eng, "-j %d lowered to %ld: %s",
			    eng->opt->jobs, jobs, why);
		else if (why[0])
			zl_engine_verbose(eng, "one thread per core lowered to "
			    "%ld: %s", jobs, why);
		if (jobs > 64)
			jobs = 64;
		if (jobs > 1) {
			/* an arena per thread that allocates (these, the stream's
			 * reader, the page helper), not 8 per core */
			mallopt(M_ARENA_MAX, (int)jobs + 2);
			eng->pool = zl_pool_new((unsigned)jobs - 1);
			if (eng->pool)
				zl_big_helper_start();
		}
	}
	return eng->pool;
}

unsigned long long
zl_engine_generated_budget(const struct zl_engine *eng)
{
	return zl_limit_generated(eng->opt);
}

bool
zl_engine_generated_take(struct zl_engine *eng, unsigned long long n)
{
	unsigned long long max = zl_engine_generated_budget(eng);
	unsigned long long used = atomic_load(&eng->generated);
	do {
		if (n > max - used)
			return false;
	} while (!atomic_compare_exchange_weak(&eng->generated, &used, used + n));
	return true;
}

struct zl_batch *
zl_engine_batches(struct zl_engine *eng)
{
	return eng->batches;
}

struct zl_diags *
zl_engine_diags(struct zl_engine *eng)
{
	return &eng->diags;
}

bool
zl_engine_input_failed(const struct zl_engine *eng)
{
	return eng->input_failed;
}

size_t
zl_engine_index_bytes(const struct zl_engine *eng)
{
	size_t n = 0;
	for (size_t i = 0; i < eng->nzones; i++)
		if (eng->zones[i]->names)
			n += zl_index_bytes(eng->zones[i]->names);
	return n;
}

/* ---- zones and views, for cross-zone rules ---- */

size_t
zl_zone_count(const struct zl_ctx *ctx)
{
	return ctx->eng->nzones;
}

const struct zl_zone *
zl_zone_at(const struct zl_ctx *ctx, size_t i)
{
	return ctx->eng->zones[i];
}

const struct zl_zone *
zl_zone_for(const struct zl_ctx *ctx, enum zl_view view, const ldns_rdf *name)
{
	const struct zl_engine *eng = ctx->eng;
	if (eng->apex_slots) { /* the longest apex: try each suffix in turn */
		unsigned labels = ldns_dname_label_count(name);
		for (unsigned k = 0; k <= labels; k++) {
			ldns_rdf s = zl_dname_suffix(name, k);
			uint32_t z = *apex_slot(eng, view, &s);
			if (z)
				return eng->zones[z - 1];
		}
		return NULL;
	}
	const struct zl_zone *best = NULL;
	for (size_t i = 0; i < ctx->eng->nzones; i++) {
		const struct zl_zone *z = ctx->eng->zones[i];
		if (z->view != view || z->origin == NULL || z->unreadable ||
		    !zl_dname_in(name, z->origin))
			continue;
		if (best == NULL ||
		    ldns_dname_label_count(z->origin) >
		    ldns_dname_label_count(best->origin))
			best = z;
	}
	return best;
}

const char *
zl_view_name(enum zl_view view)
{
	switch (view) {
	case ZL_VIEW_INTERNAL: return "internal";
	case ZL_VIEW_EXTERNAL: return "external";
	default: return "none";
	}
}

/* ---- the run's budget of included reads ---- */

bool
zl_engine_take_include(struct zl_engine *eng, unsigned long long bytes)
{
	unsigned long reads = atomic_fetch_add(&eng->include_reads, 1) + 1;
	unsigned long long sum = atomic_fetch_add(&eng->include_bytes, bytes) +
	    bytes;
	return reads <= zl_limit_includes(eng->opt) &&
	    sum <= zl_limit_include_bytes(eng->opt);
}
