/* syntax-include: an $INCLUDE that cannot be followed. */
#include "../src/zonelint.h"

const struct zl_rule rule_syntax_include = {
	.id = "syntax-include",
	.severity = ZL_ERROR,
	.summary = "$INCLUDE cannot be followed",
	.why =
	    "An $INCLUDE that names a missing or unreadable file, includes\n"
	    "itself (directly or through others), or nests deeper than 16\n"
	    "files makes the zone fail to load.  zonelint resolves a relative\n"
	    "name against the including file's folder, then against the\n"
	    "working directory (where BIND looks).",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "$INCLUDE hosts-that-do-not-exist.inc\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "www  IN  A  192.0.2.30\n",
	.fix =
	    "Point $INCLUDE at a file that exists, relative to the including\n"
	    "file, and break any include cycle.",
	.refs = "RFC 1035 section 5.1",
};
