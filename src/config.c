/*
 * config.c: the .zonelint file.
 *
 * One setting per line, "key = value", '#' starts a comment; the keys
 * are the long options that shape a run (see zonelint(5)).  Paths and
 * globs are relative to the file's folder.
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <glob.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config.h"
#include "confine.h"
#include "diag.h"
#include "escape.h"

/* dir (absolute, real) as the working directory cwd sees it: "" for
 * cwd itself, else "sub/" or "../../other/"; NULL when too long. */
static char *
seen_from(const char *cwd, const char *dir)
{
	size_t common = 0;
	for (size_t i = 0; cwd[i] && cwd[i] == dir[i]; i++)
		if (cwd[i + 1] == '\0' || cwd[i + 1] == '/')
			if (dir[i + 1] == '\0' || dir[i + 1] == '/')
				common = i + 1;
	char up[PATH_MAX] = "";
	for (const char *p = cwd + common; *p && strcmp(cwd, "/"); p++)
		if (*p == '/') {
			if (strlen(up) + 4 >= sizeof up)
				return NULL;
			strcat(up, "../");
		}
	const char *rest = dir + common + (dir[common] == '/');
	return zl_asprintf("%s%s%s", up, rest, rest[0] ? "/" : "");
}

/* Returned relative to the working directory (".zonelint",
 * "../../.zonelint", "zones/.zonelint"), so that findings name files as
 * the user sees them.  The search stops at the lint root: a .zonelint
 * above the repository is not the repository's. */
static char *
find_up(const char *cwd, char *dir)
{
	const char *root = zl_confine_root();
	for (;;) {
		char *path = zl_asprintf("%s/.zonelint", strcmp(dir, "/") ? dir : "");
		struct stat st;
		bool found = lstat(path, &st) == 0;
		free(path);
		if (found) { /* even a link: the confined open says what is wrong */
			char *seen = seen_from(cwd, dir);
			char *ret = seen ? zl_asprintf("%s.zonelint", seen) : NULL;
			free(seen);
			return ret;
		}
		char *slash = strrchr(dir, '/');
		if (strcmp(dir, root) == 0 || slash == NULL || slash == dir)
			return NULL;
		*slash = '\0';
	}
}

char *
zl_config_find(void)
{
	char cwd[PATH_MAX], dir[PATH_MAX];
	if (getcwd(cwd, sizeof cwd) == NULL)
		return NULL;
	strcpy(dir, cwd);
	return find_up(cwd, dir);
}

/* Is real (absolute) the lint root or below it? */
static bool
in_root(const char *real)
{
	const char *root = zl_confine_root();
	size_t n = strlen(root);
	return strncmp(real, root, n) == 0 && (real[n] == '/' ||
	    real[n] == '\0' || strcmp(root, "/") == 0);
}

char *
zl_config_find_for(const char *file)
{
	char cwd[PATH_MAX], dir[PATH_MAX];
	if (getcwd(cwd, sizeof cwd) == NULL)
		return NULL;
	/* file's folder, as written; a folder that does not exist yet (a
	 * new buffer) starts the walk at the nearest one that does */
	char *text = zl_xstrdup(file);
	for (;;) {
		char *slash = strrchr(text, '/');
		if (slash == NULL) {
			strcpy(text, ".");
		} else if (slash == text) {
			text[1] = '\0';
		} else {
			*slash = '\0';
		}
		if (realpath(text, dir) != NULL || strcmp(text, ".") == 0 ||
		    strcmp(text, "/") == 0)
			break;
	}
	bool usable = realpath(text, dir) != NULL && in_root(dir);
	free(text);
	if (!usable)
		return zl_config_find();
	return find_up(cwd, dir);
}

#define MAX_CONFIG_SIZE (1u << 20) /* bytes: settings, not data */
#define MAX_CONFIG_LINE 4096

/* The config, opened confined like every input: a regular file of at
 * most MAX_CONFIG_SIZE bytes. */
static FILE *
open_config(const char *path, char *why, size_t whysize)
{
	int fd = zl_open_confined(path, 0, why, whysize);
	if (fd < 0)
		return NULL;
	struct stat st;
	FILE *fp = NULL;
	if (fstat(fd, &st) != 0)
		snprintf(why, whysize, "%s", strerror(errno));
	else if (!S_ISREG(st.st_mode))
		snprintf(why, whysize, "not a regular file");
	else if (st.st_size > MAX_CONFIG_SIZE)
		snprintf(why, whysize, "larger than %u KiB", MAX_CONFIG_SIZE >> 10);
	else if ((fp = fdopen(fd, "r")) == NULL)
		snprintf(why, whysize, "%s", strerror(errno));
	if (fp == NULL)
		close(fd);
	return fp;
}

