/*
 * flt.h - shared declarations of the NDIS 6 lightweight filter sample.
 *
 * A modifying filter that counts and optionally drops frames of one EtherType in both directions.
 * Each filter module keeps its state under a spin lock; the data path takes the Dpr form of the
 * lock when the dispatch-level bit of its flags is set (FLT_ACQUIRE_LOCK, as the WDK's NDIS LWF
 * sample does). The FAULT_* switches (samples/README.md) each seed one rule violation.
 */
#ifndef FLT_H
#define FLT_H

#include <ndis.h>

#define FLT_TAG 'tlFS'
#define FLT_DROP_ETHERTYPE 0x88B5 /* IEEE 802 local experimental EtherType 1 */

typedef enum _FLT_STATE {
    FltDetached,
    FltPaused,
    FltRestarting,
    FltRunning,
    FltPausing,
} FLT_STATE;

typedef struct _FLT_MODULE {
    NDIS_HANDLE FilterHandle;
    NDIS_SPIN_LOCK Lock; /* State, SendsOutstanding, counters */
    FLT_STATE State;
    ULONG SendsOutstanding;
    ULONG Dropped;
    ULONG Passed;
    NDIS_HANDLE SettleTimer; /* delays the end of a restart until the miniport below settled */
    NDIS_HANDLE WorkItem;
    NDIS_STATUS RestartStatus;
} FLT_MODULE, *PFLT_MODULE;

#define FLT_ACQUIRE_LOCK(_Lock, _DispatchLevel)                                                                        \
    do {                                                                                                               \
        if (_DispatchLevel)                                                                                            \
            NdisDprAcquireSpinLock(_Lock);                                                                             \
        else                                                                                                           \
            NdisAcquireSpinLock(_Lock);                                                                                \
    } while (0)

#define FLT_RELEASE_LOCK(_Lock, _DispatchLevel)                                                                        \
    do {                                                                                                               \
        if (_DispatchLevel)                                                                                            \
            NdisDprReleaseSpinLock(_Lock);                                                                             \
        else                                                                                                           \
            NdisReleaseSpinLock(_Lock);                                                                                \
    } while (0)

extern NDIS_HANDLE FltDriverHandle;

FILTER_SEND_NET_BUFFER_LISTS FltSendNetBufferLists;
FILTER_SEND_NET_BUFFER_LISTS_COMPLETE FltSendNetBufferListsComplete;
FILTER_RECEIVE_NET_BUFFER_LISTS FltReceiveNetBufferLists;
FILTER_RETURN_NET_BUFFER_LISTS FltReturnNetBufferLists;
FILTER_CANCEL_SEND_NET_BUFFER_LISTS FltCancelSendNetBufferLists;

BOOLEAN FltShouldDrop(PNET_BUFFER_LIST Nbl);

#endif
