/*
 * hygiene-hostname: names that must be host names are not.
 *
 * The owners of A and AAAA records and the targets of NS and MX are
 * host names (RFC 952, RFC 1123 2.1): letters, digits and hyphens, no
 * label starting or ending with a hyphen.  Underscores are accepted, as
 * Active Directory uses them, except in the first label of an SVCB or
 * HTTPS target, the host clients connect to (BIND refuses it there too);
 * a leading "*" label is a wildcard, and a '*' anywhere else is said to
 * be none.  In reverse zones the targets of
 * PTR records are host names too, with no underscore at all, but for
 * DNS-SD's browse names (b._dns-sd._udp and the like), whose PTRs name
 * domains: BIND's check-names checks just these.  A PTR's owner is not a
 * host name (DNS-SD puts PTRs at _tcp names, RFC 2317 at 0/26 labels).
 */
#include <string.h>

#include "../src/zonelint.h"

/* The first offending octet's label, or -1 when name is a host name. */
static int
bad_label(const ldns_rdf *name, bool wildcard_ok, bool underscore_ok,
    bool no_underscore, char *why, size_t whysize)
{
	const uint8_t *w = ldns_rdf_data(name);
	size_t size = ldns_rdf_size(name);
	for (size_t off = 0, label = 0; off < size && w[off]; label++) {
		size_t n = w[off];
		const uint8_t *l = w + off + 1;
		off += n + 1;
		if (label == 0 && wildcard_ok && n == 1 && l[0] == '*')
			continue;
		for (size_t i = 0; i < n; i++) {
			uint8_t c = l[i];
			bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			    (c >= '0' && c <= '9') || c == '-' ||
			    (c == '_' && (underscore_ok || (label > 0 && !no_underscore)));
			if (!ok && c == '*') {
				snprintf(why, whysize, wildcard_ok ? "a '*', which is a "
				    "wildcard only as a whole leftmost label" : "a '*', a "
				    "wildcard only in an owner: a target names one host");
				return (int)label;
			}
			if (!ok) {
				snprintf(why, whysize, (c > 32 && c < 127) ?
				    "the character '%c'" : "the octet \\%03u",
				    (c > 32 && c < 127) ? c : c);
				return (int)label;
			}
		}
		if (l[0] == '-' || l[n - 1] == '-') {
			snprintf(why, whysize, "a label %s with a hyphen",
			    l[0] == '-' ? "starting" : "ending");
			return (int)label;
		}
	}
	return -1;
}

static void
check(struct zl_ctx *ctx, const struct zl_record *rec, const ldns_rdf *name,
    const char *role, struct zl_loc at, bool wildcard_ok)
{
	char why[96];
	bool underscore_ok = strcmp(role, "SVCB target") != 0 &&
	    strcmp(role, "PTR target") != 0;
	bool ptr = strcmp(role, "PTR target") == 0; /* no underscore anywhere */
	if (name == NULL || bad_label(name, wildcard_ok, underscore_ok, ptr, why,
	    sizeof why) < 0)
		return;
	char n[LDNS_MAX_DOMAINLEN * 4 + 2];
	zl_report(ctx, at, "%s %s is not a valid host name: it has %s", role,
	    zl_dname_str(name, n, sizeof n), why);
	(void)rec;
}

/* DNS-SD's browse names, which reverse zones hold (RFC 6763 11):
 * b, db, r, dr or lb, then _dns-sd._udp. */
static bool
dns_sd_browse(const ldns_rdf *name)
{
	static const char *const first[] = {"b", "db", "r", "dr", "lb"};
	ldns_rdf l2 = zl_dname_suffix(name, 1), l3 = zl_dname_suffix(name, 2);
	if (!zl_dname_first_label_is(&l2, "_dns-sd") ||
	    !zl_dname_first_label_is(&l3, "_udp"))
		return false;
	for (size_t i = 0; i < sizeof first / sizeof *first; i++)
		if (zl_dname_first_label_is(name, first[i]))
			return true;
	return false;
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	ldns_rr_type type = ldns_rr_get_type(rec->rr);
	struct zl_loc target = rec->loc;
	size_t field = type == LDNS_RR_TYPE_MX || type == LDNS_RR_TYPE_SVCB ||
	    type == LDNS_RR_TYPE_HTTPS ? 1 : 0;
	if (rec->rdata_count > field)
		target = (struct zl_loc){rec->loc.file, rec->rdata[field].line,
		    rec->rdata[field].col};
	switch (type) {
	case LDNS_RR_TYPE_A:
	case LDNS_RR_TYPE_AAAA:
		check(ctx, rec, ldns_rr_owner(rec->rr), "owner", rec->loc, true);
		break;
	case LDNS_RR_TYPE_NS:
		check(ctx, rec, ldns_rr_rdf(rec->rr, 0), "NS target", target, false);
		break;
	case LDNS_RR_TYPE_MX:
		check(ctx, rec, ldns_rr_rdf(rec->rr, 1), "MX target", target, false);
		break;
	case LDNS_RR_TYPE_PTR: /* in a reverse zone, as BIND's check-names */
		if (zl_dname_is_reverse(ldns_rr_owner(rec->rr)) &&
		    !dns_sd_browse(ldns_rr_owner(rec->rr)))
			check(ctx, rec, ldns_rr_rdf(rec->rr, 0), "PTR target", target,
			    false);
		break;
	case LDNS_RR_TYPE_SVCB:
	case LDNS_RR_TYPE_HTTPS: /* "." means the owner itself */
		if (ldns_rr_rd_count(rec->rr) > 1 &&
		    ldns_dname_label_count(ldns_rr_rdf(rec->rr, 1)) > 0)
			check(ctx, rec, ldns_rr_rdf(rec->rr, 1), "SVCB target", target,
			    false);
		break;
	default:
		break;
	}
}

const struct zl_rule rule_hygiene_hostname = {
	.id = "hygiene-hostname",
	.severity = ZL_ERROR,
	.types = ZL_T_A | ZL_T_AAAA | ZL_T_NS | ZL_T_MX | ZL_T_SVCB | ZL_T_HTTPS |
	    ZL_T_PTR,
	.on_record = on_record,
	.summary = "invalid host name",
	.why =
	    "Hosts are named with letters, digits and hyphens, and no label\n"
	    "starts or ends with a hyphen (RFC 952, RFC 1123 2.1).  The owner of\n"
	    "an address record and the targets of NS, MX, SVCB and HTTPS records\n"
	    "are host names: mail servers, resolvers and clients reject others,\n"
	    "and BIND's named refuses such a primary zone (check-names fail, its\n"
	    "default; named-checkzone only warns unless given -k fail).  So are the\n"
	    "targets of PTR records in reverse zones, with no underscore at all,\n"
	    "but for those at DNS-SD browse names (b._dns-sd._udp), which name\n"
	    "domains; a PTR's owner need not be a host name.  Underscores are\n"
	    "accepted elsewhere, since Active Directory writes them, but not to\n"
	    "begin the host an SVCB record sends clients to.  A '*' is a wildcard\n"
	    "only as the whole leftmost label of an owner (RFC 4592): *.example.com\n"
	    "is fine, www.*.example.com and *web.example.com are names with a\n"
	    "literal '*' that no host can have, and so is *.example.com as the\n"
	    "target of an NS, MX or SVCB record, which names one host.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "web/1  IN  A  192.0.2.10\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "web-1  IN  A  192.0.2.10\n",
	.fix =
	    "Rename the host with letters, digits and hyphens only, and update\n"
	    "every record that names it.",
	.refs = "RFC 952; RFC 1123 section 2.1; RFC 2181 section 11",
};
