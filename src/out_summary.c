/* out_summary.c: the run in one line, and the grouped text output for
 * audits (--summary).  Only numbers and rule ids of our own are printed
 * here, besides what out_text.c escapes. */
#include <stdlib.h>

#include "diag.h"

#include "output.h"
#include "registry.h"

/* How many distinct ids (each below bound) the findings hold. */
static size_t
distinct(const struct zl_diags *d, bool zone_file)
{
	uint32_t bound = 0;
	for (size_t i = 0; i < d->count; i++) {
		uint32_t id = zone_file ? d->v[i].zone_file : d->v[i].loc.file;
		if (id >= bound)
			bound = id + 1;
	}
	bool *seen = zl_xcalloc(bound ? bound : 1, sizeof *seen);
	size_t n = 0;
	for (size_t i = 0; i < d->count; i++) {
		uint32_t id = zone_file ? d->v[i].zone_file : d->v[i].loc.file;
		n += !seen[id];
		seen[id] = true;
	}
	free(seen);
	return n;
}

static const char *
plural(size_t n, const char *one, const char *many)
{
	return n == 1 ? one : many;
}

void
zl_output_summary(FILE *fp, const struct zl_diags *d, size_t inputs)
{
	if (d->count == 0) {
		fprintf(fp, "zonelint: no findings, of %zu %s\n", inputs,
		    plural(inputs, "input", "inputs"));
		return;
	}
	size_t by[3] = {0, 0, 0};
	for (size_t i = 0; i < d->count; i++)
		by[d->v[i].severity < 3 ? d->v[i].severity : ZL_ERROR]++;
	size_t files = distinct(d, false), zones = distinct(d, true);
	fprintf(fp, "zonelint: %zu %s (%zu %s, %zu %s, %zu %s) in %zu %s and "
	    "%zu %s, of %zu %s\n", d->count, plural(d->count, "finding",
	    "findings"), by[ZL_ERROR], plural(by[ZL_ERROR], "error", "errors"),
	    by[ZL_WARNING], plural(by[ZL_WARNING], "warning", "warnings"),
	    by[ZL_NOTE], plural(by[ZL_NOTE], "note", "notes"), files,
	    plural(files, "file", "files"), zones, plural(zones, "zone", "zones"),
	    inputs, plural(inputs, "input", "inputs"));
}

#define MAX_LINES_SHOWN 10 /* the lines listed after a group's first */

/* The findings of one file, d->v[from, to): each rule's first finding,
 * then how many more it has and on which lines, in first-finding order.
 * first[] and more[] are per rule, zeroed, and left zeroed. */
static void
one_file(FILE *fp, const struct zl_diags *d, size_t from, size_t to,
    bool color, size_t *first, size_t *more)
{
	for (size_t i = from; i < to; i++) {
		uint16_t r = d->v[i].rule;
		if (more[r]++ == 0)
			first[r] = i;
	}
	for (size_t i = from; i < to; i++) {
		uint16_t r = d->v[i].rule;
		if (first[r] != i || more[r] == 0)
			continue;
		struct zl_diags one = {&d->v[i], 1, 1};
		zl_output_text(fp, &one, color);
		size_t rest = more[r] - 1, shown = 0;
		if (rest > 0) {
			fprintf(fp, "    and %zu more on line%s", rest,
			    rest == 1 ? "" : "s");
			for (size_t k = i + 1; k < to && shown < MAX_LINES_SHOWN; k++)
				if (d->v[k].rule == r)
					fprintf(fp, "%s %u", shown++ ? "," : "",
					    d->v[k].loc.line);
			fprintf(fp, "%s [%s]\n", rest > shown ? ", ..." : "",
			    zl_registry_at(r)->id);
		}
		more[r] = 0;
	}
}

void
zl_output_text_grouped(FILE *fp, const struct zl_diags *d, bool color)
{
	size_t n = zl_registry_count();
	size_t *first = zl_xcalloc(n, sizeof *first),
	    *more = zl_xcalloc(n, sizeof *more);
	for (size_t i = 0, j; i < d->count; i = j) { /* a file at a time */
		for (j = i + 1; j < d->count &&
		    d->v[j].loc.file == d->v[i].loc.file; j++)
			;
		one_file(fp, d, i, j, color, first, more);
	}
	free(first);
	free(more);
}
