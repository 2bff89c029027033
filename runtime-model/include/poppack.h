/*
 * poppack.h - restores the structure packing saved by the last pshpackN.h.
 * Part of the ddicheck header set. No include guard: each inclusion pops once.
 */
#pragma pack(pop)
