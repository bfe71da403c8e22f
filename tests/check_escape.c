/* check_escape.c: src/escape.c, class by class with the boundaries on
 * both sides, as text (\DDD) and as file names (\xNN, "./"). */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "escape.h"

/* Input, then the text and the file-name forms of it. */
static const struct {
	const char *in, *text, *path;
} cases[] = {
	/* unchanged: printable ASCII and valid UTF-8 */
	{"", "", ""},
	{"www.example.com. IN A 192.0.2.1", "www.example.com. IN A 192.0.2.1",
	    "www.example.com. IN A 192.0.2.1"},
	{" !~", " !~", "./ !~"},
	{"caf\xc3\xa9", "caf\xc3\xa9", "caf\xc3\xa9"},                 /* é */
	{"\xe6\x97\xa5\xe6\x9c\xac", "\xe6\x97\xa5\xe6\x9c\xac",
	    "./\xe6\x97\xa5\xe6\x9c\xac"},                               /* 日本 */
	{"a\xf0\x9f\x98\x80", "a\xf0\x9f\x98\x80", "a\xf0\x9f\x98\x80"}, /* U+1F600 */
	{"a\xf4\x8f\xbf\xbf", "a\xf4\x8f\xbf\xbf", "a\xf4\x8f\xbf\xbf"}, /* U+10FFFF */
	{"a\xed\x9f\xbf", "a\xed\x9f\xbf", "a\xed\x9f\xbf"},             /* U+D7FF */
	{"a\xee\x80\x80", "a\xee\x80\x80", "a\xee\x80\x80"},             /* U+E000 */
	/* C0 controls and DEL: 0x1f and 0x7f escaped, 0x20 and 0x7e not */
	{"a\x01z", "a\\001z", "a\\x01z"},
	{"a\tb", "a\\009b", "a\\x09b"},
	{"a\nb", "a\\010b", "a\\x0ab"},
	{"a\rb", "a\\013b", "a\\x0db"},
	{"a\x1b[2Jb", "a\\027[2Jb", "a\\x1b[2Jb"},
	{"a\x1f\x20", "a\\031 ", "a\\x1f "},
	{"a\x7e\x7f", "a~\\127", "a~\\x7f"},
	{"\x1b]52;c;eA==\x07", "\\027]52;c;eA==\\007",
	    "./\\x1b]52;c;eA==\\x07"},                                   /* OSC 52 */
	{"x\n::add-mask::secret", "x\\010::add-mask::secret",
	    "x\\x0a::add-mask::secret"},
	/* C1 controls: U+007F, U+0080, U+009F escaped; U+00A0 not */
	{"a\xc2\x80", "a\\194\\128", "a\\xc2\\x80"},
	{"a\xc2\x9b" "31m", "a\\194\\15531m", "a\\xc2\\x9b31m"},          /* CSI */
	{"a\xc2\x9f", "a\\194\\159", "a\\xc2\\x9f"},
	{"a\xc2\xa0", "a\xc2\xa0", "a\xc2\xa0"},
	/* bidi: U+202A-U+202E and U+2066-U+2069, not their neighbours */
	{"a\xe2\x80\xa9", "a\xe2\x80\xa9", "a\xe2\x80\xa9"},             /* U+2029 */
	{"a\xe2\x80\xaa", "a\\226\\128\\170", "a\\xe2\\x80\\xaa"},
	{"a\xe2\x80\xae", "a\\226\\128\\174", "a\\xe2\\x80\\xae"},
	{"a\xe2\x80\xaf", "a\xe2\x80\xaf", "a\xe2\x80\xaf"},             /* U+202F */
	{"a\xe2\x81\xa5", "a\xe2\x81\xa5", "a\xe2\x81\xa5"},             /* U+2065 */
	{"a\xe2\x81\xa6", "a\\226\\129\\166", "a\\xe2\\x81\\xa6"},
	{"a\xe2\x81\xa9", "a\\226\\129\\169", "a\\xe2\\x81\\xa9"},
	{"a\xe2\x81\xaa", "a\xe2\x81\xaa", "a\xe2\x81\xaa"},             /* U+206A */
	/* not UTF-8 */
	{"a\xc0\x80", "a\\192\\128", "a\\xc0\\x80"},                     /* overlong NUL */
	{"a\xc1\xbf", "a\\193\\191", "a\\xc1\\xbf"},                     /* overlong DEL */
	{"a\xe0\x9f\xbf", "a\\224\\159\\191", "a\\xe0\\x9f\\xbf"},        /* overlong */
	{"a\xf0\x8f\xbf\xbf", "a\\240\\143\\191\\191",
	    "a\\xf0\\x8f\\xbf\\xbf"},                                    /* overlong */
	{"a\xed\xa0\x80", "a\\237\\160\\128", "a\\xed\\xa0\\x80"},        /* U+D800 */
	{"a\xed\xbf\xbf", "a\\237\\191\\191", "a\\xed\\xbf\\xbf"},        /* U+DFFF */
	{"a\xf4\x90\x80\x80", "a\\244\\144\\128\\128",
	    "a\\xf4\\x90\\x80\\x80"},                                    /* U+110000 */
	{"a\xf5\x80\x80\x80", "a\\245\\128\\128\\128",
	    "a\\xf5\\x80\\x80\\x80"},
	{"a\xe2\x82", "a\\226\\130", "a\\xe2\\x82"},                     /* cut short */
	{"a\xe2\x82z", "a\\226\\130z", "a\\xe2\\x82z"},
	{"a\xf0\x9f\x98", "a\\240\\159\\152", "a\\xf0\\x9f\\x98"},
	{"a\xc3", "a\\195", "a\\xc3"},
	{"a\x80z", "a\\128z", "a\\x80z"},                                /* stray */
	{"\xff", "\\255", "./\\xff"},
	{"\xff\xfe", "\\255\\254", "./\\xff\\xfe"},
	/* a file name begins with [A-Za-z0-9._/-] or gets "./" */
	{":x", ":x", "./:x"},
	{"::error file=x::.zone", "::error file=x::.zone",
	    "./::error file=x::.zone"},
	{"-x", "-x", "-x"},  /* '-' starts no command; "-" is standard input */
	{"-", "-", "-"},
	{".hidden", ".hidden", ".hidden"},
	{"/abs/\n::x", "/abs/\\010::x", "/abs/\\x0a::x"},
	{"dir/::x", "dir/::x", "dir/::x"},
	{"_x", "_x", "_x"},
	{"Zz9", "Zz9", "Zz9"},
	{"%x", "%x", "./%x"},
	{"\\x", "\\x", "./\\x"},
	{"\n::x", "\\010::x", "./\\x0a::x"},
	{"\x1b", "\\027", "./\\x1b"},
};