/* A config error names the file, the line and the setting, never the
 * line's text: a .zonelint may be a link to a file that is not one. */
static int
cerror(const char *path, unsigned line, const char *fmt, const char *arg)
{
	char *what = zl_asprintf(fmt, arg);
	zl_eprintf("%s:%u: error: %s", path, line, what);
	free(what);
	return -1;
}

static char *
trim(char *s)
{
	while (isspace((unsigned char)*s))
		s++;
	char *e = s + strlen(s);
	while (e > s && isspace((unsigned char)e[-1]))
		*--e = '\0';
	return s;
}

static int
add_name(struct zl_names *list, const char *value, const char *key)
{
	char *abs = value[strlen(value) - 1] == '.' ? zl_xstrdup(value) :
	    zl_asprintf("%s.", value);
	ldns_rdf *name = ldns_dname_new_frm_str(abs);
	free(abs);
	if (name == NULL || zl_dname_labels(name) == 0) {
		if (name)
			ldns_rdf_deep_free(name);
		return -1;
	}
	zl_names_add(list, name, key);
	return 0;
}

#define MAX_BRACE_EXPANSION 64  /* patterns one {a,b} glob may stand for */
#define MAX_GLOB_MATCHES 100000 /* paths one glob may add */

/* How many patterns the {a,b} groups of s stand for (at most cap + 1):
 * glob(3) expands them all before it matches anything. */
static size_t
brace_count(const char **s, size_t cap, int depth)
{
	size_t total = 0, alt = 1;
	for (; **s; (*s)++) {
		char c = **s;
		if (c == '\\' && (*s)[1]) {
			(*s)++;
		} else if (c == '{') {
			(*s)++;
			size_t inner = depth < 32 ? brace_count(s, cap, depth + 1) : cap + 1;
			alt = alt * inner > cap ? cap + 1 : alt * inner;
			if (**s == '\0')
				break;
		} else if (c == ',' && depth > 0) {
			total = total + alt > cap ? cap + 1 : total + alt;
			alt = 1;
		} else if (c == '}' && depth > 0) {
			break;
		}
	}
	total = total + alt > cap ? cap + 1 : total + alt;
	return total;
}

/* A path in .zonelint stays inside the repository: not absolute, no
 * "..". */
static bool
stays_inside(const char *pattern)
{
	if (pattern[0] == '/' || pattern[0] == '~')
		return false;
	for (const char *p = pattern; *p;) {
		size_t n = strcspn(p, "/");
		if (n == 2 && p[0] == '.' && p[1] == '.')
			return false;
		p += n;
		p += *p == '/';
	}
	return true;
}

/* internal = GLOB: every match (file or folder) joins that view;
 * internal.SERVER = GLOB, that internal DNS server's exports. */
static int
add_paths(struct zl_inputs *in, const char *dir, const char *pattern,
    enum zl_view view, const char *server, const char *path, unsigned line)
{
	if (!stays_inside(pattern))
		return cerror(path, line, "%s paths must stay inside the repository "
		    "(no leading '/' or '~', no '..')", view == ZL_VIEW_INTERNAL ?
		    "internal" : "external");
	const char *b = pattern;
	if (brace_count(&b, MAX_BRACE_EXPANSION, 0) > MAX_BRACE_EXPANSION)
		return cerror(path, line, "a glob's {a,b} groups may stand for at "
		    "most %s patterns", "64");
	char *full = strcmp(dir, ".") == 0 ? zl_xstrdup(pattern) :
	    zl_asprintf("%s/%s", dir, pattern);
	glob_t g;
	int rc = glob(full, GLOB_NOSORT | GLOB_BRACE, NULL, &g);
	if (rc == GLOB_NOMATCH) {
		globfree(&g);
		int e = cerror(path, line, "no file matches the %s glob", view ==
		    ZL_VIEW_INTERNAL ? "internal" : "external");
		free(full);
		return e;
	}
	if (rc != 0) {
		free(full);
		return cerror(path, line, "bad glob in '%s'", view ==
		    ZL_VIEW_INTERNAL ? "internal" : "external");
	}
	int ret = 0;
	if (g.gl_pathc > MAX_GLOB_MATCHES)
		ret = cerror(path, line, "a glob may match at most %s paths",
		    "100000");
	for (size_t i = 0; i < g.gl_pathc && ret == 0; i++)
		if (zl_inputs_add(in, g.gl_pathv[i], view, server, NULL) != 0)
			ret = -1;
	globfree(&g);
	free(full);
	return ret;
}

