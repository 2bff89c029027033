/*
 * sdv_driverspecs.h - markers that tell the Static Driver Verifier which
 * request or adapter context a driver keeps (__sdv_save_request,
 * __sdv_retrieve_request, __sdv_save_adapter_context). Outside an SDV run
 * (SDV undefined) they expand to nothing. Part of the ddicheck header set;
 * ddk_types.h includes it, as the WDK's driverspecs.h does.
 */
#ifndef DDICHECK_SDV_DRIVERSPECS_H
#define DDICHECK_SDV_DRIVERSPECS_H

#ifndef SDV
#define __sdv_save_request(r)
#define __sdv_retrieve_request(r)
#define __sdv_save_adapter_context(c)
#endif

#endif /* DDICHECK_SDV_DRIVERSPECS_H */
