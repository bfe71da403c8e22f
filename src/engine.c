/*
 * engine.c: the record pass, the zone and run ends, and reporting.
 *
 * Each record is indexed under its owner, then lent to the rules whose
 * type mask matches.  The index keeps only what later checks need, so
 * memory follows the number of names, never the zone's text.
 */
#include <fnmatch.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "cap.h"
#include "escape.h"
#include "index.h"
#include "rrname.h"
#include "registry.h"
#include "suppress.h"
#include "workers.h"
#include "zones.h"
#include "zone.h"
#include "engine_priv.h"

static void report_dropped(struct zl_engine *eng);


static void
vverbose(struct zl_engine *eng, const char *fmt, va_list ap)
{
	if (eng->opt->verbose <= 0)
		return;
	char *line = zl_vasprintf(fmt, ap);
	zl_eprintf("zonelint: %s", line);
	free(line);
}

static void verbose(struct zl_engine *eng, const char *fmt, ...) ZL_PRINTF(2, 3);

static void
verbose(struct zl_engine *eng, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vverbose(eng, fmt, ap);
	va_end(ap);
}

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
	eng->record_rules = zl_xcalloc(32 * eng->nruns,
	    sizeof *eng->record_rules);
	zl_engine_hand_out_marks(eng);
	return eng;
}

void
zl_engine_free(struct zl_engine *eng)
{
	for (size_t i = 0; i < eng->nruns; i++) {
		if (eng->runs[i].state && eng->runs[i].rule->free_state)
			eng->runs[i].rule->free_state(eng->runs[i].state);
		free(eng->runs[i].state);
	}
	zl_engine_families_free(eng);
	zl_zones_free(&eng->zones);
	zl_suppress_free(&eng->sups);
	free(eng->runs);
	free(eng->record_rules);
	zl_diags_free(&eng->diags);
	zl_caps_free(&eng->caps);
	zl_workers_free(&eng->workers);
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
    const char *server, const char *origin)
{
	return zl_zones_add(&eng->zones, path, view, server, origin);
}

/* The record lists: each enabled run with on_record under every type bit
 * it wants, unless it needs no record in this run or this zone. */
static void
build_record_lists(struct zl_engine *eng)
{
	memset(eng->nrecord_rules, 0, sizeof eng->nrecord_rules);
	for (size_t i = 0; i < eng->nruns; i++) {
		struct rule_run *run = &eng->runs[i];
		if (!run->enabled || !run->rule->on_record || run->no_records ||
		    run->zone_skipped)
			continue;
		for (unsigned b = 0; b < 32; b++)
			if (run->rule->all_types || (run->rule->types & (1u << b)))
				eng->record_rules[b * eng->nruns +
				    eng->nrecord_rules[b]++] = i;
	}
	zl_engine_families_lists(eng);
}

void
zl_engine_start(struct zl_engine *eng, struct zl_prefaulter *pf)
{
	eng->pf = pf;
	for (size_t i = 0; i < eng->nruns; i++) {
		struct rule_run *run = &eng->runs[i];
		if (run->enabled && run->rule->state_size && run->state == NULL)
			run->state = zl_xcalloc(1, run->rule->state_size);
	}
	zl_engine_families_start(eng);
	for (size_t i = 0; i < eng->nruns; i++)
		if (eng->runs[i].enabled && eng->runs[i].rule->on_run_start) {
			struct zl_ctx ctx = {eng, i};
			eng->runs[i].rule->on_run_start(&ctx);
		}
	build_record_lists(eng); /* after on_run_start: zl_skip_records */
}

void
zl_skip_records(struct zl_ctx *ctx)
{
	ctx->eng->runs[ctx->rule].no_records = true;
}

void
zl_parallel(struct zl_ctx *ctx, void (*fn)(void *arg, size_t i), void *arg,
    size_t n)
{
	zl_workers_run(&ctx->eng->workers, ctx->eng->opt->jobs, fn, arg, n);
}

void
zl_skip_zone_records(struct zl_ctx *ctx)
{
	struct zl_engine *eng = ctx->eng;
	if (eng->cur == NULL || eng->runs[ctx->rule].zone_skipped)
		return; /* only from on_record */
	eng->runs[ctx->rule].zone_skipped = true;
	eng->lists_stale = eng->any_zone_skipped = true;
}

