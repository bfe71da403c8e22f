/* out_html.c: the findings as one self-contained HTML audit report: what
 * was linted, counts, the picture of the views (out_html_svg.c), the
 * findings by zone then rule with their source line, fix-it lines and
 * the rule's --explain text, and the tables some rules' findings make
 * (report_table).  No script, no external resource: CSS and SVG inline.
 * Every byte from input goes through zl_html_text. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "escape.h"
#include "html.h"
#include "out_html_svg.h"
#include "output.h"
#include "registry.h"

#ifndef ZL_VERSION
#define ZL_VERSION "0.1.0"
#endif

/* Source text: a tab as spaces to the next stop of 8, the rest escaped. */
static void
source_text(FILE *fp, const char *s, size_t n, size_t *col)
{
	size_t run = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] != '\t')
			continue;
		zl_html_text_n(fp, s + run, i - run);
		*col += i - run;
		do
			fputc(' ', fp);
		while (++*col % 8);
		run = i + 1;
	}
	zl_html_text_n(fp, s + run, n - run);
	*col += n - run;
}

static const char css[] =
    "body{font:14px/1.45 sans-serif;margin:1.5em auto;max-width:1000px;"
    "padding:0 1em;color:#222;background:#fff}\n"
    "h1{font-size:1.6em;margin-bottom:.2em}h2{border-bottom:2px solid #ddd;"
    "margin-top:1.8em}h3{margin:1.4em 0 .3em}h4{margin:.8em 0 .2em}\n"
    "table{border-collapse:collapse;margin:.4em 0 1em}td,th{border:1px solid "
    "#ccc;padding:2px 8px;text-align:left;vertical-align:top}th{background:"
    "#f3f3f3}td.n{text-align:right}\n"
    ".error{color:#c62828}.warning{color:#b26a00}.note{color:#1565c0}"
    ".ok{color:#2e7d32}.sev{font-weight:bold;font-size:.85em}\n"
    ".f{border-left:5px solid #999;padding:.2em .8em;margin:.5em 0;"
    "background:#fafafa;color:#222}.f.error{border-color:#c62828}"
    ".f.warning{border-color:#e08a00}.f.note{border-color:#1565c0}\n"
    ".f p{margin:.2em 0}pre{background:#f1f1f1;padding:.35em .5em;margin:.3em 0;"
    "white-space:pre-wrap;word-break:break-all;font-size:.9em}\n"
    "pre.fix{background:#eef6ee}.ln{color:#888}mark{background:#ffd54f;"
    "color:#000;outline:1px solid #c79100}\n"
    "details{margin:.2em 0 .6em}summary{cursor:pointer;color:#555}\n"
    "svg{max-width:100%;height:auto;border:1px solid #ddd;background:#fff}"
    "svg text{font:13px sans-serif;fill:#222}svg .h{font-weight:bold}"
    "svg .none,svg .src{fill:#777}\n"
    "@media print{body{max-width:none;margin:0}.f,svg,tr{break-inside:avoid}"
    "a{color:inherit}}\n";

static void
head(FILE *fp)
{
	fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
	    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	    "<title>zonelint audit report</title>\n<style>\n", fp);
	fputs(css, fp);
	fputs("</style>\n</head>\n<body>\n<h1>zonelint audit report</h1>\n", fp);
}

static void
meta(FILE *fp, const struct zl_html_run *run)
{
	fprintf(fp, "<table class=\"meta\">\n<tr><th>zonelint</th><td>%s</td></tr>\n"
	    "<tr><th>Command line</th><td><code>zonelint", ZL_VERSION);
	for (int i = 1; i < run->argc; i++) {
		fputc(' ', fp);
		zl_html_text(fp, run->argv[i]);
	}
	fputs("</code></td></tr>\n<tr><th>--now</th><td>", fp);
	if (run->opt && run->opt->now_given) {
		time_t t = (time_t)run->opt->now;
		struct tm tm;
		char buf[64];
		if (gmtime_r(&t, &tm) && strftime(buf, sizeof buf,
		    "%Y-%m-%d %H:%M:%S UTC", &tm))
			fputs(buf, fp);
	} else {
		fputs("not given: the time of the run", fp);
	}
	fputs("</td></tr>\n", fp);
}

/* What another output wrote to a memory file, escaped into fp; skip
 * octets of its start dropped ("zonelint: "). */
