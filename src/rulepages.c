/*
 * rulepages.c: one HTML page per rule and an index (docs/rules/), from
 * the same text as --explain and zonelint-rules(7).
 *
 * Pages are self-contained (inline CSS, no script, no fetch), and every
 * text goes through src/escape.h and then HTML's five special
 * characters, so no text of a rule can become markup.  A section with
 * nothing to say (no exceptions, no related rule) is left out.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"
#include "escape.h"
#include "explain.h"
#include "html.h"
#include "pagefile.h"
#include "registry.h"
#include "rulepages.h"
#include "rulepeers.h"

static const char style[] =
    "body{font:16px/1.5 system-ui,sans-serif;max-width:50em;margin:2em auto;"
    "padding:0 1em;color:#222;background:#fff}"
    "h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.6em}"
    "pre{background:#f4f4f4;border-left:4px solid #bbb;padding:.6em;"
    "overflow-x:auto}"
    "#problematic pre{border-color:#c33}#correct pre{border-color:#3a3}"
    "code,pre{font-family:ui-monospace,monospace;font-size:.92em}"
    ".meta{color:#555}table{border-collapse:collapse}"
    "td,th{text-align:left;padding:.2em .8em .2em 0;vertical-align:top}";

/* The n bytes of s escaped as the HTML report escapes text (html.h);
 * TAB and LF, the rules' own layout, stay as they are. */
static void
html(FILE *fp, const char *s, size_t n)
{
	/* bounded: each turn takes one segment and its separator */
	while (n > 0) {
		size_t k = 0;
		while (k < n && s[k] != '\n' && s[k] != '\t')
			k++;
		zl_html_text_n(fp, s, k);
		if (k < n)
			fputc(s[k++], fp);
		s += k;
		n -= k;
	}
}

static void
html_str(FILE *fp, const char *s)
{
	html(fp, s, strlen(s));
}

static bool
id_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

/* How long the link at s[i] is: "RFC NNNN" (*rfc set), a rule's id, or
 * 0 for none. */
static size_t
link_at(const char *s, size_t i, size_t n, bool *rfc)
{
	size_t d = 0;
	*rfc = n - i > 4 && strncmp(s + i, "RFC ", 4) == 0;
	if (*rfc) {
		while (i + 4 + d < n && d < 5 && s[i + 4 + d] >= '0' &&
		    s[i + 4 + d] <= '9')
			d++;
		return d ? 4 + d : 0;
	}
	if ((i > 0 && id_char(s[i - 1])) || !(s[i] >= 'a' && s[i] <= 'z'))
		return 0;
	while (i + d < n && id_char(s[i + d]) && d < 64)
		d++;
	char id[65];
	memcpy(id, s + i, d);
	id[d] = '\0';
	return strchr(id, '-') && zl_registry_find(id) >= 0 ? d : 0;
}

/* "RFC NNNN" becomes a link to the RFC Editor's page, a rule's id a
 * link to its page; the rest is text. */
static void
prose_line(FILE *fp, const char *s, size_t n)
{
	size_t i = 0, run = 0;
	while (i < n) {
		bool rfc;
		size_t d = link_at(s, i, n, &rfc);
		if (d == 0) {
			i++;
			continue;
		}
		html(fp, s + run, i - run);
		if (rfc)
			fprintf(fp, "<a href=\"https://www.rfc-editor.org/rfc/rfc%.*s\">"
			    "RFC %.*s</a>", (int)(d - 4), s + i + 4, (int)(d - 4),
			    s + i + 4);
		else
			fprintf(fp, "<a href=\"%.*s.html\"><code>%.*s</code></a>",
			    (int)d, s + i, (int)d, s + i);
		i += d;
		run = i;
	}
	html(fp, s + run, n - run);
}

/* Paragraphs: a blank line ends one; the line breaks inside are kept as
 * the text's own wrapping (HTML folds them to spaces). */
