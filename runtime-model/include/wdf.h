/*
 * wdf.h - the part of the Kernel-Mode Driver Framework (KMDF 1.x) that
 * NDIS-WDM miniport drivers use: object handles and attributes, object
 * contexts, the driver object, device objects (including the miniport
 * device object of WdfDeviceMiniportCreate), I/O queues, memory,
 * requests, I/O targets, timers, work items, DPCs, locks, collections,
 * strings, registry keys and the USB target objects.
 *
 * Written for ddicheck from the KMDF reference on learn.microsoft.com
 * (https://learn.microsoft.com/windows-hardware/drivers/ddi/_wdf/); type,
 * member, enumerator and routine names, parameter lists and IRQL
 * requirements follow it, the text and order are our own. The WDK spreads
 * this over wdf.h, wdfusb.h, wdfminiport.h and one header per object type;
 * here wdf.h carries all of it and those names include it.
 *
 * Limits:
 * - The Wdf* routines are declared with their documented prototypes (the
 *   WDK reaches them through a function table and inline wrappers).
 * - The WDF_*_INIT helpers and the time-out helpers are declared, not
 *   defined.
 * - Context types: WDF_DECLARE_CONTEXT_TYPE[_WITH_NAME] defines a static
 *   type-information object and a static accessor in each file.
 * - No child lists, interrupts, DMA, WMI, file objects, PDO/FDO
 *   configuration or resource lists.
 */
#ifndef DDICHECK_WDF_H
#define DDICHECK_WDF_H

#include "wdm.h"
#include "usbdi.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------
 * Constants
 * ------------------------------------------------------------------------ */

#define BMREQUEST_CLASS 1
#define BMREQUEST_DEVICE_TO_HOST 1
#define BMREQUEST_HOST_TO_DEVICE 0
#define BMREQUEST_STANDARD 0
#define BMREQUEST_TO_DEVICE 0
#define BMREQUEST_TO_ENDPOINT 2
#define BMREQUEST_TO_INTERFACE 1
#define BMREQUEST_TO_OTHER 3
#define BMREQUEST_VENDOR 2
#define IdleTimeoutDefaultValue ((ULONG) IdleTimeoutDefaultConstant)
#define WDFAPI
#define WDF_DRIVER_GLOBALS_NAME_LEN (32)
#define WDF_NO_CONTEXT (NULL)
#define WDF_NO_EVENT_CALLBACK (NULL)
#define WDF_NO_HANDLE (NULL)
#define WDF_NO_OBJECT_ATTRIBUTES (NULL)
#define WDF_NO_SEND_OPTIONS (NULL)
#define WDF_S0_IDLE_DEFAULT_VALUE_NAME L"WdfDefaultIdleInWorkingState"
#define WDF_S0_IDLE_ENABLED_VALUE_NAME L"IdleInWorkingState"
#define WDF_SX_WAKE_DEFAULT_VALUE_NAME L"WdfDefaultWakeFromSleepState"
#define WDF_SX_WAKE_ENABLED_VALUE_NAME L"WakeFromSleepState"
#define WDF_TIMEOUT_TO_MS ((LONGLONG) 1 * 10 * 1000)
#define WDF_TIMEOUT_TO_SEC ((LONGLONG) 1 * 10 * 1000 * 1000)
#define WDF_TIMEOUT_TO_US ((LONGLONG) 1 * 10)
#define WDF_TRACE_ID ('TRAC')

/* ------------------------------------------------------------------------
 * Types (handles, configuration structures, callback roles)
 * ------------------------------------------------------------------------ */

typedef enum _WDF_DEVICE_POWER_POLICY_STATE {
    WdfDevStatePwrPolInvalid = 0,
    WdfDevStatePwrPolObjectCreated = 1280,
    WdfDevStatePwrPolStarting = 1281,
    WdfDevStatePwrPolStartingSucceeded = 1282,
    WdfDevStatePwrPolStartingFailed = 1283,
    WdfDevStatePwrPolStartingDecideS0Wake = 1284,
    WdfDevStatePwrPolStartedIdleCapable = 1285,
    WdfDevStatePwrPolTimerExpiredNoWake = 1286,
    WdfDevStatePwrPolTimerExpiredNoWakeCompletePowerDown = 1287,
    WdfDevStatePwrPolWaitingUnarmed = 1288,
    WdfDevStatePwrPolWaitingUnarmedQueryIdle = 1289,
    WdfDevStatePwrPolS0NoWakePowerUp = 1290,
    WdfDevStatePwrPolS0NoWakeCompletePowerUp = 1291,
    WdfDevStatePwrPolSystemSleepFromDeviceWaitingUnarmed = 1292,
    WdfDevStatePwrPolSystemSleepNeedWake = 1293,
    WdfDevStatePwrPolSystemSleepNeedWakeCompletePowerUp = 1294,
    WdfDevStatePwrPolSystemSleepPowerRequestFailed = 1295,
    WdfDevStatePwrPolCheckPowerPageable = 1296,
    WdfDevStatePwrPolSleepingWakeWakeArrived = 1297,
    WdfDevStatePwrPolSleepingWakeRevertArmWake = 1298,
    WdfDevStatePwrPolSystemAsleepWakeArmed = 1299,
    WdfDevStatePwrPolSystemWakeDeviceWakeEnabled = 1300,
    WdfDevStatePwrPolSystemWakeDeviceWakeEnabledWakeCanceled = 1301,
    WdfDevStatePwrPolSystemWakeDeviceWakeDisarm = 1302,
    WdfDevStatePwrPolSystemWakeDeviceWakeTriggered = 1303,
    WdfDevStatePwrPolSystemWakeDeviceWakeTriggeredS0 = 1304,
    WdfDevStatePwrPolSystemWakeDeviceWokeDisarm = 1305,
    WdfDevStatePwrPolSleepingWakeWakeArrivedNP = 34074,
    WdfDevStatePwrPolSleepingWakeRevertArmWakeNP = 34075,
    WdfDevStatePwrPolSleepingWakePowerDownFailed = 1308,
    WdfDevStatePwrPolSleepingWakePowerDownFailedWakeCanceled = 1309,
    WdfDevStatePwrPolSystemAsleepWakeArmedNP = 34078,
    WdfDevStatePwrPolSystemWakeDeviceWakeEnabledNP = 34079,
    WdfDevStatePwrPolSystemWakeDeviceWakeEnabledWakeCanceledNP = 34080,
    WdfDevStatePwrPolSystemWakeDeviceWakeDisarmNP = 34081,
    WdfDevStatePwrPolSystemWakeDeviceWakeTriggeredNP = 34082,
    WdfDevStatePwrPolSystemWakeDeviceWakeTriggeredS0NP = 34083,
    WdfDevStatePwrPolSystemWakeDeviceWokeDisarmNP = 34084,
    WdfDevStatePwrPolSystemWakeDeviceWakeCompletePowerUp = 1317,
    WdfDevStatePwrPolSleeping = 1318,
    WdfDevStatePwrPolSleepingNoWakePowerDown = 1319,
    WdfDevStatePwrPolSleepingNoWakeCompletePowerDown = 1320,
    WdfDevStatePwrPolSleepingNoWakeDxRequestFailed = 1321,
    WdfDevStatePwrPolSleepingWakePowerDown = 1322,
    WdfDevStatePwrPolSleepingSendWake = 1323,
    WdfDevStatePwrPolSystemAsleepNoWake = 1324,
    WdfDevStatePwrPolSystemWakeDeviceWakeDisabled = 1325,
    WdfDevStatePwrPolSystemWakeDeviceToD0 = 1326,
    WdfDevStatePwrPolSystemWakeDeviceToD0CompletePowerUp = 1327,
    WdfDevStatePwrPolSystemWakeQueryIdle = 1328,
    WdfDevStatePwrPolStartedWakeCapable = 1329,
    WdfDevStatePwrPolTimerExpiredDecideUsbSS = 1330,
    WdfDevStatePwrPolTimerExpiredWakeCapablePowerDown = 1331,
    WdfDevStatePwrPolTimerExpiredWakeCapableSendWake = 1332,
    WdfDevStatePwrPolTimerExpiredWakeCapableUsbSS = 1333,
    WdfDevStatePwrPolTimerExpiredWakeCapableWakeArrived = 1334,
    WdfDevStatePwrPolTimerExpiredWakeCapableCancelWake = 1335,
    WdfDevStatePwrPolTimerExpiredWakeCapableWakeCanceled = 1336,
    WdfDevStatePwrPolTimerExpiredWakeCapableCleanup = 1337,
    WdfDevStatePwrPolTimerExpiredWakeCapableDxAllocFailed = 1338,
    WdfDevStatePwrPolTimerExpiredWakeCompletedPowerDown = 1339,
    WdfDevStatePwrPolTimerExpiredWakeCompletedPowerUp = 1340,
    WdfDevStatePwrPolWaitingArmedUsbSS = 1341,
    WdfDevStatePwrPolWaitingArmed = 1342,
    WdfDevStatePwrPolWaitingArmedQueryIdle = 1343,
    WdfDevStatePwrPolIoPresentArmed = 1344,
    WdfDevStatePwrPolIoPresentArmedWakeCanceled = 1345,
    WdfDevStatePwrPolS0WakeDisarm = 1346,
    WdfDevStatePwrPolS0WakeCompletePowerUp = 1347,
    WdfDevStatePwrPolTimerExpiredWakeSucceeded = 1348,
    WdfDevStatePwrPolTimerExpiredWakeCompletedDisarm = 1349,
    WdfDevStatePwrPolTimerExpiredWakeCapableWakeSucceeded = 1350,
    WdfDevStatePwrPolTimerExpiredWakeCapableWakeFailed = 1351,
    WdfDevStatePwrPolWakeFailedUsbSS = 1352,
    WdfDevStatePwrPolTimerExpiredWakeCapablePowerDownFailedCancelWake = 1353,
    WdfDevStatePwrPolTimerExpiredWakeCapablePowerDownFailedWakeCanceled = 1354,
    WdfDevStatePwrPolTimerExpiredWakeCapablePowerDownFailedUsbSS = 1355,
    WdfDevStatePwrPolCancelingWakeForSystemSleep = 1356,
    WdfDevStatePwrPolCancelingWakeForSystemSleepWakeCanceled = 1357,
    WdfDevStatePwrPolDisarmingWakeForSystemSleepCompletePowerUp = 1358,
    WdfDevStatePwrPolPowerUpForSystemSleepFailed = 1359,
    WdfDevStatePwrPolWokeFromS0UsbSS = 1360,
    WdfDevStatePwrPolWokeFromS0 = 1361,
    WdfDevStatePwrPolWokeFromS0NotifyDriver = 1362,
    WdfDevStatePwrPolStoppingResetDevice = 1363,
    WdfDevStatePwrPolStoppingResetDeviceCompletePowerUp = 1364,
    WdfDevStatePwrPolStoppingResetDeviceFailed = 1365,
    WdfDevStatePwrPolStoppingD0 = 1366,
    WdfDevStatePwrPolStoppingD0Failed = 1367,
    WdfDevStatePwrPolStoppingDisarmWake = 1368,
    WdfDevStatePwrPolStoppingDisarmWakeCancelWake = 1369,
    WdfDevStatePwrPolStoppingDisarmWakeWakeCanceled = 1370,
    WdfDevStatePwrPolStopping = 1371,
    WdfDevStatePwrPolStoppingFailed = 1372,
    WdfDevStatePwrPolStoppingSendStatus = 1373,
    WdfDevStatePwrPolStoppingCancelTimer = 1374,
    WdfDevStatePwrPolStoppingWaitForIdleTimeout = 1375,
    WdfDevStatePwrPolStoppingCancelUsbSS = 1376,
    WdfDevStatePwrPolStoppingWaitForUsbSSCompletion = 1377,
    WdfDevStatePwrPolStoppingCancelWake = 1378,
    WdfDevStatePwrPolStopped = 1379,
    WdfDevStatePwrPolCancelUsbSS = 1380,
    WdfDevStatePwrPolStarted = 1381,
    WdfDevStatePwrPolStartedCancelTimer = 1382,
    WdfDevStatePwrPolStartedWaitForIdleTimeout = 1383,
    WdfDevStatePwrPolStartedWakeCapableCancelTimerForSleep = 1384,
    WdfDevStatePwrPolStartedWakeCapableWaitForIdleTimeout = 1385,
    WdfDevStatePwrPolStartedWakeCapableSleepingUsbSS = 1386,
    WdfDevStatePwrPolStartedIdleCapableCancelTimerForSleep = 1387,
    WdfDevStatePwrPolStartedIdleCapableWaitForIdleTimeout = 1388,
    WdfDevStatePwrPolDeviceD0PowerRequestFailed = 1389,
    WdfDevStatePwrPolDevicePowerRequestFailed = 1390,
    WdfDevStatePwrPolGotoDx = 1391,
    WdfDevStatePwrPolGotoDxInDx = 1392,
    WdfDevStatePwrPolDx = 1393,
    WdfDevStatePwrPolGotoD0 = 1394,
    WdfDevStatePwrPolGotoD0InD0 = 1395,
    WdfDevStatePwrPolFinal = 1396,
    WdfDevStatePwrPolSleepingPowerDownNotProcessed = 1397,
    WdfDevStatePwrPolTimerExpiredWakeCapablePowerDownNotProcessed = 1398,
    WdfDevStatePwrPolTimerExpiredNoWakePowerDownNotProcessed = 1399,
    WdfDevStatePwrPolTimerExpiredNoWakePoweredDownDisableIdleTimer = 1400,
    WdfDevStatePwrPolStoppingWaitingForImplicitPowerDown = 1401,
    WdfDevStatePwrPolStoppingPoweringUp = 1402,
    WdfDevStatePwrPolStoppingPoweringDown = 1403,
    WdfDevStatePwrPolPowerUpForSystemSleepNotSeen = 1404,
    WdfDevStatePwrPolWaitingArmedStoppingCancelUsbSS = 1405,
    WdfDevStatePwrPolWaitingArmedWakeFailedCancelUsbSS = 1406,
    WdfDevStatePwrPolWaitingArmedIoPresentCancelUsbSS = 1407,
    WdfDevStatePwrPolWaitingArmedWakeSucceededCancelUsbSS = 1408,
    WdfDevStatePwrPolCancelingUsbSSForSystemSleep = 1409,
    WdfDevStatePwrPolStoppingD0CancelUsbSS = 1410,
    WdfDevStatePwrPolNull = 1411
} WDF_DEVICE_POWER_POLICY_STATE, *PWDF_DEVICE_POWER_POLICY_STATE;

typedef enum _WDF_DEVICE_POWER_STATE {
    WdfDevStatePowerInvalid = 0,
    WdfDevStatePowerObjectCreated = 768,
    WdfDevStatePowerCheckDeviceType = 769,
    WdfDevStatePowerCheckDeviceTypeNP = 33538,
    WdfDevStatePowerCheckParentState = 771,
    WdfDevStatePowerCheckParentStateNP = 33540,
    WdfDevStatePowerEnablingWakeAtBus = 773,
    WdfDevStatePowerEnablingWakeAtBusNP = 33542,
    WdfDevStatePowerD0 = 775,
    WdfDevStatePowerD0NP = 33544,
    WdfDevStatePowerD0BusWakeOwner = 777,
    WdfDevStatePowerD0BusWakeOwnerNP = 33546,
    WdfDevStatePowerD0ArmedForWake = 779,
    WdfDevStatePowerD0ArmedForWakeNP = 33548,
    WdfDevStatePowerD0DisarmingWakeAtBus = 781,
    WdfDevStatePowerD0DisarmingWakeAtBusNP = 33550,
    WdfDevStatePowerD0Starting = 783,
    WdfDevStatePowerD0StartingConnectInterrupt = 784,
    WdfDevStatePowerD0StartingDmaEnable = 785,
    WdfDevStatePowerD0StartingStartSelfManagedIo = 786,
    WdfDevStatePowerDecideD0State = 787,
    WdfDevStatePowerGotoD3Stopped = 788,
    WdfDevStatePowerStopped = 789,
    WdfDevStatePowerStartingCheckDeviceType = 790,
    WdfDevStatePowerStartingChild = 791,
    WdfDevStatePowerDxDisablingWakeAtBus = 792,
    WdfDevStatePowerDxDisablingWakeAtBusNP = 33561,
    WdfDevStatePowerGotoDx = 794,
    WdfDevStatePowerGotoDxNP = 33563,
    WdfDevStatePowerGotoDxIoStopped = 796,
    WdfDevStatePowerGotoDxIoStoppedNP = 33565,
    WdfDevStatePowerGotoDxNPFailed = 33566,
    WdfDevStatePowerDx = 799,
    WdfDevStatePowerDxNP = 33568,
    WdfDevStatePowerGotoDxArmedForWake = 801,
    WdfDevStatePowerGotoDxArmedForWakeNP = 33570,
    WdfDevStatePowerGotoDxIoStoppedArmedForWake = 803,
    WdfDevStatePowerGotoDxIoStoppedArmedForWakeNP = 33572,
    WdfDevStatePowerDxArmedForWake = 805,
    WdfDevStatePowerDxArmedForWakeNP = 33574,
    WdfDevStatePowerCheckParentStateArmedForWake = 807,
    WdfDevStatePowerCheckParentStateArmedForWakeNP = 33576,
    WdfDevStatePowerWaitForParentArmedForWake = 809,
    WdfDevStatePowerWaitForParentArmedForWakeNP = 33578,
    WdfDevStatePowerStartSelfManagedIo = 811,
    WdfDevStatePowerStartSelfManagedIoNP = 33580,
    WdfDevStatePowerStartSelfManagedIoFailed = 813,
    WdfDevStatePowerStartSelfManagedIoFailedNP = 33582,
    WdfDevStatePowerWaitForParent = 815,
    WdfDevStatePowerWaitForParentNP = 33584,
    WdfDevStatePowerWakePending = 817,
    WdfDevStatePowerWakePendingNP = 33586,
    WdfDevStatePowerWaking = 819,
    WdfDevStatePowerWakingNP = 33588,
    WdfDevStatePowerWakingConnectInterrupt = 821,
    WdfDevStatePowerWakingConnectInterruptNP = 33590,
    WdfDevStatePowerWakingConnectInterruptFailed = 823,
    WdfDevStatePowerWakingConnectInterruptFailedNP = 33592,
    WdfDevStatePowerWakingDmaEnable = 825,
    WdfDevStatePowerWakingDmaEnableNP = 33594,
    WdfDevStatePowerWakingDmaEnableFailed = 827,
    WdfDevStatePowerWakingDmaEnableFailedNP = 33596,
    WdfDevStatePowerReportPowerUpFailedDerefParent = 829,
    WdfDevStatePowerReportPowerUpFailed = 830,
    WdfDevStatePowerPowerFailedPowerDown = 831,
    WdfDevStatePowerReportPowerDownFailed = 832,
    WdfDevStatePowerInitialConnectInterruptFailed = 833,
    WdfDevStatePowerInitialDmaEnableFailed = 834,
    WdfDevStatePowerInitialSelfManagedIoFailed = 835,
    WdfDevStatePowerInitialPowerUpFailedDerefParent = 836,
    WdfDevStatePowerInitialPowerUpFailed = 837,
    WdfDevStatePowerDxStoppedDisarmWake = 838,
    WdfDevStatePowerDxStoppedDisarmWakeNP = 33607,
    WdfDevStatePowerGotoDxStoppedDisableInterruptNP = 33608,
    WdfDevStatePowerGotoDxStopped = 841,
    WdfDevStatePowerDxStopped = 842,
    WdfDevStatePowerGotoStopped = 843,
    WdfDevStatePowerStoppedCompleteDx = 844,
    WdfDevStatePowerDxStoppedDecideDxState = 845,
    WdfDevStatePowerDxStoppedArmForWake = 846,
    WdfDevStatePowerDxStoppedArmForWakeNP = 33615,
    WdfDevStatePowerFinalPowerDownFailed = 848,
    WdfDevStatePowerFinal = 849,
    WdfDevStatePowerNull = 850
} WDF_DEVICE_POWER_STATE, *PWDF_DEVICE_POWER_STATE;

typedef enum _WDF_POWER_DEVICE_STATE {
    WdfPowerDeviceInvalid = 0,
    WdfPowerDeviceD0,
    WdfPowerDeviceD1,
    WdfPowerDeviceD2,
    WdfPowerDeviceD3,
    WdfPowerDeviceD3Final,
    WdfPowerDevicePrepareForHibernation,
    WdfPowerDeviceMaximum
} WDF_POWER_DEVICE_STATE, *PWDF_POWER_DEVICE_STATE;

typedef enum _WDF_POWER_POLICY_IDLE_TIMEOUT_CONSTANTS {
    IdleTimeoutDefaultConstant = 0
} WDF_POWER_POLICY_IDLE_TIMEOUT_CONSTANTS;

typedef enum _WDF_POWER_POLICY_S0_IDLE_CAPABILITIES {
    IdleCapsInvalid = 0,
    IdleCannotWakeFromS0,
    IdleCanWakeFromS0,
    IdleUsbSelectiveSuspend
} WDF_POWER_POLICY_S0_IDLE_CAPABILITIES;

typedef enum _WDF_POWER_POLICY_S0_IDLE_USER_CONTROL {
    IdleUserControlInvalid = 0,
    IdleDoNotAllowUserControl,
    IdleAllowUserControl
} WDF_POWER_POLICY_S0_IDLE_USER_CONTROL;

typedef enum _WDF_POWER_POLICY_SX_WAKE_USER_CONTROL {
    WakeUserControlInvalid = 0,
    WakeDoNotAllowUserControl,
    WakeAllowUserControl
} WDF_POWER_POLICY_SX_WAKE_USER_CONTROL;

typedef struct WDFKEY__ *WDFKEY;

typedef UCHAR BYTE;

typedef _Function_class_(EVT_WDF_TRACE_CALLBACK) _IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS EVT_WDF_TRACE_CALLBACK(UCHAR minorFunction,
                                                                                                                    PVOID dataPath,
                                                                                                                    ULONG bufferLength,
                                                                                                                    PVOID buffer,
                                                                                                                    PVOID context,
                                                                                                                    PULONG size);

typedef const struct _WDF_OBJECT_CONTEXT_TYPE_INFO *PCWDF_OBJECT_CONTEXT_TYPE_INFO;

typedef PCWDF_OBJECT_CONTEXT_TYPE_INFO (*PFN_GET_UNIQUE_CONTEXT_TYPE)(VOID);

typedef EVT_WDF_TRACE_CALLBACK *PFN_WDF_TRACE_CALLBACK;

typedef struct WDFDEVICE_INIT *PWDFDEVICE_INIT;

typedef HANDLE *PWDFOBJECT;

typedef struct WDFCHILDLIST__ *WDFCHILDLIST;

typedef struct WDFCMRESLIST__ *WDFCMRESLIST;

typedef struct WDFCOLLECTION__ *WDFCOLLECTION;

typedef struct WDFCOMMONBUFFER__ *WDFCOMMONBUFFER;

typedef PVOID WDFCONTEXT;

typedef struct WDFDEVICE__ *WDFDEVICE;

typedef _Function_class_(EVT_WDFDEVICE_WDM_IRP_PREPROCESS) _IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS EVT_WDFDEVICE_WDM_IRP_PREPROCESS(WDFDEVICE Device,
                                                                                                                                         PIRP Irp);

typedef _Function_class_(EVT_WDF_DEVICE_ARM_WAKE_FROM_S0) _IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS EVT_WDF_DEVICE_ARM_WAKE_FROM_S0(WDFDEVICE Device);

typedef _Function_class_(EVT_WDF_DEVICE_ARM_WAKE_FROM_SX) _IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS EVT_WDF_DEVICE_ARM_WAKE_FROM_SX(WDFDEVICE Device);

typedef _Function_class_(EVT_WDF_DEVICE_ARM_WAKE_FROM_SX_WITH_REASON) _IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS EVT_WDF_DEVICE_ARM_WAKE_FROM_SX_WITH_REASON(WDFDEVICE Device,
                                                                                                                                                              BOOLEAN DeviceWakeEnabled,
                                                                                                                                                              BOOLEAN ChildrenArmedForWake);

typedef _Function_class_(EVT_WDF_DEVICE_D0_ENTRY) _IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS EVT_WDF_DEVICE_D0_ENTRY(WDFDEVICE Device,
                                                                                                                      WDF_POWER_DEVICE_STATE PreviousState);

typedef _Function_class_(EVT_WDF_DEVICE_D0_ENTRY_POST_INTERRUPTS_ENABLED) _IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS EVT_WDF_DEVICE_D0_ENTRY_POST_INTERRUPTS_ENABLED(WDFDEVICE Device,
                                                                                                                                                                      WDF_POWER_DEVICE_STATE PreviousState);

typedef _Function_class_(EVT_WDF_DEVICE_D0_EXIT) _IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS EVT_WDF_DEVICE_D0_EXIT(WDFDEVICE Device,
                                                                                                                    WDF_POWER_DEVICE_STATE TargetState);

typedef _Function_class_(EVT_WDF_DEVICE_D0_EXIT_PRE_INTERRUPTS_DISABLED) _IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS EVT_WDF_DEVICE_D0_EXIT_PRE_INTERRUPTS_DISABLED(WDFDEVICE Device,
                                                                                                                                                                    WDF_POWER_DEVICE_STATE TargetState);

typedef _Function_class_(EVT_WDF_DEVICE_DISARM_WAKE_FROM_S0) _IRQL_requires_max_(PASSIVE_LEVEL) VOID EVT_WDF_DEVICE_DISARM_WAKE_FROM_S0(WDFDEVICE Device);

typedef _Function_class_(EVT_WDF_DEVICE_DISARM_WAKE_FROM_SX) _IRQL_requires_max_(PASSIVE_LEVEL) VOID EVT_WDF_DEVICE_DISARM_WAKE_FROM_SX(WDFDEVICE Device);

typedef _Function_class_(EVT_WDF_DEVICE_PREPARE_HARDWARE) _IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS EVT_WDF_DEVICE_PREPARE_HARDWARE(WDFDEVICE Device,
                                                                                                                                      WDFCMRESLIST ResourcesRaw,
                                                                                                                                      WDFCMRESLIST ResourcesTranslated);

typedef _Function_class_(EVT_WDF_DEVICE_QUERY_REMOVE) _IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS EVT_WDF_DEVICE_QUERY_REMOVE(WDFDEVICE Device);

