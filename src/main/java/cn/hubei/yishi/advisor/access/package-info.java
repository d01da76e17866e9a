/**
 * Who may do what: policy staff (role POLICY) may reload the rules; everything an applicant uses is
 * open. Users come from configuration ({@code advisor.users}); only the {@code demo} profile ships
 * users with known passwords, and the pages say so.
 */
package cn.hubei.yishi.advisor.access;
