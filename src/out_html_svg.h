/* out_html_svg.h: the picture of the views as inline SVG. */
#ifndef ZL_OUT_HTML_SVG_H
#define ZL_OUT_HTML_SVG_H

#include "html.h"

/* The SVG of the views, the zones and findings about them coloured. */
void zl_html_picture(FILE *fp, const struct zl_diags *d,
    const struct zl_picture *pic);

#endif