typedef _Function_class_(EVT_WDF_DEVICE_QUERY_STOP) _IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS EVT_WDF_DEVICE_QUERY_STOP(WDFDEVICE Device);

typedef _Function_class_(EVT_WDF_DEVICE_RELATIONS_QUERY) _IRQL_requires_max_(PASSIVE_LEVEL) VOID EVT_WDF_DEVICE_RELATIONS_QUERY(WDFDEVICE Device,
                                                                                                                                DEVICE_RELATION_TYPE RelationType);

typedef _Function_class_(EVT_WDF_DEVICE_RELEASE_HARDWARE) _IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS EVT_WDF_DEVICE_RELEASE_HARDWARE(WDFDEVICE Device,
                                                                                                                                      WDFCMRESLIST ResourcesTranslated);

typedef _Function_class_(EVT_WDF_DEVICE_SELF_MANAGED_IO_CLEANUP) _IRQL_requires_max_(PASSIVE_LEVEL) VOID EVT_WDF_DEVICE_SELF_MANAGED_IO_CLEANUP(WDFDEVICE Device);

typedef _Function_class_(EVT_WDF_DEVICE_SELF_MANAGED_IO_FLUSH) _IRQL_requires_max_(PASSIVE_LEVEL) VOID EVT_WDF_DEVICE_SELF_MANAGED_IO_FLUSH(WDFDEVICE Device);

typedef _Function_class_(EVT_WDF_DEVICE_SELF_MANAGED_IO_INIT) _IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS EVT_WDF_DEVICE_SELF_MANAGED_IO_INIT(WDFDEVICE Device);

typedef _Function_class_(EVT_WDF_DEVICE_SELF_MANAGED_IO_RESTART) _IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS EVT_WDF_DEVICE_SELF_MANAGED_IO_RESTART(WDFDEVICE Device);

typedef _Function_class_(EVT_WDF_DEVICE_SELF_MANAGED_IO_SUSPEND) _IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS EVT_WDF_DEVICE_SELF_MANAGED_IO_SUSPEND(WDFDEVICE Device);

typedef _Function_class_(EVT_WDF_DEVICE_SURPRISE_REMOVAL) _IRQL_requires_max_(PASSIVE_LEVEL) VOID EVT_WDF_DEVICE_SURPRISE_REMOVAL(WDFDEVICE Device);

typedef _Function_class_(EVT_WDF_DEVICE_WAKE_FROM_S0_TRIGGERED) _IRQL_requires_max_(PASSIVE_LEVEL) VOID EVT_WDF_DEVICE_WAKE_FROM_S0_TRIGGERED(WDFDEVICE Device);

typedef _Function_class_(EVT_WDF_DEVICE_WAKE_FROM_SX_TRIGGERED) _IRQL_requires_max_(PASSIVE_LEVEL) VOID EVT_WDF_DEVICE_WAKE_FROM_SX_TRIGGERED(WDFDEVICE Device);

typedef EVT_WDFDEVICE_WDM_IRP_PREPROCESS *PFN_WDFDEVICE_WDM_IRP_PREPROCESS;

typedef EVT_WDF_DEVICE_ARM_WAKE_FROM_S0 *PFN_WDF_DEVICE_ARM_WAKE_FROM_S0;

typedef EVT_WDF_DEVICE_ARM_WAKE_FROM_SX *PFN_WDF_DEVICE_ARM_WAKE_FROM_SX;

typedef EVT_WDF_DEVICE_ARM_WAKE_FROM_SX_WITH_REASON *PFN_WDF_DEVICE_ARM_WAKE_FROM_SX_WITH_REASON;

typedef EVT_WDF_DEVICE_D0_ENTRY *PFN_WDF_DEVICE_D0_ENTRY;

typedef EVT_WDF_DEVICE_D0_ENTRY_POST_INTERRUPTS_ENABLED *PFN_WDF_DEVICE_D0_ENTRY_POST_INTERRUPTS_ENABLED;

typedef EVT_WDF_DEVICE_D0_EXIT *PFN_WDF_DEVICE_D0_EXIT;

typedef EVT_WDF_DEVICE_D0_EXIT_PRE_INTERRUPTS_DISABLED *PFN_WDF_DEVICE_D0_EXIT_PRE_INTERRUPTS_DISABLED;

typedef EVT_WDF_DEVICE_DISARM_WAKE_FROM_S0 *PFN_WDF_DEVICE_DISARM_WAKE_FROM_S0;

typedef EVT_WDF_DEVICE_DISARM_WAKE_FROM_SX *PFN_WDF_DEVICE_DISARM_WAKE_FROM_SX;

typedef EVT_WDF_DEVICE_PREPARE_HARDWARE *PFN_WDF_DEVICE_PREPARE_HARDWARE;

typedef EVT_WDF_DEVICE_QUERY_REMOVE *PFN_WDF_DEVICE_QUERY_REMOVE;

typedef EVT_WDF_DEVICE_QUERY_STOP *PFN_WDF_DEVICE_QUERY_STOP;

typedef EVT_WDF_DEVICE_RELATIONS_QUERY *PFN_WDF_DEVICE_RELATIONS_QUERY;

typedef EVT_WDF_DEVICE_RELEASE_HARDWARE *PFN_WDF_DEVICE_RELEASE_HARDWARE;

typedef EVT_WDF_DEVICE_SELF_MANAGED_IO_CLEANUP *PFN_WDF_DEVICE_SELF_MANAGED_IO_CLEANUP;

typedef EVT_WDF_DEVICE_SELF_MANAGED_IO_FLUSH *PFN_WDF_DEVICE_SELF_MANAGED_IO_FLUSH;

typedef EVT_WDF_DEVICE_SELF_MANAGED_IO_INIT *PFN_WDF_DEVICE_SELF_MANAGED_IO_INIT;

typedef EVT_WDF_DEVICE_SELF_MANAGED_IO_RESTART *PFN_WDF_DEVICE_SELF_MANAGED_IO_RESTART;

typedef EVT_WDF_DEVICE_SELF_MANAGED_IO_SUSPEND *PFN_WDF_DEVICE_SELF_MANAGED_IO_SUSPEND;

typedef EVT_WDF_DEVICE_SURPRISE_REMOVAL *PFN_WDF_DEVICE_SURPRISE_REMOVAL;

typedef EVT_WDF_DEVICE_WAKE_FROM_S0_TRIGGERED *PFN_WDF_DEVICE_WAKE_FROM_S0_TRIGGERED;

typedef EVT_WDF_DEVICE_WAKE_FROM_SX_TRIGGERED *PFN_WDF_DEVICE_WAKE_FROM_SX_TRIGGERED;

typedef struct _WDF_POWER_POLICY_EVENT_CALLBACKS {
    ULONG Size;
    PFN_WDF_DEVICE_ARM_WAKE_FROM_S0 EvtDeviceArmWakeFromS0;
    PFN_WDF_DEVICE_DISARM_WAKE_FROM_S0 EvtDeviceDisarmWakeFromS0;
    PFN_WDF_DEVICE_WAKE_FROM_S0_TRIGGERED EvtDeviceWakeFromS0Triggered;
    PFN_WDF_DEVICE_ARM_WAKE_FROM_SX EvtDeviceArmWakeFromSx;
    PFN_WDF_DEVICE_DISARM_WAKE_FROM_SX EvtDeviceDisarmWakeFromSx;
    PFN_WDF_DEVICE_WAKE_FROM_SX_TRIGGERED EvtDeviceWakeFromSxTriggered;
    PFN_WDF_DEVICE_ARM_WAKE_FROM_SX_WITH_REASON EvtDeviceArmWakeFromSxWithReason;
} WDF_POWER_POLICY_EVENT_CALLBACKS, *PWDF_POWER_POLICY_EVENT_CALLBACKS;

typedef struct WDFDMAENABLER__ *WDFDMAENABLER;

typedef struct WDFDMATRANSACTION__ *WDFDMATRANSACTION;

typedef struct WDFDPC__ *WDFDPC;

typedef _Function_class_(EVT_WDF_DPC) _IRQL_requires_(DISPATCH_LEVEL) VOID EVT_WDF_DPC(WDFDPC Dpc);

typedef EVT_WDF_DPC *PFN_WDF_DPC;

typedef struct WDFDRIVER__ *WDFDRIVER;

typedef _Function_class_(EVT_WDF_DRIVER_DEVICE_ADD) _IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS EVT_WDF_DRIVER_DEVICE_ADD(WDFDRIVER Driver,
                                                                                                                          PWDFDEVICE_INIT DeviceInit);

typedef _Function_class_(EVT_WDF_DRIVER_UNLOAD) _IRQL_requires_max_(PASSIVE_LEVEL) VOID EVT_WDF_DRIVER_UNLOAD(WDFDRIVER Driver);

typedef EVT_WDF_DRIVER_DEVICE_ADD *PFN_WDF_DRIVER_DEVICE_ADD;

typedef EVT_WDF_DRIVER_UNLOAD *PFN_WDF_DRIVER_UNLOAD;

typedef struct WDFFILEOBJECT__ *WDFFILEOBJECT;

typedef _Function_class_(EVT_WDF_FILE_CLEANUP) _IRQL_requires_max_(PASSIVE_LEVEL) VOID EVT_WDF_FILE_CLEANUP(WDFFILEOBJECT FileObject);

typedef _Function_class_(EVT_WDF_FILE_CLOSE) _IRQL_requires_max_(PASSIVE_LEVEL) VOID EVT_WDF_FILE_CLOSE(WDFFILEOBJECT FileObject);

typedef EVT_WDF_FILE_CLEANUP *PFN_WDF_FILE_CLEANUP;

typedef EVT_WDF_FILE_CLOSE *PFN_WDF_FILE_CLOSE;

typedef struct WDFINTERRUPT__ *WDFINTERRUPT;

typedef struct WDFIORESLIST__ *WDFIORESLIST;

typedef struct WDFIORESREQLIST__ *WDFIORESREQLIST;

typedef struct WDFIOTARGET__ *WDFIOTARGET;

typedef _Function_class_(EVT_WDF_IO_TARGET_QUERY_REMOVE) _IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS EVT_WDF_IO_TARGET_QUERY_REMOVE(WDFIOTARGET IoTarget);

typedef _Function_class_(EVT_WDF_IO_TARGET_REMOVE_CANCELED) _IRQL_requires_max_(PASSIVE_LEVEL) VOID EVT_WDF_IO_TARGET_REMOVE_CANCELED(WDFIOTARGET IoTarget);

typedef _Function_class_(EVT_WDF_IO_TARGET_REMOVE_COMPLETE) _IRQL_requires_max_(PASSIVE_LEVEL) VOID EVT_WDF_IO_TARGET_REMOVE_COMPLETE(WDFIOTARGET IoTarget);

typedef EVT_WDF_IO_TARGET_QUERY_REMOVE *PFN_WDF_IO_TARGET_QUERY_REMOVE;

typedef EVT_WDF_IO_TARGET_REMOVE_CANCELED *PFN_WDF_IO_TARGET_REMOVE_CANCELED;

typedef EVT_WDF_IO_TARGET_REMOVE_COMPLETE *PFN_WDF_IO_TARGET_REMOVE_COMPLETE;

typedef struct WDFLOOKASIDE__ *WDFLOOKASIDE;

typedef struct WDFMEMORY__ *WDFMEMORY;

typedef struct _WDFMEMORY_OFFSET {
    size_t BufferOffset;
    size_t BufferLength;
} WDFMEMORY_OFFSET, *PWDFMEMORY_OFFSET;

typedef HANDLE WDFOBJECT;

typedef _Function_class_(EVT_WDF_OBJECT_CONTEXT_CLEANUP) _IRQL_requires_max_(DISPATCH_LEVEL) VOID EVT_WDF_OBJECT_CONTEXT_CLEANUP(WDFOBJECT Object);

typedef _Function_class_(EVT_WDF_OBJECT_CONTEXT_DESTROY) _IRQL_requires_max_(DISPATCH_LEVEL) VOID EVT_WDF_OBJECT_CONTEXT_DESTROY(WDFOBJECT Object);

typedef EVT_WDF_OBJECT_CONTEXT_CLEANUP *PFN_WDF_OBJECT_CONTEXT_CLEANUP;

typedef EVT_WDF_OBJECT_CONTEXT_DESTROY *PFN_WDF_OBJECT_CONTEXT_DESTROY;

typedef struct WDFQUEUE__ *WDFQUEUE;

typedef _Function_class_(EVT_WDF_IO_QUEUE_STATE) _IRQL_requires_max_(DISPATCH_LEVEL) VOID EVT_WDF_IO_QUEUE_STATE(WDFQUEUE Queue,
                                                                                                                 WDFCONTEXT Context);

typedef EVT_WDF_IO_QUEUE_STATE *PFN_WDF_IO_QUEUE_STATE;

typedef struct WDFREQUEST__ *WDFREQUEST;

typedef _Function_class_(EVT_WDF_DEVICE_FILE_CREATE) _IRQL_requires_max_(PASSIVE_LEVEL) VOID EVT_WDF_DEVICE_FILE_CREATE(WDFDEVICE Device,
                                                                                                                        WDFREQUEST Request,
                                                                                                                        WDFFILEOBJECT FileObject);

typedef _Function_class_(EVT_WDF_IO_ALLOCATE_REQUEST_RESOURCES) _IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS EVT_WDF_IO_ALLOCATE_REQUEST_RESOURCES(WDFQUEUE Queue,
                                                                                                                                                   WDFREQUEST Request);

typedef _Function_class_(EVT_WDF_IO_ALLOCATE_RESOURCES_FOR_RESERVED_REQUEST) _IRQL_requires_max_(DISPATCH_LEVEL) NTSTATUS EVT_WDF_IO_ALLOCATE_RESOURCES_FOR_RESERVED_REQUEST(WDFQUEUE Queue,
                                                                                                                                                                             WDFREQUEST Request);

typedef _Function_class_(EVT_WDF_IO_IN_CALLER_CONTEXT) _IRQL_requires_max_(DISPATCH_LEVEL) VOID EVT_WDF_IO_IN_CALLER_CONTEXT(WDFDEVICE Device,
                                                                                                                             WDFREQUEST Request);

typedef _Function_class_(EVT_WDF_IO_QUEUE_IO_CANCELED_ON_QUEUE) _IRQL_requires_max_(DISPATCH_LEVEL) VOID EVT_WDF_IO_QUEUE_IO_CANCELED_ON_QUEUE(WDFQUEUE Queue,
                                                                                                                                               WDFREQUEST Request);

typedef _Function_class_(EVT_WDF_IO_QUEUE_IO_DEFAULT) _IRQL_requires_max_(DISPATCH_LEVEL) VOID EVT_WDF_IO_QUEUE_IO_DEFAULT(WDFQUEUE Queue,
                                                                                                                           WDFREQUEST Request);

typedef _Function_class_(EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL) _IRQL_requires_max_(DISPATCH_LEVEL) VOID EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL(WDFQUEUE Queue,
                                                                                                                                         WDFREQUEST Request,
                                                                                                                                         size_t OutputBufferLength,
                                                                                                                                         size_t InputBufferLength,
                                                                                                                                         ULONG IoControlCode);

typedef _Function_class_(EVT_WDF_IO_QUEUE_IO_INTERNAL_DEVICE_CONTROL) _IRQL_requires_max_(DISPATCH_LEVEL) VOID EVT_WDF_IO_QUEUE_IO_INTERNAL_DEVICE_CONTROL(WDFQUEUE Queue,
                                                                                                                                                           WDFREQUEST Request,
                                                                                                                                                           size_t OutputBufferLength,
                                                                                                                                                           size_t InputBufferLength,
                                                                                                                                                           ULONG IoControlCode);

typedef _Function_class_(EVT_WDF_IO_QUEUE_IO_READ) _IRQL_requires_max_(DISPATCH_LEVEL) VOID EVT_WDF_IO_QUEUE_IO_READ(WDFQUEUE Queue,
                                                                                                                     WDFREQUEST Request,
                                                                                                                     size_t Length);

typedef _Function_class_(EVT_WDF_IO_QUEUE_IO_RESUME) _IRQL_requires_max_(DISPATCH_LEVEL) VOID EVT_WDF_IO_QUEUE_IO_RESUME(WDFQUEUE Queue,
                                                                                                                         WDFREQUEST Request);

typedef _Function_class_(EVT_WDF_IO_QUEUE_IO_STOP) _IRQL_requires_max_(DISPATCH_LEVEL) VOID EVT_WDF_IO_QUEUE_IO_STOP(WDFQUEUE Queue,
                                                                                                                     WDFREQUEST Request,
                                                                                                                     ULONG ActionFlags);

typedef _Function_class_(EVT_WDF_IO_QUEUE_IO_WRITE) _IRQL_requires_max_(DISPATCH_LEVEL) VOID EVT_WDF_IO_QUEUE_IO_WRITE(WDFQUEUE Queue,
                                                                                                                       WDFREQUEST Request,
                                                                                                                       size_t Length);

typedef _Function_class_(EVT_WDF_REQUEST_CANCEL) _IRQL_requires_max_(DISPATCH_LEVEL) VOID EVT_WDF_REQUEST_CANCEL(WDFREQUEST Request);

typedef EVT_WDF_DEVICE_FILE_CREATE *PFN_WDF_DEVICE_FILE_CREATE;

typedef EVT_WDF_IO_ALLOCATE_REQUEST_RESOURCES *PFN_WDF_IO_ALLOCATE_REQUEST_RESOURCES;

typedef EVT_WDF_IO_ALLOCATE_RESOURCES_FOR_RESERVED_REQUEST *PFN_WDF_IO_ALLOCATE_RESOURCES_FOR_RESERVED_REQUEST;

typedef EVT_WDF_IO_IN_CALLER_CONTEXT *PFN_WDF_IO_IN_CALLER_CONTEXT;

typedef EVT_WDF_IO_QUEUE_IO_CANCELED_ON_QUEUE *PFN_WDF_IO_QUEUE_IO_CANCELED_ON_QUEUE;

typedef EVT_WDF_IO_QUEUE_IO_DEFAULT *PFN_WDF_IO_QUEUE_IO_DEFAULT;

typedef EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL *PFN_WDF_IO_QUEUE_IO_DEVICE_CONTROL;

typedef EVT_WDF_IO_QUEUE_IO_INTERNAL_DEVICE_CONTROL *PFN_WDF_IO_QUEUE_IO_INTERNAL_DEVICE_CONTROL;

typedef EVT_WDF_IO_QUEUE_IO_READ *PFN_WDF_IO_QUEUE_IO_READ;

typedef EVT_WDF_IO_QUEUE_IO_RESUME *PFN_WDF_IO_QUEUE_IO_RESUME;

typedef EVT_WDF_IO_QUEUE_IO_STOP *PFN_WDF_IO_QUEUE_IO_STOP;

typedef EVT_WDF_IO_QUEUE_IO_WRITE *PFN_WDF_IO_QUEUE_IO_WRITE;

typedef EVT_WDF_REQUEST_CANCEL *PFN_WDF_REQUEST_CANCEL;

typedef struct WDFSPINLOCK__ *WDFSPINLOCK;

typedef struct WDFSTRING__ *WDFSTRING;

typedef struct WDFTIMER__ *WDFTIMER;

typedef _Function_class_(EVT_WDF_TIMER) _IRQL_requires_max_(DISPATCH_LEVEL) VOID EVT_WDF_TIMER(WDFTIMER Timer);

typedef EVT_WDF_TIMER *PFN_WDF_TIMER;

typedef struct WDFUSBDEVICE__ *WDFUSBDEVICE;

typedef struct WDFUSBINTERFACE__ *WDFUSBINTERFACE;

typedef struct WDFUSBPIPE__ *WDFUSBPIPE;

typedef _Function_class_(EVT_WDF_USB_READERS_FAILED) _IRQL_requires_max_(PASSIVE_LEVEL) BOOLEAN EVT_WDF_USB_READERS_FAILED(WDFUSBPIPE Pipe,
                                                                                                                           NTSTATUS Status,
                                                                                                                           USBD_STATUS UsbdStatus);

typedef _Function_class_(EVT_WDF_USB_READER_COMPLETION_ROUTINE) _IRQL_requires_max_(DISPATCH_LEVEL) VOID EVT_WDF_USB_READER_COMPLETION_ROUTINE(WDFUSBPIPE Pipe,
                                                                                                                                               WDFMEMORY Buffer,
                                                                                                                                               size_t NumBytesTransferred,
                                                                                                                                               WDFCONTEXT Context);

typedef EVT_WDF_USB_READERS_FAILED *PFN_WDF_USB_READERS_FAILED;

typedef EVT_WDF_USB_READER_COMPLETION_ROUTINE *PFN_WDF_USB_READER_COMPLETION_ROUTINE;

typedef struct WDFWAITLOCK__ *WDFWAITLOCK;

typedef struct WDFWMIINSTANCE__ *WDFWMIINSTANCE;

typedef struct WDFWMIPROVIDER__ *WDFWMIPROVIDER;

typedef struct WDFWORKITEM__ *WDFWORKITEM;

typedef _Function_class_(EVT_WDF_WORKITEM) _IRQL_requires_max_(PASSIVE_LEVEL) VOID EVT_WDF_WORKITEM(WDFWORKITEM WorkItem);

typedef EVT_WDF_WORKITEM *PFN_WDF_WORKITEM;

typedef enum _WDF_DEVICE_FAILED_ACTION {
    WdfDeviceFailedUndefined = 0,
    WdfDeviceFailedAttemptRestart,
    WdfDeviceFailedNoRestart
} WDF_DEVICE_FAILED_ACTION;

typedef enum _WDF_DEVICE_IO_TYPE {
    WdfDeviceIoUndefined = 0,
    WdfDeviceIoNeither,
    WdfDeviceIoBuffered,
    WdfDeviceIoDirect
} WDF_DEVICE_IO_TYPE, *PWDF_DEVICE_IO_TYPE;

typedef enum _WDF_DEVICE_PNP_STATE {
    WdfDevStatePnpInvalid = 0,
    WdfDevStatePnpObjectCreated = 256,
    WdfDevStatePnpCheckForDevicePresence = 257,
    WdfDevStatePnpEjectFailed = 258,
    WdfDevStatePnpEjectHardware = 259,
    WdfDevStatePnpEjectedWaitingForRemove = 260,
    WdfDevStatePnpInit = 261,
    WdfDevStatePnpInitStarting = 262,
    WdfDevStatePnpInitSurpriseRemoved = 263,
    WdfDevStatePnpHardwareAvailable = 264,
    WdfDevStatePnpEnableInterfaces = 265,
    WdfDevStatePnpHardwareAvailablePowerPolicyFailed = 266,
    WdfDevStatePnpQueryRemoveAskDriver = 267,
    WdfDevStatePnpQueryRemovePending = 268,
    WdfDevStatePnpQueryRemoveStaticCheck = 269,
    WdfDevStatePnpQueriedRemoving = 270,
    WdfDevStatePnpQueryStopAskDriver = 271,
    WdfDevStatePnpQueryStopPending = 272,
    WdfDevStatePnpQueryStopStaticCheck = 273,
    WdfDevStatePnpQueryCanceled = 274,
    WdfDevStatePnpRemoved = 275,
    WdfDevStatePnpPdoRemoved = 276,
    WdfDevStatePnpRemovedPdoWait = 277,
    WdfDevStatePnpRemovedPdoSurpriseRemoved = 278,
    WdfDevStatePnpRemovingDisableInterfaces = 279,
    WdfDevStatePnpRestarting = 280,
    WdfDevStatePnpStarted = 281,
    WdfDevStatePnpStartedCancelStop = 282,
    WdfDevStatePnpStartedCancelRemove = 283,
    WdfDevStatePnpStartedRemoving = 284,
    WdfDevStatePnpStartingFromStopped = 285,
    WdfDevStatePnpStopped = 286,
    WdfDevStatePnpStoppedWaitForStartCompletion = 287,
    WdfDevStatePnpStartedStopping = 288,
    WdfDevStatePnpSurpriseRemove = 289,
    WdfDevStatePnpInitQueryRemove = 290,
    WdfDevStatePnpInitQueryRemoveCanceled = 291,
    WdfDevStatePnpFdoRemoved = 292,
    WdfDevStatePnpRemovedWaitForChildren = 293,
    WdfDevStatePnpQueriedSurpriseRemove = 294,
    WdfDevStatePnpSurpriseRemoveIoStarted = 295,
    WdfDevStatePnpFailedPowerDown = 296,
    WdfDevStatePnpFailedIoStarting = 297,
    WdfDevStatePnpFailedOwnHardware = 298,
    WdfDevStatePnpFailed = 299,
    WdfDevStatePnpFailedSurpriseRemoved = 300,
    WdfDevStatePnpFailedStarted = 301,
    WdfDevStatePnpFailedWaitForRemove = 302,
    WdfDevStatePnpFailedInit = 303,
    WdfDevStatePnpPdoInitFailed = 304,
    WdfDevStatePnpRestart = 305,
    WdfDevStatePnpRestartReleaseHardware = 306,
    WdfDevStatePnpRestartHardwareAvailable = 307,
    WdfDevStatePnpPdoRestart = 308,
    WdfDevStatePnpFinal = 309,
    WdfDevStatePnpRemovedChildrenRemoved = 310,
    WdfDevStatePnpQueryRemoveEnsureDeviceAwake = 311,
    WdfDevStatePnpQueryStopEnsureDeviceAwake = 312,
    WdfDevStatePnpNull = 313
} WDF_DEVICE_PNP_STATE, *PWDF_DEVICE_PNP_STATE;

typedef enum _WDF_DEVICE_STATE_FLAGS {
    WdfDevStateNP = 32768
} WDF_DEVICE_STATE_FLAGS;

typedef struct _WDF_DPC_CONFIG {
    ULONG Size;
    PFN_WDF_DPC EvtDpcFunc;
    BOOLEAN AutomaticSerialization;
} WDF_DPC_CONFIG, *PWDF_DPC_CONFIG;

typedef struct _WDF_DRIVER_CONFIG {
    ULONG Size;
    PFN_WDF_DRIVER_DEVICE_ADD EvtDriverDeviceAdd;
    PFN_WDF_DRIVER_UNLOAD EvtDriverUnload;
    ULONG DriverInitFlags;
    ULONG DriverPoolTag;
} WDF_DRIVER_CONFIG, *PWDF_DRIVER_CONFIG;

