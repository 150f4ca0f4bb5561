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
#include <libxml/xmlschemastypes.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlmemory.h>

/// `xmlFree` is a global function pointer, which Swift cannot call directly.
static inline void noaber_xmlFree(void *pointer) { xmlFree(pointer); }

/// The thread's libxml2 error handlers, saved so that a scoped change can be undone.
typedef struct {
    xmlStructuredErrorFunc structured;
    void *structuredContext;
    xmlGenericErrorFunc generic;
    void *genericContext;
} noaber_xmlErrorHandlers;

/// A generic (printf-style) error handler that drops the message. It is variadic, so it must be C; the structured
/// handler installed next to it receives the same errors as data.
static inline void noaber_xmlSilentGenericError(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

/// Installs `handler` as this thread's structured error handler and silences the generic one (which would print to
/// stderr), returning what was installed before. libxml2 keeps both in thread-local storage.
static inline noaber_xmlErrorHandlers noaber_xmlInstallErrorHandlers(xmlStructuredErrorFunc handler, void *context) {
    noaber_xmlErrorHandlers saved = {
        *__xmlStructuredError(), *__xmlStructuredErrorContext(), *__xmlGenericError(), *__xmlGenericErrorContext()
    };
    xmlSetStructuredErrorFunc(context, handler);
    xmlSetGenericErrorFunc(NULL, noaber_xmlSilentGenericError);
    return saved;
}

/// Puts back the handlers `noaber_xmlInstallErrorHandlers` returned.
static inline void noaber_xmlRestoreErrorHandlers(noaber_xmlErrorHandlers saved) {
    xmlSetStructuredErrorFunc(saved.structuredContext, saved.structured);
    xmlSetGenericErrorFunc(saved.genericContext, saved.generic);
}

#endif
