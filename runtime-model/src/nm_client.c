/*
 * nm_client.c - the model's built-in CoNDIS client: a clean, rule-abiding client that drives
 * a call manager's address family, SAP and incoming-call lifecycle in scenarios where no
 * client sample is loaded (the MCM scenarios). It is an ordinary driver: it is compiled
 * with NDIS_MODEL_CAPTURE_CALLSITE and calls the public DDIs, so the verifier checks it too.
 * Limits: one binding, one AF, one SAP, one pending incoming call at a time.
 */
#include "nm_model.h"

#include <string.h>

static NDIS_EVENT BcAfClosed;
static NDIS_HANDLE BcProtocol, BcBinding, BcAf, BcSap, BcPendingVc;
static PCO_CALL_PARAMETERS BcPendingParams;
static int BcAfOpen, BcSapRegistered, BcClosing, BcCloseRequested, BcConnected;
static struct nm_builtin_client_config BcCfg = {0x0452, 0, 0, 1};
static struct {
    CO_SAP Sap;
    ULONG Id;
} BcSapBuf;

PROTOCOL_BIND_ADAPTER_EX BcBind;
PROTOCOL_UNBIND_ADAPTER_EX BcUnbind;
PROTOCOL_CO_AF_REGISTER_NOTIFY BcAfNotify;
PROTOCOL_CL_OPEN_AF_COMPLETE_EX BcOpenAfComplete;
PROTOCOL_CL_CLOSE_AF_COMPLETE BcCloseAfComplete;
PROTOCOL_CL_REGISTER_SAP_COMPLETE BcRegisterSapComplete;
PROTOCOL_CL_DEREGISTER_SAP_COMPLETE BcDeregisterSapComplete;
PROTOCOL_CL_INCOMING_CALL BcIncomingCall;
PROTOCOL_CL_CALL_CONNECTED BcCallConnected;
PROTOCOL_CL_NOTIFY_CLOSE_AF BcNotifyCloseAf;
PROTOCOL_CO_CREATE_VC BcCreateVc;
PROTOCOL_CO_DELETE_VC BcDeleteVc;
static SET_OPTIONS BcSetOptions;

void nm_builtin_client_configure(const struct nm_builtin_client_config *cfg)
{
    BcCfg = *cfg;
}
int nm_builtin_client_sap_registered(void)
{
    return BcSapRegistered;
}
int nm_builtin_client_af_open(void)
{
    return BcAfOpen;
}
int nm_builtin_client_calls_connected(void)
{
    return BcConnected;
}

NTSTATUS nm_builtin_client_entry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_PROTOCOL_DRIVER_CHARACTERISTICS Chars;

    UNREFERENCED_PARAMETER(DriverObject);
    UNREFERENCED_PARAMETER(RegistryPath);
    BcBinding = BcAf = BcSap = BcPendingVc = NULL;
    BcAfOpen = BcSapRegistered = BcClosing = BcCloseRequested = BcConnected = 0;
    NdisZeroMemory(&Chars, sizeof(Chars));
    Chars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
    Chars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    Chars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2;
    Chars.MajorNdisVersion = 6;
    Chars.SetOptionsHandler = BcSetOptions;
    Chars.BindAdapterHandlerEx = BcBind;
    Chars.UnbindAdapterHandlerEx = BcUnbind;
    return (NTSTATUS)NdisRegisterProtocolDriver(NULL, &Chars, &BcProtocol);
}

