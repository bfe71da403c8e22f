/*
 * fixscript_util.c: --fix-script's helpers (fixscript_util.h): comments
 * no target language reads as code, plain words, names relative to
 * their zone, parameters as variable names.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "fixscript_util.h"
#include "registry.h"

void
zl_fixscript_safe(FILE *fp, const char *text)
{
	static const char ok[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRST"
	    "UVWXYZ0123456789 ._:/,@()+=-";
	for (const char *c = text; *c; c++)
		fputc(strchr(ok, *c) ? *c : '?', fp);
}

void
zl_fixscript_comment(FILE *fp, const char *prefix, const char *text)
{
	fputs(prefix, fp);
	zl_fixscript_safe(fp, text);
	fputc('\n', fp);
}

void
zl_fixscript_by(FILE *fp, const char *prefix, const struct zl_fixscript_step *st)
{
	for (size_t i = 0; i < st->nby; i++) {
		const struct zl_diag *g = st->by[i];
		const char *m = g->message;
		size_t n = strcspn(m, ":");
		char *line = zl_asprintf("%s:%u: %s: %.*s", zl_file_name(g->loc.file),
		    g->loc.line, zl_registry_at(g->rule)->id, (int)n, m);
		zl_fixscript_comment(fp, prefix, line);
		free(line);
	}
}

bool
zl_fixscript_plain(const char *s)
{
	if (s == NULL || *s == '\0' || *s == '-')
		return false;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		    (*s >= '0' && *s <= '9') || strchr("-_.:*", *s)))
			return false;
	return true;
}

/* The SRV data's fields, each plain, or the one plain datum */
static bool
data_plain(const struct zl_fix_step *s)
{
	if (s->data == NULL)
		return true;
	char buf[LDNS_MAX_DOMAINLEN * 8 + 64];
	if (strlen(s->data) >= sizeof buf)
		return false;
	strcpy(buf, s->data);
	size_t words = 0;
	for (char *save, *w = strtok_r(buf, " ", &save); w;
	    w = strtok_r(NULL, " ", &save), words++)
		if (!zl_fixscript_plain(w))
			return false;
	return words > 0;
}

bool
zl_fixscript_step_plain(const struct zl_fix_step *s)
{
	return zl_fixscript_plain(s->zone) &&
	    (s->owner == NULL || zl_fixscript_plain(s->owner)) && data_plain(s);
}

/* Whether the dot at s[i] ends a label: not escaped by a backslash
 * that is not itself escaped. */
static bool
label_dot(const char *s, size_t i)
{
	size_t k = 0;
	while (k < i && s[i - 1 - k] == '\\')
		k++;
	return s[i] == '.' && k % 2 == 0;
}

const char *
zl_fixscript_nodot(const char *name, char *buf, size_t size)
{
	size_t n = strlen(name);
	if (n > 1 && label_dot(name, n - 1))
		n--;
	snprintf(buf, size, "%.*s", (int)n, name);
	return buf;
}

const char *
zl_fixscript_node(const char *owner, const char *zone, char *buf, size_t size)
{
	size_t o = strlen(owner), z = strlen(zone);
	if (strcasecmp(owner, zone) == 0)
		snprintf(buf, size, "@");
	else if (o > z + 1 && strcasecmp(owner + o - z, zone) == 0 &&
	    label_dot(owner, o - z - 1))
		snprintf(buf, size, "%.*s", (int)(o - z - 1), owner);
	else
		zl_fixscript_nodot(owner, buf, size);
	return buf;
}

const char *
zl_fixscript_var(const char *param, bool camel, char *buf, size_t size)
{
	size_t k = 0;
	bool up = true;
	for (const char *c = param; *c && k + 2 < size; c++) {
		bool letter = (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z');
		if (!letter) {
			if (!up && !camel)
				buf[k++] = '_';
			up = true;
			continue;
		}
		char ch = *c;
		if (!camel || up)
			ch = (char)(ch >= 'a' ? ch - 'a' + 'A' : ch);
		buf[k++] = ch;
		up = false;
	}
	if (k > 0 && buf[k - 1] == '_')
		k--;
	buf[k] = '\0';
	return buf;
}
