// clang-without-msvc-flags: error
/*
 * A counter declared without a type: MSVC warns (C4431), clang rejects it in C99 and later
 * [-Wimplicit-int].
 * ddicheck parses it as MSVC compiles it and still finds the IRQL violation below.
 */
#include <ndis.h>

typedef struct _ADAPTER {
    NDIS_HANDLE MiniportAdapterHandle;
    NDIS_HANDLE NdisAfHandle;
    KDPC LinkDownDpc;
} ADAPTER, *PADAPTER;

static ADAPTER TheAdapter;

static VOID McmLinkDownDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1,
                           PVOID SystemArgument2);

static LinkDownCount;

MINIPORT_INITIALIZE McmInitialize;

NDIS_STATUS
McmInitialize(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
              PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    CO_ADDRESS_FAMILY Af;

    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);

    TheAdapter.MiniportAdapterHandle = MiniportAdapterHandle;
    KeInitializeDpc(&TheAdapter.LinkDownDpc, McmLinkDownDpc, &TheAdapter); // expected-note {{'McmLinkDownDpc' runs at DISPATCH_LEVEL as a KDEFERRED_ROUTINE callback}}

    NdisZeroMemory(&Af, sizeof(Af));
    Af.AddressFamily = CO_ADDRESS_FAMILY_Q2931;
    Af.MajorVersion = 3;
    return NdisMCmRegisterAddressFamilyEx(MiniportAdapterHandle, &Af);
}

static VOID
McmLinkDownDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PADAPTER Adapter = (PADAPTER)DeferredContext;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);
    LinkDownCount++;

    (VOID)NdisMCmNotifyCloseAddressFamily(Adapter->NdisAfHandle); // expected-warning {{'NdisMCmNotifyCloseAddressFamily' is called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_MCM_Function]}}
}
