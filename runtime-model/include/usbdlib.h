/*
 * usbdlib.h - the USBD library for USB client drivers: parsing configuration
 * descriptors, building select-configuration URBs, and the UsbBuild*
 * macros that fill in an URB for a bulk/interrupt transfer, a descriptor
 * or status request, a feature request, a vendor/class request or an
 * interface or configuration selection.
 *
 * Written for ddicheck from the usbdlib.h reference on learn.microsoft.com
 * (https://learn.microsoft.com/windows-hardware/drivers/ddi/usbdlib/);
 * names, parameter lists, the URB members each macro sets and IRQL
 * requirements follow it, the text is our own. The UsbBuild* macros are
 * braced statements, as in the WDK.
 */
#ifndef DDICHECK_USBDLIB_H
#define DDICHECK_USBDLIB_H

#include "usbdi.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _USBD_INTERFACE_LIST_ENTRY {
    PUSB_INTERFACE_DESCRIPTOR InterfaceDescriptor;
    PUSBD_INTERFACE_INFORMATION Interface;
} USBD_INTERFACE_LIST_ENTRY, *PUSBD_INTERFACE_LIST_ENTRY;

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID USBD_GetUSBDIVersion(PUSBD_VERSION_INFORMATION VersionInformation);
_IRQL_requires_max_(DISPATCH_LEVEL)
PUSB_INTERFACE_DESCRIPTOR USBD_ParseConfigurationDescriptor(PUSB_CONFIGURATION_DESCRIPTOR ConfigurationDescriptor,
                                                            UCHAR InterfaceNumber,
                                                            UCHAR AlternateSetting);
_IRQL_requires_max_(DISPATCH_LEVEL)
PURB USBD_CreateConfigurationRequest(PUSB_CONFIGURATION_DESCRIPTOR ConfigurationDescriptor,
                                     PUSHORT Siz);
_IRQL_requires_max_(APC_LEVEL)
PUSB_COMMON_DESCRIPTOR USBD_ParseDescriptors(PVOID DescriptorBuffer, ULONG TotalLength,
                                             PVOID StartPosition, LONG DescriptorType);
_IRQL_requires_max_(APC_LEVEL)
PUSB_INTERFACE_DESCRIPTOR USBD_ParseConfigurationDescriptorEx(PUSB_CONFIGURATION_DESCRIPTOR ConfigurationDescriptor,
                                                              PVOID StartPosition,
                                                              LONG InterfaceNumber,
                                                              LONG AlternateSetting,
                                                              LONG InterfaceClass,
                                                              LONG InterfaceSubClass,
                                                              LONG InterfaceProtocol);
/* <= DISPATCH_LEVEL with nonpaged descriptors, < DISPATCH_LEVEL otherwise. */
_IRQL_requires_max_(DISPATCH_LEVEL)
PURB USBD_CreateConfigurationRequestEx(PUSB_CONFIGURATION_DESCRIPTOR ConfigurationDescriptor,
                                       PUSBD_INTERFACE_LIST_ENTRY InterfaceList);
_IRQL_requires_(PASSIVE_LEVEL)
ULONG USBD_GetInterfaceLength(PUSB_INTERFACE_DESCRIPTOR InterfaceDescriptor, PUCHAR BufferEnd);
_IRQL_requires_(PASSIVE_LEVEL)
VOID USBD_RegisterHcFilter(PDEVICE_OBJECT DeviceObject, PDEVICE_OBJECT FilterDeviceObject);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS USBD_GetPdoRegistryParameter(PDEVICE_OBJECT PhysicalDeviceObject, PVOID Parameter,
                                      ULONG ParameterLength, PWSTR KeyName,
                                      ULONG KeyNameLength);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS USBD_QueryBusTime(PDEVICE_OBJECT RootHubPdo, PULONG CurrentFrame);
_IRQL_requires_max_(DISPATCH_LEVEL)
ULONG USBD_CalculateUsbBandwidth(ULONG MaxPacketSize, UCHAR EndpointType, BOOLEAN LowSpeed);
_IRQL_requires_(PASSIVE_LEVEL)
USBD_STATUS USBD_ValidateConfigurationDescriptor(PUSB_CONFIGURATION_DESCRIPTOR ConfigDesc,
                                                 ULONG BufferLength, USHORT Level,
                                                 PUCHAR *Offset, ULONG Tag);

#define UsbBuildInterruptOrBulkTransferRequest(urb, length, pipeHandle, transferBuffer, \
                                               transferBufferMDL, transferBufferLength, \
                                               transferFlags, link) \
    { \
        (urb)->UrbHeader.Function = URB_FUNCTION_BULK_OR_INTERRUPT_TRANSFER; \
        (urb)->UrbHeader.Length = (length); \
        (urb)->UrbBulkOrInterruptTransfer.PipeHandle = (pipeHandle); \
        (urb)->UrbBulkOrInterruptTransfer.TransferBuffer = (transferBuffer); \
        (urb)->UrbBulkOrInterruptTransfer.TransferBufferMDL = (transferBufferMDL); \
        (urb)->UrbBulkOrInterruptTransfer.TransferBufferLength = (transferBufferLength); \
        (urb)->UrbBulkOrInterruptTransfer.TransferFlags = (transferFlags); \
        (urb)->UrbBulkOrInterruptTransfer.UrbLink = (link); \
    }

