/* out_json.c: findings as one JSON document (schema version 1).  Every
 * string goes through src/escape.h, so the document is valid UTF-8 and
 * holds no control character from input, even as a JSON escape. */
#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "output.h"
#include "registry.h"
#include "rulepages.h"

/* The n bytes of text, already escaped (src/escape.h: no control is
 * left), with '"' and '\\' escaped for JSON. */
static void
quoted(FILE *fp, const char *s, size_t n)
{
	const char *run = s, *end = s + n;
	for (const char *p = s; p < end; p++) {
		if (*p != '"' && *p != '\\')
			continue; /* the rest, UTF-8 too, goes out in one write */
		fwrite(run, 1, (size_t)(p - run), fp);
		run = p + 1;
		fputs(*p == '"' ? "\\\"" : "\\\\", fp);
	}
	fwrite(run, 1, (size_t)(end - run), fp);
}

/* n bytes from input: as they are when nothing needs escaping. */
static void
text(FILE *fp, const char *s, size_t n)
{
	if (zl_escape_span(s, n) == n) {
		quoted(fp, s, n);
		return;
	}
	char *e = zl_escape_text_n(s, n);
	quoted(fp, e, strlen(e));
	free(e);
}

void
zl_json_string(FILE *fp, const char *s)
{
	if (s == NULL) {
		fputs("null", fp);
		return;
	}
	fputc('"', fp);
	text(fp, s, strlen(s));
	fputc('"', fp);
}

void
zl_json_lines(FILE *fp, const char *s)
{
	if (s == NULL) {
		fputs("null", fp);
		return;
	}
	fputc('"', fp);
	for (const char *p = s, *nl; p; p = nl ? nl + 1 : NULL) {
		nl = strchr(p, '\n');
		text(fp, p, nl ? (size_t)(nl - p) : strlen(p));
		if (nl)
			fputs("\\n", fp);
	}
	fputc('"', fp);
}

void
zl_json_path(FILE *fp, const char *path)
{
	char *e = zl_escape_path(path);
	fputc('"', fp);
	quoted(fp, e, strlen(e));
	fputc('"', fp);
	free(e);
}

void
zl_output_json(FILE *fp, const struct zl_diags *d, const char *rules_url)
{
	fprintf(fp, "{\"version\": 1, \"tool\": \"zonelint\", \"findings\": [");
	for (size_t i = 0; i < d->count; i++) {
		const struct zl_diag *g = &d->v[i];
		fputs(i ? ",\n  {" : "\n  {", fp);
		fputs("\"file\": ", fp);
		zl_json_path(fp, zl_file_name(g->loc.file));
		fprintf(fp, ", \"line\": %u, \"column\": %u, \"end_line\": %u, ",
		    g->loc.line, g->loc.col, g->end_line);
		fputs("\"rule\": ", fp);
		zl_json_string(fp, zl_registry_at(g->rule)->id);
		fprintf(fp, ", \"severity\": \"%s\", \"message\": ",
		    zl_severity_name(g->severity));
		zl_json_string(fp, g->message);
		fprintf(fp, ", \"view\": ");
		zl_json_string(fp, g->view == ZL_VIEW_NONE ? NULL : zl_view_name(g->view));
		fputs(", \"zone\": ", fp);
		zl_json_string(fp, g->zone);
		fputs(", \"owner\": ", fp);
		zl_json_string(fp, g->owner);
		fputs(", \"type\": ", fp);
		zl_json_string(fp, g->type);
		fputs(", \"fix\": ", fp);
		zl_json_lines(fp, g->fix);
		char *page = zl_rule_url(rules_url, zl_registry_at(g->rule)->id);
		fputs(", \"help_uri\": ", fp);
		zl_json_string(fp, page);
		free(page);
		fputc('}', fp);
	}
	fputs(d->count ? "\n]}\n" : "]}\n", fp);
}
