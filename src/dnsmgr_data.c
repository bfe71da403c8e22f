/* dnsmgr_data.c: a DNS Manager list's Name, Timestamp, Type and Data
 * columns as zone text; see dnsmgr.h.
 *
 * The display forms follow what DNS Manager shows and writes (Microsoft's
 * DNS Manager help; real exports quoted in tests/golden/dnsmgr-list/
 * README): the Type column is a description with the mnemonic in
 * parentheses ("Host (A)", "Service Location (SRV)"); the Data column
 * shows MX as "[10]  mail.contoso.com.", SRV as "[0][100][5061]
 * sip.contoso.com.", SOA as "[25], dc1.contoso.local.,
 * hostmaster.contoso.local." (serial, primary server, responsible
 * person: the list has no SOA timers), a TXT record's text unquoted. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "dnsmgr_data.h"

/* Hours from 1601-01-01 to 1970-01-01: 134774 days. */
#define EPOCH_HOURS (134774LL * 24)
/* Windows' default SOA timers, as a new zone gets them: the list does
 * not show a zone's own. */
#define SOA_TIMERS " 900 600 86400 3600"

/* A name or word as zone text: the characters zone syntax gives a
 * meaning to escaped, others that are not printable as \DDD. */
static void
put_escaped(struct zl_list *l, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		char buf[8];
		if (c <= ' ' || c == 127)
			snprintf(buf, sizeof buf, "\\%03u", c);
		else if (strchr(";()\"\\", c))
			snprintf(buf, sizeof buf, "\\%c", c);
		else {
			buf[0] = (char)c;
			buf[1] = '\0';
		}
		zl_list_put(l, buf, strlen(buf));
	}
}

bool
zl_list_owner(struct zl_list *l, const struct zl_list_field *name)
{
	zl_list_mark(l, name->col);
	if (name->n == 0)
		return zl_list_fail(l, name->col, "row without a Name; not read");
	if ((name->n == 23 && strncasecmp(name->p, "(same as parent folder)",
	    23) == 0) || (name->n == 1 && name->p[0] == '@')) {
		zl_list_put(l, "@", 1);
		return true;
	}
	if (name->p[0] == '$')
		zl_list_put(l, "\\", 1); /* not a directive */
	put_escaped(l, name->p, name->n);
	return true;
}

/* A number of 1 to 4 digits at *p; -1 if none. */
static int
number(const char **p, const char *end, size_t maxdigits)
{
	int v = 0;
	size_t k = 0;
	while (*p < end && isdigit((unsigned char)**p) && k < maxdigits) {
		v = v * 10 + (**p - '0');
		(*p)++;
		k++;
	}
	return k == 0 || (*p < end && isdigit((unsigned char)**p)) ? -1 : v;
}

static long long
days_from_civil(long long y, unsigned m, unsigned d)
{
	y -= m <= 2;
	long long era = (y >= 0 ? y : y - 399) / 400;
	unsigned yoe = (unsigned)(y - era * 400);
	unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (long long)doe - 719468;
}

/* The day's order, from the separator, the year's place and AM/PM:
 * 2026-11-30 (ISO), 30.11.2026 (German), 11/30/2026 10:00:00 AM (US);
 * a 24-hour 30/11/2026 is day first (en-GB, fr-FR), as is one that
 * cannot be told (5/11/2026 13:00:00); a day above 12 decides. */
static bool
order_date(int a, int b, int c, char sep, bool ampm, int *y, int *m, int *d)
{
	if (a >= 1601) {
		*y = a, *m = b, *d = c;
		return true;
	}
	*y = c;
	bool month_first = sep == '/' && (ampm ? a <= 12 : (a <= 12 && b > 12));
	*m = month_first ? a : b;
	*d = month_first ? b : a;
	return c >= 1601;
}

