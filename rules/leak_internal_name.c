/*
 * leak-internal-name: internal names in a public zone.
 *
 * In the external view, each owner and each name in RDATA (CNAME, DNAME,
 * NS, PTR, MX, SRV, SVCB/HTTPS targets, SOA MNAME and RNAME) under an
 * internal domain is reported, once per record, at that name; and the
 * target of a Route 53 alias (src/route53.h), read as a record of a
 * private type.
 */
#include <stdio.h>
#include <stdlib.h>

#include <string.h>

#include "../src/route53.h"
#include "../src/rrname.h"
#include "sip.h"

struct state {
	struct zl_names builtin;
};

/* RDATA fields that hold names, by type. */
static size_t
name_fields(ldns_rr_type type, size_t *fields)
{
	switch (type) {
	case LDNS_RR_TYPE_CNAME: case LDNS_RR_TYPE_DNAME: case LDNS_RR_TYPE_NS:
	case LDNS_RR_TYPE_PTR:
		fields[0] = 0;
		return 1;
	case LDNS_RR_TYPE_MX: case LDNS_RR_TYPE_SVCB: case LDNS_RR_TYPE_HTTPS:
		fields[0] = 1;
		return 1;
	case LDNS_RR_TYPE_SRV:
		fields[0] = 3;
		return 1;
	case LDNS_RR_TYPE_SOA:
		fields[0] = 0;
		fields[1] = 1;
		return 2;
	default:
		return 0;
	}
}

/* "local., an internal domain" or "a single-label name, never public" */
static const char *
describe(const char *d, char *buf, size_t size)
{
	snprintf(buf, size, "%s%s, %s", d[0] == 'a' ? "" : "under ", d,
	    d[0] == 'a' ? "which never resolves publicly" : "an internal domain");
	return buf;
}

/* A Route 53 alias (route53.h): its target and the type it answers, or
 * NULL. */
static ldns_rdf *
alias_target(const ldns_rr *rr, ldns_rr_type *aliased)
{
	if (ldns_rr_get_type(rr) != ZL_R53_ALIAS_TYPE || ldns_rr_rd_count(rr) != 1)
		return NULL;
	const ldns_rdf *f = ldns_rr_rdf(rr, 0);
	const uint8_t *d = ldns_rdf_data(f);
	size_t n = ldns_rdf_size(f), pos = 6;
	if (n < 7 || memcmp(d, ZL_R53_ALIAS_MAGIC, 4) != 0)
		return NULL;
	*aliased = (ldns_rr_type)(d[4] << 8 | d[5]);
	ldns_rdf *name = NULL;
	if (ldns_wire2dname(&name, d, n, &pos) != LDNS_STATUS_OK || pos != n) {
		ldns_rdf_deep_free(name);
		return NULL;
	}
	return name;
}

