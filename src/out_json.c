/* out_json.c: findings as one JSON document (schema version 1). */
#include "output.h"
#include "registry.h"

void
zl_json_string(FILE *fp, const char *s)
{
	if (s == NULL) {
		fputs("null", fp);
		return;
	}
	fputc('"', fp);
	const unsigned char *run = (const unsigned char *)s, *p = run;
	for (; *p; p++) {
		if (*p >= 0x20 && *p != 0x7f && *p != '"' && *p != '\\')
			continue; /* plain bytes (UTF-8 too) go out in one write */
		fwrite(run, 1, (size_t)(p - run), fp);
		run = p + 1;
		switch (*p) {
		case '"': fputs("\\\"", fp); break;
		case '\\': fputs("\\\\", fp); break;
		case '\n': fputs("\\n", fp); break;
		case '\r': fputs("\\r", fp); break;
		case '\t': fputs("\\t", fp); break;
		default: fprintf(fp, "\\u%04x", *p);
		}
	}
	fwrite(run, 1, (size_t)(p - run), fp);
	fputc('"', fp);
}

void
zl_output_json(FILE *fp, const struct zl_diags *d)
{
	fprintf(fp, "{\"version\": 1, \"tool\": \"zonelint\", \"findings\": [");
	for (size_t i = 0; i < d->count; i++) {
		const struct zl_diag *g = &d->v[i];
		fputs(i ? ",\n  {" : "\n  {", fp);
		fputs("\"file\": ", fp);
		zl_json_string(fp, zl_file_name(g->loc.file));
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
		zl_json_string(fp, g->fix);
		fputc('}', fp);
	}
	fputs(d->count ? "\n]}\n" : "]}\n", fp);
}
