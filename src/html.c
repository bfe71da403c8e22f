/* html.c: escaping for the HTML report, and which findings concern a
 * zone or a name of its picture (html.h). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "escape.h"
#include "html.h"
#include "registry.h"

/* n bytes that src/escape.h passes as they are, with the five
 * characters HTML gives meaning to as character references. */
static void
references(FILE *fp, const char *s, size_t n)
{
	const char *run = s, *end = s + n;
	for (const char *p = s; p < end; p++) {
		const char *ref = *p == '&' ? "&amp;" : *p == '<' ? "&lt;" :
		    *p == '>' ? "&gt;" : *p == '"' ? "&quot;" : *p == '\'' ?
		    "&#39;" : NULL;
		if (ref == NULL)
			continue;
		fwrite(run, 1, (size_t)(p - run), fp);
		fputs(ref, fp);
		run = p + 1;
	}
	fwrite(run, 1, (size_t)(end - run), fp);
}

void
zl_html_text_n(FILE *fp, const char *s, size_t n)
{
	if (zl_escape_span(s, n) == n) { /* the common case: no copy */
		references(fp, s, n);
		return;
	}
	char *e = zl_escape_text_n(s, n);
	references(fp, e, strlen(e));
	free(e);
}

void
zl_html_text(FILE *fp, const char *s)
{
	if (s)
		zl_html_text_n(fp, s, strlen(s));
}

void
zl_html_path(FILE *fp, const char *path)
{
	char *e = zl_escape_path(path);
	zl_html_text(fp, e);
	free(e);
}

const char *
zl_html_sev(int severity)
{
	return severity < 0 ? "ok" : zl_severity_name((enum zl_severity)severity);
}

static bool
in_groups(const char *id, const char *const *groups)
{
	if (groups == NULL)
		return true;
	for (; *groups; groups++)
		if (strncmp(id, *groups, strlen(*groups)) == 0)
			return true;
	return false;
}

/* Whether message names name as a word of its own. */
static bool
names(const char *message, const char *name)
{
	size_t n = strlen(name);
	for (const char *p = message; (p = strcasestr(p, name)) != NULL; p++)
		if ((p == message || p[-1] == ' ') &&
		    (p[n] == '\0' || strchr(" :,;)", p[n])))
			return true;
	return false;
}

int
zl_html_worst(const struct zl_diags *d, const struct zl_html_match *m,
    char *ids, size_t size)
{
	int worst = -1;
	size_t len = strlen(ids);
	for (size_t i = 0; i < d->count; i++) {
		const struct zl_diag *g = &d->v[i];
		const char *id = zl_registry_at(g->rule)->id;
		const char *key = m->by_zone ? g->zone : g->owner;
		if (!in_groups(id, m->groups) || !((g->view == m->view && key &&
		    (!m->in_file || g->zone_file == m->file) &&
		    strcasecmp(key, m->name) == 0) ||
		    (m->in_message && names(g->message, m->name))))
			continue;
		worst = g->severity > worst ? g->severity : worst;
		if (!strstr(ids, id) && len + strlen(id) + 3 < size)
			len += (size_t)snprintf(ids + len, size - len, "%s%s",
			    len ? ", " : "", id);
	}
	return worst;
}
