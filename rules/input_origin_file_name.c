/* input-origin-file-name: the file name and the zone disagree, or the
 * zone was read off a file name in a way worth saying.  The reader
 * reports it (src/read_origin.c) when it decides the zone's apex. */
#include "../src/zonelint.h"

const struct zl_rule rule_input_origin_file_name = {
	.id = "input-origin-file-name",
	.severity = ZL_NOTE,
	.summary = "origin and file name",
	.why =
	    "Without --origin, zonelint decides which zone a file holds from the\n"
	    "file itself: the owner of an SOA record that comes first (BIND's\n"
	    "dumps start \"$ORIGIN .\" then \"example.net IN SOA\"), else the\n"
	    "first $ORIGIN, else the Windows export header, else the file name\n"
	    "(NAME.zone, NAME.dns, NAME.db, db.NAME, or a file named as the\n"
	    "domain).  When the file name says another zone than the file does\n"
	    "(db.sub.example.org holding example.org), one of them is wrong: a\n"
	    "named.conf that loads it under the file name's zone serves the\n"
	    "wrong names, or the file was copied and not renamed.  A file named\n"
	    "after a network (db.192.168.1), with no SOA owner or $ORIGIN to\n"
	    "say its zone, is read as that network's reverse zone\n"
	    "(1.168.192.in-addr.arpa.): this note says so, since the zone\n"
	    "statement that loads it is not in the file.",
	.bad =
	    ";; file: external/db.sub.example.org\n"
	    "$ORIGIN example.org.\n"
	    "$TTL 3600\n"
	    "@  IN SOA ns1 hostmaster 1 7200 3600 1209600 3600\n"
	    "@  IN NS  ns1\n"
	    "ns1  IN A  192.0.2.1\n",
	.good =
	    ";; file: external/db.example.org\n"
	    "$ORIGIN example.org.\n"
	    "$TTL 3600\n"
	    "@  IN SOA ns1 hostmaster 1 7200 3600 1209600 3600\n"
	    "@  IN NS  ns1\n"
	    "ns1  IN A  192.0.2.1\n",
	.fix =
	    "Rename the file after the zone it holds, or fix its SOA owner or\n"
	    "$ORIGIN.  When the file name is right and the file is not meant to\n"
	    "say its zone (a zone loaded under several names), pass\n"
	    "--origin NAME before it.",
	.refs =
	    "RFC 1035 section 5.1 ($ORIGIN and the zone file format); BIND 9\n"
	    "Administrator Reference Manual, the zone statement's file option.",
};
