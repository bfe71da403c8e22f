/*
 * hygiene-cname-and-other-data: a CNAME must be alone at its name.
 *
 * Works while streaming: the index tells, for the owner, which types were
 * seen before this record and where the first record stood.
 */
#include <stdlib.h>

#include "../src/rrname.h"
#include "../src/zonelint.h"

/* Types that may stand beside a CNAME: RRSIG and NSEC (RFC 4035 2.5),
 * and their predecessors SIG and NXT (RFC 2535).  KEY was allowed there
 * only while it held DNSSEC zone keys; it no longer does (RFC 3445), and
 * BIND refuses it beside a CNAME. */
#define CNAME_COMPANIONS (ZL_T_RRSIG | ZL_T_NSEC | ZL_T_SIG | ZL_T_NXT)

enum { REPORTED }; /* its mark: the name was reported, once is enough */

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	const struct zl_name *name = rec->name;
	uint32_t bit = zl_type_bit(ldns_rr_get_type(rec->rr));
	uint32_t before = rec->name_types_before;
	bool cname_after = bit == ZL_T_CNAME &&
	    (before & ~(ZL_T_CNAME | CNAME_COMPANIONS));
	bool data_after = bit != ZL_T_CNAME && !(bit & CNAME_COMPANIONS) &&
	    (before & ZL_T_CNAME);
	/* the mark is read only when there is something to report */
	if (!(cname_after || data_after) || zl_marked(ctx, name, REPORTED))
		return;
	/* a CNAME after other data is reported here; other data after a
	 * CNAME at the CNAME, the first record at this name unless only
	 * companions preceded it */
	struct zl_loc first = zl_name_first(name);
	struct zl_loc at = cname_after ? rec->loc : first;
	struct zl_loc other = cname_after ? first : rec->loc;
	char owner[LDNS_MAX_DOMAINLEN * 4 + 2];
	zl_dname_str(ldns_rr_owner(rec->rr), owner, sizeof owner);
	char *type = zl_type_str(cname_after ? zl_name_first_type(name) :
	    ldns_rr_get_type(rec->rr));
	zl_report(ctx, at, "%s has a CNAME and also %s data (line %u%s%s)",
	    owner, type, other.line, at.file != other.file ? " of " : "",
	    at.file != other.file ? zl_file_name(other.file) : "");
	free(type);
	zl_mark_entry(ctx, name, REPORTED);
}

const struct zl_rule rule_hygiene_cname_and_other_data = {
	.id = "hygiene-cname-and-other-data",
	.severity = ZL_ERROR,
	.all_types = true,
	.marks = 1,
	.on_record = on_record,
	.summary = "CNAME and other data at the same name",
	.why =
	    "A CNAME says \"this name is an alias; ask over there\", so it\n"
	    "cannot share its name with other data (RFC 1034 3.6.2, RFC 2181\n"
	    "10.1).  BIND, Knot and NSD refuse to load such a zone; resolvers\n"
	    "that do get both answer inconsistently.  A CNAME at the apex is\n"
	    "always this mistake, since the apex has SOA and NS.",
	.exceptions =
	    "RRSIG and NSEC records may stand beside a CNAME (RFC 4035 2.5), as\n"
	    "may their predecessors SIG and NXT (RFC 2535): a signed zone has\n"
	    "them at every name.  KEY may not: it no longer holds DNSSEC zone\n"
	    "keys (RFC 3445).",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN  NS   ns1\n"
	    "ns1  IN  A    192.0.2.1\n"
	    "www  IN  CNAME  web.example.net.\n"
	    "www  IN  TXT    \"owner: web team\"\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN  NS   ns1\n"
	    "ns1  IN  A    192.0.2.1\n"
	    "www  IN  CNAME  web.example.net.\n"
	    "www-info  IN  TXT  \"owner: web team\"\n",
	.fix =
	    "Keep the CNAME alone at its name: move the other data to another\n"
	    "name, or replace the CNAME by the address records it points to.\n"
	    "In Windows DNS: dnscmd . /recorddelete example.com www TXT, then\n"
	    "add it under another name.",
	.refs = "RFC 1034 section 3.6.2; RFC 2181 section 10.1; RFC 4035 section 2.5",
};
