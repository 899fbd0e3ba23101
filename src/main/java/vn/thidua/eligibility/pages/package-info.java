/**
 * The pages people use in a browser: log in, the dashboard, the import of facts, runs and their
 * explained decisions. Server-rendered with Thymeleaf ({@code templates/}), in Vietnamese by default
 * and in English with {@code ?lang=en} ({@code i18n/messages*.properties}).
 * <p>
 * The pages call the same module APIs as the REST layer ({@code FactImport}, {@code FactCounts},
 * {@code RunService}) and only shape what those return for reading: filters, tallies for the
 * charts, the facts a rule saw laid out as tables. Who may open or post what is decided by the
 * URL rules in the security module; the templates only hide the forms a role may not use.
 * No class here is public; the methods the templates call are, as SpEL calls public methods only.
 */
package vn.thidua.eligibility.pages;
