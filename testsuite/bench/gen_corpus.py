#!/usr/bin/env python3
"""Generate a deterministic corpus of CoNDIS driver sources for the ddicheck benchmark.

The corpus imitates what ddicheck meets in the field: MCM miniports, stand-alone call managers and
CoNDIS clients, each a directory of translation units that share one driver header. Every TU includes
<ndis.h> and holds 20-60 functions: callbacks declared with their role typedefs
(`PROTOCOL_CM_REG_SAP DrvCmRegisterSap_3;`), handler structs filled with designated initializers,
helpers calling each other (also across the TUs of one driver), spin locks on the adapter's
NDIS_SPIN_LOCK, KeRaiseIrql/KeLowerIrql, loops, switches on NDIS_STATUS, gotos and CoNDIS DDI calls.

The same seed and options always give byte-identical files. The code is meant to be clean (no seeded
IRQL or handle-lifecycle violations) unless --violations asks for some, so a run measures the
common CI case.

Only DDIs, types and handler fields that the header set declares are used: with --include (default:
the repository's runtime-model/include), every construct whose identifiers do not all occur in those
headers is left out, and the names left out are listed on stderr. Without headers no filtering is done.

Output: OUT/<driver>/<driver>.h, OUT/<driver>/<unit>.c, OUT/<driver>/compile_commands.json (that
driver's TUs), OUT/compile_commands.json (every TU; absolute paths, "directory", "file",
"arguments"), OUT/files.txt (one .c path per line, in compile order).

Usage: gen_corpus.py OUT_DIR [--tus 300] [--drivers N] [--seed 1] [--include DIR] [--violations RATE]
"""

import argparse
import json
import os
import random
import re
import sys

# --------------------------------------------------------------------------------------------------
# Catalog. Each construct names the identifiers it needs from the headers; see Catalog.have().

# role typedef -> (return type, [(param type, param name)], WDK handler field (informational; the
# structs actually filled are in HANDLER_STRUCTS))
ROLES = {
    "PROTOCOL_CM_REG_SAP": ("NDIS_STATUS", [("NDIS_HANDLE", "CallMgrAfContext"), ("PCO_SAP", "Sap"),
                                            ("NDIS_HANDLE", "NdisSapHandle"),
                                            ("PNDIS_HANDLE", "CallMgrSapContext")],
                            "CmRegisterSapHandler"),
    "PROTOCOL_CM_DEREGISTER_SAP": ("NDIS_STATUS", [("NDIS_HANDLE", "CallMgrSapContext")],
                                   "CmDeregisterSapHandler"),
    "PROTOCOL_CM_OPEN_AF": ("NDIS_STATUS", [("NDIS_HANDLE", "CallMgrBindingContext"),
                                            ("PCO_ADDRESS_FAMILY", "AddressFamily"),
                                            ("NDIS_HANDLE", "NdisAfHandle"),
                                            ("PNDIS_HANDLE", "CallMgrAfContext")],
                            "CmOpenAfHandler"),
    "PROTOCOL_CM_CLOSE_AF": ("NDIS_STATUS", [("NDIS_HANDLE", "CallMgrAfContext")], "CmCloseAfHandler"),
    "PROTOCOL_CM_MAKE_CALL": ("NDIS_STATUS", [("NDIS_HANDLE", "CallMgrVcContext"),
                                              ("PCO_CALL_PARAMETERS", "CallParameters"),
                                              ("NDIS_HANDLE", "NdisPartyHandle"),
                                              ("PNDIS_HANDLE", "CallMgrPartyContext")],
                              "CmMakeCallHandler"),
    "PROTOCOL_CM_CLOSE_CALL": ("NDIS_STATUS", [("NDIS_HANDLE", "CallMgrVcContext"),
                                               ("NDIS_HANDLE", "CallMgrPartyContext"),
                                               ("PVOID", "CloseData"), ("UINT", "Size")],
                               "CmCloseCallHandler"),
    "PROTOCOL_CM_INCOMING_CALL_COMPLETE": ("VOID", [("NDIS_STATUS", "Status"),
                                                    ("NDIS_HANDLE", "CallMgrVcContext"),
                                                    ("PCO_CALL_PARAMETERS", "CallParameters")],
                                           "CmIncomingCallCompleteHandler"),
    "PROTOCOL_CO_CREATE_VC": ("NDIS_STATUS", [("NDIS_HANDLE", "ProtocolAfContext"),
                                              ("NDIS_HANDLE", "NdisVcHandle"),
                                              ("PNDIS_HANDLE", "ProtocolVcContext")],
                              None),  # field is CmCreateVcHandler or ClCreateVcHandler
    "PROTOCOL_CO_DELETE_VC": ("NDIS_STATUS", [("NDIS_HANDLE", "ProtocolVcContext")], None),
    "PROTOCOL_CL_INCOMING_CALL": ("NDIS_STATUS", [("NDIS_HANDLE", "ProtocolSapContext"),
                                                  ("NDIS_HANDLE", "ProtocolVcContext"),
                                                  ("PCO_CALL_PARAMETERS", "CallParameters")],
                                  "ClIncomingCallHandler"),
    "PROTOCOL_CL_OPEN_AF_COMPLETE_EX": ("VOID", [("NDIS_HANDLE", "ProtocolAfContext"),
                                                 ("NDIS_HANDLE", "NdisAfHandle"),
                                                 ("NDIS_STATUS", "Status")],
                                        "ClOpenAfCompleteHandlerEx"),
    "PROTOCOL_CL_REGISTER_SAP_COMPLETE": ("VOID", [("NDIS_STATUS", "Status"),
                                                   ("NDIS_HANDLE", "ProtocolSapContext"),
                                                   ("PCO_SAP", "Sap"), ("NDIS_HANDLE", "NdisSapHandle")],
                                          "ClRegisterSapCompleteHandler"),
    "PROTOCOL_CL_DEREGISTER_SAP_COMPLETE": ("VOID", [("NDIS_STATUS", "Status"),
                                                     ("NDIS_HANDLE", "ProtocolSapContext")],
                                            "ClDeregisterSapCompleteHandler"),
    "PROTOCOL_CL_MAKE_CALL_COMPLETE": ("VOID", [("NDIS_STATUS", "Status"),
                                                ("NDIS_HANDLE", "ProtocolVcContext"),
                                                ("NDIS_HANDLE", "NdisPartyHandle"),
                                                ("PCO_CALL_PARAMETERS", "CallParameters")],
                                       "ClMakeCallCompleteHandler"),
    "PROTOCOL_CL_INCOMING_CLOSE_CALL": ("VOID", [("NDIS_STATUS", "CloseStatus"),
                                                 ("NDIS_HANDLE", "ProtocolVcContext"),
                                                 ("PVOID", "CloseData"), ("UINT", "Size")],
                                        "ClIncomingCloseCallHandler"),
    "PROTOCOL_CL_CALL_CONNECTED": ("VOID", [("NDIS_HANDLE", "ProtocolVcContext")],
                                   "ClCallConnectedHandler"),
    "PROTOCOL_CO_AF_REGISTER_NOTIFY": ("VOID", [("NDIS_HANDLE", "ProtocolBindingContext"),
                                                ("PCO_ADDRESS_FAMILY", "AddressFamily")],
                                       "CoAfRegisterNotifyHandler"),
    "MINIPORT_ISR": ("BOOLEAN", [("NDIS_HANDLE", "MiniportInterruptContext"),
                                 ("PBOOLEAN", "QueueDefaultInterruptDpc"),
                                 ("PULONG", "TargetProcessors")], "InterruptHandler"),
    "MINIPORT_INTERRUPT_DPC": ("VOID", [("NDIS_HANDLE", "MiniportInterruptContext"),
                                        ("PVOID", "MiniportDpcContext"),
                                        ("PVOID", "ReceiveThrottleParameters"),
                                        ("PVOID", "NdisReserved2")], "InterruptDpcHandler"),
    "MINIPORT_CO_CREATE_VC": ("NDIS_STATUS", [("NDIS_HANDLE", "MiniportAdapterContext"),
                                              ("NDIS_HANDLE", "NdisVcHandle"),
                                              ("PNDIS_HANDLE", "MiniportVcContext")], "CreateVcHandler"),
    "MINIPORT_CO_DELETE_VC": ("NDIS_STATUS", [("NDIS_HANDLE", "MiniportVcContext")], "DeleteVcHandler"),
    "MINIPORT_CO_ACTIVATE_VC": ("NDIS_STATUS", [("NDIS_HANDLE", "MiniportVcContext"),
                                                ("PCO_CALL_PARAMETERS", "CallParameters")],
                                "ActivateVcHandler"),
    "MINIPORT_CO_DEACTIVATE_VC": ("NDIS_STATUS", [("NDIS_HANDLE", "MiniportVcContext")],
                                  "DeactivateVcHandler"),
    "NDIS_TIMER_FUNCTION": ("VOID", [("PVOID", "SystemSpecific1"), ("PVOID", "FunctionContext"),
                                     ("PVOID", "SystemSpecific2"), ("PVOID", "SystemSpecific3")], None),
    "KDEFERRED_ROUTINE": ("VOID", [("PKDPC", "Dpc"), ("PVOID", "DeferredContext"),
                                   ("PVOID", "SystemArgument1"), ("PVOID", "SystemArgument2")], None),
}

