/*
 * A stand-alone call manager pends a SAP registration and completes it from an
 * NDIS timer (registered with a designated initializer). NdisCmRegisterSapComplete
 * allows IRQL <= DISPATCH_LEVEL, so the timer may call it.
 */
#include <ndis.h>

typedef struct _BINDING {
    NDIS_HANDLE BindingHandle;
    NDIS_HANDLE Timer;
    NDIS_HANDLE PendingSapHandle;
    NDIS_SPIN_LOCK Lock;
} BINDING, *PBINDING;

PROTOCOL_BIND_ADAPTER_EX CmBind;
PROTOCOL_CM_REG_SAP CmRegisterSap;

static VOID CmSapTimer(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2,
                       PVOID SystemSpecific3);

static BINDING TheBinding;

NDIS_STATUS
CmBind(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
       PNDIS_BIND_PARAMETERS BindParameters)
{
    CO_ADDRESS_FAMILY Af;
    NDIS_STATUS Status;
    NDIS_TIMER_CHARACTERISTICS TimerChars = {
        .Header = {
            .Type = NDIS_OBJECT_TYPE_TIMER_CHARACTERISTICS,
            .Revision = NDIS_TIMER_CHARACTERISTICS_REVISION_1,
            .Size = NDIS_SIZEOF_TIMER_CHARACTERISTICS_REVISION_1,
        },
        .AllocationTag = 'tsET',
        .TimerFunction = CmSapTimer,
        .FunctionContext = &TheBinding,
    };

    UNREFERENCED_PARAMETER(BindContext);
    UNREFERENCED_PARAMETER(BindParameters);

    NdisAllocateSpinLock(&TheBinding.Lock);
    Status = NdisAllocateTimerObject(ProtocolDriverContext, &TimerChars, &TheBinding.Timer);
    if (Status != NDIS_STATUS_SUCCESS) {
        return Status;
    }
    NdisZeroMemory(&Af, sizeof(Af));
    Af.AddressFamily = CO_ADDRESS_FAMILY_Q2931;
    Af.MajorVersion = 3;
    return NdisCmRegisterAddressFamilyEx(TheBinding.BindingHandle, &Af);
}

NDIS_STATUS
CmRegisterSap(NDIS_HANDLE CallMgrAfContext, PCO_SAP Sap, NDIS_HANDLE NdisSapHandle,
              PNDIS_HANDLE CallMgrSapContext)
{
    PBINDING Binding = (PBINDING)CallMgrAfContext;
    LARGE_INTEGER DueTime;

    UNREFERENCED_PARAMETER(Sap);

    NdisAcquireSpinLock(&Binding->Lock);
    if (Binding->PendingSapHandle != NULL) {
        NdisReleaseSpinLock(&Binding->Lock);
        return NDIS_STATUS_RESOURCES;
    }
    Binding->PendingSapHandle = NdisSapHandle;
    NdisReleaseSpinLock(&Binding->Lock);

    *CallMgrSapContext = Binding;
    DueTime.QuadPart = -100000LL;
    NdisSetTimerObject(Binding->Timer, DueTime, 0, Binding);
    return NDIS_STATUS_PENDING;
}

static VOID
CmSapTimer(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2,
           PVOID SystemSpecific3)
{
    PBINDING Binding = (PBINDING)FunctionContext;
    NDIS_HANDLE SapHandle;

    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(SystemSpecific2);
    UNREFERENCED_PARAMETER(SystemSpecific3);

    NdisAcquireSpinLock(&Binding->Lock);
    SapHandle = Binding->PendingSapHandle;
    Binding->PendingSapHandle = NULL;
    NdisReleaseSpinLock(&Binding->Lock);

    if (SapHandle != NULL) {
        NdisCmRegisterSapComplete(NDIS_STATUS_SUCCESS, SapHandle, Binding);
    }
}

// expected-no-diagnostics
