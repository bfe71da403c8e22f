/* rrcodec.c: see rrcodec.h. */
#include <string.h>

#include "cert.h"
#include "ipseckey.h"
#include "loc.h"
#include "newtypes.h"
#include "obsolete.h"
#include "rrcodec.h"
#include "rrname.h"
#include "svcb.h"
#include "textcheck.h"
#include "wins.h"

struct codec {
	zl_encoder *encode;
	zl_rewriter *rewrite;
	zl_checker *check;
};

/* In the order of rrname.c's table: the same lines of rrtypes.def. */
static const struct codec codecs[] = {
#define RRTYPE(name, number, like, flags, encoder, rewriter, checker) \
	{encoder, rewriter, checker},
#include "rrtypes.def"
#undef RRTYPE
};

static const struct codec *
codec(unsigned type)
{
	int i = zl_rrtype_index(type);
	return i < 0 ? NULL : &codecs[i];
}

zl_encoder *
zl_rrtype_encoder(ldns_rr_type type, size_t nfields)
{
	const struct codec *c = codec(type);
	if (c == NULL || c->encode == NULL)
		return NULL;
	/* CSYNC: ldns reads it but for the bitmap RFC 7477 lets go */
	if ((zl_rrtype(type)->flags & ZL_RT_BARE_ONLY) && nfields != 2)
		return NULL;
	return c->encode;
}

size_t
zl_text_rewrite(ldns_rr_type type, size_t k, const char *s, size_t len,
    char *out)
{
	/* \# after the first field is an escaped '#', as BIND reads it;
	 * ldns takes it for the generic form anywhere */
	if (k >= 1 && len == 2 && s[0] == '\\' && s[1] == '#') {
		memcpy(out, "\\035", 4);
		return 4;
	}
	const struct codec *c = codec(type);
	return c && c->rewrite ? c->rewrite(k, s, len, out) : 0;
}

const char *
zl_text_check(ldns_rr_type type, const struct zl_field *f, size_t n,
    size_t *field, char *buf, size_t size)
{
	if (n >= 1 && f[0].len == 2 && memcmp(f[0].text, "\\#", 2) == 0)
		return zl_check_generic(f, n, field, buf, size);
	*field = 0;
	const struct codec *c = codec(type);
	return c && c->check ? c->check(f, n, field, buf, size) : NULL;
}

bool
zl_rrtype_checked(ldns_rr_type type)
{
	const struct codec *c = codec(type);
	return c && c->check;
}
