/*
 * An NDIS timer function may run at DISPATCH_LEVEL; NdisMCmNotifyCloseAddressFamily
 * requires PASSIVE_LEVEL. Role evidence: the `TimerChars.TimerFunction = ...`
 * assignment (not a designated initializer). "may be called": the timer's entry
 * range PASSIVE_LEVEL..DISPATCH_LEVEL is only partly outside the DDI's range.
 */
#include <ndis.h>

typedef struct _ADAPTER {
    NDIS_HANDLE MiniportAdapterHandle;
    NDIS_HANDLE NdisAfHandle;
    NDIS_HANDLE Timer;
    BOOLEAN LinkUp;
} ADAPTER, *PADAPTER;

static ADAPTER TheAdapter;

static VOID McmLinkTimer(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2,
                         PVOID SystemSpecific3);

MINIPORT_INITIALIZE McmInitialize;

NDIS_STATUS
McmInitialize(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
              PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    NDIS_TIMER_CHARACTERISTICS TimerChars;
    CO_ADDRESS_FAMILY Af;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);

    TheAdapter.MiniportAdapterHandle = MiniportAdapterHandle;
    NdisZeroMemory(&TimerChars, sizeof(TimerChars));
    TimerChars.Header.Type = NDIS_OBJECT_TYPE_TIMER_CHARACTERISTICS;
    TimerChars.Header.Revision = NDIS_TIMER_CHARACTERISTICS_REVISION_1;
    TimerChars.Header.Size = NDIS_SIZEOF_TIMER_CHARACTERISTICS_REVISION_1;
    TimerChars.AllocationTag = 'tsET';
    TimerChars.TimerFunction = McmLinkTimer; // expected-note {{'McmLinkTimer' runs at DISPATCH_LEVEL as an NDIS_TIMER_FUNCTION callback}}
    TimerChars.FunctionContext = &TheAdapter;
    Status = NdisAllocateTimerObject(MiniportAdapterHandle, &TimerChars, &TheAdapter.Timer);
    if (Status != NDIS_STATUS_SUCCESS) {
        return Status;
    }

    NdisZeroMemory(&Af, sizeof(Af));
    Af.AddressFamily = CO_ADDRESS_FAMILY_Q2931;
    Af.MajorVersion = 3;
    return NdisMCmRegisterAddressFamilyEx(MiniportAdapterHandle, &Af);
}

static VOID
McmLinkTimer(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2,
             PVOID SystemSpecific3)
{
    PADAPTER Adapter = (PADAPTER)FunctionContext;

    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(SystemSpecific2);
    UNREFERENCED_PARAMETER(SystemSpecific3);

    if (!Adapter->LinkUp && Adapter->NdisAfHandle != NULL) {
        (VOID)NdisMCmNotifyCloseAddressFamily(Adapter->NdisAfHandle); // expected-warning {{'NdisMCmNotifyCloseAddressFamily' is called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_MCM_Function]}}
    }
}
