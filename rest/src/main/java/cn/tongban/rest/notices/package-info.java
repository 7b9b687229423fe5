/** The public verification of a notice over the API (结果反馈, 第四条), e.g. for a bank shown a decision. */
package cn.tongban.rest.notices;