typedef struct _WDF_DRIVER_GLOBALS {
    WDFDRIVER Driver;
    ULONG DriverFlags;
    ULONG DriverTag;
    CHAR DriverName[32];
    BOOLEAN DisplaceDriverUnload;
} WDF_DRIVER_GLOBALS, *PWDF_DRIVER_GLOBALS;

typedef NTSTATUS (*PFN_WDFDEVICEADDREMOVALRELATIONSPHYSICALDEVICE)(PWDF_DRIVER_GLOBALS, WDFDEVICE, PDEVICE_OBJECT);

typedef WDF_DEVICE_POWER_POLICY_STATE (*PFN_WDFDEVICEGETDEVICEPOWERPOLICYSTATE)(PWDF_DRIVER_GLOBALS, WDFDEVICE);

typedef WDF_DEVICE_POWER_STATE (*PFN_WDFDEVICEGETDEVICEPOWERSTATE)(PWDF_DRIVER_GLOBALS, WDFDEVICE);

typedef POWER_ACTION (*PFN_WDFDEVICEGETSYSTEMPOWERACTION)(PWDF_DRIVER_GLOBALS, WDFDEVICE);

typedef void (*PFN_WDFDEVICEINITSETPOWERINRUSH)(PWDF_DRIVER_GLOBALS, PWDFDEVICE_INIT);

typedef void (*PFN_WDFDEVICEINITSETPOWERNOTPAGEABLE)(PWDF_DRIVER_GLOBALS, PWDFDEVICE_INIT);

typedef void (*PFN_WDFDEVICEINITSETPOWERPAGEABLE)(PWDF_DRIVER_GLOBALS, PWDFDEVICE_INIT);

typedef void (*PFN_WDFDEVICEINITSETPOWERPOLICYEVENTCALLBACKS)(PWDF_DRIVER_GLOBALS, PWDFDEVICE_INIT, PWDF_POWER_POLICY_EVENT_CALLBACKS);

typedef void (*PFN_WDFDEVICEINITSETPOWERPOLICYOWNERSHIP)(PWDF_DRIVER_GLOBALS, PWDFDEVICE_INIT, BOOLEAN);

typedef void (*PFN_WDFDEVICEREMOVEREMOVALRELATIONSPHYSICALDEVICE)(PWDF_DRIVER_GLOBALS, WDFDEVICE, PDEVICE_OBJECT);

typedef PDEVICE_OBJECT (*PFN_WDFDEVICEWDMGETPHYSICALDEVICE)(PWDF_DRIVER_GLOBALS, WDFDEVICE);

typedef BOOLEAN (*PFN_WDFDPCCANCEL)(PWDF_DRIVER_GLOBALS, WDFDPC, BOOLEAN);

typedef PDEVICE_OBJECT (*PFN_WDFIOTARGETWDMGETTARGETPHYSICALDEVICE)(PWDF_DRIVER_GLOBALS, WDFIOTARGET);

typedef NTSTATUS (*PFN_WDFREGISTRYREMOVEKEY)(PWDF_DRIVER_GLOBALS, WDFKEY);

typedef NTSTATUS (*PFN_WDFDEVICECREATESYMBOLICLINK)(PWDF_DRIVER_GLOBALS, WDFDEVICE, PCUNICODE_STRING);

typedef BOOLEAN (*PFN_WDFREQUESTISCANCELED)(PWDF_DRIVER_GLOBALS, WDFREQUEST);

typedef NTSTATUS (*PFN_WDFUSBTARGETDEVICERETRIEVECURRENTFRAMENUMBER)(PWDF_DRIVER_GLOBALS, WDFUSBDEVICE, PULONG);

typedef NTSTATUS (*PFN_WDFCOLLECTIONADD)(PWDF_DRIVER_GLOBALS, WDFCOLLECTION, WDFOBJECT);

typedef ULONG (*PFN_WDFCOLLECTIONGETCOUNT)(PWDF_DRIVER_GLOBALS, WDFCOLLECTION);

typedef WDFOBJECT (*PFN_WDFCOLLECTIONGETFIRSTITEM)(PWDF_DRIVER_GLOBALS, WDFCOLLECTION);

typedef WDFOBJECT (*PFN_WDFCOLLECTIONGETITEM)(PWDF_DRIVER_GLOBALS, WDFCOLLECTION, ULONG);

typedef WDFOBJECT (*PFN_WDFCOLLECTIONGETLASTITEM)(PWDF_DRIVER_GLOBALS, WDFCOLLECTION);

typedef void (*PFN_WDFCOLLECTIONREMOVE)(PWDF_DRIVER_GLOBALS, WDFCOLLECTION, WDFOBJECT);

typedef void (*PFN_WDFCOLLECTIONREMOVEITEM)(PWDF_DRIVER_GLOBALS, WDFCOLLECTION, ULONG);

typedef NTSTATUS (*PFN_WDFDEVICEADDDEPENDENTUSAGEDEVICEOBJECT)(PWDF_DRIVER_GLOBALS, WDFDEVICE, PDEVICE_OBJECT);

typedef NTSTATUS (*PFN_WDFDEVICEASSIGNMOFRESOURCENAME)(PWDF_DRIVER_GLOBALS, WDFDEVICE, PCUNICODE_STRING);

typedef void (*PFN_WDFDEVICECLEARREMOVALRELATIONSDEVICES)(PWDF_DRIVER_GLOBALS, WDFDEVICE);

typedef NTSTATUS (*PFN_WDFDEVICECREATEDEVICEINTERFACE)(PWDF_DRIVER_GLOBALS, WDFDEVICE, const GUID *, PCUNICODE_STRING);

typedef NTSTATUS (*PFN_WDFDEVICEENQUEUEREQUEST)(PWDF_DRIVER_GLOBALS, WDFDEVICE, WDFREQUEST);

typedef ULONG (*PFN_WDFDEVICEGETALIGNMENTREQUIREMENT)(PWDF_DRIVER_GLOBALS, WDFDEVICE);

typedef ULONG (*PFN_WDFDEVICEGETCHARACTERISTICS)(PWDF_DRIVER_GLOBALS, WDFDEVICE);

typedef WDFQUEUE (*PFN_WDFDEVICEGETDEFAULTQUEUE)(PWDF_DRIVER_GLOBALS, WDFDEVICE);

typedef WDF_DEVICE_PNP_STATE (*PFN_WDFDEVICEGETDEVICEPNPSTATE)(PWDF_DRIVER_GLOBALS, WDFDEVICE);

typedef WDFDRIVER (*PFN_WDFDEVICEGETDRIVER)(PWDF_DRIVER_GLOBALS, WDFDEVICE);

typedef WDFFILEOBJECT (*PFN_WDFDEVICEGETFILEOBJECT)(PWDF_DRIVER_GLOBALS, WDFDEVICE, PFILE_OBJECT);

typedef WDFIOTARGET (*PFN_WDFDEVICEGETIOTARGET)(PWDF_DRIVER_GLOBALS, WDFDEVICE);

typedef NTSTATUS (*PFN_WDFDEVICEINDICATEWAKESTATUS)(PWDF_DRIVER_GLOBALS, WDFDEVICE, NTSTATUS);

typedef NTSTATUS (*PFN_WDFDEVICEINITASSIGNNAME)(PWDF_DRIVER_GLOBALS, PWDFDEVICE_INIT, PCUNICODE_STRING);

typedef NTSTATUS (*PFN_WDFDEVICEINITASSIGNSDDLSTRING)(PWDF_DRIVER_GLOBALS, PWDFDEVICE_INIT, PCUNICODE_STRING);

typedef NTSTATUS (*PFN_WDFDEVICEINITASSIGNWDMIRPPREPROCESSCALLBACK)(PWDF_DRIVER_GLOBALS, PWDFDEVICE_INIT, PFN_WDFDEVICE_WDM_IRP_PREPROCESS, UCHAR, PUCHAR, ULONG);

typedef void (*PFN_WDFDEVICEINITFREE)(PWDF_DRIVER_GLOBALS, PWDFDEVICE_INIT);

typedef void (*PFN_WDFDEVICEINITSETCHARACTERISTICS)(PWDF_DRIVER_GLOBALS, PWDFDEVICE_INIT, ULONG, BOOLEAN);

typedef void (*PFN_WDFDEVICEINITSETDEVICECLASS)(PWDF_DRIVER_GLOBALS, PWDFDEVICE_INIT, const GUID *);

typedef void (*PFN_WDFDEVICEINITSETDEVICETYPE)(PWDF_DRIVER_GLOBALS, PWDFDEVICE_INIT, ULONG);

typedef void (*PFN_WDFDEVICEINITSETEXCLUSIVE)(PWDF_DRIVER_GLOBALS, PWDFDEVICE_INIT, BOOLEAN);

typedef void (*PFN_WDFDEVICEINITSETIOINCALLERCONTEXTCALLBACK)(PWDF_DRIVER_GLOBALS, PWDFDEVICE_INIT, PFN_WDF_IO_IN_CALLER_CONTEXT);

typedef void (*PFN_WDFDEVICEINITSETIOTYPE)(PWDF_DRIVER_GLOBALS, PWDFDEVICE_INIT, WDF_DEVICE_IO_TYPE);

typedef NTSTATUS (*PFN_WDFDEVICEQUERYPROPERTY)(PWDF_DRIVER_GLOBALS, WDFDEVICE, DEVICE_REGISTRY_PROPERTY, ULONG, PVOID, PULONG);

typedef void (*PFN_WDFDEVICEREMOVEDEPENDENTUSAGEDEVICEOBJECT)(PWDF_DRIVER_GLOBALS, WDFDEVICE, PDEVICE_OBJECT);

typedef void (*PFN_WDFDEVICERESUMEIDLE)(PWDF_DRIVER_GLOBALS, WDFDEVICE);

typedef NTSTATUS (*PFN_WDFDEVICERETRIEVEDEVICEINTERFACESTRING)(PWDF_DRIVER_GLOBALS, WDFDEVICE, const GUID *, PCUNICODE_STRING, WDFSTRING);

typedef NTSTATUS (*PFN_WDFDEVICERETRIEVEDEVICENAME)(PWDF_DRIVER_GLOBALS, WDFDEVICE, WDFSTRING);

typedef void (*PFN_WDFDEVICESETALIGNMENTREQUIREMENT)(PWDF_DRIVER_GLOBALS, WDFDEVICE, ULONG);

typedef void (*PFN_WDFDEVICESETBUSINFORMATIONFORCHILDREN)(PWDF_DRIVER_GLOBALS, WDFDEVICE, PPNP_BUS_INFORMATION);

typedef void (*PFN_WDFDEVICESETCHARACTERISTICS)(PWDF_DRIVER_GLOBALS, WDFDEVICE, ULONG);

typedef void (*PFN_WDFDEVICESETDEVICEINTERFACESTATE)(PWDF_DRIVER_GLOBALS, WDFDEVICE, const GUID *, PCUNICODE_STRING, BOOLEAN);

typedef void (*PFN_WDFDEVICESETFAILED)(PWDF_DRIVER_GLOBALS, WDFDEVICE, WDF_DEVICE_FAILED_ACTION);

typedef void (*PFN_WDFDEVICESETSTATICSTOPREMOVE)(PWDF_DRIVER_GLOBALS, WDFDEVICE, BOOLEAN);

typedef NTSTATUS (*PFN_WDFDEVICESTOPIDLE)(PWDF_DRIVER_GLOBALS, WDFDEVICE, BOOLEAN);

typedef NTSTATUS (*PFN_WDFDEVICEWDMDISPATCHPREPROCESSEDIRP)(PWDF_DRIVER_GLOBALS, WDFDEVICE, PIRP);

typedef PDEVICE_OBJECT (*PFN_WDFDEVICEWDMGETATTACHEDDEVICE)(PWDF_DRIVER_GLOBALS, WDFDEVICE);

typedef PDEVICE_OBJECT (*PFN_WDFDEVICEWDMGETDEVICEOBJECT)(PWDF_DRIVER_GLOBALS, WDFDEVICE);

typedef BOOLEAN (*PFN_WDFDPCENQUEUE)(PWDF_DRIVER_GLOBALS, WDFDPC);

typedef WDFOBJECT (*PFN_WDFDPCGETPARENTOBJECT)(PWDF_DRIVER_GLOBALS, WDFDPC);

typedef PKDPC (*PFN_WDFDPCWDMGETDPC)(PWDF_DRIVER_GLOBALS, WDFDPC);

typedef PWSTR (*PFN_WDFDRIVERGETREGISTRYPATH)(PWDF_DRIVER_GLOBALS, WDFDRIVER);

typedef void (*PFN_WDFDRIVERMINIPORTUNLOAD)(PWDF_DRIVER_GLOBALS, WDFDRIVER);

typedef NTSTATUS (*PFN_WDFDRIVERREGISTERTRACEINFO)(PWDF_DRIVER_GLOBALS, PDRIVER_OBJECT, PFN_WDF_TRACE_CALLBACK, PVOID);

typedef NTSTATUS (*PFN_WDFDRIVERRETRIEVEVERSIONSTRING)(PWDF_DRIVER_GLOBALS, WDFDRIVER, WDFSTRING);

typedef PDRIVER_OBJECT (*PFN_WDFDRIVERWDMGETDRIVEROBJECT)(PWDF_DRIVER_GLOBALS, WDFDRIVER);

typedef void (*PFN_WDFIOQUEUEDRAIN)(PWDF_DRIVER_GLOBALS, WDFQUEUE, PFN_WDF_IO_QUEUE_STATE, WDFCONTEXT);

typedef void (*PFN_WDFIOQUEUEDRAINSYNCHRONOUSLY)(PWDF_DRIVER_GLOBALS, WDFQUEUE);

typedef WDFDEVICE (*PFN_WDFIOQUEUEGETDEVICE)(PWDF_DRIVER_GLOBALS, WDFQUEUE);

typedef void (*PFN_WDFIOQUEUEPURGE)(PWDF_DRIVER_GLOBALS, WDFQUEUE, PFN_WDF_IO_QUEUE_STATE, WDFCONTEXT);

typedef void (*PFN_WDFIOQUEUEPURGESYNCHRONOUSLY)(PWDF_DRIVER_GLOBALS, WDFQUEUE);

typedef NTSTATUS (*PFN_WDFIOQUEUEREADYNOTIFY)(PWDF_DRIVER_GLOBALS, WDFQUEUE, PFN_WDF_IO_QUEUE_STATE, WDFCONTEXT);

typedef NTSTATUS (*PFN_WDFIOQUEUERETRIEVEFOUNDREQUEST)(PWDF_DRIVER_GLOBALS, WDFQUEUE, WDFREQUEST, WDFREQUEST *);

typedef NTSTATUS (*PFN_WDFIOQUEUERETRIEVENEXTREQUEST)(PWDF_DRIVER_GLOBALS, WDFQUEUE, WDFREQUEST *);

typedef NTSTATUS (*PFN_WDFIOQUEUERETRIEVEREQUESTBYFILEOBJECT)(PWDF_DRIVER_GLOBALS, WDFQUEUE, WDFFILEOBJECT, WDFREQUEST *);

typedef void (*PFN_WDFIOQUEUESTART)(PWDF_DRIVER_GLOBALS, WDFQUEUE);

typedef void (*PFN_WDFIOQUEUESTOP)(PWDF_DRIVER_GLOBALS, WDFQUEUE, PFN_WDF_IO_QUEUE_STATE, WDFCONTEXT);

typedef void (*PFN_WDFIOQUEUESTOPSYNCHRONOUSLY)(PWDF_DRIVER_GLOBALS, WDFQUEUE);

typedef void (*PFN_WDFIOTARGETCLOSE)(PWDF_DRIVER_GLOBALS, WDFIOTARGET);

typedef void (*PFN_WDFIOTARGETCLOSEFORQUERYREMOVE)(PWDF_DRIVER_GLOBALS, WDFIOTARGET);

typedef NTSTATUS (*PFN_WDFIOTARGETFORMATREQUESTFORINTERNALIOCTL)(PWDF_DRIVER_GLOBALS, WDFIOTARGET, WDFREQUEST, ULONG, WDFMEMORY, PWDFMEMORY_OFFSET, WDFMEMORY, PWDFMEMORY_OFFSET);

typedef NTSTATUS (*PFN_WDFIOTARGETFORMATREQUESTFORINTERNALIOCTLOTHERS)(PWDF_DRIVER_GLOBALS, WDFIOTARGET, WDFREQUEST, ULONG, WDFMEMORY, PWDFMEMORY_OFFSET, WDFMEMORY, PWDFMEMORY_OFFSET, WDFMEMORY, PWDFMEMORY_OFFSET);

typedef NTSTATUS (*PFN_WDFIOTARGETFORMATREQUESTFORIOCTL)(PWDF_DRIVER_GLOBALS, WDFIOTARGET, WDFREQUEST, ULONG, WDFMEMORY, PWDFMEMORY_OFFSET, WDFMEMORY, PWDFMEMORY_OFFSET);

typedef NTSTATUS (*PFN_WDFIOTARGETFORMATREQUESTFORREAD)(PWDF_DRIVER_GLOBALS, WDFIOTARGET, WDFREQUEST, WDFMEMORY, PWDFMEMORY_OFFSET, PLONGLONG);

typedef NTSTATUS (*PFN_WDFIOTARGETFORMATREQUESTFORWRITE)(PWDF_DRIVER_GLOBALS, WDFIOTARGET, WDFREQUEST, WDFMEMORY, PWDFMEMORY_OFFSET, PLONGLONG);

typedef WDFDEVICE (*PFN_WDFIOTARGETGETDEVICE)(PWDF_DRIVER_GLOBALS, WDFIOTARGET);

typedef NTSTATUS (*PFN_WDFIOTARGETQUERYFORINTERFACE)(PWDF_DRIVER_GLOBALS, WDFIOTARGET, LPCGUID, PINTERFACE, USHORT, USHORT, PVOID);

typedef NTSTATUS (*PFN_WDFIOTARGETQUERYTARGETPROPERTY)(PWDF_DRIVER_GLOBALS, WDFIOTARGET, DEVICE_REGISTRY_PROPERTY, ULONG, PVOID, PULONG);

typedef NTSTATUS (*PFN_WDFIOTARGETSTART)(PWDF_DRIVER_GLOBALS, WDFIOTARGET);

typedef PDEVICE_OBJECT (*PFN_WDFIOTARGETWDMGETTARGETDEVICEOBJECT)(PWDF_DRIVER_GLOBALS, WDFIOTARGET);

typedef HANDLE (*PFN_WDFIOTARGETWDMGETTARGETFILEHANDLE)(PWDF_DRIVER_GLOBALS, WDFIOTARGET);

typedef PFILE_OBJECT (*PFN_WDFIOTARGETWDMGETTARGETFILEOBJECT)(PWDF_DRIVER_GLOBALS, WDFIOTARGET);

typedef NTSTATUS (*PFN_WDFMEMORYASSIGNBUFFER)(PWDF_DRIVER_GLOBALS, WDFMEMORY, PVOID, size_t);

typedef NTSTATUS (*PFN_WDFMEMORYCOPYFROMBUFFER)(PWDF_DRIVER_GLOBALS, WDFMEMORY, size_t, PVOID, size_t);

typedef NTSTATUS (*PFN_WDFMEMORYCOPYTOBUFFER)(PWDF_DRIVER_GLOBALS, WDFMEMORY, size_t, PVOID, size_t);

typedef NTSTATUS (*PFN_WDFMEMORYCREATEFROMLOOKASIDE)(PWDF_DRIVER_GLOBALS, WDFLOOKASIDE, WDFMEMORY *);

typedef PVOID (*PFN_WDFMEMORYGETBUFFER)(PWDF_DRIVER_GLOBALS, WDFMEMORY, size_t *);

typedef void (*PFN_WDFOBJECTACQUIRELOCK)(PWDF_DRIVER_GLOBALS, WDFOBJECT);

typedef WDFOBJECT (*PFN_WDFOBJECTCONTEXTGETOBJECT)(PWDF_DRIVER_GLOBALS, PVOID);

typedef void (*PFN_WDFOBJECTDELETE)(PWDF_DRIVER_GLOBALS, WDFOBJECT);

typedef void (*PFN_WDFOBJECTDEREFERENCEACTUAL)(PWDF_DRIVER_GLOBALS, WDFOBJECT, PVOID, LONG, PCHAR);

typedef PVOID (*PFN_WDFOBJECTGETTYPEDCONTEXTWORKER)(PWDF_DRIVER_GLOBALS, WDFOBJECT, PCWDF_OBJECT_CONTEXT_TYPE_INFO);

typedef NTSTATUS (*PFN_WDFOBJECTQUERY)(PWDF_DRIVER_GLOBALS, WDFOBJECT, const GUID *, ULONG, PVOID);

typedef void (*PFN_WDFOBJECTREFERENCEACTUAL)(PWDF_DRIVER_GLOBALS, WDFOBJECT, PVOID, LONG, PCHAR);

typedef void (*PFN_WDFOBJECTRELEASELOCK)(PWDF_DRIVER_GLOBALS, WDFOBJECT);

typedef NTSTATUS (*PFN_WDFREGISTRYASSIGNMEMORY)(PWDF_DRIVER_GLOBALS, WDFKEY, PCUNICODE_STRING, ULONG, WDFMEMORY, PWDFMEMORY_OFFSET);

typedef NTSTATUS (*PFN_WDFREGISTRYASSIGNMULTISTRING)(PWDF_DRIVER_GLOBALS, WDFKEY, PCUNICODE_STRING, WDFCOLLECTION);

typedef NTSTATUS (*PFN_WDFREGISTRYASSIGNSTRING)(PWDF_DRIVER_GLOBALS, WDFKEY, PCUNICODE_STRING, WDFSTRING);

typedef NTSTATUS (*PFN_WDFREGISTRYASSIGNULONG)(PWDF_DRIVER_GLOBALS, WDFKEY, PCUNICODE_STRING, ULONG);

typedef NTSTATUS (*PFN_WDFREGISTRYASSIGNUNICODESTRING)(PWDF_DRIVER_GLOBALS, WDFKEY, PCUNICODE_STRING, PCUNICODE_STRING);

typedef NTSTATUS (*PFN_WDFREGISTRYASSIGNVALUE)(PWDF_DRIVER_GLOBALS, WDFKEY, PCUNICODE_STRING, ULONG, ULONG, PVOID);

typedef void (*PFN_WDFREGISTRYCLOSE)(PWDF_DRIVER_GLOBALS, WDFKEY);

typedef NTSTATUS (*PFN_WDFREGISTRYQUERYSTRING)(PWDF_DRIVER_GLOBALS, WDFKEY, PCUNICODE_STRING, WDFSTRING);

typedef NTSTATUS (*PFN_WDFREGISTRYQUERYULONG)(PWDF_DRIVER_GLOBALS, WDFKEY, PCUNICODE_STRING, PULONG);

typedef NTSTATUS (*PFN_WDFREGISTRYQUERYUNICODESTRING)(PWDF_DRIVER_GLOBALS, WDFKEY, PCUNICODE_STRING, PUSHORT, PUNICODE_STRING);

typedef NTSTATUS (*PFN_WDFREGISTRYQUERYVALUE)(PWDF_DRIVER_GLOBALS, WDFKEY, PCUNICODE_STRING, ULONG, PVOID, PULONG, PULONG);

typedef NTSTATUS (*PFN_WDFREGISTRYREMOVEVALUE)(PWDF_DRIVER_GLOBALS, WDFKEY, PCUNICODE_STRING);

typedef HANDLE (*PFN_WDFREGISTRYWDMGETHANDLE)(PWDF_DRIVER_GLOBALS, WDFKEY);

typedef NTSTATUS (*PFN_WDFREQUESTALLOCATETIMER)(PWDF_DRIVER_GLOBALS, WDFREQUEST);

typedef BOOLEAN (*PFN_WDFREQUESTCANCELSENTREQUEST)(PWDF_DRIVER_GLOBALS, WDFREQUEST);

typedef NTSTATUS (*PFN_WDFREQUESTCHANGETARGET)(PWDF_DRIVER_GLOBALS, WDFREQUEST, WDFIOTARGET);

typedef void (*PFN_WDFREQUESTCOMPLETE)(PWDF_DRIVER_GLOBALS, WDFREQUEST, NTSTATUS);

typedef void (*PFN_WDFREQUESTCOMPLETEWITHINFORMATION)(PWDF_DRIVER_GLOBALS, WDFREQUEST, NTSTATUS, ULONG_PTR);

typedef void (*PFN_WDFREQUESTCOMPLETEWITHPRIORITYBOOST)(PWDF_DRIVER_GLOBALS, WDFREQUEST, NTSTATUS, CCHAR);

typedef void (*PFN_WDFREQUESTFORMATREQUESTUSINGCURRENTTYPE)(PWDF_DRIVER_GLOBALS, WDFREQUEST);

typedef NTSTATUS (*PFN_WDFREQUESTFORWARDTOIOQUEUE)(PWDF_DRIVER_GLOBALS, WDFREQUEST, WDFQUEUE);

typedef WDFFILEOBJECT (*PFN_WDFREQUESTGETFILEOBJECT)(PWDF_DRIVER_GLOBALS, WDFREQUEST);

typedef ULONG_PTR (*PFN_WDFREQUESTGETINFORMATION)(PWDF_DRIVER_GLOBALS, WDFREQUEST);

typedef WDFQUEUE (*PFN_WDFREQUESTGETIOQUEUE)(PWDF_DRIVER_GLOBALS, WDFREQUEST);

typedef KPROCESSOR_MODE (*PFN_WDFREQUESTGETREQUESTORMODE)(PWDF_DRIVER_GLOBALS, WDFREQUEST);

typedef NTSTATUS (*PFN_WDFREQUESTGETSTATUS)(PWDF_DRIVER_GLOBALS, WDFREQUEST);

typedef BOOLEAN (*PFN_WDFREQUESTISFROM32BITPROCESS)(PWDF_DRIVER_GLOBALS, WDFREQUEST);

typedef BOOLEAN (*PFN_WDFREQUESTISRESERVED)(PWDF_DRIVER_GLOBALS, WDFREQUEST);

typedef void (*PFN_WDFREQUESTMARKCANCELABLE)(PWDF_DRIVER_GLOBALS, WDFREQUEST, PFN_WDF_REQUEST_CANCEL);

typedef NTSTATUS (*PFN_WDFREQUESTMARKCANCELABLEEX)(PWDF_DRIVER_GLOBALS, WDFREQUEST, PFN_WDF_REQUEST_CANCEL);

