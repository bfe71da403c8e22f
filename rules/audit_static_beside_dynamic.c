/*
 * audit-static-beside-dynamic: in a Windows DNS export, a name with both
 * static records (no aging stamp) and dynamic ones ([AGE:n]) of the same
 * type.  The static one was added by hand for a machine that also
 * registers itself: after a readdressing, both answer, one of them
 * wrong, and scavenging never removes the static one.
 *
 * A name's records come together in an export: the run of one owner is
 * looked at, at most MAX_TYPES types of it.
 */
#include <stdlib.h>

#include "../src/rrname.h"
#include "../src/zonelint.h"

#define MAX_TYPES 16

struct seen {
	uint16_t type;
	bool reported;
	struct zl_loc static_at, dynamic_at; /* line 0: none yet */
};

struct state {
	const struct zl_name *owner;
	struct seen t[MAX_TYPES];
	size_t n;
	bool decided;
};

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	if (!st->decided) {
		st->decided = true;
		if (!zl_zone_windows(rec->zone)) {
			zl_skip_zone_records(ctx);
			return;
		}
	}
	uint16_t type = (uint16_t)ldns_rr_get_type(rec->rr);
	if (type == LDNS_RR_TYPE_SOA || type == LDNS_RR_TYPE_NS)
		return; /* the server's own, never registered */
	if (rec->name != st->owner) {
		st->owner = rec->name;
		st->n = 0;
	}
	struct seen *s = NULL;
	for (size_t i = 0; i < st->n && s == NULL; i++)
		if (st->t[i].type == type)
			s = &st->t[i];
	if (s == NULL) {
		if (st->n == MAX_TYPES)
			return;
		s = &st->t[st->n++];
		*s = (struct seen){.type = type};
	}
	struct zl_loc *at = rec->age_hours > 0 ? &s->dynamic_at : &s->static_at;
	if (at->line == 0)
		*at = rec->loc;
	if (s->reported || s->static_at.line == 0 || s->dynamic_at.line == 0)
		return;
	s->reported = true;
	char n[LDNS_MAX_DOMAINLEN * 4 + 2];
	char *ty = zl_type_str(type);
	zl_report(ctx, s->static_at, "%s has a static %s record beside a "
	    "dynamic one (line %u): when the machine moves, both answer, and "
	    "scavenging never removes the static one",
	    zl_dname_str(ldns_rr_owner(rec->rr), n, sizeof n), ty,
	    s->dynamic_at.line);
	free(ty);
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	(void)zone;
	struct state *st = zl_state(ctx);
	st->owner = NULL;
	st->n = 0;
	st->decided = false;
}

const struct zl_rule rule_audit_static_beside_dynamic = {
	.id = "audit-static-beside-dynamic",
	.severity = ZL_NOTE,
	.all_types = true,
	.state_size = sizeof(struct state),
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.summary = "static record beside dynamic ones of the same name and type",
	.why =
	    "In Windows DNS a record is dynamic when a machine registered it (it\n"
	    "carries an aging stamp, [AGE:n] in an export) and static when an\n"
	    "administrator added it (no stamp).  A name with both, for the same\n"
	    "type, is usually a machine someone also entered by hand: when it\n"
	    "gets a new address it updates its dynamic record, the static one\n"
	    "keeps the old address, and clients get both.  Scavenging removes\n"
	    "only stamped records, so the static one stays for good.  A note,\n"
	    "for the auditor.",
	.bad =
	    ";\n"
	    ";  Database file corp.example.dns for corp.example zone.\n"
	    ";      Zone version:  42\n"
	    ";\n"
	    "@                       IN  SOA dc1.corp.example. hostmaster.corp.example. (\n"
	    "                        42 900 600 86400 3600 )\n"
	    "@                       NS  dc1.corp.example.\n"
	    "dc1                     A   192.0.2.1\n"
	    "app01                   1200 A 192.0.2.30\n"
	    "app01                   [AGE:3733488] 1200 A 192.0.2.31\n",
	.good =
	    ";\n"
	    ";  Database file corp.example.dns for corp.example zone.\n"
	    ";      Zone version:  42\n"
	    ";\n"
	    "@                       IN  SOA dc1.corp.example. hostmaster.corp.example. (\n"
	    "                        42 900 600 86400 3600 )\n"
	    "@                       NS  dc1.corp.example.\n"
	    "dc1                     A   192.0.2.1\n"
	    "app01                   [AGE:3733488] 1200 A 192.0.2.31\n"
	    "app01                   TXT \"owner: web team\"\n",
	.fix =
	    "Delete the static record (Remove-DnsServerResourceRecord, or dnscmd\n"
	    "/recorddelete) and let the machine register itself, or make the\n"
	    "name static only and turn off its registration.",
	.refs = "Microsoft Learn: DNS aging and scavenging (Windows Server); "
	    "RFC 2136",
};
