/*
 * split-internal-name-public-only: a name the user declares internal
 * clients need (--sip-internal-name, .zonelint sip-internal-name: a Lync
 * web services FQDN, an Office Web Apps farm, a Director) that no internal
 * DNS server answers from a zone of its own.
 *
 * As split-simple-url-public-only, for names zonelint cannot know by
 * their first label, and a warning, as the user said they must be
 * internal.  The finding stands at the name's external record; with none,
 * at the SOA of the internal zone that holds the domain without the name;
 * with neither, nothing is known and -v says so.  When some servers
 * answer and others do not, split-server-missing-name says so instead.
 */
#include <stdlib.h>
#include <string.h>

#include "answer.h"

struct state {
	bool internal;          /* the run has an internal view */
	struct zl_loc *at;      /* per declared name: its first external record */
};

static void
on_run_start(struct zl_ctx *ctx)
{
	struct state *st = zl_state(ctx);
	const struct zl_names *names = &zl_options(ctx)->sip_internal_names;
	st->internal = zl_server_count(ctx) > 0 && names->count > 0;
	if (!st->internal)
		zl_skip_records(ctx); /* nothing declared, or no internal DNS */
	st->at = zl_alloc(names->count + 1, sizeof *st->at);
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	if (!st->internal || zl_zone_view(rec->zone) != ZL_VIEW_EXTERNAL)
		return;
	/* declared names come from options: a handful */
	const struct zl_names *names = &zl_options(ctx)->sip_internal_names;
	for (size_t i = 0; i < names->count; i++)
		if (st->at[i].line == 0 &&
		    zl_dname_eq(names->name[i], ldns_rr_owner(rec->rr)))
			st->at[i] = rec->loc;
}

static void
report(struct zl_ctx *ctx, struct zl_loc at, const ldns_rdf *name,
    const char *source, const struct answers *a)
{
	char n[LDNS_MAX_DOMAINLEN * 4 + 2], why[LDNS_MAX_DOMAINLEN * 8 + 800];
	zl_dname_str(name, n, sizeof n);
	int nl = (int)strlen(n) - 1; /* dnscmd and PowerShell: no final dot */
	size_t id = zl_report(ctx, at, "%s, declared a name internal clients "
	    "need (%s), but %s: internal clients do not get its internal "
	    "address", n, source, answers_why(ctx, a, name, why, sizeof why));
	zl_report_fix(ctx, id, "create a pinpoint zone %s in internal DNS whose "
	    "apex has the internal address, or add it to the internal zone "
	    "that holds its domain", n);
	zl_report_fix(ctx, id, "dnscmd . /zoneadd %.*s /dsprimary; dnscmd . "
	    "/recordadd %.*s @ A <internal address>", nl, n, nl, n);
	answer_fix_pinpoint(ctx, id, n, "<internal address>");
}

static void
on_run_end(struct zl_ctx *ctx)
{
	struct state *st = zl_state(ctx);
	const struct zl_names *names = &zl_options(ctx)->sip_internal_names;
	for (size_t i = 0; st->internal && i < names->count; i++) {
		const ldns_rdf *name = names->name[i];
		struct answers a;
		answers_of(ctx, name, ZL_T_A | ZL_T_AAAA | ZL_T_CNAME, &a);
		if (a.own > 0)
			continue; /* answered (split-server-missing-name: the rest) */
		struct zl_loc at = st->at[i];
		for (unsigned k = 0; k < a.count && at.line == 0; k++)
			if (a.by[k].kind == ANSWER_LACKS)
				at = zl_zone_soa(a.by[k].zone);
		char n[LDNS_MAX_DOMAINLEN * 4 + 2];
		if (at.line == 0)
			zl_verbose(ctx, "%s (%s): no loaded zone holds it or its "
			    "domain, so whether internal DNS answers it is not known",
			    zl_dname_str(name, n, sizeof n), names->source[i]);
		else
			report(ctx, at, name, names->source[i], &a);
	}
}

