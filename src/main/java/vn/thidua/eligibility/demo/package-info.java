/**
 * The invented demo Department, loaded only under the Spring profile {@code demo}.
 */
package vn.thidua.eligibility.demo;
