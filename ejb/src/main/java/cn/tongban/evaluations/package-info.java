/**
 * The evaluation of the service (好差评): once an application is completed its applicant rates it once, one to
 * five stars with a comment; a poor rating (one or two stars) goes to the owning department, whose leader or
 * business owner answers it and the applicant reads the answer (结果反馈, 第四条; 第二十七条(七) 影响行政效率和政府形象).
 */
package cn.tongban.evaluations;