/* A zone is read: tell the rules, unless it could not be.  Findings
 * made while reading it, before its apex was known (a bad $TTL on line
 * 1), get its name now, as they would have on a tape played once the
 * apex is known: the same output with any -j. */
void
zl_engine_end_zone(struct zl_engine *eng, struct zl_zone *z, int status,
    const struct zl_read_out *out)
{
	z->records += out->records;
	z->errors += out->errors;
	z->unreadable = z->unreadable || out->unreadable || out->hints;
	z->incomplete = z->incomplete || out->incomplete;
	if (z->ttl_implicit.line == 0)
		z->ttl_implicit = out->ttl_implicit;
	if (z->ttl_high.line == 0) {
		z->ttl_high = out->ttl_high;
		z->ttl_high_value = out->ttl_high_value;
	}
	z->ttl_high_count += out->ttl_high_count;
	if (z->proxied.line == 0)
		z->proxied = out->proxied;
	z->proxied_count += out->proxied_count;
	for (int k = 0; k < ZL_TTL_KINDS; k++) {
		if (z->ttl_seen[k].at.line == 0)
			z->ttl_seen[k] = out->ttl_seen[k];
		else
			z->ttl_seen[k].count += out->ttl_seen[k].count;
	}
	for (size_t i = eng->diag_from; z->origin_str && i < eng->diags.count;
	    i++) {
		struct zl_diag *d = &eng->diags.v[i];
		if (d->zone == NULL && d->zone_file == z->file)
			d->zone = zl_xstrdup(z->origin_str);
	}
	eng->reading = NULL;
	if (status != 0) {
		eng->input_failed = true;
		return;
	}
	if (out->hints)
		return; /* root hints: no zone to check */
	verbose(eng, "%s: %lu records, %zu names, format: %s", z->path,
	    z->records, zl_index_count(z), zl_format_name(z->format));
	if (eng->opt->verbose > 1)
		verbose(eng, "%s: name index %.1f MiB", z->path,
		    zl_index_bytes(z->names) / 1048576.0);
	eng->cur_zone = z;
	zl_engine_families_zone_end(eng, z);
	for (size_t r = 0; r < eng->nruns; r++)
		if (eng->runs[r].enabled && eng->runs[r].rule->on_zone_end) {
			struct zl_ctx ctx = {eng, r};
			eng->runs[r].rule->on_zone_end(&ctx, z);
		}
	eng->cur_zone = NULL;
}

void
zl_engine_finish(struct zl_engine *eng)
{
	zl_zones_map(&eng->zones);
	zl_engine_families_run_end(eng);
	for (size_t r = 0; r < eng->nruns; r++)
		if (eng->runs[r].enabled && eng->runs[r].rule->on_run_end) {
			struct zl_ctx ctx = {eng, r};
			eng->runs[r].rule->on_run_end(&ctx);
		}
	report_dropped(eng);
}

/* A record read (the engine as a sink, below): indexed under its owner,
 * then lent to the rules whose type mask matches. */
