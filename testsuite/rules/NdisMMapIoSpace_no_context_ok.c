/*
 * A function that no callback reaches (called through a pointer, or not at all) gives no context:
 * nothing is reported.
 */
#include <ndis.h> // expected-no-diagnostics

typedef struct _NIC {
    NDIS_HANDLE MiniportHandle;
    NDIS_PHYSICAL_ADDRESS RegsPa;
    PVOID Regs;
} NIC, *PNIC;

NDIS_STATUS
NicMap(PNIC Nic)
{
    return NdisMMapIoSpace(&Nic->Regs, Nic->MiniportHandle, Nic->RegsPa, 256);
}
