package vn.thidua.eligibility.model;

/** GIAY_KHEN_CCHC: the Director's annual Giấy khen; BANG_KHEN_CCHC: the province's phase Bằng khen. */
public enum AwardType { GIAY_KHEN_CCHC, BANG_KHEN_CCHC }
