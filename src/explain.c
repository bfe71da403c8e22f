/* explain.c: --list-rules and --explain, from the registry's text. */
#include <string.h>

#include "diag.h"
#include "explain.h"
#include "registry.h"

void
zl_list_rules(FILE *fp)
{
	for (size_t i = 0; i < zl_registry_count(); i++) {
		const struct zl_rule *r = zl_registry_at(i);
		fprintf(fp, "%-36s %-7s  %s\n", r->id, zl_severity_name(r->severity),
		    r->summary);
	}
}

static void
section(FILE *fp, const char *title, const char *text)
{
	if (text == NULL || *text == '\0')
		return;
	fprintf(fp, "\n%s:\n", title);
	const char *p = text;
	while (*p) {
		size_t n = strcspn(p, "\n");
		fprintf(fp, "  %.*s\n", (int)n, p);
		p += n;
		if (*p == '\n')
			p++;
	}
}

int
zl_explain(FILE *fp, const char *id)
{
	int i = zl_registry_find(id);
	if (i < 0)
		return -1;
	const struct zl_rule *r = zl_registry_at((size_t)i);
	fprintf(fp, "%s (%s): %s\n", r->id, zl_severity_name(r->severity),
	    r->summary);
	section(fp, "Why", r->why);
	section(fp, "Bad", r->bad);
	section(fp, "Good", r->good);
	section(fp, "Fix", r->fix);
	section(fp, "References", r->refs);
	return 0;
}
