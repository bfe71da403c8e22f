/* out_github.c: GitHub Actions workflow commands, one per finding, which
 * the runner shows as annotations on the file and line.  Bytes from input
 * go through src/escape.h first, so no ESC or other control reaches the
 * log; then the runner's own escaping keeps each command on one line. */
#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "output.h"
#include "registry.h"

/* Escaping as the runner expects: data escapes %, CR and LF; property
 * values also escape ':' and ','. */
static void
escaped(FILE *fp, const char *s, bool property)
{
	for (; *s; s++) {
		if (*s == '%')
			fputs("%25", fp);
		else if (*s == '\r')
			fputs("%0D", fp);
		else if (*s == '\n')
			fputs("%0A", fp);
		else if (property && *s == ':')
			fputs("%3A", fp);
		else if (property && *s == ',')
			fputs("%2C", fp);
		else
			fputc(*s, fp);
	}
}

void
zl_output_github(FILE *fp, const struct zl_diags *d)
{
	static const char *const kind[] = {"notice", "warning", "error"};
	for (size_t i = 0; i < d->count; i++) {
		const struct zl_diag *g = &d->v[i];
		fprintf(fp, "::%s file=", kind[g->severity]);
		char *file = zl_escape_path(zl_file_name(g->loc.file));
		escaped(fp, file, true);
		free(file);
		if (g->loc.line)
			fprintf(fp, ",line=%u,endLine=%u,col=%u", g->loc.line,
			    g->end_line, g->loc.col);
		fputs(",title=", fp);
		escaped(fp, zl_registry_at(g->rule)->id, true);
		fputs("::", fp);
		char *text = zl_escape_text(g->message);
		escaped(fp, text, false);
		free(text);
		/* the fix's lines, joined by the engine's '\n', become %0A */
		for (const char *p = g->fix, *nl; p; p = nl ? nl + 1 : NULL) {
			nl = strchr(p, '\n');
			text = zl_escape_text_n(p, nl ? (size_t)(nl - p) : strlen(p));
			escaped(fp, p == g->fix ? "\nfix: " : "\n", false);
			escaped(fp, text, false);
			free(text);
		}
		fputc('\n', fp);
	}
}
