/*
 * hygiene-target-no-address: the host an MX, SRV, SVCB or HTTPS record
 * names has no address, or (MX, SRV) is a CNAME; a CNAME points at a
 * name that has no records at all.  PTR targets are
 * hygiene-ptr-target-no-address's (a warning: stale reverse records).  The answer is the zone with
 * the longest matching apex among those loaded (zl_zone_for); a name no
 * loaded zone covers is unknown, not missing, and is not reported.
 *
 * NS targets are hygiene-ns-target-no-address's, SIP SRV targets
 * sip-srv-target-no-address's.  target.c does the work.  Per record: a target of the record's
 * own zone that already has what it needs is looked up and forgotten;
 * only the others are kept (as wire names in one arena) for the end of
 * the run, when every zone is read.
 */
#include "target.h"

const struct zl_rule rule_hygiene_target_no_address = {
	.id = "hygiene-target-no-address",
	.severity = ZL_WARNING,
	.types = ZL_T_MX | ZL_T_SRV | ZL_T_SVCB | ZL_T_HTTPS | ZL_T_CNAME,
	.state_size = sizeof(struct target_list),
	.on_run_start = target_on_run_start,
	.on_record = target_on_record,
	.on_run_end = target_on_run_end,
	.free_state = target_free_state,
	.summary = "target without an address",
	.why =
	    "MX, SRV, SVCB and HTTPS records name a host that clients then look\n"
	    "up.  When the zone that answers for that host (the loaded zone with\n"
	    "the longest matching name) has no A or AAAA record there, mail or\n"
	    "the service fails.  MX and SRV\n"
	    "targets may not be CNAMEs (RFC 2181 10.3, RFC 2782): BIND warns,\n"
	    "and refuses the zone with check-mx-cname or check-srv-cname fail\n"
	    "(named-checkzone -M fail, -S fail); it warns about a missing address\n"
	    "too.  A CNAME may point at another CNAME\n"
	    "(resolvers follow chains, CDNs build them), so only a CNAME whose\n"
	    "target has no records at all is reported.  SVCB and HTTPS targets\n"
	    "may be aliases, or other SVCB owners (AliasMode).",
	.exceptions =
	    "Names inside a delegation, below a DNAME or in no loaded zone are\n"
	    "not reported: their answer is not known here.  NS targets are\n"
	    "hygiene-ns-target-no-address's, PTR targets\n"
	    "hygiene-ptr-target-no-address's, SIP SRV targets\n"
	    "sip-srv-target-no-address's, RFC 2317 CNAMEs into a sub-range\n"
	    "(5.2.0.192.in-addr.arpa. CNAME 5.0/26.2.0.192.in-addr.arpa.)\n"
	    "audit-rfc2317-cname's.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@     IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@     IN  NS   ns1\n"
	    "ns1   IN  A    192.0.2.53\n"
	    "@     IN  MX   10 mail\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@     IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@     IN  NS   ns1\n"
	    "ns1   IN  A    192.0.2.53\n"
	    "@     IN  MX   10 mail\n"
	    "@     IN  MX   20 mx.example.net.\n"
	    "mail  IN  A    192.0.2.25\n",
	.fix =
	    "Give the host an A or AAAA record, or point the record at a host\n"
	    "that has one (not at a CNAME):\n"
	    "  mail  IN  A  192.0.2.25\n"
	    "In Windows DNS: dnscmd . /recordadd example.com mail A 192.0.2.25",
	.refs = "RFC 1035 section 3.3.9; RFC 2181 section 10.3; RFC 2782; "
	    "RFC 9460",
};