typedef NTSTATUS (*PFN_WDFREQUESTPROBEANDLOCKUSERBUFFERFORREAD)(PWDF_DRIVER_GLOBALS, WDFREQUEST, PVOID, size_t, WDFMEMORY *);

typedef NTSTATUS (*PFN_WDFREQUESTPROBEANDLOCKUSERBUFFERFORWRITE)(PWDF_DRIVER_GLOBALS, WDFREQUEST, PVOID, size_t, WDFMEMORY *);

typedef NTSTATUS (*PFN_WDFREQUESTREQUEUE)(PWDF_DRIVER_GLOBALS, WDFREQUEST);

typedef NTSTATUS (*PFN_WDFREQUESTRETRIEVEINPUTBUFFER)(PWDF_DRIVER_GLOBALS, WDFREQUEST, size_t, PVOID *, size_t *);

typedef NTSTATUS (*PFN_WDFREQUESTRETRIEVEINPUTMEMORY)(PWDF_DRIVER_GLOBALS, WDFREQUEST, WDFMEMORY *);

typedef NTSTATUS (*PFN_WDFREQUESTRETRIEVEINPUTWDMMDL)(PWDF_DRIVER_GLOBALS, WDFREQUEST, PMDL *);

typedef NTSTATUS (*PFN_WDFREQUESTRETRIEVEOUTPUTBUFFER)(PWDF_DRIVER_GLOBALS, WDFREQUEST, size_t, PVOID *, size_t *);

typedef NTSTATUS (*PFN_WDFREQUESTRETRIEVEOUTPUTMEMORY)(PWDF_DRIVER_GLOBALS, WDFREQUEST, WDFMEMORY *);

typedef NTSTATUS (*PFN_WDFREQUESTRETRIEVEOUTPUTWDMMDL)(PWDF_DRIVER_GLOBALS, WDFREQUEST, PMDL *);

typedef NTSTATUS (*PFN_WDFREQUESTRETRIEVEUNSAFEUSERINPUTBUFFER)(PWDF_DRIVER_GLOBALS, WDFREQUEST, size_t, PVOID *, size_t *);

typedef NTSTATUS (*PFN_WDFREQUESTRETRIEVEUNSAFEUSEROUTPUTBUFFER)(PWDF_DRIVER_GLOBALS, WDFREQUEST, size_t, PVOID *, size_t *);

typedef void (*PFN_WDFREQUESTSETINFORMATION)(PWDF_DRIVER_GLOBALS, WDFREQUEST, ULONG_PTR);

typedef void (*PFN_WDFREQUESTSTOPACKNOWLEDGE)(PWDF_DRIVER_GLOBALS, WDFREQUEST, BOOLEAN);

typedef NTSTATUS (*PFN_WDFREQUESTUNMARKCANCELABLE)(PWDF_DRIVER_GLOBALS, WDFREQUEST);

typedef void (*PFN_WDFREQUESTWDMFORMATUSINGSTACKLOCATION)(PWDF_DRIVER_GLOBALS, WDFREQUEST, PIO_STACK_LOCATION);

typedef PIRP (*PFN_WDFREQUESTWDMGETIRP)(PWDF_DRIVER_GLOBALS, WDFREQUEST);

typedef void (*PFN_WDFSPINLOCKACQUIRE)(PWDF_DRIVER_GLOBALS, WDFSPINLOCK);

typedef void (*PFN_WDFSPINLOCKRELEASE)(PWDF_DRIVER_GLOBALS, WDFSPINLOCK);

typedef void (*PFN_WDFSTRINGGETUNICODESTRING)(PWDF_DRIVER_GLOBALS, WDFSTRING, PUNICODE_STRING);

typedef WDFOBJECT (*PFN_WDFTIMERGETPARENTOBJECT)(PWDF_DRIVER_GLOBALS, WDFTIMER);

typedef BOOLEAN (*PFN_WDFTIMERSTART)(PWDF_DRIVER_GLOBALS, WDFTIMER, LONGLONG);

typedef BOOLEAN (*PFN_WDFTIMERSTOP)(PWDF_DRIVER_GLOBALS, WDFTIMER, BOOLEAN);

typedef BYTE (*PFN_WDFUSBINTERFACEGETCONFIGUREDSETTINGINDEX)(PWDF_DRIVER_GLOBALS, WDFUSBINTERFACE);

typedef void (*PFN_WDFUSBINTERFACEGETDESCRIPTOR)(PWDF_DRIVER_GLOBALS, WDFUSBINTERFACE, UCHAR, PUSB_INTERFACE_DESCRIPTOR);

typedef BYTE (*PFN_WDFUSBINTERFACEGETINTERFACENUMBER)(PWDF_DRIVER_GLOBALS, WDFUSBINTERFACE);

typedef BYTE (*PFN_WDFUSBINTERFACEGETNUMCONFIGUREDPIPES)(PWDF_DRIVER_GLOBALS, WDFUSBINTERFACE);

typedef BYTE (*PFN_WDFUSBINTERFACEGETNUMENDPOINTS)(PWDF_DRIVER_GLOBALS, WDFUSBINTERFACE, UCHAR);

typedef BYTE (*PFN_WDFUSBINTERFACEGETNUMSETTINGS)(PWDF_DRIVER_GLOBALS, WDFUSBINTERFACE);

typedef NTSTATUS (*PFN_WDFUSBTARGETDEVICECYCLEPORTSYNCHRONOUSLY)(PWDF_DRIVER_GLOBALS, WDFUSBDEVICE);

typedef NTSTATUS (*PFN_WDFUSBTARGETDEVICEFORMATREQUESTFORCYCLEPORT)(PWDF_DRIVER_GLOBALS, WDFUSBDEVICE, WDFREQUEST);

typedef NTSTATUS (*PFN_WDFUSBTARGETDEVICEFORMATREQUESTFORSTRING)(PWDF_DRIVER_GLOBALS, WDFUSBDEVICE, WDFREQUEST, WDFMEMORY, PWDFMEMORY_OFFSET, UCHAR, USHORT);

typedef NTSTATUS (*PFN_WDFUSBTARGETDEVICEFORMATREQUESTFORURB)(PWDF_DRIVER_GLOBALS, WDFUSBDEVICE, WDFREQUEST, WDFMEMORY, PWDFMEMORY_OFFSET);

typedef void (*PFN_WDFUSBTARGETDEVICEGETDEVICEDESCRIPTOR)(PWDF_DRIVER_GLOBALS, WDFUSBDEVICE, PUSB_DEVICE_DESCRIPTOR);

typedef WDFUSBINTERFACE (*PFN_WDFUSBTARGETDEVICEGETINTERFACE)(PWDF_DRIVER_GLOBALS, WDFUSBDEVICE, UCHAR);

typedef UCHAR (*PFN_WDFUSBTARGETDEVICEGETNUMINTERFACES)(PWDF_DRIVER_GLOBALS, WDFUSBDEVICE);

typedef NTSTATUS (*PFN_WDFUSBTARGETDEVICEISCONNECTEDSYNCHRONOUS)(PWDF_DRIVER_GLOBALS, WDFUSBDEVICE);

typedef NTSTATUS (*PFN_WDFUSBTARGETDEVICERESETPORTSYNCHRONOUSLY)(PWDF_DRIVER_GLOBALS, WDFUSBDEVICE);

typedef NTSTATUS (*PFN_WDFUSBTARGETDEVICERETRIEVECONFIGDESCRIPTOR)(PWDF_DRIVER_GLOBALS, WDFUSBDEVICE, PVOID, PUSHORT);

typedef USBD_CONFIGURATION_HANDLE (*PFN_WDFUSBTARGETDEVICEWDMGETCONFIGURATIONHANDLE)(PWDF_DRIVER_GLOBALS, WDFUSBDEVICE);

typedef NTSTATUS (*PFN_WDFUSBTARGETPIPEFORMATREQUESTFORABORT)(PWDF_DRIVER_GLOBALS, WDFUSBPIPE, WDFREQUEST);

typedef NTSTATUS (*PFN_WDFUSBTARGETPIPEFORMATREQUESTFORREAD)(PWDF_DRIVER_GLOBALS, WDFUSBPIPE, WDFREQUEST, WDFMEMORY, PWDFMEMORY_OFFSET);

typedef NTSTATUS (*PFN_WDFUSBTARGETPIPEFORMATREQUESTFORRESET)(PWDF_DRIVER_GLOBALS, WDFUSBPIPE, WDFREQUEST);

typedef NTSTATUS (*PFN_WDFUSBTARGETPIPEFORMATREQUESTFORURB)(PWDF_DRIVER_GLOBALS, WDFUSBPIPE, WDFREQUEST, WDFMEMORY, PWDFMEMORY_OFFSET);

typedef NTSTATUS (*PFN_WDFUSBTARGETPIPEFORMATREQUESTFORWRITE)(PWDF_DRIVER_GLOBALS, WDFUSBPIPE, WDFREQUEST, WDFMEMORY, PWDFMEMORY_OFFSET);

typedef BOOLEAN (*PFN_WDFUSBTARGETPIPEISINENDPOINT)(PWDF_DRIVER_GLOBALS, WDFUSBPIPE);

typedef BOOLEAN (*PFN_WDFUSBTARGETPIPEISOUTENDPOINT)(PWDF_DRIVER_GLOBALS, WDFUSBPIPE);

typedef void (*PFN_WDFUSBTARGETPIPESETNOMAXIMUMPACKETSIZECHECK)(PWDF_DRIVER_GLOBALS, WDFUSBPIPE);

typedef USBD_PIPE_HANDLE (*PFN_WDFUSBTARGETPIPEWDMGETPIPEHANDLE)(PWDF_DRIVER_GLOBALS, WDFUSBPIPE);

typedef NTSTATUS (*PFN_WDFWAITLOCKACQUIRE)(PWDF_DRIVER_GLOBALS, WDFWAITLOCK, PLONGLONG);

typedef void (*PFN_WDFWAITLOCKRELEASE)(PWDF_DRIVER_GLOBALS, WDFWAITLOCK);

typedef WDFDEVICE (*PFN_WDFWDMDEVICEGETWDFDEVICEHANDLE)(PWDF_DRIVER_GLOBALS, PDEVICE_OBJECT);

typedef WDFDRIVER (*PFN_WDFWDMDRIVERGETWDFDRIVERHANDLE)(PWDF_DRIVER_GLOBALS, PDRIVER_OBJECT);

typedef void (*PFN_WDFWORKITEMENQUEUE)(PWDF_DRIVER_GLOBALS, WDFWORKITEM);

typedef void (*PFN_WDFWORKITEMFLUSH)(PWDF_DRIVER_GLOBALS, WDFWORKITEM);

typedef WDFOBJECT (*PFN_WDFWORKITEMGETPARENTOBJECT)(PWDF_DRIVER_GLOBALS, WDFWORKITEM);

typedef enum _WDF_DRIVER_INIT_FLAGS {
    WdfDriverInitNonPnpDriver = 1,
    WdfDriverInitNoDispatchOverride = 2,
    WdfVerifyOn = 4,
    WdfVerifierOn = 8
} WDF_DRIVER_INIT_FLAGS;

typedef struct _WDF_DRIVER_VERSION_AVAILABLE_PARAMS {
    ULONG Size;
    ULONG MajorVersion;
    ULONG MinorVersion;
} WDF_DRIVER_VERSION_AVAILABLE_PARAMS, *PWDF_DRIVER_VERSION_AVAILABLE_PARAMS;

typedef BOOLEAN (*PFN_WDFDRIVERISVERSIONAVAILABLE)(PWDF_DRIVER_GLOBALS, WDFDRIVER, PWDF_DRIVER_VERSION_AVAILABLE_PARAMS);

typedef enum _WDF_EXECUTION_LEVEL {
    WdfExecutionLevelInvalid = 0,
    WdfExecutionLevelInheritFromParent,
    WdfExecutionLevelPassive,
    WdfExecutionLevelDispatch
} WDF_EXECUTION_LEVEL;

typedef enum _WDF_FILEOBJECT_CLASS {
    WdfFileObjectInvalid = 0,
    WdfFileObjectNotRequired = 1,
    WdfFileObjectWdfCanUseFsContext = 2,
    WdfFileObjectWdfCanUseFsContext2 = 3,
    WdfFileObjectWdfCannotUseFsContexts = 4,
    WdfFileObjectCanBeOptional = 5
} WDF_FILEOBJECT_CLASS, *PWDF_FILEOBJECT_CLASS;

typedef enum _WDF_IO_FORWARD_PROGRESS_ACTION {
    WdfIoForwardProgressActionInvalid = 0,
    WdfIoForwardProgressActionFailRequest,
    WdfIoForwardProgressActionUseReservedRequest
} WDF_IO_FORWARD_PROGRESS_ACTION;

typedef _Function_class_(EVT_WDF_IO_WDM_IRP_FOR_FORWARD_PROGRESS) _IRQL_requires_max_(DISPATCH_LEVEL) WDF_IO_FORWARD_PROGRESS_ACTION EVT_WDF_IO_WDM_IRP_FOR_FORWARD_PROGRESS(WDFQUEUE Queue,
                                                                                                                                                                             PIRP Irp);

typedef EVT_WDF_IO_WDM_IRP_FOR_FORWARD_PROGRESS *PFN_WDF_IO_WDM_IRP_FOR_FORWARD_PROGRESS;

typedef enum _WDF_IO_FORWARD_PROGRESS_RESERVED_POLICY {
    WdfIoForwardProgressInvalidPolicy = 0,
    WdfIoForwardProgressReservedPolicyAlwaysUseReservedRequest,
    WdfIoForwardProgressReservedPolicyUseExamine,
    WdfIoForwardProgressReservedPolicyPagingIO
} WDF_IO_FORWARD_PROGRESS_RESERVED_POLICY;

typedef struct _WDF_IO_FORWARD_PROGRESS_RESERVED_POLICY_SETTINGS {
    union {
        struct {
            PFN_WDF_IO_WDM_IRP_FOR_FORWARD_PROGRESS EvtIoWdmIrpForForwardProgress;
        } ExaminePolicy;
    } Policy;
} WDF_IO_FORWARD_PROGRESS_RESERVED_POLICY_SETTINGS;

typedef enum _WDF_IO_QUEUE_DISPATCH_TYPE {
    WdfIoQueueDispatchInvalid = 0,
    WdfIoQueueDispatchSequential,
    WdfIoQueueDispatchParallel,
    WdfIoQueueDispatchManual,
    WdfIoQueueDispatchMax
} WDF_IO_QUEUE_DISPATCH_TYPE;

typedef struct _WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY {
    ULONG Size;
    ULONG TotalForwardProgressRequests;
    WDF_IO_FORWARD_PROGRESS_RESERVED_POLICY ForwardProgressReservedPolicy;
    WDF_IO_FORWARD_PROGRESS_RESERVED_POLICY_SETTINGS ForwardProgressReservePolicySettings;
    PFN_WDF_IO_ALLOCATE_RESOURCES_FOR_RESERVED_REQUEST EvtIoAllocateResourcesForReservedRequest;
    PFN_WDF_IO_ALLOCATE_REQUEST_RESOURCES EvtIoAllocateRequestResources;
} WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY, *PWDF_IO_QUEUE_FORWARD_PROGRESS_POLICY;

typedef NTSTATUS (*PFN_WDFIOQUEUEASSIGNFORWARDPROGRESSPOLICY)(PWDF_DRIVER_GLOBALS, WDFQUEUE, PWDF_IO_QUEUE_FORWARD_PROGRESS_POLICY);

typedef enum _WDF_IO_QUEUE_STATE {
    WdfIoQueueAcceptRequests = 1,
    WdfIoQueueDispatchRequests = 2,
    WdfIoQueueNoRequests = 4,
    WdfIoQueueDriverNoRequests = 8,
    WdfIoQueuePnpHeld = 16
} WDF_IO_QUEUE_STATE;

typedef WDF_IO_QUEUE_STATE (*PFN_WDFIOQUEUEGETSTATE)(PWDF_DRIVER_GLOBALS, WDFQUEUE, PULONG, PULONG);

typedef enum _WDF_IO_TARGET_OPEN_TYPE {
    WdfIoTargetOpenUndefined = 0,
    WdfIoTargetOpenUseExistingDevice = 1,
    WdfIoTargetOpenByName = 2,
    WdfIoTargetOpenReopen = 3
} WDF_IO_TARGET_OPEN_TYPE;

typedef struct _WDF_IO_TARGET_OPEN_PARAMS {
    ULONG Size;
    WDF_IO_TARGET_OPEN_TYPE Type;
    PFN_WDF_IO_TARGET_QUERY_REMOVE EvtIoTargetQueryRemove;
    PFN_WDF_IO_TARGET_REMOVE_CANCELED EvtIoTargetRemoveCanceled;
    PFN_WDF_IO_TARGET_REMOVE_COMPLETE EvtIoTargetRemoveComplete;
    PDEVICE_OBJECT TargetDeviceObject;
    PFILE_OBJECT TargetFileObject;
    UNICODE_STRING TargetDeviceName;
    ACCESS_MASK DesiredAccess;
    ULONG ShareAccess;
    ULONG FileAttributes;
    ULONG CreateDisposition;
    ULONG CreateOptions;
    PVOID EaBuffer;
    ULONG EaBufferLength;
    PLONGLONG AllocationSize;
    ULONG FileInformation;
} WDF_IO_TARGET_OPEN_PARAMS, *PWDF_IO_TARGET_OPEN_PARAMS;

typedef NTSTATUS (*PFN_WDFIOTARGETOPEN)(PWDF_DRIVER_GLOBALS, WDFIOTARGET, PWDF_IO_TARGET_OPEN_PARAMS);

typedef enum _WDF_IO_TARGET_SENT_IO_ACTION {
    WdfIoTargetSentIoUndefined = 0,
    WdfIoTargetCancelSentIo,
    WdfIoTargetWaitForSentIoToComplete,
    WdfIoTargetLeaveSentIoPending
} WDF_IO_TARGET_SENT_IO_ACTION;

typedef void (*PFN_WDFIOTARGETSTOP)(PWDF_DRIVER_GLOBALS, WDFIOTARGET, WDF_IO_TARGET_SENT_IO_ACTION);

typedef enum _WDF_IO_TARGET_STATE {
    WdfIoTargetStateUndefined = 0,
    WdfIoTargetStarted,
    WdfIoTargetStopped,
    WdfIoTargetClosedForQueryRemove,
    WdfIoTargetClosed,
    WdfIoTargetDeleted
} WDF_IO_TARGET_STATE, *PWDF_IO_TARGET_STATE;

typedef WDF_IO_TARGET_STATE (*PFN_WDFIOTARGETGETSTATE)(PWDF_DRIVER_GLOBALS, WDFIOTARGET);

typedef enum _WDF_MEMORY_DESCRIPTOR_TYPE {
    WdfMemoryDescriptorTypeInvalid = 0,
    WdfMemoryDescriptorTypeBuffer,
    WdfMemoryDescriptorTypeMdl,
    WdfMemoryDescriptorTypeHandle
} WDF_MEMORY_DESCRIPTOR_TYPE;

typedef struct _WDF_MEMORY_DESCRIPTOR {
    WDF_MEMORY_DESCRIPTOR_TYPE Type;
    union {
        struct {
            PVOID Buffer;
            ULONG Length;
        } BufferType;
        struct {
            PMDL Mdl;
            ULONG BufferLength;
        } MdlType;
        struct {
            WDFMEMORY Memory;
            PWDFMEMORY_OFFSET Offsets;
        } HandleType;
    } u;
} WDF_MEMORY_DESCRIPTOR, *PWDF_MEMORY_DESCRIPTOR;

typedef struct _WDF_OBJECT_CONTEXT_TYPE_INFO {
    ULONG Size;
    PCHAR ContextName;
    size_t ContextSize;
    PCWDF_OBJECT_CONTEXT_TYPE_INFO UniqueType;
    PFN_GET_UNIQUE_CONTEXT_TYPE EvtDriverGetUniqueContextType;
} WDF_OBJECT_CONTEXT_TYPE_INFO, *PWDF_OBJECT_CONTEXT_TYPE_INFO;

typedef struct _WDF_REQUEST_FORWARD_OPTIONS {
    ULONG Size;
    ULONG Flags;
} WDF_REQUEST_FORWARD_OPTIONS, *PWDF_REQUEST_FORWARD_OPTIONS;

typedef NTSTATUS (*PFN_WDFREQUESTFORWARDTOPARENTDEVICEIOQUEUE)(PWDF_DRIVER_GLOBALS, WDFREQUEST, WDFQUEUE, PWDF_REQUEST_FORWARD_OPTIONS);

typedef enum _WDF_REQUEST_FORWARD_OPTIONS_FLAGS {
    WDF_REQUEST_FORWARD_OPTION_SEND_AND_FORGET = 1
} WDF_REQUEST_FORWARD_OPTIONS_FLAGS;

typedef enum _WDF_REQUEST_REUSE_FLAGS {
    WDF_REQUEST_REUSE_NO_FLAGS = 0,
    WDF_REQUEST_REUSE_SET_NEW_IRP = 1
} WDF_REQUEST_REUSE_FLAGS;

typedef struct _WDF_REQUEST_REUSE_PARAMS {
    ULONG Size;
    ULONG Flags;
    NTSTATUS Status;
    PIRP NewIrp;
} WDF_REQUEST_REUSE_PARAMS, *PWDF_REQUEST_REUSE_PARAMS;

typedef NTSTATUS (*PFN_WDFREQUESTREUSE)(PWDF_DRIVER_GLOBALS, WDFREQUEST, PWDF_REQUEST_REUSE_PARAMS);

typedef struct _WDF_REQUEST_SEND_OPTIONS {
    ULONG Size;
    ULONG Flags;
    LONGLONG Timeout;
} WDF_REQUEST_SEND_OPTIONS, *PWDF_REQUEST_SEND_OPTIONS;

typedef NTSTATUS (*PFN_WDFIOTARGETSENDINTERNALIOCTLOTHERSSYNCHRONOUSLY)(PWDF_DRIVER_GLOBALS, WDFIOTARGET, WDFREQUEST, ULONG, PWDF_MEMORY_DESCRIPTOR, PWDF_MEMORY_DESCRIPTOR, PWDF_MEMORY_DESCRIPTOR, PWDF_REQUEST_SEND_OPTIONS, PULONG_PTR);

typedef NTSTATUS (*PFN_WDFIOTARGETSENDINTERNALIOCTLSYNCHRONOUSLY)(PWDF_DRIVER_GLOBALS, WDFIOTARGET, WDFREQUEST, ULONG, PWDF_MEMORY_DESCRIPTOR, PWDF_MEMORY_DESCRIPTOR, PWDF_REQUEST_SEND_OPTIONS, PULONG_PTR);

typedef NTSTATUS (*PFN_WDFIOTARGETSENDIOCTLSYNCHRONOUSLY)(PWDF_DRIVER_GLOBALS, WDFIOTARGET, WDFREQUEST, ULONG, PWDF_MEMORY_DESCRIPTOR, PWDF_MEMORY_DESCRIPTOR, PWDF_REQUEST_SEND_OPTIONS, PULONG_PTR);

typedef NTSTATUS (*PFN_WDFIOTARGETSENDREADSYNCHRONOUSLY)(PWDF_DRIVER_GLOBALS, WDFIOTARGET, WDFREQUEST, PWDF_MEMORY_DESCRIPTOR, PLONGLONG, PWDF_REQUEST_SEND_OPTIONS, PULONG_PTR);

typedef NTSTATUS (*PFN_WDFIOTARGETSENDWRITESYNCHRONOUSLY)(PWDF_DRIVER_GLOBALS, WDFIOTARGET, WDFREQUEST, PWDF_MEMORY_DESCRIPTOR, PLONGLONG, PWDF_REQUEST_SEND_OPTIONS, PULONG_PTR);

typedef BOOLEAN (*PFN_WDFREQUESTSEND)(PWDF_DRIVER_GLOBALS, WDFREQUEST, WDFIOTARGET, PWDF_REQUEST_SEND_OPTIONS);

typedef NTSTATUS (*PFN_WDFUSBTARGETDEVICEQUERYSTRING)(PWDF_DRIVER_GLOBALS, WDFUSBDEVICE, WDFREQUEST, PWDF_REQUEST_SEND_OPTIONS, PUSHORT, PUSHORT, UCHAR, USHORT);

typedef NTSTATUS (*PFN_WDFUSBTARGETDEVICESENDURBSYNCHRONOUSLY)(PWDF_DRIVER_GLOBALS, WDFUSBDEVICE, WDFREQUEST, PWDF_REQUEST_SEND_OPTIONS, PURB);

typedef NTSTATUS (*PFN_WDFUSBTARGETPIPEABORTSYNCHRONOUSLY)(PWDF_DRIVER_GLOBALS, WDFUSBPIPE, WDFREQUEST, PWDF_REQUEST_SEND_OPTIONS);

typedef NTSTATUS (*PFN_WDFUSBTARGETPIPEREADSYNCHRONOUSLY)(PWDF_DRIVER_GLOBALS, WDFUSBPIPE, WDFREQUEST, PWDF_REQUEST_SEND_OPTIONS, PWDF_MEMORY_DESCRIPTOR, PULONG);

typedef NTSTATUS (*PFN_WDFUSBTARGETPIPERESETSYNCHRONOUSLY)(PWDF_DRIVER_GLOBALS, WDFUSBPIPE, WDFREQUEST, PWDF_REQUEST_SEND_OPTIONS);

typedef NTSTATUS (*PFN_WDFUSBTARGETPIPESENDURBSYNCHRONOUSLY)(PWDF_DRIVER_GLOBALS, WDFUSBPIPE, WDFREQUEST, PWDF_REQUEST_SEND_OPTIONS, PURB);

typedef NTSTATUS (*PFN_WDFUSBTARGETPIPEWRITESYNCHRONOUSLY)(PWDF_DRIVER_GLOBALS, WDFUSBPIPE, WDFREQUEST, PWDF_REQUEST_SEND_OPTIONS, PWDF_MEMORY_DESCRIPTOR, PULONG);

typedef enum _WDF_REQUEST_SEND_OPTIONS_FLAGS {
    WDF_REQUEST_SEND_OPTION_TIMEOUT = 1,
    WDF_REQUEST_SEND_OPTION_SYNCHRONOUS = 2,
    WDF_REQUEST_SEND_OPTION_IGNORE_TARGET_STATE = 4,
    WDF_REQUEST_SEND_OPTION_SEND_AND_FORGET = 8
} WDF_REQUEST_SEND_OPTIONS_FLAGS;

