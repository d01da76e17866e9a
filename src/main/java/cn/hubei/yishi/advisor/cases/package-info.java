/**
 * The clerk's pre-check console (受理前预审): a case opened from a pre-check code or at the window, the
 * materials received and their receipt (收件凭证), the verdict with its reason, the one-time notice
 * (一次性告知书), the applicant's 容缺受理承诺书 and the dispatch sheets (分办单), kept in the database with
 * their history.
 */
package cn.hubei.yishi.advisor.cases;