START_TEST(escape_table)
{
	const char *in = cases[_i].in;
	char *text = zl_escape_text(in);
	char *path = zl_escape_path(in);
	ck_assert_msg(strcmp(text, cases[_i].text) == 0,
	    "case %d: text \"%s\", expected \"%s\"", _i, text, cases[_i].text);
	ck_assert_msg(strcmp(path, cases[_i].path) == 0,
	    "case %d: path \"%s\", expected \"%s\"", _i, path, cases[_i].path);
	free(text);
	free(path);

	/* the streaming forms write the same */
	char *buf = NULL;
	size_t n = 0;
	FILE *m = open_memstream(&buf, &n);
	zl_escape_text_put(m, in);
	fputc('|', m);
	zl_escape_text_write(m, in, strlen(in));
	fputc('|', m);
	zl_escape_path_put(m, in);
	fclose(m);
	size_t tl = strlen(cases[_i].text);
	ck_assert_uint_eq(n, 2 * tl + 2 + strlen(cases[_i].path));
	ck_assert(memcmp(buf, cases[_i].text, tl) == 0);
	ck_assert(memcmp(buf + tl + 1, cases[_i].text, tl) == 0);
	ck_assert_str_eq(buf + 2 * tl + 2, cases[_i].path);
	free(buf);

	/* the span stops at the first escaped byte */
	const char *esc = strchr(cases[_i].text, '\\');
	size_t clean = esc ? (size_t)(esc - cases[_i].text) : strlen(in);
	if (cases[_i].in[0] == '\\') /* a backslash of the input's own */
		clean = strlen(in);
	ck_assert_uint_eq(zl_escape_span(in, strlen(in)), clean);
}
END_TEST

START_TEST(bounded_write_stops_at_n)
{
	/* a fix line ends at its '\n': a sequence is never read past n */
	char *buf = NULL;
	size_t n = 0;
	FILE *m = open_memstream(&buf, &n);
	zl_escape_text_write(m, "a\xc3\xa9\nb", 2);   /* é cut by n */
	fputc('|', m);
	zl_escape_text_write(m, "a\xc3\xa9\nb", 3);
	fputc('|', m);
	zl_escape_text_write(m, "x\0y", 3);           /* NUL within n */
	fclose(m);
	ck_assert_uint_eq(n, 16);
	ck_assert(memcmp(buf, "a\\195|a\xc3\xa9|x\\000y", n) == 0);
	free(buf);
	char *t = zl_escape_text_n("a\xc3\xa9\nb", 2);
	ck_assert_str_eq(t, "a\\195");
	free(t);
	t = zl_escape_text_n("x\0y", 3);
	ck_assert_str_eq(t, "x\\000y");
	free(t);
	ck_assert_uint_eq(zl_escape_span("ab\xe2\x82\xac", 4), 2);
	ck_assert_uint_eq(zl_escape_span("ab\xe2\x82\xac", 5), 5);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("escape");
	TCase *tc = tcase_create("escape");
	tcase_add_loop_test(tc, escape_table, 0,
	    (int)(sizeof cases / sizeof cases[0]));
	tcase_add_test(tc, bounded_write_stops_at_n);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
