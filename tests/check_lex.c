/* check_lex.c: how the reader cuts zone text into records:
 * parentheses, quotes and TXT data, CRLF line ends, what is left open,
 * a line too long, a binary file, UTF-16. */
#include "testutil.h"

START_TEST(parentheses_span_lines)
{
	struct lint_result r = lint_text("example.com.zone", NULL,
	    "$TTL 300\n"
	    "@ IN SOA ns1 hostmaster (\n"
	    "\t2026112401 ; serial\n"
	    "\t7200 3600 1209600 300 )\n"
	    "  IN NS ns1\n"
	    "\n"
	    "; a comment\n"
	    "ns1 IN A 192.0.2.1\n");
	EXPECT(r,
	    "2:1 SOA example.com. 300\n"
	    "5:3 NS example.com. 300\n"
	    "8:1 A ns1.example.com. 300\n", "");
	lint_free(&r);
}
END_TEST

START_TEST(quoted_strings_keep_specials)
{
	struct lint_result r = lint_text("example.com.zone", NULL,
	    "$TTL 300\n"
	    "t1 TXT \"a ; b ( c ) d\" ; comment\n"
	    "t2 TXT \"say \\\"hi\\\"\"\n"
	    "t3 TXT ( \"one\"\n"
	    "         \"two\" )\n"
	    "last A 192.0.2.9");
	EXPECT(r,
	    "2:1 TXT t1.example.com. 300\n"
	    "3:1 TXT t2.example.com. 300\n"
	    "4:1 TXT t3.example.com. 300\n"
	    "6:1 A last.example.com. 300\n", "");
	lint_free(&r);
}
END_TEST

START_TEST(txt_content_survives)
{
	/* the text ldns gets keeps quotes, semicolons and parentheses: the
	 * TXT data, as ldns prints it, holds exactly the octets written */
	lint_show_rr = true;
	struct lint_result r = lint_text("example.com.zone", NULL,
	    "$TTL 300\n"
	    "t1 TXT \"a ; b ( c\"\n"
	    "t1 TXT \"a ; b ( c\"\n"
	    "t2 TXT ( \"one ; two\" ; a comment\n"
	    "         \"(three)\" \"say \\\"hi\\\"\" ) ; another\n"
	    "t3 TXT a\\;b \"\\059\\040x\"\n"); /* decimal: ";(" */
	lint_show_rr = false;
	/* identical records: both read, no error */
	EXPECT(r,
	    "2:1 TXT t1.example.com. 300 | "
	    "t1.example.com.\t300\tIN\tTXT\t\"a ; b ( c\"\n"
	    "3:1 TXT t1.example.com. 300 | "
	    "t1.example.com.\t300\tIN\tTXT\t\"a ; b ( c\"\n"
	    "4:1 TXT t2.example.com. 300 | "
	    "t2.example.com.\t300\tIN\tTXT\t\"one ; two\" \"(three)\" "
	    "\"say \\\"hi\\\"\"\n"
	    "6:1 TXT t3.example.com. 300 | "
	    "t3.example.com.\t300\tIN\tTXT\t\"a;b\" \";(x\"\n", "");
	lint_free(&r);
}
END_TEST

START_TEST(crlf_line_ends)
{
	struct lint_result r = lint_text("example.com.zone", NULL,
	    "$TTL 300\r\n"
	    "@ IN SOA ns1 host (\r\n"
	    " 1 2 3 4 5 )\r\n"
	    "www IN A 192.0.2.1\r\n"
	    "bad IN A 192.0.2.300\r\n"
	    "ok IN TXT \"x\"\r\n");
	EXPECT(r,
	    "2:1 SOA example.com. 300\n"
	    "4:1 A www.example.com. 300\n"
	    "6:1 TXT ok.example.com. 300\n",
	    "example.com.zone:5:10: error: syntax error: cannot read this A "
	    "record: field 1 '192.0.2.300': not an IPv4 address [syntax-error]\n");
	lint_free(&r);
}
END_TEST

