/* sink.c: the sink that drops everything (sink.h). */
#include "sink.h"

static void
drop_apex(void *arg, const char *origin, const char *source)
{
	(void)arg, (void)origin, (void)source;
}

static void
drop_windows(void *arg, const char *format)
{
	(void)arg;
	(void)format;
}

static void
drop_record(void *arg, const struct zl_sink_record *rec)
{
	(void)arg, (void)rec;
}

static void
drop_report(void *arg, enum zl_rule_id rule, struct zl_loc loc,
    const char *fmt, va_list ap)
{
	(void)arg, (void)rule, (void)loc, (void)fmt, (void)ap;
}

static void
drop_suppress(void *arg, struct zl_loc at, const char *rules, size_t len,
    bool whole_file)
{
	(void)arg, (void)at, (void)rules, (void)len, (void)whole_file;
}

static void
drop_bind(void *arg, size_t n, uint32_t first, uint32_t last)
{
	(void)arg, (void)n, (void)first, (void)last;
}

static void
drop_reserve(void *arg, size_t names)
{
	(void)arg, (void)names;
}

static const struct zl_sink_ops drop_ops = {
	.apex = drop_apex, .windows = drop_windows, .record = drop_record,
	.report = drop_report,
	.suppress = drop_suppress, .bind = drop_bind,
	.reserve = drop_reserve, .upcoming = NULL,
};

const struct zl_sink zl_null_sink = {&drop_ops, NULL};