#define UsbBuildGetDescriptorRequest(urb, length, descriptorType, descriptorIndex, languageId, \
                                     transferBuffer, transferBufferMDL, transferBufferLength, \
                                     link) \
    { \
        (urb)->UrbHeader.Function = URB_FUNCTION_GET_DESCRIPTOR_FROM_DEVICE; \
        (urb)->UrbHeader.Length = (length); \
        (urb)->UrbControlDescriptorRequest.DescriptorType = (descriptorType); \
        (urb)->UrbControlDescriptorRequest.Index = (descriptorIndex); \
        (urb)->UrbControlDescriptorRequest.LanguageId = (languageId); \
        (urb)->UrbControlDescriptorRequest.TransferBuffer = (transferBuffer); \
        (urb)->UrbControlDescriptorRequest.TransferBufferMDL = (transferBufferMDL); \
        (urb)->UrbControlDescriptorRequest.TransferBufferLength = (transferBufferLength); \
        (urb)->UrbControlDescriptorRequest.UrbLink = (link); \
    }

#define UsbBuildGetStatusRequest(urb, op, index, transferBuffer, transferBufferMDL, link) \
    { \
        (urb)->UrbHeader.Function = (op); \
        (urb)->UrbHeader.Length = sizeof(struct _URB_CONTROL_GET_STATUS_REQUEST); \
        (urb)->UrbControlGetStatusRequest.Index = (index); \
        (urb)->UrbControlGetStatusRequest.TransferBuffer = (transferBuffer); \
        (urb)->UrbControlGetStatusRequest.TransferBufferMDL = (transferBufferMDL); \
        (urb)->UrbControlGetStatusRequest.TransferBufferLength = sizeof(USHORT); \
        (urb)->UrbControlGetStatusRequest.UrbLink = (link); \
    }

#define UsbBuildFeatureRequest(urb, op, featureSelector, index, link) \
    { \
        (urb)->UrbHeader.Function = (op); \
        (urb)->UrbHeader.Length = sizeof(struct _URB_CONTROL_FEATURE_REQUEST); \
        (urb)->UrbControlFeatureRequest.FeatureSelector = (featureSelector); \
        (urb)->UrbControlFeatureRequest.Index = (index); \
        (urb)->UrbControlFeatureRequest.UrbLink = (link); \
    }

#define UsbBuildVendorRequest(urb, cmd, length, transferFlags, reservedbits, request, value, \
                              index, transferBuffer, transferBufferMDL, transferBufferLength, \
                              link) \
    { \
        (urb)->UrbHeader.Function = (cmd); \
        (urb)->UrbHeader.Length = (length); \
        (urb)->UrbControlVendorClassRequest.TransferFlags = (transferFlags); \
        (urb)->UrbControlVendorClassRequest.RequestTypeReservedBits = (reservedbits); \
        (urb)->UrbControlVendorClassRequest.Request = (request); \
        (urb)->UrbControlVendorClassRequest.Value = (value); \
        (urb)->UrbControlVendorClassRequest.Index = (index); \
        (urb)->UrbControlVendorClassRequest.TransferBuffer = (transferBuffer); \
        (urb)->UrbControlVendorClassRequest.TransferBufferMDL = (transferBufferMDL); \
        (urb)->UrbControlVendorClassRequest.TransferBufferLength = (transferBufferLength); \
        (urb)->UrbControlVendorClassRequest.UrbLink = (link); \
    }

#define UsbBuildOsFeatureDescriptorRequest(urb, length, interface, index, transferBuffer, \
                                           transferBufferMDL, transferBufferLength, link) \
    { \
        (urb)->UrbHeader.Function = URB_FUNCTION_GET_MS_FEATURE_DESCRIPTOR; \
        (urb)->UrbHeader.Length = (length); \
        (urb)->UrbOSFeatureDescriptorRequest.InterfaceNumber = (interface); \
        (urb)->UrbOSFeatureDescriptorRequest.MS_FeatureDescriptorIndex = (index); \
        (urb)->UrbOSFeatureDescriptorRequest.TransferBuffer = (transferBuffer); \
        (urb)->UrbOSFeatureDescriptorRequest.TransferBufferMDL = (transferBufferMDL); \
        (urb)->UrbOSFeatureDescriptorRequest.TransferBufferLength = (transferBufferLength); \
        (urb)->UrbOSFeatureDescriptorRequest.UrbLink = (link); \
    }

#define UsbBuildSelectConfigurationRequest(urb, length, configurationDescriptor) \
    { \
        (urb)->UrbHeader.Function = URB_FUNCTION_SELECT_CONFIGURATION; \
        (urb)->UrbHeader.Length = (length); \
        (urb)->UrbSelectConfiguration.ConfigurationDescriptor = (configurationDescriptor); \
    }

#define UsbBuildSelectInterfaceRequest(urb, length, configurationHandle, interfaceNumber, \
                                       alternateSetting) \
    { \
        (urb)->UrbHeader.Function = URB_FUNCTION_SELECT_INTERFACE; \
        (urb)->UrbHeader.Length = (length); \
        (urb)->UrbSelectInterface.ConfigurationHandle = (configurationHandle); \
        (urb)->UrbSelectInterface.Interface.InterfaceNumber = (interfaceNumber); \
        (urb)->UrbSelectInterface.Interface.AlternateSetting = (alternateSetting); \
        (urb)->UrbSelectInterface.Interface.Length = \
            (length) - sizeof(struct _URB_HEADER) - sizeof(USBD_CONFIGURATION_HANDLE); \
    }

#ifdef __cplusplus
}
#endif

#endif /* DDICHECK_USBDLIB_H */
