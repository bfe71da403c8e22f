/* filename.c: see filename.h. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diag.h"
#include "filename.h"

static const char *
base_name(const char *path)
{
	const char *base = strrchr(path, '/');
	return base ? base + 1 : path;
}

static bool
ends_with(const char *s, size_t n, const char *suffix)
{
	size_t k = strlen(suffix);
	return n > k && strncasecmp(s + n - k, suffix, k) == 0;
}

/* The domain part of a zone-named file (NAME of NAME.zone or db.NAME),
 * as *from and *len; false when the name is not one of those. */
static bool
named_part(const char *base, size_t n, const char **from, size_t *len)
{
	static const char *const suffixes[] = {".dns", ".zone", ".db"};
	if (ends_with(base, n, ".signed"))
		n -= strlen(".signed");
	for (size_t i = 0; i < sizeof suffixes / sizeof *suffixes; i++)
		if (ends_with(base, n, suffixes[i])) {
			*from = base;
			*len = n - strlen(suffixes[i]);
			/* redhat.net.zone.db: both say "a zone file" */
			for (size_t k = 0; k < sizeof suffixes / sizeof *suffixes; k++)
				if (ends_with(base, *len, suffixes[k])) {
					*len -= strlen(suffixes[k]);
					break;
				}
			return true;
		}
	if (n > 3 && strncasecmp(base, "db.", 3) == 0) {
		*from = base + 3;
		*len = n - 3;
		return true;
	}
	return false;
}

/* 1 to 3 decimal labels of 0..255 ("192.168.1"): a network's octets. */
static bool
network_octets(const char *s, size_t n)
{
	unsigned labels = 0;
	size_t i = 0;
	while (i < n) {
		size_t start = i;
		unsigned v = 0;
		while (i < n && isdigit((unsigned char)s[i]) && i - start < 3)
			v = v * 10 + (unsigned)(s[i++] - '0');
		if (i == start || v > 255 || (i < n && s[i] != '.'))
			return false;
		labels++;
		if (i < n && ++i == n)
			return false; /* a trailing dot */
	}
	return labels >= 1 && labels <= 3;
}

char *
zl_labels_reversed(const char *s, size_t n, const char *suffix)
{
	if (n > 0 && s[n - 1] == '.')
		n--; /* "com.example." is "example.com." too */
	char *out = zl_xmalloc(n + 2 + strlen(suffix));
	size_t k = 0, end = n;
	while (end > 0) { /* a label a turn: at most n turns */
		size_t start = end;
		while (start > 0 && s[start - 1] != '.')
			start--;
		memcpy(out + k, s + start, end - start);
		k += end - start;
		out[k++] = '.';
		end = start > 0 ? start - 1 : 0;
	}
	strcpy(out + k, suffix);
	return out;
}

/* A bare file name read as a domain: two or more host-like labels, the
 * last letters only and no file extension people use beside zones. */
static bool
bare_domain(const char *s, size_t n)
{
	/* ccTLDs that are also extensions (.md, .py, .sh, .pl) are kept:
	 * a zone of a Polish domain is named so as often as a script */
	static const char *const extensions[] = {
		"txt", "rst", "conf", "cfg", "ini", "json", "yml", "yaml",
		"xml", "html", "key", "private", "jnl", "log", "bak", "old",
		"orig", "tmp", "swp", "tsv", "csv", "patch", "diff", "hints",
		"root", "cache", "tar", "gz", "zip", "signed", "include", "inc",
		"rev", "local",
	};
	const char *last = memrchr(s, '.', n);
	if (last == NULL || last == s)
		return false;
	size_t tld = n - (size_t)(last + 1 - s);
	if (tld < 2 || tld > 63)
		return false;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		bool in_tld = s + i > last;
		if (in_tld ? !isalpha(c) :
		    !(isalnum(c) || c == '-' || c == '_' || c == '.'))
			return false;
		if (c == '.' && (i == 0 || s[i - 1] == '.'))
			return false;
	}
	for (size_t i = 0; i < sizeof extensions / sizeof *extensions; i++)
		if (strlen(extensions[i]) == tld &&
		    strncasecmp(last + 1, extensions[i], tld) == 0)
			return false;
	return true;
}

void
zl_guess_origin_list(const char *path, struct zl_guess *out)
{
	const char *base = base_name(path);
	size_t n = strlen(base);
	if (ends_with(base, n, ".txt") || ends_with(base, n, ".csv"))
		n -= 4;
	*out = (struct zl_guess){ZL_GUESS_NONE, NULL, base};
	if (n > 0 && memchr(base, '.', n) && base[0] != '.')
		*out = (struct zl_guess){ZL_GUESS_NAMED,
		    zl_asprintf("%.*s.", (int)n, base), base};
}

void
zl_guess_origin(const char *path, struct zl_guess *out)
{
	const char *base = base_name(path), *part;
	size_t n = strlen(base), len;
	*out = (struct zl_guess){ZL_GUESS_NONE, NULL, base};
	if (named_part(base, n, &part, &len) && len > 0) {
		if (len == 4 && strncasecmp(part, "root", 4) == 0)
			*out = (struct zl_guess){ZL_GUESS_ROOT, zl_xstrdup("."), base};
		else if (network_octets(part, len))
			*out = (struct zl_guess){ZL_GUESS_REVERSED,
			    zl_labels_reversed(part, len, "in-addr.arpa."), base};
		else
			*out = (struct zl_guess){ZL_GUESS_NAMED,
			    zl_asprintf("%.*s.", (int)len, part), base};
	} else if (bare_domain(base, n)) {
		*out = (struct zl_guess){ZL_GUESS_BARE,
		    zl_asprintf("%s.", base), base};
	}
}

char *
zl_origin_from_filename(const char *path)
{
	struct zl_guess g;
	zl_guess_origin(path, &g);
	return g.origin;
}

bool
zl_named_like_zone(const char *path)
{
	const char *base = base_name(path), *part;
	size_t len;
	return named_part(base, strlen(base), &part, &len) && len > 0 &&
	    !zl_named_like_hints(path);
}

bool
zl_named_like_hints(const char *path)
{
	static const char *const names[] = {
		"cache.dns", "named.root", "named.cache", "root.hints",
		"db.root", "db.cache", "root.cache",
	};
	const char *base = base_name(path);
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (strcasecmp(base, names[i]) == 0)
			return true;
	return false;
}