int
zl_config_load(const char *path, struct zl_options *opt,
    struct zl_engine *eng, struct zl_inputs *in)
{
	char why[256];
	FILE *fp = open_config(path, why, sizeof why);
	if (fp == NULL) {
		zl_eprintf("zonelint: cannot read config %s: %s", path, why);
		return -1;
	}
	char *dir = zl_xstrdup(path);
	char *slash = strrchr(dir, '/');
	if (slash)
		*slash = '\0';
	else
		strcpy(dir, ".");
	char buf[MAX_CONFIG_LINE + 2];
	unsigned line = 0;
	int ret = 0;
	while (fgets(buf, sizeof buf, fp)) { /* bounded by MAX_CONFIG_SIZE */
		line++;
		if (strlen(buf) > MAX_CONFIG_LINE && buf[MAX_CONFIG_LINE] != '\n') {
			int c;
			while ((c = getc(fp)) != EOF && c != '\n')
				;
			ret = cerror(path, line, "line longer than %s bytes", "4096");
			continue;
		}
		char *hash = strchr(buf, '#');
		if (hash)
			*hash = '\0';
		char *s = trim(buf);
		if (*s == '\0')
			continue;
		char *eq = strchr(s, '=');
		if (eq == NULL) {
			ret = cerror(path, line, "expected 'key = value'%s", "");
			continue;
		}
		*eq = '\0';
		char *key = trim(s), *value = trim(eq + 1);
		if (strlen(key) > 48)
			strcpy(key + 45, "..."); /* no setting is longer */
		if (*value == '\0') {
			ret = cerror(path, line, "'%s' needs a value", key);
		} else if (strcmp(key, "internal") == 0 || strcmp(key, "external") == 0) {
			if (add_paths(in, dir, value, key[0] == 'i' ? ZL_VIEW_INTERNAL :
			    ZL_VIEW_EXTERNAL, NULL, path, line) != 0)
				ret = -1;
		} else if (strncmp(key, "internal.", 9) == 0) {
			if (!zl_server_name_ok(key + 9, strlen(key + 9)))
				ret = cerror(path, line, "internal.SERVER: a server's name is "
				    "1 to 32 letters, digits, '-', '_' or '.'%s", "");
			else if (add_paths(in, dir, value, ZL_VIEW_INTERNAL, key + 9,
			    path, line) != 0)
				ret = -1;
		} else if (strcmp(key, "sip-domain") == 0 ||
		    strcmp(key, "internal-domain") == 0 ||
		    strcmp(key, "sip-allow-target") == 0 ||
		    strcmp(key, "sip-internal-name") == 0) {
			struct zl_names *list = key[0] == 'i' ? &opt->internal_domains :
			    key[4] == 'd' ? &opt->sip_domains : key[4] == 'a' ?
			    &opt->sip_allow_targets : &opt->sip_internal_names;
			/* the source -v names: "path:line, key" */
			char *src = zl_asprintf("%s:%u, %s", path, line, key);
			if (add_name(list, value, src) != 0)
				ret = cerror(path, line, "%s takes a domain name", key);
			free(src);
		} else if (strcmp(key, "enable") == 0 || strcmp(key, "disable") == 0) {
			if (zl_engine_enable(eng, value, key[0] == 'e') == 0)
				ret = cerror(path, line, "%s: no rule matches the pattern", key);
		} else if (strcmp(key, "severity") == 0) {
			char *e2 = strchr(value, '=');
			int sev = e2 ? zl_severity_parse(trim(e2 + 1)) : -1;
			if (e2)
				*e2 = '\0';
			if (sev < 0)
				ret = cerror(path, line, "severity takes RULE=LEVEL (error, "
				    "warning, note)%s", "");
			else if (zl_engine_set_severity(eng, trim(value),
			    (enum zl_severity)sev) == 0)
				ret = cerror(path, line, "%s: no rule matches the pattern", key);
		} else if (strcmp(key, "fail-on") == 0) {
			opt->fail_on = zl_severity_parse(value);
			if (opt->fail_on < 0) {
				opt->fail_on = ZL_WARNING;
				ret = cerror(path, line, "fail-on takes error, warning or "
				    "note%s", "");
			}
		} else if (strcmp(key, "private-include-documentation") == 0) {
			if (strcmp(value, "yes") != 0 && strcmp(value, "no") != 0)
				ret = cerror(path, line, "%s takes yes or no", key);
			opt->private_include_documentation = strcmp(value, "yes") == 0;
		} else {
			ret = cerror(path, line, "unknown setting '%s' (see zonelint(5))",
			    key);
		}
	}
	fclose(fp);
	free(dir);
	return ret;
}
