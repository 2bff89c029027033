/*
 * A filter takes its lock in the form the dispatch-level flag of its send and receive handlers asks
 * for, directly and through a helper that gets the flag as a BOOLEAN parameter; a constant FALSE
 * local (`bFalse`) decides its own branches. Nothing is reported.
 */
#include <ndis.h> // expected-no-diagnostics

typedef struct _LWF {
    NDIS_SPIN_LOCK Lock;
    NDIS_HANDLE FilterHandle;
    ULONG Sends, Receives;
} LWF, *PLWF;

#define LWF_ACQUIRE_LOCK(_l, _dl)                                                                                      \
    {                                                                                                                  \
        if (_dl)                                                                                                       \
            NdisDprAcquireSpinLock(_l);                                                                                \
        else                                                                                                           \
            NdisAcquireSpinLock(_l);                                                                                   \
    }
#define LWF_RELEASE_LOCK(_l, _dl)                                                                                      \
    {                                                                                                                  \
        if (_dl)                                                                                                       \
            NdisDprReleaseSpinLock(_l);                                                                                \
        else                                                                                                           \
            NdisReleaseSpinLock(_l);                                                                                   \
    }

FILTER_SEND_NET_BUFFER_LISTS LwfSend;
FILTER_RECEIVE_NET_BUFFER_LISTS LwfReceive;
FILTER_PAUSE LwfPause;

static VOID
LwfCount(PLWF Lwf, BOOLEAN DispatchLevel)
{
    LWF_ACQUIRE_LOCK(&Lwf->Lock, DispatchLevel);
    Lwf->Receives++;
    LWF_RELEASE_LOCK(&Lwf->Lock, DispatchLevel);
}

VOID
LwfSend(NDIS_HANDLE FilterModuleContext, PNET_BUFFER_LIST NetBufferLists, NDIS_PORT_NUMBER PortNumber,
        ULONG SendFlags)
{
    PLWF Lwf = (PLWF)FilterModuleContext;
    BOOLEAN DispatchLevel = NDIS_TEST_SEND_AT_DISPATCH_LEVEL(SendFlags);

    LWF_ACQUIRE_LOCK(&Lwf->Lock, DispatchLevel);
    Lwf->Sends++;
    LWF_RELEASE_LOCK(&Lwf->Lock, DispatchLevel);
    NdisFSendNetBufferLists(Lwf->FilterHandle, NetBufferLists, PortNumber, SendFlags);
}

VOID
LwfReceive(NDIS_HANDLE FilterModuleContext, PNET_BUFFER_LIST NetBufferLists, NDIS_PORT_NUMBER PortNumber,
           ULONG NumberOfNetBufferLists, ULONG ReceiveFlags)
{
    PLWF Lwf = (PLWF)FilterModuleContext;

    LwfCount(Lwf, NDIS_TEST_RECEIVE_AT_DISPATCH_LEVEL(ReceiveFlags));
    NdisFIndicateReceiveNetBufferLists(Lwf->FilterHandle, NetBufferLists, PortNumber, NumberOfNetBufferLists,
                                       ReceiveFlags);
}

NDIS_STATUS
LwfPause(NDIS_HANDLE FilterModuleContext, PNDIS_FILTER_PAUSE_PARAMETERS PauseParameters)
{
    PLWF Lwf = (PLWF)FilterModuleContext;
    BOOLEAN bFalse = FALSE;

    UNREFERENCED_PARAMETER(PauseParameters);
    LWF_ACQUIRE_LOCK(&Lwf->Lock, bFalse);
    Lwf->Sends = 0;
    LWF_RELEASE_LOCK(&Lwf->Lock, bFalse);
    return NDIS_STATUS_SUCCESS;
}
