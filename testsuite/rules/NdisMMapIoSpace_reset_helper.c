/*
 * A helper that maps the registers is called from MiniportInitializeEx and from MiniportResetEx:
 * the reset path is reported (the first callback other than MiniportInitializeEx that reaches it),
 * and, MiniportResetEx running at IRQL <= DISPATCH_LEVEL, by the IRQL rule too.
 */
#include <ndis.h>

typedef struct _NIC {
    NDIS_HANDLE MiniportHandle;
    NDIS_PHYSICAL_ADDRESS RegsPa;
    PVOID Regs;
} NIC, *PNIC;

static NIC TheNic;

MINIPORT_INITIALIZE NicInitialize;
MINIPORT_RESET NicReset; // expected-note {{'NicReset' runs as a MINIPORT_RESET callback}} // expected-note {{'NicReset' runs at IRQL <= DISPATCH_LEVEL as a MINIPORT_RESET callback}}

static NDIS_STATUS
NicMap(PNIC Nic)
{
    return NdisMMapIoSpace(&Nic->Regs, Nic->MiniportHandle, Nic->RegsPa, 256); // expected-warning {{'NdisMMapIoSpace' is called in the MINIPORT_RESET callback 'NicReset', but it may only be called in the context of MiniportInitializeEx [NdisMMapIoSpace]}} // expected-warning {{'NdisMMapIoSpace' may be called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_Miniport_Driver_Function]}}
}

NDIS_STATUS
NicInitialize(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
              PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    TheNic.MiniportHandle = NdisMiniportHandle;
    return NicMap(&TheNic);
}

NDIS_STATUS
NicReset(NDIS_HANDLE MiniportAdapterContext, PBOOLEAN AddressingReset)
{
    PNIC Nic = (PNIC)MiniportAdapterContext;

    *AddressingReset = FALSE;
    if (Nic->Regs == NULL)
        return NicMap(Nic); // expected-note {{'NicMap' called here at DISPATCH_LEVEL}} // expected-note {{'NicMap' called here}}
    return NDIS_STATUS_SUCCESS;
}
