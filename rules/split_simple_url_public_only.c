/*
 * split-simple-url-public-only: a Lync simple URL or web service name
 * (meet.D, dialin.D, admin.D, scheduler.D, D a Lync SIP domain) that
 * internal clients resolve only through public DNS.
 *
 * Lync publishes its simple URLs twice: internal DNS points them at the
 * Front End pool's internal web services, public DNS at the reverse
 * proxy.  An internal DNS server with no zone for the name forwards the
 * question, and internal clients hair-pin out to the reverse proxy:
 * meetings may still work, through the firewall, or fail where the
 * proxy does not take internal traffic.  A note at the external record,
 * once every zone is read, naming the servers that forward it when there
 * are several.  An internal zone that holds the domain but not the name
 * is split-zone-too-broad's; a CNAME to Microsoft's hosted service or a
 * --sip-allow-target is public by design.
 */
#include <stdlib.h>
#include <string.h>

#include "../src/namelist.h"
#include "answer.h"

struct state {
	bool internal;               /* the run has an internal view */
	struct sip_domains *domains;  /* the family's (sip_domains_of) */
	struct zl_names hosted;
	struct zl_namelist seen;     /* external simple URLs, once each */
};

enum { SEEN }; /* mark: this owner is kept already */

static const char *const simple_urls[] = {"meet", "dialin", "admin",
    "scheduler"};

static void
on_run_start(struct zl_ctx *ctx)
{
	struct state *st = zl_state(ctx);
	st->domains = sip_domains_of(ctx);
	st->internal = zl_server_count(ctx) > 0;
	if (!st->internal)
		zl_skip_records(ctx); /* nothing is forwarded */
	sip_names_load(&st->hosted, hosted_sip_targets, hosted_sip_target_count);
}

static bool
is_simple_url(const ldns_rdf *owner)
{
	if (zl_dname_labels(owner) < 3)
		return false; /* meet.D, D at least two labels */
	for (size_t i = 0; i < sizeof simple_urls / sizeof *simple_urls; i++)
		if (zl_dname_first_label_is(owner, simple_urls[i]))
			return true;
	return false;
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	if (!st->internal)
		return; /* nothing is forwarded */
	const ldns_rdf *owner = ldns_rr_owner(rec->rr);
	if (zl_zone_view(rec->zone) != ZL_VIEW_EXTERNAL ||
	    ldns_rr_get_type(rec->rr) == LDNS_RR_TYPE_SRV ||
	    !is_simple_url(owner) || zl_marked(ctx, rec->name, SEEN))
		return;
	zl_mark_entry(ctx, rec->name, SEEN);
	if (!answer_hosted(&st->hosted, zl_options(ctx), rec->rr))
		zl_namelist_add(&st->seen, owner, rec->loc);
}

static void
report(struct zl_ctx *ctx, struct zl_loc at, const ldns_rdf *name,
    const struct answers *a)
{
	char n[LDNS_MAX_DOMAINLEN * 4 + 2], who[ZL_MAX_SERVERS * 40];
	zl_dname_str(name, n, sizeof n);
	int nl = (int)strlen(n) - 1; /* dnscmd and PowerShell: no final dot */
	char on[ZL_MAX_SERVERS * 40 + 32] = "";
	if (a->count > 1)
		snprintf(on, sizeof on, " (internal DNS servers %s)",
		    answers_lacking(ctx, a, who, sizeof who));
	size_t id = zl_report(ctx, at, "internal DNS has no zone for %s and "
	    "forwards it to public DNS%s, so internal clients reach this Lync "
	    "web service through the reverse proxy (a hair-pin through the "
	    "firewall) rather than the Front End pool's internal web services",
	    n, on);
	zl_report_fix(ctx, id, "create a pinpoint zone %s in internal DNS whose "
	    "apex has the internal web services' address (the Front End pool, "
	    "or its load balancer's VIP)", n);
	zl_report_fix(ctx, id, "dnscmd . /zoneadd %.*s /dsprimary; dnscmd . "
	    "/recordadd %.*s @ A <internal web services address>", nl, n, nl, n);
	answer_fix_pinpoint(ctx, id, n, "<internal web services address>");
}

static void
on_run_end(struct zl_ctx *ctx)
{
	struct state *st = zl_state(ctx);
	for (size_t i = 0; i < st->seen.count; i++) { /* one per owner */
		ldns_rdf name = zl_namelist_name(&st->seen, i);
		ldns_rdf dom = zl_dname_suffix(&name, 1);
		if (sip_domains_find(st->domains, &dom) == NULL)
			continue; /* meet.D of a domain that is not Lync's */
		struct answers a;
		answers_of(ctx, &name, ZL_T_A | ZL_T_AAAA | ZL_T_CNAME, &a);
		bool forwarded = false;
		for (unsigned k = 0; k < a.count; k++)
			forwarded |= a.by[k].kind == ANSWER_PUBLIC;
		if (forwarded)
			report(ctx, st->seen.v[i].loc, &name, &a);
	}
}

static void
free_state(void *p)
{
	struct state *st = p;
	zl_names_free(&st->hosted);
	zl_namelist_free(&st->seen);
}

