/*
 * McmRestartAf has no callback role and no caller in the driver: it is
 * assumed to start at PASSIVE_LEVEL, so calling the PASSIVE_LEVEL-only
 * NdisMCmNotifyCloseAddressFamily (and the exported NdisMCmRegisterAddressFamilyEx)
 * from it is fine.
 */
#include <ndis.h>

NDIS_STATUS
McmRestartAf(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE NdisAfHandle)
{
    CO_ADDRESS_FAMILY Af;
    NDIS_STATUS Status;

    Status = NdisMCmNotifyCloseAddressFamily(NdisAfHandle);
    if (Status != NDIS_STATUS_SUCCESS && Status != NDIS_STATUS_PENDING) {
        return Status;
    }
    NdisZeroMemory(&Af, sizeof(Af));
    Af.AddressFamily = CO_ADDRESS_FAMILY_Q2931;
    Af.MajorVersion = 3;
    return NdisMCmRegisterAddressFamilyEx(MiniportAdapterHandle, &Af);
}

// expected-no-diagnostics
