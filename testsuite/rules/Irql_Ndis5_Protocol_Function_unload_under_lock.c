// ddicheck-flags: -DNDIS51
/*
 * The unload handler of an NDIS 5.1 protocol deregisters the protocol while
 * holding its global spin lock; NdisDeregisterProtocol requires PASSIVE_LEVEL.
 * The handler is registered with `Chars.UnloadHandler = ...` (PASSIVE_LEVEL).
 */
#include <ndis.h>

static NDIS_HANDLE ProtocolHandle;
static NDIS_SPIN_LOCK GlobalLock;
static BOOLEAN Unloading;

static VOID PrUnload(VOID);

NTSTATUS
PrRegister(VOID)
{
    NDIS_PROTOCOL_CHARACTERISTICS Chars;
    NDIS_STATUS Status;

    NdisAllocateSpinLock(&GlobalLock);
    NdisZeroMemory(&Chars, sizeof(Chars));
    Chars.MajorNdisVersion = 5;
    Chars.MinorNdisVersion = 1;
    Chars.UnloadHandler = PrUnload;
    NdisRegisterProtocol(&Status, &ProtocolHandle, &Chars, sizeof(Chars));
    return (NTSTATUS)Status;
}

static VOID
PrUnload(VOID)
{
    NDIS_STATUS Status;

    NdisAcquireSpinLock(&GlobalLock); // expected-note {{IRQL raised to DISPATCH_LEVEL by NdisAcquireSpinLock here}}
    Unloading = TRUE;
    NdisDeregisterProtocol(&Status, ProtocolHandle); // expected-warning {{'NdisDeregisterProtocol' is called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_Ndis5_Protocol_Function]}}
    NdisReleaseSpinLock(&GlobalLock);
}
