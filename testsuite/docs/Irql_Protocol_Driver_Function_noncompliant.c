#include <ndis.h>

typedef enum _CL_AF_STATE { CL_AF_CLOSED, CL_AF_OPENING, CL_AF_OPEN } CL_AF_STATE;

typedef struct _CL_ADAPTER {
    NDIS_SPIN_LOCK Lock;
    CL_AF_STATE AfState;
    NDIS_HANDLE NdisBindingHandle;
    NDIS_HANDLE NdisAfHandle;
} CL_ADAPTER, *PCL_ADAPTER;

VOID ClAfOpened(PCL_ADAPTER Adapter, NDIS_STATUS Status);

PROTOCOL_CO_AF_REGISTER_NOTIFY ClAfRegisterNotify;

VOID
ClAfRegisterNotify(NDIS_HANDLE ProtocolBindingContext, PCO_ADDRESS_FAMILY AddressFamily)
{
    PCL_ADAPTER Adapter = (PCL_ADAPTER)ProtocolBindingContext;
    NDIS_STATUS Status = NDIS_STATUS_NOT_ACCEPTED;

    NdisAcquireSpinLock(&Adapter->Lock); // expected-note {{IRQL raised to DISPATCH_LEVEL by NdisAcquireSpinLock here}}
    if (Adapter->AfState == CL_AF_CLOSED) {
        Adapter->AfState = CL_AF_OPENING;
        Status = NdisClOpenAddressFamilyEx(Adapter->NdisBindingHandle, AddressFamily, // expected-warning {{'NdisClOpenAddressFamilyEx' is called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_Protocol_Driver_Function]}}
                                           Adapter, &Adapter->NdisAfHandle);
    }
    NdisReleaseSpinLock(&Adapter->Lock);

    if (Status != NDIS_STATUS_PENDING && Status != NDIS_STATUS_NOT_ACCEPTED) {
        ClAfOpened(Adapter, Status);
    }
}
