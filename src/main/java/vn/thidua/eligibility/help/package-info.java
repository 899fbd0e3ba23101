/**
 * The user guide in Vietnamese, served at {@code /help/} to everyone signed in: a chapter per role
 * and a glossary, written in Markdown under {@code src/main/resources/help}, with the screenshots the
 * browser tests take of each role's path ({@code help/images}), so the pictures never drift from the
 * pages.
 */
package vn.thidua.eligibility.help;
