/**
 * Turning the {@code rules/} directory into something that can answer: parsing DRL, reading the
 * definitions, compiling one KieBase per theme, and holding the ruleset that is being served.
 */
package cn.hubei.yishi.advisor.rules;
