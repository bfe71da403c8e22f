/*
 * hygiene-ptr-target-no-address: a PTR names a host that the loaded zone
 * answering for it does not know (no A, AAAA or CNAME there).  A
 * warning, not an error: a stale reverse record breaks forward-confirmed
 * reverse DNS (mail servers check it) but nothing else, and Windows DNS
 * leaves many behind.  target.c does the work, as for
 * hygiene-target-no-address; targets in no loaded zone are not reported.
 */
#include "target.h"

const struct zl_rule rule_hygiene_ptr_target_no_address = {
	.id = "hygiene-ptr-target-no-address",
	.severity = ZL_WARNING,
	.types = ZL_T_PTR,
	.state_size = sizeof(struct target_list),
	.on_run_start = target_on_run_start,
	.on_record = target_on_record,
	.on_run_end = target_on_run_end,
	.free_state = target_free_state,
	.summary = "PTR target without an address",
	.why =
	    "A PTR record names the host an address belongs to.  Mail servers\n"
	    "and other services check that the name leads back to the address\n"
	    "(forward-confirmed reverse DNS); when the zone that answers for the\n"
	    "name is loaded too and has no A, AAAA or CNAME record there, the\n"
	    "check fails: the PTR is stale, or the forward record is missing.\n"
	    "Only names in a loaded zone are checked (load the forward zone\n"
	    "beside the reverse zone); names inside a delegation or below a\n"
	    "DNAME are not.",
	.bad =
	    "$ORIGIN 2.0.192.in-addr.arpa.\n"
	    "$TTL 3600\n"
	    "@    IN  SOA  ns1.example.com. hostmaster.example.com. 1 7200 3600 "
	    "1209600 300\n"
	    "@    IN  NS   ns1.example.com.\n"
	    "25   IN  PTR  mail.2.0.192.in-addr.arpa.\n",
	.good =
	    "$ORIGIN 2.0.192.in-addr.arpa.\n"
	    "$TTL 3600\n"
	    "@    IN  SOA  ns1.example.com. hostmaster.example.com. 1 7200 3600 "
	    "1209600 300\n"
	    "@    IN  NS   ns1.example.com.\n"
	    "25   IN  PTR  mail.example.com.\n",
	.fix =
	    "Give the host its A or AAAA record in the forward zone, or delete\n"
	    "the stale PTR:\n"
	    "  mail  IN  A  192.0.2.25",
	.refs = "RFC 1035 section 3.5; RFC 8499 (forward-confirmed reverse DNS)",
};
