/* out_text.c: compiler-style text, one finding a line, fixes indented.
 * File names, messages and fixes hold bytes from input: each goes out
 * through src/escape.h; only the colors are ours. */
#include <string.h>

#include "escape.h"
#include "output.h"
#include "registry.h"

static const char *const sev_color[] = {"\033[1;36m", "\033[1;35m", "\033[1;31m"};

void
zl_output_text(FILE *fp, const struct zl_diags *d, bool color)
{
	for (size_t i = 0; i < d->count; i++) {
		const struct zl_diag *g = &d->v[i];
		if (color)
			fputs("\033[1m", fp);
		zl_escape_path_put(fp, zl_file_name(g->loc.file));
		if (g->loc.line)
			fprintf(fp, ":%u:%u:", g->loc.line, g->loc.col);
		else
			fputc(':', fp);
		if (color)
			fprintf(fp, "\033[0m %s%s:\033[0m", sev_color[g->severity],
			    zl_severity_name(g->severity));
		else
			fprintf(fp, " %s:", zl_severity_name(g->severity));
		fputc(' ', fp);
		zl_escape_text_put(fp, g->message);
		fprintf(fp, " [%s]\n", zl_registry_at(g->rule)->id);
		/* the engine joins a fix's lines with '\n': ours, kept */
		for (const char *p = g->fix; p && *p;) {
			size_t n = strcspn(p, "\n");
			fputs("    fix: ", fp);
			zl_escape_text_write(fp, p, n);
			fputc('\n', fp);
			p += n;
			if (*p == '\n')
				p++;
		}
	}
}
