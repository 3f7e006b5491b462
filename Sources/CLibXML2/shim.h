#ifndef SAYSO_CLIBXML2_SHIM_H
#define SAYSO_CLIBXML2_SHIM_H
/* libxml2 pulls in the system ICU headers when built with ICU; their UErrorCode clashes with the ICU
   that Foundation bundles. Sayso never touches libxml2's encoding handler structs, so hide ICU. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlerror.h>
#endif
