/* obsolete.c: see obsolete.h. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rrname.h"
#include "obsolete.h"
#include "zonelint.h"

size_t
zl_sink_encode(const struct zl_field *f, size_t n, const ldns_rdf *origin,
    char *out, size_t cap, size_t *bad, char *why, size_t whysize)
{
	(void)origin;
	uint8_t head[2];
	for (size_t k = 0; k < 2; k++) {
		unsigned v;
		if (k >= n || !zl_field_number(&f[k], 255, &v)) {
			*bad = k < n ? k : 0;
			snprintf(why, whysize, "coding and subcoding are numbers from 0 "
			    "to 255");
			return 0;
		}
		head[k] = (uint8_t)v;
	}
	/* the data: base64, in any number of fields */
	size_t tl = 0;
	for (size_t k = 2; k < n; k++)
		tl += f[k].len;
	char *text = malloc(tl + 1);
	uint8_t *w = malloc(2 + tl + 1);
	size_t o = 0, len = 0;
	if (text && w) {
		for (size_t k = 2; k < n; k++) {
			memcpy(text + o, f[k].text, f[k].len);
			o += f[k].len;
		}
		text[o] = '\0';
		w[0] = head[0];
		w[1] = head[1];
		ldns_rdf *data = NULL;
		if (o == 0 || (zl_base64_ok(&f[2], n - 2) &&
		    ldns_str2rdf_b64(&data, text) == LDNS_STATUS_OK)) {
			size_t dl = data ? ldns_rdf_size(data) : 0;
			if (dl)
				memcpy(w + 2, ldns_rdf_data(data), dl);
			len = zl_generic_text(w, 2 + dl, out, cap);
		} else {
			*bad = 2;
			snprintf(why, whysize, "the data is not base64");
		}
		if (data)
			ldns_rdf_deep_free(data);
	}
	free(text);
	free(w);
	return len;
}

size_t
zl_nxt_encode(const struct zl_field *f, size_t n, const ldns_rdf *origin,
    char *out, size_t cap, size_t *bad, char *why, size_t whysize)
{
	uint8_t w[LDNS_MAX_DOMAINLEN + 1 + 16];
	*bad = 0;
	bool too_long = false;
	size_t wl = n < 1 ? 0 : zl_field_dname(&f[0], origin, w, &too_long);
	if (wl == 0) {
		snprintf(why, whysize, n < 1 || too_long ?
		    "the next domain name is missing" :
		    "the next domain name is not a name");
		return 0;
	}
	/* the bitmap: a bit for each type below 128, trailing zeros left out */
	uint8_t map[16] = {0};
	size_t used = 0;
	for (size_t k = 1; k < n; k++) {
		char t[32];
		snprintf(t, sizeof t, "%.*s", (int)(f[k].len < 31 ? f[k].len : 31),
		    f[k].text);
		ldns_rr_type type = zl_type_by_name(t);
		if (type == 0 || type > 127) {
			*bad = k;
			snprintf(why, whysize, "'%s' is not a type an NXT bitmap can "
			    "hold (1 to 127)", t);
			return 0;
		}
		map[type / 8] |= (uint8_t)(0x80 >> (type % 8));
		if (type / 8 + 1 > used)
			used = type / 8 + 1;
	}
	memcpy(w + wl, map, used);
	return zl_generic_text(w, wl + used, out, cap);
}

size_t
zl_atma_encode(const struct zl_field *f, size_t n, const ldns_rdf *origin,
    char *out, size_t cap, size_t *bad, char *why, size_t whysize)
{
	(void)origin;
	uint8_t w[1 + 64];
	size_t wl = 1, digits = 0;
	*bad = n > 1 ? 1 : 0;
	bool e164 = n == 1 && f[0].len > 0 && f[0].text[0] == '+';
	w[0] = e164; /* the format: 0 an ATM End System Address, 1 E.164 */
	bool ok = n == 1;
	for (size_t i = e164; ok && i < f[0].len; i++) {
		unsigned char c = (unsigned char)f[0].text[i];
		if (c == '.')
			continue; /* a separator, as in 39.246f.00 */
		if (e164 ? !isdigit(c) : !isxdigit(c)) {
			ok = false;
			break;
		}
		if (e164 && wl < sizeof w)
			w[wl++] = c; /* ASCII digits */
		else if (!e164 && digits < 40) {
			unsigned v = isdigit(c) ? (unsigned)(c - '0') :
			    (unsigned)(tolower(c) - 'a' + 10);
			w[1 + digits / 2] = (uint8_t)(digits % 2 == 0 ? v << 4 :
			    w[1 + digits / 2] | v);
		}
		digits++;
	}
	if (ok && !e164 && digits == 40)
		wl = 21;
	if (!ok || (e164 ? digits == 0 || digits > 15 : digits != 40)) {
		snprintf(why, whysize, n > 1 ? "unexpected text after the address" :
		    "the address is 40 hexadecimal digits (an ATM End System "
		    "Address) or '+' and up to 15 digits (E.164); dots may "
		    "separate them");
		return 0;
	}
	return zl_generic_text(w, wl, out, cap);
}
