#ifndef ALIGN_CLIBXML2_SHIM_H
#define ALIGN_CLIBXML2_SHIM_H
// xmlversion.h first so that ICU can be switched off before any other header sees it:
// libxml2's ICU types otherwise clash with Foundation's on a clean build.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/entities.h>

// xmlFree is a global function pointer, which Swift cannot call directly.
static inline void align_xmlFree(void *pointer) { xmlFree(pointer); }
#endif
