/**
 * The JSON API: themes, their questions and matters, and evaluation. Errors are
 * {@code application/problem+json} in Chinese, naming the offending field.
 */
package cn.hubei.yishi.advisor.api;
