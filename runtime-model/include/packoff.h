/*
 * packoff.h - returns to the default structure packing after packon.h.
 * Part of the ddicheck header set. No include guard.
 */
#pragma pack()
