/* syntax-encoding: a zone file that is not ASCII or UTF-8. */
#include "../src/zonelint.h"

const struct zl_rule rule_syntax_encoding = {
	.id = "syntax-encoding",
	.severity = ZL_WARNING,
	.summary = "zone file in an encoding name servers do not read",
	.why =
	    "Zone files are ASCII text.  A file saved as UTF-16 (what Windows\n"
	    "PowerShell 5.1's > redirection and Out-File write by default, and\n"
	    "some Windows editors) reads as garbage to BIND, Knot, NSD and\n"
	    "ldns.  zonelint converts it so that the rest of the checks still\n"
	    "run, and says so.  A DNS Manager list (Export List) saved as\n"
	    "Unicode is UTF-16 by the console's choice and is no file a server\n"
	    "loads: it is read without this warning.",
	.bad =
	    "; the good example saved as UTF-16 with a byte order mark\n"
	    "; (FF FE 24 00 4F 00 ...), which text cannot show; make it with\n"
	    ";   iconv -f UTF-8 -t UTF-16 good/example.txt >bad/example.txt\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN  NS   ns1\n"
	    "ns1  IN  A    192.0.2.1\n"
	    "www  IN  A    192.0.2.10\n",
	.fix =
	    "Save the file as ASCII or UTF-8: in PowerShell use\n"
	    "  Out-File -Encoding ascii  (or Set-Content -Encoding ascii);\n"
	    "with iconv: iconv -f UTF-16 -t UTF-8 in.dns > out.dns.\n"
	    "dnscmd /zoneexport itself writes ASCII.",
	.refs = "Microsoft, \"about_Character_Encoding\" (Windows PowerShell 5.1:\n"
	    "Out-File and the redirection operators write UTF-16LE)",
};