typedef enum _WDF_REQUEST_STOP_ACTION_FLAGS {
    WdfRequestStopActionInvalid = 0,
    WdfRequestStopActionSuspend = 1,
    WdfRequestStopActionPurge = 2,
    WdfRequestStopRequestCancelable = 268435456
} WDF_REQUEST_STOP_ACTION_FLAGS;

typedef enum _WDF_REQUEST_TYPE {
    WdfRequestTypeCreate = 0,
    WdfRequestTypeCreateNamedPipe = 1,
    WdfRequestTypeClose = 2,
    WdfRequestTypeRead = 3,
    WdfRequestTypeWrite = 4,
    WdfRequestTypeQueryInformation = 5,
    WdfRequestTypeSetInformation = 6,
    WdfRequestTypeQueryEA = 7,
    WdfRequestTypeSetEA = 8,
    WdfRequestTypeFlushBuffers = 9,
    WdfRequestTypeQueryVolumeInformation = 10,
    WdfRequestTypeSetVolumeInformation = 11,
    WdfRequestTypeDirectoryControl = 12,
    WdfRequestTypeFileSystemControl = 13,
    WdfRequestTypeDeviceControl = 14,
    WdfRequestTypeDeviceControlInternal = 15,
    WdfRequestTypeShutdown = 16,
    WdfRequestTypeLockControl = 17,
    WdfRequestTypeCleanup = 18,
    WdfRequestTypeCreateMailSlot = 19,
    WdfRequestTypeQuerySecurity = 20,
    WdfRequestTypeSetSecurity = 21,
    WdfRequestTypePower = 22,
    WdfRequestTypeSystemControl = 23,
    WdfRequestTypeDeviceChange = 24,
    WdfRequestTypeQueryQuota = 25,
    WdfRequestTypeSetQuota = 26,
    WdfRequestTypePnp = 27,
    WdfRequestTypeOther = 28,
    WdfRequestTypeUsb = 64,
    WdfRequestTypeNoFormat = 255,
    WdfRequestTypeMax
} WDF_REQUEST_TYPE;

typedef NTSTATUS (*PFN_WDFDEVICECONFIGUREREQUESTDISPATCHING)(PWDF_DRIVER_GLOBALS, WDFDEVICE, WDFQUEUE, WDF_REQUEST_TYPE);

typedef struct _WDF_REQUEST_PARAMETERS {
    USHORT Size;
    UCHAR MinorFunction;
    WDF_REQUEST_TYPE Type;
    union {
        struct {
            PIO_SECURITY_CONTEXT SecurityContext;
            ULONG Options;
            USHORT FileAttributes;
            USHORT ShareAccess;
            ULONG EaLength;
        } Create;
        struct {
            size_t Length;
            ULONG Key;
            LONGLONG DeviceOffset;
        } Read;
        struct {
            size_t Length;
            ULONG Key;
            LONGLONG DeviceOffset;
        } Write;
        struct {
            size_t OutputBufferLength;
            size_t InputBufferLength;
            ULONG IoControlCode;
            PVOID Type3InputBuffer;
        } DeviceIoControl;
        struct {
            PVOID Arg1;
            PVOID Arg2;
            ULONG IoControlCode;
            PVOID Arg4;
        } Others;
    } Parameters;
} WDF_REQUEST_PARAMETERS, *PWDF_REQUEST_PARAMETERS;

typedef NTSTATUS (*PFN_WDFIOQUEUEFINDREQUEST)(PWDF_DRIVER_GLOBALS, WDFQUEUE, WDFREQUEST, WDFFILEOBJECT, PWDF_REQUEST_PARAMETERS, WDFREQUEST *);

typedef void (*PFN_WDFREQUESTGETPARAMETERS)(PWDF_DRIVER_GLOBALS, WDFREQUEST, PWDF_REQUEST_PARAMETERS);

typedef enum _WDF_SPECIAL_FILE_TYPE {
    WdfSpecialFileUndefined = 0,
    WdfSpecialFilePaging = 1,
    WdfSpecialFileHibernation,
    WdfSpecialFileDump,
    WdfSpecialFileMax
} WDF_SPECIAL_FILE_TYPE, *PWDF_SPECIAL_FILE_TYPE;

typedef _Function_class_(EVT_WDF_DEVICE_USAGE_NOTIFICATION) _IRQL_requires_max_(PASSIVE_LEVEL) VOID EVT_WDF_DEVICE_USAGE_NOTIFICATION(WDFDEVICE Device,
                                                                                                                                      WDF_SPECIAL_FILE_TYPE NotificationType,
                                                                                                                                      BOOLEAN IsInNotificationPath);

typedef void (*PFN_WDFDEVICESETSPECIALFILESUPPORT)(PWDF_DRIVER_GLOBALS, WDFDEVICE, WDF_SPECIAL_FILE_TYPE, BOOLEAN);

typedef EVT_WDF_DEVICE_USAGE_NOTIFICATION *PFN_WDF_DEVICE_USAGE_NOTIFICATION;

typedef struct _WDF_PNPPOWER_EVENT_CALLBACKS {
    ULONG Size;
    PFN_WDF_DEVICE_D0_ENTRY EvtDeviceD0Entry;
    PFN_WDF_DEVICE_D0_ENTRY_POST_INTERRUPTS_ENABLED EvtDeviceD0EntryPostInterruptsEnabled;
    PFN_WDF_DEVICE_D0_EXIT EvtDeviceD0Exit;
    PFN_WDF_DEVICE_D0_EXIT_PRE_INTERRUPTS_DISABLED EvtDeviceD0ExitPreInterruptsDisabled;
    PFN_WDF_DEVICE_PREPARE_HARDWARE EvtDevicePrepareHardware;
    PFN_WDF_DEVICE_RELEASE_HARDWARE EvtDeviceReleaseHardware;
    PFN_WDF_DEVICE_SELF_MANAGED_IO_CLEANUP EvtDeviceSelfManagedIoCleanup;
    PFN_WDF_DEVICE_SELF_MANAGED_IO_FLUSH EvtDeviceSelfManagedIoFlush;
    PFN_WDF_DEVICE_SELF_MANAGED_IO_INIT EvtDeviceSelfManagedIoInit;
    PFN_WDF_DEVICE_SELF_MANAGED_IO_SUSPEND EvtDeviceSelfManagedIoSuspend;
    PFN_WDF_DEVICE_SELF_MANAGED_IO_RESTART EvtDeviceSelfManagedIoRestart;
    PFN_WDF_DEVICE_SURPRISE_REMOVAL EvtDeviceSurpriseRemoval;
    PFN_WDF_DEVICE_QUERY_REMOVE EvtDeviceQueryRemove;
    PFN_WDF_DEVICE_QUERY_STOP EvtDeviceQueryStop;
    PFN_WDF_DEVICE_USAGE_NOTIFICATION EvtDeviceUsageNotification;
    PFN_WDF_DEVICE_RELATIONS_QUERY EvtDeviceRelationsQuery;
} WDF_PNPPOWER_EVENT_CALLBACKS, *PWDF_PNPPOWER_EVENT_CALLBACKS;

typedef void (*PFN_WDFDEVICEINITSETPNPPOWEREVENTCALLBACKS)(PWDF_DRIVER_GLOBALS, PWDFDEVICE_INIT, PWDF_PNPPOWER_EVENT_CALLBACKS);

typedef enum _WDF_STATE_NOTIFICATION_TYPE {
    StateNotificationInvalid = 0,
    StateNotificationEnterState = 1,
    StateNotificationPostProcessState = 2,
    StateNotificationLeaveState = 4,
    StateNotificationAllStates = 7
} WDF_STATE_NOTIFICATION_TYPE;

typedef struct _WDF_DEVICE_POWER_NOTIFICATION_DATA {
    WDF_STATE_NOTIFICATION_TYPE Type;
    union {
        struct {
            WDF_DEVICE_POWER_STATE CurrentState;
            WDF_DEVICE_POWER_STATE NewState;
        } EnterState;
        struct {
            WDF_DEVICE_POWER_STATE CurrentState;
        } PostProcessState;
        struct {
            WDF_DEVICE_POWER_STATE CurrentState;
            WDF_DEVICE_POWER_STATE NewState;
        } LeaveState;
    } Data;
} WDF_DEVICE_POWER_NOTIFICATION_DATA;

typedef const WDF_DEVICE_POWER_NOTIFICATION_DATA *PCWDF_DEVICE_POWER_NOTIFICATION_DATA;

typedef _Function_class_(EVT_WDF_DEVICE_POWER_STATE_CHANGE_NOTIFICATION) _IRQL_requires_max_(PASSIVE_LEVEL) VOID EVT_WDF_DEVICE_POWER_STATE_CHANGE_NOTIFICATION(WDFDEVICE Device,
                                                                                                                                                                PCWDF_DEVICE_POWER_NOTIFICATION_DATA NotificationData);

typedef EVT_WDF_DEVICE_POWER_STATE_CHANGE_NOTIFICATION *PFN_WDF_DEVICE_POWER_STATE_CHANGE_NOTIFICATION;

typedef NTSTATUS (*PFN_WDFDEVICEINITREGISTERPOWERSTATECHANGECALLBACK)(PWDF_DRIVER_GLOBALS, PWDFDEVICE_INIT, WDF_DEVICE_POWER_STATE, PFN_WDF_DEVICE_POWER_STATE_CHANGE_NOTIFICATION, ULONG);

typedef struct _WDF_DEVICE_POWER_POLICY_NOTIFICATION_DATA {
    WDF_STATE_NOTIFICATION_TYPE Type;
    union {
        struct {
            WDF_DEVICE_POWER_POLICY_STATE CurrentState;
            WDF_DEVICE_POWER_POLICY_STATE NewState;
        } EnterState;
        struct {
            WDF_DEVICE_POWER_POLICY_STATE CurrentState;
        } PostProcessState;
        struct {
            WDF_DEVICE_POWER_POLICY_STATE CurrentState;
            WDF_DEVICE_POWER_POLICY_STATE NewState;
        } LeaveState;
    } Data;
} WDF_DEVICE_POWER_POLICY_NOTIFICATION_DATA;

typedef const WDF_DEVICE_POWER_POLICY_NOTIFICATION_DATA *PCWDF_DEVICE_POWER_POLICY_NOTIFICATION_DATA;

typedef _Function_class_(EVT_WDF_DEVICE_POWER_POLICY_STATE_CHANGE_NOTIFICATION) _IRQL_requires_max_(PASSIVE_LEVEL) VOID EVT_WDF_DEVICE_POWER_POLICY_STATE_CHANGE_NOTIFICATION(WDFDEVICE Device,
                                                                                                                                                                              PCWDF_DEVICE_POWER_POLICY_NOTIFICATION_DATA NotificationData);

typedef EVT_WDF_DEVICE_POWER_POLICY_STATE_CHANGE_NOTIFICATION *PFN_WDF_DEVICE_POWER_POLICY_STATE_CHANGE_NOTIFICATION;

typedef NTSTATUS (*PFN_WDFDEVICEINITREGISTERPOWERPOLICYSTATECHANGECALLBACK)(PWDF_DRIVER_GLOBALS, PWDFDEVICE_INIT, WDF_DEVICE_POWER_POLICY_STATE, PFN_WDF_DEVICE_POWER_POLICY_STATE_CHANGE_NOTIFICATION, ULONG);

typedef struct _WDF_DEVICE_PNP_NOTIFICATION_DATA {
    WDF_STATE_NOTIFICATION_TYPE Type;
    union {
        struct {
            WDF_DEVICE_PNP_STATE CurrentState;
            WDF_DEVICE_PNP_STATE NewState;
        } EnterState;
        struct {
            WDF_DEVICE_PNP_STATE CurrentState;
        } PostProcessState;
        struct {
            WDF_DEVICE_PNP_STATE CurrentState;
            WDF_DEVICE_PNP_STATE NewState;
        } LeaveState;
    } Data;
} WDF_DEVICE_PNP_NOTIFICATION_DATA;

typedef const WDF_DEVICE_PNP_NOTIFICATION_DATA *PCWDF_DEVICE_PNP_NOTIFICATION_DATA;

typedef _Function_class_(EVT_WDF_DEVICE_PNP_STATE_CHANGE_NOTIFICATION) _IRQL_requires_max_(PASSIVE_LEVEL) VOID EVT_WDF_DEVICE_PNP_STATE_CHANGE_NOTIFICATION(WDFDEVICE Device,
                                                                                                                                                            PCWDF_DEVICE_PNP_NOTIFICATION_DATA NotificationData);

typedef EVT_WDF_DEVICE_PNP_STATE_CHANGE_NOTIFICATION *PFN_WDF_DEVICE_PNP_STATE_CHANGE_NOTIFICATION;

typedef NTSTATUS (*PFN_WDFDEVICEINITREGISTERPNPSTATECHANGECALLBACK)(PWDF_DRIVER_GLOBALS, PWDFDEVICE_INIT, WDF_DEVICE_PNP_STATE, PFN_WDF_DEVICE_PNP_STATE_CHANGE_NOTIFICATION, ULONG);

typedef enum _WDF_SYNCHRONIZATION_SCOPE {
    WdfSynchronizationScopeInvalid = 0,
    WdfSynchronizationScopeInheritFromParent,
    WdfSynchronizationScopeDevice,
    WdfSynchronizationScopeQueue,
    WdfSynchronizationScopeNone
} WDF_SYNCHRONIZATION_SCOPE;

typedef struct _WDF_OBJECT_ATTRIBUTES {
    ULONG Size;
    PFN_WDF_OBJECT_CONTEXT_CLEANUP EvtCleanupCallback;
    PFN_WDF_OBJECT_CONTEXT_DESTROY EvtDestroyCallback;
    WDF_EXECUTION_LEVEL ExecutionLevel;
    WDF_SYNCHRONIZATION_SCOPE SynchronizationScope;
    WDFOBJECT ParentObject;
    size_t ContextSizeOverride;
    PCWDF_OBJECT_CONTEXT_TYPE_INFO ContextTypeInfo;
} WDF_OBJECT_ATTRIBUTES, *PWDF_OBJECT_ATTRIBUTES;

typedef NTSTATUS (*PFN_WDFDEVICEOPENREGISTRYKEY)(PWDF_DRIVER_GLOBALS, WDFDEVICE, ULONG, ACCESS_MASK, PWDF_OBJECT_ATTRIBUTES, WDFKEY *);

typedef NTSTATUS (*PFN_WDFDRIVEROPENPARAMETERSREGISTRYKEY)(PWDF_DRIVER_GLOBALS, WDFDRIVER, ACCESS_MASK, PWDF_OBJECT_ATTRIBUTES, WDFKEY *);

typedef NTSTATUS (*PFN_WDFREGISTRYCREATEKEY)(PWDF_DRIVER_GLOBALS, WDFKEY, PCUNICODE_STRING, ACCESS_MASK, ULONG, PULONG, PWDF_OBJECT_ATTRIBUTES, WDFKEY *);

typedef NTSTATUS (*PFN_WDFREGISTRYOPENKEY)(PWDF_DRIVER_GLOBALS, WDFKEY, PCUNICODE_STRING, ACCESS_MASK, PWDF_OBJECT_ATTRIBUTES, WDFKEY *);

typedef NTSTATUS (*PFN_WDFCOLLECTIONCREATE)(PWDF_DRIVER_GLOBALS, PWDF_OBJECT_ATTRIBUTES, WDFCOLLECTION *);

typedef NTSTATUS (*PFN_WDFDEVICEALLOCANDQUERYPROPERTY)(PWDF_DRIVER_GLOBALS, WDFDEVICE, DEVICE_REGISTRY_PROPERTY, POOL_TYPE, PWDF_OBJECT_ATTRIBUTES, WDFMEMORY *);

typedef NTSTATUS (*PFN_WDFDEVICECREATE)(PWDF_DRIVER_GLOBALS, PWDFDEVICE_INIT *, PWDF_OBJECT_ATTRIBUTES, WDFDEVICE *);

typedef void (*PFN_WDFDEVICEINITSETREQUESTATTRIBUTES)(PWDF_DRIVER_GLOBALS, PWDFDEVICE_INIT, PWDF_OBJECT_ATTRIBUTES);

typedef NTSTATUS (*PFN_WDFDEVICEMINIPORTCREATE)(PWDF_DRIVER_GLOBALS, WDFDRIVER, PWDF_OBJECT_ATTRIBUTES, PDEVICE_OBJECT, PDEVICE_OBJECT, PDEVICE_OBJECT, WDFDEVICE *);

typedef NTSTATUS (*PFN_WDFDPCCREATE)(PWDF_DRIVER_GLOBALS, PWDF_DPC_CONFIG, PWDF_OBJECT_ATTRIBUTES, WDFDPC *);

typedef NTSTATUS (*PFN_WDFDRIVERCREATE)(PWDF_DRIVER_GLOBALS, PDRIVER_OBJECT, PCUNICODE_STRING, PWDF_OBJECT_ATTRIBUTES, PWDF_DRIVER_CONFIG, WDFDRIVER *);

typedef NTSTATUS (*PFN_WDFIOTARGETALLOCANDQUERYTARGETPROPERTY)(PWDF_DRIVER_GLOBALS, WDFIOTARGET, DEVICE_REGISTRY_PROPERTY, POOL_TYPE, PWDF_OBJECT_ATTRIBUTES, WDFMEMORY *);

typedef NTSTATUS (*PFN_WDFIOTARGETCREATE)(PWDF_DRIVER_GLOBALS, WDFDEVICE, PWDF_OBJECT_ATTRIBUTES, WDFIOTARGET *);

typedef NTSTATUS (*PFN_WDFLOOKASIDELISTCREATE)(PWDF_DRIVER_GLOBALS, PWDF_OBJECT_ATTRIBUTES, size_t, POOL_TYPE, PWDF_OBJECT_ATTRIBUTES, ULONG, WDFLOOKASIDE *);

typedef NTSTATUS (*PFN_WDFMEMORYCREATE)(PWDF_DRIVER_GLOBALS, PWDF_OBJECT_ATTRIBUTES, POOL_TYPE, ULONG, size_t, WDFMEMORY *, PVOID *);

typedef NTSTATUS (*PFN_WDFMEMORYCREATEPREALLOCATED)(PWDF_DRIVER_GLOBALS, PWDF_OBJECT_ATTRIBUTES, PVOID, size_t, WDFMEMORY *);

typedef NTSTATUS (*PFN_WDFOBJECTALLOCATECONTEXT)(PWDF_DRIVER_GLOBALS, WDFOBJECT, PWDF_OBJECT_ATTRIBUTES, PVOID *);

typedef NTSTATUS (*PFN_WDFOBJECTCREATE)(PWDF_DRIVER_GLOBALS, PWDF_OBJECT_ATTRIBUTES, WDFOBJECT *);

typedef NTSTATUS (*PFN_WDFREGISTRYQUERYMEMORY)(PWDF_DRIVER_GLOBALS, WDFKEY, PCUNICODE_STRING, POOL_TYPE, PWDF_OBJECT_ATTRIBUTES, WDFMEMORY *, PULONG);

typedef NTSTATUS (*PFN_WDFREGISTRYQUERYMULTISTRING)(PWDF_DRIVER_GLOBALS, WDFKEY, PCUNICODE_STRING, PWDF_OBJECT_ATTRIBUTES, WDFCOLLECTION);

typedef NTSTATUS (*PFN_WDFREQUESTCREATE)(PWDF_DRIVER_GLOBALS, PWDF_OBJECT_ATTRIBUTES, WDFIOTARGET, WDFREQUEST *);

typedef NTSTATUS (*PFN_WDFREQUESTCREATEFROMIRP)(PWDF_DRIVER_GLOBALS, PWDF_OBJECT_ATTRIBUTES, PIRP, BOOLEAN, WDFREQUEST *);

typedef NTSTATUS (*PFN_WDFSPINLOCKCREATE)(PWDF_DRIVER_GLOBALS, PWDF_OBJECT_ATTRIBUTES, WDFSPINLOCK *);

typedef NTSTATUS (*PFN_WDFSTRINGCREATE)(PWDF_DRIVER_GLOBALS, PCUNICODE_STRING, PWDF_OBJECT_ATTRIBUTES, WDFSTRING *);

typedef NTSTATUS (*PFN_WDFUSBTARGETDEVICEALLOCANDQUERYSTRING)(PWDF_DRIVER_GLOBALS, WDFUSBDEVICE, PWDF_OBJECT_ATTRIBUTES, WDFMEMORY *, PUSHORT, UCHAR, USHORT);

typedef NTSTATUS (*PFN_WDFUSBTARGETDEVICECREATE)(PWDF_DRIVER_GLOBALS, WDFDEVICE, PWDF_OBJECT_ATTRIBUTES, WDFUSBDEVICE *);

typedef NTSTATUS (*PFN_WDFWAITLOCKCREATE)(PWDF_DRIVER_GLOBALS, PWDF_OBJECT_ATTRIBUTES, WDFWAITLOCK *);

typedef struct _WDF_TIMER_CONFIG {
    ULONG Size;
    PFN_WDF_TIMER EvtTimerFunc;
    ULONG Period;
    BOOLEAN AutomaticSerialization;
    ULONG TolerableDelay;
} WDF_TIMER_CONFIG, *PWDF_TIMER_CONFIG;

typedef NTSTATUS (*PFN_WDFTIMERCREATE)(PWDF_DRIVER_GLOBALS, PWDF_TIMER_CONFIG, PWDF_OBJECT_ATTRIBUTES, WDFTIMER *);

typedef enum _WDF_TRI_STATE {
    WdfFalse = 0,
    WdfTrue = 1,
    WdfUseDefault = 2
} WDF_TRI_STATE, *PWDF_TRI_STATE;

typedef struct _WDF_DEVICE_POWER_CAPABILITIES {
    ULONG Size;
    WDF_TRI_STATE DeviceD1;
    WDF_TRI_STATE DeviceD2;
    WDF_TRI_STATE WakeFromD0;
    WDF_TRI_STATE WakeFromD1;
    WDF_TRI_STATE WakeFromD2;
    WDF_TRI_STATE WakeFromD3;
    DEVICE_POWER_STATE DeviceState[7];
    DEVICE_POWER_STATE DeviceWake;
    SYSTEM_POWER_STATE SystemWake;
    ULONG D1Latency;
    ULONG D2Latency;
    ULONG D3Latency;
    DEVICE_POWER_STATE IdealDxStateForSx;
} WDF_DEVICE_POWER_CAPABILITIES, *PWDF_DEVICE_POWER_CAPABILITIES;

typedef void (*PFN_WDFDEVICESETPOWERCAPABILITIES)(PWDF_DRIVER_GLOBALS, WDFDEVICE, PWDF_DEVICE_POWER_CAPABILITIES);

typedef struct _WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS {
    ULONG Size;
    WDF_POWER_POLICY_S0_IDLE_CAPABILITIES IdleCaps;
    DEVICE_POWER_STATE DxState;
    ULONG IdleTimeout;
    WDF_POWER_POLICY_S0_IDLE_USER_CONTROL UserControlOfIdleSettings;
    WDF_TRI_STATE Enabled;
    WDF_TRI_STATE PowerUpIdleDeviceOnSystemWake;
} WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS, *PWDF_DEVICE_POWER_POLICY_IDLE_SETTINGS;

typedef struct _WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS {
    ULONG Size;
    DEVICE_POWER_STATE DxState;
    WDF_POWER_POLICY_SX_WAKE_USER_CONTROL UserControlOfWakeSettings;
    WDF_TRI_STATE Enabled;
    BOOLEAN ArmForWakeIfChildrenAreArmedForWake;
    BOOLEAN IndicateChildWakeOnParentWake;
} WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS, *PWDF_DEVICE_POWER_POLICY_WAKE_SETTINGS;

typedef struct _WDF_DEVICE_PNP_CAPABILITIES {
    ULONG Size;
    WDF_TRI_STATE LockSupported;
    WDF_TRI_STATE EjectSupported;
    WDF_TRI_STATE Removable;
    WDF_TRI_STATE DockDevice;
    WDF_TRI_STATE UniqueID;
    WDF_TRI_STATE SilentInstall;
    WDF_TRI_STATE SurpriseRemovalOK;
    WDF_TRI_STATE HardwareDisabled;
    WDF_TRI_STATE NoDisplayInUI;
    ULONG Address;
    ULONG UINumber;
} WDF_DEVICE_PNP_CAPABILITIES, *PWDF_DEVICE_PNP_CAPABILITIES;

typedef void (*PFN_WDFDEVICESETPNPCAPABILITIES)(PWDF_DRIVER_GLOBALS, WDFDEVICE, PWDF_DEVICE_PNP_CAPABILITIES);

typedef NTSTATUS (*PFN_WDFDEVICEASSIGNS0IDLESETTINGS)(PWDF_DRIVER_GLOBALS, WDFDEVICE, PWDF_DEVICE_POWER_POLICY_IDLE_SETTINGS);

typedef NTSTATUS (*PFN_WDFDEVICEASSIGNSXWAKESETTINGS)(PWDF_DRIVER_GLOBALS, WDFDEVICE, PWDF_DEVICE_POWER_POLICY_WAKE_SETTINGS);

typedef struct _WDF_DEVICE_STATE {
    ULONG Size;
    WDF_TRI_STATE Disabled;
    WDF_TRI_STATE DontDisplayInUI;
    WDF_TRI_STATE Failed;
    WDF_TRI_STATE NotDisableable;
    WDF_TRI_STATE Removed;
    WDF_TRI_STATE ResourcesChanged;
} WDF_DEVICE_STATE, *PWDF_DEVICE_STATE;

typedef void (*PFN_WDFDEVICEGETDEVICESTATE)(PWDF_DRIVER_GLOBALS, WDFDEVICE, PWDF_DEVICE_STATE);

typedef void (*PFN_WDFDEVICESETDEVICESTATE)(PWDF_DRIVER_GLOBALS, WDFDEVICE, PWDF_DEVICE_STATE);

typedef struct _WDF_FILEOBJECT_CONFIG {
    ULONG Size;
    PFN_WDF_DEVICE_FILE_CREATE EvtDeviceFileCreate;
    PFN_WDF_FILE_CLOSE EvtFileClose;
    PFN_WDF_FILE_CLEANUP EvtFileCleanup;
    WDF_TRI_STATE AutoForwardCleanupClose;
    WDF_FILEOBJECT_CLASS FileObjectClass;
} WDF_FILEOBJECT_CONFIG, *PWDF_FILEOBJECT_CONFIG;

