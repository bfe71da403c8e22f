/*
 * mail-dkim-rsa-weak: a DKIM key record (rules/dkim.h) whose RSA key is
 * shorter than 1024 bits, which verifiers reject (RFC 8301 3.2).
 * The modulus is read from the DER of p=.
 */
#include <stdio.h>

#include "dkim.h"

struct state {
	struct dkim k;
};

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	if (!dkim_name(ldns_rr_owner(rec->rr)))
		return;
	struct state *st = zl_state(ctx);
	struct dkim *k = &st->k;
	if (!dkim_read(k, rec->data, rec->data_len) || k->problem != DKIM_OK ||
	    !k->rsa || k->bits >= 1024)
		return;
	zl_report(ctx, spf_loc(&k->tags.txt, rec, k->p->name), "the RSA key "
	    "in p= has %u bits: %s; make a 2048-bit key, publish it under a "
	    "new selector and sign with it", k->bits,
	    "verifiers must not accept signatures by a key under 1024 bits (RFC 8301 3.2), so mail signed with it fails DKIM");
}

const struct zl_rule rule_mail_dkim_rsa_weak = {
	.id = "mail-dkim-rsa-weak",
	.severity = ZL_ERROR,
	.types = ZL_T_TXT,
	.state_size = sizeof(struct state),
	.on_record = on_record,
	.summary = "DKIM RSA key shorter than 1024 bits",
	.why =
	    "RFC 8301 (section 3.2) has verifiers refuse signatures made with\n"
	    "RSA keys shorter than 1024 bits: mail signed with a 512- or\n"
	    "768-bit key fails DKIM, and such keys can be factored.  The key's\n"
	    "size is read from the DER in p=.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS   ns1\n"
	    "s1._domainkey IN TXT \"v=DKIM1; p="
	    "MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBANp/LFgMoGJN5SNMg8B6o8JR"
	    "3yPT7FO7sTQtuFy1ujaAOW29aMWadNpjGDuhIRWF/7aWBSKpgGlKmvkT"
	    "HyS16O0CAwEAAQ==\"\n"
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
	.refs = "RFC 8301 section 3.2; RFC 6376 section 3.3.3",
};
