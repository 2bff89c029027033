/*
 * Too low only on some paths, or only by assumption, is not reported: a send handler runs at
 * PASSIVE_LEVEL..DISPATCH_LEVEL and calls the DISPATCH_LEVEL-only helper when NDIS says it is at
 * DISPATCH_LEVEL (a flag the analysis does not follow); a function with no role, annotation or
 * caller is assumed to run at PASSIVE_LEVEL, and neither it nor the helper it calls is reported
 * for that assumption.
 */
#include <ndis.h> // expected-no-diagnostics

typedef struct _ADAPTER {
    NDIS_SPIN_LOCK Lock;
    ULONG Rounds;
} ADAPTER, *PADAPTER;

_IRQL_requires_min_(DISPATCH_LEVEL)
VOID
AdapterCountRound(_In_ PADAPTER Adapter)
{
    NdisDprAcquireSpinLock(&Adapter->Lock);
    Adapter->Rounds++;
    NdisDprReleaseSpinLock(&Adapter->Lock);
}

MINIPORT_SEND_NET_BUFFER_LISTS AdapterSend;

VOID
AdapterSend(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferLists, NDIS_PORT_NUMBER PortNumber,
            ULONG SendFlags)
{
    UNREFERENCED_PARAMETER(NetBufferLists);
    UNREFERENCED_PARAMETER(PortNumber);
    if (NDIS_TEST_SEND_AT_DISPATCH_LEVEL(SendFlags)) {
        AdapterCountRound((PADAPTER)MiniportAdapterContext);
    }
}

static VOID
AdapterPoll(PADAPTER Adapter)
{
    AdapterCountRound(Adapter);
}

VOID
AdapterPollEntry(PADAPTER Adapter)
{
    AdapterPoll(Adapter);
}
