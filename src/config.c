/*
 * config.c: the .zonelint file.
 *
 * One setting per line, "key = value", '#' starts a comment; the keys
 * are the long options that shape a run (see zonelint(5)).  Paths and
 * globs are relative to the file's folder.
 */
#include <ctype.h>
#include <errno.h>
#include <glob.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config.h"
#include "diag.h"

/* Returned relative to the working directory (".zonelint",
 * "../../.zonelint"), so that findings name files as the user sees them. */
char *
zl_config_find(void)
{
	char dir[PATH_MAX];
	if (getcwd(dir, sizeof dir) == NULL)
		return NULL;
	char up[PATH_MAX] = "";
	for (;;) {
		char *path = zl_asprintf("%s/.zonelint", dir);
		struct stat st;
		bool found = stat(path, &st) == 0 && S_ISREG(st.st_mode);
		free(path);
		if (found)
			return zl_asprintf("%s.zonelint", up);
		char *git = zl_asprintf("%s/.git", dir);
		bool root = stat(git, &st) == 0;
		free(git);
		char *slash = strrchr(dir, '/');
		if (root || slash == NULL || slash == dir ||
		    strlen(up) + 4 >= sizeof up)
			return NULL;
		*slash = '\0';
		strcat(up, "../");
	}
}

static int
cerror(const char *path, unsigned line, const char *fmt, const char *arg)
{
	fprintf(stderr, "%s:%u: error: ", path, line);
	fprintf(stderr, fmt, arg);
	fputc('\n', stderr);
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
	if (name == NULL || ldns_dname_label_count(name) == 0) {
		if (name)
			ldns_rdf_deep_free(name);
		return -1;
	}
	zl_names_add(list, name, key);
	return 0;
}

/* internal = GLOB: every match (file or folder) joins that view. */
static int
add_paths(struct zl_inputs *in, const char *dir, const char *pattern,
    enum zl_view view, const char *path, unsigned line)
{
	char *full = strcmp(dir, ".") == 0 ? zl_xstrdup(pattern) :
	    zl_asprintf("%s/%s", dir, pattern);
	glob_t g;
	int rc = glob(full, GLOB_NOSORT | GLOB_BRACE, NULL, &g);
	if (rc == GLOB_NOMATCH) {
		globfree(&g);
		int e = cerror(path, line, "no file matches '%s'", pattern);
		free(full);
		return e;
	}
	if (rc != 0) {
		free(full);
		return cerror(path, line, "bad glob '%s'", pattern);
	}
	for (size_t i = 0; i < g.gl_pathc; i++)
		zl_inputs_add(in, g.gl_pathv[i], view, NULL);
	globfree(&g);
	free(full);
	return 0;
}

int
zl_config_load(const char *path, struct zl_options *opt,
    struct zl_engine *eng, struct zl_inputs *in)
{
	FILE *fp = fopen(path, "r");
	if (fp == NULL) {
		fprintf(stderr, "zonelint: cannot read config %s: %s\n", path,
		    strerror(errno));
		return -1;
	}
	char *dir = zl_xstrdup(path);
	char *slash = strrchr(dir, '/');
	if (slash)
		*slash = '\0';
	else
		strcpy(dir, ".");
	char buf[4096];
	unsigned line = 0;
	int ret = 0;
	while (fgets(buf, sizeof buf, fp)) {
		line++;
		char *hash = strchr(buf, '#');
		if (hash)
			*hash = '\0';
		char *s = trim(buf);
		if (*s == '\0')
			continue;
		char *eq = strchr(s, '=');
		if (eq == NULL) {
			ret = cerror(path, line, "expected 'key = value', not '%s'", s);
			continue;
		}
		*eq = '\0';
		char *key = trim(s), *value = trim(eq + 1);
		if (*value == '\0') {
			ret = cerror(path, line, "'%s' needs a value", key);
		} else if (strcmp(key, "internal") == 0 || strcmp(key, "external") == 0) {
			if (add_paths(in, dir, value, key[0] == 'i' ? ZL_VIEW_INTERNAL :
			    ZL_VIEW_EXTERNAL, path, line) != 0)
				ret = -1;
		} else if (strcmp(key, "sip-domain") == 0 ||
		    strcmp(key, "internal-domain") == 0 ||
		    strcmp(key, "sip-allow-target") == 0) {
			struct zl_names *list = key[0] == 'i' ? &opt->internal_domains :
			    key[4] == 'd' ? &opt->sip_domains : &opt->sip_allow_targets;
			if (add_name(list, value, key) != 0)
				ret = cerror(path, line, "not a domain name: '%s'", value);
		} else if (strcmp(key, "enable") == 0 || strcmp(key, "disable") == 0) {
			if (zl_engine_enable(eng, value, key[0] == 'e') == 0)
				ret = cerror(path, line, "no rule matches '%s'", value);
		} else if (strcmp(key, "severity") == 0) {
			char *e2 = strchr(value, '=');
			int sev = e2 ? zl_severity_parse(trim(e2 + 1)) : -1;
			if (e2)
				*e2 = '\0';
			if (sev < 0)
				ret = cerror(path, line, "severity takes RULE=LEVEL (error, "
				    "warning, note), not '%s'", value);
			else if (zl_engine_set_severity(eng, trim(value),
			    (enum zl_severity)sev) == 0)
				ret = cerror(path, line, "no rule matches '%s'", trim(value));
		} else if (strcmp(key, "fail-on") == 0) {
			opt->fail_on = zl_severity_parse(value);
			if (opt->fail_on < 0) {
				opt->fail_on = ZL_WARNING;
				ret = cerror(path, line, "fail-on takes error, warning or "
				    "note, not '%s'", value);
			}
		} else if (strcmp(key, "private-include-documentation") == 0) {
			if (strcmp(value, "yes") != 0 && strcmp(value, "no") != 0)
				ret = cerror(path, line, "expected yes or no, not '%s'", value);
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