static void
sink_record(void *arg, const struct zl_sink_record *in)
{
	struct zl_engine *eng = arg;
	struct zl_zone *zone = eng->reading;
	ldns_rr_type type = ldns_rr_get_type(in->rr);
	uint32_t bit = zl_type_bit(type);
	bool created;
	const ldns_rdf *owner = ldns_rr_owner(in->rr);
	struct zl_name *name = zl_index_get_hashed(zone, owner, in->owner_hash,
	    &created);
	if (created || name->first.line == 0) { /* new, or only marked so far */
		name->first = in->loc;
		name->first_type = (uint16_t)type;
	}
	struct zl_record rec = {
		.rr = in->rr, .loc = in->loc, .end_line = in->end_line,
		.zone = zone, .age_hours = in->age_hours, .set = in->set,
		.proxied = in->proxied, .rdata = in->rdata,
		.rdata_count = in->rdata_count, .name = name,
		.name_types_before = name->types,
	};
	rec.data = zl_flat_rdata(in->flat, &rec.data_len);
	if (zone->first.line == 0)
		zone->first = rec.loc;
	if (type == LDNS_RR_TYPE_SOA && zone->soa.line == 0 && zone->origin &&
	    zl_dname_eq(owner, zone->origin)) {
		zone->soa = rec.loc;
		const ldns_rdf *serial = ldns_rr_rdf(in->rr, 2);
		if (serial && ldns_rdf_size(serial) == 4)
			zone->serial = ldns_rdf2native_int32(serial);
	}
	eng->cur = &rec;
	if (eng->observer)
		eng->observer(eng->observer_arg, &rec);
	unsigned b = (unsigned)__builtin_ctz(bit); /* one bit, never 0 */
	if (eng->nfamily_records[b]) /* families first: their members read */
		zl_engine_families_record(eng, &rec, b);
	const size_t *rules = eng->record_rules + b * eng->nruns;
	for (size_t k = 0; k < eng->nrecord_rules[b]; k++) {
		struct zl_ctx ctx = {eng, rules[k]};
		eng->runs[rules[k]].rule->on_record(&ctx, &rec);
	}
	eng->cur = NULL;
	name->types |= bit;
	if (eng->lists_stale) { /* not while the lists were being walked */
		build_record_lists(eng);
		eng->lists_stale = false;
	}
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

bool
zl_report_capped(const struct zl_ctx *ctx, struct zl_loc loc)
{
	return zl_caps_get(&ctx->eng->caps, loc.file, (uint16_t)ctx->rule)->seen
	    >= zl_limit_findings(ctx->eng->opt);
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
	/* which server's export, when there are several: a name that
	 * zl_server_name_ok let through, so it needs no escaping */
	char *on = zone && zone->view == ZL_VIEW_INTERNAL &&
	    eng->zones.nservers > 1 ? zl_asprintf(" (internal DNS server %s)",
	    zl_engine_server_name(&eng->zones, zone->server)) : NULL;
	struct zl_diag d = {
		.loc = loc,
		.zone_file = zone ? zone->file : loc.file,
		.end_line = loc.line,
		.rule = (uint16_t)rule,
		.severity = (uint8_t)run->severity,
		.view = zone ? zone->view : ZL_VIEW_NONE,
		.message = zl_asprintf("%s%s: %s", run->rule->summary, on ? on : "",
		    detail),
		.zone = zone && zone->origin_str ? zl_xstrdup(zone->origin_str) : NULL,
	};
	free(detail);
	free(on);
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

static void
vreport_rule(struct zl_engine *eng, enum zl_rule_id rule,
    const struct zl_zone *zone, struct zl_loc loc, const char *fmt, va_list ap)
{
	if (rule == ZL_RULE_input_unreadable)
		eng->input_failed = true;
	if (eng->runs[rule].enabled)
		add_diag(eng, (size_t)rule, zone, loc, fmt, ap);
}

static void report_rule(struct zl_engine *eng, enum zl_rule_id rule,
    struct zl_loc loc, const char *fmt, ...) ZL_PRINTF(4, 5);

/* A finding of the engine's own (suppress-unused), in no zone. */
static void
report_rule(struct zl_engine *eng, enum zl_rule_id rule, struct zl_loc loc,
    const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vreport_rule(eng, rule, NULL, loc, fmt, ap);
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
	return zl_zones_of_file(&eng->zones, loc.file);
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

static char *
dup_or_null(const char *s)
{
	return s ? zl_xstrdup(s) : NULL;
}

void
zl_report_step(struct zl_ctx *ctx, size_t id, const struct zl_fix_step *s)
{
	if (id == NO_DIAG) /* past the cap */
		return;
	struct zl_diag *d = &ctx->eng->diags.v[id];
	d->steps = zl_xrealloc(d->steps, (d->nsteps + 1) * sizeof *d->steps);
	struct zl_fix_step *t = &d->steps[d->nsteps++];
	*t = *s;
	t->zone = dup_or_null(s->zone);
	t->owner = dup_or_null(s->owner);
	t->data = dup_or_null(s->data);
	t->param = dup_or_null(s->param);
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

/* suppress-unused, which reports the suppressions themselves, and
 * input-unreadable are never suppressed; named by number, not id text,
 * so that a misspelt rule is a compile error. */
static bool
suppressed(struct zl_engine *eng, const struct zl_diag *d)
{
	if (d->rule == ZL_RULE_suppress_unused ||
	    d->rule == ZL_RULE_input_unreadable)
		return false;
	return zl_suppress_covers(&eng->sups, d->loc,
	    eng->runs[d->rule].rule->id);
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
	for (size_t i = 0; i < eng->sups.count; i++) {
		const struct zl_suppression *s = &eng->sups.v[i];
		if (s->used)
			continue;
		bool known = false;
		for (size_t r = 0; r < eng->nruns; r++)
			known |= zl_suppress_lists(s->rules, eng->runs[r].rule->id);
		if (!known)
			report_rule(eng, ZL_RULE_suppress_unused, s->at,
			    "no rule matches '%s'", s->rules);
		else
			report_rule(eng, ZL_RULE_suppress_unused, s->at,
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

/* ---- the engine as a sink (sink.h): what the reader reads ---- */

static void
sink_apex(void *arg, const char *origin_text, const char *source)
{
	struct zl_engine *eng = arg;
	struct zl_zone *z = eng->reading;
	if (z->origin == NULL) {
		z->origin = ldns_dname_new_frm_str(origin_text);
		z->origin_str = zl_xstrdup(origin_text);
	}
	verbose(eng, "%s: zone %s (origin from %s), view %s%s%s", z->path,
	    z->origin_str, source, zl_view_name(z->view),
	    z->view == ZL_VIEW_INTERNAL && eng->zones.nservers > 1 ?
	    ", server " : "", z->view == ZL_VIEW_INTERNAL &&
	    eng->zones.nservers > 1 ? zl_engine_server_name(&eng->zones, z->server) : "");
}

static void
sink_format(void *arg, enum zl_format format)
{
	struct zl_engine *eng = arg;
	if (eng->reading->format == ZL_FORMAT_BIND) /* an $INCLUDE's: the first */
		eng->reading->format = format;
}

static void
sink_report(void *arg, enum zl_rule_id rule, struct zl_loc loc,
    const char *fmt, va_list ap)
{
	struct zl_engine *eng = arg;
	vreport_rule(eng, rule, eng->reading, loc, fmt, ap);
}

static void
sink_suppress(void *arg, struct zl_loc at, const char *rules, size_t len,
    bool whole_file)
{
	struct zl_engine *eng = arg;
	zl_suppress_add(&eng->sups, at, rules, len, whole_file);
}

/* n counts the zone's suppressions, numbered from sup_base here. */
static void
sink_bind(void *arg, size_t n, uint32_t first_line, uint32_t last_line)
{
	struct zl_engine *eng = arg;
	zl_suppress_bind(&eng->sups, eng->sup_base + n, first_line, last_line);
}

static void
sink_reserve(void *arg, size_t names)
{
	struct zl_engine *eng = arg;
	zl_index_reserve(eng->reading->names, names);
}

static void
sink_upcoming(void *arg, const uint32_t *hashes, size_t n)
{
	struct zl_engine *eng = arg;
	uint32_t sum = zl_index_touch(eng->reading, hashes, n);
	__asm__ __volatile__("" : : "r"(sum)); /* the loads are the point */
}

static const struct zl_sink_ops engine_ops = {
	.apex = sink_apex, .format = sink_format, .record = sink_record,
	.report = sink_report,
	.suppress = sink_suppress, .bind = sink_bind,
	.reserve = sink_reserve, .upcoming = sink_upcoming,
};

struct zl_sink
zl_engine_begin_zone(struct zl_engine *eng, struct zl_zone *z)
{
	if (z->names == NULL)
		z->names = zl_index_new(eng->pf);
	eng->reading = z;
	if (eng->any_zone_skipped) { /* every rule hears the new zone */
		for (size_t i = 0; i < eng->nruns; i++)
			eng->runs[i].zone_skipped = false;
		build_record_lists(eng);
		eng->any_zone_skipped = false;
	}
	eng->sup_base = eng->sups.count;
	eng->diag_from = eng->diags.count;
	return (struct zl_sink){&engine_ops, eng};
}

struct zl_zones *
zl_engine_zones(struct zl_engine *eng)
{
	return &eng->zones;
}
