/*
 * McmCloseAf is called from McmHalt at PASSIVE_LEVEL and from McmOnLinkLost with
 * a spin lock held (DISPATCH_LEVEL). Its entry IRQL is the join of its callers',
 * so the PASSIVE_LEVEL-only NdisMCmNotifyCloseAddressFamily "may be called" at
 * DISPATCH_LEVEL. Only the offending call site gets a note.
 */
#include <ndis.h>

typedef struct _ADAPTER {
    NDIS_HANDLE MiniportAdapterHandle;
    NDIS_HANDLE NdisAfHandle;
    NDIS_SPIN_LOCK Lock;
    BOOLEAN AfClosing;
} ADAPTER, *PADAPTER;

MINIPORT_INITIALIZE McmInitialize;
MINIPORT_HALT McmHalt;

static VOID
McmCloseAf(PADAPTER Adapter)
{
    if (Adapter->NdisAfHandle != NULL) {
        (VOID)NdisMCmNotifyCloseAddressFamily(Adapter->NdisAfHandle); // expected-warning {{'NdisMCmNotifyCloseAddressFamily' may be called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_MCM_Function]}}
    }
}

NDIS_STATUS
McmInitialize(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
              PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    CO_ADDRESS_FAMILY Af;

    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);

    NdisZeroMemory(&Af, sizeof(Af));
    Af.AddressFamily = CO_ADDRESS_FAMILY_Q2931;
    Af.MajorVersion = 3;
    return NdisMCmRegisterAddressFamilyEx(MiniportAdapterHandle, &Af);
}

VOID
McmHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    UNREFERENCED_PARAMETER(HaltAction);
    McmCloseAf((PADAPTER)MiniportAdapterContext);
}

/* No role, no caller: starts at PASSIVE_LEVEL; the lock raises it. */
VOID
McmOnLinkLost(PADAPTER Adapter)
{
    NdisAcquireSpinLock(&Adapter->Lock); // expected-note {{IRQL raised to DISPATCH_LEVEL by NdisAcquireSpinLock here}}
    if (!Adapter->AfClosing) {
        Adapter->AfClosing = TRUE;
        McmCloseAf(Adapter); // expected-note {{'McmCloseAf' called here at DISPATCH_LEVEL}}
    }
    NdisReleaseSpinLock(&Adapter->Lock);
}
