/* out_text.c: compiler-style text, one finding a line, fixes indented. */
#include <string.h>

#include "output.h"
#include "registry.h"

static const char *const sev_color[] = {"\033[1;36m", "\033[1;35m", "\033[1;31m"};

void
zl_output_text(FILE *fp, const struct zl_diags *d, bool color)
{
	for (size_t i = 0; i < d->count; i++) {
		const struct zl_diag *g = &d->v[i];
		const char *file = zl_file_name(g->loc.file);
		if (color)
			fputs("\033[1m", fp);
		if (g->loc.line)
			fprintf(fp, "%s:%u:%u:", file, g->loc.line, g->loc.col);
		else
			fprintf(fp, "%s:", file);
		if (color)
			fprintf(fp, "\033[0m %s%s:\033[0m", sev_color[g->severity],
			    zl_severity_name(g->severity));
		else
			fprintf(fp, " %s:", zl_severity_name(g->severity));
		fprintf(fp, " %s [%s]\n", g->message, zl_registry_at(g->rule)->id);
		for (const char *p = g->fix; p && *p;) {
			size_t n = strcspn(p, "\n");
			fprintf(fp, "    fix: %.*s\n", (int)n, p);
			p += n;
			if (*p == '\n')
				p++;
		}
	}
}