# Short names used in function names.
ROLE_SHORT = {
    "PROTOCOL_CM_REG_SAP": "CmRegisterSap", "PROTOCOL_CM_DEREGISTER_SAP": "CmDeregisterSap",
    "PROTOCOL_CM_OPEN_AF": "CmOpenAf", "PROTOCOL_CM_CLOSE_AF": "CmCloseAf",
    "PROTOCOL_CM_MAKE_CALL": "CmMakeCall", "PROTOCOL_CM_CLOSE_CALL": "CmCloseCall",
    "PROTOCOL_CM_INCOMING_CALL_COMPLETE": "CmIncomingCallComplete",
    "PROTOCOL_CO_CREATE_VC": "CoCreateVc", "PROTOCOL_CO_DELETE_VC": "CoDeleteVc",
    "PROTOCOL_CL_INCOMING_CALL": "ClIncomingCall", "PROTOCOL_CL_OPEN_AF_COMPLETE_EX": "ClOpenAfComplete",
    "PROTOCOL_CL_REGISTER_SAP_COMPLETE": "ClRegisterSapComplete",
    "PROTOCOL_CL_DEREGISTER_SAP_COMPLETE": "ClDeregisterSapComplete",
    "PROTOCOL_CL_MAKE_CALL_COMPLETE": "ClMakeCallComplete",
    "PROTOCOL_CL_INCOMING_CLOSE_CALL": "ClIncomingCloseCall",
    "PROTOCOL_CL_CALL_CONNECTED": "ClCallConnected", "PROTOCOL_CO_AF_REGISTER_NOTIFY": "CoAfRegisterNotify",
    "MINIPORT_ISR": "Isr", "MINIPORT_INTERRUPT_DPC": "InterruptDpc",
    "MINIPORT_CO_CREATE_VC": "MpCreateVc", "MINIPORT_CO_DELETE_VC": "MpDeleteVc",
    "MINIPORT_CO_ACTIVATE_VC": "MpActivateVc", "MINIPORT_CO_DEACTIVATE_VC": "MpDeactivateVc",
    "NDIS_TIMER_FUNCTION": "Timer", "KDEFERRED_ROUTINE": "Dpc",
}

CM_ROLES = ["PROTOCOL_CM_REG_SAP", "PROTOCOL_CM_DEREGISTER_SAP", "PROTOCOL_CM_OPEN_AF",
            "PROTOCOL_CM_CLOSE_AF", "PROTOCOL_CM_MAKE_CALL", "PROTOCOL_CM_CLOSE_CALL",
            "PROTOCOL_CM_INCOMING_CALL_COMPLETE", "PROTOCOL_CO_CREATE_VC", "PROTOCOL_CO_DELETE_VC"]
KIND_ROLES = {
    "mcm": CM_ROLES + ["MINIPORT_ISR", "MINIPORT_INTERRUPT_DPC", "MINIPORT_CO_CREATE_VC",
                       "MINIPORT_CO_DELETE_VC", "MINIPORT_CO_ACTIVATE_VC", "MINIPORT_CO_DEACTIVATE_VC",
                       "NDIS_TIMER_FUNCTION", "KDEFERRED_ROUTINE"],
    "cm": CM_ROLES + ["NDIS_TIMER_FUNCTION", "KDEFERRED_ROUTINE"],
    "client": ["PROTOCOL_CL_INCOMING_CALL", "PROTOCOL_CL_OPEN_AF_COMPLETE_EX",
               "PROTOCOL_CL_REGISTER_SAP_COMPLETE", "PROTOCOL_CL_DEREGISTER_SAP_COMPLETE",
               "PROTOCOL_CL_MAKE_CALL_COMPLETE", "PROTOCOL_CL_INCOMING_CLOSE_CALL",
               "PROTOCOL_CL_CALL_CONNECTED", "PROTOCOL_CO_AF_REGISTER_NOTIFY", "PROTOCOL_CO_CREATE_VC",
               "PROTOCOL_CO_DELETE_VC", "NDIS_TIMER_FUNCTION", "KDEFERRED_ROUTINE"],
}
KIND_PREFIX = {"mcm": "Mcm", "cm": "Cm", "client": "Cl"}

# Which context parameter of a role leads to what (how the body finds its adapter, SAP, VC).
#   'adapter' -> the parameter is the adapter; 'sap' -> a DRV_SAP; 'vc' -> a DRV_VC
ROLE_CONTEXT = {
    "PROTOCOL_CM_REG_SAP": ("CallMgrAfContext", "adapter"),
    "PROTOCOL_CM_DEREGISTER_SAP": ("CallMgrSapContext", "sap"),
    "PROTOCOL_CM_OPEN_AF": ("CallMgrBindingContext", "adapter"),
    "PROTOCOL_CM_CLOSE_AF": ("CallMgrAfContext", "adapter"),
    "PROTOCOL_CM_MAKE_CALL": ("CallMgrVcContext", "vc"),
    "PROTOCOL_CM_CLOSE_CALL": ("CallMgrVcContext", "vc"),
    "PROTOCOL_CM_INCOMING_CALL_COMPLETE": ("CallMgrVcContext", "vc"),
    "PROTOCOL_CO_CREATE_VC": ("ProtocolAfContext", "adapter"),
    "PROTOCOL_CO_DELETE_VC": ("ProtocolVcContext", "vc"),
    "PROTOCOL_CL_INCOMING_CALL": ("ProtocolVcContext", "vc"),
    "PROTOCOL_CL_OPEN_AF_COMPLETE_EX": ("ProtocolAfContext", "adapter"),
    "PROTOCOL_CL_REGISTER_SAP_COMPLETE": ("ProtocolSapContext", "sap"),
    "PROTOCOL_CL_DEREGISTER_SAP_COMPLETE": ("ProtocolSapContext", "sap"),
    "PROTOCOL_CL_MAKE_CALL_COMPLETE": ("ProtocolVcContext", "vc"),
    "PROTOCOL_CL_INCOMING_CLOSE_CALL": ("ProtocolVcContext", "vc"),
    "PROTOCOL_CL_CALL_CONNECTED": ("ProtocolVcContext", "vc"),
    "PROTOCOL_CO_AF_REGISTER_NOTIFY": ("ProtocolBindingContext", "adapter"),
    "MINIPORT_ISR": ("MiniportInterruptContext", "adapter"),
    "MINIPORT_INTERRUPT_DPC": ("MiniportInterruptContext", "adapter"),
    "MINIPORT_CO_CREATE_VC": ("MiniportAdapterContext", "adapter"),
    "MINIPORT_CO_DELETE_VC": ("MiniportVcContext", "vc"),
    "MINIPORT_CO_ACTIVATE_VC": ("MiniportVcContext", "vc"),
    "MINIPORT_CO_DEACTIVATE_VC": ("MiniportVcContext", "vc"),
    "NDIS_TIMER_FUNCTION": ("FunctionContext", "adapter"),
    "KDEFERRED_ROUTINE": ("DeferredContext", "adapter"),
}

