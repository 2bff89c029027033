/* nm_ddi_macros.h — the shorthand of the model's DDI definitions (nm_ddi.c, nm_miniport.c, nm_os.c):
 * BEGIN/BEGINQ open the call record `c` of a DDI (nm_ddi_begin / nm_ddi_begin_q, nm_internal.h),
 * H and ST record a handle or NDIS_STATUS argument, CHECK runs the verifier's checks of the call
 * and END closes it. Private to those files: the names are short and generic. */
#ifndef NM_DDI_MACROS_H
#define NM_DDI_MACROS_H

#define BEGIN(name) struct nm_call *c = nm_ddi_begin(name)
#define BEGINQ(name) struct nm_call *c = nm_ddi_begin_q(name, 1)
#define H(i, h) nm_arg_handle(c, i, h, #h)
#define ST(i, s) nm_arg_status(c, i, s)
#define CHECK() nm_ddi_check(c)
#define END() nm_ddi_end(c)

#endif
