package vn.thidua.eligibility.model;

/** Hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ. */
public enum RatingLevel { HTXSNV, HTTNV, HTNV, KHTNV }
