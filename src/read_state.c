/* read_state.c: the reader's reports, all to its sink (read_state.h). */
#include "read_state.h"

void
zl_rd_report(struct reader *r, enum zl_rule_id rule, struct zl_loc loc,
    const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	r->sink->ops->report(r->sink->arg, rule, loc, fmt, ap);
	va_end(ap);
}

static void
vsyntax(struct reader *r, uint32_t file, uint32_t line, uint32_t col,
    const char *fmt, va_list ap)
{
	r->reported++;
	r->sink->ops->report(r->sink->arg, ZL_RULE_syntax_error,
	    (struct zl_loc){file, line, col}, fmt, ap);
}

void
zl_rd_syntax(struct reader *r, uint32_t file, uint32_t line, uint32_t col,
    const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsyntax(r, file, line, col, fmt, ap);
	va_end(ap);
}

size_t
zl_rd_suppress(struct reader *r, struct zl_loc at, const char *rules,
    size_t len, bool whole_file)
{
	r->sink->ops->suppress(r->sink->arg, at, rules, len, whole_file);
	return r->suppressions++;
}

void
zl_rd_bind(struct reader *r, size_t n, uint32_t first_line,
    uint32_t last_line)
{
	r->sink->ops->bind(r->sink->arg, n, first_line, last_line);
}

/* The format is the sink's to know, once. */
void
zl_rd_set_format(struct reader *r, enum zl_format format)
{
	if (r->format != ZL_FORMAT_BIND || format == ZL_FORMAT_BIND || r->scan)
		return;
	r->format = format;
	r->sink->ops->format(r->sink->arg, format);
}
