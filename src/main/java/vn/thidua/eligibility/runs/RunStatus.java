package vn.thidua.eligibility.runs;

public enum RunStatus { RUNNING, COMPLETED, FAILED }
