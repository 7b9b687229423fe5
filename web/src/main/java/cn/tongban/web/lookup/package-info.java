/** The public status lookup page ({@code status.xhtml}) and the applicant's reissuing of a lost query code. */
package cn.tongban.web.lookup;