static void
captured(FILE *fp, char *buf, size_t len, size_t skip)
{
	if (buf && len > skip)
		zl_html_text_n(fp, buf + skip, len - skip);
	free(buf);
}

/* The text output's summary line, and --summary's grouped findings
 * folded: what a terminal run shows, in the report's header. */
static void
summaries(FILE *fp, const struct zl_diags *d, const struct zl_html_run *run)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&buf, &len);
	if (m == NULL) {
		fputs("</table>\n", fp);
		return;
	}
	zl_output_summary(m, d, run->inputs);
	fclose(m);
	if (len > 0 && buf[len - 1] == '\n')
		len--;
	fputs("<tr><th>Summary</th><td>", fp);
	captured(fp, buf, len, sizeof "zonelint: " - 1);
	fputs("</td></tr>\n</table>\n", fp);
	if (d->count == 0)
		return;
	buf = NULL;
	len = 0;
	if ((m = open_memstream(&buf, &len)) == NULL)
		return;
	zl_output_text_grouped(m, d, false);
	fclose(m);
	fputs("<details><summary>The findings as zonelint --summary prints "
	    "them</summary>\n<pre>", fp);
	captured(fp, buf, len, 0);
	fputs("</pre></details>\n", fp);
}

static const char *
view_word(enum zl_view v)
{
	return v == ZL_VIEW_NONE ? "none" : zl_view_name(v);
}

static void
linted(FILE *fp, const struct zl_picture *p)
{
	fputs("<h2 id=\"linted\">What was linted</h2>\n<table>\n<tr><th>File</th>"
	    "<th>Zone</th><th>View</th><th>Server</th><th>Kind</th></tr>\n", fp);
	for (size_t i = 0; i < p->nzones; i++) {
		const struct zl_pic_zone *z = &p->zones[i];
		fputs("<tr><td><code>", fp);
		zl_html_path(fp, z->path);
		fputs("</code></td><td>", fp);
		zl_html_text(fp, z->origin);
		fprintf(fp, "</td><td>%s</td><td>", view_word(z->view));
		if (z->view == ZL_VIEW_INTERNAL)
			zl_html_text(fp, p->servers[z->server] ?
			    p->servers[z->server] : "");
		fprintf(fp, "</td><td>%s</td></tr>\n", z->pinpoint ? "pinpoint zone" :
		    z->same_as_public ? "the whole public zone" : "");
	}
	fputs("</table>\n", fp);
	if (p->zones_left)
		fprintf(fp, "<p>and %zu more zones.</p>\n", p->zones_left);
	fputs("<h3>SIP domains</h3>\n", fp);
	if (p->ndomains == 0)
		fputs("<p>None: no --sip-domain, and no Lync record in a zone.</p>\n",
		    fp);
	else
		fputs("<table>\n<tr><th>SIP domain</th><th>Where it came from</th>"
		    "</tr>\n", fp);
	for (size_t i = 0; i < p->ndomains; i++) {
		fputs("<tr><td>", fp);
		zl_html_text(fp, p->domains[i].name);
		fputs("</td><td>", fp);
		zl_html_text(fp, p->domains[i].source);
		fputs("</td></tr>\n", fp);
	}
	if (p->ndomains)
		fputs("</table>\n", fp);
}

/* ---- findings by zone, then rule ---- */

static const struct zl_diags *grouping;

static int
nullcmp(const char *a, const char *b)
{
	return a && b ? strcasecmp(a, b) : a ? -1 : b ? 1 : 0;
}

/* Same zone: the same view, origin and top file. */
static int
cmp_zone(const struct zl_diag *x, const struct zl_diag *y)
{
	if (x->view != y->view)
		return x->view < y->view ? -1 : 1;
	int c = nullcmp(x->zone, y->zone);
	return c ? c : nullcmp(zl_file_name(x->zone_file),
	    zl_file_name(y->zone_file));
}

/* The findings' zones, each once, numbered in the order the report
 * shows them: one hash lookup a finding, then only the zones are sorted
 * by name, and the findings by number. */
struct zone_key {
	const struct zl_diag *first;  /* a finding of the zone */
	size_t rank;
};

static int
by_zone(const void *a, const void *b)
{
	return cmp_zone(((const struct zone_key *)a)->first,
	    ((const struct zone_key *)b)->first);
}

