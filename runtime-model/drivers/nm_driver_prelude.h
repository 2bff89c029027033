/*
 * nm_driver_prelude.h - force-included (-include) into driver sources built against the model.
 *
 * Supplies the WDK's doubly-linked-list helpers (InitializeListHead, InsertTailList,
 * InsertHeadList, RemoveEntryList, RemoveHeadList, IsListEmpty) when the header set does
 * not define them yet; the samples use them. Each helper is a macro over an nm_ inline
 * function, so a later header that defines the helper itself as a macro wins.
 */
#ifndef NM_DRIVER_PRELUDE_H
#define NM_DRIVER_PRELUDE_H
#include "ddk_types.h"

static inline void nm_list_init(PLIST_ENTRY h) { h->Flink = h->Blink = h; }
static inline int nm_list_empty(const LIST_ENTRY *h) { return h->Flink == h; }
static inline void nm_list_insert_tail(PLIST_ENTRY h, PLIST_ENTRY e)
{
    e->Flink = h;
    e->Blink = h->Blink;
    h->Blink->Flink = e;
    h->Blink = e;
}
static inline void nm_list_insert_head(PLIST_ENTRY h, PLIST_ENTRY e)
{
    e->Flink = h->Flink;
    e->Blink = h;
    h->Flink->Blink = e;
    h->Flink = e;
}
static inline int nm_list_remove(PLIST_ENTRY e)
{
    PLIST_ENTRY f = e->Flink, b = e->Blink;
    b->Flink = f;
    f->Blink = b;
    return f == b;
}
static inline PLIST_ENTRY nm_list_remove_head(PLIST_ENTRY h)
{
    PLIST_ENTRY e = h->Flink;
    nm_list_remove(e);
    return e;
}

#ifndef InitializeListHead
#define InitializeListHead(h) nm_list_init(h)
#endif
#ifndef IsListEmpty
#define IsListEmpty(h) nm_list_empty(h)
#endif
#ifndef InsertTailList
#define InsertTailList(h, e) nm_list_insert_tail((h), (e))
#endif
#ifndef InsertHeadList
#define InsertHeadList(h, e) nm_list_insert_head((h), (e))
#endif
#ifndef RemoveEntryList
#define RemoveEntryList(e) nm_list_remove(e)
#endif
#ifndef RemoveHeadList
#define RemoveHeadList(h) nm_list_remove_head(h)
#endif

#endif /* NM_DRIVER_PRELUDE_H */
