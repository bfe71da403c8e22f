/*
 * hygiene-missing-final-dot: a name written without its final dot, so
 * the origin was appended (MX 10 mail.example.com in example.com gives
 * mail.example.com.example.com.).  zl_dname_lost_final_dot() decides,
 * on every name field that zone files write as names and on owners.
 *
 * A warning: the shape of a name suggests the mistake without proving
 * it.  Owners are looked at once, on the first record of each name; fields
 * are looked at per record.  The check is on wire octets, without
 * allocating, and starts with a length test that most names fail.
 */
#include <string.h>

#include "target.h"

static void
report(struct zl_ctx *ctx, const struct zl_record *rec, const ldns_rdf *name,
    size_t keep, const char *role, struct zl_loc at)
{
	uint8_t buf[LDNS_MAX_DOMAINLEN + 1];
	memcpy(buf, ldns_rdf_data(name), keep);
	buf[keep] = 0;
	ldns_rdf meant = {._size = keep + 1, ._type = LDNS_RDF_TYPE_DNAME,
	    ._data = buf};
	char n[LDNS_MAX_DOMAINLEN * 4 + 2], m[LDNS_MAX_DOMAINLEN * 4 + 2];
	zl_dname_str(name, n, sizeof n);
	zl_dname_str(&meant, m, sizeof m);
	size_t id = zl_report(ctx, at, "%s %s lacks its final dot, so %s was "
	    "appended", role, n, zl_zone_origin_str(rec->zone));
	zl_report_fix(ctx, id, "write %s", m);
}

static const char *
role(ldns_rr_type type, size_t i)
{
	switch (type) {
	case LDNS_RR_TYPE_SOA: return i == 0 ? "SOA MNAME" : "SOA RNAME";
	case LDNS_RR_TYPE_NAPTR: return "NAPTR replacement";
	case LDNS_RR_TYPE_DNAME: return "DNAME target";
	default: return target_role(type);
	}
}

static void
field(struct zl_ctx *ctx, const struct zl_record *rec, const ldns_rdf *origin,
    ldns_rr_type type, size_t i)
{
	const ldns_rdf *f = ldns_rr_rdf(rec->rr, i);
	size_t keep;
	if (f && ldns_rdf_get_type(f) == LDNS_RDF_TYPE_DNAME &&
	    (keep = zl_dname_lost_final_dot(f, origin)) > 0)
		report(ctx, rec, f, keep, role(type, i), target_loc(rec, i));
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	const ldns_rdf *origin = zl_zone_origin(rec->zone);
	if (origin == NULL)
		return;
	size_t keep;
	if (rec->name_types_before == 0 && (keep = zl_dname_lost_final_dot(
	    ldns_rr_owner(rec->rr), origin)) > 0)
		report(ctx, rec, ldns_rr_owner(rec->rr), keep, "owner", rec->loc);
	ldns_rr_type type = ldns_rr_get_type(rec->rr);
	size_t i;
	switch (type) { /* the name fields zone files write */
	case LDNS_RR_TYPE_NS:
	case LDNS_RR_TYPE_CNAME:
	case LDNS_RR_TYPE_PTR:
	case LDNS_RR_TYPE_DNAME:
		i = 0;
		break;
	case LDNS_RR_TYPE_MX:
	case LDNS_RR_TYPE_SVCB:
	case LDNS_RR_TYPE_HTTPS:
		i = 1;
		break;
	case LDNS_RR_TYPE_SRV:
		i = 3;
		break;
	case LDNS_RR_TYPE_NAPTR:
		i = 5;
		break;
	case LDNS_RR_TYPE_SOA:
		field(ctx, rec, origin, type, 0);
		i = 1;
		break;
	default:
		return;
	}
	field(ctx, rec, origin, type, i);
}

const struct zl_rule rule_hygiene_missing_final_dot = {
	.id = "hygiene-missing-final-dot",
	.severity = ZL_WARNING,
	.all_types = true,
	.on_record = on_record,
	.summary = "name written without its final dot",
	.why =
	    "In a zone file a name without a final dot is relative: the origin\n"
	    "is appended.  MX 10 mail.example.com in zone example.com names\n"
	    "mail.example.com.example.com., which has no address; an owner\n"
	    "written 10.2.0.192.in-addr.arpa in a forward zone makes a PTR that\n"
	    "no reverse lookup reaches.  Reported, for owners and for the name\n"
	    "fields of NS, MX, CNAME, DNAME, PTR, SRV, SVCB, HTTPS, NAPTR and\n"
	    "SOA records, when the labels before the origin repeat the origin\n"
	    "(www.example.com.example.com.), or are three or more and end in\n"
	    "in-addr.arpa, ip6.arpa or a generic top-level domain (com, net,\n"
	    "org, edu, gov, mil).  Country codes are not enough, as zones name\n"
	    "country subdomains (www.de.example.com.), and top-level zones are\n"
	    "left alone (net.nz. is a domain of nz.).  The rules that look such\n"
	    "a target up (has no address, is a CNAME) leave it to this one.  A\n"
	    "warning: the name's shape suggests the mistake, it does not prove\n"
	    "it.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@     IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@     IN  NS   ns1\n"
	    "ns1   IN  A    192.0.2.53\n"
	    "@     IN  MX   10 mail.example.com\n"
	    "mail  IN  A    192.0.2.25\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@     IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@     IN  NS   ns1\n"
	    "ns1   IN  A    192.0.2.53\n"
	    "@     IN  MX   10 mail.example.com.\n"
	    "mail  IN  A    192.0.2.25\n"
	    "www.de  IN  A  192.0.2.80\n",
	.fix =
	    "End absolute names with a dot, or write them relative to the\n"
	    "origin:\n"
	    "  @  IN  MX  10 mail.example.com.\n"
	    "  @  IN  MX  10 mail",
	.refs = "RFC 1035 section 5.1",
};
