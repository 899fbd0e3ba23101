/**
 * Plumbing shared by every feature, nothing business-specific. For the API: the single JSON error
 * shape ({@link vn.thidua.eligibility.web.ApiError}) and the global handler that answers with it, the
 * shape of container-level errors ({@code /error}), and the OpenAPI description. For the pages, which
 * live in their features' packages: {@link vn.thidua.eligibility.web.PageController} (whose failures are
 * answered with the error page by {@code PageErrors}), the pages' language ({@code ?lang=en}, kept in a
 * cookie), and the {@code formats} and {@code labels} beans the templates call.
 * <p>
 * The global API handler has the lowest precedence. A module that wants its own answers declares
 * {@code @ExceptionHandler} methods in its controller, or a {@code @RestControllerAdvice} with an
 * explicit {@code @Order} below {@link org.springframework.core.Ordered#LOWEST_PRECEDENCE}: an advice
 * left unordered ties with the global one, and which of the two wins is then left to chance.
 * <p>
 * <b>The glossary.</b> Every code a page or a document shows has its words once, in the message bundle
 * ({@code i18n/messages.properties}, Vietnamese, and {@code messages_en.properties}), under the key
 * {@code <set>.<CODE>}; templates read it with {@code #{set.CODE}}, Java with
 * {@link vn.thidua.eligibility.web.Labels#code} (or {@code Labels.inVietnamese} where there is no page,
 * e.g. documents). The sets:
 * <ul>
 *   <li>{@code outcome} – a decision's outcome ({@code outcome.TIED_AT_QUOTA});</li>
 *   <li>{@code enum} – every other value of the rules' facts: subject types, run kinds, award types,
 *       kinds of discipline, exclusion and deferral codes, gender, person categories, rating levels
 *       ({@code enum.SANCTION}, {@code enum.FEMALE}, {@code enum.GIAY_KHEN_CCHC});</li>
 *   <li>{@code condition} – a condition's code (U1, PH_A); {@code fact.type} and {@code fact.field} – a fact's
 *       kind and its fields as traces show them; {@code kind} – a kind of fact of the import format;</li>
 *   <li>{@code status} – a run's status; {@code proposal.status}, {@code proposal.act}, {@code proposal.result} –
 *       a proposal's status, the acts of its history and the Council's result; {@code ruleset.status};
 *       {@code role};</li>
 *   <li>{@code audit.event} – what the audit log records, as the sentence its page reads
 *       ({@code audit.event.RUN_COMPLETED}, a pattern whose {0} is who acted).</li>
 * </ul>
 * {@code GlossaryTest} fails when a code of these sets has no label in either language.
 */
package vn.thidua.eligibility.web;
