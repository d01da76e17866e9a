/**
 * Handing a case to the window: an applicant who is ready stores their answers and gets a pre-check
 * code (预审码) to read out or write down; the stored submission survives restarts.
 */
package cn.hubei.yishi.advisor.precheck;