# DDI call statements usable at IRQL <= DISPATCH_LEVEL, per driver kind. Placeholders: {S} a status
# lvalue; locals pAdapter, pVc, pSap. Each entry: (needed identifiers, returns status?, text).
DISPATCH_DDIS = {
    "mcm": [
        (["NdisMCmCreateVc"], True,
         "NdisMCmCreateVc(pAdapter->MiniportAdapterHandle, pAdapter->NdisAfHandle, (NDIS_HANDLE)pVc, &pVc->NdisVcHandle)"),
        (["NdisMCmDispatchIncomingCall"], True,
         "NdisMCmDispatchIncomingCall(pSap->NdisSapHandle, pVc->NdisVcHandle, pVc->CallParameters)"),
        (["NdisMCmActivateVc"], True, "NdisMCmActivateVc(pVc->NdisVcHandle, pVc->CallParameters)"),
        (["NdisMCmDeactivateVc"], True, "NdisMCmDeactivateVc(pVc->NdisVcHandle)"),
        (["NdisMCmDeleteVc"], True, "NdisMCmDeleteVc(pVc->NdisVcHandle)"),
        (["NdisMCmDispatchCallConnected"], False, "NdisMCmDispatchCallConnected(pVc->NdisVcHandle)"),
        (["NdisMCmMakeCallComplete"], False,
         "NdisMCmMakeCallComplete({S}, pVc->NdisVcHandle, NULL, NULL, pVc->CallParameters)"),
        (["NdisMCmCloseCallComplete"], False, "NdisMCmCloseCallComplete({S}, pVc->NdisVcHandle, NULL)"),
        (["NdisMCmDispatchIncomingCloseCall"], False,
         "NdisMCmDispatchIncomingCloseCall(NDIS_STATUS_SUCCESS, pVc->NdisVcHandle, NULL, 0)"),
        (["NdisMCoIndicateReceiveNetBufferLists"], False,
         "NdisMCoIndicateReceiveNetBufferLists(pVc->NdisVcHandle, pVc->PendingReceive, 1, 0)"),
        (["NdisMCoSendNetBufferListsComplete"], False,
         "NdisMCoSendNetBufferListsComplete(pVc->NdisVcHandle, pVc->PendingSend, 0)"),
    ],
    "cm": [
        (["NdisCoCreateVc"], True,
         "NdisCoCreateVc(pAdapter->NdisBindingHandle, pAdapter->NdisAfHandle, (NDIS_HANDLE)pVc, &pVc->NdisVcHandle)"),
        (["NdisCmDispatchIncomingCall"], True,
         "NdisCmDispatchIncomingCall(pSap->NdisSapHandle, pVc->NdisVcHandle, pVc->CallParameters)"),
        (["NdisCmActivateVc"], True, "NdisCmActivateVc(pVc->NdisVcHandle, pVc->CallParameters)"),
        (["NdisCmDeactivateVc"], True, "NdisCmDeactivateVc(pVc->NdisVcHandle)"),
        (["NdisCoDeleteVc"], True, "NdisCoDeleteVc(pVc->NdisVcHandle)"),
        (["NdisCmDispatchCallConnected"], False, "NdisCmDispatchCallConnected(pVc->NdisVcHandle)"),
        (["NdisCmMakeCallComplete"], False,
         "NdisCmMakeCallComplete({S}, pVc->NdisVcHandle, NULL, NULL, pVc->CallParameters)"),
        (["NdisCmCloseCallComplete"], False, "NdisCmCloseCallComplete({S}, pVc->NdisVcHandle, NULL)"),
        (["NdisCmDispatchIncomingCloseCall"], False,
         "NdisCmDispatchIncomingCloseCall(NDIS_STATUS_SUCCESS, pVc->NdisVcHandle, NULL, 0)"),
    ],
    "client": [
        (["NdisCoCreateVc"], True,
         "NdisCoCreateVc(pAdapter->NdisBindingHandle, pAdapter->NdisAfHandle, (NDIS_HANDLE)pVc, &pVc->NdisVcHandle)"),
        (["NdisClMakeCall"], True, "NdisClMakeCall(pVc->NdisVcHandle, pVc->CallParameters, NULL, NULL)"),
        (["NdisClCloseCall"], True, "NdisClCloseCall(pVc->NdisVcHandle, NULL, NULL, 0)"),
        (["NdisCoDeleteVc"], True, "NdisCoDeleteVc(pVc->NdisVcHandle)"),
        (["NdisClIncomingCallComplete"], False,
         "NdisClIncomingCallComplete({S}, pVc->NdisVcHandle, pVc->CallParameters)"),
        (["NdisCoSendNetBufferLists"], False, "NdisCoSendNetBufferLists(pVc->NdisVcHandle, pVc->PendingSend, 0)"),
        (["NdisCoSendNetBufferLists"], False, "NdisCoSendNetBufferLists(pVc->NdisVcHandle, pVc->PendingSend, 0)"),
    ],
}

# SAP completion statements (the lifecycle the typestate rules follow), per kind.
SAP_REG_COMPLETE = {"mcm": "NdisMCmRegisterSapComplete", "cm": "NdisCmRegisterSapComplete"}
SAP_DEREG_COMPLETE = {"mcm": "NdisMCmDeregisterSapComplete", "cm": "NdisCmDeregisterSapComplete"}
AF_OPEN_COMPLETE = {"mcm": "NdisMCmOpenAddressFamilyComplete", "cm": "NdisCmOpenAddressFamilyComplete"}
AF_CLOSE_COMPLETE = {"mcm": "NdisMCmCloseAddressFamilyComplete", "cm": "NdisCmCloseAddressFamilyComplete"}

# Identifiers every TU relies on; without them no corpus can be generated.
CORE_IDENTS = ["NDIS_STATUS", "NDIS_HANDLE", "PNDIS_HANDLE", "NDIS_SPIN_LOCK", "NDIS_STATUS_SUCCESS",
               "NDIS_STATUS_PENDING", "NDIS_STATUS_FAILURE", "ULONG", "BOOLEAN", "PVOID", "VOID",
               "UINT", "KIRQL", "PCO_SAP", "PCO_CALL_PARAMETERS", "PCO_ADDRESS_FAMILY",
               "PNET_BUFFER_LIST"]

