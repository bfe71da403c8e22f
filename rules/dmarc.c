/* dmarc.c: a DMARC record (RFC 7489) split into tags. */
#include <string.h>
#include <strings.h>

#include "dmarc.h"

bool
dmarc_is_record(const uint8_t *d, uint32_t len)
{
	if (len < 9 || d[0] < 8 || strncasecmp((const char *)d + 1,
	    "v=DMARC1", 8) != 0)
		return false;
	return d[0] == 8 || d[9] == ' ' || d[9] == '\t' || d[9] == ';';
}

bool
dmarc_name(const ldns_rdf *name)
{
	return zl_dname_first_label_is(name, "_dmarc");
}

static bool
wsp(char c)
{
	return c == ' ' || c == '\t';
}

void
dmarc_parse(struct dmarc *m, const uint8_t *d, uint32_t len)
{
	spf_join(&m->txt, d, len);
	m->ntag = 0;
	m->cut = false;
	const char *s = m->txt.text;
	uint32_t n = m->txt.len;
	for (uint32_t p = 0; p < n;) {
		if (m->ntag == DMARC_MAX_TAGS) {
			m->cut = true;
			break;
		}
		uint32_t e = p;
		while (e < n && s[e] != ';')
			e++;
		uint32_t a = p, b = e;
		while (a < b && wsp(s[a]))
			a++;
		while (b > a && wsp(s[b - 1]))
			b--;
		if (a < b) {
			uint32_t eq = a;
			while (eq < b && s[eq] != '=')
				eq++;
			struct dmarc_tag *t = &m->tag[m->ntag++];
			uint32_t ne = eq;
			while (ne > a && wsp(s[ne - 1]))
				ne--;
			t->name = a;
			t->nlen = ne - a;
			uint32_t v = eq < b ? eq + 1 : b;
			while (v < b && wsp(s[v]))
				v++;
			t->value = v;
			t->vlen = b - v;
		}
		p = e + 1;
	}
}

bool
dmarc_tag_is(const struct dmarc *m, const struct dmarc_tag *t,
    const char *lit)
{
	return zl_word_is(m->txt.text + t->name, t->nlen, lit);
}
