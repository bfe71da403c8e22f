/* sniff.c: see sniff.h. */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "confine.h"
#include "dnsmgr.h"
#include "sniff.h"

/* A UTF-16 file (Windows exports can be) has a NUL in every other
 * byte: with a byte order mark, those are dropped before looking. */
static size_t
from_utf16(char *s, size_t n)
{
	if (n < 2 || !((s[0] == '\xff' && s[1] == '\xfe') ||
	    (s[0] == '\xfe' && s[1] == '\xff')))
		return n;
	size_t k = 0;
	for (size_t i = 2; i < n; i++)
		if (s[i] != '\0')
			s[k++] = s[i];
	return k;
}

static bool
starts_with_ci(const char *s, size_t n, const char *prefix)
{
	size_t k = strlen(prefix);
	return n >= k && strncasecmp(s, prefix, k) == 0;
}

static bool
word_is_ttl_or_class(const char *w, size_t n)
{
	if (n == 2 && (strncasecmp(w, "IN", 2) == 0 ||
	    strncasecmp(w, "CH", 2) == 0 || strncasecmp(w, "HS", 2) == 0))
		return true;
	for (size_t i = 0; i < n; i++) /* 3600, 1h30m, [AGE:3636525] */
		if (!isalnum((unsigned char)w[i]) && !strchr("[]:", w[i]))
			return false;
	return n > 0 && (isdigit((unsigned char)w[0]) || w[0] == '[');
}

static bool
word_is_number(const char *w, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)w[i]))
			return false;
	return n > 0;
}

static bool
contains_ci(const char *s, size_t n, const char *word)
{
	for (size_t i = 0; i + strlen(word) <= n; i++)
		if (starts_with_ci(s + i, n - i, word))
			return true;
	return false;
}

/* A line of zone text that is an SOA record's start: an owner (unless
 * the line starts blank), TTL and class words, "SOA", two names, then
 * "(", a serial or the line's end.  Prose that says "SOA" is none. */
static bool
soa_line(const char *s, size_t n)
{
	const char *semi = memchr(s, ';', n);
	if (semi)
		n = (size_t)(semi - s);
	if (n == 0 || s[0] == '$')
		return false;
	const char *w[8];
	size_t len[8], count = 0, i = 0;
	while (count < 8) { /* at most 8 words of one line */
		while (i < n && isspace((unsigned char)s[i]))
			i++;
		if (i == n)
			break;
		w[count] = s + i;
		while (i < n && !isspace((unsigned char)s[i]))
			i++;
		len[count] = (size_t)(s + i - w[count]);
		count++;
	}
	size_t k = isspace((unsigned char)s[0]) ? 0 : 1; /* past the owner */
	while (k < count && k < 4 && word_is_ttl_or_class(w[k], len[k]))
		k++;
	if (k >= count || len[k] != 3 || strncasecmp(w[k], "SOA", 3) != 0 ||
	    count < k + 3)
		return false;
	return count == k + 3 || (len[k + 3] == 1 && w[k + 3][0] == '(') ||
	    word_is_number(w[k + 3], len[k + 3]) ||
	    (w[k + 3][0] == '(' && word_is_number(w[k + 3] + 1, len[k + 3] - 1));
}

/* A DNS Manager Export List: its header row, and a row that only DNS
 * Manager writes (another table with Name, Type and Data columns is no
 * zone). */
static bool
list_with_records(const char *s, size_t n)
{
	static const char *const rows[] = {
		"(same as parent folder)", "Host (A)", "IPv6 Host (AAAA)",
		"Alias (CNAME)", "Start of Authority (SOA)", "Name Server (NS)",
		"Service Location (SRV)", "Mail Exchanger (MX)", "Pointer (PTR)",
		"Text (TXT)",
	};
	const char *eol = memchr(s, '\n', n);
	struct zl_list *list = zl_list_detect(s, eol ? (size_t)(eol - s) : n);
	if (list == NULL)
		return false;
	zl_list_free(list);
	for (size_t i = 0; i < sizeof rows / sizeof *rows; i++)
		if (contains_ci(s, n, rows[i])) /* n is at most ZL_SNIFF_BYTES */
			return true;
	return false;
}

bool
zl_sniff_text(const char *s, size_t n, char *why, size_t whysize)
{
	if (n == 0) {
		snprintf(why, whysize, "an empty file");
		return false;
	}
	if (memchr(s, '\0', n)) {
		snprintf(why, whysize, "a binary file");
		return false;
	}
	if (list_with_records(s, n))
		return true;
	for (size_t i = 0; i < n;) { /* each line once: bounded by n */
		const char *eol = memchr(s + i, '\n', n - i);
		size_t len = eol ? (size_t)(eol - (s + i)) : n - i;
		const char *line = s + i;
		if (starts_with_ci(line, len, ";  Database file") ||
		    starts_with_ci(line, len, "; Database file"))
			return true; /* dnscmd /zoneexport, Export-DnsServerZone */
		if (starts_with_ci(line, len, "; <<>> DiG") &&
		    contains_ci(line, len, "axfr"))
			return true;
		if (soa_line(line, len))
			return true;
		i += len + 1;
	}
	snprintf(why, whysize, "no SOA record, Windows export header, DNS "
	    "Manager list header or dig AXFR header in its first %d KiB",
	    ZL_SNIFF_BYTES / 1024);
	return false;
}

bool
zl_sniff_zone(const char *path, char *why, size_t whysize)
{
	int fd = zl_open_confined(path, 0, why, whysize);
	if (fd < 0)
		return false;
	char buf[ZL_SNIFF_BYTES];
	size_t n = 0;
	while (n < sizeof buf) { /* at most ZL_SNIFF_BYTES in all */
		ssize_t got = read(fd, buf + n, sizeof buf - n);
		if (got < 0 && errno == EINTR)
			continue;
		if (got <= 0)
			break;
		n += (size_t)got;
	}
	close(fd);
	n = from_utf16(buf, n);
	return zl_sniff_text(buf, n, why, whysize);
}
