/*
 * pshpack2.h - pushes the structure packing and sets it to 2 byte(s); the
 * matching poppack.h restores the previous packing. Part of the ddicheck
 * header set. No include guard: each inclusion pushes once.
 */
#pragma pack(push, 2)
