/* rrname.c: see rrname.h. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diag.h"
#include "rrname.h"
#include "wks.h"
#include "zonelint.h"

static const struct zl_rrtype types[] = {
#define RRTYPE(name, number, like, flags, encoder, rewriter, checker) \
	{name, number, flags, like},
#include "rrtypes.def"
#undef RRTYPE
};

#define NTYPES (sizeof types / sizeof *types)
#define SMALL 256 /* types below this are found in one load: every record
                   * asks, several times */

static int8_t small_index[SMALL]; /* place in types, or -1 */

__attribute__((constructor)) static void
index_small_types(void)
{
	_Static_assert(NTYPES < 128, "small_index holds places in an int8_t");
	memset(small_index, -1, sizeof small_index);
	for (size_t i = 0; i < NTYPES && types[i].type < SMALL; i++)
		small_index[types[i].type] = (int8_t)i;
}

int
zl_rrtype_index(unsigned type)
{
	if (type < SMALL)
		return small_index[type];
	size_t lo = 0, hi = NTYPES;
	while (lo < hi) { /* by number: a test checks the order */
		size_t mid = (lo + hi) / 2;
		if (types[mid].type == type)
			return (int)mid;
		if (types[mid].type < type)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

const struct zl_rrtype *
zl_rrtype(unsigned type)
{
	int i = zl_rrtype_index(type);
	return i < 0 ? NULL : &types[i];
}

const struct zl_rrtype *
zl_rrtype_newer_named(const char *s, size_t len)
{
	for (size_t i = 0; i < NTYPES; i++)
		if ((types[i].flags & ZL_RT_NEWER) &&
		    zl_word_is(s, len, types[i].name))
			return &types[i];
	return NULL;
}

ldns_rr_type
zl_type_by_name(const char *s)
{
	if (strncasecmp(s, "TYPE", 4) == 0 && s[4] != '\0') {
		/* ldns reads TYPE65536 as 0 and TYPE1x as 1 */
		unsigned long v = 0;
		for (const char *p = s + 4; *p; p++) {
			if (!isdigit((unsigned char)*p) || (v = v * 10 +
			    (unsigned long)(*p - '0')) > 65535)
				return 0;
		}
		return (ldns_rr_type)v;
	}
	ldns_rr_type t = ldns_get_rr_type_by_name(s);
	if (t == 0) {
		const struct zl_rrtype *rt = zl_rrtype_newer_named(s, strlen(s));
		t = rt ? (ldns_rr_type)rt->type : 0;
	}
	return t;
}

char *
zl_type_str(ldns_rr_type type)
{
	const struct zl_rrtype *rt = zl_rrtype(type);
	return zl_rrtype_is_newer(rt) ? zl_xstrdup(rt->name) :
	    ldns_rr_type2str(type);
}

char *
zl_rr_str(const ldns_rr *rr)
{
	if (ldns_rr_get_type(rr) == LDNS_RR_TYPE_WKS) { /* see wks.h */
		char *w = zl_wks_rr_str(rr);
		if (w)
			return w;
	}
	char *s = ldns_rr2str(rr);
	const struct zl_rrtype *rt = zl_rrtype(ldns_rr_get_type(rr));
	if (s == NULL || !zl_rrtype_is_newer(rt))
		return s;
	char tag[16];
	snprintf(tag, sizeof tag, "\tTYPE%u\t", rt->type);
	char *at = strstr(s, tag);
	if (at == NULL)
		return s;
	*at = '\0';
	char *r = zl_asprintf("%s\t%s\t%s", s, rt->name, at + strlen(tag));
	free(s);
	return r;
}
