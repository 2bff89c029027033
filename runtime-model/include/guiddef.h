/*
 * guiddef.h - declaring GUIDs: DEFINE_GUID declares a named GUID constant
 * (and defines it in the one file that defines INITGUID before including
 * the GUID headers), IsEqualGUID compares two GUIDs. Part of the ddicheck
 * header set; the GUID structure itself is in ddk_types.h.
 */
#ifndef DDICHECK_GUIDDEF_H
#define DDICHECK_GUIDDEF_H

#include "ddk_types.h"

#ifdef __cplusplus
#define DDK_GUID_EXTERN extern "C"
#define DDK_GUID_DEFINE extern "C"
#else
#define DDK_GUID_EXTERN extern
#define DDK_GUID_DEFINE
#endif

#ifndef DEFINE_GUID
#ifdef INITGUID
#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) \
    DDK_GUID_DEFINE const GUID DECLSPEC_SELECTANY name = {l, w1, w2, {b1, b2, b3, b4, b5, b6, b7, b8}}
#else
#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) \
    DDK_GUID_EXTERN const GUID name
#endif
#endif

#ifndef IsEqualGUID
#define IsEqualGUID(a, b) (__builtin_memcmp((a), (b), sizeof(GUID)) == 0)
#define InlineIsEqualGUID(a, b) IsEqualGUID(a, b)
#endif

#endif /* DDICHECK_GUIDDEF_H */
