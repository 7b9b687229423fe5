/** 好差评 in the portal: the applicant's rating on 我的办件, and the department's page of poor ratings to answer. */
package cn.tongban.web.evaluations;
