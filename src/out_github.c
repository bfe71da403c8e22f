/* out_github.c: GitHub Actions workflow commands, one per finding, which
 * the runner shows as annotations on the file and line. */
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
		escaped(fp, zl_file_name(g->loc.file), true);
		if (g->loc.line)
			fprintf(fp, ",line=%u,endLine=%u,col=%u", g->loc.line,
			    g->end_line, g->loc.col);
		fputs(",title=", fp);
		escaped(fp, zl_registry_at(g->rule)->id, true);
		fputs("::", fp);
		escaped(fp, g->message, false);
		if (g->fix) {
			escaped(fp, "\nfix: ", false); /* one line: %0A */
			escaped(fp, g->fix, false);
		}
		fputc('\n', fp);
	}
}
