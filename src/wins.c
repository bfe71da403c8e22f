/* wins.c: see wins.h.  Each loop runs over the record's fields, which
 * the reader has bounded. */
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "wins.h"

#define WINS_LOCAL 0x00010000u
#define MAX_SERVERS 64 /* more than any Windows DNS writes */

static void
put32(uint8_t *w, uint32_t v)
{
	w[0] = (uint8_t)(v >> 24);
	w[1] = (uint8_t)(v >> 16);
	w[2] = (uint8_t)(v >> 8);
	w[3] = (uint8_t)v;
}

/* "L" or "C" and seconds. */
static bool
timeout(const struct zl_field *f, char key, uint32_t *v)
{
	if (f->len < 2 || (f->text[0] != key && f->text[0] != key + 32) ||
	    f->len > 11)
		return false;
	uint64_t n = 0;
	for (size_t i = 1; i < f->len; i++) {
		if (f->text[i] < '0' || f->text[i] > '9')
			return false;
		n = n * 10 + (uint64_t)(f->text[i] - '0');
	}
	if (n > UINT32_MAX)
		return false;
	*v = (uint32_t)n;
	return true;
}

/* The head both types share, into w[0..12); the first field after it. */
static size_t
head(const struct zl_field *f, size_t n, uint8_t *w)
{
	size_t k = 0;
	uint32_t flag = 0, lookup = 0, cache = 0;
	if (k < n && f[k].len == 5 && strncasecmp(f[k].text, "LOCAL", 5) == 0) {
		flag = WINS_LOCAL;
		k++;
	}
	if (k < n && timeout(&f[k], 'L', &lookup))
		k++;
	if (k < n && timeout(&f[k], 'C', &cache))
		k++;
	put32(w, flag);
	put32(w + 4, lookup);
	put32(w + 8, cache);
	return k;
}

size_t
zl_wins_encode(const struct zl_field *f, size_t n, const ldns_rdf *origin,
    char *out, size_t cap, size_t *bad, char *why, size_t whysize)
{
	(void)origin;
	uint8_t w[16 + 4 * MAX_SERVERS];
	size_t k = head(f, n, w), count = 0;
	for (size_t i = k; i < n; i++) {
		char ip[16];
		struct in_addr a;
		if (count == MAX_SERVERS || f[i].len >= sizeof ip) {
			*bad = i;
			snprintf(why, whysize, "a WINS record names at most %d "
			    "servers, each an IPv4 address", MAX_SERVERS);
			return 0;
		}
		memcpy(ip, f[i].text, f[i].len);
		ip[f[i].len] = '\0';
		if (inet_pton(AF_INET, ip, &a) != 1) {
			*bad = i;
			snprintf(why, whysize, "a WINS server is an IPv4 address, "
			    "after [LOCAL] [L<lookup timeout>] [C<cache timeout>]");
			return 0;
		}
		memcpy(w + 16 + 4 * count++, &a, 4);
	}
	if (count == 0) {
		*bad = k < n ? k : 0;
		snprintf(why, whysize, "a WINS record names at least one WINS "
		    "server, an IPv4 address");
		return 0;
	}
	put32(w + 12, (uint32_t)count);
	return zl_generic_text(w, 16 + 4 * count, out, cap);
}

size_t
zl_winsr_encode(const struct zl_field *f, size_t n, const ldns_rdf *origin,
    char *out, size_t cap, size_t *bad, char *why, size_t whysize)
{
	uint8_t w[12 + LDNS_MAX_DOMAINLEN + 1];
	size_t k = head(f, n, w);
	bool too_long = false;
	size_t dl = k + 1 == n ? zl_field_dname(&f[k], origin, w + 12,
	    &too_long) : 0;
	if (dl == 0) {
		*bad = k < n ? k : 0;
		snprintf(why, whysize, "a WINSR record names one result domain, "
		    "after [LOCAL] [L<lookup timeout>] [C<cache timeout>]");
		return 0;
	}
	return zl_generic_text(w, 12 + dl, out, cap);
}
