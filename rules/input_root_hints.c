/* input-root-hints: a root hints file given as a zone.  The reader
 * reports it (src/read_origin.c) and reads no further. */
#include "../src/zonelint.h"

const struct zl_rule rule_input_root_hints = {
	.id = "input-root-hints",
	.severity = ZL_NOTE,
	.summary = "root hints, not a zone",
	.why =
	    "Root hints (Windows DNS's CACHE.dns, BIND's named.root or db.root)\n"
	    "list the root name servers and their addresses, which a resolver\n"
	    "asks first.  They are NS and address records at the root with no\n"
	    "SOA: not a zone anyone serves, so zone checks (an SOA, the apex NS,\n"
	    "records outside the zone) do not apply, and read as zone \"CACHE.\"\n"
	    "every record would be out of zone.  zonelint names them and passes\n"
	    "on; in a folder it skips them (-v says so).",
	.bad =
	    ";; file: external/CACHE.dns\n"
	    "@  NS  a.root-servers.net.\n"
	    "a.root-servers.net.  A  198.41.0.4\n",
	.good =
	    ";; file: external/example.com.dns\n"
	    "$TTL 3600\n"
	    "@  IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@  IN NS  ns1\n"
	    "ns1  IN A  192.0.2.1\n",
	.fix =
	    "Nothing to fix: leave root hints out of the files you lint, or\n"
	    "compare them with the current named.root from IANA by hand.",
	.refs =
	    "RFC 9609 (initializing a DNS resolver with priming queries);\n"
	    "https://www.internic.net/domain/named.root",
};