typedef void (*PFN_WDFDEVICEINITSETFILEOBJECTCONFIG)(PWDF_DRIVER_GLOBALS, PWDFDEVICE_INIT, PWDF_FILEOBJECT_CONFIG, PWDF_OBJECT_ATTRIBUTES);

typedef struct _WDF_IO_QUEUE_CONFIG {
    ULONG Size;
    WDF_IO_QUEUE_DISPATCH_TYPE DispatchType;
    WDF_TRI_STATE PowerManaged;
    BOOLEAN AllowZeroLengthRequests;
    BOOLEAN DefaultQueue;
    PFN_WDF_IO_QUEUE_IO_DEFAULT EvtIoDefault;
    PFN_WDF_IO_QUEUE_IO_READ EvtIoRead;
    PFN_WDF_IO_QUEUE_IO_WRITE EvtIoWrite;
    PFN_WDF_IO_QUEUE_IO_DEVICE_CONTROL EvtIoDeviceControl;
    PFN_WDF_IO_QUEUE_IO_INTERNAL_DEVICE_CONTROL EvtIoInternalDeviceControl;
    PFN_WDF_IO_QUEUE_IO_STOP EvtIoStop;
    PFN_WDF_IO_QUEUE_IO_RESUME EvtIoResume;
    PFN_WDF_IO_QUEUE_IO_CANCELED_ON_QUEUE EvtIoCanceledOnQueue;
    union {
        struct {
            ULONG NumberOfPresentedRequests;
        } Parallel;
    } Settings;
} WDF_IO_QUEUE_CONFIG, *PWDF_IO_QUEUE_CONFIG;

typedef NTSTATUS (*PFN_WDFIOQUEUECREATE)(PWDF_DRIVER_GLOBALS, WDFDEVICE, PWDF_IO_QUEUE_CONFIG, PWDF_OBJECT_ATTRIBUTES, WDFQUEUE *);

typedef enum _WDF_USB_BMREQUEST_DIRECTION {
    BmRequestHostToDevice = 0,
    BmRequestDeviceToHost = 1
} WDF_USB_BMREQUEST_DIRECTION;

typedef enum _WDF_USB_BMREQUEST_RECIPIENT {
    BmRequestToDevice = 0,
    BmRequestToInterface = 1,
    BmRequestToEndpoint = 2,
    BmRequestToOther = 3
} WDF_USB_BMREQUEST_RECIPIENT;

typedef enum _WDF_USB_BMREQUEST_TYPE {
    BmRequestStandard = 0,
    BmRequestClass = 1,
    BmRequestVendor = 2
} WDF_USB_BMREQUEST_TYPE;

typedef struct _WDF_USB_CONTINUOUS_READER_CONFIG {
    ULONG Size;
    size_t TransferLength;
    size_t HeaderLength;
    size_t TrailerLength;
    UCHAR NumPendingReads;
    PWDF_OBJECT_ATTRIBUTES BufferAttributes;
    PFN_WDF_USB_READER_COMPLETION_ROUTINE EvtUsbTargetPipeReadComplete;
    WDFCONTEXT EvtUsbTargetPipeReadCompleteContext;
    PFN_WDF_USB_READERS_FAILED EvtUsbTargetPipeReadersFailed;
} WDF_USB_CONTINUOUS_READER_CONFIG, *PWDF_USB_CONTINUOUS_READER_CONFIG;

typedef NTSTATUS (*PFN_WDFUSBTARGETPIPECONFIGCONTINUOUSREADER)(PWDF_DRIVER_GLOBALS, WDFUSBPIPE, PWDF_USB_CONTINUOUS_READER_CONFIG);

typedef union _WDF_USB_CONTROL_SETUP_PACKET {
    struct {
        union {
            struct {
                BYTE Recipient : 2;
                BYTE Reserved : 3;
                BYTE Type : 2;
                BYTE Dir : 1;
            } Request;
            BYTE Byte;
        } bm;
        BYTE bRequest;
        union {
            struct {
                BYTE LowByte;
                BYTE HiByte;
            } Bytes;
            USHORT Value;
        } wValue;
        union {
            struct {
                BYTE LowByte;
                BYTE HiByte;
            } Bytes;
            USHORT Value;
        } wIndex;
        USHORT wLength;
    } Packet;
    struct {
        BYTE Bytes[8];
    } Generic;
} WDF_USB_CONTROL_SETUP_PACKET, *PWDF_USB_CONTROL_SETUP_PACKET;

typedef NTSTATUS (*PFN_WDFUSBTARGETDEVICEFORMATREQUESTFORCONTROLTRANSFER)(PWDF_DRIVER_GLOBALS, WDFUSBDEVICE, WDFREQUEST, PWDF_USB_CONTROL_SETUP_PACKET, WDFMEMORY, PWDFMEMORY_OFFSET);

typedef NTSTATUS (*PFN_WDFUSBTARGETDEVICESENDCONTROLTRANSFERSYNCHRONOUSLY)(PWDF_DRIVER_GLOBALS, WDFUSBDEVICE, WDFREQUEST, PWDF_REQUEST_SEND_OPTIONS, PWDF_USB_CONTROL_SETUP_PACKET, PWDF_MEMORY_DESCRIPTOR, PULONG);

typedef struct _WDF_USB_DEVICE_INFORMATION {
    ULONG Size;
    USBD_VERSION_INFORMATION UsbdVersionInformation;
    ULONG HcdPortCapabilities;
    ULONG Traits;
} WDF_USB_DEVICE_INFORMATION, *PWDF_USB_DEVICE_INFORMATION;

typedef NTSTATUS (*PFN_WDFUSBTARGETDEVICERETRIEVEINFORMATION)(PWDF_DRIVER_GLOBALS, WDFUSBDEVICE, PWDF_USB_DEVICE_INFORMATION);

typedef enum _WDF_USB_DEVICE_TRAITS {
    WDF_USB_DEVICE_TRAIT_SELF_POWERED = 1,
    WDF_USB_DEVICE_TRAIT_REMOTE_WAKE_CAPABLE = 2,
    WDF_USB_DEVICE_TRAIT_AT_HIGH_SPEED = 4
} WDF_USB_DEVICE_TRAITS;

typedef struct _WDF_USB_INTERFACE_SETTING_PAIR {
    WDFUSBINTERFACE UsbInterface;
    UCHAR SettingIndex;
} WDF_USB_INTERFACE_SETTING_PAIR, *PWDF_USB_INTERFACE_SETTING_PAIR;

typedef enum _WDF_USB_PIPE_TYPE {
    WdfUsbPipeTypeInvalid = 0,
    WdfUsbPipeTypeControl,
    WdfUsbPipeTypeIsochronous,
    WdfUsbPipeTypeBulk,
    WdfUsbPipeTypeInterrupt
} WDF_USB_PIPE_TYPE;

typedef WDF_USB_PIPE_TYPE (*PFN_WDFUSBTARGETPIPEGETTYPE)(PWDF_DRIVER_GLOBALS, WDFUSBPIPE);

typedef struct _WDF_USB_PIPE_INFORMATION {
    ULONG Size;
    ULONG MaximumPacketSize;
    UCHAR EndpointAddress;
    UCHAR Interval;
    UCHAR SettingIndex;
    WDF_USB_PIPE_TYPE PipeType;
    ULONG MaximumTransferSize;
} WDF_USB_PIPE_INFORMATION, *PWDF_USB_PIPE_INFORMATION;

typedef WDFUSBPIPE (*PFN_WDFUSBINTERFACEGETCONFIGUREDPIPE)(PWDF_DRIVER_GLOBALS, WDFUSBINTERFACE, UCHAR, PWDF_USB_PIPE_INFORMATION);

typedef void (*PFN_WDFUSBINTERFACEGETENDPOINTINFORMATION)(PWDF_DRIVER_GLOBALS, WDFUSBINTERFACE, UCHAR, UCHAR, PWDF_USB_PIPE_INFORMATION);

typedef void (*PFN_WDFUSBTARGETPIPEGETINFORMATION)(PWDF_DRIVER_GLOBALS, WDFUSBPIPE, PWDF_USB_PIPE_INFORMATION);

typedef enum _WDF_USB_REQUEST_TYPE {
    WdfUsbRequestTypeInvalid = 0,
    WdfUsbRequestTypeNoFormat,
    WdfUsbRequestTypeDeviceString,
    WdfUsbRequestTypeDeviceControlTransfer,
    WdfUsbRequestTypeDeviceUrb,
    WdfUsbRequestTypePipeWrite,
    WdfUsbRequestTypePipeRead,
    WdfUsbRequestTypePipeAbort,
    WdfUsbRequestTypePipeReset,
    WdfUsbRequestTypePipeUrb
} WDF_USB_REQUEST_TYPE, *PWDF_USB_REQUEST_TYPE;

typedef struct _WDF_USB_REQUEST_COMPLETION_PARAMS {
    USBD_STATUS UsbdStatus;
    WDF_USB_REQUEST_TYPE Type;
    union {
        struct {
            WDFMEMORY Buffer;
            USHORT LangID;
            UCHAR StringIndex;
            UCHAR RequiredSize;
        } DeviceString;
        struct {
            WDFMEMORY Buffer;
            WDF_USB_CONTROL_SETUP_PACKET SetupPacket;
            ULONG Length;
        } DeviceControlTransfer;
        struct {
            WDFMEMORY Buffer;
        } DeviceUrb;
        struct {
            WDFMEMORY Buffer;
            size_t Length;
            size_t Offset;
        } PipeWrite;
        struct {
            WDFMEMORY Buffer;
            size_t Length;
            size_t Offset;
        } PipeRead;
        struct {
            WDFMEMORY Buffer;
        } PipeUrb;
    } Parameters;
} WDF_USB_REQUEST_COMPLETION_PARAMS, *PWDF_USB_REQUEST_COMPLETION_PARAMS;

typedef struct _WDF_REQUEST_COMPLETION_PARAMS {
    ULONG Size;
    WDF_REQUEST_TYPE Type;
    IO_STATUS_BLOCK IoStatus;
    union {
        struct {
            WDFMEMORY Buffer;
            size_t Length;
            size_t Offset;
        } Write;
        struct {
            WDFMEMORY Buffer;
            size_t Length;
            size_t Offset;
        } Read;
        struct {
            ULONG IoControlCode;
            struct {
                WDFMEMORY Buffer;
                size_t Offset;
            } Input;
            struct {
                WDFMEMORY Buffer;
                size_t Offset;
                size_t Length;
            } Output;
        } Ioctl;
        struct {
            union {
                PVOID Ptr;
                ULONG_PTR Value;
            } Argument1;
            union {
                PVOID Ptr;
                ULONG_PTR Value;
            } Argument2;
            union {
                PVOID Ptr;
                ULONG_PTR Value;
            } Argument3;
            union {
                PVOID Ptr;
                ULONG_PTR Value;
            } Argument4;
        } Others;
        struct {
            PWDF_USB_REQUEST_COMPLETION_PARAMS Completion;
        } Usb;
    } Parameters;
} WDF_REQUEST_COMPLETION_PARAMS, *PWDF_REQUEST_COMPLETION_PARAMS;

typedef _Function_class_(EVT_WDF_REQUEST_COMPLETION_ROUTINE) VOID EVT_WDF_REQUEST_COMPLETION_ROUTINE(WDFREQUEST Request,
                                                                                                     WDFIOTARGET Target,
                                                                                                     PWDF_REQUEST_COMPLETION_PARAMS Params,
                                                                                                     WDFCONTEXT Context);

typedef void (*PFN_WDFREQUESTGETCOMPLETIONPARAMS)(PWDF_DRIVER_GLOBALS, WDFREQUEST, PWDF_REQUEST_COMPLETION_PARAMS);

typedef EVT_WDF_REQUEST_COMPLETION_ROUTINE *PFN_WDF_REQUEST_COMPLETION_ROUTINE;

typedef void (*PFN_WDFREQUESTSETCOMPLETIONROUTINE)(PWDF_DRIVER_GLOBALS, WDFREQUEST, PFN_WDF_REQUEST_COMPLETION_ROUTINE, WDFCONTEXT);

typedef struct _WDF_WORKITEM_CONFIG {
    ULONG Size;
    PFN_WDF_WORKITEM EvtWorkItemFunc;
    BOOLEAN AutomaticSerialization;
} WDF_WORKITEM_CONFIG, *PWDF_WORKITEM_CONFIG;

typedef NTSTATUS (*PFN_WDFWORKITEMCREATE)(PWDF_DRIVER_GLOBALS, PWDF_WORKITEM_CONFIG, PWDF_OBJECT_ATTRIBUTES, WDFWORKITEM *);

typedef enum _WdfUsbTargetDeviceSelectConfigType {
    WdfUsbTargetDeviceSelectConfigTypeInvalid = 0,
    WdfUsbTargetDeviceSelectConfigTypeDeconfig = 1,
    WdfUsbTargetDeviceSelectConfigTypeSingleInterface = 2,
    WdfUsbTargetDeviceSelectConfigTypeMultiInterface = 3,
    WdfUsbTargetDeviceSelectConfigTypeInterfacesPairs = 4,
    WdfUsbTargetDeviceSelectConfigTypeInterfacesDescriptor = 5,
    WdfUsbTargetDeviceSelectConfigTypeUrb = 6
} WdfUsbTargetDeviceSelectConfigType;

typedef struct _WDF_USB_DEVICE_SELECT_CONFIG_PARAMS {
    ULONG Size;
    WdfUsbTargetDeviceSelectConfigType Type;
    union {
        struct {
            PUSB_CONFIGURATION_DESCRIPTOR ConfigurationDescriptor;
            PUSB_INTERFACE_DESCRIPTOR *InterfaceDescriptors;
            ULONG NumInterfaceDescriptors;
        } Descriptor;
        struct {
            PURB Urb;
        } Urb;
        struct {
            UCHAR NumberConfiguredPipes;
            WDFUSBINTERFACE ConfiguredUsbInterface;
        } SingleInterface;
        struct {
            UCHAR NumberInterfaces;
            PWDF_USB_INTERFACE_SETTING_PAIR Pairs;
            UCHAR NumberOfConfiguredInterfaces;
        } MultiInterface;
    } Types;
} WDF_USB_DEVICE_SELECT_CONFIG_PARAMS, *PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS;

typedef NTSTATUS (*PFN_WDFUSBTARGETDEVICESELECTCONFIG)(PWDF_DRIVER_GLOBALS, WDFUSBDEVICE, PWDF_OBJECT_ATTRIBUTES, PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS);

typedef enum _WdfUsbTargetDeviceSelectSettingType {
    WdfUsbInterfaceSelectSettingTypeDescriptor = 16,
    WdfUsbInterfaceSelectSettingTypeSetting = 17,
    WdfUsbInterfaceSelectSettingTypeUrb = 18
} WdfUsbTargetDeviceSelectSettingType;

typedef struct _WDF_USB_INTERFACE_SELECT_SETTING_PARAMS {
    ULONG Size;
    WdfUsbTargetDeviceSelectSettingType Type;
    union {
        struct {
            PUSB_INTERFACE_DESCRIPTOR InterfaceDescriptor;
        } Descriptor;
        struct {
            UCHAR SettingIndex;
        } Interface;
        struct {
            PURB Urb;
        } Urb;
    } Types;
} WDF_USB_INTERFACE_SELECT_SETTING_PARAMS, *PWDF_USB_INTERFACE_SELECT_SETTING_PARAMS;

typedef NTSTATUS (*PFN_WDFUSBINTERFACESELECTSETTING)(PWDF_DRIVER_GLOBALS, WDFUSBINTERFACE, PWDF_OBJECT_ATTRIBUTES, PWDF_USB_INTERFACE_SELECT_SETTING_PARAMS);

/* ------------------------------------------------------------------------
 * Object contexts
 * WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(T, Fn) declares the type information
 * of context type T and an accessor Fn(Handle) returning T *; the
 * attributes macros attach T to an object being created. As in KMDF, both
 * have external linkage (the type information is selectany, the accessor
 * FORCEINLINE): a driver that declares a context in a header shares one
 * accessor across its source files.
 * ------------------------------------------------------------------------ */

#define WDF_TYPE_NAME_TO_TYPE_INFO(_contexttype) _WDF_##_contexttype##_TYPE_INFO
#define WDF_TYPE_NAME_POINTER_TYPE(_contexttype) WDF_POINTER_TYPE_##_contexttype
#define WDF_GET_CONTEXT_TYPE_INFO(_contexttype) (&WDF_TYPE_NAME_TO_TYPE_INFO(_contexttype))

#define WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(_contexttype, _castingfunction)                        \
    typedef _contexttype *WDF_TYPE_NAME_POINTER_TYPE(_contexttype);                                \
    const WDF_OBJECT_CONTEXT_TYPE_INFO DECLSPEC_SELECTANY WDF_TYPE_NAME_TO_TYPE_INFO(_contexttype) = { \
        sizeof(WDF_OBJECT_CONTEXT_TYPE_INFO), (PCHAR) #_contexttype, sizeof(_contexttype),          \
        &WDF_TYPE_NAME_TO_TYPE_INFO(_contexttype), NULL};                                           \
    FORCEINLINE _contexttype *_castingfunction(WDFOBJECT Handle)                                    \
    {                                                                                              \
        return (_contexttype *)WdfObjectGetTypedContextWorker(                                     \
            Handle, WDF_GET_CONTEXT_TYPE_INFO(_contexttype)->UniqueType);                          \
    }