static NDIS_STATUS BcSetOptions(NDIS_HANDLE NdisDriverHandle, NDIS_HANDLE DriverContext)
{
    NDIS_PROTOCOL_CO_CHARACTERISTICS Co;
    NDIS_CO_CLIENT_OPTIONAL_HANDLERS Cl;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(DriverContext);
    NdisZeroMemory(&Co, sizeof(Co));
    Co.Header.Type = NDIS_OBJECT_TYPE_CO_PROTOCOL_CHARACTERISTICS;
    Co.CoAfRegisterNotifyHandler = BcAfNotify;
    Status = NdisSetOptionalHandlers(NdisDriverHandle, (PNDIS_DRIVER_OPTIONAL_HANDLERS)&Co);
    if (Status != NDIS_STATUS_SUCCESS)
        return Status;
    NdisZeroMemory(&Cl, sizeof(Cl));
    Cl.Header.Type = NDIS_OBJECT_TYPE_CO_CLIENT_OPTIONAL_HANDLERS;
    Cl.ClCreateVcHandler = BcCreateVc;
    Cl.ClDeleteVcHandler = BcDeleteVc;
    Cl.ClOpenAfCompleteHandlerEx = BcOpenAfComplete;
    Cl.ClCloseAfCompleteHandler = BcCloseAfComplete;
    Cl.ClRegisterSapCompleteHandler = BcRegisterSapComplete;
    Cl.ClDeregisterSapCompleteHandler = BcDeregisterSapComplete;
    Cl.ClIncomingCallHandler = BcIncomingCall;
    Cl.ClCallConnectedHandler = BcCallConnected;
    Cl.ClNotifyCloseAfHandler = BcNotifyCloseAf;
    return NdisSetOptionalHandlers(NdisDriverHandle, (PNDIS_DRIVER_OPTIONAL_HANDLERS)&Cl);
}

NDIS_STATUS BcBind(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext, PNDIS_BIND_PARAMETERS BindParameters)
{
    NDIS_OPEN_PARAMETERS Open;
    NDIS_MEDIUM Medium = NdisMediumAtm;
    UINT Selected = 0;

    UNREFERENCED_PARAMETER(ProtocolDriverContext);
    NdisZeroMemory(&Open, sizeof(Open));
    Open.Header.Type = NDIS_OBJECT_TYPE_OPEN_PARAMETERS;
    Open.AdapterName = BindParameters->AdapterName;
    Open.MediumArray = &Medium;
    Open.MediumArraySize = 1;
    Open.SelectedMediumIndex = &Selected;
    return NdisOpenAdapterEx(BcProtocol, &BcBinding, &Open, BindContext, &BcBinding);
}

VOID BcAfNotify(NDIS_HANDLE ProtocolBindingContext, PCO_ADDRESS_FAMILY AddressFamily)
{
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    if (BcAf != NULL)
        return;
    (VOID) NdisClOpenAddressFamilyEx(BcBinding, AddressFamily, &BcAf, &BcAf);
}

VOID BcOpenAfComplete(NDIS_HANDLE ProtocolAfContext, NDIS_HANDLE NdisAfHandle, NDIS_STATUS Status)
{
    NDIS_STATUS St;

    UNREFERENCED_PARAMETER(ProtocolAfContext);
    if (Status != NDIS_STATUS_SUCCESS) {
        BcAf = NULL;
        return;
    }
    BcAf = NdisAfHandle;
    BcAfOpen = 1;
    if (!BcCfg.register_sap)
        return;
    BcSapBuf.Sap.SapLength = sizeof(ULONG);
    BcSapBuf.Id = BcCfg.sap_id;
    NdisMoveMemory(BcSapBuf.Sap.Sap, &BcSapBuf.Id, sizeof(ULONG));
    St = NdisClRegisterSap(BcAf, &BcSap, &BcSapBuf.Sap, &BcSap);
    if (St != NDIS_STATUS_PENDING) {
        BcSapRegistered = (St == NDIS_STATUS_SUCCESS);
        if (!BcSapRegistered)
            BcSap = NULL;
    }
}

VOID BcRegisterSapComplete(NDIS_STATUS Status, NDIS_HANDLE ProtocolSapContext, PCO_SAP Sap, NDIS_HANDLE NdisSapHandle)
{
    UNREFERENCED_PARAMETER(ProtocolSapContext);
    UNREFERENCED_PARAMETER(Sap);
    BcSapRegistered = (Status == NDIS_STATUS_SUCCESS);
    BcSap = BcSapRegistered ? NdisSapHandle : NULL;
}

static void BcFinishAfClose(void)
{
    NDIS_STATUS St;
    if (BcCloseRequested) {
        BcCloseRequested = 0;
        NdisClNotifyCloseAddressFamilyComplete(BcAf, NDIS_STATUS_SUCCESS);
    }
    St = NdisClCloseAddressFamily(BcAf);
    if (St != NDIS_STATUS_PENDING)
        BcCloseAfComplete(St, &BcAf);
}

