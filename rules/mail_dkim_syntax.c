/*
 * mail-dkim-syntax: a DKIM key record (a TXT record with a p= tag at
 * SELECTOR._domainkey.DOMAIN) whose key verifiers cannot use: p= not
 * base64, a k= other than rsa and ed25519, or a p= that decodes to no
 * RSA public key (DER SubjectPublicKeyInfo or RSAPublicKey) or to no
 * 32-octet Ed25519 key.  The record's tags are read up to
 * DMARC_MAX_TAGS (rules/dmarc.h), the key up to 8192 octets.
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
	if (!dkim_read(k, rec->data, rec->data_len) || k->problem == DKIM_OK)
		return;
	const struct spf *t = &k->tags.txt;
	char w[200];
	switch (k->problem) {
	case DKIM_UNKNOWN_K:
		zl_report(ctx, spf_loc(t, rec, k->k->name), "key type \"k=%s\" "
		    "is neither rsa nor ed25519 (RFC 6376 3.6.1, RFC 8463), "
		    "so verifiers cannot use the key and signatures by it "
		    "fail; write k=rsa or k=ed25519", spf_show(t->text +
		    k->k->value, k->k->vlen, w, sizeof w));
		break;
	case DKIM_BAD_BASE64:
		zl_report(ctx, spf_loc(t, rec, k->p->name), "the key in p= is "
		    "not base64 (characters A-Z a-z 0-9 + /, in groups of "
		    "four, '=' only at the end), so verifiers cannot read it "
		    "and signatures by it fail; copy the key again from the "
		    "signer");
		break;
	case DKIM_BAD_KEY:
		zl_report(ctx, spf_loc(t, rec, k->p->name), "the key in p= "
		    "decodes to %zu octets that are not %s, so verifiers "
		    "cannot use it and signatures by it fail; copy the key "
		    "again from the signer", k->key_len, k->rsa ? "an RSA "
		    "public key (DER)" : "an Ed25519 key (32 octets)");
		break;
	default:
		break;
	}
}

const struct zl_rule rule_mail_dkim_syntax = {
	.id = "mail-dkim-syntax",
	.severity = ZL_WARNING,
	.types = ZL_T_TXT,
	.state_size = sizeof(struct state),
	.on_record = on_record,
	.summary = "DKIM key record not usable",
	.why =
	    "A verifier of a DKIM signature fetches the signer's public key from\n"
	    "the TXT record at SELECTOR._domainkey.DOMAIN (RFC 6376 3.6.1): p=\n"
	    "holds it in base64, k= says its type, rsa (the default) or\n"
	    "ed25519 (RFC 8463).  A key that is not base64, does not decode to\n"
	    "a key of its type (a line lost when it was pasted), or has a type\n"
	    "verifiers do not know makes every signature by it fail.",
	.exceptions =
	    "An empty p= is a revoked key, and not reported.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS   ns1\n"
	    "s1._domainkey IN TXT \"v=DKIM1; k=rsa; p=MIGfMA0G*SqGSIb3DQEBAQUAA4GNADCBiQ\"\n"
	    "ns1    IN  A    192.0.2.1\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS   ns1\n"
	    "s1._domainkey IN TXT \"v=DKIM1; k=ed25519; "
	    "p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=\"\n"
	    "s2._domainkey IN TXT \"v=DKIM1; p=\"\n"
	    "ns1    IN  A    192.0.2.1\n",
	.fix = "Publish the key again as the signer gives it.",
	.refs = "RFC 6376 section 3.6.1; RFC 8463",
};
