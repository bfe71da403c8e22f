/* engine.h: runs the rules over zones and records; holds the findings. */
#ifndef ZL_ENGINE_H
#define ZL_ENGINE_H

#include <stdarg.h>

#include "diag.h"
#include "options.h"
#include "zonelint.h"

struct zl_engine *zl_engine_new(struct zl_options *opt);
void zl_engine_free(struct zl_engine *eng);

/* Turns rules on or off, or sets their severity; pattern is an id or a
 * glob such as "sip-*".  Returns the number of rules matched. */
int zl_engine_enable(struct zl_engine *eng, const char *pattern, bool on);
int zl_engine_set_severity(struct zl_engine *eng, const char *pattern,
    enum zl_severity sev);

/* A zone to read: origin may be NULL (found from the file). */
struct zl_zone *zl_engine_add_zone(struct zl_engine *eng, const char *path,
    enum zl_view view, const char *origin);
/* Reads every zone, then runs the end-of-zone and end-of-run rules. */
void zl_engine_run(struct zl_engine *eng);

/* For the reader. */
void zl_engine_record(struct zl_engine *eng, struct zl_record *rec);
void zl_engine_vreport_id(struct zl_engine *eng, const char *id,
    const struct zl_zone *zone, struct zl_loc loc, const char *fmt, va_list ap);
void zl_engine_report_id(struct zl_engine *eng, const char *id,
    const struct zl_zone *zone, struct zl_loc loc, const char *fmt, ...)
    ZL_PRINTF(5, 6);
void zl_engine_verbose(struct zl_engine *eng, const char *fmt, ...)
    ZL_PRINTF(2, 3);
void zl_engine_vverbose(struct zl_engine *eng, const char *fmt, va_list ap);

/* Takes n records from the run's budget of $GENERATE records (--limit
 * generated), shared by every zone: false, taking none, when fewer are
 * left.  The reader calls it before expanding a directive. */
bool zl_engine_generated_take(struct zl_engine *eng, unsigned long long n);
unsigned long long zl_engine_generated_budget(const struct zl_engine *eng);

/* The threads that help parse records (opt->jobs - 1 of them, started
 * on first use), or NULL when one thread is to do everything. */
struct zl_pool *zl_engine_pool(struct zl_engine *eng);

/* The reader's two batches (see batch.h): kept by the engine so that
 * their memory, and the records they hold, carry over from zone to zone. */
struct zl_batch *zl_engine_batches(struct zl_engine *eng);

/* Calls fn on every record read, before the rules (tests, --dump). */
void zl_engine_observe(struct zl_engine *eng,
    void (*fn)(void *arg, const struct zl_record *rec), void *arg);

/* An inline suppression "; zonelint: ignore RULES" (whole_file for
 * ignore-file) found at file:line:col; rules is a comma-separated list of
 * ids or globs.  Returns its number for zl_engine_suppress_bind(). */
size_t zl_engine_suppress(struct zl_engine *eng, struct zl_loc at,
    const char *rules, size_t len, bool whole_file);
/* The lines of the record suppression n covers. */
void zl_engine_suppress_bind(struct zl_engine *eng, size_t n,
    uint32_t first_line, uint32_t end_line);
/* How many suppressions there are: the number the next one gets. */
size_t zl_engine_suppressions(const struct zl_engine *eng);
/* Drops suppressed findings; reports suppressions that matched none. */
void zl_engine_apply_suppressions(struct zl_engine *eng);

struct zl_diags *zl_engine_diags(struct zl_engine *eng);
const struct zl_options *zl_engine_options(const struct zl_engine *eng);
/* True when some input could not be read at all (exit status 2). */
bool zl_engine_input_failed(const struct zl_engine *eng);
/* Counts one $INCLUDE read of bytes against the run's budget; false
 * once the budget is spent (any thread may call it). */
bool zl_engine_take_include(struct zl_engine *eng, unsigned long long bytes);
size_t zl_engine_index_bytes(const struct zl_engine *eng);
/* Zones of more than bytes are read on a thread of their own (stream.h),
 * chunk events to a tape; for tests (default 256 KiB, 4,096 events). */
void zl_engine_stream_at(struct zl_engine *eng, long long bytes, size_t chunk);

#endif