static uint64_t
zone_hash(const struct zl_diag *g)
{
	uint64_t h = 14695981039346656037ull ^ ((uint64_t)g->view << 40) ^
	    g->zone_file;
	for (const char *p = g->zone; p && *p; p++)
		h = (h ^ (uint64_t)(unsigned char)tolower((unsigned char)*p)) *
		    1099511628211ull;
	return h;
}

/* For each finding, its zone's number in the report's order. */
static size_t *
zone_ranks(const struct zl_diags *d)
{
	size_t nslots = 16;
	while (nslots < 2 * d->count)
		nslots *= 2;
	size_t *slot = zl_xcalloc(nslots, sizeof *slot); /* key + 1, or 0 */
	struct zone_key *keys = zl_xcalloc(d->count + 1, sizeof *keys);
	size_t nkeys = 0, *of = zl_xcalloc(d->count + 1, sizeof *of);
	for (size_t i = 0; i < d->count; i++) {
		const struct zl_diag *g = &d->v[i];
		size_t k = zone_hash(g) & (nslots - 1);
		while (slot[k] && cmp_zone(keys[slot[k] - 1].first, g) != 0)
			k = (k + 1) & (nslots - 1);
		if (slot[k] == 0) {
			keys[nkeys].first = g;
			slot[k] = ++nkeys;
		}
		of[i] = slot[k] - 1;
	}
	size_t *by_key = zl_xcalloc(nkeys + 1, sizeof *by_key);
	struct zone_key *sorted = zl_xcalloc(nkeys + 1, sizeof *sorted);
	for (size_t k = 0; k < nkeys; k++)
		sorted[k] = (struct zone_key){keys[k].first, k};
	qsort(sorted, nkeys, sizeof *sorted, by_zone);
	for (size_t r = 0; r < nkeys; r++)
		by_key[sorted[r].rank] = r;
	for (size_t i = 0; i < d->count; i++)
		of[i] = by_key[of[i]];
	free(sorted);
	free(by_key);
	free(keys);
	free(slot);
	return of;
}

static const size_t *ranking;

static int
by_zone_rule(const void *a, const void *b)
{
	size_t i = *(const size_t *)a, j = *(const size_t *)b;
	if (ranking[i] != ranking[j])
		return ranking[i] < ranking[j] ? -1 : 1;
	/* the registry is sorted by id */
	uint16_t x = grouping->v[i].rule, y = grouping->v[j].rule;
	return x != y ? (x < y ? -1 : 1) : i < j ? -1 : i > j;
}

static size_t *
grouped(const struct zl_diags *d)
{
	size_t *order = zl_xcalloc(d->count + 1, sizeof *order);
	for (size_t i = 0; i < d->count; i++)
		order[i] = i;
	size_t *ranks = zone_ranks(d);
	grouping = d;
	ranking = ranks;
	qsort(order, d->count, sizeof *order, by_zone_rule);
	free(ranks);
	return order;
}

static void
zone_title(FILE *fp, const struct zl_diag *g)
{
	zl_html_text(fp, g->zone ? g->zone : "no zone");
	if (g->view != ZL_VIEW_NONE)
		fprintf(fp, " (%s view)", zl_view_name(g->view));
	fputs(" <small>", fp);
	zl_html_path(fp, zl_file_name(g->zone_file));
	fputs("</small>", fp);
}

/* ---- counts ---- */

static void
counts_row(FILE *fp, const unsigned n[3])
{
	for (int s = ZL_ERROR; s >= ZL_NOTE; s--)
		fprintf(fp, "<td class=\"n %s\">%u</td>", n[s] ? zl_html_sev(s) : "",
		    n[s]);
	fputs("</tr>\n", fp);
}

