/* engine_priv.h: the engine's state, shared by the files that make up
 * the engine (engine.c: the record pass and reporting; engine_views.c:
 * rule marks and the zone and view accessors).  Nothing else includes it. */
#ifndef ZL_ENGINE_PRIV_H
#define ZL_ENGINE_PRIV_H

#include "cap.h"
#include "diag.h"
#include "options.h"
#include "suppress.h"
#include "workers.h"
#include "zones.h"
#include "zonelint.h"

struct rule_run {
	const struct zl_rule *rule;
	bool enabled;
	enum zl_severity severity;
	unsigned mark_shift; /* its first bit of an entry's marks */
	void *state;
	void *family_state;  /* its family's (zl_family_state), or NULL */
	bool no_records;     /* this run needs no on_record (zl_skip_records) */
	bool zone_skipped;   /* nor the rest of this zone's (zl_skip_zone_records) */
};

/* A family with an enabled member (engine_family.c): the state the
 * engine keeps for it, and its first enabled member, whose ctx its
 * callbacks get. */
struct family_run {
	const struct zl_family *family;
	size_t lead;
	void *state;
};

struct zl_engine {
	struct zl_options *opt;
	struct zl_diags diags;
	struct zl_caps caps;    /* findings by file and rule: --limit findings */
	struct rule_run *runs;
	size_t nruns;
	/* indexes of the enabled rules with on_record that want type bit b
	 * (ZL_T_*), in registry order, at record_rules + b * nruns: a
	 * record costs only the rules that want its type */
	size_t *record_rules;
	size_t nrecord_rules[32];
	bool lists_stale, any_zone_skipped; /* zl_skip_zone_records: rebuild the
	    lists after this record, and at the next zone */
	struct zl_workers workers; /* for zl_parallel */
	struct zl_zones zones;
	const struct zl_record *cur; /* the record being dispatched */
	const struct zl_zone *cur_zone; /* the zone being finished */
	void (*observer)(void *arg, const struct zl_record *rec);
	void *observer_arg;
	bool input_failed;
	struct zl_suppressions sups;
	struct zl_prefaulter *pf; /* for the zones' indexes, or NULL */
	struct zl_zone *reading; /* the zone the sink is for (begin_zone) */
	size_t sup_base;        /* its first suppression's number */
	size_t diag_from;       /* its first finding */
	const struct zl_serials *baseline_serials; /* --baseline's, or NULL */
	struct family_run *families; /* in the order of their first member */
	size_t nfamilies;
	/* indexes into families of those whose on_record wants type bit b,
	 * at family_records + b * nruns, as record_rules */
	size_t *family_records;
	size_t nfamily_records[32];
};

struct zl_ctx {
	struct zl_engine *eng;
	size_t rule;
};

/* The name of internal DNS server number server ("unnamed" if none). */
static inline const char *
zl_engine_server_name(const struct zl_zones *zs, unsigned server)
{
	return server < zs->nservers && zs->servers[server] ?
	    zs->servers[server] : "unnamed";
}
/* Gives each rule its bits of an index entry's marks (engine_views.c);
 * exits when the rules ask for more than an entry holds. */
void zl_engine_hand_out_marks(struct zl_engine *eng);

/* Families (engine_family.c, struct zl_family): their states, made once
 * the rules are enabled or not and freed with the engine; the record
 * lists, with record_rules'; and their callbacks, each before those of
 * the rules. */
void zl_engine_families_start(struct zl_engine *eng);
void zl_engine_families_lists(struct zl_engine *eng);
void zl_engine_families_record(struct zl_engine *eng,
    const struct zl_record *rec, unsigned bit);
void zl_engine_families_zone_end(struct zl_engine *eng,
    const struct zl_zone *zone);
void zl_engine_families_run_end(struct zl_engine *eng);
void zl_engine_families_free(struct zl_engine *eng);

#endif
