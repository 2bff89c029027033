/*
 * my_cm.c - a small stand-alone CoNDIS call manager, written as a driver developer would,
 * to show how to unit-test a call manager's lifecycle on the runtime model.
 *
 * It binds to every adapter, registers the Q.2931 address family, accepts one client,
 * registers SAPs asynchronously (an I/O work item completes them) and deregisters them
 * synchronously. Build with -DMY_CM_BUG to get a lifecycle bug: the deregistration path
 * completes a pending registration on a SAP handle that NDIS already invalidated.
 */
#include <ndis.h>

typedef struct _MY_BINDING {
    NDIS_HANDLE BindingHandle;
    NDIS_HANDLE AfHandle;
    NDIS_HANDLE WorkItem;
    NDIS_HANDLE PendingSap;      /* SAP handle whose registration the work item completes */
} MY_BINDING;

static NDIS_HANDLE MyProtocol;
static MY_BINDING MyBinding;

static SET_OPTIONS MySetOptions;
static PROTOCOL_BIND_ADAPTER_EX MyBind;
static PROTOCOL_UNBIND_ADAPTER_EX MyUnbind;
static PROTOCOL_CM_OPEN_AF MyOpenAf;
static PROTOCOL_CM_CLOSE_AF MyCloseAf;
static PROTOCOL_CM_REG_SAP MyRegisterSap;
static PROTOCOL_CM_DEREGISTER_SAP MyDeregisterSap;
static NDIS_IO_WORKITEM_FUNCTION MyCompleteSap;
DRIVER_INITIALIZE MyCmDriverEntry;

NTSTATUS MyCmDriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_PROTOCOL_DRIVER_CHARACTERISTICS Chars;

    UNREFERENCED_PARAMETER(DriverObject);
    UNREFERENCED_PARAMETER(RegistryPath);
    NdisZeroMemory(&Chars, sizeof(Chars));
    Chars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    Chars.MajorNdisVersion = 6;
    Chars.SetOptionsHandler = MySetOptions;
    Chars.BindAdapterHandlerEx = MyBind;
    Chars.UnbindAdapterHandlerEx = MyUnbind;
    return (NTSTATUS)NdisRegisterProtocolDriver(NULL, &Chars, &MyProtocol);
}

static NDIS_STATUS MySetOptions(NDIS_HANDLE NdisDriverHandle, NDIS_HANDLE DriverContext)
{
    NDIS_CO_CALL_MANAGER_OPTIONAL_HANDLERS Cm;

    UNREFERENCED_PARAMETER(DriverContext);
    NdisZeroMemory(&Cm, sizeof(Cm));
    Cm.Header.Type = NDIS_OBJECT_TYPE_CO_CALL_MANAGER_OPTIONAL_HANDLERS;
    Cm.CmOpenAfHandler = MyOpenAf;
    Cm.CmCloseAfHandler = MyCloseAf;
    Cm.CmRegisterSapHandler = MyRegisterSap;
    Cm.CmDeregisterSapHandler = MyDeregisterSap;
    return NdisSetOptionalHandlers(NdisDriverHandle, (PNDIS_DRIVER_OPTIONAL_HANDLERS)&Cm);
}

static NDIS_STATUS MyBind(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                          PNDIS_BIND_PARAMETERS BindParameters)
{
    NDIS_OPEN_PARAMETERS Open;
    NDIS_MEDIUM Medium = NdisMediumAtm;
    UINT Selected;
    CO_ADDRESS_FAMILY Af;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    NdisZeroMemory(&Open, sizeof(Open));
    Open.AdapterName = BindParameters->AdapterName;
    Open.MediumArray = &Medium;
    Open.MediumArraySize = 1;
    Open.SelectedMediumIndex = &Selected;
    Status = NdisOpenAdapterEx(MyProtocol, &MyBinding, &Open, BindContext, &MyBinding.BindingHandle);
    if (Status != NDIS_STATUS_SUCCESS) return Status;
    MyBinding.WorkItem = NdisAllocateIoWorkItem(MyProtocol);
    NdisZeroMemory(&Af, sizeof(Af));
    Af.AddressFamily = CO_ADDRESS_FAMILY_Q2931;
    return NdisCmRegisterAddressFamilyEx(MyBinding.BindingHandle, &Af);
}

static NDIS_STATUS MyUnbind(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    UNREFERENCED_PARAMETER(UnbindContext);
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    NdisFreeIoWorkItem(MyBinding.WorkItem);
    return NdisCloseAdapterEx(MyBinding.BindingHandle);
}

static NDIS_STATUS MyOpenAf(NDIS_HANDLE CallMgrBindingContext, PCO_ADDRESS_FAMILY AddressFamily,
                            NDIS_HANDLE NdisAfHandle, PNDIS_HANDLE CallMgrAfContext)
{
    UNREFERENCED_PARAMETER(AddressFamily);
    MyBinding.AfHandle = NdisAfHandle;
    *CallMgrAfContext = CallMgrBindingContext;
    return NDIS_STATUS_SUCCESS;
}

static NDIS_STATUS MyCloseAf(NDIS_HANDLE CallMgrAfContext)
{
    UNREFERENCED_PARAMETER(CallMgrAfContext);
    MyBinding.AfHandle = NULL;
    return NDIS_STATUS_SUCCESS;
}

static NDIS_STATUS MyRegisterSap(NDIS_HANDLE CallMgrAfContext, PCO_SAP Sap, NDIS_HANDLE NdisSapHandle,
                                 PNDIS_HANDLE CallMgrSapContext)
{
    UNREFERENCED_PARAMETER(CallMgrAfContext);
    UNREFERENCED_PARAMETER(Sap);
    *CallMgrSapContext = NdisSapHandle;
    MyBinding.PendingSap = NdisSapHandle;
    NdisQueueIoWorkItem(MyBinding.WorkItem, MyCompleteSap, &MyBinding);
    return NDIS_STATUS_PENDING;
}

static VOID MyCompleteSap(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    UNREFERENCED_PARAMETER(WorkItemContext);
    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    if (MyBinding.PendingSap != NULL) {
        NdisCmRegisterSapComplete(NDIS_STATUS_SUCCESS, MyBinding.PendingSap, MyBinding.PendingSap);
        MyBinding.PendingSap = NULL;
    }
}

static NDIS_STATUS MyDeregisterSap(NDIS_HANDLE CallMgrSapContext)
{
    NDIS_HANDLE NdisSapHandle = CallMgrSapContext;

#ifdef MY_CM_BUG
    /* Bug: completes the deregistration itself, then keeps using the handle. */
    NdisCmDeregisterSapComplete(NDIS_STATUS_SUCCESS, NdisSapHandle);
    NdisCmRegisterSapComplete(NDIS_STATUS_FAILURE, NdisSapHandle, NULL);
    return NDIS_STATUS_PENDING;
#else
    UNREFERENCED_PARAMETER(NdisSapHandle);
    MyBinding.PendingSap = NULL;
    return NDIS_STATUS_SUCCESS;
#endif
}