# Handler structs filled with designated initializers: struct type -> (driver kinds, {field: role}).
HANDLER_STRUCTS = {
    "NDIS_CO_CALL_MANAGER_OPTIONAL_HANDLERS": (("mcm", "cm"), {
        "CmCreateVcHandler": "PROTOCOL_CO_CREATE_VC", "CmDeleteVcHandler": "PROTOCOL_CO_DELETE_VC",
        "CmOpenAfHandler": "PROTOCOL_CM_OPEN_AF", "CmCloseAfHandler": "PROTOCOL_CM_CLOSE_AF",
        "CmRegisterSapHandler": "PROTOCOL_CM_REG_SAP", "CmDeregisterSapHandler": "PROTOCOL_CM_DEREGISTER_SAP",
        "CmMakeCallHandler": "PROTOCOL_CM_MAKE_CALL", "CmCloseCallHandler": "PROTOCOL_CM_CLOSE_CALL",
        "CmIncomingCallCompleteHandler": "PROTOCOL_CM_INCOMING_CALL_COMPLETE"}),
    "NDIS_CO_CLIENT_OPTIONAL_HANDLERS": (("client",), {
        "ClCreateVcHandler": "PROTOCOL_CO_CREATE_VC", "ClDeleteVcHandler": "PROTOCOL_CO_DELETE_VC",
        "ClOpenAfCompleteHandlerEx": "PROTOCOL_CL_OPEN_AF_COMPLETE_EX",
        "ClRegisterSapCompleteHandler": "PROTOCOL_CL_REGISTER_SAP_COMPLETE",
        "ClDeregisterSapCompleteHandler": "PROTOCOL_CL_DEREGISTER_SAP_COMPLETE",
        "ClMakeCallCompleteHandler": "PROTOCOL_CL_MAKE_CALL_COMPLETE",
        "ClIncomingCallHandler": "PROTOCOL_CL_INCOMING_CALL",
        "ClIncomingCloseCallHandler": "PROTOCOL_CL_INCOMING_CLOSE_CALL",
        "ClCallConnectedHandler": "PROTOCOL_CL_CALL_CONNECTED"}),
    "NDIS_PROTOCOL_CO_CHARACTERISTICS": (("client", "cm"), {
        "CoAfRegisterNotifyHandler": "PROTOCOL_CO_AF_REGISTER_NOTIFY"}),
    "NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS": (("mcm",), {
        "InterruptHandler": "MINIPORT_ISR", "InterruptDpcHandler": "MINIPORT_INTERRUPT_DPC"}),
    "NDIS_MINIPORT_CO_CHARACTERISTICS": (("mcm",), {
        "CoCreateVcHandler": "MINIPORT_CO_CREATE_VC", "CoDeleteVcHandler": "MINIPORT_CO_DELETE_VC",
        "CoActivateVcHandler": "MINIPORT_CO_ACTIVATE_VC", "CoDeactivateVcHandler": "MINIPORT_CO_DEACTIVATE_VC"}),
}
# The struct whose fields the registration function also assigns one by one.
OPTIONAL_HANDLERS = {"mcm": "NDIS_CO_CALL_MANAGER_OPTIONAL_HANDLERS",
                     "cm": "NDIS_CO_CALL_MANAGER_OPTIONAL_HANDLERS", "client": "NDIS_CO_CLIENT_OPTIONAL_HANDLERS"}


class Catalog:
    """The identifiers the header set declares (every C identifier token found in it)."""

    def __init__(self, include_dir):
        self.idents = None
        self.missing = set()
        if include_dir and os.path.isfile(os.path.join(include_dir, "ndis.h")):
            self.idents = set()
            for root, _dirs, files in os.walk(include_dir):
                for name in files:
                    if name.endswith(".h"):
                        with open(os.path.join(root, name), encoding="utf-8", errors="replace") as f:
                            text = f.read()
                        text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
                        text = re.sub(r"//[^\n]*", " ", text)
                        self.idents.update(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text))

    def have(self, *names):
        if self.idents is None:
            return True
        ok = True
        for n in names:
            if n not in self.idents:
                self.missing.add(n)
                ok = False
        return ok

    def role_ok(self, role):
        ret, params, field = ROLES[role]
        return self.have(role, ret, *[t for t, _ in params])


# --------------------------------------------------------------------------------------------------
# Code generation


class Func:
    """One function being generated."""

    def __init__(self, name, ret, params, role=None, static=True, cls="disp"):
        self.name = name
        self.ret = ret
        self.params = params  # [(type, name)]
        self.role = role
        self.static = static
        self.cls = cls  # 'pure' (no DDIs, no locks: callable at DIRQL) or 'disp' (<= DISPATCH_LEVEL)
        self.locals = {}  # name -> declaration, in insertion order
        self.gotos = 0
        self.lines = []

    def proto(self):
        ps = ", ".join(f"{t} {n}" for t, n in self.params) or "VOID"
        return f"{self.ret} {self.name}({ps})"


HELPER_SIGS = [
    # (ret, params, call-args given the caller's locals)
    ("NDIS_STATUS", [("PDRV_ADAPTER", "pAdapter"), ("PDRV_VC", "pVc")], "pAdapter, pVc"),
    ("NDIS_STATUS", [("PDRV_ADAPTER", "pAdapter"), ("PDRV_SAP", "pSap")], "pAdapter, pSap"),
    ("VOID", [("PDRV_ADAPTER", "pAdapter"), ("ULONG", "Flags")], "pAdapter, {U}"),
    ("ULONG", [("PDRV_ADAPTER", "pAdapter"), ("PDRV_VC", "pVc"), ("ULONG", "Flags")], "pAdapter, pVc, {U}"),
    ("BOOLEAN", [("PDRV_ADAPTER", "pAdapter")], "pAdapter"),
    ("VOID", [("PDRV_VC", "pVc")], "pVc"),
]

VC_STATES = ["VC_STATE_IDLE", "VC_STATE_ACTIVATING", "VC_STATE_ACTIVE", "VC_STATE_CLOSING"]
SAP_STATES = ["SAP_STATE_FREE", "SAP_STATE_REGISTERING", "SAP_STATE_REGISTERED", "SAP_STATE_CLOSING"]
STATUSES = ["NDIS_STATUS_SUCCESS", "NDIS_STATUS_PENDING", "NDIS_STATUS_FAILURE", "NDIS_STATUS_RESOURCES",
            "NDIS_STATUS_NOT_SUPPORTED", "NDIS_STATUS_INVALID_DATA", "NDIS_STATUS_CLOSING"]
COUNTERS = ["RxPackets", "TxPackets", "RxErrors", "TxErrors", "Interrupts", "DpcCount", "CallsIn",
            "CallsOut", "SapRegistrations", "VcCreated", "VcDeleted", "TimerTicks"]


