/*
 * hygiene-idna-invalid: a label of a host name that starts with "xn--",
 * the IDNA prefix, but is not a valid A-label: its Punycode does not
 * decode, decodes to plain ASCII, or decodes to a string that IDNA2008
 * does not allow, or not in its one canonical form (libidn2 decides,
 * with its A-label round trip).
 *
 * The fields are hygiene-hostname's (rules/hostname.c).  A name without
 * "--" at a label's third and fourth octets costs one walk of its
 * labels.
 */
#include <idn2.h>
#include <stdlib.h>
#include <string.h>

#include "hostname.h"

/* Why the A-label at s (n octets) is not valid, or NULL when it is. */
static const char *
alabel_problem(const uint8_t *s, size_t n)
{
	char label[64];
	for (size_t i = 0; i < n; i++) {
		uint8_t c = zl_lower(s[i]);
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		    c == '-'))
			return NULL; /* not LDH: hygiene-hostname's */
		label[i] = (char)c;
	}
	label[n] = '\0';
	char *u = NULL;
	int rc = idn2_to_unicode_8z8z(label, &u, 0);
	bool ascii = true;
	for (const char *p = u; rc == IDN2_OK && p && *p; p++)
		if ((unsigned char)*p >= 0x80)
			ascii = false;
	free(u);
	if (rc != IDN2_OK)
		return "its Punycode does not decode";
	if (ascii)
		return "it decodes to plain ASCII, which needs no IDNA form";
	uint8_t *out = NULL;
	rc = idn2_lookup_u8((const uint8_t *)label, &out, IDN2_NONTRANSITIONAL);
	free(out);
	if (rc == IDN2_OK)
		return NULL;
	if (rc == IDN2_DISALLOWED || rc == IDN2_CONTEXTJ ||
	    rc == IDN2_CONTEXTO || rc == IDN2_UNASSIGNED)
		return "it decodes to a character IDNA2008 does not allow "
		    "(such as an emoji or a symbol)";
	return "its Unicode form is not one IDNA2008 allows, or its A-label "
	    "is not that form's one encoding";
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct zl_hostname_field f;
	if (!zl_hostname_field(rec, &f))
		return;
	const uint8_t *w = ldns_rdf_data(f.name);
	size_t size = ldns_rdf_size(f.name);
	for (size_t off = 0; off < size && w[off] != 0; off += w[off] + 1u) {
		const uint8_t *l = w + off + 1;
		size_t len = w[off];
		if (len < 5 || l[2] != '-' || l[3] != '-' ||
		    zl_lower(l[0]) != 'x' || zl_lower(l[1]) != 'n')
			continue;
		const char *why = alabel_problem(l, len);
		if (why == NULL)
			continue;
		char n[LDNS_MAX_DOMAINLEN * 4 + 2];
		zl_report(ctx, f.at, "%s %s has the label %.*s, which is not a "
		    "valid internationalised (IDNA) label: %s", f.role,
		    zl_dname_str(f.name, n, sizeof n), (int)len,
		    (const char *)l, why);
		return;
	}
}

const struct zl_rule rule_hygiene_idna_invalid = {
	.id = "hygiene-idna-invalid",
	.severity = ZL_WARNING,
	.types = ZL_HOSTNAME_TYPES,
	.on_record = on_record,
	.summary = "host name with an invalid IDNA label",
	.why =
	    "A host name in another script (bücher.example) is written in DNS as\n"
	    "an A-label: \"xn--\" and the Punycode of its Unicode form\n"
	    "(xn--bcher-kva), IDNA2008 (RFC 5890, 5891).  A label that starts\n"
	    "with xn-- but does not decode, decodes to plain ASCII, decodes to a\n"
	    "character IDNA2008 leaves out (emoji, symbols), or is not the one\n"
	    "encoding of its Unicode form, is a name that browsers and mail\n"
	    "clients show as raw xn-- text or refuse, that registries and\n"
	    "certificate authorities refuse, and that usually comes from a tool\n"
	    "that encoded the name by hand.  The names checked are those that\n"
	    "name a host (the owners of A and AAAA records, NS, MX, SRV, SVCB,\n"
	    "HTTPS and PTR targets, the SOA MNAME); libidn2 decides.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@            IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@            IN NS  ns1\n"
	    "ns1          IN A   192.0.2.1\n"
	    "xn--bcher-kv IN A   192.0.2.10\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@             IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@             IN NS  ns1\n"
	    "ns1           IN A   192.0.2.1\n"
	    "xn--bcher-kva IN A   192.0.2.10\n",
	.fix =
	    "Encode the Unicode name with an IDNA2008 tool and write what it\n"
	    "gives: idn2 bücher.example prints xn--bcher-kva.example (Debian\n"
	    "package idn2).",
	.refs = "RFC 5890 section 2.3.2.1; RFC 5891 sections 4 and 5; RFC 3492",
};
