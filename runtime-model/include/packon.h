/*
 * packon.h - turns byte packing of structures on (no push: packoff.h goes
 * back to the default packing). Part of the ddicheck header set. No include
 * guard: the pair may be used many times in one file.
 */
#pragma pack(1)
