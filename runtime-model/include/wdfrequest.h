/*
 * wdfrequest.h - part of the KMDF subset of the ddicheck header set, which keeps
 * all of it in wdf.h.
 */
#include "wdf.h"
