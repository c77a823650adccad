#ifndef WIREWATCH_CLIBXML2_SHIM_H
#define WIREWATCH_CLIBXML2_SHIM_H
// Keep libxml2's ICU-based headers from clashing with Foundation's ICU (Swift 6.3 on Linux).
#define UCNV_H 1
#include <stdint.h>
typedef struct UConverter UConverter;
typedef uint16_t UChar;

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>
#include <libxml/uri.h>
#include <libxml/encoding.h>
#include <libxml/xmlmemory.h>

/// `xmlFree` is a global function pointer; call it through a function.
static inline void ww_xml_free(void *p) { xmlFree(p); }

#endif
