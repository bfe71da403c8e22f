/*
 * mail-dkim-rsa-short: a DKIM key record (rules/dkim.h) whose RSA key is
 * from 1024 to 2047 bits: RFC 8301 (3.2) has signers use 2048.
 * The modulus is read from the DER of p=.  A zone's first such key is
 * reported when the zone ends, with how many more it has: a zone that
 * has one usually has them all.
 */
#include <stdio.h>

#include "dkim.h"

struct state {
	struct dkim k;
	struct zl_loc first;
	unsigned bits;
	unsigned long count;
};

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	if (!dkim_name(ldns_rr_owner(rec->rr)))
		return;
	struct state *st = zl_state(ctx);
	struct dkim *k = &st->k;
	if (!dkim_read(k, rec->data, rec->data_len) || k->problem != DKIM_OK ||
	    !k->rsa || k->bits < 1024 || k->bits >= 2048)
		return;
	if (st->count++ == 0) {
		st->first = spf_loc(&k->tags.txt, rec, k->p->name);
		st->bits = k->bits;
	}
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	struct state *st = zl_state(ctx);
	(void)zone;
	if (st->count == 0)
		return;
	char more[80] = "";
	if (st->count > 1)
		snprintf(more, sizeof more, " (and %lu more such key%s in "
		    "this zone)", st->count - 1, st->count > 2 ? "s" : "");
	zl_report(ctx, st->first, "the RSA key in p= has %u bits%s: RFC 8301 "
	    "(3.2) has signers use keys of 2048 bits or more, and keys of "
	    "1024 bits are within reach of factoring; make 2048-bit keys, "
	    "publish them under new selectors and sign with them", st->bits,
	    more);
	st->count = 0;
}

const struct zl_rule rule_mail_dkim_rsa_short = {
	.id = "mail-dkim-rsa-short",
	.severity = ZL_WARNING,
	.types = ZL_T_TXT,
	.state_size = sizeof(struct state),
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.summary = "DKIM RSA key shorter than 2048 bits",
	.why =
	    "RFC 8301 (section 3.2) has signers use RSA keys of at least 1024\n"
	    "bits and SHOULD use 2048; M3AAWG's DKIM key rotation practices\n"
	    "ask for 2048 too.  Keys of 1024 bits still verify, but are within\n"
	    "reach of factoring.  The key's size is read from the DER in p=.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS   ns1\n"
	    "s1._domainkey IN TXT \"v=DKIM1; p="
	    "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQCl3EIxD9PooL8rvRJx"
	    "qFfDjr/sY1mWAov9i2vQ/duKvEN7/Q3DQu+R+hOQdKlcWj8CsAoMWekK"
	    "hlXhJdFhoTBk8KYjr3mIpY0QSIdQZH9orJQ0SZXE/uk5RGm5G2Tcg80J"
	    "CoD65LizroREX3n4lsKAjh+J9gMVEjzQQhpqSmNIxQIDAQAB\"\n"
	    "ns1    IN  A    192.0.2.1\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS   ns1\n"
	    "s1._domainkey IN TXT \"v=DKIM1; p=\"\n"
	    "ns1    IN  A    192.0.2.1\n",
	.fix = "Make a 2048-bit key, publish it under a new selector, sign "
	    "with it, then revoke the old key (empty p=).",
	.refs = "RFC 8301 section 3.2; M3AAWG DKIM Key Rotation Best Common "
	    "Practices (2019)",
};
