/* engine.h: runs the rules over zones and records; holds the findings. */
#ifndef ZL_ENGINE_H
#define ZL_ENGINE_H

#include "diag.h"
#include "options.h"
#include "sink.h"
#include "zonelint.h"
#include "zones.h"

struct zl_engine *zl_engine_new(struct zl_options *opt);
void zl_engine_free(struct zl_engine *eng);

/* Turns rules on or off, or sets their severity; pattern is an id or a
 * glob such as "sip-*".  Returns the number of rules matched. */
int zl_engine_enable(struct zl_engine *eng, const char *pattern, bool on);
int zl_engine_set_severity(struct zl_engine *eng, const char *pattern,
    enum zl_severity sev);

/* A zone to read: origin may be NULL (found from the file); server names
 * the internal DNS server of an internal zone (NULL: the unnamed one).
 * NULL when that makes more than ZL_MAX_SERVERS servers. */
struct zl_zone *zl_engine_add_zone(struct zl_engine *eng, const char *path,
    enum zl_view view, const char *server, const char *origin);
/* The run's zones, in command-line order, and its internal DNS servers
 * (zones.h): for the scheduler, and for the report's picture once the
 * run is over (zl_zones_for answers from the map then). */
struct zl_zones *zl_engine_zones(struct zl_engine *eng);
static inline size_t
zl_engine_zone_count(struct zl_engine *eng)
{
	return zl_engine_zones(eng)->count;
}
static inline struct zl_zone *
zl_engine_zone(struct zl_engine *eng, size_t i)
{
	return zl_engine_zones(eng)->v[i];
}

/* The run, as the scheduler (schedule.h) drives it: start, which runs
 * the rules' on_run_start before any zone is read (pf, the page helper
 * the zones' indexes use, may be NULL); for each zone in order,
 * begin_zone, whose sink takes what the reader reads, then end_zone with
 * what zl_read returned; finish runs the end-of-run rules. */
struct zl_prefaulter;
void zl_engine_start(struct zl_engine *eng, struct zl_prefaulter *pf);
struct zl_sink zl_engine_begin_zone(struct zl_engine *eng, struct zl_zone *z);
void zl_engine_end_zone(struct zl_engine *eng, struct zl_zone *z, int status,
    const struct zl_read_out *out);
void zl_engine_finish(struct zl_engine *eng);

/* Calls fn on every record read, before the rules (tests, record_dump). */
void zl_engine_observe(struct zl_engine *eng,
    void (*fn)(void *arg, const struct zl_record *rec), void *arg);

/* Drops suppressed findings; reports suppressions that matched none. */
void zl_engine_apply_suppressions(struct zl_engine *eng);

struct zl_diags *zl_engine_diags(struct zl_engine *eng);
const struct zl_options *zl_engine_options(const struct zl_engine *eng);
/* True when some input could not be read at all (exit status 2). */
bool zl_engine_input_failed(const struct zl_engine *eng);
/* The serials --baseline recorded (sorted; kept, not copied), for
 * zl_zone_baseline_serial; and every read zone's SOA serial added to
 * out, for --write-baseline (engine_serials.c). */
struct zl_serials;
void zl_engine_set_baseline_serials(struct zl_engine *eng,
    const struct zl_serials *s);
void zl_engine_serials(const struct zl_engine *eng, struct zl_serials *out);

#endif