static void
counts(FILE *fp, const struct zl_diags *d, const size_t *order)
{
	static const char hdr[] = "<th>errors</th><th>warnings</th><th>notes</th>"
	    "</tr>\n";
	unsigned all[3] = {0};
	for (size_t i = 0; i < d->count; i++)
		all[d->v[i].severity]++;
	fprintf(fp, "<h2 id=\"counts\">Counts</h2>\n<p>%zu findings.</p>\n"
	    "<table>\n<tr><th></th>%s<tr><th>all</th>", d->count, hdr);
	counts_row(fp, all);
	fprintf(fp, "</table>\n<table>\n<tr><th>rule group</th>%s", hdr);
	for (size_t r = 0, n; r < zl_registry_count(); r += n) {
		const char *id = zl_registry_at(r)->id;
		size_t glen = strcspn(id, "-");
		unsigned c[3] = {0};
		for (n = 0; r + n < zl_registry_count() && strncmp(zl_registry_at(r +
		    n)->id, id, glen + 1) == 0; n++)
			;
		for (size_t i = 0; i < d->count; i++)
			if (d->v[i].rule >= r && d->v[i].rule < r + n)
				c[d->v[i].severity]++;
		if (c[0] + c[1] + c[2] == 0)
			continue;
		fprintf(fp, "<tr><th>%.*s-*</th>", (int)glen, id);
		counts_row(fp, c);
	}
	fprintf(fp, "</table>\n<table>\n<tr><th>zone</th>%s", hdr);
	for (size_t i = 0, j; i < d->count; i = j) {
		unsigned c[3] = {0};
		const struct zl_diag *g = &d->v[order[i]];
		for (j = i; j < d->count && cmp_zone(&d->v[order[j]], g) == 0; j++)
			c[d->v[order[j]].severity]++;
		fprintf(fp, "<tr><th><a href=\"#z%zu\">", i);
		zone_title(fp, g);
		fputs("</a></th>", fp);
		counts_row(fp, c);
	}
	fputs("</table>\n", fp);
}

/* ---- one finding ---- */

/* The line as written, the field at col marked (to the next blank). */
static void
source(FILE *fp, const struct zl_diag *g, const char *line)
{
	fprintf(fp, "<pre class=\"src\"><span class=\"ln\">%u | </span>", g->loc.line);
	size_t n = strlen(line), at = g->loc.col ? g->loc.col - 1 : 0, col = 0;
	if (at > n)
		at = n;
	size_t end = at;
	while (end < n && line[end] != ' ' && line[end] != '\t')
		end++;
	source_text(fp, line, at, &col);
	fputs("<mark>", fp);
	source_text(fp, line + at, end - at, &col);
	fputs("</mark>", fp);
	source_text(fp, line + end, n - end, &col);
	fputs("</pre>\n", fp);
}

static void
finding(FILE *fp, const struct zl_diag *g, size_t i, const char *line)
{
	const char *sev = zl_html_sev(g->severity);
	fprintf(fp, "<div class=\"f %s\" id=\"f%zu\"><p><span class=\"sev %s\">%s"
	    "</span> <code class=\"loc\">", sev, i, sev, sev);
	zl_html_path(fp, zl_file_name(g->loc.file));
	fprintf(fp, ":%u:%u</code> ", g->loc.line, g->loc.col);
	zl_html_text(fp, g->message);
	fputs("</p>\n", fp);
	if (line)
		source(fp, g, line);
	else if (g->record) {
		fputs("<pre class=\"src\">", fp);
		zl_html_text(fp, g->record);
		fputs("</pre>\n", fp);
	}
	if (g->fix) {
		fputs("<pre class=\"fix\">", fp);
		for (const char *p = g->fix, *nl; p; p = nl ? nl + 1 : NULL) {
			nl = strchr(p, '\n');
			fputs("fix: ", fp);
			zl_html_text_n(fp, p, nl ? (size_t)(nl - p) : strlen(p));
			if (nl)
				fputc('\n', fp);
		}
		fputs("</pre>\n", fp);
	}
	fputs("</div>\n", fp);
}

/* The rule's --explain text, folded. */
static void
explain(FILE *fp, const struct zl_rule *r)
{
	static const char *const titles[] = {"Why", "Exceptions", "Bad", "Good",
	    "Fix", "References"};
	const char *texts[] = {r->why, r->exceptions, r->bad, r->good, r->fix,
	    r->refs};
	fputs("<details><summary>About this rule (zonelint --explain ", fp);
	zl_html_text(fp, r->id);
	fputs(")</summary>\n", fp);
	for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
		if (texts[i] == NULL || *texts[i] == '\0')
			continue;
		fprintf(fp, "<h5>%s</h5>\n<pre>", titles[i]);
		for (const char *p = texts[i], *nl; p; p = nl ? nl + 1 : NULL) {
			nl = strchr(p, '\n');
			zl_html_text_n(fp, p, nl ? (size_t)(nl - p) : strlen(p));
			if (nl)
				fputc('\n', fp);
		}
		fputs("</pre>\n", fp);
	}
	fputs("</details>\n", fp);
}