static void
prose(FILE *fp, const char *text)
{
	const char *p = text;
	bool open = false;
	while (*p) {
		size_t n = strcspn(p, "\n");
		if (n == 0 && open) {
			fputs("</p>\n", fp);
			open = false;
		} else if (n > 0) {
			fputs(open ? "\n" : "<p>", fp);
			open = true;
			prose_line(fp, p, n);
		}
		p += n;
		if (*p == '\n')
			p++;
	}
	if (open)
		fputs("</p>\n", fp);
}

static void
section_start(FILE *fp, const char *id, const char *title)
{
	fprintf(fp, "<section id=\"%s\">\n<h2>%s</h2>\n", id, title);
}

static void
literal(FILE *fp, const char *id, const char *title, const char *text)
{
	if (text == NULL || *text == '\0')
		return;
	section_start(fp, id, title);
	fputs("<pre><code>", fp);
	html_str(fp, text);
	fputs("</code></pre>\n</section>\n", fp);
}

static void
prose_section(FILE *fp, const char *id, const char *title, const char *text)
{
	if (text == NULL || *text == '\0')
		return;
	section_start(fp, id, title);
	prose(fp, text);
	fputs("</section>\n", fp);
}

static void
head(FILE *fp, const char *title)
{
	fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n"
	    "<meta name=\"viewport\" content=\"width=device-width, "
	    "initial-scale=1\">\n<title>", fp);
	html_str(fp, title);
	fprintf(fp, "</title>\n<style>%s</style>\n</head>\n<body>\n", style);
}

static void
suppression(FILE *fp, const struct zl_rule *r)
{
	section_start(fp, "suppression", "Suppression");
	fputs("<p>When the finding is deliberate, say so in the zone file, at "
	    "the end of the record's line or alone on the line before it (see "
	    "zonelint(1), SUPPRESSIONS):</p>\n<pre><code>; zonelint: ignore ", fp);
	html_str(fp, r->id);
	fputs(" reason</code></pre>\n<p>The same with <code>ignore-file</code> "
	    "anywhere in a file silences the rule for the whole file.</p>\n"
	    "</section>\n", fp);
}

static void
related(FILE *fp, size_t rule)
{
	size_t rel[ZL_RELATED_MAX];
	size_t n = zl_rule_related(rule, rel, ZL_RELATED_MAX);
	if (n == 0)
		return;
	section_start(fp, "related", "Related rules");
	fputs("<ul>\n", fp);
	for (size_t k = 0; k < n; k++) {
		const struct zl_rule *o = zl_registry_at(rel[k]);
		fputs("<li><a href=\"", fp);
		html_str(fp, o->id);
		fputs(".html\"><code>", fp);
		html_str(fp, o->id);
		fputs("</code></a>: ", fp);
		html_str(fp, o->summary);
		fputs("</li>\n", fp);
	}
	fputs("</ul>\n</section>\n", fp);
}

static void
shown_section(FILE *fp, const char *id, const char *text, size_t len)
{
	section_start(fp, "output", "What zonelint says of it");
	fputs("<p>Written as files by <code>zonelint --explain ", fp);
	html_str(fp, id);
	fputs(" --examples DIR</code> and run in DIR:</p>\n<pre><code>", fp);
	/* line by line, every byte but LF escaped (a TAB too: the file is
	 * input); bounded: each turn takes a line and its LF */
	while (len > 0) {
		const char *lf = memchr(text, '\n', len);
		size_t k = lf ? (size_t)(lf - text) : len;
		zl_html_text_n(fp, text, k);
		if (lf) {
			fputc('\n', fp);
			k++;
		}
		text += k;
		len -= k;
	}
	fputs("</code></pre>\n</section>\n", fp);
}

/* path's text (pagefile.h), or NULL: *bad set, after a message, when
 * it cannot be read. */
static char *
page_file(const char *path, size_t *len, bool *bad)
{
	char why[256];
	char *text = path ? zl_page_file_read(path, len, why, sizeof why) : NULL;
	if (path && text == NULL) {
		zl_eprintf("zonelint: %s: %s", path, why);
		*bad = true;
	}
	return text;
}