static void
free_state(void *p)
{
	struct state *st = p;
	free(st->at);
}

const struct zl_rule rule_split_internal_name_public_only = {
	.id = "split-internal-name-public-only",
	.severity = ZL_WARNING,
	.types = ZL_T_A | ZL_T_AAAA | ZL_T_CNAME,
	.state_size = sizeof(struct state),
	.on_run_start = on_run_start,
	.on_record = on_record,
	.on_run_end = on_run_end,
	.free_state = free_state,
	.summary = "declared internal name not answered by internal DNS",
	.why =
	    "Internal Lync clients use more names than zonelint can know by\n"
	    "their first label: the internal web services FQDN of a pool, a\n"
	    "Director, an Office Web Apps farm.  Declare them with\n"
	    "--sip-internal-name NAME (or sip-internal-name = NAME in\n"
	    ".zonelint), and zonelint asks each internal DNS server for each of\n"
	    "them: when none answers from a zone of its own, internal clients\n"
	    "get the public answer (forwarded) or none, and this warning stands\n"
	    "at the name's public record (or, when it has none, at the SOA of\n"
	    "the internal zone that holds its domain without it).  When some\n"
	    "servers answer and others do not, split-server-missing-name says\n"
	    "so instead.  Nothing is reported without --sip-internal-name.",
	.bad =
	    ";; options: --sip-internal-name lyncweb.contoso.com.\n"
	    ";; file: internal/contoso.local.zone\n"
	    "$ORIGIN contoso.local.\n"
	    "$TTL 3600\n"
	    "@  IN SOA dc1 hostmaster 1 900 600 86400 3600\n"
	    "@  IN NS  dc1\n"
	    "dc1 IN A  10.0.0.2\n"
	    ";; file: external/contoso.com.zone\n"
	    "$ORIGIN contoso.com.\n"
	    "$TTL 3600\n"
	    "@        IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@        IN NS  ns1\n"
	    "ns1      IN A   192.0.2.53\n"
	    "lyncweb  IN A   192.0.2.81\n",
	.good =
	    ";; options: --sip-internal-name lyncweb.contoso.com.\n"
	    ";; file: internal/lyncweb.contoso.com.zone\n"
	    "$ORIGIN lyncweb.contoso.com.\n"
	    "$TTL 3600\n"
	    "@  IN SOA dc1.contoso.local. hostmaster.contoso.local. 1 900 600 86400 3600\n"
	    "@  IN NS  dc1.contoso.local.\n"
	    "@  IN A   10.0.0.31\n"
	    ";; file: external/contoso.com.zone\n"
	    "$ORIGIN contoso.com.\n"
	    "$TTL 3600\n"
	    "@        IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@        IN NS  ns1\n"
	    "ns1      IN A   192.0.2.53\n"
	    "lyncweb  IN A   192.0.2.81\n",
	.fix =
	    "Give internal DNS a pinpoint zone for the name with its internal\n"
	    "address (Windows, AD-integrated):\n"
	    "  dnscmd . /zoneadd lyncweb.contoso.com /dsprimary\n"
	    "  dnscmd . /recordadd lyncweb.contoso.com @ A 10.0.0.31\n"
	    "or in PowerShell:\n"
	    "  Add-DnsServerPrimaryZone -Name lyncweb.contoso.com -ReplicationScope Forest\n"
	    "  Add-DnsServerResourceRecordA -ZoneName lyncweb.contoso.com -Name \"@\" -IPv4Address 10.0.0.31\n"
	    "or, in BIND's internal view, zone \"lyncweb.contoso.com\" with\n"
	    "\"@ IN A 10.0.0.31\".",
	.refs = "Microsoft, \"DNS requirements for Skype for Business Server\" "
	    "(pinpoint zones, split-brain DNS); Microsoft, \"Determine DNS "
	    "requirements for Lync Server 2013\"",
};
