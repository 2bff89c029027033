/*
 * usb100.h - part of the USB driver interface; the ddicheck header set keeps
 * the descriptors, URBs and status codes together in usbdi.h.
 */
#include "usbdi.h"