static void
on_run_start(struct zl_ctx *ctx)
{
	struct state *st = zl_state(ctx);
	sip_names_load(&st->builtin, internal_domains, internal_domain_count);
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	if (zl_zone_view(rec->zone) != ZL_VIEW_EXTERNAL)
		return;
	struct state *st = zl_state(ctx);
	const struct zl_options *opt = zl_options(ctx);
	char dom[LDNS_MAX_DOMAINLEN * 4 + 2], n[LDNS_MAX_DOMAINLEN * 4 + 2];
	char what[LDNS_MAX_DOMAINLEN * 4 + 64];
	const ldns_rdf *owner = ldns_rr_owner(rec->rr);
	const char *d = sip_internal_domain(owner, &st->builtin, opt, dom,
	    sizeof dom);
	if (d) {
		zl_report(ctx, rec->loc, "owner %s is %s", zl_dname_str(owner, n,
		    sizeof n), describe(d, what, sizeof what));
		return;
	}
	ldns_rr_type aliased;
	ldns_rdf *target = alias_target(rec->rr, &aliased);
	if (target) {
		d = sip_internal_domain(target, &st->builtin, opt, dom, sizeof dom);
		char *type = d ? zl_type_str(aliased) : NULL;
		if (d)
			zl_report(ctx, rec->loc, "Route 53 alias (%s) to %s, %s", type,
			    zl_dname_str(target, n, sizeof n),
			    describe(d, what, sizeof what));
		free(type);
		ldns_rdf_deep_free(target);
		return;
	}
	size_t fields[2];
	size_t nf = name_fields(ldns_rr_get_type(rec->rr), fields);
	for (size_t i = 0; i < nf; i++) {
		const ldns_rdf *name = ldns_rr_rdf(rec->rr, fields[i]);
		if (name == NULL || ldns_rdf_get_type(name) != LDNS_RDF_TYPE_DNAME ||
		    zl_dname_labels(name) == 0)
			continue;
		d = sip_internal_domain(name, &st->builtin, opt, dom, sizeof dom);
		if (d == NULL)
			continue;
		struct zl_loc at = rec->loc;
		if (rec->rdata_count > fields[i])
			at = (struct zl_loc){rec->loc.file, rec->rdata[fields[i]].line,
			    rec->rdata[fields[i]].col};
		char *type = zl_type_str(ldns_rr_get_type(rec->rr));
		zl_report(ctx, at, "%s data names %s, %s", type,
		    zl_dname_str(name, n, sizeof n), describe(d, what, sizeof what));
		free(type);
		return;
	}
}

static void
free_state(void *p)
{
	struct state *st = p;
	zl_names_free(&st->builtin);
}

const struct zl_rule rule_leak_internal_name = {
	.id = "leak-internal-name",
	.severity = ZL_WARNING,
	.all_types = true,
	.state_size = sizeof(struct state),
	.on_run_start = on_run_start,
	.on_record = on_record,
	.free_state = free_state,
	.summary = "internal name in a public zone",
	.why =
	    "Names under .local, .localhost, .invalid, .test, .home.arpa,\n"
	    ".internal (reserved by ICANN in 2024), the name-collision TLDs\n"
	    ".corp, .home and .mail, the habitual .lan, .localdomain, .intranet\n"
	    "and .private, single-label names, and the organisation's own\n"
	    "internal domains (--internal-domain, e.g. an Active Directory forest\n"
	    "corp.contoso.com) never resolve on the public Internet.  In a public\n"
	    "zone they break every client outside and reveal the internal naming\n"
	    "of the network, often because internal records were copied into\n"
	    "public DNS when internal DNS did not serve the public domain.",
	.bad =
	    "$ORIGIN contoso.com.\n"
	    "$TTL 3600\n"
	    "@       IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@       IN  NS   ns1\n"
	    "ns1     IN  A    192.0.2.1\n"
	    "legacy  IN  CNAME  srv01.contoso.local.\n",
	.good =
	    "$ORIGIN contoso.com.\n"
	    "$TTL 3600\n"
	    "@       IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@       IN  NS   ns1\n"
	    "ns1     IN  A    192.0.2.1\n"
	    "legacy  IN  CNAME  www.contoso.com.\n"
	    "www     IN  A    192.0.2.10\n",
	.fix =
	    "Remove the record from the public zone and keep it in internal DNS.\n"
	    "Where internal clients need a public name to resolve to an internal\n"
	    "host, use split-brain DNS or a pinpoint zone in internal DNS:\n"
	    "  dnscmd . /zoneadd legacy.contoso.com /dsprimary\n"
	    "  dnscmd . /recordadd legacy.contoso.com @ A 10.0.0.15\n"
	    "In BIND: delete the line from the public zone file and, in the\n"
	    "internal view, serve zone \"legacy.contoso.com\" holding\n"
	    "  @  IN  A  10.0.0.15",
	.refs = "RFC 6761; RFC 6762 (.local); RFC 8375 (home.arpa); ICANN, "
	    "\"Reserving .INTERNAL for private-use applications\" (2024); ICANN "
	    "Name Collision Occurrence Management Framework (2014)",
};
