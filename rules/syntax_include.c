/* syntax-include: an $INCLUDE that cannot be followed. */
#include "../src/zonelint.h"

const struct zl_rule rule_syntax_include = {
	.id = "syntax-include",
	.severity = ZL_ERROR,
	.summary = "$INCLUDE cannot be followed",
	.why =
	    "An $INCLUDE that names a missing or unreadable file makes the\n"
	    "zone fail to load, and named-checkzone and nsd-checkzone refuse a\n"
	    "file that includes itself (directly or through others).  zonelint\n"
	    "also stops at $INCLUDEs nested deeper than 16 files, its bound on\n"
	    "hostile input (zonelint(1), LIMITS), and reports that.  Servers\n"
	    "differ: named-checkzone and kzonecheck load 21 nested includes,\n"
	    "while nsd-checkzone refuses more than 10, which zonelint does not\n"
	    "report.  zonelint resolves a relative name against the including\n"
	    "file's folder, then against the working directory, where\n"
	    "named-checkzone looks.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@        IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@        IN  NS   ns1\n"
	    "ns1      IN  A    192.0.2.1\n"
	    "$INCLUDE hosts-that-do-not-exist.inc\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN  NS   ns1\n"
	    "ns1  IN  A    192.0.2.1\n"
	    "www  IN  A    192.0.2.30\n",
	.fix =
	    "Point $INCLUDE at a file that exists, relative to the including\n"
	    "file, and break any include cycle.",
	.refs = "RFC 1035 section 5.1",
};
