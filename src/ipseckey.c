/* ipseckey.c: see ipseckey.h.  RFC 4025 2: precedence, gateway type,
 * algorithm, gateway (none, IPv4, IPv6 or a name), then a public key in
 * base64, over any number of fields, that may be left out. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ipseckey.h"
#include "zonelint.h"

size_t
zl_ipseckey_encode(const struct zl_field *f, size_t n, const ldns_rdf *origin,
    char *out, size_t cap, size_t *bad, char *why, size_t whysize)
{
	uint8_t w[3 + 255 + 16];
	size_t wl = 0;
	unsigned v[3];
	for (size_t k = 0; k < 3; k++)
		if (k >= n || !zl_field_number(&f[k], 255, &v[k])) {
			*bad = k < n ? k : 0;
			snprintf(why, whysize, "precedence, gateway type and algorithm "
			    "are numbers from 0 to 255");
			return 0;
		}
	w[wl++] = (uint8_t)v[0];
	w[wl++] = (uint8_t)v[1];
	w[wl++] = (uint8_t)v[2];
	*bad = 3;
	if (n < 4 || v[1] > 3) {
		snprintf(why, whysize, n < 4 ? "the gateway is missing" : "gateway "
		    "type %u is not 0 (none), 1 (IPv4), 2 (IPv6) or 3 (a name)", v[1]);
		return 0;
	}
	long gl = zl_field_gateway(&f[3], v[1], "gateway", origin, w + wl, why,
	    whysize);
	if (gl < 0)
		return 0;
	wl += (size_t)gl;
	ldns_rdf *key = NULL;
	if (n >= 5) { /* in any number of fields, as one base64 text */
		size_t tl = 0;
		for (size_t j = 4; j < n; j++)
			tl += f[j].len;
		char *k = malloc(tl + 1);
		if (k) {
			size_t o = 0;
			for (size_t j = 4; j < n; j++) {
				memcpy(k + o, f[j].text, f[j].len);
				o += f[j].len;
			}
			k[o] = '\0';
		}
		ldns_status st = k == NULL ? LDNS_STATUS_MEM_ERR :
		    !zl_base64_ok(&f[4], n - 4) ? LDNS_STATUS_INVALID_B64 :
		    ldns_str2rdf_b64(&key, k);
		free(k);
		if (st != LDNS_STATUS_OK) {
			*bad = 4;
			snprintf(why, whysize, "the public key is not base64");
			return 0;
		}
	}
	size_t klen = key ? ldns_rdf_size(key) : 0;
	uint8_t *all = malloc(wl + klen + 1);
	size_t o = 0;
	if (all) {
		memcpy(all, w, wl);
		if (klen)
			memcpy(all + wl, ldns_rdf_data(key), klen);
		o = zl_generic_text(all, wl + klen, out, cap);
		free(all);
	}
	if (o == 0)
		snprintf(why, whysize, "the data is too long");
	if (key)
		ldns_rdf_deep_free(key);
	return o;
}
