/** Server-rendered pages in Chinese (Thymeleaf). */
package cn.hubei.yishi.advisor.web;
