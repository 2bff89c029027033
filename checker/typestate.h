/* typestate.h — the stateful CoNDIS lifecycle rules, driven by the definitions in rules/defs:
 *
 *   kind "typestate"   handles (SAP handle, protocol handle) that become invalid after a DDI call;
 *                      using one in any DDI afterwards is the error (SapHandle_InvalidAfterComplete,
 *                      ProtocolHandle_InvalidAfterDeregister);
 *   kind "call_status" status arguments a completion DDI must not / must take (SapComplete_Status);
 *   kind "request"     ProtocolCmRegisterSap / ProtocolCmDeregisterSap requests: completed and then
 *                      not returned as NDIS_STATUS_PENDING, completed twice (SapComplete_NotPending),
 *                      or pended and never completed anywhere (SapPending_NeverCompleted);
 *   kind "driver_role" NdisMCm* DDIs outside MCM miniports and NdisCm* ones inside them
 *                      (CallManager_Role).
 *
 * The analysis is path-sensitive: each program point holds a small set of disjuncts (handle states,
 * known NDIS_STATUS values of variables, aliases between access paths), split on branches that
 * compare a status with a constant and merged only when equal (at most TS_MAX_DISJUNCTS per point;
 * beyond that they are joined). Calls to driver functions are analyzed in the caller's context
 * (the callee's parameters renamed to the caller's argument paths), up to a depth of 6 and never
 * recursively, so a helper that completes the SAP passed to it is a completion at its call site.
 * A handle reached through an alias (`h = pSap->NdisSapHandle`, `p2 = p1`) is the same handle; an
 * assignment to a handle's place gives it a new life.
 * SapPending_NeverCompleted looks at the whole driver, so it stays silent when the run does not
 * hold the whole driver (a driver function is called but defined in no file of the run).
 * Borrows the driver model; findings go to `fs`.
 */
#ifndef DDICHECK_TYPESTATE_H
#define DDICHECK_TYPESTATE_H

#include "finding.h"
#include "model.h"

#define TS_MAX_DISJUNCTS 8

/* Runs every enabled rule of the kinds above over the driver. Returns 0 (the definitions were
 * validated when the rule database was loaded). */
int ts_run(struct dm_driver *d, struct findings *fs);

#endif