VOID BcDeregisterSapComplete(NDIS_STATUS Status, NDIS_HANDLE ProtocolSapContext)
{
    UNREFERENCED_PARAMETER(Status);
    UNREFERENCED_PARAMETER(ProtocolSapContext);
    BcSap = NULL;
    BcSapRegistered = 0;
    if (BcClosing)
        BcFinishAfClose();
}

VOID BcCloseAfComplete(NDIS_STATUS Status, NDIS_HANDLE ProtocolAfContext)
{
    UNREFERENCED_PARAMETER(Status);
    UNREFERENCED_PARAMETER(ProtocolAfContext);
    BcAf = NULL;
    BcAfOpen = 0;
    BcClosing = 0;
    NdisSetEvent(&BcAfClosed);
}

/* Deregisters the SAP first, then closes the AF (from the SAP completion if it pends). */
static void BcStartTeardown(void)
{
    NDIS_STATUS St;
    if (!BcAfOpen || BcClosing)
        return;
    BcClosing = 1;
    if (BcSap != NULL && BcSapRegistered) {
        NDIS_HANDLE Sap = BcSap;
        BcSap = NULL;
        St = NdisClDeregisterSap(Sap);
        if (St == NDIS_STATUS_PENDING)
            return;
        BcSapRegistered = 0;
    }
    BcFinishAfClose();
}

void nm_builtin_client_deregister_sap(void *unused)
{
    NDIS_STATUS St;
    (void)unused;
    if (BcSap == NULL || !BcSapRegistered)
        return;
    NDIS_HANDLE Sap = BcSap;
    BcSap = NULL;
    St = NdisClDeregisterSap(Sap);
    if (St != NDIS_STATUS_PENDING)
        BcSapRegistered = 0;
}

void nm_builtin_client_close_af(void *unused)
{
    (void)unused;
    BcStartTeardown();
}

NDIS_STATUS BcNotifyCloseAf(NDIS_HANDLE ProtocolAfContext)
{
    UNREFERENCED_PARAMETER(ProtocolAfContext);
    BcCloseRequested = 1;
    BcStartTeardown();
    return NDIS_STATUS_PENDING;
}

NDIS_STATUS BcUnbind(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext)
{
    UNREFERENCED_PARAMETER(UnbindContext);
    UNREFERENCED_PARAMETER(ProtocolBindingContext);
    if (BcAfOpen) {
        NdisResetEvent(&BcAfClosed);
        BcStartTeardown();
        (VOID) NdisWaitEvent(&BcAfClosed, 0);
    }
    return NdisCloseAdapterEx(BcBinding);
}

NDIS_STATUS BcCreateVc(NDIS_HANDLE ProtocolAfContext, NDIS_HANDLE NdisVcHandle, PNDIS_HANDLE ProtocolVcContext)
{
    UNREFERENCED_PARAMETER(ProtocolAfContext);
    *ProtocolVcContext = NdisVcHandle;
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS BcDeleteVc(NDIS_HANDLE ProtocolVcContext)
{
    if (ProtocolVcContext == BcPendingVc)
        BcPendingVc = NULL;
    return NDIS_STATUS_SUCCESS;
}

static void BcAccept(void *unused)
{
    (void)unused;
    if (BcPendingVc == NULL)
        return;
    NDIS_HANDLE Vc = BcPendingVc;
    BcPendingVc = NULL;
    NdisClIncomingCallComplete(NDIS_STATUS_SUCCESS, Vc, BcPendingParams);
}

NDIS_STATUS BcIncomingCall(NDIS_HANDLE ProtocolSapContext, NDIS_HANDLE ProtocolVcContext,
                           PCO_CALL_PARAMETERS CallParameters)
{
    UNREFERENCED_PARAMETER(ProtocolSapContext);
    if (BcCfg.busy_calls > 0 || BcPendingVc != NULL) {
        if (BcCfg.busy_calls > 0)
            BcCfg.busy_calls--;
        return NDIS_STATUS_RESOURCES;
    }
    if (!BcCfg.accept_async)
        return NDIS_STATUS_SUCCESS;
    BcPendingVc = ProtocolVcContext;
    BcPendingParams = CallParameters;
    nm_queue_action("client accepts the pending call", BcAccept, NULL);
    return NDIS_STATUS_PENDING;
}

VOID BcCallConnected(NDIS_HANDLE ProtocolVcContext)
{
    UNREFERENCED_PARAMETER(ProtocolVcContext);
    BcConnected++;
}