static void
findings(FILE *fp, const struct zl_diags *d, const size_t *order,
    char *const *src)
{
	fputs("<h2 id=\"findings\">Findings by zone and rule</h2>\n", fp);
	if (d->count == 0)
		fputs("<p class=\"ok\">No findings.</p>\n", fp);
	for (size_t i = 0, j; i < d->count; i = j) {
		const struct zl_diag *g = &d->v[order[i]];
		if (i == 0 || cmp_zone(&d->v[order[i - 1]], g) != 0) {
			fprintf(fp, "<h3 id=\"z%zu\">", i);
			zone_title(fp, g);
			fputs("</h3>\n", fp);
		}
		for (j = i; j < d->count && cmp_zone(&d->v[order[j]], g) == 0 &&
		    d->v[order[j]].rule == g->rule; j++)
			;
		const struct zl_rule *r = zl_registry_at(g->rule);
		fputs("<h4><code>", fp);
		zl_html_text(fp, r->id);
		fputs("</code> ", fp);
		zl_html_text(fp, r->summary);
		fprintf(fp, " (%zu)</h4>\n", j - i);
		explain(fp, r);
		for (size_t k = i; k < j; k++)
			finding(fp, &d->v[order[k]], order[k], src ? src[order[k]] : NULL);
	}
}

/* ---- the tables some rules' findings make ---- */

static void
tables(FILE *fp, const struct zl_diags *d, char *const *src)
{
	for (size_t r = 0; r < zl_registry_count(); r++) {
		const struct zl_rule *rule = zl_registry_at(r);
		size_t n = 0;
		for (size_t i = 0; rule->report_table && i < d->count; i++) {
			const struct zl_diag *g = &d->v[i];
			if (g->rule != r)
				continue;
			if (n++ == 0) {
				fprintf(fp, "<h2 id=\"t%zu\">", r);
				zl_html_text(fp, rule->report_table);
				fputs(" (<code>", fp);
				zl_html_text(fp, rule->id);
				fputs("</code>)</h2>\n<table>\n<tr><th>Where</th><th>Zone</th>"
				    "<th>Record as written</th><th>Detail</th></tr>\n", fp);
			}
			fputs("<tr><td><a href=\"#f", fp);
			fprintf(fp, "%zu\"><code>", i);
			zl_html_path(fp, zl_file_name(g->loc.file));
			fprintf(fp, ":%u</code></a></td><td>", g->loc.line);
			zl_html_text(fp, g->zone);
			fputs("</td><td>", fp);
			fputs("<code>", fp);
			size_t col = 0;
			if (src && src[i])
				source_text(fp, src[i], strlen(src[i]), &col);
			fputs("</code></td><td>", fp);
			size_t stem = strlen(rule->summary);
			zl_html_text(fp, strncmp(g->message, rule->summary, stem) == 0 &&
			    g->message[stem] == ':' &&
			    g->message[stem + 1] == ' ' ? g->message + stem + 2 : g->message);
			fputs("</td></tr>\n", fp);
		}
		if (n)
			fputs("</table>\n", fp);
	}
}

void
zl_output_html(FILE *fp, const struct zl_diags *d, const struct zl_html_run *run)
{
	size_t *order = grouped(d);
	head(fp);
	meta(fp, run);
	summaries(fp, d, run);
	if (run->pic)
		linted(fp, run->pic);
	counts(fp, d, order);
	if (run->pic) {
		fputs("<h2 id=\"picture-title\">The views</h2>\n<p>Which zone "
		    "answers each name Lync and Skype for Business clients look up, "
		    "for clients inside (internal DNS, which forwards what it has no "
		    "zone for to public DNS) and outside.  Solid: a zone holds the "
		    "name; dashed: it does not, or public DNS answers; red, amber, "
		    "blue: the worst finding about it (error, warning, note); "
		    "&#9670;: a pinpoint zone.</p>\n", fp);
		zl_html_picture(fp, d, run->pic);
	}
	tables(fp, d, run->source);
	findings(fp, d, order, run->source);
	fputs("</body>\n</html>\n", fp);
	free(order);
}
