/**
 * Evaluating a theme for one applicant: checking the submitted answers, running the theme's rules in
 * a fresh session, and turning the facts the rules inserted into advice — matters, eligibility, the
 * one set of materials (一套材料) and what is missing.
 */
package cn.hubei.yishi.advisor.advice;
