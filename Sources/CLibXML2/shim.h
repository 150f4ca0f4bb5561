#ifndef NOABER_CLIBXML2_SHIM_H
#define NOABER_CLIBXML2_SHIM_H

// The ICU headers that libxml2 can pull in (encoding.h) clash with Foundation's _FoundationICU ("'UErrorCode' has
// different definitions in different modules"); Noaber needs no ICU from libxml2. xmlversion.h defines the macro,
// so it is undefined after that header and before every other one. Only xmlCharEncodingHandler's trailing ICU
// fields change, and Noaber never touches that struct.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>
#include <libxml/relaxng.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlmemory.h>

/// `xmlFree` is a global function pointer, which Swift cannot call directly.
static inline void noaber_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
