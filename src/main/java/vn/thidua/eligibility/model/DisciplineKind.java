package vn.thidua.eligibility.model;

/**
 * SANCTION: kỷ luật being served; REVIEW: đang xem xét kỷ luật; INVESTIGATION: thanh tra, kiểm tra
 * on signs of violation, or a complaint (khiếu nại, tố cáo) being verified.
 */
public enum DisciplineKind { SANCTION, REVIEW, INVESTIGATION }