int
zl_html_rule(FILE *fp, const char *id, const char *shown_path,
    const char *peers_path)
{
	int i = zl_registry_find(id);
	if (i < 0)
		return -1;
	size_t shown_len = 0, peers_len = 0;
	bool bad = false;
	char *shown = page_file(shown_path, &shown_len, &bad);
	char *peers = bad ? NULL : page_file(peers_path, &peers_len, &bad);
	if (bad) {
		free(shown);
		return -2;
	}
	const struct zl_rule *r = zl_registry_at((size_t)i);
	char *title = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&title, &len);
	fprintf(m, "%s: %s", r->summary, r->id);
	fclose(m);
	head(fp, title);
	free(title);
	fputs("<nav><a href=\"index.html\">zonelint rules</a></nav>\n<main>\n"
	    "<h1 id=\"message\">", fp);
	html_str(fp, r->summary);
	fputs("</h1>\n<p class=\"meta\">Rule <code>", fp);
	html_str(fp, r->id);
	fprintf(fp, "</code>, level <strong>%s</strong> by default "
	    "(<code>--severity</code> changes it).</p>\n",
	    zl_severity_name(r->severity));
	literal(fp, "problematic", "Problematic zone", r->bad);
	if (shown)
		shown_section(fp, r->id, shown, shown_len);
	free(shown);
	literal(fp, "correct", "Correct zone", r->good);
	prose_section(fp, "rationale", "Rationale", r->why);
	if (peers)
		zl_html_peers(fp, r->id, peers, peers_len);
	free(peers);
	literal(fp, "fix", "Fix", r->fix);
	prose_section(fp, "exceptions", "Exceptions", r->exceptions);
	suppression(fp, r);
	related(fp, (size_t)i);
	prose_section(fp, "references", "References", r->refs);
	fputs("</main>\n</body>\n</html>\n", fp);
	return 0;
}

void
zl_html_index(FILE *fp)
{
	head(fp, "zonelint rules");
	fputs("<main>\n<h1 id=\"message\">zonelint rules</h1>\n"
	    "<p class=\"meta\">Every check zonelint makes, with its default "
	    "level; each page says why it matters, shows a problematic and a "
	    "correct zone, and how to fix or silence it.</p>\n"
	    "<table id=\"rules\">\n<thead><tr><th>Rule</th><th>Level</th>"
	    "<th>Message</th></tr></thead>\n<tbody>\n", fp);
	for (size_t i = 0; i < zl_registry_count(); i++) {
		const struct zl_rule *r = zl_registry_at(i);
		fputs("<tr><td><a href=\"", fp);
		html_str(fp, r->id);
		fputs(".html\"><code>", fp);
		html_str(fp, r->id);
		fprintf(fp, "</code></a></td><td>%s</td><td>",
		    zl_severity_name(r->severity));
		html_str(fp, r->summary);
		fputs("</td></tr>\n", fp);
	}
	fputs("</tbody>\n</table>\n</main>\n</body>\n</html>\n", fp);
}

bool
zl_rules_url_ok(const char *base)
{
	size_t n = strlen(base), i = 0;
	if (n == 0 || n > 1024 || !((base[0] | 0x20) >= 'a' && (base[0] | 0x20) <= 'z'))
		return false;
	while (i < n && (strchr("+-.", base[i]) || (base[i] >= '0' &&
	    base[i] <= '9') || ((base[i] | 0x20) >= 'a' && (base[i] | 0x20) <= 'z')))
		i++;
	if (i == n || base[i] != ':' || i + 1 == n)
		return false;
	/* unreserved, gen-delims, sub-delims and '%' (RFC 3986 2) */
	const char *ok = "-._~:/?#[]@!$&'()*+,;=%";
	for (; i < n; i++)
		if (!((base[i] >= '0' && base[i] <= '9') ||
		    ((base[i] | 0x20) >= 'a' && (base[i] | 0x20) <= 'z') ||
		    strchr(ok, base[i])))
			return false;
	return true;
}

char *
zl_rule_url(const char *base, const char *id)
{
	size_t n = strlen(base);
	const char *sep = n > 0 && base[n - 1] == '/' ? "" : "/";
	char *out = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&out, &len);
	fprintf(m, "%s%s%s.html", base, sep, id);
	fclose(m);
	return out;
}