const struct zl_rule rule_split_simple_url_public_only = {
	.id = "split-simple-url-public-only",
	.severity = ZL_NOTE,
	.types = SIP_DOMAIN_TYPES,
	.state_size = sizeof(struct state),
	.family = &sip_domains_family,
	.marks = 1,
	.on_run_start = on_run_start,
	.on_record = on_record,
	.on_run_end = on_run_end,
	.free_state = free_state,
	.summary = "Lync simple URL resolved only by public DNS",
	.why =
	    "Lync and Skype for Business publish simple URLs (meet, dialin,\n"
	    "admin, scheduler) and web services under the SIP domain.  Public\n"
	    "DNS points them at the reverse proxy, for clients outside; internal\n"
	    "DNS should point them at the Front End pool's internal web\n"
	    "services.  An internal DNS server with no zone for the name\n"
	    "forwards the question to public DNS, so internal clients get the\n"
	    "reverse proxy's public address: web conferencing then goes out\n"
	    "through the firewall and back (a hair-pin), or fails for internal\n"
	    "participants where the proxy does not take internal traffic.  It\n"
	    "is a note, as some sites route it so on purpose.  It applies to Lync\n"
	    "SIP domains only (a meet.example.com of another product is not\n"
	    "Lync's), and not to names that are CNAMEs to Microsoft's hosted\n"
	    "service.  Names you declare with --sip-internal-name are held to a\n"
	    "warning by split-internal-name-public-only; an internal zone that\n"
	    "holds the domain without the name is split-zone-too-broad's.",
	.bad =
	    ";; file: internal/_sipinternaltls._tcp.contoso.com.zone\n"
	    "$ORIGIN _sipinternaltls._tcp.contoso.com.\n"
	    "$TTL 3600\n"
	    "@  IN SOA dc1.contoso.local. hostmaster.contoso.local. 1 900 600 86400 3600\n"
	    "@  IN NS  dc1.contoso.local.\n"
	    "@  IN SRV 0 0 5061 sip.contoso.com.\n"
	    ";; file: internal/sip.contoso.com.zone\n"
	    "$ORIGIN sip.contoso.com.\n"
	    "$TTL 3600\n"
	    "@  IN SOA dc1.contoso.local. hostmaster.contoso.local. 1 900 600 86400 3600\n"
	    "@  IN NS  dc1.contoso.local.\n"
	    "@  IN A   10.0.0.20\n"
	    ";; file: external/contoso.com.zone\n"
	    "$ORIGIN contoso.com.\n"
	    "$TTL 3600\n"
	    "@     IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@     IN NS  ns1\n"
	    "ns1   IN A   192.0.2.53\n"
	    "meet  IN A   192.0.2.80\n",
	.good =
	    ";; file: internal/_sipinternaltls._tcp.contoso.com.zone\n"
	    "$ORIGIN _sipinternaltls._tcp.contoso.com.\n"
	    "$TTL 3600\n"
	    "@  IN SOA dc1.contoso.local. hostmaster.contoso.local. 1 900 600 86400 3600\n"
	    "@  IN NS  dc1.contoso.local.\n"
	    "@  IN SRV 0 0 5061 sip.contoso.com.\n"
	    ";; file: internal/sip.contoso.com.zone\n"
	    "$ORIGIN sip.contoso.com.\n"
	    "$TTL 3600\n"
	    "@  IN SOA dc1.contoso.local. hostmaster.contoso.local. 1 900 600 86400 3600\n"
	    "@  IN NS  dc1.contoso.local.\n"
	    "@  IN A   10.0.0.20\n"
	    ";; file: internal/meet.contoso.com.zone\n"
	    "$ORIGIN meet.contoso.com.\n"
	    "$TTL 3600\n"
	    "@  IN SOA dc1.contoso.local. hostmaster.contoso.local. 1 900 600 86400 3600\n"
	    "@  IN NS  dc1.contoso.local.\n"
	    "@  IN A   10.0.0.30\n"
	    ";; file: external/contoso.com.zone\n"
	    "$ORIGIN contoso.com.\n"
	    "$TTL 3600\n"
	    "@     IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@     IN NS  ns1\n"
	    "ns1   IN A   192.0.2.53\n"
	    "meet  IN A   192.0.2.80\n",
	.fix =
	    "Give internal DNS a pinpoint zone for each simple URL, whose apex\n"
	    "has the internal web services' address (Windows, AD-integrated):\n"
	    "  dnscmd . /zoneadd meet.contoso.com /dsprimary\n"
	    "  dnscmd . /recordadd meet.contoso.com @ A 10.0.0.30\n"
	    "or in PowerShell:\n"
	    "  Add-DnsServerPrimaryZone -Name meet.contoso.com -ReplicationScope Forest\n"
	    "  Add-DnsServerResourceRecordA -ZoneName meet.contoso.com -Name \"@\" -IPv4Address 10.0.0.30\n"
	    "or, in BIND's internal view, zone \"meet.contoso.com\" with \"@ IN A\n"
	    "10.0.0.30\".  Do the same for dialin, scheduler and admin.",
	.refs = "Microsoft, \"DNS requirements for simple URLs in Lync Server "
	    "2013\"; Microsoft, \"DNS requirements for Skype for Business "
	    "Server\" (pinpoint zones, split-brain DNS)",
};
