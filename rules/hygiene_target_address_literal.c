/*
 * hygiene-target-address-literal: an IPv4 address where a host name
 * belongs (MX 10 192.0.2.1.).  The field holds a name: "192.0.2.1." is
 * a name of four numeric labels, which no zone gives an address, and
 * "192.0.2.1" without its dot becomes 192.0.2.1.example.com.  Per record
 * it looks at the first label's first octet before anything else.
 */
#include "target.h"

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	size_t field;
	const ldns_rdf *t = target_of(rec->rr, &field);
	if (t == NULL || ldns_rdf_size(t) < 9)
		return;
	uint8_t c = ldns_rdf_data(t)[1];
	if (c < '0' || c > '9' || !zl_dname_ip_literal(t, zl_zone_origin(rec->zone)))
		return;
	char n[LDNS_MAX_DOMAINLEN * 4 + 2], a[16];
	const uint8_t *w = ldns_rdf_data(t);
	size_t off = 0, len = 0;
	for (int i = 0; i < 4; i++) { /* the labels' digits, dotted */
		for (size_t j = 1; j <= w[off]; j++)
			a[len++] = (char)w[off + j];
		a[len++] = i < 3 ? '.' : '\0';
		off += (size_t)w[off] + 1;
	}
	zl_dname_str(t, n, sizeof n);
	ldns_rr_type type = ldns_rr_get_type(rec->rr);
	size_t id = zl_report(ctx, target_loc(rec, field), "%s %s is an IPv4 "
	    "address written as a name; the field names a host, and the "
	    "host's A record holds the address", target_role(type), n);
	zl_report_fix(ctx, id, "name a host here (e.g. mail.%s), and give it "
	    "A %s", zl_zone_origin_str(rec->zone), a);
}

const struct zl_rule rule_hygiene_target_address_literal = {
	.id = "hygiene-target-address-literal",
	.severity = ZL_ERROR,
	.types = ZL_T_NS | ZL_T_MX | ZL_T_SRV | ZL_T_SVCB | ZL_T_HTTPS |
	    ZL_T_PTR | ZL_T_CNAME,
	.on_record = on_record,
	.summary = "IP address where a host name belongs",
	.why =
	    "NS, MX, SRV, SVCB, HTTPS, PTR and CNAME records name a host, never\n"
	    "an address: a resolver looks the name up.  Written as a target,\n"
	    "192.0.2.1. is a name of four labels that no zone answers, and\n"
	    "192.0.2.1 without the final dot becomes 192.0.2.1.example.com.  A\n"
	    "host name never has the dotted-decimal form (RFC 1123 2.1).  BIND\n"
	    "warns about an MX whose target is an address, and refuses the zone\n"
	    "with check-mx fail (named-checkzone -m fail).",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@     IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@     IN  NS   ns1\n"
	    "ns1   IN  A    192.0.2.53\n"
	    "@     IN  MX   10 192.0.2.25.\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@     IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@     IN  NS   ns1\n"
	    "ns1   IN  A    192.0.2.53\n"
	    "@     IN  MX   10 mail\n"
	    "mail  IN  A    192.0.2.25\n",
	.fix =
	    "Give the host a name with an A record and point the record at the\n"
	    "name:\n"
	    "  @     IN  MX  10 mail\n"
	    "  mail  IN  A   192.0.2.25",
	.refs = "RFC 1035 section 3.3.9; RFC 1123 section 2.1; RFC 2181 section "
	    "10.3",
};
