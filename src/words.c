/* words.c: see words.h. */
#include <ctype.h>
#include <limits.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "diag.h"
#include "words.h"
#include "zonelint.h"

bool
zl_parse_ttl(const char *s, size_t len, uint32_t *ttl)
{
	uint64_t total = 0, num = 0;
	bool digits = false;
	if (len == 0 || !isdigit((unsigned char)s[0]))
		return false;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (isdigit(c)) {
			num = num * 10 + (uint64_t)(c - '0');
			digits = true;
			if (num > UINT32_MAX)
				return false;
			continue;
		}
		uint64_t mul;
		switch (tolower(c)) {
		case 's': mul = 1; break;
		case 'm': mul = 60; break;
		case 'h': mul = 3600; break;
		case 'd': mul = 86400; break;
		case 'w': mul = 604800; break;
		default: return false;
		}
		if (!digits)
			return false;
		total += num * mul;
		num = 0;
		digits = false;
	}
	total += num;
	if (total > UINT32_MAX)
		return false;
	*ttl = (uint32_t)total;
	return true;
}

bool
zl_is_class(const char *s, size_t len)
{
	/* by length first: every record's words before its type come here */
	switch (len) {
	case 2:
		return zl_word_is(s, len, "IN") || zl_word_is(s, len, "CH") ||
		    zl_word_is(s, len, "CS") || zl_word_is(s, len, "HS");
	case 3:
		return zl_word_is(s, len, "ANY");
	case 4:
		return zl_word_is(s, len, "NONE");
	default:
		break;
	}
	if (len > 5 && strncasecmp(s, "CLASS", 5) == 0) {
		for (size_t i = 5; i < len; i++)
			if (!isdigit((unsigned char)s[i]))
				return false;
		return true;
	}
	return false;
}

/* Windows DNS aging stamp: [AGE:n], n hours since 1601-01-01 UTC. */
bool
zl_parse_age(const char *s, size_t len, long long *age)
{
	if (len < 7 || s[0] != '[' || strncasecmp(s, "[AGE:", 5) != 0 ||
	    s[len - 1] != ']')
		return false;
	long long v = 0;
	for (size_t i = 5; i < len - 1; i++) {
		if (!isdigit((unsigned char)s[i]) || v > LLONG_MAX / 10 - 10)
			return false;
		v = v * 10 + (s[i] - '0');
	}
	*age = v;
	return true;
}

/* A name ends with an unescaped dot: count the backslashes before it. */
bool
zl_text_absolute(const char *s, size_t len)
{
	if (len == 0 || s[len - 1] != '.')
		return false;
	size_t bs = 0;
	while (bs + 1 < len && s[len - 2 - bs] == '\\')
		bs++;
	return bs % 2 == 0;
}

/* A name that ends in a backslash escaping nothing: a dot appended to it
 * would be escaped, making another name, so it is left as it is (and
 * refused by ldns as the bad escape it is). */
bool
zl_lone_backslash(const char *s, size_t len)
{
	size_t bs = 0;
	while (bs < len && s[len - 1 - bs] == '\\')
		bs++;
	return bs % 2 == 1;
}

/* owner text made absolute against origin_text, into a new string. */
char *
zl_absolute_name(const char *s, size_t len, const char *origin_text)
{
	if (len == 1 && s[0] == '@')
		return zl_xstrdup(origin_text);
	if (zl_text_absolute(s, len) || zl_lone_backslash(s, len))
		return zl_asprintf("%.*s", (int)len, s);
	if (strcmp(origin_text, ".") == 0)
		return zl_asprintf("%.*s.", (int)len, s);
	return zl_asprintf("%.*s.%s", (int)len, s, origin_text);
}