#define WDF_DECLARE_CONTEXT_TYPE(_contexttype)                                                     \
    WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(_contexttype, WdfObjectGet_##_contexttype)

#define WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(_attributes, _contexttype)                          \
    ((_attributes)->ContextTypeInfo = WDF_GET_CONTEXT_TYPE_INFO(_contexttype)->UniqueType)
#define WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(_attributes, _contexttype)                         \
    WDF_OBJECT_ATTRIBUTES_INIT(_attributes);                                                       \
    WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(_attributes, _contexttype)
#define WdfObjectGetTypedContext(handle, type)                                                     \
    ((type *)WdfObjectGetTypedContextWorker((WDFOBJECT)(handle),                                   \
                                            WDF_GET_CONTEXT_TYPE_INFO(type)->UniqueType))

/* References: the tagged forms record the caller's line and file. */
#define WdfObjectReferenceWithTag(Handle, Tag)                                                     \
    WdfObjectReferenceActual((Handle), (Tag), __LINE__, (PCHAR)__FILE__)
#define WdfObjectDereferenceWithTag(Handle, Tag)                                                   \
    WdfObjectDereferenceActual((Handle), (Tag), __LINE__, (PCHAR)__FILE__)
#define WdfObjectReference(Handle) WdfObjectReferenceWithTag((Handle), NULL)
#define WdfObjectDereference(Handle) WdfObjectDereferenceWithTag((Handle), NULL)

#define WDF_PTR_ADD_OFFSET_TYPE(_ptr, _offset, _type) ((_type)(((PUCHAR)(_ptr)) + (_offset)))
#define WDF_PTR_ADD_OFFSET(_ptr, _offset) WDF_PTR_ADD_OFFSET_TYPE(_ptr, _offset, PVOID)

/* ------------------------------------------------------------------------
 * Objects: creation, deletion, references, contexts
 * ------------------------------------------------------------------------ */

_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_OBJECT_ATTRIBUTES_INIT(PWDF_OBJECT_ATTRIBUTES Attributes);
_IRQL_requires_max_(HIGH_LEVEL)
PVOID WdfObjectGetTypedContextWorker(WDFOBJECT Handle, PCWDF_OBJECT_CONTEXT_TYPE_INFO TypeInfo);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfObjectAllocateContext(WDFOBJECT Handle, PWDF_OBJECT_ATTRIBUTES ContextAttributes,
                                  PVOID *Context);
_IRQL_requires_max_(HIGH_LEVEL)
WDFOBJECT WdfObjectContextGetObject(PVOID ContextPointer);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfObjectReferenceActual(WDFOBJECT Handle, PVOID Tag, LONG Line, PCHAR File);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfObjectDereferenceActual(WDFOBJECT Handle, PVOID Tag, LONG Line, PCHAR File);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfObjectCreate(PWDF_OBJECT_ATTRIBUTES Attributes, WDFOBJECT *Object);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfObjectDelete(WDFOBJECT Object);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfObjectQuery(WDFOBJECT Object, const GUID *Guid, ULONG QueryBufferLength,
                        PVOID QueryBuffer);

/* ------------------------------------------------------------------------
 * Time-out helpers
 * ------------------------------------------------------------------------ */

_IRQL_requires_max_(HIGH_LEVEL)
LONGLONG WDF_REL_TIMEOUT_IN_SEC(ULONGLONG Time);
_IRQL_requires_max_(HIGH_LEVEL)
LONGLONG WDF_ABS_TIMEOUT_IN_SEC(ULONGLONG Time);
_IRQL_requires_max_(HIGH_LEVEL)
LONGLONG WDF_REL_TIMEOUT_IN_MS(ULONGLONG Time);
_IRQL_requires_max_(HIGH_LEVEL)
LONGLONG WDF_ABS_TIMEOUT_IN_MS(ULONGLONG Time);
_IRQL_requires_max_(HIGH_LEVEL)
LONGLONG WDF_REL_TIMEOUT_IN_US(ULONGLONG Time);
_IRQL_requires_max_(HIGH_LEVEL)
LONGLONG WDF_ABS_TIMEOUT_IN_US(ULONGLONG Time);
_IRQL_requires_max_(HIGH_LEVEL)
size_t WDF_ALIGN_SIZE_DOWN(size_t Length, size_t AlignTo);
_IRQL_requires_max_(HIGH_LEVEL)
size_t WDF_ALIGN_SIZE_UP(size_t Length, size_t AlignTo);

/* ------------------------------------------------------------------------
 * Spin locks and wait locks
 * ------------------------------------------------------------------------ */

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfObjectAcquireLock(WDFOBJECT Object);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfObjectReleaseLock(WDFOBJECT Object);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfWaitLockCreate(PWDF_OBJECT_ATTRIBUTES LockAttributes, WDFWAITLOCK *Lock);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfWaitLockAcquire(WDFWAITLOCK Lock, PLONGLONG Timeout);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfWaitLockRelease(WDFWAITLOCK Lock);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfSpinLockCreate(PWDF_OBJECT_ATTRIBUTES SpinLockAttributes, WDFSPINLOCK *SpinLock);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfSpinLockAcquire(WDFSPINLOCK SpinLock);
_IRQL_requires_(DISPATCH_LEVEL)
VOID WdfSpinLockRelease(WDFSPINLOCK SpinLock);

/* ------------------------------------------------------------------------
 * The driver object
 * ------------------------------------------------------------------------ */

_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_DRIVER_CONFIG_INIT(PWDF_DRIVER_CONFIG Config,
                            PFN_WDF_DRIVER_DEVICE_ADD EvtDriverDeviceAdd);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_DRIVER_VERSION_AVAILABLE_PARAMS_INIT(PWDF_DRIVER_VERSION_AVAILABLE_PARAMS Params,
                                              ULONG MajorVersion, ULONG MinorVersion);
_IRQL_requires_max_(HIGH_LEVEL)
WDFDRIVER WdfGetDriver(VOID);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfDriverCreate(PDRIVER_OBJECT DriverObject, PCUNICODE_STRING RegistryPath,
                         PWDF_OBJECT_ATTRIBUTES DriverAttributes,
                         PWDF_DRIVER_CONFIG DriverConfig, WDFDRIVER *Driver);
_IRQL_requires_(PASSIVE_LEVEL)
PWSTR WdfDriverGetRegistryPath(WDFDRIVER Driver);
_IRQL_requires_max_(DISPATCH_LEVEL)
PDRIVER_OBJECT WdfDriverWdmGetDriverObject(WDFDRIVER Driver);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfDriverOpenParametersRegistryKey(WDFDRIVER Driver, ACCESS_MASK DesiredAccess,
                                            PWDF_OBJECT_ATTRIBUTES KeyAttributes, WDFKEY *Key);
_IRQL_requires_max_(HIGH_LEVEL)
WDFDRIVER WdfWdmDriverGetWdfDriverHandle(PDRIVER_OBJECT DriverObject);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDriverRegisterTraceInfo(PDRIVER_OBJECT DriverObject,
                                    PFN_WDF_TRACE_CALLBACK EvtTraceCallback,
                                    PVOID ControlBlock);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfDriverRetrieveVersionString(WDFDRIVER Driver, WDFSTRING String);
_IRQL_requires_(PASSIVE_LEVEL)
BOOLEAN WdfDriverIsVersionAvailable(WDFDRIVER Driver,
                                    PWDF_DRIVER_VERSION_AVAILABLE_PARAMS VersionAvailableParams);

/* ------------------------------------------------------------------------
 * Device objects
 * ------------------------------------------------------------------------ */

_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_FILEOBJECT_CONFIG_INIT(PWDF_FILEOBJECT_CONFIG FileEventCallbacks,
                                PFN_WDF_DEVICE_FILE_CREATE EvtDeviceFileCreate,
                                PFN_WDF_FILE_CLOSE EvtFileClose,
                                PFN_WDF_FILE_CLEANUP EvtFileCleanup);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_POWER_POLICY_EVENT_CALLBACKS_INIT(PWDF_POWER_POLICY_EVENT_CALLBACKS Callbacks);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_PNPPOWER_EVENT_CALLBACKS_INIT(PWDF_PNPPOWER_EVENT_CALLBACKS Callbacks);
_IRQL_requires_max_(HIGH_LEVEL)
ULONG WdfDevStateNormalize(ULONG State);
_IRQL_requires_max_(HIGH_LEVEL)
BOOLEAN WdfDevStateIsNP(ULONG State);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS_INIT(PWDF_DEVICE_POWER_POLICY_IDLE_SETTINGS Settings,
                                                WDF_POWER_POLICY_S0_IDLE_CAPABILITIES IdleCaps);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS_INIT(PWDF_DEVICE_POWER_POLICY_WAKE_SETTINGS Settings);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_DEVICE_STATE_INIT(PWDF_DEVICE_STATE PnpDeviceState);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_DEVICE_PNP_CAPABILITIES_INIT(PWDF_DEVICE_PNP_CAPABILITIES Caps);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_DEVICE_POWER_CAPABILITIES_INIT(PWDF_DEVICE_POWER_CAPABILITIES Caps);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceGetDeviceState(WDFDEVICE Device, PWDF_DEVICE_STATE DeviceState);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceSetDeviceState(WDFDEVICE Device, PWDF_DEVICE_STATE DeviceState);
_IRQL_requires_max_(DISPATCH_LEVEL)
WDFDEVICE WdfWdmDeviceGetWdfDeviceHandle(PDEVICE_OBJECT DeviceObject);
_IRQL_requires_max_(DISPATCH_LEVEL)
PDEVICE_OBJECT WdfDeviceWdmGetDeviceObject(WDFDEVICE Device);
_IRQL_requires_max_(DISPATCH_LEVEL)
PDEVICE_OBJECT WdfDeviceWdmGetAttachedDevice(WDFDEVICE Device);
_IRQL_requires_max_(DISPATCH_LEVEL)
PDEVICE_OBJECT WdfDeviceWdmGetPhysicalDevice(WDFDEVICE Device);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDeviceWdmDispatchPreprocessedIrp(WDFDEVICE Device, PIRP Irp);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDeviceAddDependentUsageDeviceObject(WDFDEVICE Device,
                                                PDEVICE_OBJECT DependentDevice);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceRemoveDependentUsageDeviceObject(WDFDEVICE Device,
                                               PDEVICE_OBJECT DependentDevice);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDeviceAddRemovalRelationsPhysicalDevice(WDFDEVICE Device,
                                                    PDEVICE_OBJECT PhysicalDevice);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceRemoveRemovalRelationsPhysicalDevice(WDFDEVICE Device,
                                                   PDEVICE_OBJECT PhysicalDevice);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceClearRemovalRelationsDevices(WDFDEVICE Device);
_IRQL_requires_max_(DISPATCH_LEVEL)
WDFDRIVER WdfDeviceGetDriver(WDFDEVICE Device);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceRetrieveDeviceName(WDFDEVICE Device, WDFSTRING String);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceAssignMofResourceName(WDFDEVICE Device, PCUNICODE_STRING MofResourceName);
_IRQL_requires_max_(DISPATCH_LEVEL)
WDFIOTARGET WdfDeviceGetIoTarget(WDFDEVICE Device);
_IRQL_requires_max_(DISPATCH_LEVEL)
WDF_DEVICE_PNP_STATE WdfDeviceGetDevicePnpState(WDFDEVICE Device);
_IRQL_requires_max_(DISPATCH_LEVEL)
WDF_DEVICE_POWER_STATE WdfDeviceGetDevicePowerState(WDFDEVICE Device);
_IRQL_requires_max_(DISPATCH_LEVEL)
WDF_DEVICE_POWER_POLICY_STATE WdfDeviceGetDevicePowerPolicyState(WDFDEVICE Device);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDeviceAssignS0IdleSettings(WDFDEVICE Device,
                                       PWDF_DEVICE_POWER_POLICY_IDLE_SETTINGS Settings);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDeviceAssignSxWakeSettings(WDFDEVICE Device,
                                       PWDF_DEVICE_POWER_POLICY_WAKE_SETTINGS Settings);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceOpenRegistryKey(WDFDEVICE Device, ULONG DeviceInstanceKeyType,
                                  ACCESS_MASK DesiredAccess,
                                  PWDF_OBJECT_ATTRIBUTES KeyAttributes, WDFKEY *Key);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceSetSpecialFileSupport(WDFDEVICE Device, WDF_SPECIAL_FILE_TYPE FileType,
                                    BOOLEAN FileTypeIsSupported);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceSetCharacteristics(WDFDEVICE Device, ULONG DeviceCharacteristics);
_IRQL_requires_max_(DISPATCH_LEVEL)
ULONG WdfDeviceGetCharacteristics(WDFDEVICE Device);
_IRQL_requires_max_(DISPATCH_LEVEL)
ULONG WdfDeviceGetAlignmentRequirement(WDFDEVICE Device);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceSetAlignmentRequirement(WDFDEVICE Device, ULONG AlignmentRequirement);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceInitFree(PWDFDEVICE_INIT DeviceInit);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceInitSetPnpPowerEventCallbacks(PWDFDEVICE_INIT DeviceInit,
                                            PWDF_PNPPOWER_EVENT_CALLBACKS PnpPowerEventCallbacks);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceInitSetPowerPolicyEventCallbacks(PWDFDEVICE_INIT DeviceInit,
                                               PWDF_POWER_POLICY_EVENT_CALLBACKS PowerPolicyEventCallbacks);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceInitSetPowerPolicyOwnership(PWDFDEVICE_INIT DeviceInit,
                                          BOOLEAN IsPowerPolicyOwner);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceInitRegisterPnpStateChangeCallback(PWDFDEVICE_INIT DeviceInit,
                                                     WDF_DEVICE_PNP_STATE PnpState,
                                                     PFN_WDF_DEVICE_PNP_STATE_CHANGE_NOTIFICATION EvtDevicePnpStateChange,
                                                     ULONG CallbackTypes);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceInitRegisterPowerStateChangeCallback(PWDFDEVICE_INIT DeviceInit,
                                                       WDF_DEVICE_POWER_STATE PowerState,
                                                       PFN_WDF_DEVICE_POWER_STATE_CHANGE_NOTIFICATION EvtDevicePowerStateChange,
                                                       ULONG CallbackTypes);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceInitRegisterPowerPolicyStateChangeCallback(PWDFDEVICE_INIT DeviceInit,
                                                             WDF_DEVICE_POWER_POLICY_STATE PowerPolicyState,
                                                             PFN_WDF_DEVICE_POWER_POLICY_STATE_CHANGE_NOTIFICATION EvtDevicePowerPolicyStateChange,
                                                             ULONG CallbackTypes);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceInitSetIoType(PWDFDEVICE_INIT DeviceInit, WDF_DEVICE_IO_TYPE IoType);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceInitSetExclusive(PWDFDEVICE_INIT DeviceInit, BOOLEAN IsExclusive);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceInitSetPowerNotPageable(PWDFDEVICE_INIT DeviceInit);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceInitSetPowerPageable(PWDFDEVICE_INIT DeviceInit);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceInitSetPowerInrush(PWDFDEVICE_INIT DeviceInit);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceInitSetDeviceType(PWDFDEVICE_INIT DeviceInit, ULONG DeviceType);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceInitAssignName(PWDFDEVICE_INIT DeviceInit, PCUNICODE_STRING DeviceName);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceInitAssignSDDLString(PWDFDEVICE_INIT DeviceInit, PCUNICODE_STRING SDDLString);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceInitSetDeviceClass(PWDFDEVICE_INIT DeviceInit, const GUID *DeviceClassGuid);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceInitSetCharacteristics(PWDFDEVICE_INIT DeviceInit, ULONG DeviceCharacteristics,
                                     BOOLEAN OrInValues);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceInitSetFileObjectConfig(PWDFDEVICE_INIT DeviceInit,
                                      PWDF_FILEOBJECT_CONFIG FileObjectConfig,
                                      PWDF_OBJECT_ATTRIBUTES FileObjectAttributes);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceInitSetRequestAttributes(PWDFDEVICE_INIT DeviceInit,
                                       PWDF_OBJECT_ATTRIBUTES RequestAttributes);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDeviceInitAssignWdmIrpPreprocessCallback(PWDFDEVICE_INIT DeviceInit,
                                                     PFN_WDFDEVICE_WDM_IRP_PREPROCESS EvtDeviceWdmIrpPreprocess,
                                                     UCHAR MajorFunction, PUCHAR MinorFunctions,
                                                     ULONG NumMinorFunctions);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceInitSetIoInCallerContextCallback(PWDFDEVICE_INIT DeviceInit,
                                               PFN_WDF_IO_IN_CALLER_CONTEXT EvtIoInCallerContext);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceCreate(PWDFDEVICE_INIT *DeviceInit, PWDF_OBJECT_ATTRIBUTES DeviceAttributes,
                         WDFDEVICE *Device);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceSetStaticStopRemove(WDFDEVICE Device, BOOLEAN Stoppable);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceCreateDeviceInterface(WDFDEVICE Device, const GUID *InterfaceClassGUID,
                                        PCUNICODE_STRING ReferenceString);
_IRQL_requires_(PASSIVE_LEVEL)
VOID WdfDeviceSetDeviceInterfaceState(WDFDEVICE Device, const GUID *InterfaceClassGUID,
                                      PCUNICODE_STRING ReferenceString,
                                      BOOLEAN IsInterfaceEnabled);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceRetrieveDeviceInterfaceString(WDFDEVICE Device,
                                                const GUID *InterfaceClassGUID,
                                                PCUNICODE_STRING ReferenceString,
                                                WDFSTRING String);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceCreateSymbolicLink(WDFDEVICE Device, PCUNICODE_STRING SymbolicLinkName);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceQueryProperty(WDFDEVICE Device, DEVICE_REGISTRY_PROPERTY DeviceProperty,
                                ULONG BufferLength, PVOID PropertyBuffer, PULONG ResultLength);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceAllocAndQueryProperty(WDFDEVICE Device,
                                        DEVICE_REGISTRY_PROPERTY DeviceProperty,
                                        POOL_TYPE PoolType,
                                        PWDF_OBJECT_ATTRIBUTES PropertyMemoryAttributes,
                                        WDFMEMORY *PropertyMemory);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceSetPnpCapabilities(WDFDEVICE Device,
                                 PWDF_DEVICE_PNP_CAPABILITIES PnpCapabilities);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceSetPowerCapabilities(WDFDEVICE Device,
                                   PWDF_DEVICE_POWER_CAPABILITIES PowerCapabilities);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceSetBusInformationForChildren(WDFDEVICE Device,
                                           PPNP_BUS_INFORMATION BusInformation);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDeviceIndicateWakeStatus(WDFDEVICE Device, NTSTATUS WaitWakeStatus);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceSetFailed(WDFDEVICE Device, WDF_DEVICE_FAILED_ACTION FailedAction);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDeviceStopIdle(WDFDEVICE Device, BOOLEAN WaitForD0);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceResumeIdle(WDFDEVICE Device);
_IRQL_requires_max_(DISPATCH_LEVEL)
WDFFILEOBJECT WdfDeviceGetFileObject(WDFDEVICE Device, PFILE_OBJECT FileObject);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDeviceEnqueueRequest(WDFDEVICE Device, WDFREQUEST Request);
_IRQL_requires_max_(DISPATCH_LEVEL)
WDFQUEUE WdfDeviceGetDefaultQueue(WDFDEVICE Device);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDeviceConfigureRequestDispatching(WDFDEVICE Device, WDFQUEUE Queue,
                                              WDF_REQUEST_TYPE RequestType);
_IRQL_requires_max_(DISPATCH_LEVEL)
POWER_ACTION WdfDeviceGetSystemPowerAction(WDFDEVICE Device);

/* ------------------------------------------------------------------------
 * Miniport drivers (NDIS-WDM, KMDF 1.x)
 * ------------------------------------------------------------------------ */

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceMiniportCreate(WDFDRIVER Driver, PWDF_OBJECT_ATTRIBUTES Attributes,
                                 PDEVICE_OBJECT DeviceObject,
                                 PDEVICE_OBJECT AttachedDeviceObject, PDEVICE_OBJECT Pdo,
                                 WDFDEVICE *Device);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDriverMiniportUnload(WDFDRIVER Driver);

/* ------------------------------------------------------------------------
 * I/O queues
 * ------------------------------------------------------------------------ */

_IRQL_requires_max_(HIGH_LEVEL)
BOOLEAN WDF_IO_QUEUE_IDLE(WDF_IO_QUEUE_STATE State);
_IRQL_requires_max_(HIGH_LEVEL)
BOOLEAN WDF_IO_QUEUE_READY(WDF_IO_QUEUE_STATE State);
_IRQL_requires_max_(HIGH_LEVEL)
BOOLEAN WDF_IO_QUEUE_STOPPED(WDF_IO_QUEUE_STATE State);
_IRQL_requires_max_(HIGH_LEVEL)
BOOLEAN WDF_IO_QUEUE_DRAINED(WDF_IO_QUEUE_STATE State);
_IRQL_requires_max_(HIGH_LEVEL)
BOOLEAN WDF_IO_QUEUE_PURGED(WDF_IO_QUEUE_STATE State);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_IO_QUEUE_CONFIG_INIT(PWDF_IO_QUEUE_CONFIG Config,
                              WDF_IO_QUEUE_DISPATCH_TYPE DispatchType);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(PWDF_IO_QUEUE_CONFIG Config,
                                            WDF_IO_QUEUE_DISPATCH_TYPE DispatchType);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY_DEFAULT_INIT(PWDF_IO_QUEUE_FORWARD_PROGRESS_POLICY Policy,
                                                       ULONG TotalForwardProgressRequests);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY_EXAMINE_INIT(PWDF_IO_QUEUE_FORWARD_PROGRESS_POLICY Policy,
                                                       ULONG TotalForwardProgressRequests,
                                                       PFN_WDF_IO_WDM_IRP_FOR_FORWARD_PROGRESS EvtIoWdmIrpForForwardProgress);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY_PAGINGIO_INIT(PWDF_IO_QUEUE_FORWARD_PROGRESS_POLICY Policy,
                                                        ULONG TotalForwardProgressRequests);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoQueueCreate(WDFDEVICE Device, PWDF_IO_QUEUE_CONFIG Config,
                          PWDF_OBJECT_ATTRIBUTES QueueAttributes, WDFQUEUE *Queue);
_IRQL_requires_max_(DISPATCH_LEVEL)
WDF_IO_QUEUE_STATE WdfIoQueueGetState(WDFQUEUE Queue, PULONG QueueRequests,
                                      PULONG DriverRequests);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfIoQueueStart(WDFQUEUE Queue);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfIoQueueStop(WDFQUEUE Queue, PFN_WDF_IO_QUEUE_STATE StopComplete, WDFCONTEXT Context);
_IRQL_requires_(PASSIVE_LEVEL)
VOID WdfIoQueueStopSynchronously(WDFQUEUE Queue);
_IRQL_requires_max_(DISPATCH_LEVEL)
WDFDEVICE WdfIoQueueGetDevice(WDFQUEUE Queue);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoQueueRetrieveNextRequest(WDFQUEUE Queue, WDFREQUEST *OutRequest);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoQueueRetrieveRequestByFileObject(WDFQUEUE Queue, WDFFILEOBJECT FileObject,
                                               WDFREQUEST *OutRequest);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoQueueFindRequest(WDFQUEUE Queue, WDFREQUEST FoundRequest,
                               WDFFILEOBJECT FileObject, PWDF_REQUEST_PARAMETERS Parameters,
                               WDFREQUEST *OutRequest);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoQueueRetrieveFoundRequest(WDFQUEUE Queue, WDFREQUEST FoundRequest,
                                        WDFREQUEST *OutRequest);
_IRQL_requires_(PASSIVE_LEVEL)
VOID WdfIoQueueDrainSynchronously(WDFQUEUE Queue);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfIoQueueDrain(WDFQUEUE Queue, PFN_WDF_IO_QUEUE_STATE DrainComplete, WDFCONTEXT Context);
_IRQL_requires_(PASSIVE_LEVEL)
VOID WdfIoQueuePurgeSynchronously(WDFQUEUE Queue);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfIoQueuePurge(WDFQUEUE Queue, PFN_WDF_IO_QUEUE_STATE PurgeComplete, WDFCONTEXT Context);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoQueueReadyNotify(WDFQUEUE Queue, PFN_WDF_IO_QUEUE_STATE QueueReady,
                               WDFCONTEXT Context);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfIoQueueAssignForwardProgressPolicy(WDFQUEUE Queue,
                                               PWDF_IO_QUEUE_FORWARD_PROGRESS_POLICY ForwardProgressPolicy);

/* ------------------------------------------------------------------------
 * Memory objects and descriptors
 * ------------------------------------------------------------------------ */

_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_MEMORY_DESCRIPTOR_INIT_BUFFER(PWDF_MEMORY_DESCRIPTOR Descriptor, PVOID Buffer,
                                       ULONG BufferLength);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_MEMORY_DESCRIPTOR_INIT_MDL(PWDF_MEMORY_DESCRIPTOR Descriptor, PMDL Mdl,
                                    ULONG BufferLength);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_MEMORY_DESCRIPTOR_INIT_HANDLE(PWDF_MEMORY_DESCRIPTOR Descriptor, WDFMEMORY Memory,
                                       PWDFMEMORY_OFFSET Offsets);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfMemoryCreate(PWDF_OBJECT_ATTRIBUTES Attributes, POOL_TYPE PoolType, ULONG PoolTag,
                         size_t BufferSize, WDFMEMORY *Memory, PVOID *Buffer);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfMemoryCreatePreallocated(PWDF_OBJECT_ATTRIBUTES Attributes, PVOID Buffer,
                                     size_t BufferSize, WDFMEMORY *Memory);
_IRQL_requires_max_(HIGH_LEVEL)
PVOID WdfMemoryGetBuffer(WDFMEMORY Memory, size_t *BufferSize);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS WdfMemoryAssignBuffer(WDFMEMORY Memory, PVOID Buffer, size_t BufferSize);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS WdfMemoryCopyToBuffer(WDFMEMORY SourceMemory, size_t SourceOffset, PVOID Buffer,
                               size_t NumBytesToCopyTo);
_IRQL_requires_max_(HIGH_LEVEL)
NTSTATUS WdfMemoryCopyFromBuffer(WDFMEMORY DestinationMemory, size_t DestinationOffset,
                                 PVOID Buffer, size_t NumBytesToCopyFrom);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfLookasideListCreate(PWDF_OBJECT_ATTRIBUTES LookasideAttributes, size_t BufferSize,
                                POOL_TYPE PoolType, PWDF_OBJECT_ATTRIBUTES MemoryAttributes,
                                ULONG PoolTag, WDFLOOKASIDE *Lookaside);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfMemoryCreateFromLookaside(WDFLOOKASIDE Lookaside, WDFMEMORY *Memory);

/* ------------------------------------------------------------------------
 * Requests
 * ------------------------------------------------------------------------ */

_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_REQUEST_PARAMETERS_INIT(PWDF_REQUEST_PARAMETERS Parameters);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_REQUEST_COMPLETION_PARAMS_INIT(PWDF_REQUEST_COMPLETION_PARAMS Params);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_REQUEST_REUSE_PARAMS_INIT(PWDF_REQUEST_REUSE_PARAMS Params, ULONG Flags,
                                   NTSTATUS Status);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_REQUEST_REUSE_PARAMS_SET_NEW_IRP(PWDF_REQUEST_REUSE_PARAMS Params, PIRP NewIrp);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_REQUEST_SEND_OPTIONS_INIT(PWDF_REQUEST_SEND_OPTIONS Options, ULONG Flags);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_REQUEST_SEND_OPTIONS_SET_TIMEOUT(PWDF_REQUEST_SEND_OPTIONS Options, LONGLONG Timeout);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_REQUEST_FORWARD_OPTIONS_INIT(PWDF_REQUEST_FORWARD_OPTIONS ForwardOptions);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestCreate(PWDF_OBJECT_ATTRIBUTES RequestAttributes, WDFIOTARGET IoTarget,
                          WDFREQUEST *Request);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestCreateFromIrp(PWDF_OBJECT_ATTRIBUTES RequestAttributes, PIRP Irp,
                                 BOOLEAN RequestFreesIrp, WDFREQUEST *Request);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestReuse(WDFREQUEST Request, PWDF_REQUEST_REUSE_PARAMS ReuseParams);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestChangeTarget(WDFREQUEST Request, WDFIOTARGET IoTarget);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfRequestFormatRequestUsingCurrentType(WDFREQUEST Request);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfRequestWdmFormatUsingStackLocation(WDFREQUEST Request, PIO_STACK_LOCATION Stack);
_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN WdfRequestSend(WDFREQUEST Request, WDFIOTARGET Target,
                       PWDF_REQUEST_SEND_OPTIONS Options);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestGetStatus(WDFREQUEST Request);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfRequestMarkCancelable(WDFREQUEST Request, PFN_WDF_REQUEST_CANCEL EvtRequestCancel);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestMarkCancelableEx(WDFREQUEST Request,
                                    PFN_WDF_REQUEST_CANCEL EvtRequestCancel);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestUnmarkCancelable(WDFREQUEST Request);
_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN WdfRequestIsCanceled(WDFREQUEST Request);
_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN WdfRequestCancelSentRequest(WDFREQUEST Request);
_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN WdfRequestIsFrom32BitProcess(WDFREQUEST Request);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfRequestSetCompletionRoutine(WDFREQUEST Request,
                                    PFN_WDF_REQUEST_COMPLETION_ROUTINE CompletionRoutine,
                                    WDFCONTEXT CompletionContext);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfRequestGetCompletionParams(WDFREQUEST Request, PWDF_REQUEST_COMPLETION_PARAMS Params);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestAllocateTimer(WDFREQUEST Request);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfRequestComplete(WDFREQUEST Request, NTSTATUS Status);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfRequestCompleteWithPriorityBoost(WDFREQUEST Request, NTSTATUS Status,
                                         CCHAR PriorityBoost);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfRequestCompleteWithInformation(WDFREQUEST Request, NTSTATUS Status,
                                       ULONG_PTR Information);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfRequestGetParameters(WDFREQUEST Request, PWDF_REQUEST_PARAMETERS Parameters);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestRetrieveInputMemory(WDFREQUEST Request, WDFMEMORY *Memory);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestRetrieveOutputMemory(WDFREQUEST Request, WDFMEMORY *Memory);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestRetrieveInputBuffer(WDFREQUEST Request, size_t MinimumRequiredLength,
                                       PVOID *Buffer, size_t *Length);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestRetrieveOutputBuffer(WDFREQUEST Request, size_t MinimumRequiredSize,
                                        PVOID *Buffer, size_t *Length);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestRetrieveInputWdmMdl(WDFREQUEST Request, PMDL *Mdl);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestRetrieveOutputWdmMdl(WDFREQUEST Request, PMDL *Mdl);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfRequestRetrieveUnsafeUserInputBuffer(WDFREQUEST Request,
                                                 size_t MinimumRequiredLength,
                                                 PVOID *InputBuffer, size_t *Length);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfRequestRetrieveUnsafeUserOutputBuffer(WDFREQUEST Request,
                                                  size_t MinimumRequiredLength,
                                                  PVOID *OutputBuffer, size_t *Length);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfRequestSetInformation(WDFREQUEST Request, ULONG_PTR Information);
_IRQL_requires_max_(DISPATCH_LEVEL)
ULONG_PTR WdfRequestGetInformation(WDFREQUEST Request);
_IRQL_requires_max_(DISPATCH_LEVEL)
WDFFILEOBJECT WdfRequestGetFileObject(WDFREQUEST Request);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfRequestProbeAndLockUserBufferForRead(WDFREQUEST Request, PVOID Buffer,
                                                 size_t Length, WDFMEMORY *MemoryObject);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfRequestProbeAndLockUserBufferForWrite(WDFREQUEST Request, PVOID Buffer,
                                                  size_t Length, WDFMEMORY *MemoryObject);
_IRQL_requires_max_(DISPATCH_LEVEL)
KPROCESSOR_MODE WdfRequestGetRequestorMode(WDFREQUEST Request);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestForwardToIoQueue(WDFREQUEST Request, WDFQUEUE DestinationQueue);
_IRQL_requires_max_(DISPATCH_LEVEL)
WDFQUEUE WdfRequestGetIoQueue(WDFREQUEST Request);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestRequeue(WDFREQUEST Request);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfRequestStopAcknowledge(WDFREQUEST Request, BOOLEAN Requeue);
_IRQL_requires_max_(DISPATCH_LEVEL)
PIRP WdfRequestWdmGetIrp(WDFREQUEST Request);
_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN WdfRequestIsReserved(WDFREQUEST Request);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestForwardToParentDeviceIoQueue(WDFREQUEST Request, WDFQUEUE ParentDeviceQueue,
                                                PWDF_REQUEST_FORWARD_OPTIONS ForwardOptions);

/* ------------------------------------------------------------------------
 * I/O targets
 * ------------------------------------------------------------------------ */

_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_IO_TARGET_OPEN_PARAMS_INIT_EXISTING_DEVICE(PWDF_IO_TARGET_OPEN_PARAMS Params,
                                                    PDEVICE_OBJECT DeviceObject);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_IO_TARGET_OPEN_PARAMS_INIT_CREATE_BY_NAME(PWDF_IO_TARGET_OPEN_PARAMS Params,
                                                   PCUNICODE_STRING TargetDeviceName,
                                                   ACCESS_MASK DesiredAccess);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_IO_TARGET_OPEN_PARAMS_INIT_OPEN_BY_NAME(PWDF_IO_TARGET_OPEN_PARAMS Params,
                                                 PCUNICODE_STRING TargetDeviceName,
                                                 ACCESS_MASK DesiredAccess);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_IO_TARGET_OPEN_PARAMS_INIT_REOPEN(PWDF_IO_TARGET_OPEN_PARAMS Params);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfIoTargetCreate(WDFDEVICE Device, PWDF_OBJECT_ATTRIBUTES IoTargetAttributes,
                           WDFIOTARGET *IoTarget);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfIoTargetOpen(WDFIOTARGET IoTarget, PWDF_IO_TARGET_OPEN_PARAMS OpenParams);
_IRQL_requires_(PASSIVE_LEVEL)
VOID WdfIoTargetCloseForQueryRemove(WDFIOTARGET IoTarget);
_IRQL_requires_(PASSIVE_LEVEL)
VOID WdfIoTargetClose(WDFIOTARGET IoTarget);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoTargetStart(WDFIOTARGET IoTarget);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfIoTargetStop(WDFIOTARGET IoTarget, WDF_IO_TARGET_SENT_IO_ACTION Action);
_IRQL_requires_max_(DISPATCH_LEVEL)
WDF_IO_TARGET_STATE WdfIoTargetGetState(WDFIOTARGET IoTarget);
_IRQL_requires_max_(DISPATCH_LEVEL)
WDFDEVICE WdfIoTargetGetDevice(WDFIOTARGET IoTarget);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfIoTargetQueryTargetProperty(WDFIOTARGET IoTarget,
                                        DEVICE_REGISTRY_PROPERTY DeviceProperty,
                                        ULONG BufferLength, PVOID PropertyBuffer,
                                        PULONG ResultLength);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfIoTargetAllocAndQueryTargetProperty(WDFIOTARGET IoTarget,
                                                DEVICE_REGISTRY_PROPERTY DeviceProperty,
                                                POOL_TYPE PoolType,
                                                PWDF_OBJECT_ATTRIBUTES PropertyMemoryAttributes,
                                                WDFMEMORY *PropertyMemory);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfIoTargetQueryForInterface(WDFIOTARGET IoTarget, LPCGUID InterfaceType,
                                      PINTERFACE Interface, USHORT Size, USHORT Version,
                                      PVOID InterfaceSpecificData);
_IRQL_requires_max_(DISPATCH_LEVEL)
PDEVICE_OBJECT WdfIoTargetWdmGetTargetDeviceObject(WDFIOTARGET IoTarget);
_IRQL_requires_max_(DISPATCH_LEVEL)
PDEVICE_OBJECT WdfIoTargetWdmGetTargetPhysicalDevice(WDFIOTARGET IoTarget);
_IRQL_requires_max_(DISPATCH_LEVEL)
PFILE_OBJECT WdfIoTargetWdmGetTargetFileObject(WDFIOTARGET IoTarget);
_IRQL_requires_max_(DISPATCH_LEVEL)
HANDLE WdfIoTargetWdmGetTargetFileHandle(WDFIOTARGET IoTarget);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfIoTargetSendReadSynchronously(WDFIOTARGET IoTarget, WDFREQUEST Request,
                                          PWDF_MEMORY_DESCRIPTOR OutputBuffer,
                                          PLONGLONG DeviceOffset,
                                          PWDF_REQUEST_SEND_OPTIONS RequestOptions,
                                          PULONG_PTR BytesRead);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoTargetFormatRequestForRead(WDFIOTARGET IoTarget, WDFREQUEST Request,
                                         WDFMEMORY OutputBuffer,
                                         PWDFMEMORY_OFFSET OutputBufferOffset,
                                         PLONGLONG DeviceOffset);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfIoTargetSendWriteSynchronously(WDFIOTARGET IoTarget, WDFREQUEST Request,
                                           PWDF_MEMORY_DESCRIPTOR InputBuffer,
                                           PLONGLONG DeviceOffset,
                                           PWDF_REQUEST_SEND_OPTIONS RequestOptions,
                                           PULONG_PTR BytesWritten);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoTargetFormatRequestForWrite(WDFIOTARGET IoTarget, WDFREQUEST Request,
                                          WDFMEMORY InputBuffer,
                                          PWDFMEMORY_OFFSET InputBufferOffset,
                                          PLONGLONG DeviceOffset);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfIoTargetSendIoctlSynchronously(WDFIOTARGET IoTarget, WDFREQUEST Request,
                                           ULONG IoctlCode, PWDF_MEMORY_DESCRIPTOR InputBuffer,
                                           PWDF_MEMORY_DESCRIPTOR OutputBuffer,
                                           PWDF_REQUEST_SEND_OPTIONS RequestOptions,
                                           PULONG_PTR BytesReturned);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoTargetFormatRequestForIoctl(WDFIOTARGET IoTarget, WDFREQUEST Request,
                                          ULONG IoctlCode, WDFMEMORY InputBuffer,
                                          PWDFMEMORY_OFFSET InputBufferOffset,
                                          WDFMEMORY OutputBuffer,
                                          PWDFMEMORY_OFFSET OutputBufferOffset);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfIoTargetSendInternalIoctlSynchronously(WDFIOTARGET IoTarget, WDFREQUEST Request,
                                                   ULONG IoctlCode,
                                                   PWDF_MEMORY_DESCRIPTOR InputBuffer,
                                                   PWDF_MEMORY_DESCRIPTOR OutputBuffer,
                                                   PWDF_REQUEST_SEND_OPTIONS RequestOptions,
                                                   PULONG_PTR BytesReturned);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoTargetFormatRequestForInternalIoctl(WDFIOTARGET IoTarget, WDFREQUEST Request,
                                                  ULONG IoctlCode, WDFMEMORY InputBuffer,
                                                  PWDFMEMORY_OFFSET InputBufferOffset,
                                                  WDFMEMORY OutputBuffer,
                                                  PWDFMEMORY_OFFSET OutputBufferOffset);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfIoTargetSendInternalIoctlOthersSynchronously(WDFIOTARGET IoTarget,
                                                         WDFREQUEST Request, ULONG IoctlCode,
                                                         PWDF_MEMORY_DESCRIPTOR OtherArg1,
                                                         PWDF_MEMORY_DESCRIPTOR OtherArg2,
                                                         PWDF_MEMORY_DESCRIPTOR OtherArg4,
                                                         PWDF_REQUEST_SEND_OPTIONS RequestOptions,
                                                         PULONG_PTR BytesReturned);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoTargetFormatRequestForInternalIoctlOthers(WDFIOTARGET IoTarget,
                                                        WDFREQUEST Request, ULONG IoctlCode,
                                                        WDFMEMORY OtherArg1,
                                                        PWDFMEMORY_OFFSET OtherArg1Offset,
                                                        WDFMEMORY OtherArg2,
                                                        PWDFMEMORY_OFFSET OtherArg2Offset,
                                                        WDFMEMORY OtherArg4,
                                                        PWDFMEMORY_OFFSET OtherArg4Offset);

/* ------------------------------------------------------------------------
 * Timers
 * ------------------------------------------------------------------------ */

_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_TIMER_CONFIG_INIT(PWDF_TIMER_CONFIG Config, PFN_WDF_TIMER EvtTimerFunc);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_TIMER_CONFIG_INIT_PERIODIC(PWDF_TIMER_CONFIG Config, PFN_WDF_TIMER EvtTimerFunc,
                                    LONG Period);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfTimerCreate(PWDF_TIMER_CONFIG Config, PWDF_OBJECT_ATTRIBUTES Attributes,
                        WDFTIMER *Timer);
_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN WdfTimerStart(WDFTIMER Timer, LONGLONG DueTime);
_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN WdfTimerStop(WDFTIMER Timer, BOOLEAN Wait);
_IRQL_requires_max_(DISPATCH_LEVEL)
WDFOBJECT WdfTimerGetParentObject(WDFTIMER Timer);

/* ------------------------------------------------------------------------
 * Work items
 * ------------------------------------------------------------------------ */

_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_WORKITEM_CONFIG_INIT(PWDF_WORKITEM_CONFIG Config, PFN_WDF_WORKITEM EvtWorkItemFunc);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfWorkItemCreate(PWDF_WORKITEM_CONFIG Config, PWDF_OBJECT_ATTRIBUTES Attributes,
                           WDFWORKITEM *WorkItem);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfWorkItemEnqueue(WDFWORKITEM WorkItem);
_IRQL_requires_max_(DISPATCH_LEVEL)
WDFOBJECT WdfWorkItemGetParentObject(WDFWORKITEM WorkItem);
_IRQL_requires_(PASSIVE_LEVEL)
VOID WdfWorkItemFlush(WDFWORKITEM WorkItem);

/* ------------------------------------------------------------------------
 * DPC objects
 * ------------------------------------------------------------------------ */

_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_DPC_CONFIG_INIT(PWDF_DPC_CONFIG Config, PFN_WDF_DPC EvtDpcFunc);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDpcCreate(PWDF_DPC_CONFIG Config, PWDF_OBJECT_ATTRIBUTES Attributes, WDFDPC *Dpc);
_IRQL_requires_max_(HIGH_LEVEL)
BOOLEAN WdfDpcEnqueue(WDFDPC Dpc);
_IRQL_requires_max_(HIGH_LEVEL)
BOOLEAN WdfDpcCancel(WDFDPC Dpc, BOOLEAN Wait);
_IRQL_requires_max_(HIGH_LEVEL)
WDFOBJECT WdfDpcGetParentObject(WDFDPC Dpc);
_IRQL_requires_max_(HIGH_LEVEL)
PKDPC WdfDpcWdmGetDpc(WDFDPC Dpc);

/* ------------------------------------------------------------------------
 * Collections
 * ------------------------------------------------------------------------ */

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfCollectionCreate(PWDF_OBJECT_ATTRIBUTES CollectionAttributes,
                             WDFCOLLECTION *Collection);
_IRQL_requires_max_(DISPATCH_LEVEL)
ULONG WdfCollectionGetCount(WDFCOLLECTION Collection);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfCollectionAdd(WDFCOLLECTION Collection, WDFOBJECT Object);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfCollectionRemove(WDFCOLLECTION Collection, WDFOBJECT Item);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfCollectionRemoveItem(WDFCOLLECTION Collection, ULONG Index);
_IRQL_requires_max_(DISPATCH_LEVEL)
WDFOBJECT WdfCollectionGetItem(WDFCOLLECTION Collection, ULONG Index);
_IRQL_requires_max_(DISPATCH_LEVEL)
WDFOBJECT WdfCollectionGetFirstItem(WDFCOLLECTION Collection);
_IRQL_requires_max_(DISPATCH_LEVEL)
WDFOBJECT WdfCollectionGetLastItem(WDFCOLLECTION Collection);

/* ------------------------------------------------------------------------
 * String objects
 * ------------------------------------------------------------------------ */

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfStringCreate(PCUNICODE_STRING UnicodeString,
                         PWDF_OBJECT_ATTRIBUTES StringAttributes, WDFSTRING *String);
_IRQL_requires_(PASSIVE_LEVEL)
VOID WdfStringGetUnicodeString(WDFSTRING String, PUNICODE_STRING UnicodeString);

/* ------------------------------------------------------------------------
 * Registry keys
 * ------------------------------------------------------------------------ */

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryOpenKey(WDFKEY ParentKey, PCUNICODE_STRING KeyName,
                            ACCESS_MASK DesiredAccess, PWDF_OBJECT_ATTRIBUTES KeyAttributes,
                            WDFKEY *Key);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryCreateKey(WDFKEY ParentKey, PCUNICODE_STRING KeyName,
                              ACCESS_MASK DesiredAccess, ULONG CreateOptions,
                              PULONG CreateDisposition, PWDF_OBJECT_ATTRIBUTES KeyAttributes,
                              WDFKEY *Key);
_IRQL_requires_(PASSIVE_LEVEL)
VOID WdfRegistryClose(WDFKEY Key);
_IRQL_requires_(PASSIVE_LEVEL)
HANDLE WdfRegistryWdmGetHandle(WDFKEY Key);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryRemoveKey(WDFKEY Key);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryRemoveValue(WDFKEY Key, PCUNICODE_STRING ValueName);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryQueryValue(WDFKEY Key, PCUNICODE_STRING ValueName, ULONG ValueLength,
                               PVOID Value, PULONG ValueLengthQueried, PULONG ValueType);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryQueryMemory(WDFKEY Key, PCUNICODE_STRING ValueName, POOL_TYPE PoolType,
                                PWDF_OBJECT_ATTRIBUTES MemoryAttributes, WDFMEMORY *Memory,
                                PULONG ValueType);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryQueryMultiString(WDFKEY Key, PCUNICODE_STRING ValueName,
                                     PWDF_OBJECT_ATTRIBUTES StringsAttributes,
                                     WDFCOLLECTION Collection);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryQueryUnicodeString(WDFKEY Key, PCUNICODE_STRING ValueName,
                                       PUSHORT ValueByteLength, PUNICODE_STRING Value);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryQueryString(WDFKEY Key, PCUNICODE_STRING ValueName, WDFSTRING String);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryQueryULong(WDFKEY Key, PCUNICODE_STRING ValueName, PULONG Value);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryAssignValue(WDFKEY Key, PCUNICODE_STRING ValueName, ULONG ValueType,
                                ULONG ValueLength, PVOID Value);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryAssignMemory(WDFKEY Key, PCUNICODE_STRING ValueName, ULONG ValueType,
                                 WDFMEMORY Memory, PWDFMEMORY_OFFSET MemoryOffsets);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryAssignMultiString(WDFKEY Key, PCUNICODE_STRING ValueName,
                                      WDFCOLLECTION StringsCollection);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryAssignUnicodeString(WDFKEY Key, PCUNICODE_STRING ValueName,
                                        PCUNICODE_STRING Value);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryAssignString(WDFKEY Key, PCUNICODE_STRING ValueName, WDFSTRING String);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryAssignULong(WDFKEY Key, PCUNICODE_STRING ValueName, ULONG Value);

/* ------------------------------------------------------------------------
 * USB targets: devices, interfaces, pipes, continuous readers
 * ------------------------------------------------------------------------ */

_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_USB_CONTROL_SETUP_PACKET_INIT(PWDF_USB_CONTROL_SETUP_PACKET Packet,
                                       WDF_USB_BMREQUEST_DIRECTION Direction,
                                       WDF_USB_BMREQUEST_RECIPIENT Recipient, BYTE Request,
                                       USHORT Value, USHORT Index);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_USB_CONTROL_SETUP_PACKET_INIT_CLASS(PWDF_USB_CONTROL_SETUP_PACKET Packet,
                                             WDF_USB_BMREQUEST_DIRECTION Direction,
                                             WDF_USB_BMREQUEST_RECIPIENT Recipient,
                                             BYTE Request, USHORT Value, USHORT Index);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_USB_CONTROL_SETUP_PACKET_INIT_VENDOR(PWDF_USB_CONTROL_SETUP_PACKET Packet,
                                              WDF_USB_BMREQUEST_DIRECTION Direction,
                                              WDF_USB_BMREQUEST_RECIPIENT Recipient,
                                              BYTE Request, USHORT Value, USHORT Index);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_USB_CONTROL_SETUP_PACKET_INIT_FEATURE(PWDF_USB_CONTROL_SETUP_PACKET Packet,
                                               WDF_USB_BMREQUEST_RECIPIENT BmRequestRecipient,
                                               USHORT FeatureSelector, USHORT Index,
                                               BOOLEAN SetFeature);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_USB_CONTROL_SETUP_PACKET_INIT_GET_STATUS(PWDF_USB_CONTROL_SETUP_PACKET Packet,
                                                  WDF_USB_BMREQUEST_RECIPIENT BmRequestRecipient,
                                                  USHORT Index);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_USB_CONTINUOUS_READER_CONFIG_INIT(PWDF_USB_CONTINUOUS_READER_CONFIG Config,
                                           PFN_WDF_USB_READER_COMPLETION_ROUTINE EvtUsbTargetPipeReadComplete,
                                           WDFCONTEXT EvtUsbTargetPipeReadCompleteContext,
                                           size_t TransferLength);
_IRQL_requires_max_(DISPATCH_LEVEL)
WDFIOTARGET WdfUsbTargetDeviceGetIoTarget(WDFUSBDEVICE UsbDevice);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_USB_DEVICE_INFORMATION_INIT(PWDF_USB_DEVICE_INFORMATION Udi);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_USB_DEVICE_SELECT_CONFIG_PARAMS_INIT_SINGLE_INTERFACE(PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS Params);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_USB_DEVICE_SELECT_CONFIG_PARAMS_INIT_MULTIPLE_INTERFACES(PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS Params,
                                                                  UCHAR NumberInterfaces,
                                                                  PWDF_USB_INTERFACE_SETTING_PAIR SettingPairs);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_USB_DEVICE_SELECT_CONFIG_PARAMS_INIT_INTERFACES_DESCRIPTORS(PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS Params,
                                                                     PUSB_CONFIGURATION_DESCRIPTOR ConfigDescriptor,
                                                                     PUSB_INTERFACE_DESCRIPTOR *InterfaceDescriptors,
                                                                     ULONG NumInterfaceDescriptors);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_USB_DEVICE_SELECT_CONFIG_PARAMS_INIT_URB(PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS Params,
                                                  PURB Urb);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_USB_DEVICE_SELECT_CONFIG_PARAMS_INIT_DECONFIG(PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS Params);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_USB_INTERFACE_SELECT_SETTING_PARAMS_INIT_DESCRIPTOR(PWDF_USB_INTERFACE_SELECT_SETTING_PARAMS Params,
                                                             PUSB_INTERFACE_DESCRIPTOR Interface);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_USB_INTERFACE_SELECT_SETTING_PARAMS_INIT_URB(PWDF_USB_INTERFACE_SELECT_SETTING_PARAMS Params,
                                                      PURB Urb);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_USB_INTERFACE_SELECT_SETTING_PARAMS_INIT_SETTING(PWDF_USB_INTERFACE_SELECT_SETTING_PARAMS Params,
                                                          UCHAR SettingIndex);
_IRQL_requires_max_(HIGH_LEVEL)
WDFIOTARGET WdfUsbTargetPipeGetIoTarget(WDFUSBPIPE Pipe);
_IRQL_requires_max_(HIGH_LEVEL)
VOID WDF_USB_PIPE_INFORMATION_INIT(PWDF_USB_PIPE_INFORMATION Info);
_IRQL_requires_max_(HIGH_LEVEL)
BOOLEAN WDF_USB_PIPE_DIRECTION_IN(UCHAR EndpointAddress);
_IRQL_requires_max_(HIGH_LEVEL)
BOOLEAN WDF_USB_PIPE_DIRECTION_OUT(UCHAR EndpointAddress);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetDeviceCreate(WDFDEVICE Device, PWDF_OBJECT_ATTRIBUTES Attributes,
                                  WDFUSBDEVICE *UsbDevice);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfUsbTargetDeviceRetrieveInformation(WDFUSBDEVICE UsbDevice,
                                               PWDF_USB_DEVICE_INFORMATION Information);
_IRQL_requires_(PASSIVE_LEVEL)
VOID WdfUsbTargetDeviceGetDeviceDescriptor(WDFUSBDEVICE UsbDevice,
                                           PUSB_DEVICE_DESCRIPTOR UsbDeviceDescriptor);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetDeviceRetrieveConfigDescriptor(WDFUSBDEVICE UsbDevice,
                                                    PVOID ConfigDescriptor,
                                                    PUSHORT ConfigDescriptorLength);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetDeviceQueryString(WDFUSBDEVICE UsbDevice, WDFREQUEST Request,
                                       PWDF_REQUEST_SEND_OPTIONS RequestOptions, PUSHORT String,
                                       PUSHORT NumCharacters, UCHAR StringIndex, USHORT LangID);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetDeviceAllocAndQueryString(WDFUSBDEVICE UsbDevice,
                                               PWDF_OBJECT_ATTRIBUTES StringMemoryAttributes,
                                               WDFMEMORY *StringMemory, PUSHORT NumCharacters,
                                               UCHAR StringIndex, USHORT LangID);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfUsbTargetDeviceFormatRequestForString(WDFUSBDEVICE UsbDevice, WDFREQUEST Request,
                                                  WDFMEMORY Memory, PWDFMEMORY_OFFSET Offset,
                                                  UCHAR StringIndex, USHORT LangID);
_IRQL_requires_max_(DISPATCH_LEVEL)
UCHAR WdfUsbTargetDeviceGetNumInterfaces(WDFUSBDEVICE UsbDevice);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetDeviceSelectConfig(WDFUSBDEVICE UsbDevice,
                                        PWDF_OBJECT_ATTRIBUTES PipeAttributes,
                                        PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS Params);
_IRQL_requires_max_(DISPATCH_LEVEL)
USBD_CONFIGURATION_HANDLE WdfUsbTargetDeviceWdmGetConfigurationHandle(WDFUSBDEVICE UsbDevice);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfUsbTargetDeviceRetrieveCurrentFrameNumber(WDFUSBDEVICE UsbDevice,
                                                      PULONG CurrentFrameNumber);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetDeviceSendControlTransferSynchronously(WDFUSBDEVICE UsbDevice,
                                                            WDFREQUEST Request,
                                                            PWDF_REQUEST_SEND_OPTIONS RequestOptions,
                                                            PWDF_USB_CONTROL_SETUP_PACKET SetupPacket,
                                                            PWDF_MEMORY_DESCRIPTOR MemoryDescriptor,
                                                            PULONG BytesTransferred);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfUsbTargetDeviceFormatRequestForControlTransfer(WDFUSBDEVICE UsbDevice,
                                                           WDFREQUEST Request,
                                                           PWDF_USB_CONTROL_SETUP_PACKET SetupPacket,
                                                           WDFMEMORY TransferMemory,
                                                           PWDFMEMORY_OFFSET TransferOffset);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetDeviceIsConnectedSynchronous(WDFUSBDEVICE UsbDevice);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetDeviceResetPortSynchronously(WDFUSBDEVICE UsbDevice);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetDeviceCyclePortSynchronously(WDFUSBDEVICE UsbDevice);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfUsbTargetDeviceFormatRequestForCyclePort(WDFUSBDEVICE UsbDevice,
                                                     WDFREQUEST Request);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetDeviceSendUrbSynchronously(WDFUSBDEVICE UsbDevice, WDFREQUEST Request,
                                                PWDF_REQUEST_SEND_OPTIONS RequestOptions,
                                                PURB Urb);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfUsbTargetDeviceFormatRequestForUrb(WDFUSBDEVICE UsbDevice, WDFREQUEST Request,
                                               WDFMEMORY UrbMemory,
                                               PWDFMEMORY_OFFSET UrbMemoryOffset);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfUsbTargetPipeGetInformation(WDFUSBPIPE Pipe, PWDF_USB_PIPE_INFORMATION PipeInformation);
_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN WdfUsbTargetPipeIsInEndpoint(WDFUSBPIPE Pipe);
_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN WdfUsbTargetPipeIsOutEndpoint(WDFUSBPIPE Pipe);
_IRQL_requires_max_(DISPATCH_LEVEL)
WDF_USB_PIPE_TYPE WdfUsbTargetPipeGetType(WDFUSBPIPE Pipe);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfUsbTargetPipeSetNoMaximumPacketSizeCheck(WDFUSBPIPE Pipe);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetPipeWriteSynchronously(WDFUSBPIPE Pipe, WDFREQUEST Request,
                                            PWDF_REQUEST_SEND_OPTIONS RequestOptions,
                                            PWDF_MEMORY_DESCRIPTOR MemoryDescriptor,
                                            PULONG BytesWritten);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfUsbTargetPipeFormatRequestForWrite(WDFUSBPIPE Pipe, WDFREQUEST Request,
                                               WDFMEMORY WriteMemory,
                                               PWDFMEMORY_OFFSET WriteOffset);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetPipeReadSynchronously(WDFUSBPIPE Pipe, WDFREQUEST Request,
                                           PWDF_REQUEST_SEND_OPTIONS RequestOptions,
                                           PWDF_MEMORY_DESCRIPTOR MemoryDescriptor,
                                           PULONG BytesRead);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfUsbTargetPipeFormatRequestForRead(WDFUSBPIPE Pipe, WDFREQUEST Request,
                                              WDFMEMORY ReadMemory,
                                              PWDFMEMORY_OFFSET ReadOffset);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfUsbTargetPipeConfigContinuousReader(WDFUSBPIPE Pipe,
                                                PWDF_USB_CONTINUOUS_READER_CONFIG Config);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetPipeAbortSynchronously(WDFUSBPIPE Pipe, WDFREQUEST Request,
                                            PWDF_REQUEST_SEND_OPTIONS RequestOptions);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfUsbTargetPipeFormatRequestForAbort(WDFUSBPIPE Pipe, WDFREQUEST Request);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetPipeResetSynchronously(WDFUSBPIPE Pipe, WDFREQUEST Request,
                                            PWDF_REQUEST_SEND_OPTIONS RequestOptions);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfUsbTargetPipeFormatRequestForReset(WDFUSBPIPE Pipe, WDFREQUEST Request);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetPipeSendUrbSynchronously(WDFUSBPIPE Pipe, WDFREQUEST Request,
                                              PWDF_REQUEST_SEND_OPTIONS RequestOptions,
                                              PURB Urb);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfUsbTargetPipeFormatRequestForUrb(WDFUSBPIPE PIPE, WDFREQUEST Request,
                                             WDFMEMORY UrbMemory,
                                             PWDFMEMORY_OFFSET UrbMemoryOffset);
_IRQL_requires_max_(DISPATCH_LEVEL)
BYTE WdfUsbInterfaceGetInterfaceNumber(WDFUSBINTERFACE UsbInterface);
_IRQL_requires_max_(DISPATCH_LEVEL)
BYTE WdfUsbInterfaceGetNumEndpoints(WDFUSBINTERFACE UsbInterface, UCHAR SettingIndex);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfUsbInterfaceGetDescriptor(WDFUSBINTERFACE UsbInterface, UCHAR SettingIndex,
                                  PUSB_INTERFACE_DESCRIPTOR InterfaceDescriptor);
_IRQL_requires_max_(DISPATCH_LEVEL)
BYTE WdfUsbInterfaceGetNumSettings(WDFUSBINTERFACE UsbInterface);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS WdfUsbInterfaceSelectSetting(WDFUSBINTERFACE UsbInterface,
                                      PWDF_OBJECT_ATTRIBUTES PipesAttributes,
                                      PWDF_USB_INTERFACE_SELECT_SETTING_PARAMS Params);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfUsbInterfaceGetEndpointInformation(WDFUSBINTERFACE UsbInterface, UCHAR SettingIndex,
                                           UCHAR EndpointIndex,
                                           PWDF_USB_PIPE_INFORMATION EndpointInfo);
_IRQL_requires_max_(DISPATCH_LEVEL)
WDFUSBINTERFACE WdfUsbTargetDeviceGetInterface(WDFUSBDEVICE UsbDevice, UCHAR InterfaceIndex);
_IRQL_requires_max_(DISPATCH_LEVEL)
BYTE WdfUsbInterfaceGetConfiguredSettingIndex(WDFUSBINTERFACE Interface);
_IRQL_requires_max_(DISPATCH_LEVEL)
BYTE WdfUsbInterfaceGetNumConfiguredPipes(WDFUSBINTERFACE UsbInterface);
_IRQL_requires_max_(DISPATCH_LEVEL)
WDFUSBPIPE WdfUsbInterfaceGetConfiguredPipe(WDFUSBINTERFACE UsbInterface, UCHAR PipeIndex,
                                            PWDF_USB_PIPE_INFORMATION PipeInfo);
_IRQL_requires_max_(DISPATCH_LEVEL)
USBD_PIPE_HANDLE WdfUsbTargetPipeWdmGetPipeHandle(WDFUSBPIPE UsbPipe);

#ifdef __cplusplus
}
#endif

#endif /* DDICHECK_WDF_H */