long long
zl_list_hours(const char *s, size_t n)
{
	const char *p = s, *end = s + n;
	int a = number(&p, end, 4);
	if (a < 0 || p == end || !strchr("/.-", *p))
		return -1;
	char sep = *p++;
	int b = number(&p, end, 2);
	if (b < 0 || p == end || *p++ != sep)
		return -1;
	int c = number(&p, end, 4), hour = 0, min = 0, sec = 0;
	if (c < 0)
		return -1;
	while (p < end && *p == ' ')
		p++;
	if (p < end) {
		hour = number(&p, end, 2);
		if (hour < 0 || p == end || *p++ != ':' ||
		    (min = number(&p, end, 2)) < 0)
			return -1;
		if (p < end && *p == ':' && (++p, sec = number(&p, end, 2)) < 0)
			return -1;
		while (p < end && *p == ' ')
			p++;
	}
	bool pm = end - p == 2 && strncasecmp(p, "PM", 2) == 0,
	    am = end - p == 2 && strncasecmp(p, "AM", 2) == 0;
	if (p != end && !pm && !am)
		return -1;
	int y, m, d;
	static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (!order_date(a, b, c, sep, am || pm, &y, &m, &d) || m < 1 || m > 12 ||
	    d < 1 || d > mdays[m - 1] || (m == 2 && d == 29 && (y % 4 != 0 ||
	    (y % 100 == 0 && y % 400 != 0))) || min > 59 || sec > 60 ||
	    ((am || pm) ? hour < 1 || hour > 12 : hour > 23))
		return -1;
	if (am || pm)
		hour = hour % 12 + (pm ? 12 : 0);
	return days_from_civil(y, (unsigned)m, (unsigned)d) * 24 + hour +
	    EPOCH_HOURS;
}

bool
zl_list_stamp(struct zl_list *l, const struct zl_list_field *ts)
{
	if (ts->n == 0 || (ts->n == 6 && strncasecmp(ts->p, "static", 6) == 0))
		return true;
	long long h = zl_list_hours(ts->p, ts->n);
	if (h <= 0)
		return zl_list_fail(l, ts->col, "Timestamp %.*s is neither "
		    "\"static\" nor a date and time; row not read", (int)ts->n,
		    ts->p);
	char buf[40];
	int k = snprintf(buf, sizeof buf, "[AGE:%lld]", h);
	zl_list_put(l, " ", 1);
	zl_list_mark(l, ts->col);
	zl_list_put(l, buf, (size_t)k);
	return true;
}

/* One "[n]" at *p (spaces before it skipped), n at most max. */
static bool
bracket(const char **p, const char *end, unsigned long long max,
    unsigned long long *v)
{
	while (*p < end && **p == ' ')
		(*p)++;
	if (*p == end || **p != '[')
		return false;
	(*p)++;
	*v = 0;
	const char *start = *p;
	while (*p < end && isdigit((unsigned char)**p) && *v <= max)
		*v = *v * 10 + (unsigned long long)(*(*p)++ - '0');
	if (*p == start || *v > max || *p == end || **p != ']')
		return false;
	(*p)++;
	return true;
}

/* A field of the data: a word, marked at its column. */
static bool
word(struct zl_list *l, const struct zl_list_field *data, const char **p,
    const char *stop)
{
	while (*p < stop && (**p == ' ' || **p == ','))
		(*p)++;
	const char *w = *p;
	while (*p < stop && **p != ' ' && **p != ',')
		(*p)++;
	if (*p == w)
		return false;
	zl_list_put(l, " ", 1);
	zl_list_mark(l, data->col + (uint32_t)(w - data->p));
	put_escaped(l, w, (size_t)(*p - w));
	return true;
}

static bool
rest_blank(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == ','))
		p++;
	return p == end;
}

/* MX "[10] mail.", SRV "[0][100][5061] sip.": n numbers, then a name. */
static bool
numbers_then_name(struct zl_list *l, const struct zl_list_field *data,
    int count)
{
	const char *p = data->p, *end = data->p + data->n;
	for (int i = 0; i < count; i++) {
		const char *at = p;
		unsigned long long v;
		if (!bracket(&p, end, 65535, &v))
			return false;
		char buf[16];
		int k = snprintf(buf, sizeof buf, "%llu", v);
		zl_list_put(l, " ", 1);
		zl_list_mark(l, data->col + (uint32_t)(at - data->p));
		zl_list_put(l, buf, (size_t)k);
	}
	return word(l, data, &p, end) && rest_blank(p, end);
}

