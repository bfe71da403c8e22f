/*
 * out_sarif.c: SARIF 2.1.0 for GitHub code scanning and other viewers.
 *
 * Every rule goes in tool.driver.rules (id, short and full description,
 * the --explain text as help, its page as helpUri, default level); results point at their
 * rule by index and carry a physical location relative to %SRCROOT%.
 */
#include <stdlib.h>
#include <string.h>

#include "explain.h"
#include "output.h"
#include "registry.h"
#include "rulepages.h"

#ifndef ZL_VERSION
#define ZL_VERSION "0.1.0"
#endif

static const char *const level[] = {"note", "warning", "error"};

/* A relative URI reference: unreserved characters and '/' pass, the
 * rest is percent-encoded (RFC 3986). */
static void
uri(FILE *fp, const char *path)
{
	char *out = NULL;
	size_t n = 0;
	FILE *m = open_memstream(&out, &n);
	while (path[0] == '.' && path[1] == '/')
		path += 2;
	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || strchr("-._~/@", *p))
			fputc(*p, m);
		else
			fprintf(m, "%%%02X", *p);
	}
	fclose(m);
	zl_json_string(fp, out);
	free(out);
}

static void
rule_metadata(FILE *fp, const struct zl_rule *r, const char *rules_url)
{
	char *help = NULL;
	size_t n = 0;
	FILE *m = open_memstream(&help, &n);
	zl_explain(m, r->id);
	fclose(m);
	fputs("{\"id\": ", fp);
	zl_json_string(fp, r->id);
	fputs(", \"shortDescription\": {\"text\": ", fp);
	zl_json_string(fp, r->summary);
	fputs("}, \"fullDescription\": {\"text\": ", fp);
	zl_json_lines(fp, r->why);
	fputs("}, \"help\": {\"text\": ", fp);
	zl_json_lines(fp, help);
	char *page = zl_rule_url(rules_url, r->id);
	fputs("}, \"helpUri\": ", fp);
	zl_json_string(fp, page);
	free(page);
	fprintf(fp, ", \"defaultConfiguration\": {\"level\": \"%s\"}}",
	    level[r->severity]);
	free(help);
}

void
zl_output_sarif(FILE *fp, const struct zl_diags *d, const char *rules_url)
{
	fputs("{\"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
	    " \"version\": \"2.1.0\",\n"
	    " \"runs\": [{\n"
	    "  \"tool\": {\"driver\": {\"name\": \"zonelint\", \"version\": \""
	    ZL_VERSION "\",\n"
	    "   \"rules\": [", fp);
	for (size_t i = 0; i < zl_registry_count(); i++) {
		fputs(i ? ",\n    " : "\n    ", fp);
		rule_metadata(fp, zl_registry_at(i), rules_url);
	}
	fputs("]}},\n"
	    "  \"originalUriBaseIds\": {\"%SRCROOT%\": {\"uri\": \"file:///\"}},\n"
	    "  \"results\": [", fp);
	for (size_t i = 0; i < d->count; i++) {
		const struct zl_diag *g = &d->v[i];
		fputs(i ? ",\n   " : "\n   ", fp);
		fputs("{\"ruleId\": ", fp);
		zl_json_string(fp, zl_registry_at(g->rule)->id);
		fprintf(fp, ", \"ruleIndex\": %u, \"level\": \"%s\", "
		    "\"message\": {\"text\": ", g->rule, level[g->severity]);
		zl_json_string(fp, g->message);
		fputs("}, \"locations\": [{\"physicalLocation\": "
		    "{\"artifactLocation\": {\"uri\": ", fp);
		uri(fp, zl_file_name(g->loc.file));
		fputs(", \"uriBaseId\": \"%SRCROOT%\"}", fp);
		if (g->loc.line)
			fprintf(fp, ", \"region\": {\"startLine\": %u, "
			    "\"startColumn\": %u, \"endLine\": %u}", g->loc.line,
			    g->loc.col ? g->loc.col : 1, g->end_line);
		fputs("}}]", fp);
		if (g->fix) {
			fputs(", \"properties\": {\"fix\": ", fp);
			zl_json_lines(fp, g->fix);
			fputc('}', fp);
		}
		fputc('}', fp);
	}
	fputs(d->count ? "\n  ]\n }]\n}\n" : "]\n }]\n}\n", fp);
}
