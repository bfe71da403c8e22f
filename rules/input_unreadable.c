/* input-unreadable: a file that cannot be read as a zone at all. */
#include "../src/zonelint.h"

const struct zl_rule rule_input_unreadable = {
	.id = "input-unreadable",
	.severity = ZL_ERROR,
	.summary = "unusable input",
	.why =
	    "zonelint could not read this input as a zone: it is missing, not\n"
	    "readable, a directory, a FIFO or device, a binary file, or a zone\n"
	    "whose origin cannot be told.  Nothing in it was checked, so the\n"
	    "run exits with status 2 rather than 1.",
	.bad =
	    "; no $ORIGIN, and a file name that names no zone (example.txt)\n"
	    "www  3600  IN  A  192.0.2.10\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN  NS   ns1\n"
	    "ns1  IN  A    192.0.2.1\n"
	    "www  IN  A    192.0.2.10\n",
	.fix =
	    "Name the file after its zone (example.com.zone, example.com.dns,\n"
	    "db.example.com), start it with $ORIGIN, or pass --origin NAME\n"
	    "before it on the command line.  For other causes, point zonelint\n"
	    "at a readable text zone file.",
};