/* SOA "[25], dc1.contoso.local., hostmaster.contoso.local.". */
static bool
soa(struct zl_list *l, const struct zl_list_field *data)
{
	const char *p = data->p, *end = data->p + data->n, *at = p;
	unsigned long long serial;
	if (!bracket(&p, end, 4294967295ull, &serial))
		return false;
	if (!word(l, data, &p, end) || !word(l, data, &p, end) ||
	    !rest_blank(p, end))
		return false;
	char buf[24];
	int k = snprintf(buf, sizeof buf, "%llu", serial);
	zl_list_put(l, " ", 1);
	zl_list_mark(l, data->col + (uint32_t)(at - data->p));
	zl_list_put(l, buf, (size_t)k);
	zl_list_mark(l, data->col);
	zl_list_put(l, SOA_TIMERS, strlen(SOA_TIMERS));
	return true;
}

/* A TXT record's text, as strings of at most 255 bytes. */
static void
txt(struct zl_list *l, const struct zl_list_field *data)
{
	size_t i = 0;
	do {
		size_t k = data->n - i < 255 ? data->n - i : 255;
		zl_list_put(l, " ", 1);
		zl_list_mark(l, data->col + (uint32_t)i);
		zl_list_put(l, "\"", 1);
		for (size_t j = i; j < i + k; j++) {
			unsigned char c = (unsigned char)data->p[j];
			char buf[8];
			if (c < ' ' || c == 127)
				snprintf(buf, sizeof buf, "\\%03u", c);
			else if (c == '"' || c == '\\')
				snprintf(buf, sizeof buf, "\\%c", c);
			else {
				buf[0] = (char)c;
				buf[1] = '\0';
			}
			zl_list_put(l, buf, strlen(buf));
		}
		zl_list_put(l, "\"", 1);
		i += k;
	} while (i < data->n);
}

/* The mnemonic of a Type column: "Host (A)" is A; a bare "A" too. */
static void
mnemonic(const struct zl_list_field *type, char *out, size_t size)
{
	const char *p = type->p;
	size_t n = type->n;
	if (n > 2 && p[n - 1] == ')') {
		const char *open = NULL;
		for (size_t i = n - 1; i-- > 0;)
			if (p[i] == '(') {
				open = p + i;
				break;
			}
		if (open) {
			n = (size_t)(p + n - 1 - (open + 1));
			p = open + 1;
		}
	}
	snprintf(out, size, "%.*s", (int)(n < size ? n : 0), p);
}

bool
zl_list_data(struct zl_list *l, const struct zl_list_field *type,
    const struct zl_list_field *data)
{
	char t[16];
	mnemonic(type, t, sizeof t);
	zl_list_put(l, " ", 1);
	zl_list_mark(l, type->col);
	zl_list_put(l, t, strlen(t));
	bool ok;
	if (!strcasecmp(t, "A") || !strcasecmp(t, "AAAA") ||
	    !strcasecmp(t, "CNAME") || !strcasecmp(t, "NS") ||
	    !strcasecmp(t, "PTR")) {
		const char *p = data->p, *end = p + data->n;
		ok = word(l, data, &p, end) && rest_blank(p, end);
	} else if (!strcasecmp(t, "MX"))
		ok = numbers_then_name(l, data, 1);
	else if (!strcasecmp(t, "SRV"))
		ok = numbers_then_name(l, data, 3);
	else if (!strcasecmp(t, "SOA")) {
		ok = soa(l, data);
		l->saw_soa = true;
	}
	else if (!strcasecmp(t, "TXT")) {
		txt(l, data);
		ok = true;
	} else
		return zl_list_fail(l, data->col, "record type %.*s: its DNS "
		    "Manager display form is not read (export the zone with "
		    "dnscmd /zoneexport to lint it); row not read", (int)type->n,
		    type->p);
	if (!ok)
		return zl_list_fail(l, data->col, "%s data '%.*s' is not in DNS "
		    "Manager's form (%s); row not read", t, (int)data->n, data->p,
		    !strcasecmp(t, "MX") ? "[preference] name" :
		    !strcasecmp(t, "SRV") ? "[priority][weight][port] name" :
		    !strcasecmp(t, "SOA") ? "[serial], primary server, responsible "
		    "person" : "one address or name");
	return true;
}
