package vn.thidua.eligibility.model;

public enum PersonCategory { CONG_CHUC, VIEN_CHUC, NGUOI_LAO_DONG }
