/* include.c: see include.h. */
#include <ctype.h>
#include <string.h>
#include <sys/stat.h>

#include "diag.h"
#include "include.h"

/* RFC 1035 5.1 escapes: \DDD is the octet DDD, \X is X. */
static void
unescape_in_place(char *s)
{
	char *o = s;
	for (const char *p = s; *p; p++) {
		if (p[0] == '\\' && isdigit((unsigned char)p[1]) &&
		    isdigit((unsigned char)p[2]) && isdigit((unsigned char)p[3])) {
			int v = (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
			*o++ = (char)(v > 0 && v < 256 ? v : '?');
			p += 3;
		} else if (p[0] == '\\' && p[1] != '\0') {
			*o++ = *++p;
		} else {
			*o++ = *p;
		}
	}
	*o = '\0';
}

static char *
dirname_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (slash == NULL)
		return zl_xstrdup(".");
	if (slash == path)
		return zl_xstrdup("/");
	return zl_asprintf("%.*s", (int)(slash - path), path);
}

/* The file name of an $INCLUDE token: quotes taken off, escapes read
 * (include\050 is "include(", as BIND and Knot read it). */
char *
zl_include_name(const char *tok, size_t len)
{
	char *name = zl_asprintf("%.*s", (int)len, tok);
	if (name[0] == '"') {
		size_t k = strlen(name);
		memmove(name, name + 1, k);
		if (k >= 2 && name[k - 2] == '"')
			name[k - 2] = '\0';
	}
	unescape_in_place(name);
	return name;
}

/* The one include resolver, for the reader and the folder walk alike:
 * name relative to the including file's folder, else to the working
 * directory (where BIND looks).  Where it may be opened is for the
 * confined open to say. */
char *
zl_include_path(const char *includer, const char *name)
{
	if (name[0] == '/' || strchr(includer, '/') == NULL)
		return zl_xstrdup(name);
	char *dir = dirname_of(includer);
	char *path = zl_asprintf("%s/%s", dir, name);
	free(dir);
	struct stat st;
	if (stat(path, &st) != 0 && stat(name, &st) == 0) {
		free(path);
		path = zl_xstrdup(name);
	}
	return path;
}
