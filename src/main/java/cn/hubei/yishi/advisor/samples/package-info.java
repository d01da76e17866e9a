/**
 * Scenario cases in {@code samples/<theme-id>/*.yaml}: answers, submitted materials and the
 * expected outcome. They are the tests of the policy; the test suite runs every one.
 */
package cn.hubei.yishi.advisor.samples;