START_TEST(unbalanced_parentheses_and_quotes)
{
	struct lint_result r = lint_text("example.com.zone", NULL,
	    "$TTL 300\n"
	    "a IN A 192.0.2.1 )\n"
	    "b IN TXT \"open\n"
	    "c IN A 192.0.2.3\n"
	    "d IN TXT ( \"never closed\"\n");
	EXPECT(r,
	    "4:1 A c.example.com. 300\n",
	    "example.com.zone:2:18: error: syntax error: ')' without a matching '(' "
	    "[syntax-error]\n"
	    "example.com.zone:3:10: error: syntax error: quoted string not closed on "
	    "its line [syntax-error]\n"
	    "example.com.zone:5:10: error: syntax error: '(' not closed before the "
	    "end of the file [syntax-error]\n");
	lint_free(&r);
}
END_TEST

START_TEST(utf16_is_converted_and_reported)
{
	static const char text[] = "$ORIGIN example.com.\n$TTL 60\nwww A 192.0.2.1\n";
	char buf[2 + 2 * sizeof text];
	size_t n = 0;
	buf[n++] = (char)0xFF;
	buf[n++] = (char)0xFE;
	for (size_t i = 0; i + 1 < sizeof text; i++) {
		buf[n++] = text[i];
		buf[n++] = 0;
	}
	const char *files[] = {"u16.txt", buf, NULL};
	struct lint_result r = lint_files_opt(NULL, ZL_VIEW_NONE, files, n);
	EXPECT(r, "3:1 A www.example.com. 60\n",
	    "u16.txt:1:1: warning: zone file in an encoding name servers do not "
	    "read: file is UTF-16LE with a byte order mark; read as converted to "
	    "UTF-8, but name servers expect ASCII: save it as ASCII or UTF-8 "
	    "[syntax-encoding]\n");
	lint_free(&r);
}
END_TEST

START_TEST(binary_file_is_refused)
{
	static const char bin[] = "\x7f" "ELF\x02\x01\x01\0\0\0\0";
	const char *files[] = {"example.com.zone", bin, NULL};
	struct lint_result r = lint_files_opt(NULL, ZL_VIEW_NONE, files, sizeof bin);
	EXPECT(r, "",
	    "example.com.zone: error: unusable input: cannot read example.com.zone: "
	    "binary file (NUL byte at offset 7), not a zone file [input-unreadable]\n");
	ck_assert_int_eq(r.input_failed, 1);
	lint_free(&r);
}
END_TEST

START_TEST(huge_line_is_skipped)
{
	size_t big = (1u << 20) + 100;
	size_t n = 0;
	char *text = malloc(big + 200);
	n += (size_t)sprintf(text, "$TTL 60\nt TXT \"");
	memset(text + n, 'x', big);
	n += big;
	n += (size_t)sprintf(text + n, "\"\nafter A 192.0.2.1\n");
	const char *files[] = {"example.com.zone", text, NULL};
	struct lint_result r = lint_files_opt(NULL, ZL_VIEW_NONE, files, n);
	EXPECT(r, "3:1 A after.example.com. 60\n",
	    "example.com.zone:2:1: error: syntax error: line longer than 1048576 "
	    "bytes; skipped [syntax-error]\n");
	lint_free(&r);
	free(text);
}
END_TEST

static Suite *
lex_suite(void)
{
	Suite *s = suite_create("lex");
	TCase *tc = tcase_create("lex");
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, parentheses_span_lines);
	tcase_add_test(tc, quoted_strings_keep_specials);
	tcase_add_test(tc, txt_content_survives);
	tcase_add_test(tc, crlf_line_ends);
	tcase_add_test(tc, unbalanced_parentheses_and_quotes);
	tcase_add_test(tc, utf16_is_converted_and_reported);
	tcase_add_test(tc, binary_file_is_refused);
	tcase_add_test(tc, huge_line_is_skipped);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	lint_only[0] = "syntax-*";
	lint_only[1] = "input-*";
	return lint_main(lex_suite());
}