class TuGen:
    def __init__(self, rng, cat, drv, tu_index, violations):
        self.rng = rng
        self.cat = cat
        self.drv = drv
        self.tu = tu_index
        self.violations = violations
        self.kind = drv["kind"]
        self.p = drv["prefix"]
        self.funcs = []
        self.statuses = [s for s in STATUSES if cat.have(s)]
        self.ddis = [d for d in DISPATCH_DDIS[self.kind] if cat.have(*d[0])]
        self.has_lock = cat.have("NdisAcquireSpinLock", "NdisReleaseSpinLock")
        self.has_raise = cat.have("KeRaiseIrql", "KeLowerIrql", "DISPATCH_LEVEL")

    # -- small pieces --------------------------------------------------------------------------
    def use_local(self, f, name):
        if any(n == name for _, n in f.params) or name in f.locals:
            return
        decl = {
            "Status": "NDIS_STATUS Status = NDIS_STATUS_SUCCESS;",
            "i": "ULONG i;",
            "Count": "ULONG Count = 0;",
            "OldIrql": "KIRQL OldIrql;",
            "pVc": "PDRV_VC pVc = &pAdapter->Vcs[pAdapter->NextVc % DRV_MAX_VCS];",
            "pSap": "PDRV_SAP pSap = &pAdapter->Saps[pAdapter->NextSap % DRV_MAX_SAPS];",
        }[name]
        f.locals[name] = decl

    def counter(self):
        return self.rng.choice(COUNTERS)

    def field_update(self, f, ind):
        r = self.rng.random()
        if r < 0.35:
            return [f"{ind}pAdapter->Stats.{self.counter()} += {self.rng.randint(1, 4)};"]
        if r < 0.6:
            self.use_local(f, "pVc")
            return [f"{ind}pVc->State = {self.rng.choice(VC_STATES)};"]
        if r < 0.8:
            self.use_local(f, "pVc")
            return [f"{ind}pVc->Flags |= 0x{1 << self.rng.randint(0, 7):02x};",
                    f"{ind}pVc->BytesSent += pAdapter->Stats.{self.counter()};"]
        self.use_local(f, "pSap")
        return [f"{ind}if (pSap->State == {self.rng.choice(SAP_STATES)}) {{",
                f"{ind}    pSap->RefCount++;", f"{ind}}}"]

    def ddi_call(self, f, ind):
        if not self.ddis:
            return self.field_update(f, ind)
        names, ret_status, text = self.rng.choice(self.ddis)
        self.use_local(f, "pVc")
        if "pSap" in text:
            self.use_local(f, "pSap")
        if "{S}" in text:
            self.use_local(f, "Status")
            text = text.replace("{S}", "Status")
        if ret_status:
            self.use_local(f, "Status")
            return [f"{ind}Status = {text};"]
        return [f"{ind}{text};"]

    def helper_call(self, f, ind, callees):
        if not callees:
            return self.field_update(f, ind)
        g = self.rng.choice(callees)
        args = g["args"].replace("{U}", str(self.rng.randint(0, 31)))
        if "pVc" in args.split(", "):
            self.use_local(f, "pVc")
        if "pSap" in args.split(", "):
            self.use_local(f, "pSap")
        if g["ret"] == "NDIS_STATUS":
            self.use_local(f, "Status")
            return [f"{ind}Status = {g['name']}({args});"]
        if g["ret"] == "ULONG":
            self.use_local(f, "Count")
            return [f"{ind}Count += {g['name']}({args});"]
        if g["ret"] == "BOOLEAN":
            return [f"{ind}if (!{g['name']}({args})) {{",
                    f"{ind}    pAdapter->Stats.{self.counter()}++;", f"{ind}}}"]
        return [f"{ind}{g['name']}({args});"]

    # -- statements ----------------------------------------------------------------------------
    def stmt(self, f, ind, callees, depth):
        """One statement (possibly compound) for a function of class f.cls."""
        kinds = ["field", "field", "loop", "switch", "call", "if"]
        if f.cls == "disp":
            kinds += ["ddi", "ddi", "ddi"]
            if self.has_lock:
                kinds += ["lock", "lock"]
            if self.has_raise:
                kinds += ["raise"]
        if depth >= 2:
            kinds = [k for k in kinds if k not in ("loop", "switch", "lock", "raise", "if")]
        k = self.rng.choice(kinds)
        inner = ind + "    "
        if k == "field":
            return self.field_update(f, ind)
        if k == "ddi":
            return self.ddi_call(f, ind)
        if k == "call":
            return self.helper_call(f, ind, callees)
        if k == "loop":
            self.use_local(f, "i")
            self.use_local(f, "Count")
            body = [f"{ind}for (i = 0; i < DRV_MAX_VCS; i++) {{",
                    f"{inner}if (pAdapter->Vcs[i].State == {self.rng.choice(VC_STATES)}) {{",
                    f"{inner}    continue;", f"{inner}}}",
                    f"{inner}Count += pAdapter->Vcs[i].Flags & 0x{self.rng.randint(1, 255):02x};"]
            if self.rng.random() < 0.4:
                body += [f"{inner}if (Count > {self.rng.randint(8, 200)}) {{", f"{inner}    break;",
                         f"{inner}}}"]
            if self.rng.random() < 0.5:
                body += self.stmt(f, inner, callees, depth + 1)
            return body + [f"{ind}}}"]
        if k == "switch":
            self.use_local(f, "Status")
            cases = self.rng.sample(self.statuses, min(len(self.statuses), self.rng.randint(2, 4)))
            out = [f"{ind}switch (Status) {{"]
            for c in cases:
                out.append(f"{ind}case {c}:")
                out += self.stmt(f, inner, callees, depth + 1)
                out.append(f"{inner}break;")
            out += [f"{ind}default:", f"{inner}pAdapter->Stats.{self.counter()}++;", f"{inner}break;",
                    f"{ind}}}"]
            return out
        if k == "if":
            out = [f"{ind}if (pAdapter->State == {self.rng.choice(['ADAPTER_RUNNING', 'ADAPTER_PAUSED', 'ADAPTER_HALTING'])}) {{"]
            out += self.stmt(f, inner, callees, depth + 1)
            if self.rng.random() < 0.5:
                out += [f"{ind}}} else {{"]
                out += self.stmt(f, inner, callees, depth + 1)
            return out + [f"{ind}}}"]
        if k == "lock":
            out = [f"{ind}NdisAcquireSpinLock(&pAdapter->Lock);"]
            for _ in range(self.rng.randint(1, 3)):
                r = self.rng.random()
                if r < 0.4:
                    out += self.field_update(f, ind)
                elif r < 0.75:
                    out += self.ddi_call(f, ind)
                else:
                    pure = [c for c in callees if c["cls"] == "pure"]
                    out += self.helper_call(f, ind, pure)
            if self.violations and self.rng.random() < self.violations:
                out += self.passive_violation(f, ind)
            out.append(f"{ind}NdisReleaseSpinLock(&pAdapter->Lock);")
            return out
        if k == "raise":
            self.use_local(f, "OldIrql")
            out = [f"{ind}KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);"]
            out += self.field_update(f, ind)
            if self.rng.random() < 0.5:
                out += self.ddi_call(f, ind)
            out.append(f"{ind}KeLowerIrql(OldIrql);")
            return out
        raise AssertionError(k)

    def passive_violation(self, f, ind):
        """A PASSIVE_LEVEL-only DDI called with the spin lock held (only with --violations)."""
        if self.kind == "client" and self.cat.have("NdisClOpenAddressFamilyEx"):
            self.use_local(f, "Status")
            return [f"{ind}Status = NdisClOpenAddressFamilyEx(pAdapter->NdisBindingHandle, "
                    f"pAdapter->AddressFamily, (NDIS_HANDLE)pAdapter, &pAdapter->NdisAfHandle);"]
        if self.kind == "mcm" and self.cat.have("NdisMCmNotifyCloseAddressFamily"):
            self.use_local(f, "Status")
            return [f"{ind}Status = NdisMCmNotifyCloseAddressFamily(pAdapter->NdisAfHandle);"]
        if self.kind == "cm" and self.cat.have("NdisCmNotifyCloseAddressFamily"):
            self.use_local(f, "Status")
            return [f"{ind}Status = NdisCmNotifyCloseAddressFamily(pAdapter->NdisAfHandle);"]
        return []

    def body(self, f, callees, n_stmts, with_goto):
        """n_stmts statements; with_goto adds failure checks jumping to Exit (f.gotos counts them)."""
        out = []
        for _ in range(n_stmts):
            out += self.stmt(f, "    ", callees, 0)
            if with_goto and self.rng.random() < 0.3:
                self.use_local(f, "Status")
                out += ["    if (Status != NDIS_STATUS_SUCCESS && Status != NDIS_STATUS_PENDING) {",
                        "        goto Exit;", "    }"]
                f.gotos += 1
        return out

    # -- role-specific skeletons ---------------------------------------------------------------
    def role_prologue(self, f):
        """Declarations that derive pAdapter/pVc/pSap from the role's context parameter."""
        pname, what = ROLE_CONTEXT[f.role]
        if what == "adapter":
            return [f"    PDRV_ADAPTER pAdapter = (PDRV_ADAPTER){pname};"]
        if what == "sap":
            return [f"    PDRV_SAP pSap = (PDRV_SAP){pname};", "    PDRV_ADAPTER pAdapter = pSap->Adapter;"]
        return [f"    PDRV_VC pVc = (PDRV_VC){pname};", "    PDRV_ADAPTER pAdapter = pVc->Adapter;"]

    def role_core(self, f):
        """Lines that make the callback do its job (before the filler)."""
        r, k, cat = f.role, self.kind, self.cat
        self.use_local(f, "Status")
        if r == "PROTOCOL_CM_REG_SAP":
            self.use_local(f, "pSap")
            return ["    pSap->Adapter = pAdapter;", "    pSap->NdisSapHandle = NdisSapHandle;",
                    "    pSap->Sap = Sap;", "    pSap->State = SAP_STATE_REGISTERING;",
                    "    *CallMgrSapContext = (NDIS_HANDLE)pSap;", "    pAdapter->NextSap++;"]
        if r == "PROTOCOL_CM_DEREGISTER_SAP":
            return ["    pSap->State = SAP_STATE_CLOSING;"]
        if r == "PROTOCOL_CM_OPEN_AF":
            return ["    pAdapter->NdisAfHandle = NdisAfHandle;", "    pAdapter->AddressFamily = AddressFamily;",
                    "    *CallMgrAfContext = (NDIS_HANDLE)pAdapter;"]
        if r in ("PROTOCOL_CO_CREATE_VC", "MINIPORT_CO_CREATE_VC"):
            ctx = "ProtocolVcContext" if r == "PROTOCOL_CO_CREATE_VC" else "MiniportVcContext"
            self.use_local(f, "pVc")
            return ["    pVc->Adapter = pAdapter;", "    pVc->NdisVcHandle = NdisVcHandle;",
                    "    pVc->State = VC_STATE_IDLE;", f"    *{ctx} = (NDIS_HANDLE)pVc;", "    pAdapter->NextVc++;"]
        if r == "PROTOCOL_CM_MAKE_CALL":
            return ["    pVc->CallParameters = CallParameters;", "    pVc->State = VC_STATE_ACTIVATING;",
                    "    if (CallMgrPartyContext != NULL) {", "        *CallMgrPartyContext = NULL;", "    }"]
        if r in ("PROTOCOL_CL_INCOMING_CALL", "MINIPORT_CO_ACTIVATE_VC"):
            return ["    pVc->CallParameters = CallParameters;", "    pVc->State = VC_STATE_ACTIVE;"]
        if r == "PROTOCOL_CL_REGISTER_SAP_COMPLETE":
            return ["    if (Status == NDIS_STATUS_SUCCESS) {", "        pSap->NdisSapHandle = NdisSapHandle;",
                    "        pSap->Sap = Sap;", "        pSap->State = SAP_STATE_REGISTERED;", "    } else {",
                    "        pSap->State = SAP_STATE_FREE;", "    }"]
        if r == "PROTOCOL_CL_DEREGISTER_SAP_COMPLETE":
            return ["    pSap->NdisSapHandle = NULL;", "    pSap->State = SAP_STATE_FREE;"]
        if r == "PROTOCOL_CL_OPEN_AF_COMPLETE_EX":
            return ["    if (Status == NDIS_STATUS_SUCCESS) {", "        pAdapter->NdisAfHandle = NdisAfHandle;",
                    "    }"]
        if r == "MINIPORT_ISR":
            return ["    pAdapter->Stats.Interrupts++;", "    *QueueDefaultInterruptDpc = TRUE;",
                    "    *TargetProcessors = 0;"]
        return []

    def role_epilogue(self, f):
        r, k = f.role, self.kind
        out = []
        if r == "PROTOCOL_CM_DEREGISTER_SAP" and k in SAP_DEREG_COMPLETE and self.cat.have(SAP_DEREG_COMPLETE[k]):
            # Pend the request and complete it at once; the handle is invalid after the completion.
            out += ["    Status = NDIS_STATUS_PENDING;", f"    {SAP_DEREG_COMPLETE[k]}(NDIS_STATUS_SUCCESS, pSap->NdisSapHandle);",
                    "    pSap->NdisSapHandle = NULL;", "    pSap->State = SAP_STATE_FREE;"]
        if r == "PROTOCOL_CM_OPEN_AF" and k in AF_OPEN_COMPLETE and self.rng.random() < 0.5 \
                and self.cat.have(AF_OPEN_COMPLETE[k]):
            out += ["    if (Status == NDIS_STATUS_PENDING) {",
                    f"        {AF_OPEN_COMPLETE[k]}(NDIS_STATUS_SUCCESS, NdisAfHandle, (NDIS_HANDLE)pAdapter);",
                    "    }"]
        return out

    def ret_stmt(self, f):
        if f.ret == "NDIS_STATUS":
            if f.role == "PROTOCOL_CM_REG_SAP":
                return ["    return NDIS_STATUS_PENDING;"]  # completed later by the registration path
            return ["    return Status;"]
        if f.ret == "BOOLEAN":
            return ["    return TRUE;"] if f.role else ["    return pAdapter->State == ADAPTER_RUNNING;"]
        if f.ret == "ULONG":
            return ["    return Count;"]
        return []

    def emit_func(self, f, callees):
        out = []
        prologue = []
        if f.role:
            prologue = self.role_prologue(f)
            core = self.role_core(f)
        else:
            core = []
            if not any(n == "pAdapter" for _, n in f.params):
                prologue = ["    PDRV_ADAPTER pAdapter = pVc->Adapter;"]  # dropped below if unused
        if f.ret == "ULONG":
            self.use_local(f, "Count")
        if f.ret == "NDIS_STATUS":
            self.use_local(f, "Status")
        with_goto = f.ret == "NDIS_STATUS" and self.rng.random() < 0.5
        n = self.rng.randint(2, 5)
        body = self.body(f, callees, n, with_goto)
        epi = self.role_epilogue(f) if f.role else []
        # Consume what the body computed, as real code does.
        if "Count" in f.locals and f.ret != "ULONG":
            body += [f"    pAdapter->Stats.{self.counter()} += Count;"]
        if f.gotos:
            body += ["", "Exit:"]
            if self.rng.random() < 0.5:
                body += [f"    pAdapter->Stats.{self.counter()}++;"]
        ret = self.ret_stmt(f)
        status_param = any(n == "Status" for _, n in f.params)
        if ("Status" in f.locals or (status_param and "Status =" in " ".join(body))) \
                and not any("return Status;" in l for l in ret):
            body += ["    if (Status != NDIS_STATUS_SUCCESS) {",
                     f"        pAdapter->Stats.{self.rng.choice(['RxErrors', 'TxErrors'])}++;", "    }"]
        # Declaration order: role prologue first (defines pAdapter), then locals.
        prologue_names = {m.group(1) for m in (re.match(r"\s*\w+ (\w+) =", l) for l in prologue) if m}
        decls = [f"    {d}" for n_, d in f.locals.items() if n_ not in prologue_names]
        if "pAdapter" not in " ".join(decls + core + body + ret + epi):
            prologue = [l for l in prologue if "PDRV_ADAPTER pAdapter" not in l]
        out.append(("" if f.static is False else "static ") + f.proto() if not f.role else f.proto())
        out.append("{")
        out += prologue + decls
        if prologue or decls:
            out.append("")
        for _, pn in f.params:
            if not re.search(r"(?<![\w>.])%s\b" % pn, "\n".join(prologue + decls + core + body + epi + ret)):
                out.append(f"    UNREFERENCED_PARAMETER({pn});" if self.cat.have("UNREFERENCED_PARAMETER")
                           else f"    (void){pn};")
        out += core + body + epi + ret
        out.append("}")
        return out

    # -- the TU --------------------------------------------------------------------------------
    def generate(self, n_funcs, extern_helpers):
        """Return (text of the TU, its global helpers). extern_helpers: global helpers of the
        driver's earlier TUs (callable from here). Every third helper is global (declared in the
        driver header), the others are static."""
        rng, p, tu = self.rng, self.p, self.tu
        roles = [r for r in KIND_ROLES[self.kind] if self.cat.role_ok(r)]
        n_roles = min(len(roles), max(2, n_funcs // 4))
        roles = rng.sample(roles, n_roles)
        n_helpers = max(1, n_funcs - n_roles - 1)

        helpers = []  # dicts: name ret params args cls
        for h in range(n_helpers):
            ret, params, args = rng.choice(HELPER_SIGS)
            name = f"{p}{rng.choice(['Update', 'Process', 'Complete', 'Check', 'Drain', 'Flush', 'Find', 'Reset', 'Scan', 'Release', 'Queue'])}" \
                   f"{rng.choice(['Vc', 'Sap', 'Call', 'Stats', 'Queue', 'Af', 'Party', 'Send', 'Receive', 'Timer'])}_{tu}_{h}"
            cls = "pure" if rng.random() < 0.3 else "disp"
            helpers.append({"name": name, "ret": ret, "params": params, "args": args, "cls": cls,
                            "global": h % 3 == 0})

        out = [f"/* {self.drv['name']}/{self.drv['units'][tu]}: generated by gen_corpus.py (seed {self.drv['seed']}). */",
               "#include <ndis.h>", f'#include "{self.drv["name"]}.h"', ""]
        # Role declarations, as drivers write them for SAL/SDV.
        role_funcs = []
        for r in roles:
            ret, params, _ = ROLES[r]
            name = f"{p}{ROLE_SHORT[r]}_{tu}"
            role_funcs.append(Func(name, ret, params, role=r, static=False,
                                   cls="pure" if r == "MINIPORT_ISR" else "disp"))
            out.append(f"{r} {name};")
        out.append("")
        for h in helpers:
            if not h["global"]:
                ps = ", ".join(f"{t} {n}" for t, n in h["params"])
                out.append(f"static {h['ret']} {h['name']}({ps});")
        out.append("")

        # Handler struct at file scope with designated initializers.
        out += self.handler_struct(role_funcs)

        # Helpers: helper i may call helpers < i (same class or pure), and earlier TUs' globals.
        for i, h in enumerate(helpers):
            f = Func(h["name"], h["ret"], h["params"], static=not h["global"], cls=h["cls"])
            callees = [c for c in helpers[:i] if c["cls"] == "pure" or f.cls == "disp"]
            if f.cls == "disp":
                callees += [c for c in extern_helpers if rng.random() < 0.3]
            out += self.emit_func(f, callees[-12:])
            out.append("")
        # Callbacks call helpers of this TU (pure ones only from the ISR).
        for f in role_funcs:
            callees = [c for c in helpers if c["cls"] == "pure" or f.cls == "disp"]
            out += self.emit_func(f, rng.sample(callees, min(len(callees), 8)))
            out.append("")
        text = "\n".join(out)
        uncalled = [h for h in helpers if not h["global"] and len(re.findall(r"\b%s\(" % h["name"], text)) < 3]
        out += self.registration(role_funcs, uncalled)
        return "\n".join(out) + "\n", [h for h in helpers if h["global"]]

    def handler_struct(self, role_funcs):
        out = []
        by_role = {f.role: f for f in role_funcs}
        for st, (kinds, fields) in HANDLER_STRUCTS.items():
            if self.kind not in kinds or not self.cat.have(st):
                continue
            inits = [f"    .{field} = {by_role[role].name},"
                     for field, role in fields.items() if role in by_role and self.cat.have(field)]
            if inits:
                out += [f"{st} {self.p}{st.title().replace('_', '')}_{self.tu} = {{"] + inits + ["};", ""]
        return out

    def registration(self, role_funcs, uncalled):
        """A function with no role and no callers (so it runs at PASSIVE_LEVEL) that wires up timers,
        DPCs and the address family, and assigns some handler fields one by one."""
        p, tu, cat = self.p, self.tu, self.cat
        out = [f"NDIS_STATUS {p}Register_{tu}(PDRV_ADAPTER pAdapter)", "{",
               "    NDIS_STATUS Status = NDIS_STATUS_SUCCESS;", ""]
        if uncalled:
            # Static helpers nothing else calls: initialisation runs them once.
            out += ["    {", "        PDRV_VC pVc = &pAdapter->Vcs[0];", "        PDRV_SAP pSap = &pAdapter->Saps[0];"]
            for h in uncalled:
                a = h["args"].replace("{U}", "0")
                if h["ret"] == "NDIS_STATUS":
                    out.append(f"        Status = {h['name']}({a});")
                else:
                    out.append(f"        (void){h['name']}({a});" if h["ret"] != "VOID" else f"        {h['name']}({a});")
            out += ["        (void)pVc;", "        (void)pSap;", "    }"]
        for f in role_funcs:
            if f.role == "NDIS_TIMER_FUNCTION" and cat.have("NDIS_TIMER_CHARACTERISTICS", "TimerFunction",
                                                            "AllocationTag", "NdisAllocateTimerObject"):
                out += ["    {", "        NDIS_TIMER_CHARACTERISTICS TimerChars = {",
                        f"            .AllocationTag = 0x{self.rng.randrange(1 << 32):08x},",
                        f"            .TimerFunction = {f.name},", "            .FunctionContext = pAdapter,",
                        "        };",
                        "        Status = NdisAllocateTimerObject(pAdapter->MiniportAdapterHandle, &TimerChars,",
                        "                                         &pAdapter->TimerObject);",
                        "        if (Status != NDIS_STATUS_SUCCESS) {", "            goto Exit;", "        }",
                        "    }"]
            if f.role == "KDEFERRED_ROUTINE" and cat.have("KeInitializeDpc"):
                out.append(f"    KeInitializeDpc(&pAdapter->Dpc, {f.name}, pAdapter);")
        if self.kind == "mcm" and cat.have("NdisMCmRegisterAddressFamilyEx"):
            out.append("    Status = NdisMCmRegisterAddressFamilyEx(pAdapter->MiniportAdapterHandle, pAdapter->AddressFamily);")
        elif self.kind == "cm" and cat.have("NdisCmRegisterAddressFamilyEx"):
            out.append("    Status = NdisCmRegisterAddressFamilyEx(pAdapter->NdisBindingHandle, pAdapter->AddressFamily);")
        elif self.kind == "client" and cat.have("NdisClOpenAddressFamilyEx"):
            out.append("    Status = NdisClOpenAddressFamilyEx(pAdapter->NdisBindingHandle, pAdapter->AddressFamily,")
            out.append("                                       (NDIS_HANDLE)pAdapter, &pAdapter->NdisAfHandle);")
        out += ["    if (Status != NDIS_STATUS_SUCCESS) {", "        goto Exit;", "    }"]
        if self.kind == "client" and cat.have("NdisClRegisterSap"):
            out += ["    Status = NdisClRegisterSap(pAdapter->NdisAfHandle, (NDIS_HANDLE)&pAdapter->Saps[0],",
                    "                               pAdapter->Saps[0].Sap, &pAdapter->Saps[0].NdisSapHandle);"]
        if self.kind in SAP_REG_COMPLETE and cat.have(SAP_REG_COMPLETE[self.kind]):
            # Complete the SAP registrations that the REG_SAP handler left pending.
            out += ["    {", "        ULONG i;", "        for (i = 0; i < DRV_MAX_SAPS; i++) {",
                    "            PDRV_SAP pSap = &pAdapter->Saps[i];",
                    "            if (pSap->State != SAP_STATE_REGISTERING) {", "                continue;",
                    "            }", "            pSap->State = SAP_STATE_REGISTERED;",
                    f"            {SAP_REG_COMPLETE[self.kind]}(NDIS_STATUS_SUCCESS, pSap->NdisSapHandle, (NDIS_HANDLE)pSap);",
                    "        }", "    }"]
        # Handler fields assigned one by one (the other way drivers fill handler structs).
        st = OPTIONAL_HANDLERS[self.kind]
        by_role = {f.role: f for f in role_funcs}
        assigns = [f"        Handlers.{field} = {by_role[role].name};"
                   for field, role in HANDLER_STRUCTS[st][1].items() if role in by_role and cat.have(field)]
        if assigns and cat.have(st) and cat.have("NdisZeroMemory"):
            out += ["    {", f"        {st} Handlers;", "        NdisZeroMemory(&Handlers, sizeof(Handlers));"]
            out += assigns + ["        pAdapter->HandlersSize = sizeof(Handlers);", "    }"]
        out += ["", "Exit:", "    return Status;", "}"]
        return out


def driver_header(drv, globals_by_tu):
    name = drv["name"]
    guard = name.upper() + "_H"
    out = [f"/* {name}.h: shared declarations of a generated {drv['kind']} driver. */",
           f"#ifndef {guard}", f"#define {guard}", "",
           "#define DRV_MAX_VCS 16", "#define DRV_MAX_SAPS 8", "",
           "enum { VC_STATE_IDLE, VC_STATE_ACTIVATING, VC_STATE_ACTIVE, VC_STATE_CLOSING };",
           "enum { SAP_STATE_FREE, SAP_STATE_REGISTERING, SAP_STATE_REGISTERED, SAP_STATE_CLOSING };",
           "enum { ADAPTER_RUNNING, ADAPTER_PAUSED, ADAPTER_HALTING };", "",
           "struct _DRV_ADAPTER;", "",
           "typedef struct _DRV_VC {", "    struct _DRV_ADAPTER *Adapter;", "    NDIS_HANDLE NdisVcHandle;",
           "    PCO_CALL_PARAMETERS CallParameters;", "    PNET_BUFFER_LIST PendingSend;",
           "    PNET_BUFFER_LIST PendingReceive;", "    ULONG State;", "    ULONG Flags;", "    ULONG BytesSent;",
           "} DRV_VC, *PDRV_VC;", "",
           "typedef struct _DRV_SAP {", "    struct _DRV_ADAPTER *Adapter;", "    NDIS_HANDLE NdisSapHandle;",
           "    PCO_SAP Sap;", "    ULONG State;", "    ULONG RefCount;", "} DRV_SAP, *PDRV_SAP;", "",
           "typedef struct _DRV_STATS {"]
    out += [f"    ULONG {c};" for c in COUNTERS]
    out += ["} DRV_STATS;", "",
            "typedef struct _DRV_ADAPTER {", "    NDIS_HANDLE MiniportAdapterHandle;",
            "    NDIS_HANDLE NdisBindingHandle;", "    NDIS_HANDLE NdisAfHandle;",
            "    PCO_ADDRESS_FAMILY AddressFamily;", "    NDIS_SPIN_LOCK Lock;"]
    out.append("    NDIS_HANDLE TimerObject;")
    if drv["has_dpc"]:
        out.append("    KDPC Dpc;")
    out += ["    ULONG State;", "    ULONG NextVc;", "    ULONG NextSap;", "    ULONG HandlersSize;",
            "    DRV_STATS Stats;", "    DRV_VC Vcs[DRV_MAX_VCS];", "    DRV_SAP Saps[DRV_MAX_SAPS];",
            "} DRV_ADAPTER, *PDRV_ADAPTER;", ""]
    for tu, hs in enumerate(globals_by_tu):
        for h in hs:
            ps = ", ".join(f"{t} {n}" for t, n in h["params"])
            out.append(f"{h['ret']} {h['name']}({ps});")
        out.append(f"NDIS_STATUS {drv['prefix']}Register_{tu}(PDRV_ADAPTER pAdapter);")
    out += ["", f"#endif /* {guard} */", ""]
    return "\n".join(out)


UNIT_NAMES = ["init", "sap", "af", "vc", "call", "send", "recv", "intr", "timer", "oid", "party", "util",
              "pnp", "stats", "qos", "cancel"]


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    default_inc = os.path.normpath(os.path.join(here, "..", "..", "runtime-model", "include"))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("--tus", type=int, default=300, help="translation units in total (default 300)")
    ap.add_argument("--drivers", type=int, default=0, help="number of drivers (default: TUs / 5)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--include", default=default_inc,
                    help="header set to check identifiers against and to compile with (default: %(default)s)")
    ap.add_argument("--violations", type=float, default=0.0,
                    help="probability that a spin-lock region also calls a PASSIVE_LEVEL DDI (default 0)")
    ap.add_argument("--min-funcs", type=int, default=20)
    ap.add_argument("--max-funcs", type=int, default=60)
    args = ap.parse_args(argv)

    cat = Catalog(args.include)
    missing_core = [n for n in CORE_IDENTS if not cat.have(n)]
    if missing_core:
        print("gen_corpus: the headers lack core identifiers: " + " ".join(missing_core), file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    n_drivers = args.drivers or max(1, args.tus // 5)
    n_drivers = min(n_drivers, args.tus)
    out_dir = os.path.abspath(args.out_dir)
    os.makedirs(out_dir, exist_ok=True)
    inc = os.path.abspath(args.include) if args.include else None

    # Distribute TUs over drivers: every driver gets at least one, the rest at random.
    counts = [1] * n_drivers
    for _ in range(args.tus - n_drivers):
        counts[rng.randrange(n_drivers)] += 1
    kinds = ["mcm", "cm", "client"]
    commands, files = [], []
    for d in range(n_drivers):
        kind = kinds[d % 3]
        name = f"{kind}drv{d:03d}"
        prefix = KIND_PREFIX[kind] + f"{d:03d}"
        units = [UNIT_NAMES[u] if u < len(UNIT_NAMES) else f"unit{u}" for u in range(counts[d])]
        drv = {"name": name, "kind": kind, "prefix": prefix, "units": units, "seed": args.seed,
               "has_dpc": cat.have("KDPC")}
        ddir = os.path.join(out_dir, name)
        os.makedirs(ddir, exist_ok=True)
        n_funcs = [rng.randint(args.min_funcs, args.max_funcs) for _ in units]
        # Which helper names of each TU are global (declared in the header, callable from later TUs):
        # decided by a per-TU generator so the TU's own generation stays deterministic.
        texts, globals_by_tu, extern = [], [], []
        for tu, unit in enumerate(units):
            g = TuGen(random.Random(f"{args.seed}/{name}/{tu}"), cat, drv, tu, args.violations)
            text, hs = g.generate(n_funcs[tu], extern)
            globals_by_tu.append(hs)
            extern = extern + hs
            texts.append((unit, text))
        with open(os.path.join(ddir, name + ".h"), "w") as f:
            f.write(driver_header(drv, globals_by_tu))
        drv_commands = []
        for unit, text in texts:
            path = os.path.join(ddir, unit + ".c")
            with open(path, "w") as f:
                f.write(text)
            files.append(path)
            arguments = ["clang-19", "-fsyntax-only"]
            if inc:
                arguments += ["-I", inc]
            arguments += ["-I", ddir, path]
            drv_commands.append({"directory": ddir, "file": path, "arguments": arguments})
        with open(os.path.join(ddir, "compile_commands.json"), "w") as f:
            json.dump(drv_commands, f, indent=2)
            f.write("\n")
        commands += drv_commands
    with open(os.path.join(out_dir, "compile_commands.json"), "w") as f:
        json.dump(commands, f, indent=2)
        f.write("\n")
    with open(os.path.join(out_dir, "files.txt"), "w") as f:
        f.write("\n".join(files) + "\n")
    if cat.missing:
        print("gen_corpus: left out constructs needing identifiers the headers do not declare: "
              + " ".join(sorted(cat.missing)), file=sys.stderr)
    print(f"gen_corpus: {len(files)} TUs in {n_drivers} drivers under {out_dir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
