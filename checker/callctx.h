/* callctx.h — the rules of kind "call_context": a DDI that must not be called from the callbacks of
 * some roles (Flags_Irql: no KeGetCurrentIrql in MiniportSendNetBufferLists), or only from those of
 * some roles (NdisMMapIoSpace: only from MiniportInitializeEx), directly or through the driver
 * functions they call.
 *
 * "Which callbacks reach this call" comes from the driver model: the roles of the functions from
 * which the call's function is reachable through resolved driver calls (a function is its own
 * ancestor). A function that no callback reaches (called through a pointer, or from nowhere) gives
 * no context and no finding. With "unless_null", a call reached from that role is allowed on the
 * paths of the callback where the given parameter is NULL (NdisReEnumerateProtocolBindings from
 * ProtocolNetPnPEvent with a NULL ProtocolBindingContext): the parameter's nullness follows
 * comparisons with NULL and copies into locals along the callback's paths, up to the call or to the
 * call of the helper that leads to it.
 *
 * A finding names the call, the callback and its role; its notes give the chain of calls from the
 * callback to the call and the evidence of the role.
 */
#ifndef DDICHECK_CALLCTX_H
#define DDICHECK_CALLCTX_H

#include "finding.h"
#include "model.h"

/* Runs the enabled call_context rules over the driver and appends their findings to `fs`.
 * Returns 0. */
int cc_run(struct dm_driver *d, struct findings *fs);

#endif
